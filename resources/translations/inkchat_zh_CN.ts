<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>the conversation store can only be read (%1)</source>
        <translation>对话存储只能读取 (%1)</translation>
    </message>
</context>
<context>
    <name>AttachmentThumbnail</name>
    <message>
        <source>Attached image</source>
        <translation>附加的图片</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation>无法读取粘贴的图片。</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>粘贴的图片.png</translation>
    </message>
</context>
<context>
    <name>BlockDelegate</name>
    <message>
        <source>You · not sent yet, waiting for the network</source>
        <translation>你 · 尚未发送，正在等待网络</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>你：</translation>
    </message>
    <message>
        <source>Assistant: </source>
        <translation>助手：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1 code</source>
        <translation>复制 %1 代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>● writing…</source>
        <translation>● 正在输入…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>已中断：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>○ waiting for the connection…</source>
        <translation>○ 正在等待连接…</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>由 %1 回答</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>第 %1 版，共 %2 版</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Ask for this reply again; this version is kept</source>
        <translation>重新请求此回复；此版本会保留</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>输入消息。按 Enter 发送，按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop the reply; what arrived is kept</source>
        <translation>停止回复；已收到的内容会保留</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Ask for the rest of the last reply</source>
        <translation>请求上一条回复的剩余部分</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ask for the last reply again from the start</source>
        <translation>从头重新请求上一条回复</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Keep the message as it was</source>
        <translation>保持消息原样</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>发送修改</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>Attach images for a model that reads them; you can also drop or paste them</source>
        <translation>为能读取图片的模型附加图片；也可以拖放或粘贴</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>搜索所有消息</translation>
    </message>
    <message>
        <source>Finds messages in every conversation (Ctrl+F)</source>
        <translation>在所有对话中查找消息 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No message contains that.</source>
        <translation>没有消息包含该内容。</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>删除“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename this conversation (F2)</source>
        <translation>重命名此对话 (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>永久删除此对话</translation>
    </message>
    <message>
        <source>Delete this conversation (asks first)</source>
        <translation>删除此对话（会先确认）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1, reply coming</source>
        <translation>%1，回复中</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the open conversation (Escape)</source>
        <translation>返回打开的对话 (Esc)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Put this conversation back among the others</source>
        <translation>将此对话放回其他对话之中</translation>
    </message>
    <message>
        <source>Keep this conversation at the top of the list</source>
        <translation>将此对话保持在列表顶部</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsPanel</name>
    <message>
        <source>Conversation settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>How the model should answer in this conversation</source>
        <translation>模型在此对话中应如何回答</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Provider's default (0 to %1)</source>
        <translation>提供方默认值(0 到 %1)</translation>
    </message>
    <message>
        <source>Maximum output tokens</source>
        <translation>最大输出令牌数</translation>
    </message>
    <message>
        <source>Provider's default</source>
        <translation>提供方默认值</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推理强度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DateSection</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month of the conversation list: %1 is the month's name, %2 the year.</extracomment>
        <translation>%2年 %1</translation>
    </message>
</context>
<context>
    <name>DisplayCard</name>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Display profile</source>
        <translation>显示配置</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Font size (px)</source>
        <translation>字号（像素）</translation>
    </message>
    <message>
        <source>Font size in pixels</source>
        <translation>以像素为单位的字号</translation>
    </message>
    <message>
        <source>E-ink update interval (ms)</source>
        <translation>电子墨水刷新间隔（毫秒）</translation>
    </message>
    <message>
        <source>E-ink update interval in milliseconds</source>
        <translation>以毫秒为单位的电子墨水刷新间隔</translation>
    </message>
    <message>
        <source>Full refresh after N screens of updates</source>
        <translation>累计 N 屏更新后完全刷新</translation>
    </message>
    <message>
        <source>Full e-ink refresh after N screens of partial updates</source>
        <translation>累计 N 屏局部更新后完全刷新墨水屏</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the open conversation to a file</source>
        <translation>将打开的对话保存到文件</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Save every conversation to one file</source>
        <translation>将所有对话保存到一个文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the saved file in the file manager</source>
        <translation>在文件管理器中显示已保存的文件</translation>
    </message>
    <message>
        <source>Export every conversation</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add the conversations of an Inkchat or ChatGPT export</source>
        <translation>添加 Inkchat 或 ChatGPT 导出文件中的对话</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>IntSettingBox</name>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset to the default, %1</source>
        <translation>重置为默认值 %1</translation>
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
        <translation>聊天</translation>
    </message>
    <message>
        <source>Show the conversations</source>
        <translation>显示对话</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Providers, API keys and display (Ctrl+,)</source>
        <translation>提供商、API 密钥和显示 (Ctrl+,)</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: the API key goes over plain http:// to another machine</source>
        <translation>⚠ 未加密：API 密钥通过明文 http:// 发送到另一台计算机</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close Inkchat (Ctrl+Q)</source>
        <translation>关闭 Inkchat (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>聊天设置</translation>
    </message>
    <message>
        <source>This conversation's system prompt, temperature and maximum output (Ctrl+Shift+S)</source>
        <translation>此对话的系统提示词、温度和最大输出(Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model of this conversation</source>
        <translation>此对话的模型</translation>
    </message>
    <message>
        <source>Models the endpoint offers</source>
        <translation>端点提供的模型</translation>
    </message>
    <message>
        <source>Asking the endpoint for its models…</source>
        <translation>正在向端点查询模型…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask the endpoint again which models it offers</source>
        <translation>再次询问端点提供哪些模型</translation>
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
        <translation>这不是 Inkchat 对话记录：文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>This is not an Inkchat transcript: its “format” is not “%1”.</source>
        <translation>这不是 Inkchat 对话记录：其“format”不是“%1”。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 is missing.</source>
        <translation>这不是有效的 Inkchat 对话记录：缺少 %1。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a string.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 必须是字符串。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must not be empty.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 不能为空。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an ISO 8601 time such as “2026-11-22T10:00:00.000Z”, or null.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 必须是 ISO 8601 时间（如“2026-11-22T10:00:00.000Z”）或 null。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a whole number from %2 to %3.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a number from %2 to %3.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 必须是 %2 到 %3 之间的数字。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an array.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 必须是数组。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an object.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 必须是对象。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 names the unknown role “%2”.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 指定了未知角色“%2”。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 names the unknown status “%2”.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 指定了未知状态“%2”。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 is not base64.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 不是 base64。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 holds %2, which is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 包含的 %2 不是 PNG、JPEG、GIF 或 WebP 图片。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 holds %2, which is %3; images of up to %4 can be attached.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 包含的 %2 大小为 %3；可附加的图片最大为 %4。</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversations.json holds no list of conversations.</source>
        <translation>这不是 ChatGPT 导出：其 conversations.json 不含对话列表。</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 is not an object.</source>
        <translation>这不是 ChatGPT 导出：其第 %1 个对话不是对象。</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 has no “id”.</source>
        <translation>这不是 ChatGPT 导出：其第 %1 个对话没有“id”。</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 has no “mapping”.</source>
        <translation>这不是 ChatGPT 导出：其第 %1 个对话没有“mapping”。</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: the messages of its conversation %1 form a cycle.</source>
        <translation>这不是 ChatGPT 导出：其第 %1 个对话的消息构成了循环。</translation>
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
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 for the conversations cannot be created.</source>
        <translation>无法创建用于对话的文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged.</source>
        <translation>%1 不是 Inkchat 对话数据库，或已损坏；文件未作改动。</translation>
    </message>
    <message>
        <source>The conversation database cannot be read: %1</source>
        <translation>无法读取对话数据库：%1</translation>
    </message>
    <message>
        <source>The conversation database %1 is from an older Inkchat and must be upgraded, but it cannot be written (a read-only or full disk); it was left unchanged.</source>
        <translation>对话数据库 %1 来自较旧版本的 Inkchat，需要升级，但无法写入（磁盘只读或已满）；文件未作改动。</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer Inkchat; update Inkchat to open it. It was left unchanged.</source>
        <translation>对话数据库 %1 由较新版本的 Inkchat 写入；请更新 Inkchat 后再打开。文件未作改动。</translation>
    </message>
    <message>
        <source>Qt's SQLite driver is not installed, so conversations cannot be stored.</source>
        <translation>未安装 Qt 的 SQLite 驱动，因此无法保存对话。</translation>
    </message>
    <message>
        <source>It is neither an Inkchat JSON export nor a ChatGPT conversations.json.</source>
        <translation>它既不是 Inkchat JSON 导出文件，也不是 ChatGPT 的 conversations.json。</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB.</source>
        <translation>文件超过了 %1 MiB 的导入上限。</translation>
    </message>
    <message>
        <source>This transcript is from a newer Inkchat (format version %1); update Inkchat to import it.</source>
        <translation>此记录来自较新版本的 Inkchat（格式版本 %1）；请更新 Inkchat 后再导入。</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>第 %1 行第 %2 列（字节 %3）处不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>字节 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The value at %1 is larger than %2 MiB, the most an import reads at once.</source>
        <translation>%1 处的值大于 %2 MiB，这是导入一次读取的上限。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a CA file.</source>
        <translation>%1 太大，不可能是 CA 文件。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 不含 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2: %3</source>
        <translation>无法通过代理 %2 访问 %1：%3</translation>
    </message>
    <message>
        <source>The connection to %1 broke during the reply: %2</source>
        <translation>与 %1 的连接在回复过程中中断：%2</translation>
    </message>
    <message>
        <source>No WebSocket to %1 could be opened: %2</source>
        <translation>无法打开到 %1 的 WebSocket：%2</translation>
    </message>
    <message>
        <source>No WebSocket to %1 could be opened through the proxy %2: %3</source>
        <translation>无法通过代理 %2 打开到 %1 的 WebSocket：%3</translation>
    </message>
    <message>
        <source>%1 took too long: %2</source>
        <translation>%1 耗时过长：%2</translation>
    </message>
    <message>
        <source>No data came from the server for %1 s.</source>
        <translation>服务器已 %1 秒没有发来数据。</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>服务器在 %1 秒内没有回答。</translation>
    </message>
    <message>
        <source>No part of the reply came for %1 s, though the server kept answering (heartbeats or a trickle of bytes).</source>
        <translation>已 %1 秒没有收到回复的任何部分，尽管服务器仍在应答（心跳或零星字节）。</translation>
    </message>
    <message>
        <source>The reply is longer than the longest kept (%1 characters).</source>
        <translation>回复超过了可保留的最大长度（%1 个字符）。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>服务器返回 HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 sent the request on to %2, another server; nothing was sent there. If the endpoint has moved, change its address in Settings.</source>
        <translation>%1 将请求转到了另一台服务器 %2；没有向那里发送任何内容。如果端点已迁移，请在设置中更改其地址。</translation>
    </message>
    <message>
        <source>%1 sent a %2-compressed answer, though an uncompressed one was asked for.</source>
        <translation>%1 发送了 %2 压缩的回答，而请求的是未压缩的。</translation>
    </message>
    <message>
        <source>The connection broke; the server answered again from the start.</source>
        <translation>连接中断；服务器从头重新回答。</translation>
    </message>
    <message>
        <source>The stream ended before the provider said the reply was complete.</source>
        <translation>数据流在提供方表示回复完成之前就结束了。</translation>
    </message>
    <message>
        <source>The WebSocket upgrade did not complete within %1 s.</source>
        <translation>WebSocket 升级未在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>No message came from the server for %1 s.</source>
        <translation>服务器已 %1 秒没有发来消息。</translation>
    </message>
    <message>
        <source>The WebSocket to %1 was closed for a message larger than %2 bytes.</source>
        <translation>到 %1 的 WebSocket 因消息大于 %2 字节而被关闭。</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket upgrade with HTTP %2.</source>
        <translation>%1 以 HTTP %2 拒绝了 WebSocket 升级。</translation>
    </message>
    <message>
        <source>The WebSocket to %1 closed before the first message.</source>
        <translation>到 %1 的 WebSocket 在第一条消息之前就关闭了。</translation>
    </message>
    <message>
        <source>The WebSocket to %1 broke during the reply.</source>
        <translation>到 %1 的 WebSocket 在回复过程中中断。</translation>
    </message>
    <message>
        <source>%1 is not a proxy address; use http://host:port, socks5://host:port, none or system.</source>
        <translation>%1 不是代理地址；请使用 http://host:port、socks5://host:port、none 或 system。</translation>
    </message>
    <message>
        <source>Proxies of the scheme %1 are not supported; use http:// or socks5://.</source>
        <translation>不支持方案为 %1 的代理；请使用 http:// 或 socks5://。</translation>
    </message>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>未知的提供方“%1”。</translation>
    </message>
    <message>
        <source>%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or Ollama for a message with images.</source>
        <translation>不会向 %1 端点发送图片；带图片的消息请选择 OpenAI、Anthropic、Gemini 或 Ollama 的端点。</translation>
    </message>
    <message>
        <source>%1 endpoints do not list their models.</source>
        <translation>%1 端点不列出其模型。</translation>
    </message>
    <message>
        <source>There is no such message, or a reply is still coming.</source>
        <translation>没有这条消息，或者回复仍在传来。</translation>
    </message>
    <message>
        <source>Only an Inkchat relay pairs with a code.</source>
        <translation>只有 Inkchat 中继可以用配对码配对。</translation>
    </message>
    <message>
        <source>No answer came within %1 s.</source>
        <translation>%1 秒内没有收到回答。</translation>
    </message>
    <message>
        <source>The answer is larger than %1; it was not read.</source>
        <translation>回答大于 %1；未读取。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>文件夹 %1 不可写入。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PDF export is not available in this program; choose another format.</source>
        <translation>此程序不支持导出 PDF；请选择其他格式。</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be true or false.</source>
        <translation>这不是有效的 Inkchat 对话记录：%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF engine failed.</source>
        <translation>无法写入 %1：PDF 引擎出错。</translation>
    </message>
    <message>
        <source>This is not valid JSON for an import: it nests deeper than %1 levels.</source>
        <translation>这不是可导入的有效 JSON：嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>这不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Its message %1 is stored already in another conversation.</source>
        <translation>其消息 %1 已保存在另一个对话中。</translation>
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
        <source>There is no message with id %1 waiting to be sent.</source>
        <translation>没有 ID 为 %1 的待发送消息。</translation>
    </message>
    <message>
        <source>Message %1 has no version %2.</source>
        <translation>消息 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <source>The disk holding the conversations is full (%1); free some space and try again.</source>
        <translation>存放对话的磁盘已满（%1）；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The conversation database cannot be written (%1): its file, folder or disk is read-only.</source>
        <translation>无法写入对话数据库（%1）：其文件、文件夹或磁盘为只读。</translation>
    </message>
    <message>
        <source>The conversation database failed: %1</source>
        <translation>对话数据库出错：%1</translation>
    </message>
    <message>
        <source>The keychain refused access. Is it locked? Unlock it in GNOME Keyring, KWallet or your system's keychain and try again.</source>
        <translation>钥匙串拒绝了访问。它是否已锁定？请在 GNOME Keyring、KWallet 或系统钥匙串中解锁后重试。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow it when the keychain asks, then try again.</source>
        <translation>访问钥匙串被拒绝。请在钥匙串询问时允许访问，然后重试。</translation>
    </message>
    <message>
        <source>No keychain is available. Is a Secret Service such as GNOME Keyring or KWallet running and unlocked?</source>
        <translation>没有可用的钥匙串。GNOME Keyring 或 KWallet 等 Secret Service 是否正在运行并已解锁？</translation>
    </message>
    <message>
        <source>The provider reported an error: %1</source>
        <translation>提供方报告了一个错误：%1</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 报告了一个错误：%2</translation>
    </message>
    <message>
        <source>The provider reported an error without saying what it was.</source>
        <translation>提供方报告了一个错误，但没有说明是什么错误。</translation>
    </message>
    <message>
        <source>%1 reported an error without saying what it was.</source>
        <translation>%1 报告了一个错误，但没有说明是什么错误。</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1).</source>
        <translation>Gemini 拦截了提示词（%1）。</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1): %2</source>
        <translation>Gemini 拦截了提示词（%1）：%2</translation>
    </message>
    <message>
        <source>The provider reports that the response failed.</source>
        <translation>提供方报告回复生成失败。</translation>
    </message>
    <message>
        <source>The provider reports that the response was cancelled.</source>
        <translation>提供方报告回复已被取消。</translation>
    </message>
    <message>
        <source>The server sent a response with the unknown status “%1”.</source>
        <translation>服务器发送的回复带有未知状态“%1”。</translation>
    </message>
    <message>
        <source>The relay's reply ended without its answer (%1).</source>
        <translation>中继的回复没有给出结果就结束了（%1）。</translation>
    </message>
    <message>
        <source>The server sent an event that is not a JSON object: %1</source>
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
        <source>The server sent an empty answer where a JSON reply was expected.</source>
        <translation>服务器发送了空应答，而预期的是 JSON 回复。</translation>
    </message>
    <message>
        <source>The server's reply is JSON but not a JSON object: %1</source>
        <translation>服务器的回复是 JSON，但不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The server's reply is not JSON (%1): %2</source>
        <translation>服务器的回复不是 JSON（%1）：%2</translation>
    </message>
    <message>
        <source>The answer is not a model list (a JSON object with a “%1” array).</source>
        <translation>该应答不是模型列表（应为带有“%1”数组的 JSON 对象）。</translation>
    </message>
    <message>
        <source>The relay's answer holds no device token.</source>
        <translation>中继的应答中没有设备令牌。</translation>
    </message>
    <message>
        <source>The stream was refused: a line is longer than %1.</source>
        <translation>数据流被拒绝：有一行超过了 %1。</translation>
    </message>
    <message>
        <source>The stream was refused: an event is larger than %1.</source>
        <translation>数据流被拒绝：有一个事件超过了 %1。</translation>
    </message>
    <message>
        <source>The stream was refused: a message is larger than %1.</source>
        <translation>数据流被拒绝：有一条消息超过了 %1。</translation>
    </message>
    <message>
        <source>The reply was refused: it is larger than %1.</source>
        <translation>回复被拒绝：它超过了 %1。</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 of text between events.</source>
        <translation>%1 在事件之间写入了超过 %2 的文本。</translation>
    </message>
    <message>
        <source>A WebSocket needs a ws:// or wss:// address, not %1.</source>
        <translation>WebSocket 需要 ws:// 或 wss:// 地址，而不是 %1。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已被取消。</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>OpenAI or compatible (Chat Completions)</source>
        <translation>OpenAI 或兼容服务（Chat Completions）</translation>
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
        <translation>Server-Sent Events 流</translation>
    </message>
    <message>
        <source>Plain text stream</source>
        <translation>纯文本流</translation>
    </message>
    <message>
        <source>Inkchat relay</source>
        <translation>Inkchat 中继</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Proxy setting saved; the next reply uses it.</source>
        <translation>代理设置已保存；下一条回复将使用它。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Replies go directly to the provider, whatever the system or the environment says.</source>
        <translation>回复直接发往服务提供方，无论系统或环境变量如何设置。</translation>
    </message>
    <message>
        <source>The http_proxy, https_proxy, all_proxy and no_proxy variables as curl reads them, else the system's proxy settings.</source>
        <translation>按 curl 的方式读取 http_proxy、https_proxy、all_proxy 和 no_proxy 变量，否则使用系统的代理设置。</translation>
    </message>
    <message>
        <source>Proxy URL, e.g. http://proxy.example:3128 or socks5://127.0.0.1:1080</source>
        <translation>代理 URL，例如 http://proxy.example:3128 或 socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>Use this proxy</source>
        <translation>使用此代理</translation>
    </message>
    <message>
        <source>Its password is kept in the system keychain. Type the URL with a new password to change it.</source>
        <translation>其密码保存在系统钥匙串中。要更改密码，请输入带有新密码的 URL。</translation>
    </message>
</context>
<context>
    <name>ReplyFacts</name>
    <message>
        <source>%1 in</source>
        <comment>tokens sent to the model</comment>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1 out</source>
        <comment>tokens the model wrote</comment>
        <translation>输出 %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back to chat</source>
        <translation>返回聊天</translation>
    </message>
    <message>
        <source>Close the settings (Escape)</source>
        <translation>关闭设置 (Esc)</translation>
    </message>
    <message>
        <source>Quit Inkchat</source>
        <translation>退出 Inkchat</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>No provider is set up, so replies come from the built-in offline demo.</source>
        <translation>尚未设置提供商，因此回复来自内置的离线演示。</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source> · key stored</source>
        <translation> · 已保存密钥</translation>
    </message>
    <message>
        <source>Provider kind for a new endpoint</source>
        <translation>新端点的提供商类型</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>添加端点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>提供商类型</translation>
    </message>
    <message>
        <source>Base URL, e.g. %1</source>
        <translation>基础 URL，例如 %1</translation>
    </message>
    <message>
        <source>Model, e.g. gpt-4o-mini</source>
        <translation>模型，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>CA certificate file for a self-hosted server (optional)</source>
        <translation>自托管服务器的 CA 证书文件（可选）</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust for this endpoint, besides the system's</source>
        <translation>PEM 文件，列出此端点在系统证书颁发机构之外还要信任的证书颁发机构</translation>
    </message>
    <message>
        <source>Save endpoint</source>
        <translation>保存端点</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>移除端点</translation>
    </message>
    <message>
        <source>API key: stored in the system keychain, never shown again</source>
        <translation>API 密钥：保存在系统钥匙串中，不会再次显示</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>忘记密钥</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Replies are streamed the best way each provider offers; none was found blocked.</source>
        <translation>回复以各服务商提供的最佳方式流式传输；没有发现被阻断的方式。</translation>
    </message>
    <message>
        <source>Reset: try every way again</source>
        <translation>重置：重新尝试所有方式</translation>
    </message>
    <message>
        <source>Forget the ways of connecting found blocked; the next reply tries the best one</source>
        <translation>忘记被判定为阻断的连接方式；下一条回复会尝试最佳方式</translation>
    </message>
    <message>
        <source>Device token: or pair with a code below</source>
        <translation>设备令牌：或在下方用配对码配对</translation>
    </message>
    <message>
        <source>Pairing code, e.g. 1234-5678</source>
        <translation>配对码，例如 1234-5678</translation>
    </message>
    <message>
        <source>Pairing code shown by inkchat-relay pair</source>
        <translation>inkchat-relay pair 显示的配对码</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Server behind this endpoint</source>
        <translation>此端点背后的服务器</translation>
    </message>
    <message>
        <source>The server decides how a reply cut off by the network is picked up: those that can carry on from a partial reply continue it, the others answer again from the start, kept as a new version.</source>
        <translation>服务器决定被网络中断的回复如何接续：能从部分回复继续的服务器会接着写，其他服务器会从头重新回答，并保存为新版本。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Demo mode: replies come from a built-in server and nothing leaves this machine. Add a provider in Settings.</source>
        <translation>演示模式：回复来自内置服务器，任何数据都不会离开本机。请在设置中添加提供商。</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Send the request now, though the system reports no network</source>
        <translation>立即发送请求，尽管系统报告没有网络</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <source>the reply was stopped</source>
        <translation>回复已停止</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 错误</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n retries: %1</source>
        <translation>
            <numerusform>重试 %n 次后放弃：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the server asks to wait %2 s)</source>
        <translation>%1（服务器要求等待 %2 秒）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
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
    <message numerus="yes">
        <source>it is tried again after %n more replies</source>
        <translation>
            <numerusform>再过 %n 条回复后会再次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>A proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it is written; nothing is lost. The fix is the proxy's: "proxy_buffering off" in nginx, or the header "X-Accel-Buffering: no" from the server.</source>
        <translation>代理会截留数据流并分批放出，因此无法边写边显示回复；不会丢失任何内容。需在代理处修复：在 nginx 中设置“proxy_buffering off”，或由服务器发送“X-Accel-Buffering: no”头。</translation>
    </message>
    <message>
        <source>Not using %1 for this reply: %2; %3. Settings can reset it.</source>
        <translation>本条回复不使用 %1：%2；%3。可在设置中重置。</translation>
    </message>
    <message>
        <source>%1 is blocked on the way to this server: %2; %3.</source>
        <translation>%1 在通往此服务器的路上被阻断：%2；%3。</translation>
    </message>
    <message>
        <source>%1: %2 found blocked since %3 (%4); %5.</source>
        <translation>%1：%2 自 %3 起被判定为阻断（%4）；%5。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>The server refused %1 (%2), so the reply was asked for again without it, as will every later one to this server until Settings resets it. %3</source>
        <translation>服务器拒绝了 %1（%2），因此已不带该参数重新请求回复；在设置中重置之前，发往此服务器的后续请求也都不再带它。%3</translation>
    </message>
    <message>
        <source>Token counts are not shown.</source>
        <translation>不显示令牌数。</translation>
    </message>
    <message>
        <source>A reply cut off is asked for again from the start instead of picked up.</source>
        <translation>中断的回复会从头重新请求，而不是接着继续。</translation>
    </message>
    <message>
        <source>%1: requests go without %2, which the server refused. %3</source>
        <translation>%1：请求不再带 %2，因为服务器拒绝了它。%3</translation>
    </message>
    <message>
        <source>%1 (asked again from the start %2 times, it broke off no later)</source>
        <translation>%1（已从头重新请求 %2 次，每次都在同一处或更早中断）</translation>
    </message>
    <message>
        <source>%1 (the server asks to reconnect in %2 s, longer than the %3 s waited at most)</source>
        <translation>%1（服务器要求 %2 秒后重连，超过了最多等待的 %3 秒）</translation>
    </message>
</context>
<context>
    <name>inkchat::app::AttachmentTray</name>
    <message numerus="yes">
        <source>A message can carry up to %n images.</source>
        <translation>
            <numerusform>一条消息最多可附带 %n 张图片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkchat::app::ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ConversationSettingsController</name>
    <message>
        <source>Provider's default</source>
        <translation>提供方默认值</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>没有打开的对话。</translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation>模型未保存:%1</translation>
    </message>
    <message>
        <source>The temperature is a number from 0 to %1, or empty for the provider's default.</source>
        <translation>温度是 0 到 %1 之间的数字,留空则使用提供方默认值。</translation>
    </message>
    <message>
        <source>The maximum output is a number of tokens, 1 or more, or empty for the provider's default.</source>
        <translation>最大输出是令牌数,1 或以上,留空则使用提供方默认值。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>设置未保存:%1</translation>
    </message>
</context>
<context>
    <name>inkchat::app::EndpointResolver</name>
    <message>
        <source>Demo (offline)</source>
        <translation>演示（离线）</translation>
    </message>
    <message>
        <source>The API key of this endpoint is no longer in the keychain; enter it again in Settings.</source>
        <translation>此端点的 API 密钥已不在钥匙串中；请在设置中重新输入。</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>演示服务器无法启动：%1</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ExportController</name>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Not exported: could not create the folder %1</source>
        <translation>未导出：无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON, for importing again</source>
        <translation>JSON（可再次导入）</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>网页 (HTML)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <source>Not exported: %1 is not a file on this computer</source>
        <translation>未导出：%1 不是此计算机上的文件</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ImportController</name>
    <message>
        <source>Inkchat or ChatGPT export (*.json)</source>
        <translation>Inkchat 或 ChatGPT 导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Inkchat JSON export (*.json)</source>
        <translation>Inkchat JSON 导出文件 (*.json)</translation>
    </message>
    <message>
        <source>ChatGPT export (conversations.json)</source>
        <translation>ChatGPT 导出文件 (conversations.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported: %1 is not a file on this computer</source>
        <translation>未导入：%1 不是这台电脑上的文件</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>%1 中没有新内容。</translation>
    </message>
    <message>
        <source>Imported 1 conversation from %1.</source>
        <translation>已从 %1 导入 1 个对话。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here.</source>
        <translation>
            <numerusform>%n 个已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be stored: %1</source>
        <translation>
            <numerusform>%n 个无法保存：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkchat::app::LanguageController</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ModelCatalog</name>
    <message>
        <source>The endpoint lists no models; type the model's name.</source>
        <translation>端点未列出任何模型;请输入模型名称。</translation>
    </message>
    <message>
        <source>Could not list the models (%1); type the model's name.</source>
        <translation>无法列出模型(%1);请输入模型名称。</translation>
    </message>
</context>
<context>
    <name>inkchat::app::SearchResultsModel</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
</context>
<context>
    <name>inkchat::app::SettingsController</name>
    <message>
        <source>There is no such endpoint.</source>
        <translation>不存在此端点。</translation>
    </message>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>未知的提供商“%1”。</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, such as %1.</source>
        <translation>基础 URL 必须是 http:// 或 https:// 地址，例如 %1。</translation>
    </message>
    <message>
        <source>Put the API key in its own field, not in the URL: URLs end up in logs.</source>
        <translation>请将 API 密钥填入专用字段，而不是 URL 中：URL 会被写入日志。</translation>
    </message>
    <message>
        <source>The CA file can't be used: %1</source>
        <translation>无法使用该 CA 文件：%1</translation>
    </message>
    <message>
        <source>API key saved in the system keychain.</source>
        <translation>API 密钥已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>API key removed from the system keychain.</source>
        <translation>API 密钥已从系统钥匙串中移除。</translation>
    </message>
    <message>
        <source>Save the endpoint as an Inkchat relay first, then pair it.</source>
        <translation>请先将该端点保存为 Inkchat 中继，然后再配对。</translation>
    </message>
    <message>
        <source>Paired with the relay; its device token is in the system keychain.</source>
        <translation>已与中继配对；其设备令牌已存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Pairing failed: %1</source>
        <translation>配对失败：%1</translation>
    </message>
    <message>
        <source>Enter the proxy's address, such as http://proxy.example:3128.</source>
        <translation>请输入代理地址，例如 http://proxy.example:3128。</translation>
    </message>
    <message>
        <source>The proxy must be an http:// or socks5:// address with a host, such as http://proxy.example:3128.</source>
        <translation>代理必须是带主机名的 http:// 或 socks5:// 地址，例如 http://proxy.example:3128。</translation>
    </message>
    <message>
        <source>Another server, or not known</source>
        <translation>其他或未知的服务器</translation>
    </message>
    <message>
        <source>Unknown server “%1” for this provider kind.</source>
        <translation>此提供方类型没有名为“%1”的服务器。</translation>
    </message>
    <message>
        <source>The proxy's password could not be read from the keychain: %1</source>
        <translation>无法从钥匙串读取代理的密码：%1</translation>
    </message>
    <message>
        <source>The proxy's password could not be saved in the keychain: %1. It is used until Inkchat quits.</source>
        <translation>无法将代理的密码保存到钥匙串：%1。在 Inkchat 退出前仍会使用它。</translation>
    </message>
</context>
</TS>
