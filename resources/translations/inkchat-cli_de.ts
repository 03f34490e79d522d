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
    <message>
        <source>Not an Inkchat transcript: the file is not a JSON object.</source>
        <translation>Kein Inkchat-Transkript: Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Not an Inkchat transcript: "format" is not "%1".</source>
        <translation>Kein Inkchat-Transkript: "format" ist nicht "%1".</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: missing.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: fehlt.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a string.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must not be empty.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an ISO 8601 time such as "2026-11-22T10:00:00.000Z" or null.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: muss eine ISO-8601-Zeit wie "2026-11-22T10:00:00.000Z" oder null sein.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a whole number from %2 to %3.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be a number from %2 to %3.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an array.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: muss ein Array sein.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be an object.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: unknown role "%2".</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: unbekannte Rolle "%2".</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: unknown status "%2".</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: unbekannter Status "%2".</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: not base64.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: nicht Base64.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: %2 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: %2 ist kein PNG-, JPEG-, GIF- oder WebP-Bild, wie es Bildmodelle lesen.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: %2 is %3; images of up to %4 can be attached.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: %2 ist %3 groß; angehängt werden können Bilder bis %4.</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversations.json holds a JSON array of conversations.</source>
        <translation>Kein ChatGPT-Export: conversations.json enthält ein JSON-Array von Unterhaltungen.</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 is not an object.</source>
        <translation>Kein ChatGPT-Export: Unterhaltung %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has no "id".</source>
        <translation>Kein ChatGPT-Export: Unterhaltung %1 hat keine "id".</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has no "mapping" object.</source>
        <translation>Kein ChatGPT-Export: Unterhaltung %1 hat kein "mapping"-Objekt.</translation>
    </message>
    <message>
        <source>Not a ChatGPT export: conversation %1 has a message tree with a cycle.</source>
        <translation>Kein ChatGPT-Export: Unterhaltung %1 hat einen Nachrichtenbaum mit einem Kreis.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image, which is what vision models read.</source>
        <translation>%1 ist kein PNG-, JPEG-, GIF- oder WebP-Bild, wie es Bildmodelle lesen.</translation>
    </message>
    <message>
        <source>%1 is %2; images of up to %3 can be attached.</source>
        <translation>%1 ist %2 groß; angehängt werden können Bilder bis %3.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2.</source>
        <translation>Kein gültiges JSON bei Byte %1: %2.</translation>
    </message>
    <message>
        <source>The value at %1 is larger than %2 MiB, the most an import reads at once.</source>
        <translation>Der Wert bei %1 ist größer als %2 MiB, das Höchste, was ein Import auf einmal liest.</translation>
    </message>
    <message>
        <source>secure connection to %1 failed: %2</source>
        <translation>sichere Verbindung zu %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>can't read the CA file %1: %2</source>
        <translation>CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a CA file</source>
        <translation>%1 ist zu groß für eine CA-Datei</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot reach %1 through the proxy %2: %3</source>
        <translation>%1 ist über den Proxy %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>the connection to %1 broke during the reply: %2</source>
        <translation>die Verbindung zu %1 ist während der Antwort abgebrochen: %2</translation>
    </message>
    <message>
        <source>cannot open a WebSocket to %1: %2</source>
        <translation>kein WebSocket zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>cannot open a WebSocket to %1 through the proxy %2: %3</source>
        <translation>kein WebSocket zu %1 über den Proxy %2 möglich: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>%1 s lang keine Daten vom Server</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>der Server hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>no part of the reply arrived for %1 s, though the server kept answering (heartbeats or a trickle of bytes)</source>
        <translation>%1 s lang kam kein Teil der Antwort, obwohl der Server weiter antwortete (Heartbeats oder ein Rinnsal von Bytes)</translation>
    </message>
    <message>
        <source>the reply is longer than the maximum reply length (%1 characters)</source>
        <translation>die Antwort ist länger als die maximale Antwortlänge (%1 Zeichen)</translation>
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
        <translation>%1 hat die Anfrage an %2 umgeleitet, einen anderen Ursprung; dorthin wurde nichts gesendet (wenn der Endpunkt umgezogen ist, ändern Sie seine Basis-URL)</translation>
    </message>
    <message>
        <source>%1 sent a %2-compressed body although an uncompressed one was asked for</source>
        <translation>%1 hat einen %2-komprimierten Body gesendet, obwohl ein unkomprimierter angefordert war</translation>
    </message>
    <message>
        <source>the connection broke; the server answered again from the start</source>
        <translation>die Verbindung ist abgebrochen; der Server hat noch einmal von vorn geantwortet</translation>
    </message>
    <message>
        <source>the stream ended before the provider said it was complete</source>
        <translation>der Datenstrom endete, bevor der Anbieter ihn als vollständig meldete</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not complete within %1 s</source>
        <translation>das WebSocket-Upgrade wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>no message from the server for %1 s</source>
        <translation>%1 s lang keine Nachricht vom Server</translation>
    </message>
    <message>
        <source>the WebSocket to %1 was closed for a message larger than the maximum event size (%2 bytes)</source>
        <translation>der WebSocket zu %1 wurde wegen einer Nachricht über der maximalen Ereignisgröße (%2 Bytes) geschlossen</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket upgrade with HTTP %2</source>
        <translation>%1 hat das WebSocket-Upgrade mit HTTP %2 abgelehnt</translation>
    </message>
    <message>
        <source>the WebSocket to %1 closed before the first message</source>
        <translation>der WebSocket zu %1 wurde vor der ersten Nachricht geschlossen</translation>
    </message>
    <message>
        <source>the WebSocket to %1 broke during the reply</source>
        <translation>der WebSocket zu %1 ist während der Antwort abgebrochen</translation>
    </message>
    <message>
        <source>not a proxy URL: %1 (expected http://host:port, socks5://host:port, none or system)</source>
        <translation>keine Proxy-URL: %1 (erwartet: http://host:port, socks5://host:port, none oder system)</translation>
    </message>
    <message>
        <source>unsupported proxy scheme %1: use http:// or socks5://</source>
        <translation>nicht unterstütztes Proxy-Schema %1: verwenden Sie http:// oder socks5://</translation>
    </message>
    <message>
        <source>unknown provider "%1"</source>
        <translation>unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or Ollama for a message with images.</source>
        <translation>An %1-Endpunkte werden keine Bilder gesendet; wählen Sie für eine Nachricht mit Bildern einen Endpunkt von OpenAI, Anthropic, Gemini oder Ollama.</translation>
    </message>
    <message>
        <source>no such message, or a reply is still coming</source>
        <translation>diese Nachricht gibt es nicht, oder eine Antwort kommt noch</translation>
    </message>
    <message>
        <source>only an Inkchat relay pairs with a code</source>
        <translation>nur ein Inkchat-Relay wird mit einem Code gekoppelt</translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation>innerhalb von %1 s kam keine Antwort</translation>
    </message>
    <message>
        <source>the answer is larger than %1; it was not read</source>
        <translation>die Antwort ist größer als %1; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: den Ordner %2 gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable</source>
        <translation>%1 kann nicht geschrieben werden: in den Ordner %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF export needs Qt's GUI library, which this program was built or started without; choose another format</source>
        <translation>der PDF-Export braucht Qts GUI-Bibliothek, ohne die dieses Programm gebaut oder gestartet wurde; wählen Sie ein anderes Format</translation>
    </message>
    <message>
        <source>%1 endpoints do not list their models; type the model's name</source>
        <translation>%1-Endpunkte listen ihre Modelle nicht auf; geben Sie den Namen des Modells ein</translation>
    </message>
    <message>
        <source>forgot which ways of connecting were found blocked for this endpoint</source>
        <translation>vergessen, welche Verbindungswege für diesen Endpunkt als blockiert erkannt wurden</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>the conversation store failed: %1</source>
        <translation>der Unterhaltungsspeicher ist gescheitert: %1</translation>
    </message>
    <message>
        <source>the connection broke and the server cannot continue a reply: it answers again from the start (the partial reply is kept as an earlier version)</source>
        <translation>die Verbindung ist abgebrochen, und der Server kann eine Antwort nicht fortsetzen: er antwortet von vorn (die Teilantwort bleibt als frühere Version erhalten)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the server refused %1 (%2), so the reply was asked for again without it, as will every later one to this server until 'inkchat-cli chat --transport reset'</source>
        <translation>der Server hat %1 abgelehnt (%2), daher wurde die Antwort ohne diesen Parameter erneut angefordert, wie jede spätere an diesen Server bis 'inkchat-cli chat --transport reset'</translation>
    </message>
    <message>
        <source>; token counts are not reported</source>
        <translation>; Token-Zahlen werden nicht gemeldet</translation>
    </message>
    <message>
        <source>; a reply cut off is asked for again from the start instead of picked up</source>
        <translation>; eine abgebrochene Antwort wird von vorn neu angefordert statt fortgesetzt</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>wird vorbereitet</translation>
    </message>
    <message>
        <source>connecting (%1)</source>
        <translation>verbinde (%1)</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>empfange</translation>
    </message>
    <message>
        <source>waiting for the reply (polling)</source>
        <translation>warte auf die Antwort (Abfrage)</translation>
    </message>
    <message>
        <source>reconnecting (attempt %1, in %2)</source>
        <translation>verbinde neu (Versuch %1, in %2)</translation>
    </message>
    <message>
        <source>fell back to %1</source>
        <translation>auf %1 ausgewichen</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>the WebSocket upgrade was refused or swallowed</source>
        <translation>das WebSocket-Upgrade wurde abgelehnt oder verschluckt</translation>
    </message>
    <message>
        <source>a proxy buffered two streamed replies in a row</source>
        <translation>ein Proxy hat zwei gestreamte Antworten nacheinander gepuffert</translation>
    </message>
    <message>
        <source>the answer was not in its protocol</source>
        <translation>die Antwort kam nicht in seinem Protokoll</translation>
    </message>
    <message>
        <source>the next reply tries it again</source>
        <translation>die nächste Antwort versucht es wieder</translation>
    </message>
    <message>
        <source>the reply after the next tries it again</source>
        <translation>die übernächste Antwort versucht es wieder</translation>
    </message>
    <message>
        <source>tried again after %1 more replies</source>
        <translation>nach %1 weiteren Antworten wieder versucht</translation>
    </message>
    <message>
        <source>a proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it is written; nothing is lost. The fix is the proxy's: 'proxy_buffering off' in nginx, or the header 'X-Accel-Buffering: no' from the server</source>
        <translation>ein Proxy hält den Stream zurück und gibt ihn schubweise frei, daher kann die Antwort nicht beim Schreiben gezeigt werden; nichts geht verloren. Abhilfe schafft der Proxy: 'proxy_buffering off' in nginx oder der Header 'X-Accel-Buffering: no' vom Server</translation>
    </message>
    <message>
        <source>not using %1 for this reply: %2 (since %3); %4. To try it now: inkchat-cli chat --transport reset</source>
        <translation>%1 wird für diese Antwort nicht verwendet: %2 (seit %3); %4. Um es jetzt zu versuchen: inkchat-cli chat --transport reset</translation>
    </message>
    <message>
        <source>%1 is blocked on the way to this server: %2; %3</source>
        <translation>%1 ist auf dem Weg zu diesem Server blockiert: %2; %3</translation>
    </message>
    <message>
        <source>the reply was stopped</source>
        <translation>die Antwort wurde angehalten</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1-Fehler</translation>
    </message>
    <message>
        <source>gave up after %1 retries: %2</source>
        <translation>nach %1 Wiederholungen aufgegeben: %2</translation>
    </message>
    <message>
        <source> (the server asks to wait %1 s)</source>
        <translation> (der Server bittet, %1 s zu warten)</translation>
    </message>
    <message>
        <source> (asked again from the start %1 times, it broke off no later)</source>
        <translation> (%1-mal von vorn neu angefordert, sie brach nicht später ab)</translation>
    </message>
    <message>
        <source> (the server asks to reconnect in %1 s, longer than the %2 s waited at most)</source>
        <translation> (der Server bittet, sich in %1 s neu zu verbinden, länger als die höchstens gewarteten %2 s)</translation>
    </message>
    <message>
        <source>the reply was interrupted: %1</source>
        <translation>die Antwort wurde unterbrochen: %1</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, not '%1'</source>
        <translation>--base-url muss eine http://- oder https://-URL sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--base-url must not carry a key (user:KEY@ or ?key=): URLs end up in logs and shell histories; put the key in the variable named by --api-key-env</source>
        <translation>--base-url darf keinen Schlüssel enthalten (user:KEY@ oder ?key=): URLs landen in Protokollen und Shell-Verläufen; legen Sie den Schlüssel in die mit --api-key-env benannte Variable</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 ein</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>the provider reported no model or token counts</source>
        <translation>der Anbieter hat weder Modell noch Token-Zahlen gemeldet</translation>
    </message>
    <message>
        <source>provider '%1' sends no images; --attach needs one of: %2</source>
        <translation>der Anbieter »%1« sendet keine Bilder; --attach braucht einen von: %2</translation>
    </message>
    <message>
        <source>a message can carry up to %1 images</source>
        <translation>eine Nachricht kann bis zu %1 Bilder tragen</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not valid JSON: nested deeper than %1 levels.</source>
        <translation>Kein gültiges JSON: tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation>Kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Not a valid Inkchat transcript: %1: must be true or false.</source>
        <translation>Kein gültiges Inkchat-Transkript: %1: muss true oder false sein.</translation>
    </message>
    <message>
        <source>its message %1 is stored already in another conversation</source>
        <translation>ihre Nachricht %1 ist bereits in einer anderen Unterhaltung gespeichert</translation>
    </message>
    <message>
        <source>A message can carry up to %1 images; this one has %2.</source>
        <translation>Eine Nachricht kann bis zu %1 Bilder tragen; diese hat %2.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>Es gibt keine Unterhaltung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>Es gibt keine Nachricht mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no pending message with id %1.</source>
        <translation>Es gibt keine wartende Nachricht mit der ID %1.</translation>
    </message>
    <message>
        <source>Message %1 has no version %2.</source>
        <translation>Nachricht %1 hat keine Version %2.</translation>
    </message>
    <message>
        <source>the disk is full: %1</source>
        <translation>der Datenträger ist voll: %1</translation>
    </message>
    <message>
        <source>the conversation store is read-only: %1</source>
        <translation>der Unterhaltungsspeicher ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF engine failed</source>
        <translation>%1 kann nicht geschrieben werden: Die PDF-Erzeugung ist gescheitert</translation>
    </message>
    <message>
        <source>cannot open the conversation store %1: %2</source>
        <translation>der Unterhaltungsspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the conversation store %1 can only be read (a read-only file, folder or filesystem, or a full disk)</source>
        <translation>der Unterhaltungsspeicher %1 kann nur gelesen werden (eine schreibgeschützte Datei, ein schreibgeschützter Ordner oder ein schreibgeschütztes Dateisystem, oder ein voller Datenträger)</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id, not '%1'</source>
        <translation>--conversation erwartet die ID einer Unterhaltung, nicht »%1«</translation>
    </message>
    <message>
        <source>cannot read the export back: %1</source>
        <translation>der Export kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot open '%1': %2</source>
        <translation>»%1« kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot import '%1': %2</source>
        <translation>»%1« kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>it is neither an Inkchat JSON export nor a ChatGPT conversations.json; give --format if it is one</source>
        <translation>es ist weder ein Inkchat-JSON-Export noch eine ChatGPT-conversations.json; geben Sie --format an, wenn es eines von beiden ist</translation>
    </message>
    <message>
        <source>cannot import the conversation '%1': %2</source>
        <translation>die Unterhaltung »%1« kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1; run with --no-store to chat without storing the conversation</source>
        <translation>%1; mit --no-store können Sie chatten, ohne die Unterhaltung zu speichern</translation>
    </message>
    <message>
        <source>stream rejected: a line is longer than the maximum line length (%1 bytes)</source>
        <translation>Datenstrom abgelehnt: eine Zeile ist länger als die größte erlaubte Zeilenlänge (%1 Bytes)</translation>
    </message>
    <message>
        <source>stream rejected: an event is larger than the maximum event size (%1 bytes)</source>
        <translation>Datenstrom abgelehnt: ein Ereignis ist größer als die größte erlaubte Ereignisgröße (%1 Bytes)</translation>
    </message>
    <message>
        <source>stream rejected: a message is larger than the maximum event size (%1 bytes)</source>
        <translation>Datenstrom abgelehnt: eine Nachricht ist größer als die größte erlaubte Ereignisgröße (%1 Bytes)</translation>
    </message>
    <message>
        <source>stream rejected: the reply body is larger than the maximum event size (%1 bytes)</source>
        <translation>Datenstrom abgelehnt: der Antwortinhalt ist größer als die größte erlaubte Ereignisgröße (%1 Bytes)</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 bytes of text between events</source>
        <translation>%1 hat zwischen zwei Ereignissen mehr als %2 Bytes Text geschrieben</translation>
    </message>
    <message>
        <source>the provider reported an error without a message</source>
        <translation>der Anbieter meldete einen Fehler ohne Beschreibung</translation>
    </message>
    <message>
        <source>%1 reported an error</source>
        <translation>%1 meldete einen Fehler</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1)</source>
        <translation>Gemini hat die Eingabe blockiert (%1)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1): %2</source>
        <translation>Gemini hat die Eingabe blockiert (%1): %2</translation>
    </message>
    <message>
        <source>the response failed</source>
        <translation>die Antwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the response was cancelled</source>
        <translation>die Antwort wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server sent a response with an unknown status: %1</source>
        <translation>der Server sandte eine Antwort mit unbekanntem Status: %1</translation>
    </message>
    <message>
        <source>the relay's reply ended: %1</source>
        <translation>die Antwort des Relays endete: %1</translation>
    </message>
    <message>
        <source>the server sent an event that is not a JSON object: %1</source>
        <translation>der Server hat ein Ereignis gesendet, das kein JSON-Objekt ist: %1</translation>
    </message>
    <message>
        <source>%1 sent an event that is not a JSON object: %2</source>
        <translation>%1 hat ein Ereignis gesendet, das kein JSON-Objekt ist: %2</translation>
    </message>
    <message>
        <source>%1 sent a line that is not a JSON object: %2</source>
        <translation>%1 hat eine Zeile gesendet, die kein JSON-Objekt ist: %2</translation>
    </message>
    <message>
        <source>the server sent an empty body where a JSON reply was expected</source>
        <translation>der Server sandte einen leeren Inhalt, wo eine JSON-Antwort erwartet wurde</translation>
    </message>
    <message>
        <source>the server sent a reply that is not a JSON object (not an object): %1</source>
        <translation>der Server sandte eine Antwort, die kein JSON-Objekt ist (JSON, aber kein Objekt): %1</translation>
    </message>
    <message>
        <source>the server sent a reply that is not a JSON object (%1): %2</source>
        <translation>der Server sandte eine Antwort, die kein JSON-Objekt ist (%1): %2</translation>
    </message>
    <message>
        <source>the answer is not a model list (a JSON object with a "%1" array)</source>
        <translation>die Antwort ist keine Modellliste (ein JSON-Objekt mit einem Array "%1")</translation>
    </message>
    <message>
        <source>the relay's answer has no device token</source>
        <translation>die Antwort des Relays enthält kein Geräte-Token</translation>
    </message>
    <message>
        <source>a WebSocket needs a ws:// or wss:// URL, not %1</source>
        <translation>ein WebSocket braucht eine ws://- oder wss://-URL, nicht %1</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
</context>
</TS>
