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
</context>
</TS>
