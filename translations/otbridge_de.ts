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
        <location line="+104"/>
        <source>The webhook listener is not running: %1</source>
        <translation>Der Webhook-Listener läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="+80"/>
        <source>cannot start the built-in OpenText sandbox: %1</source>
        <translation>die eingebaute OpenText-Sandbox kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the engine is already running</source>
        <translation>die Engine läuft bereits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data directory given</source>
        <translation>kein Datenverzeichnis angegeben</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the engine is not running</source>
        <translation>die Engine läuft nicht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the secret of OpenText target &apos;%1&apos; is still being read</source>
        <translation>das Geheimnis des OpenText-Ziels „%1“ wird noch gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the secret of OpenText target &apos;%1&apos; could not be read: %2</source>
        <translation>das Geheimnis des OpenText-Ziels „%1“ konnte nicht gelesen werden: %2</translation>
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
        <location filename="../ui/console/eventdetailpane.cpp" line="+54"/>
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
        <location line="+0"/>
        <source>Peer:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+10"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This request was rejected, so nothing of it was stored: %1</source>
        <translation>Diese Anfrage wurde abgelehnt, daher wurde nichts von ihr gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../core/event/eventstore.cpp" line="+448"/>
        <source>the event store is already open</source>
        <translation>der Ereignisspeicher ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the event store is closed</source>
        <translation>der Ereignisspeicher ist geschlossen</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventTableModel</name>
    <message>
        <location filename="../ui/console/eventtablemodel.cpp" line="+43"/>
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
        <location line="+83"/>
        <source>too much data sent ahead of the previous reply</source>
        <translation>zu viele Daten vor der vorherigen Antwort gesendet</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+128"/>
        <source>request not complete within %1 ms</source>
        <translation>Anfrage nicht innerhalb von %1 ms vollständig</translation>
    </message>
</context>
<context>
    <name>OtBridge::JsonTreeModel</name>
    <message>
        <location filename="../ui/console/jsontreemodel.cpp" line="+98"/>
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
        <location filename="../ui/mainwindow.cpp" line="+75"/>
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
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+21"/>
        <location line="+45"/>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Requests handled per second over the last five seconds, rejected ones included</source>
        <translation>Bearbeitete Anfragen pro Sekunde über die letzten fünf Sekunden, abgelehnte eingeschlossen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The webhook listener could not start: %1</source>
        <translation>Der Webhook-Listener konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextClient</name>
    <message>
        <location filename="../core/delivery/opentextclient.cpp" line="+257"/>
        <source>the token endpoint %1 answered without an access_token</source>
        <translation>der Token-Endpunkt %1 antwortete ohne access_token</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenText refused the client credentials for tenant &apos;%1&apos;: %2</source>
        <translation>OpenText hat die Client-Anmeldedaten für den Mandanten „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the message has no destinations</source>
        <translation>die Nachricht hat keine Zieladressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job %1 of a fan-out of %2 jobs does not exist</source>
        <translation>Auftrag %1 einer Aufteilung in %2 Aufträge gibt es nicht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>OpenText answered %1 without a job_id: %2</source>
        <translation>OpenText antwortete mit %1 ohne job_id: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the status of %1 could not be read: %2</source>
        <translation>der Status von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the job %1 was still not complete after %2 status queries</source>
        <translation>der Auftrag %1 war nach %2 Statusabfragen noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connected to %1: OpenText issued a token valid for %2 seconds.</source>
        <translation>Verbunden mit %1: OpenText hat ein Token mit einer Gültigkeit von %2 Sekunden ausgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1: OpenText issued a token.</source>
        <translation>Verbunden mit %1: OpenText hat ein Token ausgestellt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected to %1: the user and password were accepted.</source>
        <translation>Verbunden mit %1: Benutzer und Passwort wurden akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenText refused the user &apos;%1&apos;: %2</source>
        <translation>OpenText hat den Benutzer „%1“ abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextSandbox</name>
    <message>
        <location filename="../core/sandbox/opentextsandbox.cpp" line="+934"/>
        <source>refusing to listen on %1: it is not a loopback address, and /admin would be open to the network; set an admin token to allow it</source>
        <translation>Lauschen auf %1 wird verweigert: dies ist keine Loopback-Adresse, und /admin wäre aus dem Netzwerk erreichbar; legen Sie ein Admin-Token fest, um dies zu erlauben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextTargetPage</name>
    <message>
        <location filename="../ui/targets/opentexttargetpage.cpp" line="+41"/>
        <source>Enter the %1, such as %2</source>
        <translation>Geben Sie die %1 ein, z. B. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an http or https address; the %2 looks like %3</source>
        <translation>„%1“ ist keine http- oder https-Adresse; die %2 sieht etwa so aus: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>OpenText Notifications</source>
        <translation>OpenText Notifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where rules send email, SMS, fax and WhatsApp messages. Secrets are kept in the system keychain, never in the workspace file.</source>
        <translation>Das Ziel, an das Regeln E-Mail-, SMS-, Fax- und WhatsApp-Nachrichten senden. Geheimnisse werden im Schlüsselbund des Systems aufbewahrt, niemals in der Datei des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in sandbox</source>
        <translation>Eingebaute Sandbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenText cloud: %1</source>
        <translation>OpenText-Cloud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in sandbox runs inside OT Bridge on this computer and works offline: nothing leaves the machine. It accepts messages like OpenText would and shows them on the Sandbox page.</source>
        <translation>Die eingebaute Sandbox läuft innerhalb von OT Bridge auf diesem Computer und funktioniert offline: Nichts verlässt den Rechner. Sie nimmt Nachrichten so an, wie OpenText es täte, und zeigt sie auf der Seite „Sandbox“ an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Messaging URL:</source>
        <translation>&amp;Messaging-URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging URL</source>
        <translation>Messaging-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;uthorization URL:</source>
        <translation>A&amp;utorisierungs-URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tenant ID:</source>
        <translation>Ma&amp;ndanten-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the keychain</source>
        <translation>Wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keychain entry:</source>
        <translation>&amp;Schlüsselbund-Eintrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain entry for the secret</source>
        <translation>Schlüsselbund-Eintrag für das Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the secret is stored under in the system keychain. Headless servers may set OTBRIDGE_SECRET_ and this name in capitals instead, with _ for every other character.</source>
        <translation>Der Name, unter dem das Geheimnis im Schlüsselbund des Systems gespeichert wird. Server ohne Oberfläche können stattdessen die Umgebungsvariable OTBRIDGE_SECRET_ gefolgt von diesem Namen in Großbuchstaben setzen, wobei jedes Zeichen außer A–Z und 0–9 durch _ ersetzt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maximum destinations per job</source>
        <translation>Maximale Zieladressen pro Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages to more people are sent as several jobs.</source>
        <translation>Nachrichten an mehr Empfänger werden als mehrere Aufträge gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;x destinations per job:</source>
        <translation>Ma&amp;x. Zieladressen pro Auftrag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the target</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>messaging URL</source>
        <translation>Messaging-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the tenant ID OpenText gave you</source>
        <translation>Geben Sie die Mandanten-ID ein, die Sie von OpenText erhalten haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client ID of the API client</source>
        <translation>Geben Sie die Client-ID des API-Clients ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client secret</source>
        <translation>Geben Sie das Client-Geheimnis ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the user name</source>
        <translation>Geben Sie den Benutzernamen ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the password</source>
        <translation>Geben Sie das Passwort ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the keychain entry the secret is kept under</source>
        <translation>Benennen Sie den Schlüsselbund-Eintrag, unter dem das Geheimnis aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this target</source>
        <translation>dieses Ziel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Nicht gespeichert: das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace could not be saved: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to %1. OT Bridge was running its built-in workspace, so the target was saved to this new file in the default location, which the window opens from now on (otbridge --headless needs --workspace &quot;%1&quot;).</source>
        <translation>Gespeichert in %1. OT Bridge lief mit dem eingebauten Arbeitsbereich, daher wurde das Ziel in dieser neuen Datei am Standardort gespeichert, die das Fenster von nun an öffnet (otbridge --headless benötigt --workspace &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 OT Bridge could not switch to it while running: %2. It will use it when it starts again.</source>
        <translation>%1 OT Bridge konnte während der Ausführung nicht auf das neue Ziel umschalten: %2. Es wird beim nächsten Start verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OT Bridge uses it now.</source>
        <translation>OT Bridge verwendet das Ziel ab sofort.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The built-in sandbox is not running: OT Bridge starts it when the workspace it started with uses the sandbox. Save, then start OT Bridge again with that workspace.</source>
        <translation>Die eingebaute Sandbox läuft nicht: OT Bridge startet sie, wenn der Arbeitsbereich, mit dem es gestartet wurde, die Sandbox verwendet. Speichern Sie und starten Sie OT Bridge dann mit diesem Arbeitsbereich neu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>OtBridge::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholderpage.cpp" line="+23"/>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>OtBridge::SandboxInboxModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxinboxmodel.cpp" line="+65"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captured request</source>
        <translation>Erfasste Anfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capture &quot;%1&quot;</source>
        <translation>Erfassung „%1“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 page: %1</source>
        <translation>1 Seite: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages: %2</source>
        <translation>%1 Seiten: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template %1 (%2)</source>
        <translation>Vorlage %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject or text</source>
        <translation>Betreff oder Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>OtBridge::SandboxInboxPage</name>
    <message>
        <location filename="../ui/sandbox/sandboxinboxpage.cpp" line="+35"/>
        <source>it answered HTTP %1</source>
        <translation>sie antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the inbox and every job&apos;s state now</source>
        <translation>Posteingang und den Status aller Aufträge jetzt abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete every message the sandbox received</source>
        <translation>Alle Nachrichten löschen, die die Sandbox empfangen hat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages the sandbox received</source>
        <translation>Von der Sandbox empfangene Nachrichten</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This workspace sends to a real OpenText account, not the built-in sandbox, so there is no sandbox inbox to show. To try messages offline, choose Built-in sandbox on the Targets page, save, and start OT Bridge again.</source>
        <translation>Dieser Arbeitsbereich sendet an ein echtes OpenText-Konto, nicht an die eingebaute Sandbox, daher gibt es keinen Sandbox-Posteingang anzuzeigen. Um Nachrichten offline auszuprobieren, wählen Sie auf der Seite „Ziele“ die Option „Eingebaute Sandbox“, speichern Sie und starten Sie OT Bridge neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OT Bridge is not running, so neither is its built-in sandbox: there is no inbox to show.</source>
        <translation>OT Bridge läuft nicht und damit auch nicht die eingebaute Sandbox: Es gibt keinen Posteingang anzuzeigen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The sandbox at %1 did not give its inbox: %2</source>
        <translation>Die Sandbox unter %1 hat ihren Posteingang nicht geliefert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sandbox at %1 answered something that is not an inbox: %2</source>
        <translation>Die Sandbox unter %1 hat etwas geantwortet, das kein Posteingang ist: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no &quot;messages&quot; list</source>
        <translation>es gibt keine Liste „messages“</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Clear the sandbox inbox</source>
        <translation>Sandbox-Posteingang leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message the sandbox received? Nothing was sent anywhere, so nothing else changes.</source>
        <translation>Alle Nachrichten löschen, die die Sandbox empfangen hat? Es wurde nichts irgendwohin gesendet, daher ändert sich sonst nichts.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sandbox at %1 did not clear its inbox: %2</source>
        <translation>Die Sandbox unter %1 hat ihren Posteingang nicht geleert: %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::SandboxMessageView</name>
    <message>
        <location filename="../ui/sandbox/sandboxmessageview.cpp" line="+103"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinations</source>
        <translation>Zieladressen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a message to see what its recipients would get.</source>
        <translation>Wählen Sie eine Nachricht, um zu sehen, was ihre Empfänger erhalten würden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email body</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax documents</source>
        <translation>Faxdokumente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Template parameters</source>
        <translation>Vorlagenparameter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>none: a captured request is not a job</source>
        <translation>keiner: Eine erfasste Anfrage ist kein Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (submit id %2)</source>
        <translation>%1 (Übermittlungs-ID %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the account&apos;s default sender)</source>
        <translation>(der Standardabsender des Kontos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 page in all</source>
        <translation>1 Seite insgesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages in all</source>
        <translation>%1 Seiten insgesamt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With a coversheet: %1</source>
        <translation>Mit Deckblatt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template %1 in language %2</source>
        <translation>Vorlage %1 in Sprache %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(binary body, %1, shown as base64)
%2</source>
        <translation>(binärer Inhalt, %1, als Base64 angezeigt)
%2</translation>
    </message>
</context>
<context>
    <name>OtBridge::SecretStore</name>
    <message>
        <location filename="../core/config/secretstore.cpp" line="+38"/>
        <source>access to the keychain was denied for the secret &quot;%1&quot;</source>
        <translation>der Zugriff auf den Schlüsselbund wurde für das Geheimnis „%1“ verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>the keychain is locked; unlock it and try again (%1)</source>
        <translation>der Schlüsselbund ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut (%1)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <source>no Secret Service is running: %1</source>
        <translation>es läuft kein Secret Service: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this platform has no keychain OT Bridge can use: %1</source>
        <translation>diese Plattform hat keinen Schlüsselbund, den OT Bridge verwenden kann: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain has no default keyring to keep secrets in; create one (for example with Seahorse) and try again (%1)</source>
        <translation>der Schlüsselbund hat keinen Standard-Schlüsselring, in dem Geheimnisse aufbewahrt werden können; legen Sie einen an (zum Beispiel mit Seahorse) und versuchen Sie es erneut (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the secret &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>das Geheimnis „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret &quot;%1&quot; could not be stored in the keychain: %2</source>
        <translation>das Geheimnis „%1“ konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the secret &quot;%1&quot; could not be deleted from the keychain: %2</source>
        <translation>das Geheimnis „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no secret stored under &quot;%1&quot; in the keychain</source>
        <translation>im Schlüsselbund ist unter „%1“ kein Geheimnis gespeichert</translation>
    </message>
</context>
<context>
    <name>OtBridge::WebhookListener</name>
    <message>
        <location filename="../core/ingest/webhooklistener.cpp" line="+77"/>
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
        <location line="+51"/>
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
        <location filename="../core/config/workspace.cpp" line="+30"/>
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
        <location line="+39"/>
        <source>%1: name &apos;%2&apos; must be 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1: der Name „%2“ muss aus 1 bis 64 Zeichen aus a-z, 0-9, „.“, „_“ oder „-“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+38"/>
        <source>%1: the name &apos;%2&apos; is used twice</source>
        <translation>%1: der Name „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 (&apos;%2&apos;): format must be &quot;json&quot; or &quot;any&quot;, not &quot;%3&quot;</source>
        <translation>%1 („%2“): format muss „json“ oder „any“ sein, nicht „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (&apos;%2&apos;): max_body_bytes must be a positive number</source>
        <translation>%1 („%2“): max_body_bytes muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workspace %1: &quot;targets&quot; must be an array</source>
        <translation>Arbeitsbereich %1: „targets“ muss ein Array sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1, target %2</source>
        <translation>Arbeitsbereich %1, Ziel %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+4"/>
        <source>cannot write the workspace %1: %2</source>
        <translation>der Arbeitsbereich %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/event/eventstore.cpp" line="-384"/>
        <source>cannot open the event store %1: %2</source>
        <translation>der Ereignisspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot configure the event store: %1</source>
        <translation>der Ereignisspeicher kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the event store %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another data directory</source>
        <translation>der Ereignisspeicher %1 hat die Schemaversion %2, neuer als diese OT-Bridge-Version versteht (%3): verwenden Sie eine neuere OT Bridge oder ein anderes Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot upgrade the event store from schema version %1: %2</source>
        <translation>der Ereignisspeicher kann nicht von Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/requesthead.cpp" line="+94"/>
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
    <message>
        <location filename="../core/config/opentexttarget.cpp" line="+96"/>
        <source>%1: max_destinations_per_job must be a number from 1 to 1000</source>
        <translation>%1: max_destinations_per_job muss eine Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout_ms must be at least 100 milliseconds</source>
        <translation>%1: timeout_ms muss mindestens 100 Millisekunden betragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: messaging_url must be an http(s) URL such as https://api.eu.cloudmessaging.opentext.com/mra/v1</source>
        <translation>%1: messaging_url muss eine http(s)-URL sein, z. B. https://api.eu.cloudmessaging.opentext.com/mra/v1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: auth_url must be an http(s) URL such as https://us.api.opentext.com</source>
        <translation>%1: auth_url muss eine http(s)-URL sein, z. B. https://us.api.opentext.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: OAuth2 needs tenant_id and client_id</source>
        <translation>%1: OAuth2 benötigt tenant_id und client_id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: HTTP Basic needs a user</source>
        <translation>%1: HTTP Basic benötigt einen Benutzer (user)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: auth must be &quot;oauth2&quot; or &quot;basic&quot;, not &quot;%2&quot;</source>
        <translation>%1: auth muss „oauth2“ oder „basic“ sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: secret_ref must name the keychain entry that holds the secret</source>
        <translation>%1: secret_ref muss den Schlüsselbund-Eintrag benennen, der das Geheimnis enthält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: secrets do not belong in the workspace file; store them in the keychain and name them with secret_ref</source>
        <translation>%1: Geheimnisse gehören nicht in die Datei des Arbeitsbereichs; speichern Sie sie im Schlüsselbund und benennen Sie sie mit secret_ref</translation>
    </message>
    <message>
        <location filename="../core/delivery/opentextclient.cpp" line="-462"/>
        <source>OpenText answered %1</source>
        <translation>OpenText antwortete mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenText answered %1: %2</source>
        <translation>OpenText antwortete mit %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/delivery/opentextstatus.cpp" line="+38"/>
        <source>job status: %1 is not a string</source>
        <translation>Auftragsstatus: %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job status: %1 is not valid base64</source>
        <translation>Auftragsstatus: %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>job status: not valid JSON: %1 at offset %2</source>
        <translation>Auftragsstatus: kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job status: not a JSON object</source>
        <translation>Auftragsstatus: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>job status: job_id is missing</source>
        <translation>Auftragsstatus: job_id fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job status: job_id is not a string</source>
        <translation>Auftragsstatus: job_id ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job status: job_id is empty</source>
        <translation>Auftragsstatus: job_id ist leer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+45"/>
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
