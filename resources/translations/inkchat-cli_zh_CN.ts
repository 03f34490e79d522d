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
    <message>
        <source>Not an Inkchat transcript: the file is not a JSON object.</source>
        <translation>不是 Inkchat 对话记录：文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Not an Inkchat transcript: "format" is not "%1".</source>
        <translation>不是 Inkchat 对话记录："format" 不是 "%1"。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: missing.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：缺失。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a string.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：必须是字符串。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must not be empty.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：不能为空。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an ISO 8601 time such as "2026-11-22T10:00:00.000Z" or null.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：必须是 ISO 8601 时间（如 "2026-11-22T10:00:00.000Z"）或 null。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a whole number from %2 to %3.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a number from %2 to %3.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：必须是 %2 到 %3 之间的数字。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an array.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：必须是数组。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an object.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：必须是对象。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: unknown role "%2".</source>
        <translation>不是有效的 Inkchat 对话记录：%1：未知角色 "%2"。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: unknown status "%2".</source>
        <translation>不是有效的 Inkchat 对话记录：%1：未知状态 "%2"。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: not base64.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：不是 base64。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: %2 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：%2 不是视觉模型可读取的 PNG、JPEG、GIF 或 WebP 图片。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: %2 is %3; images of up to %4 can be attached.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：%2 大小为 %3；可附加的图片最大为 %4。</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversations.json holds a JSON array of conversations.</source>
        <translation>不是 ChatGPT 导出：conversations.json 应包含对话的 JSON 数组。</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 is not an object.</source>
        <translation>不是 ChatGPT 导出：第 %1 个对话不是对象。</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has no "id".</source>
        <translation>不是 ChatGPT 导出：第 %1 个对话没有 "id"。</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has no "mapping" object.</source>
        <translation>不是 ChatGPT 导出：第 %1 个对话没有 "mapping" 对象。</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has a message tree with a cycle.</source>
        <translation>不是 ChatGPT 导出：第 %1 个对话的消息树存在循环。</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.</source>
        <translation>%1 不是视觉模型可读取的 PNG、JPEG、GIF 或 WebP 图片。</translation>
    </message>
    <message>
        <source>%1 is %2; images of up to %3 can be attached.</source>
        <translation>%1 大小为 %2；可附加的图片最大为 %3。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>第 %1 行第 %2 列（字节 %3）处不是有效的 JSON：%4。</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2.</source>
        <translation>字节 %1 处不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>The value at %1 is larger than %2 MiB, the most an import reads at once.</source>
        <translation>%1 处的值大于 %2 MiB，这是导入一次读取的上限。</translation>
    </message>
    <message>
        <source>secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>can't read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a CA file</source>
        <translation>%1 太大，不可能是 CA 文件</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 不含 PEM 证书（-----BEGIN CERTIFICATE-----）</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>cannot reach %1 through the proxy %2: %3</source>
        <translation>无法通过代理 %2 访问 %1：%3</translation>
    </message>
    <message>
        <source>the connection to %1 broke during the reply: %2</source>
        <translation>与 %1 的连接在回复过程中中断：%2</translation>
    </message>
    <message>
        <source>cannot open a WebSocket to %1: %2</source>
        <translation>无法打开到 %1 的 WebSocket：%2</translation>
    </message>
    <message>
        <source>cannot open a WebSocket to %1 through the proxy %2: %3</source>
        <translation>无法通过代理 %2 打开到 %1 的 WebSocket：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>服务器 %1 秒没有发来数据</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>服务器在 %1 秒内没有回答</translation>
    </message>
    <message>
        <source>no part of the reply arrived for %1 s, though the server kept answering (heartbeats or a trickle of bytes)</source>
        <translation>已 %1 秒没有收到回复的任何部分，尽管服务器仍在应答（心跳或零星字节）</translation>
    </message>
    <message>
        <source>the reply is longer than the maximum reply length (%1 characters)</source>
        <translation>回复超过了最大回复长度（%1 个字符）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another origin; nothing was sent there (if the endpoint has moved, change its base URL)</source>
        <translation>%1 将请求重定向到另一个源 %2；没有向那里发送任何内容（如果端点已迁移，请更改其基础 URL）</translation>
    </message>
    <message>
        <source>%1 sent a %2-compressed body although an uncompressed one was asked for</source>
        <translation>%1 发送了 %2 压缩的正文，而请求的是未压缩的</translation>
    </message>
    <message>
        <source>the connection broke; the server answered again from the start</source>
        <translation>连接中断；服务器从头重新回答</translation>
    </message>
    <message>
        <source>the stream ended before the provider said it was complete</source>
        <translation>数据流在提供方表示完成之前就结束了</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not complete within %1 s</source>
        <translation>WebSocket 升级未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>no message from the server for %1 s</source>
        <translation>服务器 %1 秒没有发来消息</translation>
    </message>
    <message>
        <source>the WebSocket to %1 was closed for a message larger than the maximum event size (%2 bytes)</source>
        <translation>到 %1 的 WebSocket 因消息超过最大事件大小（%2 字节）而被关闭</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket upgrade with HTTP %2</source>
        <translation>%1 以 HTTP %2 拒绝了 WebSocket 升级</translation>
    </message>
    <message>
        <source>the WebSocket to %1 closed before the first message</source>
        <translation>到 %1 的 WebSocket 在第一条消息之前就关闭了</translation>
    </message>
    <message>
        <source>the WebSocket to %1 broke during the reply</source>
        <translation>到 %1 的 WebSocket 在回复过程中中断</translation>
    </message>
    <message>
        <source>not a proxy URL: %1 (expected http://host:port, socks5://host:port, none or system)</source>
        <translation>不是代理 URL：%1（应为 http://host:port、socks5://host:port、none 或 system）</translation>
    </message>
    <message>
        <source>unsupported proxy scheme %1: use http:// or socks5://</source>
        <translation>不支持的代理方案 %1：请使用 http:// 或 socks5://</translation>
    </message>
    <message>
        <source>unknown provider "%1"</source>
        <translation>未知的提供方“%1”</translation>
    </message>
    <message>
        <source>%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or Ollama for a message with images.</source>
        <translation>不会向 %1 端点发送图片；带图片的消息请选择 OpenAI、Anthropic、Gemini 或 Ollama 的端点。</translation>
    </message>
    <message>
        <source>no such message, or a reply is still coming</source>
        <translation>没有这条消息，或者回复仍在传来</translation>
    </message>
    <message>
        <source>only an Inkchat relay pairs with a code</source>
        <translation>只有 Inkchat 中继可以用配对码配对</translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation>%1 秒内没有收到回答</translation>
    </message>
    <message>
        <source>the answer is larger than %1; it was not read</source>
        <translation>回答大于 %1；未读取</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>无法写入 %1：它是一个文件夹</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable</source>
        <translation>无法写入 %1：文件夹 %2 不可写入</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PDF export needs Qt's GUI library, which this program was built or started without; choose another format</source>
        <translation>PDF 导出需要 Qt 的 GUI 库，而此程序在构建或启动时没有它；请选择其他格式</translation>
    </message>
    <message>
        <source>%1 endpoints do not list their models; type the model's name</source>
        <translation>%1 端点不列出其模型；请输入模型名称</translation>
    </message>
    <message>
        <source>forgot which ways of connecting were found blocked for this endpoint</source>
        <translation>已忘记此端点上被发现受阻的连接方式</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>the conversation store failed: %1</source>
        <translation>对话存储失败：%1</translation>
    </message>
    <message>
        <source>the connection broke and the server cannot continue a reply: it answers again from the start (the partial reply is kept as an earlier version)</source>
        <translation>连接中断，而服务器无法接着回复：它从头重新回答（不完整的回复保留为较早的版本）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>the server refused %1 (%2), so the reply was asked for again without it, as will every later one to this server until 'inkchat-cli chat --transport reset'</source>
        <translation>服务器拒绝了 %1（%2），因此已不带该参数重新请求回复，之后发往此服务器的每个请求也将如此，直到执行 'inkchat-cli chat --transport reset'</translation>
    </message>
    <message>
        <source>; token counts are not reported</source>
        <translation>；不报告令牌数</translation>
    </message>
    <message>
        <source>; a reply cut off is asked for again from the start instead of picked up</source>
        <translation>；被截断的回复将从头重新请求，而不是接着获取</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>connecting (%1)</source>
        <translation>正在连接（%1）</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>waiting for the reply (polling)</source>
        <translation>正在等待回复（轮询）</translation>
    </message>
    <message>
        <source>reconnecting (attempt %1, in %2)</source>
        <translation>正在重新连接（第 %1 次尝试，%2 后）</translation>
    </message>
    <message>
        <source>fell back to %1</source>
        <translation>已回退到 %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>the WebSocket upgrade was refused or swallowed</source>
        <translation>WebSocket 升级被拒绝或被吞掉</translation>
    </message>
    <message>
        <source>a proxy buffered two streamed replies in a row</source>
        <translation>代理连续缓冲了两条流式回复</translation>
    </message>
    <message>
        <source>the answer was not in its protocol</source>
        <translation>回应不符合其协议</translation>
    </message>
    <message>
        <source>the next reply tries it again</source>
        <translation>下一条回复会再次尝试</translation>
    </message>
    <message>
        <source>the reply after the next tries it again</source>
        <translation>下下条回复会再次尝试</translation>
    </message>
    <message>
        <source>tried again after %1 more replies</source>
        <translation>再过 %1 条回复后重试</translation>
    </message>
    <message>
        <source>a proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it is written; nothing is lost. The fix is the proxy's: 'proxy_buffering off' in nginx, or the header 'X-Accel-Buffering: no' from the server</source>
        <translation>代理扣住了数据流并分批放出，因此回复无法边写边显示；不会丢失任何内容。需在代理处修复：nginx 中设置 'proxy_buffering off'，或由服务器发送标头 'X-Accel-Buffering: no'</translation>
    </message>
    <message>
        <source>not using %1 for this reply: %2 (since %3); %4. To try it now: inkchat-cli chat --transport reset</source>
        <translation>此回复不使用 %1：%2（自 %3 起）；%4。若要现在尝试：inkchat-cli chat --transport reset</translation>
    </message>
    <message>
        <source>%1 is blocked on the way to this server: %2; %3</source>
        <translation>%1 在通往此服务器的路上受阻：%2；%3</translation>
    </message>
    <message>
        <source>the reply was stopped</source>
        <translation>回复已停止</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 错误</translation>
    </message>
    <message>
        <source>gave up after %1 retries: %2</source>
        <translation>重试 %1 次后放弃：%2</translation>
    </message>
    <message>
        <source> (the server asks to wait %1 s)</source>
        <translation>（服务器要求等待 %1 秒）</translation>
    </message>
    <message>
        <source> (asked again from the start %1 times, it broke off no later)</source>
        <translation>（已从头重新请求 %1 次，中断位置没有推后）</translation>
    </message>
    <message>
        <source> (the server asks to reconnect in %1 s, longer than the %2 s waited at most)</source>
        <translation>（服务器要求在 %1 秒后重新连接，超过最多等待的 %2 秒）</translation>
    </message>
    <message>
        <source>the reply was interrupted: %1</source>
        <translation>回复被中断：%1</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, not '%1'</source>
        <translation>--base-url 必须是 http:// 或 https:// URL，而不是 '%1'</translation>
    </message>
    <message>
        <source>--base-url must not carry a key (user:KEY@ or ?key=): URLs end up in logs and shell histories; put the key in the variable named by --api-key-env</source>
        <translation>--base-url 不得携带密钥（user:KEY@ 或 ?key=）：URL 会出现在日志和 shell 历史中；请将密钥放入 --api-key-env 指定的变量中</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>the provider reported no model or token counts</source>
        <translation>提供方未报告模型或令牌数</translation>
    </message>
    <message>
        <source>provider '%1' sends no images; --attach needs one of: %2</source>
        <translation>提供方“%1”不发送图片；--attach 需要以下之一：%2</translation>
    </message>
    <message>
        <source>a message can carry up to %1 images</source>
        <translation>一条消息最多可带 %1 张图片</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>Not valid JSON: nested deeper than %1 levels.</source>
        <translation>不是有效的 JSON：嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be true or false.</source>
        <translation>不是有效的 Inkchat 对话记录：%1：必须是 true 或 false。</translation>
    </message>
    <message>
        <source>its message %1 is stored already in another conversation</source>
        <translation>其消息 %1 已保存在另一个对话中</translation>
    </message>
    <message>
        <source>A message can carry up to %1 images; this one has %2.</source>
        <translation>一条消息最多可带 %1 张图片；这条有 %2 张。</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>没有 ID 为 %1 的对话。</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>没有 ID 为 %1 的消息。</translation>
    </message>
    <message>
        <source>There is no pending message with id %1.</source>
        <translation>没有 ID 为 %1 的待发送消息。</translation>
    </message>
    <message>
        <source>Message %1 has no version %2.</source>
        <translation>消息 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <source>the disk is full: %1</source>
        <translation>磁盘已满：%1</translation>
    </message>
    <message>
        <source>the conversation store is read-only: %1</source>
        <translation>对话存储为只读：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF engine failed</source>
        <translation>无法写入 %1：PDF 引擎出错</translation>
    </message>
    <message>
        <source>cannot open the conversation store %1: %2</source>
        <translation>无法打开对话存储 %1：%2</translation>
    </message>
    <message>
        <source>the conversation store %1 can only be read (a read-only file, folder or filesystem, or a full disk)</source>
        <translation>对话存储 %1 只能读取（文件、文件夹或文件系统为只读，或磁盘已满）</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id, not '%1'</source>
        <translation>--conversation 需要对话 ID，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot read the export back: %1</source>
        <translation>无法读回导出文件：%1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot open '%1': %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>cannot import '%1': %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>it is neither an Inkchat JSON export nor a ChatGPT conversations.json; give --format if it is one</source>
        <translation>它既不是 Inkchat JSON 导出，也不是 ChatGPT 的 conversations.json；如果是其中之一，请指定 --format</translation>
    </message>
    <message>
        <source>cannot import the conversation '%1': %2</source>
        <translation>无法导入对话“%1”：%2</translation>
    </message>
    <message>
        <source>%1; run with --no-store to chat without storing the conversation</source>
        <translation>%1；使用 --no-store 运行即可聊天而不保存对话</translation>
    </message>
    <message>
        <source>stream rejected: a line is longer than the maximum line length (%1 bytes)</source>
        <translation>数据流被拒绝：有一行超过了最大行长度（%1 字节）</translation>
    </message>
    <message>
        <source>stream rejected: an event is larger than the maximum event size (%1 bytes)</source>
        <translation>数据流被拒绝：有一个事件超过了最大事件大小（%1 字节）</translation>
    </message>
    <message>
        <source>stream rejected: a message is larger than the maximum event size (%1 bytes)</source>
        <translation>数据流被拒绝：有一条消息超过了最大事件大小（%1 字节）</translation>
    </message>
    <message>
        <source>stream rejected: the reply body is larger than the maximum event size (%1 bytes)</source>
        <translation>数据流被拒绝：回复正文超过了最大事件大小（%1 字节）</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes of text between events</source>
        <translation>%1 在事件之间写入了超过 %2 字节的文本</translation>
    </message>
    <message>
        <source>the provider reported an error without a message</source>
        <translation>提供方报告了一个没有说明的错误</translation>
    </message>
    <message>
        <source>%1 reported an error</source>
        <translation>%1 报告了一个错误</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1)</source>
        <translation>Gemini 拦截了提示词（%1）</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1): %2</source>
        <translation>Gemini 拦截了提示词（%1）：%2</translation>
    </message>
    <message>
        <source>the response failed</source>
        <translation>回复生成失败</translation>
    </message>
    <message>
        <source>the response was cancelled</source>
        <translation>回复已被取消</translation>
    </message>
    <message>
        <source>the server sent a response with an unknown status: %1</source>
        <translation>服务器发送的回复状态未知：%1</translation>
    </message>
    <message>
        <source>the relay's reply ended: %1</source>
        <translation>中继的回复已结束：%1</translation>
    </message>
    <message>
        <source>the server sent an event that is not a JSON object: %1</source>
        <translation>服务器发送的事件不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>%1 sent an event that is not a JSON object: %2</source>
        <translation>%1 发送的事件不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1 sent a line that is not a JSON object: %2</source>
        <translation>%1 发送的一行不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>the server sent an empty body where a JSON reply was expected</source>
        <translation>服务器发送了空正文，而预期的是 JSON 回复</translation>
    </message>
    <message>
        <source>the server sent a reply that is not a JSON object (not an object): %1</source>
        <translation>服务器发送的回复不是 JSON 对象（是 JSON，但不是对象）：%1</translation>
    </message>
    <message>
        <source>the server sent a reply that is not a JSON object (%1): %2</source>
        <translation>服务器发送的回复不是 JSON 对象（%1）：%2</translation>
    </message>
    <message>
        <source>the answer is not a model list (a JSON object with a "%1" array)</source>
        <translation>该应答不是模型列表（应为带有 "%1" 数组的 JSON 对象）</translation>
    </message>
    <message>
        <source>the relay's answer has no device token</source>
        <translation>中继的应答中没有设备令牌</translation>
    </message>
    <message>
        <source>a WebSocket needs a ws:// or wss:// URL, not %1</source>
        <translation>WebSocket 需要 ws:// 或 wss:// 网址，而不是 %1</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>请求已被取消</translation>
    </message>
</context>
</TS>
