<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>inkchat-cli</name>
    <message>
        <source>Providers: %1</source>
        <translation>提供商：%1</translation>
    </message>
    <message>
        <source>  inkchat-cli regenerate --conversation ID --provider P --base-url URL [chat options]
            Ask for the last reply of a stored conversation again and stream it;
            it is stored as a new version, the earlier ones are kept.
</source>
        <translation>  inkchat-cli regenerate --conversation ID --provider P --base-url URL [chat 选项]
            重新请求已保存对话的最后一条回复并流式输出；
            它作为新版本保存，之前的版本保留。
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
        <translation>用法：
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

命令：
  chat      将 PROMPT（或标准输入）发送给 AI 聊天提供商，并在回复到达时
            将其流式写到标准输出。API 密钥从 --api-key-env 指定的环境变量中
            读取，绝不从命令行读取，也绝不保存。此次交流会被保存（对话 ID
            输出到标准错误）；--conversation ID 继续一个已保存的对话，
            --no-store 不保存任何内容。
  models    输出端点提供的模型,每行一个 id。
  list      列出已保存的对话：ID、最后活动时间、消息数、标题。
  search    列出包含 QUERY 中每个词的已保存消息。
  export    将已保存的对话写为 Markdown、JSON、文本、HTML、PDF 或 EPUB
            （“-o -”表示写到标准输出）。
  import    保存 Inkchat JSON 导出文件或 ChatGPT conversations.json 中的
            对话；重复导入不会添加任何内容。
  sse-dump  将 Server-Sent Events 流中的每个事件输出为一行 JSON。

对话与应用使用同一个数据库：
  $XDG_DATA_HOME/inkchat/conversations.sqlite（默认为 ~/.local/share/...）。

运行“inkchat-cli &lt;命令&gt; --help”查看该命令的选项。
</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the conversation store</source>
        <translation>无法创建对话存储的文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged</source>
        <translation>%1 不是 Inkchat 对话数据库，或已损坏；文件未作改动</translation>
    </message>
    <message>
        <source>cannot read the conversation store: %1</source>
        <translation>无法读取对话存储：%1</translation>
    </message>
    <message>
        <source>the conversation store %1 must be upgraded for this Inkchat but cannot be written (a read-only or full disk); it was left unchanged</source>
        <translation>对话存储 %1 需要为此版本的 Inkchat 升级，但无法写入（磁盘只读或已满）；未作改动</translation>
    </message>
    <message>
        <source>the conversation store %1 was written by a newer Inkchat; update Inkchat to open it (the file was left unchanged)</source>
        <translation>对话存储 %1 由较新版本的 Inkchat 写入；请更新 Inkchat 后再打开（文件未作改动）</translation>
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed; conversations cannot be stored</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）；无法保存对话</translation>
    </message>
    <message>
        <source>it is neither an Inkchat JSON export nor a ChatGPT conversations.json</source>
        <translation>它既不是 Inkchat JSON 导出文件，也不是 ChatGPT 的 conversations.json</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB.</source>
        <translation>文件超过了 %1 MiB 的导入上限。</translation>
    </message>
    <message>
        <source>this transcript is from a newer Inkchat (format version %1); update Inkchat to import it</source>
        <translation>此记录来自较新版本的 Inkchat（格式版本 %1）；请更新 Inkchat 后再导入</translation>
    </message>
</context>
</TS>
