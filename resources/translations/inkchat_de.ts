<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <source>the conversation store can only be read (%1)</source>
        <translation>der Unterhaltungsspeicher kann nur gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>AttachmentThumbnail</name>
    <message>
        <source>Attached image</source>
        <translation>Angehängtes Bild</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>eingefügtes Bild.png</translation>
    </message>
</context>
<context>
    <name>BlockDelegate</name>
    <message>
        <source>You · not sent yet, waiting for the network</source>
        <translation>Sie · noch nicht gesendet, wartet auf das Netz</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Sie: </translation>
    </message>
    <message>
        <source>Assistant: </source>
        <translation>Assistent: </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 code</source>
        <translation>%1-Code kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>● writing…</source>
        <translation>● schreibt …</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>○ waiting for the connection…</source>
        <translation>○ warte auf die Verbindung…</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Beantwortet von %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Ask for this reply again; this version is kept</source>
        <translation>Diese Antwort neu anfordern; diese Version bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Nachricht schreiben. Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop the reply; what arrived is kept</source>
        <translation>Antwort anhalten; was schon angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Ask for the rest of the last reply</source>
        <translation>Den Rest der letzten Antwort anfordern</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask for the last reply again from the start</source>
        <translation>Die letzte Antwort noch einmal von vorn anfordern</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Keep the message as it was</source>
        <translation>Die Nachricht so lassen, wie sie war</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>Änderung senden</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach images for a model that reads them; you can also drop or paste them</source>
        <translation>Bilder für ein Modell anhängen, das sie lesen kann; Sie können sie auch hierher ziehen oder einfügen</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Finds messages in every conversation (Ctrl+F)</source>
        <translation>Findet Nachrichten in allen Unterhaltungen (Strg+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No message contains that.</source>
        <translation>Keine Nachricht enthält das.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename this conversation (F2)</source>
        <translation>Diese Unterhaltung umbenennen (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>Diese Unterhaltung endgültig löschen</translation>
    </message>
    <message>
        <source>Delete this conversation (asks first)</source>
        <translation>Diese Unterhaltung löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1, reply coming</source>
        <translation>%1, Antwort kommt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the open conversation (Escape)</source>
        <translation>Zurück zur geöffneten Unterhaltung (Esc)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Put this conversation back among the others</source>
        <translation>Diese Unterhaltung wieder zu den anderen stellen</translation>
    </message>
    <message>
        <source>Keep this conversation at the top of the list</source>
        <translation>Diese Unterhaltung oben in der Liste halten</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsPanel</name>
    <message>
        <source>Conversation settings</source>
        <translation>Einstellungen der Unterhaltung</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>How the model should answer in this conversation</source>
        <translation>Wie das Modell in dieser Unterhaltung antworten soll</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Provider's default (0 to %1)</source>
        <translation>Vorgabe des Anbieters (0 bis %1)</translation>
    </message>
    <message>
        <source>Maximum output tokens</source>
        <translation>Höchstzahl ausgegebener Tokens</translation>
    </message>
    <message>
        <source>Provider's default</source>
        <translation>Vorgabe des Anbieters</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>DateSection</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
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
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Display profile</source>
        <translation>Anzeigeprofil</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Font size (px)</source>
        <translation>Schriftgröße (px)</translation>
    </message>
    <message>
        <source>Font size in pixels</source>
        <translation>Schriftgröße in Pixeln</translation>
    </message>
    <message>
        <source>E-ink update interval (ms)</source>
        <translation>E-Ink-Aktualisierungsintervall (ms)</translation>
    </message>
    <message>
        <source>E-ink update interval in milliseconds</source>
        <translation>E-Ink-Aktualisierungsintervall in Millisekunden</translation>
    </message>
    <message>
        <source>Full refresh after N screens of updates</source>
        <translation>Vollständig auffrischen nach N Bildschirmen voller Aktualisierungen</translation>
    </message>
    <message>
        <source>Full e-ink refresh after N screens of partial updates</source>
        <translation>Vollständige E-Ink-Auffrischung nach N Bildschirmen voller Teilaktualisierungen</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the open conversation to a file</source>
        <translation>Das geöffnete Unterhaltung in einer Datei speichern</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <source>Save every conversation to one file</source>
        <translation>Alle Unterhaltungen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the saved file in the file manager</source>
        <translation>Die gespeicherte Datei im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Export every conversation</source>
        <translation>Alle Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add the conversations of an Inkchat or ChatGPT export</source>
        <translation>Die Unterhaltungen eines Inkchat- oder ChatGPT-Exports hinzufügen</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>IntSettingBox</name>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Auf den Standardwert %1 zurücksetzen</translation>
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
        <translation>Chats</translation>
    </message>
    <message>
        <source>Show the conversations</source>
        <translation>Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Providers, API keys and display (Ctrl+,)</source>
        <translation>Anbieter, API-Schlüssel und Anzeige (Strg+,)</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: the API key goes over plain http:// to another machine</source>
        <translation>⚠ Nicht verschlüsselt: Der API-Schlüssel geht über unverschlüsseltes http:// an einen anderen Rechner</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close Inkchat (Ctrl+Q)</source>
        <translation>Inkchat schließen (Strg+Q)</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <source>This conversation's system prompt, temperature and maximum output (Ctrl+Shift+S)</source>
        <translation>Systemprompt, Temperatur und maximale Ausgabe dieser Unterhaltung (Strg+Umschalt+S)</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model of this conversation</source>
        <translation>Modell dieser Unterhaltung</translation>
    </message>
    <message>
        <source>Models the endpoint offers</source>
        <translation>Modelle, die der Endpunkt anbietet</translation>
    </message>
    <message>
        <source>Asking the endpoint for its models…</source>
        <translation>Der Endpunkt wird nach seinen Modellen gefragt …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the endpoint again which models it offers</source>
        <translation>Den Endpunkt erneut nach seinen Modellen fragen</translation>
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
        <translation>Dies ist kein Inkchat-Transkript: Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not an Inkchat transcript: its “format” is not “%1”.</source>
        <translation>Dies ist kein Inkchat-Transkript: Sein „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 is missing.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 fehlt.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a string.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must not be empty.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an ISO 8601 time such as “2026-11-22T10:00:00.000Z”, or null.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 muss eine ISO-8601-Zeit wie „2026-11-22T10:00:00.000Z“ oder null sein.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a whole number from %2 to %3.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be a number from %2 to %3.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an array.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 muss ein Array sein.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be an object.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 names the unknown role “%2”.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 nennt die unbekannte Rolle „%2“.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 names the unknown status “%2”.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 nennt den unbekannten Status „%2“.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 is not base64.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 ist nicht Base64.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 holds %2, which is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 enthält %2, das kein PNG-, JPEG-, GIF- oder WebP-Bild ist.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 holds %2, which is %3; images of up to %4 can be attached.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 enthält %2 mit %3; angehängt werden können Bilder bis %4.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversations.json holds no list of conversations.</source>
        <translation>Dies ist kein ChatGPT-Export: Seine conversations.json enthält keine Liste von Unterhaltungen.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 is not an object.</source>
        <translation>Dies ist kein ChatGPT-Export: Seine Unterhaltung %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 has no “id”.</source>
        <translation>Dies ist kein ChatGPT-Export: Seine Unterhaltung %1 hat keine „id“.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: its conversation %1 has no “mapping”.</source>
        <translation>Dies ist kein ChatGPT-Export: Seine Unterhaltung %1 hat kein „mapping“.</translation>
    </message>
    <message>
        <source>This is not a ChatGPT export: the messages of its conversation %1 form a cycle.</source>
        <translation>Dies ist kein ChatGPT-Export: Die Nachrichten seiner Unterhaltung %1 bilden einen Kreis.</translation>
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
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 for the conversations cannot be created.</source>
        <translation>Der Ordner %1 für die Unterhaltungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not an Inkchat conversation database, or it is damaged; it was left unchanged.</source>
        <translation>%1 ist keine Inkchat-Unterhaltungsdatenbank oder beschädigt; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The conversation database cannot be read: %1</source>
        <translation>Die Unterhaltungsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The conversation database %1 is from an older Inkchat and must be upgraded, but it cannot be written (a read-only or full disk); it was left unchanged.</source>
        <translation>Die Unterhaltungsdatenbank %1 stammt von einem älteren Inkchat und muss aktualisiert werden, kann aber nicht geschrieben werden (schreibgeschützter oder voller Datenträger); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer Inkchat; update Inkchat to open it. It was left unchanged.</source>
        <translation>Die Unterhaltungsdatenbank %1 wurde von einem neueren Inkchat geschrieben; aktualisieren Sie Inkchat, um sie zu öffnen. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Qt's SQLite driver is not installed, so conversations cannot be stored.</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert, daher können Unterhaltungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>It is neither an Inkchat JSON export nor a ChatGPT conversations.json.</source>
        <translation>Die Datei ist weder ein Inkchat-JSON-Export noch eine conversations.json von ChatGPT.</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of %1 MiB.</source>
        <translation>Die Datei ist größer als die Importgrenze von %1 MiB.</translation>
    </message>
    <message>
        <source>This transcript is from a newer Inkchat (format version %1); update Inkchat to import it.</source>
        <translation>Dieses Protokoll stammt von einem neueren Inkchat (Formatversion %1); aktualisieren Sie Inkchat, um es zu importieren.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>The value at %1 is larger than %2 MiB, the most an import reads at once.</source>
        <translation>Der Wert bei %1 ist größer als %2 MiB, das Höchste, was ein Import auf einmal liest.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a CA file.</source>
        <translation>%1 ist zu groß für eine CA-Datei.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2: %3</source>
        <translation>%1 ist über den Proxy %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The connection to %1 broke during the reply: %2</source>
        <translation>Die Verbindung zu %1 ist während der Antwort abgebrochen: %2</translation>
    </message>
    <message>
        <source>No WebSocket to %1 could be opened: %2</source>
        <translation>Zu %1 ließ sich kein WebSocket öffnen: %2</translation>
    </message>
    <message>
        <source>No WebSocket to %1 could be opened through the proxy %2: %3</source>
        <translation>Zu %1 ließ sich über den Proxy %2 kein WebSocket öffnen: %3</translation>
    </message>
    <message>
        <source>%1 took too long: %2</source>
        <translation>%1 hat zu lange gebraucht: %2</translation>
    </message>
    <message>
        <source>No data came from the server for %1 s.</source>
        <translation>Vom Server kamen %1 s lang keine Daten.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>No part of the reply came for %1 s, though the server kept answering (heartbeats or a trickle of bytes).</source>
        <translation>%1 s lang kam kein Teil der Antwort, obwohl der Server weiter antwortete (Heartbeats oder ein Rinnsal von Bytes).</translation>
    </message>
    <message>
        <source>The reply is longer than the longest kept (%1 characters).</source>
        <translation>Die Antwort ist länger als die längste, die behalten wird (%1 Zeichen).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 sent the request on to %2, another server; nothing was sent there. If the endpoint has moved, change its address in Settings.</source>
        <translation>%1 hat die Anfrage an %2 weitergeleitet, einen anderen Server; dorthin wurde nichts gesendet. Wenn der Endpunkt umgezogen ist, ändern Sie seine Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 sent a %2-compressed answer, though an uncompressed one was asked for.</source>
        <translation>%1 hat eine %2-komprimierte Antwort gesendet, obwohl eine unkomprimierte angefordert war.</translation>
    </message>
    <message>
        <source>The connection broke; the server answered again from the start.</source>
        <translation>Die Verbindung ist abgebrochen; der Server hat noch einmal von vorn geantwortet.</translation>
    </message>
    <message>
        <source>The stream ended before the provider said the reply was complete.</source>
        <translation>Der Datenstrom endete, bevor der Anbieter die Antwort als vollständig meldete.</translation>
    </message>
    <message>
        <source>The WebSocket upgrade did not complete within %1 s.</source>
        <translation>Das WebSocket-Upgrade wurde nicht innerhalb von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>No message came from the server for %1 s.</source>
        <translation>Vom Server kam %1 s lang keine Nachricht.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 was closed for a message larger than %2 bytes.</source>
        <translation>Der WebSocket zu %1 wurde wegen einer Nachricht über %2 Bytes geschlossen.</translation>
    </message>
    <message>
        <source>%1 refused the WebSocket upgrade with HTTP %2.</source>
        <translation>%1 hat das WebSocket-Upgrade mit HTTP %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 closed before the first message.</source>
        <translation>Der WebSocket zu %1 wurde vor der ersten Nachricht geschlossen.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 broke during the reply.</source>
        <translation>Der WebSocket zu %1 ist während der Antwort abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not a proxy address; use http://host:port, socks5://host:port, none or system.</source>
        <translation>%1 ist keine Proxy-Adresse; verwenden Sie http://host:port, socks5://host:port, none oder system.</translation>
    </message>
    <message>
        <source>Proxies of the scheme %1 are not supported; use http:// or socks5://.</source>
        <translation>Proxys mit dem Schema %1 werden nicht unterstützt; verwenden Sie http:// oder socks5://.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>%1 endpoints are sent no images; choose an endpoint of OpenAI, Anthropic, Gemini or Ollama for a message with images.</source>
        <translation>An %1-Endpunkte werden keine Bilder gesendet; wählen Sie für eine Nachricht mit Bildern einen Endpunkt von OpenAI, Anthropic, Gemini oder Ollama.</translation>
    </message>
    <message>
        <source>%1 endpoints do not list their models.</source>
        <translation>%1-Endpunkte listen ihre Modelle nicht auf.</translation>
    </message>
    <message>
        <source>There is no such message, or a reply is still coming.</source>
        <translation>Diese Nachricht gibt es nicht, oder eine Antwort kommt noch.</translation>
    </message>
    <message>
        <source>Only an Inkchat relay pairs with a code.</source>
        <translation>Nur ein Inkchat-Relay wird mit einem Code gekoppelt.</translation>
    </message>
    <message>
        <source>No answer came within %1 s.</source>
        <translation>Innerhalb von %1 s kam keine Antwort.</translation>
    </message>
    <message>
        <source>The answer is larger than %1; it was not read.</source>
        <translation>Die Antwort ist größer als %1; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF export is not available in this program; choose another format.</source>
        <translation>Der PDF-Export ist in diesem Programm nicht verfügbar; wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>This is not a valid Inkchat transcript: %1 must be true or false.</source>
        <translation>Dies ist kein gültiges Inkchat-Transkript: %1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF engine failed.</source>
        <translation>%1 kann nicht geschrieben werden: Die PDF-Erzeugung ist gescheitert.</translation>
    </message>
    <message>
        <source>This is not valid JSON for an import: it nests deeper than %1 levels.</source>
        <translation>Dies ist kein gültiges JSON für einen Import: Es ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Dies ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Its message %1 is stored already in another conversation.</source>
        <translation>Ihre Nachricht %1 ist bereits in einer anderen Unterhaltung gespeichert.</translation>
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
        <source>There is no message with id %1 waiting to be sent.</source>
        <translation>Es gibt keine Nachricht mit der ID %1, die auf das Senden wartet.</translation>
    </message>
    <message>
        <source>Message %1 has no version %2.</source>
        <translation>Nachricht %1 hat keine Version %2.</translation>
    </message>
    <message>
        <source>The disk holding the conversations is full (%1); free some space and try again.</source>
        <translation>Der Datenträger mit den Unterhaltungen ist voll (%1); geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The conversation database cannot be written (%1): its file, folder or disk is read-only.</source>
        <translation>In die Unterhaltungsdatenbank kann nicht geschrieben werden (%1): Ihre Datei, ihr Ordner oder ihr Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The conversation database failed: %1</source>
        <translation>Die Unterhaltungsdatenbank hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The keychain refused access. Is it locked? Unlock it in GNOME Keyring, KWallet or your system's keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Ist er gesperrt? Entsperren Sie ihn in GNOME Keyring, KWallet oder dem Schlüsselbund Ihres Systems und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow it when the keychain asks, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgelehnt. Erlauben Sie ihn, wenn der Schlüsselbund fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No keychain is available. Is a Secret Service such as GNOME Keyring or KWallet running and unlocked?</source>
        <translation>Kein Schlüsselbund ist verfügbar. Läuft ein Secret Service wie GNOME Keyring oder KWallet, und ist er entsperrt?</translation>
    </message>
    <message>
        <source>The provider reported an error: %1</source>
        <translation>Der Anbieter hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 hat einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>The provider reported an error without saying what it was.</source>
        <translation>Der Anbieter hat einen Fehler gemeldet, ohne zu sagen, welchen.</translation>
    </message>
    <message>
        <source>%1 reported an error without saying what it was.</source>
        <translation>%1 hat einen Fehler gemeldet, ohne zu sagen, welchen.</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1).</source>
        <translation>Gemini hat die Eingabe blockiert (%1).</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt (%1): %2</source>
        <translation>Gemini hat die Eingabe blockiert (%1): %2</translation>
    </message>
    <message>
        <source>The provider reports that the response failed.</source>
        <translation>Der Anbieter meldet, dass die Antwort fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The provider reports that the response was cancelled.</source>
        <translation>Der Anbieter meldet, dass die Antwort abgebrochen wurde.</translation>
    </message>
    <message>
        <source>The server sent a response with the unknown status “%1”.</source>
        <translation>Der Server hat eine Antwort mit dem unbekannten Status „%1“ gesendet.</translation>
    </message>
    <message>
        <source>The relay's reply ended without its answer (%1).</source>
        <translation>Die Antwort des Relays endete ohne Ergebnis (%1).</translation>
    </message>
    <message>
        <source>The server sent an event that is not a JSON object: %1</source>
        <translation>Der Server hat ein Ereignis gesendet, das kein JSON-Objekt ist: %1</translation>
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
        <source>The server sent an empty answer where a JSON reply was expected.</source>
        <translation>Der Server hat eine leere Antwort gesendet, wo eine JSON-Antwort erwartet wurde.</translation>
    </message>
    <message>
        <source>The server's reply is JSON but not a JSON object: %1</source>
        <translation>Die Antwort des Servers ist JSON, aber kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The server's reply is not JSON (%1): %2</source>
        <translation>Die Antwort des Servers ist kein JSON (%1): %2</translation>
    </message>
    <message>
        <source>The answer is not a model list (a JSON object with a “%1” array).</source>
        <translation>Die Antwort ist keine Modellliste (ein JSON-Objekt mit einem Array „%1“).</translation>
    </message>
    <message>
        <source>The relay's answer holds no device token.</source>
        <translation>Die Antwort des Relays enthält kein Geräte-Token.</translation>
    </message>
    <message>
        <source>The stream was refused: a line is longer than %1.</source>
        <translation>Der Datenstrom wurde abgelehnt: eine Zeile ist länger als %1.</translation>
    </message>
    <message>
        <source>The stream was refused: an event is larger than %1.</source>
        <translation>Der Datenstrom wurde abgelehnt: ein Ereignis ist größer als %1.</translation>
    </message>
    <message>
        <source>The stream was refused: a message is larger than %1.</source>
        <translation>Der Datenstrom wurde abgelehnt: eine Nachricht ist größer als %1.</translation>
    </message>
    <message>
        <source>The reply was refused: it is larger than %1.</source>
        <translation>Die Antwort wurde abgelehnt: sie ist größer als %1.</translation>
    </message>
    <message>
        <source>%1 wrote more than %2 of text between events.</source>
        <translation>%1 hat zwischen zwei Ereignissen mehr als %2 Text geschrieben.</translation>
    </message>
    <message>
        <source>A WebSocket needs a ws:// or wss:// address, not %1.</source>
        <translation>Ein WebSocket braucht eine ws://- oder wss://-Adresse, nicht %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>OpenAI or compatible (Chat Completions)</source>
        <translation>OpenAI oder kompatibel (Chat Completions)</translation>
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
        <translation>Server-Sent-Events-Stream</translation>
    </message>
    <message>
        <source>Plain text stream</source>
        <translation>Stream aus reinem Text</translation>
    </message>
    <message>
        <source>Inkchat relay</source>
        <translation>Inkchat-Relay</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Proxy setting saved; the next reply uses it.</source>
        <translation>Proxy-Einstellung gespeichert; die nächste Antwort verwendet sie.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Replies go directly to the provider, whatever the system or the environment says.</source>
        <translation>Antworten gehen direkt zum Anbieter, was auch immer System oder Umgebung sagen.</translation>
    </message>
    <message>
        <source>The http_proxy, https_proxy, all_proxy and no_proxy variables as curl reads them, else the system's proxy settings.</source>
        <translation>Die Variablen http_proxy, https_proxy, all_proxy und no_proxy, wie curl sie liest, sonst die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>Proxy URL, e.g. http://proxy.example:3128 or socks5://127.0.0.1:1080</source>
        <translation>Proxy-URL, z. B. http://proxy.example:3128 oder socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>Use this proxy</source>
        <translation>Diesen Proxy verwenden</translation>
    </message>
    <message>
        <source>Its password is kept in the system keychain. Type the URL with a new password to change it.</source>
        <translation>Sein Passwort liegt im Schlüsselbund des Systems. Geben Sie die URL mit einem neuen Passwort ein, um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>ReplyFacts</name>
    <message>
        <source>%1 in</source>
        <comment>tokens sent to the model</comment>
        <translation>%1 ein</translation>
    </message>
    <message>
        <source>%1 out</source>
        <comment>tokens the model wrote</comment>
        <translation>%1 aus</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back to chat</source>
        <translation>Zurück zum Chat</translation>
    </message>
    <message>
        <source>Close the settings (Escape)</source>
        <translation>Einstellungen schließen (Esc)</translation>
    </message>
    <message>
        <source>Quit Inkchat</source>
        <translation>Inkchat beenden</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>No provider is set up, so replies come from the built-in offline demo.</source>
        <translation>Es ist kein Anbieter eingerichtet, daher kommen die Antworten aus der eingebauten Offline-Demo.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source> · key stored</source>
        <translation> · Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Provider kind for a new endpoint</source>
        <translation>Anbieterart für einen neuen Endpunkt</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Anbieterart</translation>
    </message>
    <message>
        <source>Base URL, e.g. %1</source>
        <translation>Basis-URL, z. B. %1</translation>
    </message>
    <message>
        <source>Model, e.g. gpt-4o-mini</source>
        <translation>Modell, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>CA certificate file for a self-hosted server (optional)</source>
        <translation>CA-Zertifikatsdatei für einen selbst betriebenen Server (optional)</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust for this endpoint, besides the system's</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen dieser Endpunkt zusätzlich zu denen des Systems vertraut</translation>
    </message>
    <message>
        <source>Save endpoint</source>
        <translation>Endpunkt speichern</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Endpunkt entfernen</translation>
    </message>
    <message>
        <source>API key: stored in the system keychain, never shown again</source>
        <translation>API-Schlüssel: wird im Schlüsselbund des Systems gespeichert und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Replies are streamed the best way each provider offers; none was found blocked.</source>
        <translation>Antworten werden auf dem besten Weg gestreamt, den der Anbieter bietet; keiner wurde als blockiert erkannt.</translation>
    </message>
    <message>
        <source>Reset: try every way again</source>
        <translation>Zurücksetzen: alle Wege wieder versuchen</translation>
    </message>
    <message>
        <source>Forget the ways of connecting found blocked; the next reply tries the best one</source>
        <translation>Vergisst die als blockiert erkannten Verbindungswege; die nächste Antwort versucht den besten</translation>
    </message>
    <message>
        <source>Device token: or pair with a code below</source>
        <translation>Gerätetoken: oder unten mit einem Code koppeln</translation>
    </message>
    <message>
        <source>Pairing code, e.g. 1234-5678</source>
        <translation>Kopplungscode, z. B. 1234-5678</translation>
    </message>
    <message>
        <source>Pairing code shown by inkchat-relay pair</source>
        <translation>Kopplungscode, den inkchat-relay pair anzeigt</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Koppeln</translation>
    </message>
    <message>
        <source>Server behind this endpoint</source>
        <translation>Server hinter diesem Endpunkt</translation>
    </message>
    <message>
        <source>The server decides how a reply cut off by the network is picked up: those that can carry on from a partial reply continue it, the others answer again from the start, kept as a new version.</source>
        <translation>Der Server bestimmt, wie eine vom Netz abgebrochene Antwort wieder aufgenommen wird: Server, die eine angefangene Antwort fortsetzen können, setzen sie fort; die anderen antworten von vorn, als neue Version.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Demo mode: replies come from a built-in server and nothing leaves this machine. Add a provider in Settings.</source>
        <translation>Demo-Modus: Die Antworten kommen von einem eingebauten Server, nichts verlässt diesen Rechner. Fügen Sie in den Einstellungen einen Anbieter hinzu.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Send the request now, though the system reports no network</source>
        <translation>Die Anfrage jetzt senden, obwohl das System kein Netz meldet</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>the reply was stopped</source>
        <translation>die Antwort wurde angehalten</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1-Fehler</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n retries: %1</source>
        <translation>
            <numerusform>nach %n Wiederholung aufgegeben: %1</numerusform>
            <numerusform>nach %n Wiederholungen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the server asks to wait %2 s)</source>
        <translation>%1 (der Server bittet, %2 s zu warten)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
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
    <message numerus="yes">
        <source>it is tried again after %n more replies</source>
        <translation>
            <numerusform>es wird nach %n weiteren Antwort wieder versucht</numerusform>
            <numerusform>es wird nach %n weiteren Antworten wieder versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>A proxy holds the stream back and releases it in bursts, so the reply cannot be shown as it is written; nothing is lost. The fix is the proxy's: "proxy_buffering off" in nginx, or the header "X-Accel-Buffering: no" from the server.</source>
        <translation>Ein Proxy hält den Stream zurück und gibt ihn stoßweise frei, daher kann die Antwort nicht beim Schreiben gezeigt werden; nichts geht verloren. Beheben lässt es sich am Proxy: „proxy_buffering off“ in nginx oder der Header „X-Accel-Buffering: no“ vom Server.</translation>
    </message>
    <message>
        <source>Not using %1 for this reply: %2; %3. Settings can reset it.</source>
        <translation>%1 wird für diese Antwort nicht verwendet: %2; %3. In den Einstellungen lässt es sich zurücksetzen.</translation>
    </message>
    <message>
        <source>%1 is blocked on the way to this server: %2; %3.</source>
        <translation>%1 ist auf dem Weg zu diesem Server blockiert: %2; %3.</translation>
    </message>
    <message>
        <source>%1: %2 found blocked since %3 (%4); %5.</source>
        <translation>%1: %2 seit %3 als blockiert erkannt (%4); %5.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The server refused %1 (%2), so the reply was asked for again without it, as will every later one to this server until Settings resets it. %3</source>
        <translation>Der Server hat %1 abgelehnt (%2), daher wurde die Antwort ohne diesen Parameter erneut angefordert, ebenso jede spätere an diesen Server, bis die Einstellungen es zurücksetzen. %3</translation>
    </message>
    <message>
        <source>Token counts are not shown.</source>
        <translation>Token-Zahlen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>A reply cut off is asked for again from the start instead of picked up.</source>
        <translation>Eine abgebrochene Antwort wird von vorn neu angefordert, statt fortgesetzt zu werden.</translation>
    </message>
    <message>
        <source>%1: requests go without %2, which the server refused. %3</source>
        <translation>%1: Anfragen gehen ohne %2, das der Server abgelehnt hat. %3</translation>
    </message>
    <message>
        <source>%1 (asked again from the start %2 times, it broke off no later)</source>
        <translation>%1 (%2-mal von vorn neu angefragt, brach nie später ab)</translation>
    </message>
    <message>
        <source>%1 (the server asks to reconnect in %2 s, longer than the %3 s waited at most)</source>
        <translation>%1 (der Server bittet, sich in %2 s neu zu verbinden, länger als die höchstens abgewarteten %3 s)</translation>
    </message>
</context>
<context>
    <name>inkchat::app::AttachmentTray</name>
    <message numerus="yes">
        <source>A message can carry up to %n images.</source>
        <translation>
            <numerusform>Eine Nachricht kann höchstens %n Bild enthalten.</numerusform>
            <numerusform>Eine Nachricht kann höchstens %n Bilder enthalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkchat::app::ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ConversationSettingsController</name>
    <message>
        <source>Provider's default</source>
        <translation>Vorgabe des Anbieters</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Es ist keine Unterhaltung geöffnet.</translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation>Das Modell wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The temperature is a number from 0 to %1, or empty for the provider's default.</source>
        <translation>Die Temperatur ist eine Zahl von 0 bis %1, oder leer für die Vorgabe des Anbieters.</translation>
    </message>
    <message>
        <source>The maximum output is a number of tokens, 1 or more, or empty for the provider's default.</source>
        <translation>Die maximale Ausgabe ist eine Anzahl Tokens, 1 oder mehr, oder leer für die Vorgabe des Anbieters.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>inkchat::app::EndpointResolver</name>
    <message>
        <source>Demo (offline)</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>The API key of this endpoint is no longer in the keychain; enter it again in Settings.</source>
        <translation>Der API-Schlüssel dieses Endpunkts ist nicht mehr im Schlüsselbund; bitte in den Einstellungen erneut eingeben.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ExportController</name>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Not exported: could not create the folder %1</source>
        <translation>Nicht exportiert: Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON, for importing again</source>
        <translation>JSON, zum erneuten Importieren</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation>EPUB-E-Book</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Not exported: %1 is not a file on this computer</source>
        <translation>Nicht exportiert: %1 ist keine Datei auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ImportController</name>
    <message>
        <source>Inkchat or ChatGPT export (*.json)</source>
        <translation>Inkchat- oder ChatGPT-Export (*.json)</translation>
    </message>
    <message>
        <source>Inkchat JSON export (*.json)</source>
        <translation>Inkchat-JSON-Export (*.json)</translation>
    </message>
    <message>
        <source>ChatGPT export (conversations.json)</source>
        <translation>ChatGPT-Export (conversations.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported: %1 is not a file on this computer</source>
        <translation>Nicht importiert: %1 ist keine Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>Nichts Neues in %1.</translation>
    </message>
    <message>
        <source>Imported 1 conversation from %1.</source>
        <translation>1 Unterhaltung aus %1 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations from %1.</source>
        <translation>
            <numerusform>%n Unterhaltung aus %1 importiert.</numerusform>
            <numerusform>%n Unterhaltungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here.</source>
        <translation>
            <numerusform>%n war schon da.</numerusform>
            <numerusform>%n waren schon da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be stored: %1</source>
        <translation>
            <numerusform>%n konnte nicht gespeichert werden: %1</numerusform>
            <numerusform>%n konnten nicht gespeichert werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkchat::app::LanguageController</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>inkchat::app::ModelCatalog</name>
    <message>
        <source>The endpoint lists no models; type the model's name.</source>
        <translation>Der Endpunkt nennt keine Modelle; geben Sie den Namen des Modells ein.</translation>
    </message>
    <message>
        <source>Could not list the models (%1); type the model's name.</source>
        <translation>Die Modelle konnten nicht abgerufen werden (%1); geben Sie den Namen des Modells ein.</translation>
    </message>
</context>
<context>
    <name>inkchat::app::SearchResultsModel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>inkchat::app::SettingsController</name>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Diesen Endpunkt gibt es nicht.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, such as %1.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein, etwa %1.</translation>
    </message>
    <message>
        <source>Put the API key in its own field, not in the URL: URLs end up in logs.</source>
        <translation>Den API-Schlüssel bitte in sein eigenes Feld eintragen, nicht in die URL: URLs landen in Protokollen.</translation>
    </message>
    <message>
        <source>The CA file can't be used: %1</source>
        <translation>Die CA-Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>API key saved in the system keychain.</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>API key removed from the system keychain.</source>
        <translation>API-Schlüssel aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Save the endpoint as an Inkchat relay first, then pair it.</source>
        <translation>Speichern Sie den Endpunkt zuerst als Inkchat-Relay und koppeln Sie ihn dann.</translation>
    </message>
    <message>
        <source>Paired with the relay; its device token is in the system keychain.</source>
        <translation>Mit dem Relay gekoppelt; sein Gerätetoken liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Pairing failed: %1</source>
        <translation>Kopplung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enter the proxy's address, such as http://proxy.example:3128.</source>
        <translation>Geben Sie die Adresse des Proxys ein, etwa http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>The proxy must be an http:// or socks5:// address with a host, such as http://proxy.example:3128.</source>
        <translation>Der Proxy muss eine http://- oder socks5://-Adresse mit Host sein, etwa http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>Another server, or not known</source>
        <translation>Ein anderer Server oder unbekannt</translation>
    </message>
    <message>
        <source>Unknown server “%1” for this provider kind.</source>
        <translation>Unbekannter Server „%1“ für diese Anbieterart.</translation>
    </message>
    <message>
        <source>The proxy's password could not be read from the keychain: %1</source>
        <translation>Das Passwort des Proxys konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The proxy's password could not be saved in the keychain: %1. It is used until Inkchat quits.</source>
        <translation>Das Passwort des Proxys konnte nicht im Schlüsselbund gespeichert werden: %1. Es wird verwendet, bis Inkchat beendet wird.</translation>
    </message>
</context>
</TS>
