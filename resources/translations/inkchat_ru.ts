<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Application</name>
    <message>
        <source>the conversation store can only be read (%1)</source>
        <translation>хранилище бесед доступно только для чтения (%1)</translation>
    </message>
</context>
<context>
    <name>AttachmentThumbnail</name>
    <message>
        <source>Attached image</source>
        <translation>Прикреплённое изображение</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation>Не удалось прочитать вставленное изображение.</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>вставленное изображение.png</translation>
    </message>
</context>
<context>
    <name>BlockDelegate</name>
    <message>
        <source>You · not sent yet, waiting for the network</source>
        <translation>Вы · ещё не отправлено, ожидание сети</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Вы: </translation>
    </message>
    <message>
        <source>Assistant: </source>
        <translation>Ассистент: </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1 code</source>
        <translation>Копировать код %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>● writing…</source>
        <translation>● пишет…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Прервано: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Копировать сообщение</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>○ waiting for the connection…</source>
        <translation>○ ожидание соединения…</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Ответил %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>версия %1 из %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следующая версия</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Изменить и отправить снова</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <source>Ask for this reply again; this version is kept</source>
        <translation>Запросить этот ответ заново; эта версия сохранится</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Напишите сообщение. Enter — отправить, Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Stop the reply; what arrived is kept</source>
        <translation>Остановить ответ; полученное сохранится</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Ask for the rest of the last reply</source>
        <translation>Запросить остаток последнего ответа</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ask for the last reply again from the start</source>
        <translation>Запросить последний ответ заново с начала</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Отменить изменение</translation>
    </message>
    <message>
        <source>Keep the message as it was</source>
        <translation>Оставить сообщение как было</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>Отправить изменение</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Прикрепить изображения</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
    <message>
        <source>Attach images for a model that reads them; you can also drop or paste them</source>
        <translation>Прикрепить изображения для модели, которая их читает; их можно также перетащить или вставить</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Начать новую беседу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Искать во всех сообщениях</translation>
    </message>
    <message>
        <source>Finds messages in every conversation (Ctrl+F)</source>
        <translation>Ищет сообщения во всех беседах (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>No message contains that.</source>
        <translation>Ни одно сообщение этого не содержит.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Удалить «%1»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Rename this conversation (F2)</source>
        <translation>Переименовать эту беседу (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>Удалить эту беседу навсегда</translation>
    </message>
    <message>
        <source>Delete this conversation (asks first)</source>
        <translation>Удалить эту беседу (с подтверждением)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1, reply coming</source>
        <translation>%1, ответ поступает</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the open conversation (Escape)</source>
        <translation>Назад к открытой беседе (Esc)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Put this conversation back among the others</source>
        <translation>Вернуть эту беседу к остальным</translation>
    </message>
    <message>
        <source>Keep this conversation at the top of the list</source>
        <translation>Держать эту беседу в начале списка</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsPanel</name>
    <message>
        <source>Conversation settings</source>
        <translation>Настройки беседы</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <source>How the model should answer in this conversation</source>
        <translation>Как модель должна отвечать в этой беседе</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Provider's default (0 to %1)</source>
        <translation>По умолчанию у провайдера (от 0 до %1)</translation>
    </message>
    <message>
        <source>Maximum output tokens</source>
        <translation>Максимум токенов в ответе</translation>
    </message>
    <message>
        <source>Provider's default</source>
        <translation>По умолчанию у провайдера</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Усилие рассуждения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>DateSection</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month of the conversation list: %1 is the month's name, %2 the year.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <source>Display</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Display profile</source>
        <translation>Профиль экрана</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Font size (px)</source>
        <translation>Размер шрифта (пикс.)</translation>
    </message>
    <message>
        <source>Font size in pixels</source>
        <translation>Размер шрифта в пикселях</translation>
    </message>
    <message>
        <source>E-ink update interval (ms)</source>
        <translation>Интервал обновления e-ink (мс)</translation>
    </message>
    <message>
        <source>E-ink update interval in milliseconds</source>
        <translation>Интервал обновления e-ink в миллисекундах</translation>
    </message>
    <message>
        <source>Full refresh after N screens of updates</source>
        <translation>Полное обновление после N экранов частичных обновлений</translation>
    </message>
    <message>
        <source>Full e-ink refresh after N screens of partial updates</source>
        <translation>Полное обновление экрана e-ink после N экранов частичных обновлений</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the open conversation to a file</source>
        <translation>Сохранить открытую беседу в файл</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Экспортировать все…</translation>
    </message>
    <message>
        <source>Save every conversation to one file</source>
        <translation>Сохранить все беседы в один файл</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Show the saved file in the file manager</source>
        <translation>Показать сохранённый файл в файловом менеджере</translation>
    </message>
    <message>
        <source>Export every conversation</source>
        <translation>Экспорт всех бесед</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Экспорт беседы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add the conversations of an Inkchat or ChatGPT export</source>
        <translation>Добавить разговоры из экспорта Inkchat или ChatGPT</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Импорт разговоров</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>IntSettingBox</name>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Сбросить к значению по умолчанию (%1)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Inkchat</source>
        <translation>Inkchat</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Show the conversations</source>
        <translation>Показать беседы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Providers, API keys and display (Ctrl+,)</source>
        <translation>Провайдеры, API-ключи и экран (Ctrl+,)</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: the API key goes over plain http:// to another machine</source>
        <translation>⚠ Без шифрования: API-ключ передаётся по открытому http:// на другой компьютер</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Close Inkchat (Ctrl+Q)</source>
        <translation>Закрыть Inkchat (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Настройки чата</translation>
    </message>
    <message>
        <source>This conversation's system prompt, temperature and maximum output (Ctrl+Shift+S)</source>
        <translation>Системный промпт, температура и максимальный размер ответа этой беседы (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Conversation</source>
        <translation>Беседа</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model of this conversation</source>
        <translation>Модель этой беседы</translation>
    </message>
    <message>
        <source>Models the endpoint offers</source>
        <translation>Модели, которые предлагает конечная точка</translation>
    </message>
    <message>
        <source>Asking the endpoint for its models…</source>
        <translation>Запрашиваем модели у конечной точки…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Ask the endpoint again which models it offers</source>
        <translation>Снова спросить конечную точку, какие модели она предлагает</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This is not an Inkchat transcript: the file is not a JSON object.</source>
        <translation>Это не стенограмма Inkchat: файл не является объектом JSON.</translation>
    </message>
    <message>
        <source>This is not an Inkchat transcript: its “format” is not “%1”.</source>
        <translation>Это не стенограмма Inkchat: её «format» не «%1».</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 is missing.</source>
        <translation>Это недопустимая стенограмма Inkchat: отсутствует %1.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a string.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 должно быть строкой.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must not be empty.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 не должно быть пустым.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an ISO 8601 time such as “2026-11-22T10:00:00.000Z”, or null.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 должно быть временем ISO 8601, например «2026-11-22T10:00:00.000Z», или null.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a whole number from %2 to %3.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a number from %2 to %3.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 должно быть числом от %2 до %3.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an array.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 должно быть массивом.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an object.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 должно быть объектом.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 names the unknown role “%2”.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 называет неизвестную роль «%2».</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 names the unknown status “%2”.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 называет неизвестный статус «%2».</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 is not base64.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 не в base64.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 holds %2, which is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 содержит %2 — это не изображение PNG, JPEG, GIF или WebP.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 holds %2, which is %3; images of up to %4 can be attached.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 содержит %2 размером %3; прикреплять можно изображения до %4.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversations.json holds no list of conversations.</source>
        <translation>Это не экспорт ChatGPT: его conversations.json не содержит списка бесед.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 is not an object.</source>
        <translation>Это не экспорт ChatGPT: его беседа %1 не является объектом.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 has no “id”.</source>
        <translation>Это не экспорт ChatGPT: у его беседы %1 нет «id».</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 has no “mapping”.</source>
        <translation>Это не экспорт ChatGPT: у его беседы %1 нет «mapping».</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: the messages of its conversation %1 form a cycle.</source>
        <translation>Это не экспорт ChatGPT: сообщения его беседы %1 образуют цикл.</translation>
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
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 for the conversations cannot be created.</source>
        <translation>Не удаётся создать папку %1 для бесед.</translation>
    </message>
    <message>
        <source>%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged.</source>
        <translation>%1 — не база бесед Inkchat или она повреждена; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The conversation database cannot be read: %1</source>
        <translation>Не удаётся прочитать базу бесед: %1</translation>
    </message>
    <message>
        <source>The conversation database %1 is from an older Inkchat and must be upgraded, but it cannot be written (a read-only or full disk); it was left unchanged.</source>
        <translation>База бесед %1 создана более старой версией Inkchat и требует обновления, но в неё нельзя записать (диск только для чтения или переполнен); она оставлена без изменений.</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer Inkchat; update Inkchat to open it. It was left unchanged.</source>
        <translation>База бесед %1 записана более новой версией Inkchat; обновите Inkchat, чтобы открыть её. Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>Qt's SQLite driver is not installed, so conversations cannot be stored.</source>
        <translation>Драйвер SQLite для Qt не установлен, поэтому беседы нельзя сохранить.</translation>
    </message>
    <message>
        <source>It is neither an Inkchat JSON export nor a ChatGPT conversations.json.</source>
        <translation>Это не экспорт Inkchat в JSON и не conversations.json из ChatGPT.</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB.</source>
        <translation>Файл больше предела импорта в %1 МиБ.</translation>
    </message>
    <message>
        <source>This transcript is from a newer Inkchat (format version %1); update Inkchat to import it.</source>
        <translation>Эта запись создана более новой версией Inkchat (версия формата %1); обновите Inkchat, чтобы импортировать её.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>Недопустимый JSON в строке %1, столбце %2 (байт %3): %4</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Недопустимый JSON в байте %1: %2</translation>
    </message>
    <message>
        <source>The value at %1 is larger than %2 MiB, the most an import reads at once.</source>
        <translation>Значение в %1 больше %2 МиБ — это предел, который импорт читает за раз.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Защищённое соединение с %1 не удалось: %2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл CA %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a CA file.</source>
        <translation>%1 слишком велик для файла CA.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 не содержит сертификата PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2: %3</source>
        <translation>%1 недоступен через прокси %2: %3</translation>
    </message>
    <message>
        <source>The connection to %1 broke during the reply: %2</source>
        <translation>Соединение с %1 оборвалось во время ответа: %2</translation>
    </message>
    <message>
        <source>No WebSocket to %1 could be opened: %2</source>
        <translation>Не удалось открыть WebSocket к %1: %2</translation>
    </message>
    <message>
        <source>No WebSocket to %1 could be opened through the proxy %2: %3</source>
        <translation>Не удалось открыть WebSocket к %1 через прокси %2: %3</translation>
    </message>
    <message>
        <source>%1 took too long: %2</source>
        <translation>%1 отвечает слишком долго: %2</translation>
    </message>
    <message>
        <source>No data came from the server for %1 s.</source>
        <translation>От сервера %1 с не поступало данных.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Сервер не ответил за %1 с.</translation>
    </message>
    <message>
        <source>No part of the reply came for %1 s, though the server kept answering (heartbeats or a trickle of bytes).</source>
        <translation>%1 с не пришло ни части ответа, хотя сервер продолжал отвечать (сигналы активности или редкие байты).</translation>
    </message>
    <message>
        <source>The reply is longer than the longest kept (%1 characters).</source>
        <translation>Ответ длиннее самого длинного сохраняемого (%1 символов).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Сервер ответил HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Сервер ответил HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 sent the request on to %2, another server; nothing was sent there. If the endpoint has moved, change its address in Settings.</source>
        <translation>%1 перенаправил запрос на %2, другой сервер; туда ничего не отправлено. Если конечная точка переехала, измените её адрес в настройках.</translation>
    </message>
    <message>
        <source>%1 sent a %2-compressed answer, though an uncompressed one was asked for.</source>
        <translation>%1 прислал ответ, сжатый %2, хотя запрашивался несжатый.</translation>
    </message>
    <message>
        <source>The connection broke; the server answered again from the start.</source>
        <translation>Соединение оборвалось; сервер ответил заново с начала.</translation>
    </message>
    <message>
        <source>The stream ended before the provider said the reply was complete.</source>
        <translation>Поток закончился раньше, чем провайдер сообщил о завершении ответа.</translation>
    </message>
    <message>
        <source>The WebSocket upgrade did not complete within %1 s.</source>
        <translation>Переход на WebSocket не завершился за %1 с.</translation>
    </message>
    <message>
        <source>No message came from the server for %1 s.</source>
        <translation>От сервера %1 с не приходило сообщений.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 was closed for a message larger than %2 bytes.</source>
        <translation>WebSocket к %1 закрыт из-за сообщения больше %2 байт.</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket upgrade with HTTP %2.</source>
        <translation>%1 отклонил переход на WebSocket с HTTP %2.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 closed before the first message.</source>
        <translation>WebSocket к %1 закрылся до первого сообщения.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 broke during the reply.</source>
        <translation>WebSocket к %1 оборвался во время ответа.</translation>
    </message>
    <message>
        <source>%1 is not a proxy address; use http://host:port, socks5://host:port, none or system.</source>
        <translation>%1 — не адрес прокси; используйте http://host:port, socks5://host:port, none или system.</translation>
    </message>
    <message>
        <source>Proxies of the scheme %1 are not supported; use http:// or socks5://.</source>
        <translation>Прокси со схемой %1 не поддерживаются; используйте http:// или socks5://.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Неизвестный провайдер «%1».</translation>
    </message>
    <message>
        <source>%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or Ollama for a message with images.</source>
        <translation>Конечным точкам %1 изображения не отправляются; для сообщения с изображениями выберите конечную точку OpenAI, Anthropic, Gemini или Ollama.</translation>
    </message>
    <message>
        <source>%1 endpoints do not list their models.</source>
        <translation>Конечные точки %1 не перечисляют свои модели.</translation>
    </message>
    <message>
        <source>There is no such message, or a reply is still coming.</source>
        <translation>Такого сообщения нет, или ответ ещё поступает.</translation>
    </message>
    <message>
        <source>Only an Inkchat relay pairs with a code.</source>
        <translation>Только ретранслятор Inkchat сопрягается по коду.</translation>
    </message>
    <message>
        <source>No answer came within %1 s.</source>
        <translation>За %1 с ответа не пришло.</translation>
    </message>
    <message>
        <source>The answer is larger than %1; it was not read.</source>
        <translation>Ответ больше %1; он не был прочитан.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 — это папка.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не существует.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>В папку %1 нельзя записывать.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>PDF export is not available in this program; choose another format.</source>
        <translation>Экспорт в PDF в этой программе недоступен; выберите другой формат.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be true or false.</source>
        <translation>Это недопустимая стенограмма Inkchat: %1 должно быть true или false.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF engine failed.</source>
        <translation>Не удаётся записать %1: сбой модуля создания PDF.</translation>
    </message>
    <message>
        <source>This is not valid JSON for an import: it nests deeper than %1 levels.</source>
        <translation>Это недопустимый JSON для импорта: вложенность глубже %1 уровней.</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Это недопустимый JSON.</translation>
    </message>
    <message>
        <source>Its message %1 is stored already in another conversation.</source>
        <translation>Её сообщение %1 уже сохранено в другой беседе.</translation>
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
        <source>There is no message with id %1 waiting to be sent.</source>
        <translation>Нет сообщения с id %1, ожидающего отправки.</translation>
    </message>
    <message>
        <source>Message %1 has no version %2.</source>
        <translation>У сообщения %1 нет версии %2.</translation>
    </message>
    <message>
        <source>The disk holding the conversations is full (%1); free some space and try again.</source>
        <translation>Диск с беседами переполнен (%1); освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The conversation database cannot be written (%1): its file, folder or disk is read-only.</source>
        <translation>Не удаётся записать в базу бесед (%1): её файл, папка или диск доступны только для чтения.</translation>
    </message>
    <message>
        <source>The conversation database failed: %1</source>
        <translation>Сбой базы бесед: %1</translation>
    </message>
    <message>
        <source>The keychain refused access. Is it locked? Unlock it in GNOME Keyring, KWallet or your system's keychain and try again.</source>
        <translation>Связка ключей отказала в доступе. Возможно, она заблокирована? Разблокируйте её в GNOME Keyring, KWallet или в связке ключей вашей системы и повторите попытку.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow it when the keychain asks, then try again.</source>
        <translation>В доступе к связке ключей отказано. Разрешите его, когда связка ключей спросит, и повторите попытку.</translation>
    </message>
    <message>
        <source>No keychain is available. Is a Secret Service such as GNOME Keyring or KWallet running and unlocked?</source>
        <translation>Связка ключей недоступна. Запущена ли и разблокирована ли служба Secret Service, например GNOME Keyring или KWallet?</translation>
    </message>
    <message>
        <source>The provider reported an error: %1</source>
        <translation>Провайдер сообщил об ошибке: %1</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 сообщил об ошибке: %2</translation>
    </message>
    <message>
        <source>The provider reported an error without saying what it was.</source>
        <translation>Провайдер сообщил об ошибке, не уточнив, какой.</translation>
    </message>
    <message>
        <source>%1 reported an error without saying what it was.</source>
        <translation>%1 сообщил об ошибке, не уточнив, какой.</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1).</source>
        <translation>Gemini заблокировал запрос (%1).</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1): %2</source>
        <translation>Gemini заблокировал запрос (%1): %2</translation>
    </message>
    <message>
        <source>The provider reports that the response failed.</source>
        <translation>Провайдер сообщает, что ответ не удался.</translation>
    </message>
    <message>
        <source>The provider reports that the response was cancelled.</source>
        <translation>Провайдер сообщает, что ответ был отменён.</translation>
    </message>
    <message>
        <source>The server sent a response with the unknown status “%1”.</source>
        <translation>Сервер прислал ответ с неизвестным статусом «%1».</translation>
    </message>
    <message>
        <source>The relay's reply ended without its answer (%1).</source>
        <translation>Ответ ретранслятора завершился без результата (%1).</translation>
    </message>
    <message>
        <source>The server sent an event that is not a JSON object: %1</source>
        <translation>Сервер прислал событие, которое не является JSON-объектом: %1</translation>
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
        <source>The server sent an empty answer where a JSON reply was expected.</source>
        <translation>Сервер прислал пустой ответ там, где ожидался ответ в JSON.</translation>
    </message>
    <message>
        <source>The server's reply is JSON but not a JSON object: %1</source>
        <translation>Ответ сервера — JSON, но не JSON-объект: %1</translation>
    </message>
    <message>
        <source>The server's reply is not JSON (%1): %2</source>
        <translation>Ответ сервера — не JSON (%1): %2</translation>
    </message>
    <message>
        <source>The answer is not a model list (a JSON object with a “%1” array).</source>
        <translation>Ответ не является списком моделей (JSON-объектом с массивом «%1»).</translation>
    </message>
    <message>
        <source>The relay's answer holds no device token.</source>
        <translation>В ответе ретранслятора нет токена устройства.</translation>
    </message>
    <message>
        <source>The stream was refused: a line is longer than %1.</source>
        <translation>Поток отклонён: строка длиннее %1.</translation>
    </message>
    <message>
        <source>The stream was refused: an event is larger than %1.</source>
        <translation>Поток отклонён: событие больше %1.</translation>
    </message>
    <message>
        <source>The stream was refused: a message is larger than %1.</source>
        <translation>Поток отклонён: сообщение больше %1.</translation>
    </message>
    <message>
        <source>The reply was refused: it is larger than %1.</source>
        <translation>Ответ отклонён: он больше %1.</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 of text between events.</source>
        <translation>%1 прислал между событиями больше %2 текста.</translation>
    </message>
    <message>
        <source>A WebSocket needs a ws:// or wss:// address, not %1.</source>
        <translation>WebSocket требует адрес ws:// или wss://, а не %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос был отменён.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>OpenAI or compatible (Chat Completions)</source>
        <translation>OpenAI или совместимый (Chat Completions)</translation>
    </message>
    <message>
        <source>OpenAI Responses</source>
        <translation>OpenAI Responses</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Server-Sent Events stream</source>
        <translation>Поток Server-Sent Events</translation>
    </message>
    <message>
        <source>Plain text stream</source>
        <translation>Поток простого текста</translation>
    </message>
    <message>
        <source>Inkchat relay</source>
        <translation>Ретранслятор Inkchat</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Proxy setting saved; the next reply uses it.</source>
        <translation>Настройка прокси сохранена; следующий ответ её использует.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Системные настройки</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Replies go directly to the provider, whatever the system or the environment says.</source>
        <translation>Ответы идут напрямую к провайдеру, что бы ни говорили система или окружение.</translation>
    </message>
    <message>
        <source>The http_proxy, https_proxy, all_proxy and no_proxy variables as curl reads them, else the system's proxy settings.</source>
        <translation>Переменные http_proxy, https_proxy, all_proxy и no_proxy так, как их читает curl, иначе системные настройки прокси.</translation>
    </message>
    <message>
        <source>Proxy URL, e.g. http://proxy.example:3128 or socks5://127.0.0.1:1080</source>
        <translation>URL прокси, например http://proxy.example:3128 или socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL прокси</translation>
    </message>
    <message>
        <source>Use this proxy</source>
        <translation>Использовать этот прокси</translation>
    </message>
    <message>
        <source>Its password is kept in the system keychain. Type the URL with a new password to change it.</source>
        <translation>Его пароль хранится в системной связке ключей. Чтобы изменить его, введите URL с новым паролем.</translation>
    </message>
</context>
<context>
    <name>ReplyFacts</name>
    <message>
        <source>%1 in</source>
        <comment>tokens sent to the model</comment>
        <translation>%1 вход</translation>
    </message>
    <message>
        <source>%1 out</source>
        <comment>tokens the model wrote</comment>
        <translation>%1 выход</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back to chat</source>
        <translation>Назад к чату</translation>
    </message>
    <message>
        <source>Close the settings (Escape)</source>
        <translation>Закрыть настройки (Esc)</translation>
    </message>
    <message>
        <source>Quit Inkchat</source>
        <translation>Выйти из Inkchat</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>No provider is set up, so replies come from the built-in offline demo.</source>
        <translation>Провайдер не настроен, поэтому ответы приходят из встроенной офлайн-демонстрации.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Конечные точки</translation>
    </message>
    <message>
        <source> · key stored</source>
        <translation> · ключ сохранён</translation>
    </message>
    <message>
        <source>Provider kind for a new endpoint</source>
        <translation>Тип провайдера для новой конечной точки</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Добавить конечную точку</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Тип провайдера</translation>
    </message>
    <message>
        <source>Base URL, e.g. %1</source>
        <translation>Базовый URL, например %1</translation>
    </message>
    <message>
        <source>Model, e.g. gpt-4o-mini</source>
        <translation>Модель, например gpt-4o-mini</translation>
    </message>
    <message>
        <source>CA certificate file for a self-hosted server (optional)</source>
        <translation>Файл сертификата ЦС для собственного сервера (необязательно)</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust for this endpoint, besides the system's</source>
        <translation>PEM-файл центров сертификации, которым эта конечная точка доверяет помимо системных</translation>
    </message>
    <message>
        <source>Save endpoint</source>
        <translation>Сохранить конечную точку</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Удалить конечную точку</translation>
    </message>
    <message>
        <source>API key: stored in the system keychain, never shown again</source>
        <translation>API-ключ: хранится в системной связке ключей и больше не показывается</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Сохранить ключ</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Забыть ключ</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Replies are streamed the best way each provider offers; none was found blocked.</source>
        <translation>Ответы передаются потоком лучшим способом, который предлагает провайдер; ни один не оказался заблокирован.</translation>
    </message>
    <message>
        <source>Reset: try every way again</source>
        <translation>Сбросить: снова пробовать все способы</translation>
    </message>
    <message>
        <source>Forget the ways of connecting found blocked; the next reply tries the best one</source>
        <translation>Забыть способы подключения, признанные заблокированными; следующий ответ попробует лучший</translation>
    </message>
    <message>
        <source>Device token: or pair with a code below</source>
        <translation>Токен устройства: или подключите его кодом ниже</translation>
    </message>
    <message>
        <source>Pairing code, e.g. 1234-5678</source>
        <translation>Код сопряжения, например 1234-5678</translation>
    </message>
    <message>
        <source>Pairing code shown by inkchat-relay pair</source>
        <translation>Код сопряжения, который показывает inkchat-relay pair</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Server behind this endpoint</source>
        <translation>Сервер за этой точкой доступа</translation>
    </message>
    <message>
        <source>The server decides how a reply cut off by the network is picked up: those that can carry on from a partial reply continue it, the others answer again from the start, kept as a new version.</source>
        <translation>От сервера зависит, как подхватывается ответ, оборванный сетью: серверы, умеющие продолжать начатый ответ, продолжают его, остальные отвечают заново с начала — это сохраняется как новая версия.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Demo mode: replies come from a built-in server and nothing leaves this machine. Add a provider in Settings.</source>
        <translation>Демо-режим: ответы приходят со встроенного сервера, и ничего не покидает этот компьютер. Добавьте провайдера в настройках.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Send the request now, though the system reports no network</source>
        <translation>Отправить запрос сейчас, хотя система сообщает, что сети нет</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>the reply was stopped</source>
        <translation>ответ остановлен</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>ошибка %1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n retries: %1</source>
        <translation>
            <numerusform>прекращено после %n повторной попытки: %1</numerusform>
            <numerusform>прекращено после %n повторных попыток: %1</numerusform>
            <numerusform>прекращено после %n повторных попыток: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the server asks to wait %2 s)</source>
        <translation>%1 (сервер просит подождать %2 с)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
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
    <message numerus="yes">
        <source>it is tried again after %n more replies</source>
        <translation>
            <numerusform>он будет снова опробован через %n ответ</numerusform>
            <numerusform>он будет снова опробован через %n ответа</numerusform>
            <numerusform>он будет снова опробован через %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>A proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it is written; nothing is lost. The fix is the proxy's: "proxy_buffering off" in nginx, or the header "X-Accel-Buffering: no" from the server.</source>
        <translation>Прокси задерживает поток и выпускает его порциями, поэтому ответ нельзя показывать по мере написания; ничего не теряется. Исправить это можно в прокси: «proxy_buffering off» в nginx или заголовок «X-Accel-Buffering: no» от сервера.</translation>
    </message>
    <message>
        <source>Not using %1 for this reply: %2; %3. Settings can reset it.</source>
        <translation>Для этого ответа %1 не используется: %2; %3. Это можно сбросить в настройках.</translation>
    </message>
    <message>
        <source>%1 is blocked on the way to this server: %2; %3.</source>
        <translation>%1 заблокирован на пути к этому серверу: %2; %3.</translation>
    </message>
    <message>
        <source>%1: %2 found blocked since %3 (%4); %5.</source>
        <translation>%1: %2 заблокирован с %3 (%4); %5.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>The server refused %1 (%2), so the reply was asked for again without it, as will every later one to this server until Settings resets it. %3</source>
        <translation>Сервер отклонил %1 (%2), поэтому ответ запрошен повторно без этого параметра; так будут запрашиваться и все следующие ответы этого сервера, пока это не сбросят в настройках. %3</translation>
    </message>
    <message>
        <source>Token counts are not shown.</source>
        <translation>Число токенов не показывается.</translation>
    </message>
    <message>
        <source>A reply cut off is asked for again from the start instead of picked up.</source>
        <translation>Оборванный ответ запрашивается заново с начала, а не продолжается.</translation>
    </message>
    <message>
        <source>%1: requests go without %2, which the server refused. %3</source>
        <translation>%1: запросы отправляются без %2 — сервер его отклонил. %3</translation>
    </message>
    <message>
        <source>%1 (asked again from the start %2 times, it broke off no later)</source>
        <translation>%1 (запрошено заново с начала %2 раз, обрывалось не позже)</translation>
    </message>
    <message>
        <source>%1 (the server asks to reconnect in %2 s, longer than the %3 s waited at most)</source>
        <translation>%1 (сервер просит переподключиться через %2 с — дольше, чем ожидание не более %3 с)</translation>
    </message>
</context>
<context>
    <name>inkchat::app::AttachmentTray</name>
    <message numerus="yes">
        <source>A message can carry up to %n images.</source>
        <translation>
            <numerusform>Сообщение может содержать не более %n изображения.</numerusform>
            <numerusform>Сообщение может содержать не более %n изображений.</numerusform>
            <numerusform>Сообщение может содержать не более %n изображений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkchat::app::ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закреплённые</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ConversationSettingsController</name>
    <message>
        <source>Provider's default</source>
        <translation>По умолчанию у провайдера</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Ни одна беседа не открыта.</translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation>Модель не сохранена: %1</translation>
    </message>
    <message>
        <source>The temperature is a number from 0 to %1, or empty for the provider's default.</source>
        <translation>Температура — число от 0 до %1 или пусто для значения провайдера по умолчанию.</translation>
    </message>
    <message>
        <source>The maximum output is a number of tokens, 1 or more, or empty for the provider's default.</source>
        <translation>Максимальный ответ — число токенов, 1 или больше, или пусто для значения провайдера по умолчанию.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Настройки не сохранены: %1</translation>
    </message>
</context>
<context>
    <name>inkchat::app::EndpointResolver</name>
    <message>
        <source>Demo (offline)</source>
        <translation>Демо (офлайн)</translation>
    </message>
    <message>
        <source>The API key of this endpoint is no longer in the keychain; enter it again in Settings.</source>
        <translation>API-ключа этой конечной точки больше нет в связке ключей; введите его снова в настройках.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Не удалось запустить демо-сервер: %1</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ExportController</name>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <source>Not exported: could not create the folder %1</source>
        <translation>Не экспортировано: не удалось создать папку %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON, for importing again</source>
        <translation>JSON, для повторного импорта</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Веб-страница (HTML)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation>Электронная книга EPUB</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <source>Not exported: %1 is not a file on this computer</source>
        <translation>Не экспортировано: %1 — не файл на этом компьютере</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ImportController</name>
    <message>
        <source>Inkchat or ChatGPT export (*.json)</source>
        <translation>Экспорт Inkchat или ChatGPT (*.json)</translation>
    </message>
    <message>
        <source>Inkchat JSON export (*.json)</source>
        <translation>Экспорт Inkchat в JSON (*.json)</translation>
    </message>
    <message>
        <source>ChatGPT export (conversations.json)</source>
        <translation>Экспорт ChatGPT (conversations.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Not imported: %1 is not a file on this computer</source>
        <translation>Не импортировано: %1 — не файл на этом компьютере</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>В %1 нет ничего нового.</translation>
    </message>
    <message>
        <source>Imported 1 conversation from %1.</source>
        <translation>Импортирован 1 разговор из %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations from %1.</source>
        <translation>
            <numerusform>Импортирован %n разговор из %1.</numerusform>
            <numerusform>Импортировано %n разговора из %1.</numerusform>
            <numerusform>Импортировано %n разговоров из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here.</source>
        <translation>
            <numerusform>%n уже был здесь.</numerusform>
            <numerusform>%n уже были здесь.</numerusform>
            <numerusform>%n уже были здесь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be stored: %1</source>
        <translation>
            <numerusform>%n не удалось сохранить: %1</numerusform>
            <numerusform>%n не удалось сохранить: %1</numerusform>
            <numerusform>%n не удалось сохранить: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkchat::app::LanguageController</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ModelCatalog</name>
    <message>
        <source>The endpoint lists no models; type the model's name.</source>
        <translation>Конечная точка не перечисляет модели; введите имя модели.</translation>
    </message>
    <message>
        <source>Could not list the models (%1); type the model's name.</source>
        <translation>Не удалось получить список моделей (%1); введите имя модели.</translation>
    </message>
</context>
<context>
    <name>inkchat::app::SearchResultsModel</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
</context>
<context>
    <name>inkchat::app::SettingsController</name>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Такой конечной точки нет.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Неизвестный провайдер «%1».</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, such as %1.</source>
        <translation>Базовый URL должен быть адресом http:// или https://, например %1.</translation>
    </message>
    <message>
        <source>Put the API key in its own field, not in the URL: URLs end up in logs.</source>
        <translation>Укажите API-ключ в отдельном поле, а не в URL: URL попадают в журналы.</translation>
    </message>
    <message>
        <source>The CA file can't be used: %1</source>
        <translation>Файл ЦС нельзя использовать: %1</translation>
    </message>
    <message>
        <source>API key saved in the system keychain.</source>
        <translation>API-ключ сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>API key removed from the system keychain.</source>
        <translation>API-ключ удалён из системной связки ключей.</translation>
    </message>
    <message>
        <source>Save the endpoint as an Inkchat relay first, then pair it.</source>
        <translation>Сначала сохраните конечную точку как ретранслятор Inkchat, затем выполните сопряжение.</translation>
    </message>
    <message>
        <source>Paired with the relay; its device token is in the system keychain.</source>
        <translation>Сопряжение с ретранслятором выполнено; токен устройства сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>Pairing failed: %1</source>
        <translation>Сопряжение не удалось: %1</translation>
    </message>
    <message>
        <source>Enter the proxy's address, such as http://proxy.example:3128.</source>
        <translation>Введите адрес прокси, например http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>The proxy must be an http:// or socks5:// address with a host, such as http://proxy.example:3128.</source>
        <translation>Прокси должен быть адресом http:// или socks5:// с именем хоста, например http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>Another server, or not known</source>
        <translation>Другой или неизвестный сервер</translation>
    </message>
    <message>
        <source>Unknown server “%1” for this provider kind.</source>
        <translation>Неизвестный сервер «%1» для этого типа провайдера.</translation>
    </message>
    <message>
        <source>The proxy's password could not be read from the keychain: %1</source>
        <translation>Не удалось прочитать пароль прокси из связки ключей: %1</translation>
    </message>
    <message>
        <source>The proxy's password could not be saved in the keychain: %1. It is used until Inkchat quits.</source>
        <translation>Не удалось сохранить пароль прокси в связке ключей: %1. Он будет использоваться до закрытия Inkchat.</translation>
    </message>
</context>
</TS>
