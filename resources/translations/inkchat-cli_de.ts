<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>inkchat-cli</name>
    <message>
        <source>Providers: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>  inkchat-cli regenerate --conversation ID --provider P --base-url URL [chat options]
            Ask for the last reply of a stored conversation again and stream it;
            it is stored as a new version, the earlier ones are kept.
</source>
        <translation>  inkchat-cli regenerate --conversation ID --provider P --base-url URL [chat-Optionen]
            Die letzte Antwort einer gespeicherten Unterhaltung neu anfordern und streamen;
            sie wird als neue Version gespeichert, die früheren bleiben erhalten.
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
        <translation>Aufruf:
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

Befehle:
  chat      PROMPT (oder die Standardeingabe) an einen KI-Chat-Anbieter senden
            und die Antwort laufend auf die Standardausgabe schreiben. Der
            API-Schlüssel wird aus der mit --api-key-env benannten
            Umgebungsvariable gelesen, nie von der Befehlszeile, und nie
            gespeichert. Der Austausch wird gespeichert (die Kennung der
            Unterhaltung geht auf die Standardfehlerausgabe); --conversation ID
            setzt eine gespeicherte Unterhaltung fort, --no-store speichert
            nichts.
  models    Die Modelle ausgeben, die der Endpunkt anbietet, eine Kennung je Zeile.
  list      Die gespeicherten Unterhaltungen ausgeben: Kennung, letzte
            Aktivität, Nachrichten, Titel.
  search    Die gespeicherten Nachrichten ausgeben, die jedes Wort von QUERY
            enthalten.
  export    Gespeicherte Unterhaltungen als Markdown, JSON, Text, HTML, PDF oder
            EPUB schreiben („-o -“ für die Standardausgabe).
  import    Die Unterhaltungen eines Inkchat-JSON-Exports oder einer
            conversations.json von ChatGPT speichern; ein erneuter Import fügt
            nichts hinzu.
  sse-dump  Jedes Ereignis eines Server-Sent-Events-Streams als JSON-Zeile
            ausgeben.

Die Unterhaltungen liegen in derselben Datenbank wie die der App:
  $XDG_DATA_HOME/inkchat/conversations.sqlite (standardmäßig ~/.local/share/...).

„inkchat-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the conversation store</source>
        <translation>der Ordner %1 für den Unterhaltungsspeicher kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged</source>
        <translation>%1 ist keine Inkchat-Unterhaltungsdatenbank oder beschädigt; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>cannot read the conversation store: %1</source>
        <translation>der Unterhaltungsspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the conversation store %1 must be upgraded for this Inkchat but cannot be written (a read-only or full disk); it was left unchanged</source>
        <translation>der Unterhaltungsspeicher %1 muss für dieses Inkchat aktualisiert werden, kann aber nicht geschrieben werden (schreibgeschützter oder voller Datenträger); er wurde nicht verändert</translation>
    </message>
    <message>
        <source>the conversation store %1 was written by a newer Inkchat; update Inkchat to open it (the file was left unchanged)</source>
        <translation>der Unterhaltungsspeicher %1 wurde von einem neueren Inkchat geschrieben; aktualisieren Sie Inkchat, um ihn zu öffnen (die Datei wurde nicht verändert)</translation>
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed; conversations cannot be stored</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert; Unterhaltungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>it is neither an Inkchat JSON export nor a ChatGPT conversations.json</source>
        <translation>die Datei ist weder ein Inkchat-JSON-Export noch eine conversations.json von ChatGPT</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB.</source>
        <translation>Die Datei ist größer als die Importgrenze von %1 MiB.</translation>
    </message>
    <message>
        <source>this transcript is from a newer Inkchat (format version %1); update Inkchat to import it</source>
        <translation>dieses Protokoll stammt von einem neueren Inkchat (Formatversion %1); aktualisieren Sie Inkchat, um es zu importieren</translation>
    </message>
</context>
</TS>
