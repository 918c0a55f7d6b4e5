<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OtBridge::ConsolePage</name>
    <message>
        <location filename="../ui/console/consolepage.cpp" line="+52"/>
        <source>Filter by source, state, peer, id or reason</source>
        <translation>Nach Quelle, Status, Absender, ID oder Grund filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rejected</source>
        <translation>Abgelehnte anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show requests the listener refused, with the reason</source>
        <translation>Vom Listener abgelehnte Anfragen mit Begründung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause scrolling</source>
        <translation>Scrollen anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the view still while new events arrive</source>
        <translation>Die Ansicht nicht bewegen, während neue Ereignisse eintreffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear view</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all rows from the console; stored events are kept</source>
        <translation>Alle Zeilen aus der Konsole entfernen; gespeicherte Ereignisse bleiben erhalten</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The webhook listener is not running: %1</source>
        <translation>Der Webhook-Listener läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="+32"/>
        <source>the engine is already running</source>
        <translation>die Engine läuft bereits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no data directory given</source>
        <translation>kein Datenverzeichnis angegeben</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventDetail</name>
    <message>
        <location filename="../ui/console/eventdetail.cpp" line="+44"/>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 weitere Bytes nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventDetailPane</name>
    <message>
        <location filename="../ui/console/eventdetailpane.cpp" line="+45"/>
        <source>Event id:</source>
        <translation>Ereignis-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a row to see its headers and body.</source>
        <translation>Wählen Sie eine Zeile, um ihre Header und ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none (not stored)</source>
        <translation>keine (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request was rejected, so nothing of it was stored: %1</source>
        <translation>Diese Anfrage wurde abgelehnt, daher wurde nichts von ihr gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the event from the store…</source>
        <translation>Ereignis wird aus dem Speicher gelesen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event %1 is no longer in the store.</source>
        <translation>Das Ereignis %1 ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request had an empty body.</source>
        <translation>Die Anfrage hatte einen leeren Inhalt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is not JSON; it is shown as text.</source>
        <translation>Der Inhalt ist kein JSON; er wird als Text angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body is binary; it is shown as a hex dump.</source>
        <translation>Der Inhalt ist binär; er wird als Hex-Dump angezeigt.</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventStore</name>
    <message>
        <location filename="../core/event/eventstore.cpp" line="+344"/>
        <source>the event store is already open</source>
        <translation>der Ereignisspeicher ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the event store is closed</source>
        <translation>der Ereignisspeicher ist geschlossen</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventTableModel</name>
    <message>
        <location filename="../ui/console/eventtablemodel.cpp" line="+44"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>routed</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rejected with HTTP %1: %2</source>
        <translation>Abgelehnt mit HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of event %1: it was not stored again.</source>
        <translation>Duplikat von Ereignis %1: es wurde nicht erneut gespeichert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>OtBridge::GuardedTcpServer</name>
    <message>
        <location filename="../core/ingest/guardedtcpserver.cpp" line="+109"/>
        <source>the listener has reached its limit of %1 connections</source>
        <translation>der Listener hat seine Grenze von %1 Verbindungen erreicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too many connections from %1 (limit %2)</source>
        <translation>zu viele Verbindungen von %1 (Grenze %2)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>too much data sent ahead of the previous reply</source>
        <translation>zu viele Daten vor der vorherigen Antwort gesendet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>request header fields exceed %1 bytes</source>
        <translation>die Header-Felder der Anfrage überschreiten %1 Bytes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>der Anfrageinhalt von %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>malformed chunked request body</source>
        <translation>fehlerhafter Chunked-Anfrageinhalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>request body exceeds the limit of %1 bytes</source>
        <translation>der Anfrageinhalt überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>request not complete within %1 ms</source>
        <translation>Anfrage nicht innerhalb von %1 ms vollständig</translation>
    </message>
</context>
<context>
    <name>OtBridge::JsonTreeModel</name>
    <message>
        <location filename="../ui/console/jsontreemodel.cpp" line="+99"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>OtBridge::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+67"/>
        <source>OT Bridge</source>
        <translation>OT Bridge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visual rule designer is not built yet. Here you will match incoming events and map their fields into OpenText messages, against payloads captured in the console.</source>
        <translation>Der visuelle Regel-Designer ist noch nicht fertig. Hier werden Sie eingehende Ereignisse zuordnen und ihre Felder in OpenText-Nachrichten übertragen, anhand von Nutzdaten, die in der Konsole erfasst wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhook tester is not built yet. Here you will fire sample webhooks and see exactly what would be sent. Until then, POST JSON to the listener&apos;s /hooks/test address and watch it arrive in the console.</source>
        <translation>Der Webhook-Tester ist noch nicht fertig. Hier werden Sie Beispiel-Webhooks senden und genau sehen, was verschickt würde. Bis dahin senden Sie JSON per POST an die Adresse /hooks/test des Listeners und sehen Sie zu, wie es in der Konsole ankommt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets cannot be set up here yet. Here you will connect OpenText Notifications and HTTP endpoints such as ServiceNow, PagerDuty, Slack or Teams.</source>
        <translation>Ziele lassen sich hier noch nicht einrichten. Hier werden Sie OpenText Notifications und HTTP-Endpunkte wie ServiceNow, PagerDuty, Slack oder Teams anbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard is not built yet. It will show deliveries, failures and escalations at a glance.</source>
        <translation>Die Übersicht ist noch nicht fertig. Sie wird Zustellungen, Fehler und Eskalationen auf einen Blick zeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings cannot be changed here yet. Until then, start OT Bridge with command-line options; otbridge --help lists them.</source>
        <translation>Einstellungen lassen sich hier noch nicht ändern. Bis dahin starten Sie OT Bridge mit Befehlszeilenoptionen; otbridge --help listet sie auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Requests handled per second over the last five seconds, rejected ones included</source>
        <translation>Bearbeitete Anfragen pro Sekunde über die letzten fünf Sekunden, abgelehnte eingeschlossen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The webhook listener could not start: %1</source>
        <translation>Der Webhook-Listener konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
</context>
<context>
    <name>OtBridge::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholderpage.cpp" line="+24"/>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>OtBridge::WebhookListener</name>
    <message>
        <location filename="../core/ingest/webhooklistener.cpp" line="+86"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>method %1 is not allowed here; use %2</source>
        <translation>die Methode %1 ist hier nicht erlaubt; verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+66"/>
        <source>unknown source &apos;%1&apos;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes for source &apos;%3&apos;</source>
        <translation>der Anfrageinhalt von %1 Bytes überschreitet die Grenze von %2 Bytes für die Quelle „%3“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source &apos;%1&apos; accepts application/json, not %2</source>
        <translation>die Quelle „%1“ akzeptiert application/json, nicht %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request without Content-Type</source>
        <translation>eine Anfrage ohne Content-Type</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>no endpoint at %1</source>
        <translation>kein Endpunkt unter %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no endpoint here</source>
        <translation>hier ist kein Endpunkt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>method not allowed here; use POST</source>
        <translation>Methode hier nicht erlaubt; verwenden Sie POST</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the body is empty; source &apos;%1&apos; expects JSON</source>
        <translation>der Inhalt ist leer; die Quelle „%1“ erwartet JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>der Inhalt ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>duplicate of an event already stored</source>
        <translation>Duplikat eines bereits gespeicherten Ereignisses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event store cannot commit: %1</source>
        <translation>der Ereignisspeicher kann nicht festschreiben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store failure: %1</source>
        <translation>Speicherfehler: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not an event id</source>
        <translation>„%1“ ist keine Ereignis-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no event %1</source>
        <translation>kein Ereignis %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/config/workspace.cpp" line="+29"/>
        <source>cannot read the workspace %1: %2</source>
        <translation>der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>workspace %1 is not valid JSON: %2 at offset %3</source>
        <translation>der Arbeitsbereich %1 ist kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1: the top level must be a JSON object</source>
        <translation>Arbeitsbereich %1: die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1: &quot;version&quot; must be 1 to %2, not %3</source>
        <translation>Arbeitsbereich %1: „version“ muss zwischen 1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>workspace %1: &quot;sources&quot; must be an array</source>
        <translation>Arbeitsbereich %1: „sources“ muss ein Array sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>workspace %1, source %2</source>
        <translation>Arbeitsbereich %1, Quelle %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: name &apos;%2&apos; must be 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1: der Name „%2“ muss aus 1 bis 64 Zeichen aus a-z, 0-9, „.“, „_“ oder „-“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the name &apos;%2&apos; is used twice</source>
        <translation>%1: der Name „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (&apos;%2&apos;): format must be &quot;json&quot; or &quot;any&quot;, not &quot;%3&quot;</source>
        <translation>%1 („%2“): format muss „json“ oder „any“ sein, nicht „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (&apos;%2&apos;): max_body_bytes must be a positive number</source>
        <translation>%1 („%2“): max_body_bytes muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/event/eventstore.cpp" line="-303"/>
        <source>cannot open the event store %1: %2</source>
        <translation>der Ereignisspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot configure the event store: %1</source>
        <translation>der Ereignisspeicher kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event store %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another data directory</source>
        <translation>der Ereignisspeicher %1 hat die Schemaversion %2, neuer als diese OT-Bridge-Version versteht (%3): verwenden Sie eine neuere OT Bridge oder ein anderes Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot upgrade the event store from schema version %1: %2</source>
        <translation>der Ereignisspeicher kann nicht von Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/requesthead.cpp" line="+98"/>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed request method</source>
        <translation>fehlerhafte Anfragemethode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request target</source>
        <translation>fehlerhaftes Anfrageziel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported HTTP version %1</source>
        <translation>nicht unterstützte HTTP-Version %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>obsolete header line folding is not accepted</source>
        <translation>veraltete Zeilenfortsetzung in Headern wird nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header line</source>
        <translation>fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid Content-Length</source>
        <translation>ungültige Content-Length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflicting Content-Length headers</source>
        <translation>widersprüchliche Content-Length-Header</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported Transfer-Encoding</source>
        <translation>nicht unterstützte Transfer-Encoding</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>both Content-Length and Transfer-Encoding given</source>
        <translation>sowohl Content-Length als auch Transfer-Encoding angegeben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+64"/>
        <source>OT Bridge: bridge HTTP webhooks and OpenText Notifications, both ways.</source>
        <translation>OT Bridge: verbindet HTTP-Webhooks und OpenText Notifications in beide Richtungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run without a window (servers, containers, CI).</source>
        <translation>Ohne Fenster ausführen (Server, Container, CI).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and port of the webhook listener (default 127.0.0.1:%1).</source>
        <translation>Adresse und Port des Webhook-Listeners (Standard 127.0.0.1:%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory of the event store (default: %1).</source>
        <translation>Verzeichnis des Ereignisspeichers (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace file (default: the built-in workspace).</source>
        <translation>Datei des Arbeitsbereichs (Standard: der eingebaute Arbeitsbereich).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body accepted (default %1).</source>
        <translation>Größter akzeptierter Anfrageinhalt (Standard %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections one client address may hold (default %1).</source>
        <translation>Verbindungen, die eine Client-Adresse halten darf (Standard %1).</translation>
    </message>
</context>
</TS>
