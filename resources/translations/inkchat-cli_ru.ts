<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>inkchat-cli</name>
    <message>
        <source>Providers: %1</source>
        <translation>Провайдеры: %1</translation>
    </message>
    <message>
        <source>  inkchat-cli regenerate --conversation ID --provider P --base-url URL [chat options]
            Ask for the last reply of a stored conversation again and stream it;
            it is stored as a new version, the earlier ones are kept.
</source>
        <translation>  inkchat-cli regenerate --conversation ID --provider P --base-url URL [параметры chat]
            Запросить последний ответ сохранённой беседы заново и выводить его по мере поступления;
            он сохраняется как новая версия, прежние остаются.
</translation>
    </message>
    <message>
        <source>Usage:
  inkchat-cli chat --provider P --base-url URL [--model M] [--api-key-env VAR]
                   [--system TEXT] [--temperature T] [--max-tokens N]
                   [--reasoning-effort E] [--idle-timeout SECONDS]
                   [--show-reasoning] [--stats]
                   [--transport auto|reset|websocket|sse|poll|json] [--max-retries N]
                   [--ca-file PATH] [--conversation ID | --no-store]
                   [--attach FILE]... [PROMPT]
  inkchat-cli models --provider P --base-url URL [--api-key-env VAR]
  inkchat-cli list
  inkchat-cli search QUERY [--limit N]
  inkchat-cli export (--conversation ID [--conversation ID...] | --all)
                     --format md|json|txt|html|pdf|epub -o PATH [--title TEXT]
  inkchat-cli import FILE [--format inkchat|chatgpt]
  inkchat-cli sse-dump [FILE | - | --url URL] [--idle-timeout SECONDS]
  inkchat-cli --help | --version

Commands:
  chat      Send PROMPT (or stdin) to an AI chat provider and stream the reply
            to stdout as it arrives. The API key is read from the environment
            variable named by --api-key-env, never from the command line, and
            never stored. The exchange is stored (the conversation id goes to
            stderr); --conversation ID continues a stored conversation,
            --no-store stores nothing.
  models    Print the models the endpoint offers, one id per line.
  list      Print the stored conversations: id, last activity, messages, title.
  search    Print the stored messages containing every word of QUERY.
  export    Write stored conversations as Markdown, JSON, text, HTML, PDF or
            EPUB ('-o -' for stdout).
  import    Store the conversations of an Inkchat JSON export or a ChatGPT
            conversations.json; importing again adds nothing.
  sse-dump  Print each event of a Server-Sent Events stream as a JSON line.

Conversations are stored in the same database as the app's:
  $XDG_DATA_HOME/inkchat/conversations.sqlite (~/.local/share/... by default).

Run 'inkchat-cli &lt;command&gt; --help' for the command's options.
</source>
        <translation>Использование:
  inkchat-cli chat --provider P --base-url URL [--model M] [--api-key-env VAR]
                   [--system TEXT] [--temperature T] [--max-tokens N]
                   [--reasoning-effort E] [--idle-timeout SECONDS]
                   [--show-reasoning] [--stats]
                   [--transport auto|reset|websocket|sse|poll|json] [--max-retries N]
                   [--ca-file PATH] [--conversation ID | --no-store]
                   [--attach FILE]... [PROMPT]
  inkchat-cli models --provider P --base-url URL [--api-key-env VAR]
  inkchat-cli list
  inkchat-cli search QUERY [--limit N]
  inkchat-cli export (--conversation ID [--conversation ID...] | --all)
                     --format md|json|txt|html|pdf|epub -o PATH [--title TEXT]
  inkchat-cli import FILE [--format inkchat|chatgpt]
  inkchat-cli sse-dump [FILE | - | --url URL] [--idle-timeout SECONDS]
  inkchat-cli --help | --version

Команды:
  chat      Отправить PROMPT (или стандартный ввод) провайдеру ИИ-чата и
            выводить ответ в стандартный вывод по мере поступления. API-ключ
            читается из переменной окружения, указанной в --api-key-env, —
            никогда из командной строки — и никогда не сохраняется. Обмен
            сохраняется (идентификатор беседы выводится в стандартный поток
            ошибок); --conversation ID продолжает сохранённую беседу,
            --no-store ничего не сохраняет.
  models    Вывести модели, которые предлагает конечная точка, по одному id в строке.
  list      Вывести сохранённые беседы: идентификатор, последняя активность,
            число сообщений, название.
  search    Вывести сохранённые сообщения, содержащие каждое слово из QUERY.
  export    Записать сохранённые беседы в формате Markdown, JSON, текст, HTML,
            PDF или EPUB («-o -» — в стандартный вывод).
  import    Сохранить беседы из JSON-экспорта Inkchat или из файла
            conversations.json ChatGPT; повторный импорт ничего не добавляет.
  sse-dump  Вывести каждое событие потока Server-Sent Events строкой JSON.

Беседы хранятся в той же базе данных, что и у приложения:
  $XDG_DATA_HOME/inkchat/conversations.sqlite (по умолчанию ~/.local/share/...).

Параметры команды: «inkchat-cli &lt;команда&gt; --help».
</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the conversation store</source>
        <translation>не удаётся создать папку %1 для хранилища бесед</translation>
    </message>
    <message>
        <source>%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged</source>
        <translation>%1 — не база бесед Inkchat или она повреждена; файл оставлен без изменений</translation>
    </message>
    <message>
        <source>cannot read the conversation store: %1</source>
        <translation>не удаётся прочитать хранилище бесед: %1</translation>
    </message>
    <message>
        <source>the conversation store %1 must be upgraded for this Inkchat but cannot be written (a read-only or full disk); it was left unchanged</source>
        <translation>хранилище бесед %1 нужно обновить для этой версии Inkchat, но в него нельзя записать (диск только для чтения или переполнен); оно оставлено без изменений</translation>
    </message>
    <message>
        <source>the conversation store %1 was written by a newer Inkchat; update Inkchat to open it (the file was left unchanged)</source>
        <translation>хранилище бесед %1 записано более новой версией Inkchat; обновите Inkchat, чтобы открыть его (файл оставлен без изменений)</translation>
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed; conversations cannot be stored</source>
        <translation>драйвер SQLite для Qt (QSQLITE) не установлен; беседы нельзя сохранить</translation>
    </message>
    <message>
        <source>it is neither an Inkchat JSON export nor a ChatGPT conversations.json</source>
        <translation>это не экспорт Inkchat в JSON и не conversations.json из ChatGPT</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB.</source>
        <translation>Файл больше предела импорта в %1 МиБ.</translation>
    </message>
    <message>
        <source>this transcript is from a newer Inkchat (format version %1); update Inkchat to import it</source>
        <translation>эта запись создана более новой версией Inkchat (версия формата %1); обновите Inkchat, чтобы импортировать её</translation>
    </message>
    <message>
        <source>Not an Inkchat transcript: the file is not a JSON object.</source>
        <translation>Не стенограмма Inkchat: файл не является объектом JSON.</translation>
    </message>
    <message>
        <source>Not an Inkchat transcript: "format" is not "%1".</source>
        <translation>Не стенограмма Inkchat: "format" не "%1".</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: missing.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: отсутствует.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a string.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: должно быть строкой.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must not be empty.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: не должно быть пустым.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an ISO 8601 time such as "2026-11-22T10:00:00.000Z" or null.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: должно быть временем ISO 8601, например "2026-11-22T10:00:00.000Z", или null.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a whole number from %2 to %3.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a number from %2 to %3.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: должно быть числом от %2 до %3.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an array.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: должно быть массивом.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an object.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: должно быть объектом.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: unknown role "%2".</source>
        <translation>Недопустимая стенограмма Inkchat: %1: неизвестная роль "%2".</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: unknown status "%2".</source>
        <translation>Недопустимая стенограмма Inkchat: %1: неизвестный статус "%2".</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: not base64.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: не base64.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: %2 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: %2 — не изображение PNG, JPEG, GIF или WebP, которые читают модели со зрением.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: %2 is %3; images of up to %4 can be attached.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: %2 размером %3; прикреплять можно изображения до %4.</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversations.json holds a JSON array of conversations.</source>
        <translation>Не экспорт ChatGPT: conversations.json содержит массив JSON с беседами.</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 is not an object.</source>
        <translation>Не экспорт ChatGPT: беседа %1 не является объектом.</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has no "id".</source>
        <translation>Не экспорт ChatGPT: у беседы %1 нет "id".</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has no "mapping" object.</source>
        <translation>Не экспорт ChatGPT: у беседы %1 нет объекта "mapping".</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has a message tree with a cycle.</source>
        <translation>Не экспорт ChatGPT: у беседы %1 дерево сообщений с циклом.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.</source>
        <translation>%1 — не изображение PNG, JPEG, GIF или WebP, которые читают модели со зрением.</translation>
    </message>
    <message>
        <source>%1 is %2; images of up to %3 can be attached.</source>
        <translation>%1 размером %2; прикреплять можно изображения до %3.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>Недопустимый JSON в строке %1, столбце %2 (байт %3): %4.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2.</source>
        <translation>Недопустимый JSON в байте %1: %2.</translation>
    </message>
    <message>
        <source>The value at %1 is larger than %2 MiB, the most an import reads at once.</source>
        <translation>Значение в %1 больше %2 МиБ — это предел, который импорт читает за раз.</translation>
    </message>
    <message>
        <source>secure connection to %1 failed: %2</source>
        <translation>защищённое соединение с %1 не удалось: %2</translation>
    </message>
    <message>
        <source>can't read the CA file %1: %2</source>
        <translation>не удаётся прочитать файл CA %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a CA file</source>
        <translation>%1 слишком велик для файла CA</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 не содержит сертификата PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <source>cannot reach %1 through the proxy %2: %3</source>
        <translation>%1 недоступен через прокси %2: %3</translation>
    </message>
    <message>
        <source>the connection to %1 broke during the reply: %2</source>
        <translation>соединение с %1 оборвалось во время ответа: %2</translation>
    </message>
    <message>
        <source>cannot open a WebSocket to %1: %2</source>
        <translation>не удаётся открыть WebSocket к %1: %2</translation>
    </message>
    <message>
        <source>cannot open a WebSocket to %1 through the proxy %2: %3</source>
        <translation>не удаётся открыть WebSocket к %1 через прокси %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>%1 с нет данных от сервера</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>сервер не ответил за %1 с</translation>
    </message>
    <message>
        <source>no part of the reply arrived for %1 s, though the server kept answering (heartbeats or a trickle of bytes)</source>
        <translation>%1 с не пришло ни части ответа, хотя сервер продолжал отвечать (сигналы активности или редкие байты)</translation>
    </message>
    <message>
        <source>the reply is longer than the maximum reply length (%1 characters)</source>
        <translation>ответ длиннее максимальной длины ответа (%1 символов)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another origin; nothing was sent there (if the endpoint has moved, change its base URL)</source>
        <translation>%1 перенаправил запрос на %2, другой источник; туда ничего не отправлено (если конечная точка переехала, измените её базовый URL)</translation>
    </message>
    <message>
        <source>%1 sent a %2-compressed body although an uncompressed one was asked for</source>
        <translation>%1 прислал тело, сжатое %2, хотя запрашивалось несжатое</translation>
    </message>
    <message>
        <source>the connection broke; the server answered again from the start</source>
        <translation>соединение оборвалось; сервер ответил заново с начала</translation>
    </message>
    <message>
        <source>the stream ended before the provider said it was complete</source>
        <translation>поток закончился раньше, чем провайдер сообщил о его завершении</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not complete within %1 s</source>
        <translation>переход на WebSocket не завершился за %1 с</translation>
    </message>
    <message>
        <source>no message from the server for %1 s</source>
        <translation>%1 с нет сообщений от сервера</translation>
    </message>
    <message>
        <source>the WebSocket to %1 was closed for a message larger than the maximum event size (%2 bytes)</source>
        <translation>WebSocket к %1 закрыт из-за сообщения больше максимального размера события (%2 байт)</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket upgrade with HTTP %2</source>
        <translation>%1 отклонил переход на WebSocket с HTTP %2</translation>
    </message>
    <message>
        <source>the WebSocket to %1 closed before the first message</source>
        <translation>WebSocket к %1 закрылся до первого сообщения</translation>
    </message>
    <message>
        <source>the WebSocket to %1 broke during the reply</source>
        <translation>WebSocket к %1 оборвался во время ответа</translation>
    </message>
    <message>
        <source>not a proxy URL: %1 (expected http://host:port, socks5://host:port, none or system)</source>
        <translation>не URL прокси: %1 (ожидается http://host:port, socks5://host:port, none или system)</translation>
    </message>
    <message>
        <source>unsupported proxy scheme %1: use http:// or socks5://</source>
        <translation>неподдерживаемая схема прокси %1: используйте http:// или socks5://</translation>
    </message>
    <message>
        <source>unknown provider "%1"</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
    <message>
        <source>%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or Ollama for a message with images.</source>
        <translation>Конечным точкам %1 изображения не отправляются; для сообщения с изображениями выберите конечную точку OpenAI, Anthropic, Gemini или Ollama.</translation>
    </message>
    <message>
        <source>no such message, or a reply is still coming</source>
        <translation>такого сообщения нет, или ответ ещё поступает</translation>
    </message>
    <message>
        <source>only an Inkchat relay pairs with a code</source>
        <translation>только ретранслятор Inkchat сопрягается по коду</translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation>за %1 с ответа не пришло</translation>
    </message>
    <message>
        <source>the answer is larger than %1; it was not read</source>
        <translation>ответ больше %1; он не был прочитан</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>не удаётся записать %1: это папка</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>не удаётся записать %1: папки %2 не существует</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable</source>
        <translation>не удаётся записать %1: в папку %2 нельзя записывать</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>PDF export needs Qt's GUI library, which this program was built or started without; choose another format</source>
        <translation>для экспорта в PDF нужна графическая библиотека Qt, без которой эта программа собрана или запущена; выберите другой формат</translation>
    </message>
    <message>
        <source>%1 endpoints do not list their models; type the model's name</source>
        <translation>конечные точки %1 не перечисляют свои модели; введите название модели</translation>
    </message>
    <message>
        <source>forgot which ways of connecting were found blocked for this endpoint</source>
        <translation>забыто, какие способы подключения к этой конечной точке были заблокированы</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>беседа %1</translation>
    </message>
    <message>
        <source>the conversation store failed: %1</source>
        <translation>сбой хранилища бесед: %1</translation>
    </message>
    <message>
        <source>the connection broke and the server cannot continue a reply: it answers again from the start (the partial reply is kept as an earlier version)</source>
        <translation>соединение прервалось, а сервер не умеет продолжать ответ: он отвечает заново с начала (частичный ответ сохранён как более ранняя версия)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>the server refused %1 (%2), so the reply was asked for again without it, as will every later one to this server until 'inkchat-cli chat --transport reset'</source>
        <translation>сервер отклонил %1 (%2), поэтому ответ запрошен снова без этого параметра, как и все последующие к этому серверу до 'inkchat-cli chat --transport reset'</translation>
    </message>
    <message>
        <source>; token counts are not reported</source>
        <translation>; число токенов не сообщается</translation>
    </message>
    <message>
        <source>; a reply cut off is asked for again from the start instead of picked up</source>
        <translation>; прерванный ответ запрашивается заново с начала, а не продолжается</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <source>connecting (%1)</source>
        <translation>подключение (%1)</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>получение</translation>
    </message>
    <message>
        <source>waiting for the reply (polling)</source>
        <translation>ожидание ответа (опрос)</translation>
    </message>
    <message>
        <source>reconnecting (attempt %1, in %2)</source>
        <translation>переподключение (попытка %1, через %2)</translation>
    </message>
    <message>
        <source>fell back to %1</source>
        <translation>переход на %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>нет сети</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>the WebSocket upgrade was refused or swallowed</source>
        <translation>переход на WebSocket был отклонён или не состоялся</translation>
    </message>
    <message>
        <source>a proxy buffered two streamed replies in a row</source>
        <translation>прокси буферизовал два потоковых ответа подряд</translation>
    </message>
    <message>
        <source>the answer was not in its protocol</source>
        <translation>ответ пришёл не в его протоколе</translation>
    </message>
    <message>
        <source>the next reply tries it again</source>
        <translation>следующий ответ попробует снова</translation>
    </message>
    <message>
        <source>the reply after the next tries it again</source>
        <translation>ответ после следующего попробует снова</translation>
    </message>
    <message>
        <source>tried again after %1 more replies</source>
        <translation>повторная попытка через %1 ответов</translation>
    </message>
    <message>
        <source>a proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it is written; nothing is lost. The fix is the proxy's: 'proxy_buffering off' in nginx, or the header 'X-Accel-Buffering: no' from the server</source>
        <translation>прокси задерживает поток и отдаёт его рывками, поэтому ответ нельзя показывать по мере написания; ничего не теряется. Исправить это может прокси: 'proxy_buffering off' в nginx или заголовок 'X-Accel-Buffering: no' от сервера</translation>
    </message>
    <message>
        <source>not using %1 for this reply: %2 (since %3); %4. To try it now: inkchat-cli chat --transport reset</source>
        <translation>%1 не используется для этого ответа: %2 (с %3); %4. Чтобы попробовать сейчас: inkchat-cli chat --transport reset</translation>
    </message>
    <message>
        <source>%1 is blocked on the way to this server: %2; %3</source>
        <translation>%1 заблокирован на пути к этому серверу: %2; %3</translation>
    </message>
    <message>
        <source>the reply was stopped</source>
        <translation>ответ остановлен</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>ошибка %1</translation>
    </message>
    <message>
        <source>gave up after %1 retries: %2</source>
        <translation>сдались после %1 повторов: %2</translation>
    </message>
    <message>
        <source> (the server asks to wait %1 s)</source>
        <translation> (сервер просит подождать %1 с)</translation>
    </message>
    <message>
        <source> (asked again from the start %1 times, it broke off no later)</source>
        <translation> (запрошен заново с начала %1 раз, обрывался не позже)</translation>
    </message>
    <message>
        <source> (the server asks to reconnect in %1 s, longer than the %2 s waited at most)</source>
        <translation> (сервер просит переподключиться через %1 с, дольше, чем максимальные %2 с ожидания)</translation>
    </message>
    <message>
        <source>the reply was interrupted: %1</source>
        <translation>ответ прерван: %1</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, not '%1'</source>
        <translation>--base-url должен быть URL http:// или https://, а не '%1'</translation>
    </message>
    <message>
        <source>--base-url must not carry a key (user:KEY@ or ?key=): URLs end up in logs and shell histories; put the key in the variable named by --api-key-env</source>
        <translation>--base-url не должен содержать ключ (user:KEY@ или ?key=): URL попадают в журналы и историю оболочки; поместите ключ в переменную, указанную в --api-key-env</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 вход</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 выход</translation>
    </message>
    <message>
        <source>the provider reported no model or token counts</source>
        <translation>провайдер не сообщил ни модель, ни число токенов</translation>
    </message>
    <message>
        <source>provider '%1' sends no images; --attach needs one of: %2</source>
        <translation>провайдер «%1» не отправляет изображения; для --attach нужен один из: %2</translation>
    </message>
    <message>
        <source>a message can carry up to %1 images</source>
        <translation>сообщение может содержать не более %1 изображений</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>Not valid JSON: nested deeper than %1 levels.</source>
        <translation>Недопустимый JSON: вложенность глубже %1 уровней.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>Недопустимый JSON.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be true or false.</source>
        <translation>Недопустимая стенограмма Inkchat: %1: должно быть true или false.</translation>
    </message>
    <message>
        <source>its message %1 is stored already in another conversation</source>
        <translation>её сообщение %1 уже сохранено в другой беседе</translation>
    </message>
    <message>
        <source>A message can carry up to %1 images; this one has %2.</source>
        <translation>Сообщение может содержать не более %1 изображений; в этом их %2.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>Беседы с id %1 нет.</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>Сообщения с id %1 нет.</translation>
    </message>
    <message>
        <source>There is no pending message with id %1.</source>
        <translation>Нет ожидающего сообщения с id %1.</translation>
    </message>
    <message>
        <source>Message %1 has no version %2.</source>
        <translation>У сообщения %1 нет версии %2.</translation>
    </message>
    <message>
        <source>the disk is full: %1</source>
        <translation>диск переполнен: %1</translation>
    </message>
    <message>
        <source>the conversation store is read-only: %1</source>
        <translation>хранилище бесед доступно только для чтения: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF engine failed</source>
        <translation>не удаётся записать %1: сбой модуля создания PDF</translation>
    </message>
    <message>
        <source>cannot open the conversation store %1: %2</source>
        <translation>не удаётся открыть хранилище бесед %1: %2</translation>
    </message>
    <message>
        <source>the conversation store %1 can only be read (a read-only file, folder or filesystem, or a full disk)</source>
        <translation>хранилище бесед %1 доступно только для чтения (файл, папка или файловая система только для чтения либо переполненный диск)</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id, not '%1'</source>
        <translation>--conversation принимает id беседы, а не «%1»</translation>
    </message>
    <message>
        <source>cannot read the export back: %1</source>
        <translation>не удаётся прочитать экспорт обратно: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>cannot open '%1': %2</source>
        <translation>не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>cannot import '%1': %2</source>
        <translation>не удаётся импортировать «%1»: %2</translation>
    </message>
    <message>
        <source>it is neither an Inkchat JSON export nor a ChatGPT conversations.json; give --format if it is one</source>
        <translation>это ни экспорт Inkchat в JSON, ни conversations.json из ChatGPT; укажите --format, если это один из них</translation>
    </message>
    <message>
        <source>cannot import the conversation '%1': %2</source>
        <translation>не удаётся импортировать беседу «%1»: %2</translation>
    </message>
    <message>
        <source>%1; run with --no-store to chat without storing the conversation</source>
        <translation>%1; запустите с --no-store, чтобы общаться, не сохраняя беседу</translation>
    </message>
    <message>
        <source>stream rejected: a line is longer than the maximum line length (%1 bytes)</source>
        <translation>поток отклонён: строка длиннее максимальной длины строки (%1 байт)</translation>
    </message>
    <message>
        <source>stream rejected: an event is larger than the maximum event size (%1 bytes)</source>
        <translation>поток отклонён: событие больше максимального размера события (%1 байт)</translation>
    </message>
    <message>
        <source>stream rejected: a message is larger than the maximum event size (%1 bytes)</source>
        <translation>поток отклонён: сообщение больше максимального размера события (%1 байт)</translation>
    </message>
    <message>
        <source>stream rejected: the reply body is larger than the maximum event size (%1 bytes)</source>
        <translation>поток отклонён: тело ответа больше максимального размера события (%1 байт)</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes of text between events</source>
        <translation>%1 прислал между событиями больше %2 байт текста</translation>
    </message>
    <message>
        <source>the provider reported an error without a message</source>
        <translation>провайдер сообщил об ошибке без описания</translation>
    </message>
    <message>
        <source>%1 reported an error</source>
        <translation>%1 сообщил об ошибке</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1)</source>
        <translation>Gemini заблокировал запрос (%1)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1): %2</source>
        <translation>Gemini заблокировал запрос (%1): %2</translation>
    </message>
    <message>
        <source>the response failed</source>
        <translation>ответ не удался</translation>
    </message>
    <message>
        <source>the response was cancelled</source>
        <translation>ответ был отменён</translation>
    </message>
    <message>
        <source>the server sent a response with an unknown status: %1</source>
        <translation>сервер прислал ответ с неизвестным статусом: %1</translation>
    </message>
    <message>
        <source>the relay's reply ended: %1</source>
        <translation>ответ ретранслятора завершился: %1</translation>
    </message>
    <message>
        <source>the server sent an event that is not a JSON object: %1</source>
        <translation>сервер прислал событие, которое не является JSON-объектом: %1</translation>
    </message>
    <message>
        <source>%1 sent an event that is not a JSON object: %2</source>
        <translation>%1 прислал событие, которое не является JSON-объектом: %2</translation>
    </message>
    <message>
        <source>%1 sent a line that is not a JSON object: %2</source>
        <translation>%1 прислал строку, которая не является JSON-объектом: %2</translation>
    </message>
    <message>
        <source>the server sent an empty body where a JSON reply was expected</source>
        <translation>сервер прислал пустое тело там, где ожидался ответ в JSON</translation>
    </message>
    <message>
        <source>the server sent a reply that is not a JSON object (not an object): %1</source>
        <translation>сервер прислал ответ, который не является JSON-объектом (JSON, но не объект): %1</translation>
    </message>
    <message>
        <source>the server sent a reply that is not a JSON object (%1): %2</source>
        <translation>сервер прислал ответ, который не является JSON-объектом (%1): %2</translation>
    </message>
    <message>
        <source>the answer is not a model list (a JSON object with a "%1" array)</source>
        <translation>ответ не является списком моделей (JSON-объектом с массивом "%1")</translation>
    </message>
    <message>
        <source>the relay's answer has no device token</source>
        <translation>в ответе ретранслятора нет токена устройства</translation>
    </message>
    <message>
        <source>a WebSocket needs a ws:// or wss:// URL, not %1</source>
        <translation>WebSocket требует URL ws:// или wss://, а не %1</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>запрос был отменён</translation>
    </message>
</context>
</TS>
