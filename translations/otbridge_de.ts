<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AckPage</name>
    <message>
        <location filename="../core/api/ackpage.cpp" line="+59"/>
        <source>with the link in a message</source>
        <translation>mit dem Link in einer Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the OT Bridge console</source>
        <translation>in der Konsole von OT Bridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through the OT Bridge API</source>
        <translation>über die API von OT Bridge</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Acknowledge this escalation?</source>
        <translation>Diese Eskalation bestätigen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already acknowledged</source>
        <translation>Bereits bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link is not valid</source>
        <translation>Dieser Link ist nicht gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link has expired</source>
        <translation>Dieser Link ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgement links are switched off</source>
        <translation>Bestätigungslinks sind ausgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready yet</source>
        <translation>Noch nicht bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The acknowledgement was not stored</source>
        <translation>Die Bestätigung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (escalation tier %2)</source>
        <translation>%1 (Eskalationsstufe %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledging tells everyone it is in hand: the escalation stops, and nobody else is notified about this event.</source>
        <translation>Mit der Bestätigung wissen alle, dass sich jemand kümmert: Die Eskalation endet, und niemand sonst wird zu diesem Ereignis benachrichtigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is recorded as acknowledged by %1. This link works until %2.</source>
        <translation>Es wird als bestätigt von %1 vermerkt. Dieser Link gilt bis %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you. Acknowledged by %1 at %2; the escalation has stopped.</source>
        <translation>Danke. Bestätigt von %1 am %2; die Eskalation ist beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event was already acknowledged by %1 at %2. Nothing more to do.</source>
        <translation>Dieses Ereignis wurde bereits von %1 am %2 bestätigt. Es ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link may have been cut short or changed on its way. Open it exactly as it came in the message, or acknowledge in OT Bridge itself.</source>
        <translation>Der Link wurde unterwegs vielleicht gekürzt oder verändert. Öffnen Sie ihn genau so, wie er in der Nachricht stand, oder bestätigen Sie in OT Bridge selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was valid until %1. Acknowledge in OT Bridge itself, or use the link of a newer message.</source>
        <translation>Er galt bis %1. Bestätigen Sie in OT Bridge selbst, oder nutzen Sie den Link einer neueren Nachricht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many acknowledgement requests came from your address. Try again in %1 seconds.</source>
        <translation>Von Ihrer Adresse kamen zu viele Bestätigungsanfragen. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This OT Bridge makes no acknowledgement links (it has no public URL or no key to sign them), so it cannot accept one.</source>
        <translation>Dieses OT Bridge erzeugt keine Bestätigungslinks (es hat keine öffentliche URL oder keinen Schlüssel, um sie zu signieren), daher kann es keinen annehmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OT Bridge has just started. Try again in a moment.</source>
        <translation>OT Bridge ist gerade erst gestartet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OT Bridge could not store the acknowledgement just now. Try again in a moment.</source>
        <translation>OT Bridge konnte die Bestätigung gerade nicht speichern. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../core/json/jsonreader.cpp" line="+752"/>
        <source>the document ends inside a value</source>
        <translation>das Dokument endet mitten in einem Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value of another type</source>
        <translation>ein Wert eines anderen Typs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number out of range</source>
        <translation>Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>garbage after the document</source>
        <translation>Überzähliges nach dem Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../ui/settings/languagesetting.cpp" line="+13"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>OtBridge::ActionEditor</name>
    <message>
        <location filename="../ui/rules/actioneditor.cpp" line="+62"/>
        <source>line %1: write a header as &quot;Name: value&quot;</source>
        <translation>Zeile %1: schreiben Sie einen Header als &quot;Name: Wert&quot;</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Fail when the payload has no value for a placeholder</source>
        <translation>Fehlschlagen, wenn die Nutzdaten keinen Wert für einen Platzhalter enthalten</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="vanished">SMS</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="vanished">Fax</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="vanished">WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles to notify</source>
        <translation>Zu benachrichtigende Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient addresses, one template per line</source>
        <translation>Empfängeradressen, eine Vorlage pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g. {{contract.owner.email}}</source>
        <translation>Eine pro Zeile, z. B. {{contract.owner.email}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles from payload</source>
        <translation>Rollen aus den Nutzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role names taken from the payload, one template per line</source>
        <translation>Rollennamen aus den Nutzdaten, eine Vorlage pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s name</source>
        <translation>Name des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email subject</source>
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML body</source>
        <translation>HTML-Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target&apos;s</source>
        <translation>Die des Ziels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request URL; empty for the target&apos;s, relative to continue it</source>
        <translation>Anfrage-URL; leer für die des Ziels, relativ, um sie fortzusetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request headers, one &quot;Name: value&quot; per line</source>
        <translation>Anfrage-Header, ein &quot;Name: Wert&quot; pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON body</source>
        <translation>JSON-Inhalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON body template</source>
        <translation>Vorlage für den JSON-Inhalt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalation as JSON</source>
        <translation>Eskalation als JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within_seconds, within_minutes_from and tiers of actions</source>
        <translation>within_seconds, within_minutes_from und Stufen von Aktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+81"/>
        <source>Fail when a value is missing</source>
        <translation>Fehlschlagen, wenn ein Wert fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fallback when OpenText reports a failure</source>
        <translation>Ersatz, wenn OpenText einen Fehler meldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent once when OpenText reports that this message could not be delivered, or its delivery dies</source>
        <translation>Einmal gesendet, wenn OpenText meldet, dass diese Nachricht nicht zugestellt werden konnte, oder ihre Zustellung endgültig scheitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As written in the file</source>
        <translation>Wie in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it fails, send</source>
        <translation>Bei Fehler senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallback addresses</source>
        <translation>Ersatzadressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{contract.owner.phone}}; the roles above too</source>
        <translation>z. B. {{contract.owner.phone}}; die Rollen oben ebenfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback to</source>
        <translation>Ersatz an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback email subject</source>
        <translation>Betreff der Ersatz-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback subject</source>
        <translation>Ersatzbetreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback message text</source>
        <translation>Text der Ersatznachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback text</source>
        <translation>Ersatztext</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not a JSON object</source>
        <translation>Kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Drag a field from the sample payload here, or type {{ for its name</source>
        <translation>Ziehen Sie ein Feld aus den Beispiel-Nutzdaten hierher, oder tippen Sie {{ für seinen Namen</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The workspace&apos;s OpenText target</source>
        <translation>Das OpenText-Ziel des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (nicht in diesem Arbeitsbereich)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preset field %1</source>
        <translation>Vorgabefeld %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OpenText message</source>
        <translation>OpenText-Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP request (%1 preset)</source>
        <translation>HTTP-Anfrage (Vorgabe %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation when not acknowledged in time</source>
        <translation>Eskalation, wenn nicht rechtzeitig bestätigt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SMS text</source>
        <translation>SMS-Text</translation>
    </message>
</context>
<context>
    <name>OtBridge::Cluster</name>
    <message>
        <location filename="../core/cluster/cluster.cpp" line="+43"/>
        <source>cannot open the event store %1: %2</source>
        <translation>der Ereignisspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event store is closed</source>
        <translation>der Ereignisspeicher ist geschlossen</translation>
    </message>
</context>
<context>
    <name>OtBridge::ClusterWorkspace</name>
    <message>
        <location filename="../core/cluster/clusterworkspace.cpp" line="+14"/>
        <source>the cluster&apos;s workspace is closed</source>
        <translation>der Arbeitsbereich des Clusters ist geschlossen</translation>
    </message>
</context>
<context>
    <name>OtBridge::ConditionBuilder</name>
    <message>
        <location filename="../ui/rules/conditionbuilder.cpp" line="+38"/>
        <source>a list, such as [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>eine Liste, z. B. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a regular expression, such as ^INV-[0-9]+$</source>
        <translation>ein regulärer Ausdruck, z. B. ^INV-[0-9]+$</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true (the default) or false</source>
        <translation>true (Standard) oder false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number or an ISO-8601 time</source>
        <translation>eine Zahl oder eine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an offset such as 15m, -2h or 1d</source>
        <translation>ein Versatz wie 15m, -2h oder 1d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text, a number, true or [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>Text, eine Zahl, true oder [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Condition as JSON</source>
        <translation>Bedingung als JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This condition uses &apos;not&apos;, which the rows cannot show; edit it as JSON.</source>
        <translation>Diese Bedingung verwendet &apos;not&apos;, das die Zeilen nicht darstellen können; bearbeiten Sie sie als JSON.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not a JSON object: %1</source>
        <translation>Kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches the sample, where %1 is %2</source>
        <translation>Trifft auf das Beispiel zu, in dem %1 den Wert %2 hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match the sample, where %1 is %2</source>
        <translation>Trifft nicht auf das Beispiel zu, in dem %1 den Wert %2 hat</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Match all or any of these conditions</source>
        <translation>Alle oder eine dieser Bedingungen erfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of these match</source>
        <translation>Alle diese treffen zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these matches</source>
        <translation>Eine davon trifft zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a condition to this group</source>
        <translation>Dieser Gruppe eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a group of conditions to this group</source>
        <translation>Dieser Gruppe eine Gruppe von Bedingungen hinzufügen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Field of the payload</source>
        <translation>Feld der Nutzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a field, or drag one here from the sample payload</source>
        <translation>Wählen Sie ein Feld, oder ziehen Sie eines aus den Beispiel-Nutzdaten hierher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this group and its conditions</source>
        <translation>Diese Gruppe und ihre Bedingungen entfernen</translation>
    </message>
</context>
<context>
    <name>OtBridge::ConsolePage</name>
    <message>
        <location filename="../ui/console/consolepage.cpp" line="+132"/>
        <source>Show rejected</source>
        <translation>Abgelehnte anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show requests the listener refused, with the reason</source>
        <translation>Vom Listener abgelehnte Anfragen mit Begründung anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause scrolling</source>
        <translation>Scrollen anhalten</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Keep the view still while new events arrive; they are counted until you follow again</source>
        <translation>Die Ansicht nicht bewegen, während neue Ereignisse eintreffen; sie werden gezählt, bis Sie wieder folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1031"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="-1026"/>
        <location line="+1030"/>
        <source>Acknowledge the selected event (Ctrl+K): its escalation stops, as with POST /api/v1/events/{id}/ack</source>
        <translation>Das ausgewählte Ereignis bestätigen (Strg+K): seine Eskalation endet, wie mit POST /api/v1/events/{id}/ack</translation>
    </message>
    <message>
        <location line="-1027"/>
        <source>Replay</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the selected event&apos;s dead deliveries again (Ctrl+R), with the same delivery ids</source>
        <translation>Die unzustellbaren Zustellungen des ausgewählten Ereignisses erneut senden (Strg+R), mit denselben Zustellungs-IDs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command (Ctrl+Shift+C) that sends the selected event to the listener again, or, with a delivery selected in the Deliveries tab, what that delivery sends</source>
        <translation type="vanished">Einen curl-Befehl kopieren (Strg+Umschalt+C), der das ausgewählte Ereignis erneut an den Listener sendet, oder – wenn auf der Registerkarte „Zustellungen“ eine Zustellung ausgewählt ist – das, was diese Zustellung sendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1011"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running export (Ctrl+E); nothing is written</source>
        <translation>Den laufenden Export abbrechen (Strg+E); es wird nichts geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected events as JSON Lines (Ctrl+E), each line what GET /api/v1/events/{id} answers</source>
        <translation>Die ausgewählten Ereignisse als JSON Lines speichern (Strg+E), jede Zeile so, wie GET /api/v1/events/{id} antwortet</translation>
    </message>
    <message>
        <location line="-1010"/>
        <source>Clear view</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all rows from the console; stored events are kept</source>
        <translation>Alle Zeilen aus der Konsole entfernen; gespeicherte Ereignisse bleiben erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New rows while paused</source>
        <translation>Neue Zeilen während der Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the newest rows again</source>
        <translation>Wieder den neuesten Zeilen folgen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>awaiting acknowledgement</source>
        <translation>wartet auf Bestätigung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Console status</source>
        <translation>Konsolenstatus</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Export events as JSON Lines</source>
        <translation>Ereignisse als JSON Lines exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+733"/>
        <source>The event could not be acknowledged: %1</source>
        <translation>Das Ereignis konnte nicht bestätigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Replayed %n dead deliveries.</source>
        <translation>
            <numerusform>%n unzustellbare Zustellung erneut ausgeführt.</numerusform>
            <numerusform>%n unzustellbare Zustellungen erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay failed: %1</source>
        <translation>Erneute Ausführung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Exported %n events.</source>
        <translation>
            <numerusform>%n Ereignis exportiert.</numerusform>
            <numerusform>%n Ereignisse exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Event %1 runs through the rules again as event %2.</source>
        <translation>Ereignis %1 durchläuft die Regeln erneut als Ereignis %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+676"/>
        <source>Re-run failed: %1</source>
        <translation>Erneuter Durchlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-643"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events from these sources</source>
        <translation>Nur Ereignisse aus diesen Quellen anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>States</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events in these states</source>
        <translation>Nur Ereignisse mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events a rule sent somewhere</source>
        <translation>Nur Ereignisse anzeigen, die eine Regel irgendwohin gesendet hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by source, peer, id, body or reason</source>
        <translation>Nach Quelle, Absender, ID, Inhalt oder Grund filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+582"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exporting %n events…</source>
        <translation>
            <numerusform>%n Ereignis wird exportiert …</numerusform>
            <numerusform>%n Ereignisse werden exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No rule escalates this event, so there is nothing to acknowledge</source>
        <translation>Keine Regel eskaliert dieses Ereignis, es gibt also nichts zu bestätigen</translation>
    </message>
    <message>
        <location line="-678"/>
        <source>Any rule</source>
        <translation>Beliebige Regel</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Show internal traffic</source>
        <translation>Internen Verkehr zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also show OpenText&apos;s job status callbacks and the events OT Bridge raises itself (failed or dead deliveries, escalations)</source>
        <translation>Auch die Auftragsstatus-Rückrufe von OpenText und die Ereignisse zeigen, die OT Bridge selbst auslöst (fehlgeschlagene oder unzustellbare Zustellungen, Eskalationen)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re-run</source>
        <translation>Erneut durchlaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the selected event through the rules as they are now (Ctrl+Alt+R): a new event, linked to this one, with deliveries of its own</source>
        <translation>Das gewählte Ereignis erneut durch die Regeln in ihrem jetzigen Stand schicken (Strg+Alt+R): ein neues, mit diesem verknüpftes Ereignis mit eigenen Zustellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy a curl command (Ctrl+Shift+C) that sends the selected event or refused request to the listener again, or, with a delivery selected in the Deliveries tab, what that delivery sends</source>
        <translation>Einen curl-Befehl kopieren (Strg+Umschalt+C), der das gewählte Ereignis oder die abgewiesene Anfrage erneut an den Listener sendet oder, mit einer im Reiter Zustellungen gewählten Zustellung, das, was diese Zustellung sendet</translation>
    </message>
    <message>
        <location line="+338"/>
        <location line="+35"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>States: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The stored events could not be read: %1</source>
        <translation>Die gespeicherten Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The webhook listener is not running: %1</source>
        <translation>Der Webhook-Listener läuft nicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neue</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows shown</source>
        <translation>
            <numerusform>%n Zeile angezeigt</numerusform>
            <numerusform>%n Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; reading stored events…</source>
        <translation>; gespeicherte Ereignisse werden gelesen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; older events load when you scroll to the top</source>
        <translation>; ältere Ereignisse werden geladen, wenn Sie nach oben scrollen</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Copied a curl command for the refused request; its body is cut to the %1 that were kept.</source>
        <translation>curl-Befehl für die abgewiesene Anfrage kopiert; ihr Inhalt ist auf die aufbewahrten %1 gekürzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied a curl command that sends the refused request again.</source>
        <translation>curl-Befehl kopiert, der die abgewiesene Anfrage erneut sendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied a curl command for the delivery to %1.</source>
        <translation>curl-Befehl für die Zustellung an %1 kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied a curl command that sends the event to the listener again.</source>
        <translation>curl-Befehl kopiert, der das Ereignis erneut an den Listener sendet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>OtBridge::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="+33"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation type="vanished">Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>Deliveries per second</source>
        <translation type="vanished">Zustellungen pro Sekunde</translation>
    </message>
    <message>
        <source>Failed attempts per second</source>
        <translation type="vanished">Fehlgeschlagene Versuche pro Sekunde</translation>
    </message>
    <message>
        <source>Delivery latency, median (p50)</source>
        <translation type="vanished">Zustellungslatenz, Median (p50)</translation>
    </message>
    <message>
        <source>Delivery latency, p99</source>
        <translation type="vanished">Zustellungslatenz, p99</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Replay dead letters</source>
        <translation>&amp;Unzustellbare erneut ausführen</translation>
    </message>
    <message>
        <source>From routing to the target taking it, over the last minute; a delivery that needed retries counts with its retries.</source>
        <translation type="vanished">Von der Zuordnung bis zur Annahme durch das Ziel, über die letzte Minute; eine Zustellung, die Wiederholungen brauchte, zählt mit ihren Wiederholungen.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Events received (per second)</source>
        <translation>Empfangene Ereignisse (pro Sekunde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries (per second)</source>
        <translation>Zustellungen (pro Sekunde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed attempts (per second)</source>
        <translation>Fehlgeschlagene Versuche (pro Sekunde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery latency, median (ms)</source>
        <translation>Zustelldauer, Median (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery latency, p99 (ms)</source>
        <translation>Zustelldauer, p99 (ms)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From routing to the target taking it, over the last minute; a delivery that needed retries counts with its retries. With nothing delivered in the last seconds it reads –.</source>
        <translation>Vom Routing bis zur Annahme durch das Ziel, über die letzte Minute; eine Zustellung, die Wiederholungen brauchte, zählt mit ihnen. Wurde in den letzten Sekunden nichts zugestellt, steht hier –.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+77"/>
        <source>Waiting for the engine&apos;s first figures…</source>
        <translation>Warten auf die ersten Kennzahlen der Engine …</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay dead letters of the selected target</source>
        <translation>Unzustellbare des ausgewählten Ziels erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes the selected target&apos;s dead deliveries pending again, with the same ids (Ctrl+Shift+R)</source>
        <translation>Setzt die unzustellbaren Zustellungen des ausgewählten Ziels wieder auf ausstehend, mit denselben IDs (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Targets</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Waiting for the first heartbeat…</source>
        <translation>Warten auf den ersten Herzschlag …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As read %1; the last read failed: %2</source>
        <translation>Stand %1; das letzte Lesen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: %1 of %2</source>
        <translation>Aktiv: %1 von %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not replay the dead letters of %1: %2</source>
        <translation>Die Unzustellbaren von %1 konnten nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dead letters of %1 pending again: %2</source>
        <translation>Unzustellbare von %1 wieder ausstehend: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Since start
Events stored: %1
Delivered: %2
Failed attempts: %3

Now
Dead letters: %4
Circuit breakers not closed: %5</source>
        <translation>Seit dem Start
Gespeicherte Ereignisse: %1
Zugestellt: %2
Fehlgeschlagene Versuche: %3

Jetzt
Unzustellbare: %4
Nicht geschlossene Circuit Breaker: %5</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Replaying the dead letters of %1…</source>
        <translation>Unzustellbare von %1 werden erneut ausgeführt …</translation>
    </message>
</context>
<context>
    <name>OtBridge::DatabaseUrl</name>
    <message>
        <location filename="../core/store/databaseurl.cpp" line="+68"/>
        <source>the database URL must not hold the password (it would be kept in files and shown in process lists): store it in the keychain from Settings, or give it to a server in the environment variable OTBRIDGE_SECRET_DATABASE_PASSWORD</source>
        <translation>die Datenbank-URL darf das Passwort nicht enthalten (es stünde sonst in Dateien und in Prozesslisten): speichern Sie es über die Einstellungen im Schlüsselbund, oder geben Sie es einem Server in der Umgebungsvariable OTBRIDGE_SECRET_DATABASE_PASSWORD</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SQLite takes no path: its store is events.sqlite in the data directory (--data-dir); give sqlite alone, or no database at all</source>
        <translation>SQLite nimmt keinen Pfad: sein Speicher ist events.sqlite im Datenverzeichnis (--data-dir); geben Sie nur sqlite an, oder gar keine Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a database is sqlite or a URL that starts with postgresql://, such as %1</source>
        <translation>eine Datenbank ist sqlite oder eine URL, die mit postgresql:// beginnt, wie %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the database URL is not one: write it as postgresql://USER@HOST:PORT/DATABASE, the port a number from 1 to 65535, and an @, /, ? or # inside a name percent-encoded</source>
        <translation>die Datenbank-URL ist keine gültige URL: schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK, den Port als Zahl von 1 bis 65535, und ein @, /, ? oder # in einem Namen prozentkodiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database URL names no user: write it as USER@ before the host, such as %1</source>
        <translation>die Datenbank-URL nennt keinen Benutzer: schreiben Sie ihn als BENUTZER@ vor den Host, wie %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database URL names no host, such as %1</source>
        <translation>die Datenbank-URL nennt keinen Host, wie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database URL&apos;s port is not a number from 1 to 65535</source>
        <translation>der Port der Datenbank-URL ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database URL names no database: write it after the host and port and one /, such as %1</source>
        <translation>die Datenbank-URL nennt keine Datenbank: schreiben Sie sie nach Host, Port und einem /, wie %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database URL has a # part, which means nothing to a database; percent-encode a # inside a name</source>
        <translation>die Datenbank-URL hat einen #-Teil, der für eine Datenbank nichts bedeutet; kodieren Sie ein # in einem Namen mit Prozentzeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database URL has a parameter OT Bridge does not know, &apos;%1&apos;; it takes %2</source>
        <translation>die Datenbank-URL hat einen Parameter, den OT Bridge nicht kennt, „%1“; erlaubt sind %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database URL gives %1 twice</source>
        <translation>die Datenbank-URL gibt %1 zweimal an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database URL gives %1 without a value</source>
        <translation>die Datenbank-URL gibt %1 ohne Wert an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database URL&apos;s %1 holds a ;, which cannot be passed on</source>
        <translation>%1 in der Datenbank-URL enthält ein ;, das nicht weitergegeben werden kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database URL&apos;s sslmode is %1; it is one of %2</source>
        <translation>sslmode in der Datenbank-URL ist %1; erlaubt ist einer von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database URL&apos;s connect_timeout is a number of seconds, not %1</source>
        <translation>connect_timeout in der Datenbank-URL ist eine Zahl von Sekunden, nicht %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot store in %1: Qt&apos;s PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql); install it, or store in SQLite in the data directory (leave out --database, or choose SQLite in Settings)</source>
        <translation>kann nicht in %1 speichern: Qts PostgreSQL-Treiber QPSQL ist nicht installiert (Debian: libqt6sql6-psql); installieren Sie ihn, oder speichern Sie in SQLite im Datenverzeichnis (--database weglassen oder in den Einstellungen SQLite wählen)</translation>
    </message>
    <message>
        <source>cannot store in %1: this OT Bridge does not have the PostgreSQL store yet; store in SQLite in the data directory instead (leave out --database, or choose SQLite in Settings)</source>
        <translation type="vanished">kann nicht in %1 speichern: dieses OT Bridge hat den PostgreSQL-Speicher noch nicht; speichern Sie stattdessen in SQLite im Datenverzeichnis (lassen Sie --database weg, oder wählen Sie SQLite in den Einstellungen)</translation>
    </message>
</context>
<context>
    <name>OtBridge::Dispatcher</name>
    <message>
        <location filename="../core/delivery/dispatcher.cpp" line="+522"/>
        <source>the stored request cannot be read: %1</source>
        <translation>die gespeicherte Anfrage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OpenText client is running</source>
        <translation>es läuft kein OpenText-Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenText target &apos;%1&apos; is not the one this bridge talks to (&apos;%2&apos;); one OpenText target per workspace is supported</source>
        <translation>das OpenText-Ziel &apos;%1&apos; ist nicht das Ziel, mit dem OT Bridge verbunden ist (&apos;%2&apos;); pro Arbeitsbereich wird nur ein OpenText-Ziel unterstützt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workspace has no HTTP target &apos;%1&apos; any more</source>
        <translation>der Arbeitsbereich hat kein HTTP-Ziel &apos;%1&apos; mehr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the secret &quot;%1&quot; of target &apos;%2&apos; could not be read: %3</source>
        <translation>das Geheimnis &quot;%1&quot; des Ziels &apos;%2&apos; konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the signing secret of target &apos;%1&apos; is not a Standard Webhooks secret: %2</source>
        <translation>das Signaturgeheimnis des Ziels &apos;%1&apos; ist kein Geheimnis nach Standard Webhooks: %2</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>gave up after attempt %1: %2</source>
        <translation>nach Versuch %1 aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="+137"/>
        <source>cannot start the built-in OpenText sandbox: %1</source>
        <translation>die eingebaute OpenText-Sandbox kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>rules %1 use {{event.ack_url}}, but no public URL is set (--public-url, or Settings in the window): their messages carry no acknowledgement link</source>
        <translation>die Regeln %1 verwenden {{event.ack_url}}, aber es ist keine öffentliche URL gesetzt (--public-url oder die Einstellungen im Fenster): ihre Nachrichten enthalten keinen Bestätigungslink</translation>
    </message>
    <message>
        <location line="+454"/>
        <source>the event store is closed</source>
        <translation>der Ereignisspeicher ist geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no event %1 in the store</source>
        <translation>im Speicher gibt es kein Ereignis %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>re-run of %1</source>
        <translation>erneuter Durchlauf von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the re-run could not be stored: %1</source>
        <translation>der erneute Durchlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the engine is already running</source>
        <translation>die Engine läuft bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this OT Bridge was started to store in %1, not in %2: the database is chosen when OT Bridge starts</source>
        <translation>dieses OT Bridge wurde gestartet, um in %1 zu speichern, nicht in %2: die Datenbank wird beim Start von OT Bridge gewählt</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>source &apos;%1&apos; has no authentication, and %2 is reachable beyond this machine: give the source an &quot;auth&quot; in the workspace (Standard Webhooks, GitHub, Stripe, Basic, bearer or API key), or listen on 127.0.0.1 behind the reverse proxy of packaging/nginx-otbridge.conf</source>
        <translation>die Quelle &apos;%1&apos; hat keine Authentifizierung, und %2 ist von außerhalb dieses Rechners erreichbar: geben Sie der Quelle ein &quot;auth&quot; im Arbeitsbereich (Standard Webhooks, GitHub, Stripe, Basic, Bearer oder API-Schlüssel), oder lauschen Sie auf 127.0.0.1 hinter dem Reverse-Proxy aus packaging/nginx-otbridge.conf</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not hold the cluster&apos;s workspace (version %2) that this node runs, so saving it could undo another node&apos;s changes: nothing was saved</source>
        <translation>%1 enthält nicht den Arbeitsbereich des Clusters (Version %2), den dieser Knoten ausführt; Speichern könnte die Änderungen eines anderen Knotens rückgängig machen: nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+36"/>
        <source>cannot read the cluster&apos;s workspace in %1: %2</source>
        <translation>der Arbeitsbereich des Clusters in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+38"/>
        <source>the cluster&apos;s workspace in %1 (version %2, saved by %3 on %4) is not valid: %5</source>
        <translation>der Arbeitsbereich des Clusters in %1 (Version %2, gespeichert von %3 auf %4) ist nicht gültig: %5</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no node has run on %1 yet (it holds no cluster workspace): start a node there first (otbridged --database %1)</source>
        <translation>auf %1 lief noch kein Knoten (dort ist kein Arbeitsbereich des Clusters gespeichert): starten Sie dort zuerst einen Knoten (otbridged --database %1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the cluster&apos;s version %1</source>
        <translation>die Version %1 des Clusters</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the cluster&apos;s version %1, saved by %2 on %3</source>
        <translation>die Version %1 des Clusters, gespeichert von %2 auf %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 holds another workspace than the cluster&apos;s version %2, and it could not be kept in %3 (%4): the file is left as it is, and its edits are not saved to the cluster</source>
        <translation>%1 enthält einen anderen Arbeitsbereich als die Version %2 des Clusters, und er konnte nicht in %3 aufbewahrt werden (%4): die Datei bleibt, wie sie ist, und ihre Änderungen werden nicht im Cluster gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the cluster&apos;s workspace (version %1) to %2: %3; edits of the file are not saved to the cluster until it holds it</source>
        <translation>der Arbeitsbereich des Clusters (Version %1) kann nicht nach %2 geschrieben werden: %3; Änderungen der Datei werden nicht im Cluster gespeichert, bis sie ihn enthält</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 now holds the cluster&apos;s workspace (version %2, saved by %3 on %4), and %5 what it held before</source>
        <translation>%1 enthält jetzt den Arbeitsbereich des Clusters (Version %2, gespeichert von %3 auf %4), und %5 das, was sie vorher enthielt</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>attaching to a cluster needs the PostgreSQL database its nodes share (--database postgresql://USER@HOST:PORT/DB): %1 is this machine&apos;s own store</source>
        <translation>das Verbinden mit einem Cluster braucht die PostgreSQL-Datenbank, die seine Knoten teilen (--database postgresql://BENUTZER@HOST:PORT/DB): %1 ist der eigene Speicher dieses Rechners</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data directory given</source>
        <translation>kein Datenverzeichnis angegeben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (no password was given: neither %2 nor the keychain&apos;s %3 holds one)</source>
        <translation>%1 (kein Passwort angegeben: weder %2 noch der Schlüsselbund-Eintrag %3 enthält eines)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>TLS needs both a certificate file and a key file</source>
        <translation>TLS benötigt sowohl eine Zertifikatsdatei als auch eine Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>acknowledgement links are off: %1; set %2 (otbridged ack-key --print makes a key) or make the keychain available</source>
        <translation>Bestätigungslinks sind ausgeschaltet: %1; setzen Sie %2 (otbridged ack-key --print erzeugt einen Schlüssel) oder machen Sie den Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the engine is not running</source>
        <translation>die Engine läuft nicht</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the secret of OpenText target &apos;%1&apos; is still being read</source>
        <translation>das Geheimnis des OpenText-Ziels „%1“ wird noch gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the secret of OpenText target &apos;%1&apos; could not be read: %2</source>
        <translation>das Geheimnis des OpenText-Ziels „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>cannot create the data directory %1: check that its parent exists and is writable, or choose another with --data-dir</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden: prüfen Sie, ob das übergeordnete Verzeichnis existiert und beschreibbar ist, oder wählen Sie mit --data-dir ein anderes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the data directory %1 is in use by another OT Bridge (pid %2 on %3, running since %4): stop it first, or give this one another --data-dir</source>
        <translation>das Datenverzeichnis %1 wird von einer anderen OT-Bridge-Instanz verwendet (PID %2 auf %3, läuft seit %4): beenden Sie diese zuerst, oder geben Sie dieser Instanz ein anderes --data-dir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write to the data directory %1 (lock file %2): make it writable for this user, or choose another with --data-dir</source>
        <translation>in das Datenverzeichnis %1 kann nicht geschrieben werden (Sperrdatei %2): machen Sie es für diesen Benutzer beschreibbar, oder wählen Sie mit --data-dir ein anderes</translation>
    </message>
</context>
<context>
    <name>OtBridge::EngineClient</name>
    <message>
        <location filename="../core/engine/engineclient.cpp" line="+23"/>
        <source>there is no event %1 in the store</source>
        <translation>im Speicher gibt es kein Ereignis %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the engine is stopping</source>
        <translation>die Engine wird beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event store is closed</source>
        <translation>der Ereignisspeicher ist geschlossen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the delivery store is closed</source>
        <translation>der Zustellungsspeicher ist geschlossen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>jobs of the window still read the store after %1 s; waiting for them to end</source>
        <translation>Aufträge des Fensters lesen den Speicher nach %1 s noch; es wird auf ihr Ende gewartet</translation>
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
        <location filename="../ui/console/eventdetailpane.cpp" line="+68"/>
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
        <location line="+0"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="vanished">Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+75"/>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched rules:</source>
        <translation>Passende Regeln:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-runs:</source>
        <translation>Erneute Durchläufe:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The body exactly as it was received</source>
        <translation>Der Inhalt genau so, wie er empfangen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formatted body</source>
        <translation>Formatierter Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body indented for reading; members stay in the order they came</source>
        <translation>Der Inhalt eingerückt zum Lesen; die Felder bleiben in der Reihenfolge, in der sie kamen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body as a JSON tree</source>
        <translation>Inhalt als JSON-Baum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deliveries and their attempts</source>
        <translation>Zustellungen und ihre Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenText job</source>
        <translation>OpenText-Auftrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalation and acknowledgement</source>
        <translation>Eskalation und Bestätigung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation tiers</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event detail</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+94"/>
        <source>re-run %1 of %2</source>
        <translation>erneuter Durchlauf %1 von %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>None of its body was kept.</source>
        <translation>Von ihrem Inhalt wurde nichts aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It had no body.</source>
        <translation>Sie hatte keinen Inhalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 of its body are kept below.</source>
        <translation>Die ersten %1 ihres Inhalts stehen unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its body is kept below.</source>
        <translation>Ihr Inhalt steht unten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request was rejected with HTTP %1, so it was not stored: %2. %3</source>
        <translation>Diese Anfrage wurde mit HTTP %1 abgewiesen und daher nicht gespeichert: %2. %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>This request was rejected, so nothing of it was stored: %1</source>
        <translation type="vanished">Diese Anfrage wurde abgelehnt, daher wurde nichts von ihr gespeichert: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reading the event from the store…</source>
        <translation>Ereignis wird aus dem Speicher gelesen …</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <message>
        <location line="+19"/>
        <source>run again as %1</source>
        <translation>erneut durchlaufen als %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>dead</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>will retry</source>
        <translation>wird erneut versucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fired</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No deliveries: no rule sent this event anywhere (yet).</source>
        <translation>Keine Zustellungen: keine Regel hat dieses Ereignis (bisher) irgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (rule %2, escalation tier %3)</source>
        <translation>%1 (Regel %2, Eskalationsstufe %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (rule %2, action %3)</source>
        <translation>%1 (Regel %2, Aktion %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next attempt %1; %2</source>
        <translation>nächster Versuch %1; %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>held by a delay until %1</source>
        <translation>durch eine Verzögerung zurückgehalten bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held for quiet hours until %1</source>
        <translation>wegen Ruhezeit zurückgehalten bis %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>digest of %n event(s), sent %1</source>
        <translation>
            <numerusform>Sammelnachricht aus %n Ereignis, gesendet %1</numerusform>
            <numerusform>Sammelnachricht aus %n Ereignissen, gesendet %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fallback for %1</source>
        <translation>Ersatzzustellung für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its fallback %1 was sent</source>
        <translation>ihre Ersatzzustellung %1 wurde gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>digested event</source>
        <translation>gesammeltes Ereignis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; answer: %2</source>
        <translation>%1; Antwort: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms; %2</source>
        <translation>%1 ms; %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escalation: waiting for an acknowledgement.</source>
        <translation>Eskalation: wartet auf eine Bestätigung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: stopped by the acknowledgement.</source>
        <translation>Eskalation: durch die Bestätigung beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: every tier has fired.</source>
        <translation>Eskalation: alle Stufen wurden ausgelöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: none (no rule asks for an acknowledgement).</source>
        <translation>Eskalation: keine (keine Regel verlangt eine Bestätigung).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 via link</source>
        <translation>%1 über den Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 via the API</source>
        <translation>%1 über die API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in the console</source>
        <translation>%1 in der Konsole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by %1 at %2.</source>
        <translation>Bestätigt von %1 um %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>Bestätigt von %1 um %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not acknowledged.</source>
        <translation>Nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventExport</name>
    <message>
        <location filename="../core/api/eventexport.cpp" line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the export was cancelled; %1 was not written</source>
        <translation>der Export wurde abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventStore</name>
    <message>
        <location filename="../core/store/sql/sqlwriter.cpp" line="+351"/>
        <source>the event store is already open</source>
        <translation>der Ereignisspeicher ist bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/sqlitebackend.cpp" line="+90"/>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqleventstore.cpp" line="+32"/>
        <location line="+62"/>
        <location filename="../core/store/sql/sqlstore.cpp" line="+16"/>
        <location filename="../core/store/sqlite/sqlitebackend.cpp" line="-64"/>
        <source>the event store is closed</source>
        <translation>der Ereignisspeicher ist geschlossen</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventTableModel</name>
    <message>
        <location filename="../ui/console/eventtablemodel.cpp" line="+49"/>
        <location line="+32"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>routed</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failing</source>
        <translation>schlägt fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dead</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>awaiting acknowledgement</source>
        <translation>wartet auf Bestätigung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>job status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>re-run %1 of %2</source>
        <translation>erneuter Durchlauf %1 von %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rejected with HTTP %1: %2</source>
        <translation>Abgelehnt mit HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of event %1: it was not stored again.</source>
        <translation>Duplikat von Ereignis %1: es wurde nicht erneut gespeichert.</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched rules</source>
        <translation>Passende Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">Status</translation>
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
    <name>OtBridge::FormFeedback</name>
    <message>
        <location filename="../ui/formfeedback.cpp" line="+89"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>OtBridge::GuardedTcpServer</name>
    <message>
        <location filename="../core/ingest/guardedtcpserver.cpp" line="+148"/>
        <source>the listener has reached its limit of %1 connections</source>
        <translation>der Listener hat seine Grenze von %1 Verbindungen erreicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too many connections from %1 (limit %2)</source>
        <translation>zu viele Verbindungen von %1 (Grenze %2)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>too much data sent ahead of the previous reply</source>
        <translation>zu viele Daten vor der vorherigen Antwort gesendet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the listener holds %1 bytes of unfinished requests, its limit; try again shortly</source>
        <translation>der Listener hält %1 Bytes unvollständiger Anfragen, seine Grenze; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>request header fields exceed %1 bytes</source>
        <translation>die Header-Felder der Anfrage überschreiten %1 Bytes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>der Anfrageinhalt von %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>malformed chunked request body</source>
        <translation>fehlerhafter Chunked-Anfrageinhalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>request body exceeds the limit of %1 bytes</source>
        <translation>der Anfrageinhalt überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>request not complete within %1 ms</source>
        <translation>Anfrage nicht innerhalb von %1 ms vollständig</translation>
    </message>
</context>
<context>
    <name>OtBridge::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="+66"/>
        <source>the server closed the connection in the middle of its answer</source>
        <translation>der Server hat die Verbindung mitten in seiner Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>cannot send to &apos;%1&apos;: not an http or https URL</source>
        <translation>kann nicht an &apos;%1&apos; senden: keine http- oder https-URL</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the answer&apos;s head is larger than %1 bytes</source>
        <translation>der Kopf der Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>keine HTTP/1.x-Antwort: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an HTTP answer without a valid status code</source>
        <translation>eine HTTP-Antwort ohne gültigen Statuscode</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a Content-Length that is not a number</source>
        <translation>eine Content-Length, die keine Zahl ist</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+35"/>
        <location line="+42"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>a malformed chunk size</source>
        <translation>eine fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a chunk not followed by CRLF</source>
        <translation>ein Chunk ohne folgendes CRLF</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>OtBridge::HttpSender</name>
    <message>
        <location filename="../core/delivery/httpsender.cpp" line="+92"/>
        <source>the target&apos;s URL is not an absolute http or https URL</source>
        <translation>die URL des Ziels ist keine absolute http- oder https-URL</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cancelled before %1 answered</source>
        <translation>abgebrochen, bevor %1 geantwortet hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1 from %2: a redirect, not followed (a webhook receiver should answer directly)</source>
        <translation>HTTP %1 von %2: eine Weiterleitung, der nicht gefolgt wurde (ein Webhook-Empfänger sollte direkt antworten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1 from %2: a redirect to %3, not followed (a webhook receiver should answer directly)</source>
        <translation>HTTP %1 von %2: eine Weiterleitung nach %3, der nicht gefolgt wurde (ein Webhook-Empfänger sollte direkt antworten)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>OtBridge::HttpTargetForm</name>
    <message>
        <location filename="../ui/targets/httptargetform.cpp" line="+56"/>
        <source>Generic JSON endpoint</source>
        <translation>Allgemeiner JSON-Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ServiceNow incident</source>
        <translation>ServiceNow-Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jira issue</source>
        <translation>Jira-Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PagerDuty event</source>
        <translation>PagerDuty-Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack message</source>
        <translation>Slack-Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Teams message</source>
        <translation>Microsoft-Teams-Nachricht</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Kept in the keychain</source>
        <translation>Wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>HTTP target</source>
        <translation>HTTP-Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where rules send HTTP requests: a service desk, monitoring, chat or any JSON endpoint. Passwords, tokens and signing secrets are kept in the system keychain, never in the workspace file.</source>
        <translation>Wohin Regeln HTTP-Anfragen senden: ein Service Desk, Monitoring, Chat oder ein beliebiger JSON-Endpunkt. Passwörter, Tokens und Signaturgeheimnisse liegen im Schlüsselbund des Systems, nie in der Arbeitsbereich-Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How rules name the target: 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot change once saved.</source>
        <translation>Wie Regeln das Ziel nennen: 1 bis 64 Zeichen aus a-z, 0-9, „.“, „_“ oder „-“. Nach dem Speichern nicht mehr änderbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of target</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox:/capture/NAME sends to the built-in sandbox, which records the request on its Sandbox page instead of calling a real service.</source>
        <translation>sandbox:/capture/NAME sendet an die eingebaute Sandbox, die die Anfrage auf ihrer Seite Sandbox festhält, statt einen echten Dienst aufzurufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headers sent with every request</source>
        <translation>Header, die mit jeder Anfrage gesendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Add &amp;header</source>
        <translation>&amp;Header hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected header</source>
        <translation>Den ausgewählten Header entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key in a header</source>
        <translation>API-Schlüssel in einem Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header name for the key</source>
        <translation>Header-Name für den Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password, token or key</source>
        <translation>Passwort, Token oder Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain entry for the password, token or key</source>
        <translation>Schlüsselbund-Eintrag für Passwort, Token oder Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn requests (Standard Webhooks)</source>
        <translation>Anfragen si&amp;gnieren (Standard Webhooks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds webhook-id, webhook-timestamp and webhook-signature, so the receiver can check the request comes from this bridge.</source>
        <translation>Fügt webhook-id, webhook-timestamp und webhook-signature hinzu, damit der Empfänger prüfen kann, dass die Anfrage von dieser Bridge kommt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ge&amp;nerate</source>
        <translation>Er&amp;zeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a new signing secret</source>
        <translation>Ein neues Signaturgeheimnis erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the signing secret to the clipboard</source>
        <translation>Das Signaturgeheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain entry for the signing secret</source>
        <translation>Schlüsselbund-Eintrag für das Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name the secret is stored under in the system keychain. Headless servers may set OTBRIDGE_SECRET_ and this name in capitals instead, with _ for every other character.</source>
        <translation>Der Name, unter dem das Geheimnis im Schlüsselbund des Systems gespeichert wird. Server ohne Oberfläche können stattdessen die Umgebungsvariable OTBRIDGE_SECRET_ gefolgt von diesem Namen in Großbuchstaben setzen, wobei jedes Zeichen außer A–Z und 0–9 durch _ ersetzt wird.</translation>
    </message>
    <message>
        <source>Send an &amp;Idempotency-Key (the same on every retry)</source>
        <translation type="vanished">Einen &amp;Idempotency-Key senden (bei jeder Wiederholung derselbe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send an &amp;Idempotency-Key</source>
        <translation>&amp;Idempotency-Key senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delivery&apos;s id, the same on every retry of it, so the receiver can drop repeats.</source>
        <translation>Die Kennung der Zustellung, bei jeder Wiederholung dieselbe, damit der Empfänger Wiederholungen verwerfen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hea&amp;ders:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key &amp;header:</source>
        <translation>Schlüssel-&amp;Header:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word or token:</source>
        <translation>Pass&amp;wort oder Token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain &amp;entry:</source>
        <translation>Schlüsselbund-&amp;Eintrag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing se&amp;cret:</source>
        <translation>Signatur&amp;geheimnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing keychain entr&amp;y:</source>
        <translation>Schlüsselbund-Eintrag der Si&amp;gnatur:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery policy</source>
        <translation>Zustellregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry schedule</source>
        <translation>Wiederholungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wait before each attempt: the first after the event arrives, each next one after the one before failed. Seconds, or with a unit: 30s, 5m, 2h, 1d. After the last attempt the delivery is dead and can be replayed.</source>
        <translation>Die Wartezeit vor jedem Versuch: die erste ab Eingang des Ereignisses, jede weitere ab dem Fehlschlag des vorigen. Sekunden oder mit Einheit: 30s, 5m, 2h, 1d. Nach dem letzten Versuch ist die Zustellung unzustellbar und kann erneut ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failures in a row that pause the target</source>
        <translation>Fehlschläge in Folge, die das Ziel pausieren lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never pause</source>
        <translation>Nie pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause in seconds</source>
        <translation>Pause in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per second at most</source>
        <translation>Höchstens Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at once</source>
        <translation>Anfragen auf einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many requests may go at once after a quiet spell before the rate applies</source>
        <translation>Wie viele Anfragen nach einer ruhigen Phase auf einmal gehen dürfen, bevor die Rate gilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry schedule:</source>
        <translation>&amp;Wiederholungsplan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause after failures:</source>
        <translation>&amp;Pause nach Fehlschlägen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause &amp;length:</source>
        <translation>Pausen&amp;länge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Ratenbegrenzung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu&amp;rst:</source>
        <translation>&amp;Stoß:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the target</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a test request to the target</source>
        <translation>Eine Testanfrage an das Ziel senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the preset&apos;s sample request (a generic target: a small JSON document) with what the form says now, and shows the answer.</source>
        <translation>Sendet die Beispielanfrage der Vorlage (bei einem allgemeinen Ziel: ein kleines JSON-Dokument) mit den aktuellen Angaben des Formulars und zeigt die Antwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the target</source>
        <translation>Das Ziel löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing the target</source>
        <translation>Das Ziel wird getestet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The target&apos;s answer</source>
        <translation>Die Antwort des Ziels</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The signing secret is on the clipboard.</source>
        <translation>Das Signaturgeheimnis ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New HTTP target</source>
        <translation>Neues HTTP-Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP target %1</source>
        <translation>HTTP-Ziel %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Rules give the body (JSON) and may add headers or another URL.</source>
        <translation>Regeln liefern den Body (JSON) und können Header oder eine andere URL hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules fill the preset&apos;s fields. Leave the URL empty for PagerDuty&apos;s public Events API endpoint.</source>
        <translation>Regeln füllen die Felder der Vorlage. Lassen Sie die URL für den öffentlichen Events-API-Endpunkt von PagerDuty leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules fill the preset&apos;s fields; the URL is the instance, site or webhook.</source>
        <translation>Regeln füllen die Felder der Vorlage; die URL ist die Instanz, die Site oder der Webhook.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Row %1: &apos;%2&apos; is not a header name (letters, digits and - _ . ! # $ % &amp; &apos; * + ^ ` | ~)</source>
        <translation>Zeile %1: „%2“ ist kein Header-Name (Buchstaben, Ziffern und - _ . ! # $ % &amp; &apos; * + ^ ` | ~)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: credentials belong under Authentication, where they are kept in the keychain, not in a header</source>
        <translation>Zeile %1: Zugangsdaten gehören unter Authentifizierung, wo sie im Schlüsselbund liegen, nicht in einen Header</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Name the target; rules send to it by this name</source>
        <translation>Benennen Sie das Ziel; Regeln senden unter diesem Namen daran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>Verwenden Sie 1 bis 64 Zeichen aus a-z, 0-9, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a target called %1</source>
        <translation>Es gibt bereits ein Ziel namens %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the URL, such as %1</source>
        <translation>Geben Sie die URL ein, etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the URL</source>
        <translation>Geben Sie die URL ein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an http or https address (or sandbox:/capture/NAME for the built-in sandbox)</source>
        <translation>„%1“ ist keine http- oder https-Adresse (oder sandbox:/capture/NAME für die eingebaute Sandbox)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the user name</source>
        <translation>Geben Sie den Benutzernamen ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the header&apos;s name, such as X-Api-Key</source>
        <translation>Geben Sie den Namen des Headers ein, etwa X-Api-Key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the password, token or key</source>
        <translation>Geben Sie Passwort, Token oder Schlüssel ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the keychain entry it is kept under</source>
        <translation>Benennen Sie den Schlüsselbund-Eintrag, unter dem es liegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the signing secret the receiver checks, or generate one</source>
        <translation>Geben Sie das Signaturgeheimnis ein, das der Empfänger prüft, oder erzeugen Sie eines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Standard Webhooks secret (whsec_ and base64): %1</source>
        <translation>Kein Standard-Webhooks-Geheimnis (whsec_ und Base64): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the keychain entry the signing secret is kept under</source>
        <translation>Benennen Sie den Schlüsselbund-Eintrag, unter dem das Signaturgeheimnis liegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry schedule: %1</source>
        <translation>Wiederholungsplan: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempt(s) before the delivery is dead.</source>
        <translation>
            <numerusform>%n Versuch, bevor die Zustellung unzustellbar ist.</numerusform>
            <numerusform>%n Versuche, bevor die Zustellung unzustellbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this target</source>
        <translation>dieses Ziel</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+72"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Nicht gespeichert: Das Geheimnis konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deliveries to %1 use it now.</source>
        <translation>Zustellungen an %1 verwenden es jetzt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not deleted: these rules send to it: %2. Change them on the Rules page first.</source>
        <translation>%1 wird nicht gelöscht: Diese Regeln senden daran: %2. Ändern Sie diese zuerst auf der Seite Regeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete target</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete target %1? Deliveries still waiting for it fail once it is gone.</source>
        <translation>Ziel %1 löschen? Zustellungen, die noch darauf warten, schlagen fehl, sobald es fort ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted target %1. %2</source>
        <translation>Ziel %1 gelöscht. %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sending the sample request to %1…</source>
        <translation>Die Beispielanfrage wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The target accepted the test: HTTP %1 from %2 in %3 ms.</source>
        <translation>Das Ziel hat den Test angenommen: HTTP %1 von %2 in %3 ms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test did not go through: %1. A delivery would be tried again later.</source>
        <translation>Der Test kam nicht durch: %1. Eine Zustellung würde später erneut versucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target refused the test: %1. A delivery would fail for good: check the URL, the credentials and the preset.</source>
        <translation>Das Ziel hat den Test abgewiesen: %1. Eine Zustellung würde endgültig fehlschlagen: Prüfen Sie URL, Zugangsdaten und Vorlage.</translation>
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
    <name>OtBridge::LoadRunner</name>
    <message>
        <location filename="../core/tester/loadrunner.cpp" line="+50"/>
        <source>the URL still holds a {{variable}}: give it a value first</source>
        <translation>die URL enthält noch eine {{variable}}: geben Sie ihr zuerst einen Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL must be an http:// or https:// address</source>
        <translation>die URL muss eine http://- oder https://-Adresse sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the method must be one word, such as POST</source>
        <translation>die Methode muss ein einzelnes Wort sein, etwa POST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number of requests must be from 1 to %1</source>
        <translation>die Anzahl der Anfragen muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>concurrency must be from 1 to %1</source>
        <translation>die Parallelität muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a run is still going</source>
        <translation>ein Lauf ist noch im Gange</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>OtBridge::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+95"/>
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
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+52"/>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Requests handled per second over the last five seconds, rejected ones included</source>
        <translation>Bearbeitete Anfragen pro Sekunde über die letzten fünf Sekunden, abgelehnte eingeschlossen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The webhook listener could not start: %1</source>
        <translation>Der Webhook-Listener konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached to the cluster on %1</source>
        <translation>Mit dem Cluster auf %1 verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OT Bridge — cluster on %1</source>
        <translation>OT Bridge — Cluster auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export workspace…</source>
        <translation>Arbeitsbereich e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About OT Bridge</source>
        <translation>&amp;Über OT Bridge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Arbeitsbereich-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The workspace was not opened: %1</source>
        <translation>Der Arbeitsbereich wurde nicht geöffnet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Export workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace was not exported: %1</source>
        <translation>Der Arbeitsbereich wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened the workspace %1; OT Bridge uses it now.</source>
        <translation>Arbeitsbereich %1 geöffnet; OT Bridge verwendet ihn jetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace %1 is used the next time OT Bridge starts.</source>
        <translation>Der Arbeitsbereich %1 wird beim nächsten Start von OT Bridge verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported the workspace to %1.</source>
        <translation>Arbeitsbereich nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About OT Bridge</source>
        <translation>Über OT Bridge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OT Bridge %1</source>
        <translation>OT Bridge %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects systems that speak HTTP webhooks with OpenText Notifications, in both directions.</source>
        <translation>Verbindet Systeme, die HTTP-Webhooks sprechen, mit OpenText Notifications – in beide Richtungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OT Bridge is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty.</source>
        <translation>OT Bridge ist freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later), ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is built on:</source>
        <translation>Es baut auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 (LGPL-3.0; Qt HTTP Server under GPL-3.0)</source>
        <translation>Qt %1 (LGPL-3.0; Qt HTTP Server unter GPL-3.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QtKeychain (BSD-3-Clause)</source>
        <translation>QtKeychain (BSD-3-Clause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite (public domain)</source>
        <translation>SQLite (gemeinfrei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mustache templates by Kevin Wojniak (Boost Software License 1.0)</source>
        <translation>Mustache-Vorlagen von Kevin Wojniak (Boost Software License 1.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Icons drawn for OT Bridge (GPL-3.0-or-later)</source>
        <translation>Für OT Bridge gezeichnete Symbole (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
</context>
<context>
    <name>OtBridge::NodeRegistry</name>
    <message>
        <location filename="../core/cluster/noderegistry.cpp" line="+71"/>
        <location line="+12"/>
        <source>cannot write this node&apos;s heartbeat: %1</source>
        <translation>der Herzschlag dieses Knotens kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>cannot read the cluster&apos;s nodes: %1</source>
        <translation>die Knoten des Clusters können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::NodeTableModel</name>
    <message>
        <location filename="../ui/dashboard/nodetablemodel.cpp" line="+72"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seen within three heartbeats (every %1 s)</source>
        <translation>Innerhalb von drei Herzschlägen gesehen (alle %1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not seen for three heartbeats: stopped, crashed or cut off from the database. The other nodes take over its deliveries.</source>
        <translation>Seit drei Herzschlägen nicht gesehen: beendet, abgestürzt oder von der Datenbank getrennt. Die anderen Knoten übernehmen seine Zustellungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (this one)</source>
        <translation>%1 (dieser)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in</source>
        <translation>Ereignisse herein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries out</source>
        <translation>Zustellungen hinaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextClient</name>
    <message>
        <location filename="../core/delivery/opentextclient.cpp" line="+244"/>
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
        <source>OpenText answered %1 without a job_id: %2</source>
        <translation type="vanished">OpenText antwortete mit %1 ohne job_id: %2</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the status of %1 could not be read: %2</source>
        <translation>der Status von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenText accepted this job without a job_id: its status cannot be asked for</source>
        <translation>OpenText hat diesen Auftrag ohne job_id angenommen: sein Status kann nicht abgefragt werden</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>the job %1 was still not complete after %2 status queries</source>
        <translation>der Auftrag %1 war nach %2 Statusabfragen noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Connected to %1: OpenText issued a token valid for %2 seconds.</source>
        <translation>Verbunden mit %1: OpenText hat ein Token mit einer Gültigkeit von %2 Sekunden ausgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1: OpenText issued a token.</source>
        <translation>Verbunden mit %1: OpenText hat ein Token ausgestellt.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../core/sandbox/opentextsandbox.cpp" line="+1047"/>
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
        <location filename="../ui/targets/opentexttargetpage.cpp" line="+43"/>
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
        <location line="+83"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+6"/>
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
        <location line="+234"/>
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
        <location line="+33"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Nicht gespeichert: das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>OtBridge::PointerComboBox</name>
    <message>
        <location filename="../ui/rules/pointercombobox.cpp" line="+62"/>
        <source>Pick a field…</source>
        <translation>Feld wählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not in this sample)</source>
        <translation>%1 (nicht in diesem Beispiel)</translation>
    </message>
</context>
<context>
    <name>OtBridge::PostgresqlConnections</name>
    <message>
        <location filename="../core/store/postgresql/postgresqlconnections.cpp" line="+29"/>
        <source>the database %1 is closed</source>
        <translation>die Datenbank %1 ist geschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Qt&apos;s PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber QPSQL von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot connect to the database %1: %2</source>
        <translation>keine Verbindung zur Datenbank %1: %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::PostgresqlNotifier</name>
    <message>
        <location filename="../core/store/postgresql/postgresqlnotifier.cpp" line="+71"/>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+17"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>OtBridge::PostgresqlSchema</name>
    <message>
        <location filename="../core/store/postgresql/postgresqlschema.cpp" line="+58"/>
        <source>cannot read the schema version of the database %1: %2</source>
        <translation>die Schemaversion der Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another database</source>
        <translation>die Datenbank %1 hat die Schemaversion %2, neuer als diese OT-Bridge-Version versteht (%3): verwenden Sie eine neuere OT Bridge oder eine andere Datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot index the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht indiziert werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot upgrade the database %1 from schema version %2: %3</source>
        <translation>die Datenbank %1 kann nicht von Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
</context>
<context>
    <name>OtBridge::RequestComposer</name>
    <message>
        <location filename="../ui/tester/requestcomposer.cpp" line="+49"/>
        <location line="+59"/>
        <source>Format JSON</source>
        <translation>JSON formatieren</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+100"/>
        <source>Use the source&apos;s secret</source>
        <translation>Geheimnis der Quelle verwenden</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://127.0.0.1:8787/hooks/test</source>
        <translation>http://127.0.0.1:8787/hooks/test</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unchecked headers are not sent</source>
        <translation>Nicht angehakte Header werden nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected headers</source>
        <translation>Die ausgewählten Header entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Body check</source>
        <translation>Prüfung des Inhalts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indents the JSON; object keys come out in alphabetical order</source>
        <translation>Rückt das JSON ein; Objektschlüssel werden alphabetisch sortiert ausgegeben</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing</source>
        <translation>Signierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard Webhooks (webhook-signature)</source>
        <translation>Standard Webhooks (webhook-signature)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub-style HMAC (X-Hub-Signature-256)</source>
        <translation>HMAC im GitHub-Stil (X-Hub-Signature-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe-style (Stripe-Signature)</source>
        <translation>Im Stripe-Stil (Stripe-Signature)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed afresh for every request sent: a new webhook-id and timestamp each time, unless the headers give a webhook-id</source>
        <translation>Für jede gesendete Anfrage neu signiert: jedes Mal eine neue webhook-id und ein neuer Zeitstempel, sofern die Header keine webhook-id vorgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whsec_… or the shared secret; kept in memory only</source>
        <translation>whsec_… oder das gemeinsame Geheimnis; wird nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the source checks</source>
        <translation>Was die Quelle prüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads the source&apos;s secret from the keychain (or the environment) into this form, in memory only</source>
        <translation>Liest das Geheimnis der Quelle aus dem Schlüsselbund (oder der Umgebung) in dieses Formular, nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign:</source>
        <translation>Si&amp;gnieren:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Se&amp;nd:</source>
        <translation>Se&amp;nden:</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No body</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent as it is (Content-Type: %1)</source>
        <translation>Wird unverändert gesendet (Content-Type: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Valid JSON</source>
        <translation>✓ Gültiges JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Not valid JSON: %1</source>
        <translation>✗ Kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::ResponseView</name>
    <message>
        <location filename="../ui/tester/responseview.cpp" line="+33"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers by status</source>
        <translation>Antworten nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency percentiles</source>
        <translation>Latenz-Perzentile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency:</source>
        <translation>Latenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which request the answer belongs to</source>
        <translation>Zu welcher Anfrage die Antwort gehört</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers sent</source>
        <translation>Gesendete Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials and signatures are shown redacted</source>
        <translation>Anmeldedaten und Signaturen werden geschwärzt angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing sent yet</source>
        <translation>Noch nichts gesendet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request %1 of %2, the last that went wrong:</source>
        <translation>Anfrage %1 von %2, die letzte fehlerhafte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 of %2, the last answered:</source>
        <translation>Anfrage %1 von %2, die zuletzt beantwortete:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 %2 · %3 · %n byte(s)</source>
        <translation>
            <numerusform>%1 %2 · %3 · %n Byte</numerusform>
            <numerusform>%1 %2 · %3 · %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>
… (cut at %n byte(s))</source>
        <translation>
            <numerusform>
… (abgeschnitten nach %n Byte)</numerusform>
            <numerusform>
… (abgeschnitten nach %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (cancelled after %2 of %3)</source>
        <translation>%1 (abgebrochen nach %2 von %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 %1 · p90 %2 · p99 %3 · max %4</source>
        <translation>p50 %1 · p90 %2 · p99 %3 · max. %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s) in %1 s, %2 per second</source>
        <translation>
            <numerusform>%n Anfrage in %1 s, %2 pro Sekunde</numerusform>
            <numerusform>%n Anfragen in %1 s, %2 pro Sekunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::RuleDesignerPage</name>
    <message>
        <location filename="../ui/rules/ruledesignerpage.cpp" line="+87"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+460"/>
        <location line="+4"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the rules to the workspace file</source>
        <translation>Die Regeln in der Datei des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a rule</source>
        <translation>Eine Regel anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the selected rule</source>
        <translation>Die ausgewählte Regel duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo %1 (%2)</source>
        <translation>%1 rückgängig machen (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo %1 (%2)</source>
        <translation>%1 wiederholen (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the selected rule (Delete in the list)</source>
        <translation>Die ausgewählte Regel löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Search rules</source>
        <translation>Regeln durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules; the check box enables a rule</source>
        <translation>Regeln; das Kontrollkästchen aktiviert eine Regel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No rule selected.
Pick one on the left, or create one with New rule (%1).</source>
        <translation>Keine Regel ausgewählt.
Wählen Sie links eine aus, oder legen Sie mit „Neue Regel“ (%1) eine an.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select or create a rule to see what it would send.</source>
        <translation>Wählen Sie eine Regel aus oder legen Sie eine an, um zu sehen, was sie senden würde.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>another rule has the same name</source>
        <translation>eine andere Regel hat denselben Namen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No event starts this rule yet: choose a source or an internal event under &quot;When an event arrives from&quot;.</source>
        <translation>Noch startet kein Ereignis diese Regel: wählen Sie unter „Wenn ein Ereignis eintrifft von“ eine Quelle oder ein internes Ereignis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This rule cannot be previewed yet: %1</source>
        <translation>Für diese Regel gibt es noch keine Vorschau: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No value in this sample for %1</source>
        <translation>Kein Wert in diesem Beispiel für %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate rule %1</source>
        <translation>Regel %1 duplizieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete rule %1</source>
        <translation>Regel %1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted rule %1; undo brings it back (%2).</source>
        <translation>Regel %1 gelöscht; „Rückgängig“ stellt sie wieder her (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved to %1. OT Bridge was running its built-in workspace, so the rules were saved to this new file in the default location, which the window opens from now on (otbridge --headless needs --workspace &quot;%1&quot;).</source>
        <translation>Gespeichert in %1. OT Bridge lief mit seinem eingebauten Arbeitsbereich, daher wurden die Regeln in dieser neuen Datei am Standardort gespeichert, die das Fenster von nun an öffnet (otbridge --headless benötigt --workspace &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 OT Bridge could not switch to it while running: %2</source>
        <translation>%1 OT Bridge konnte im laufenden Betrieb nicht darauf umschalten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OT Bridge routes with these rules now.</source>
        <translation>OT Bridge ordnet ab sofort mit diesen Regeln zu.</translation>
    </message>
</context>
<context>
    <name>OtBridge::RuleEditor</name>
    <message>
        <location filename="../ui/rules/ruleeditor.cpp" line="+67"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a-z, 0-9 and -, e.g. contract-review</source>
        <translation>a–z, 0–9 und -, z. B. contract-review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule title</source>
        <translation>Regeltitel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule description</source>
        <translation>Regelbeschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule enabled</source>
        <translation>Regel aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When an event arrives from</source>
        <translation>Wenn ein Ereignis eintrifft von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources and internal events that trigger the rule</source>
        <translation>Quellen und interne Ereignisse, die die Regel auslösen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and its payload matches</source>
        <translation>und seine Nutzdaten erfüllen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+252"/>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Add an action</source>
        <translation>Eine Aktion hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenText email</source>
        <translation>OpenText-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenText SMS</source>
        <translation>OpenText-SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enable rule</source>
        <translation>Regel aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable rule</source>
        <translation>Regel deaktivieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change trigger</source>
        <translation>Auslöser ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change condition</source>
        <translation>Bedingung ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change steps</source>
        <translation>Schritte ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove action %1</source>
        <translation>Aktion %1 entfernen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (the bridge&apos;s own event)</source>
        <translation>%1 (eigenes Ereignis der Bridge)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="vanished">SMS</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="vanished">Fax</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="vanished">WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-Mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit action %1</source>
        <translation>Aktion %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the tab to remove the action</source>
        <translation>Schließen Sie die Registerkarte, um die Aktion zu entfernen</translation>
    </message>
</context>
<context>
    <name>OtBridge::RuleListModel</name>
    <message>
        <location filename="../ui/rules/rulelistmodel.cpp" line="+61"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enable rule</source>
        <translation>Regel aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable rule</source>
        <translation>Regel deaktivieren</translation>
    </message>
</context>
<context>
    <name>OtBridge::RulePreviewPane</name>
    <message>
        <location filename="../ui/rules/rulepreviewpane.cpp" line="+118"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select or create a rule to see what it would send.</source>
        <translation>Wählen Sie eine Regel aus oder legen Sie eine an, um zu sehen, was sie senden würde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 chars</source>
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
        <location line="+2"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not updated until the rule is fixed; before this change it would send:</source>
        <translation>Nicht aktualisiert, bis die Regel korrigiert ist; vor dieser Änderung würde sie senden:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Events from %1 do not trigger this rule; with one that does, it would send:</source>
        <translation>Ereignisse von %1 lösen diese Regel nicht aus; mit einem, das sie auslöst, würde sie senden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conditions do not match this sample, so nothing would be sent. If they did:</source>
        <translation>Die Bedingungen treffen auf dieses Beispiel nicht zu, daher würde nichts gesendet. Wenn sie zuträfen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sample matches: the rule would send:</source>
        <translation>Dieses Beispiel trifft zu: die Regel würde senden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing there</source>
        <translation>dort nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conditions: every event from the trigger matches.</source>
        <translation>Keine Bedingungen: jedes Ereignis des Auslösers trifft zu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rule has no actions to send.</source>
        <translation>Die Regel hat keine Aktionen zum Senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. Escalation</source>
        <translation>%1. Eskalation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unless acknowledged within %1 (the time this sample names):</source>
        <translation>Sofern nicht innerhalb von %1 bestätigt (die Zeit, die dieses Beispiel nennt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unless acknowledged within %1:</source>
        <translation>Sofern nicht innerhalb von %1 bestätigt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 action</source>
        <translation>1 Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 actions</source>
        <translation>%1 Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier 1 then: %1</source>
        <translation>Stufe 1 dann: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier %1, %2 later: %3</source>
        <translation>Stufe %1, %2 später: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. HTTP request to %2</source>
        <translation>%1. HTTP-Anfrage an %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. OpenText %2 via %3</source>
        <translation>%1. OpenText-%2 über %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Would not be sent: %1</source>
        <translation>Würde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No value in the sample for %1</source>
        <translation>Kein Wert im Beispiel für %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP request as it would be sent</source>
        <translation>HTTP-Anfrage, wie sie gesendet würde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTML part as it would be sent</source>
        <translation>HTML-Teil, wie er gesendet würde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>Message text as it would be sent</source>
        <translation>Nachrichtentext, wie er gesendet würde</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>SMS text as it would be sent</source>
        <translation>SMS-Text, wie er gesendet würde</translation>
    </message>
</context>
<context>
    <name>OtBridge::SampleLibrary</name>
    <message>
        <location filename="../core/tester/samplelibrary.cpp" line="+62"/>
        <source>%1 (Standard Webhooks signature)</source>
        <translation>%1 (Signatur nach Standard Webhooks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (GitHub-style HMAC)</source>
        <translation>%1 (HMAC im GitHub-Stil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Stripe-style signature)</source>
        <translation>%1 (Signatur im Stripe-Stil)</translation>
    </message>
</context>
<context>
    <name>OtBridge::SamplePayloadPane</name>
    <message>
        <location filename="../ui/rules/samplepayloadpane.cpp" line="+70"/>
        <source>Sample payload</source>
        <translation>Beispiel-Nutzdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample payload to design against</source>
        <translation>Beispiel-Nutzdaten für den Entwurf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the captured events again</source>
        <translation>Die erfassten Ereignisse erneut lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the captured events again (F5)</source>
        <translation>Die erfassten Ereignisse erneut lesen (F5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields of the sample payload; drag one onto a field of the rule</source>
        <translation>Felder der Beispiel-Nutzdaten; ziehen Sie eines auf ein Feld der Regel</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+201"/>
        <source>Drag a field onto a message field to insert its placeholder, or onto a condition&apos;s field to test it.</source>
        <translation>Ziehen Sie ein Feld auf ein Nachrichtenfeld, um seinen Platzhalter einzufügen, oder auf das Feld einer Bedingung, um es zu prüfen.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Use case %1: %2</source>
        <translation>Anwendungsfall %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Built-in sample from source %1</source>
        <translation>Eingebautes Beispiel der Quelle %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Captured from %1 (OT Bridge&apos;s own traffic)</source>
        <translation>Erfasst von %1 (eigener Verkehr von OT Bridge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured from %1</source>
        <translation>Erfasst von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Captured %1 · %2</source>
        <translation>Erfasst %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the newest of %n events with this same body</source>
        <translation>
            <numerusform>das neueste von %n Ereignis mit demselben Inhalt</numerusform>
            <numerusform>das neueste von %n Ereignissen mit demselben Inhalt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That event is no longer in the store.</source>
        <translation>Dieses Ereignis ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This event&apos;s body is not JSON: rules see no fields in it.</source>
        <translation>Der Inhalt dieses Ereignisses ist kein JSON: Regeln sehen darin keine Felder.</translation>
    </message>
</context>
<context>
    <name>OtBridge::SandboxInboxModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxinboxmodel.cpp" line="+67"/>
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
        <location line="+66"/>
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
        <location filename="../ui/sandbox/sandboxinboxpage.cpp" line="+36"/>
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
        <location line="+93"/>
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
        <location filename="../ui/sandbox/sandboxmessageview.cpp" line="+104"/>
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
    <name>OtBridge::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+138"/>
        <source>Largest request body</source>
        <translation>Größter Anfrageinhalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections in total</source>
        <translation>Verbindungen insgesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections per client address</source>
        <translation>Verbindungen pro Client-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brow&amp;se…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate a new token</source>
        <translation>Neues Token &amp;erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open fo&amp;lder</source>
        <translation>Ord&amp;ner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore d&amp;efaults</source>
        <translation>Standards wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener address</source>
        <translation>Listener-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>127.0.0.1 or ::1 keeps the listener on this machine; 0.0.0.0 opens it to the network, which needs authentication on every source</source>
        <translation>127.0.0.1 oder ::1 beschränkt den Listener auf diesen Rechner; 0.0.0.0 öffnet ihn für das Netzwerk, was Authentifizierung bei jeder Quelle erfordert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener port</source>
        <translation>Listener-Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A request must arrive whole, headers and body, within this time; slower clients get 408</source>
        <translation>Eine Anfrage muss innerhalb dieser Zeit vollständig eintreffen, Header und Inhalt; langsamere Clients erhalten 408</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+745"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location line="-743"/>
        <source>Browse for the data directory</source>
        <translation>Datenverzeichnis auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the settings (%1)</source>
        <translation>Die Einstellungen speichern (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>Standards wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who may read /health</source>
        <translation>Wer /health lesen darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may read /metrics</source>
        <translation>Wer /metrics lesen darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus scrapes /metrics; beyond this computer it holds figures others need not see.</source>
        <translation>Prometheus liest /metrics ab; außerhalb dieses Rechners enthält es Zahlen, die andere nicht sehen müssen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>None: plain HTTP</source>
        <translation>Keine: einfaches HTTP</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>TLS key file</source>
        <translation>TLS-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse for the TLS certificate</source>
        <translation>TLS-Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the TLS key</source>
        <translation>TLS-Schlüssel auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate a new API token</source>
        <translation>Ein neues API-Token erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new API token</source>
        <translation>Das neue API-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown here once, when generated</source>
        <translation>Wird hier einmal angezeigt, beim Erzeugen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the API token</source>
        <translation>Das API-Token kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace file</source>
        <translation>Arbeitsbereich-Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the workspace&apos;s folder</source>
        <translation>Den Ordner des Arbeitsbereichs öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the data directory</source>
        <translation>Das Datenverzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS key</source>
        <translation>TLS-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API token is on the clipboard.</source>
        <translation>Das API-Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Messages carry acknowledgement links under the new public URL from the next time OT Bridge starts.</source>
        <translation>Nachrichten enthalten Bestätigungslinks unter der neuen öffentlichen URL ab dem nächsten Start von OT Bridge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new database is used from the next time OT Bridge starts.</source>
        <translation>Die neue Datenbank wird ab dem nächsten Start von OT Bridge verwendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS needs both files, the certificate and its key; leave both empty for plain HTTP</source>
        <translation>TLS braucht beide Dateien, das Zertifikat und seinen Schlüssel; lassen Sie beide leer für einfaches HTTP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist yet.</source>
        <translation>%1 gibt es noch nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file manager opened %1.</source>
        <translation>Kein Dateimanager hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>The built-in default; the pages save their changes to %1</source>
        <translation type="vanished">Der eingebaute Standard; die Seiten speichern ihre Änderungen in %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token comes from %1 in the environment, which wins over the keychain; a token generated here is used once that variable is gone.</source>
        <translation>Das Token kommt aus %1 in der Umgebung, die Vorrang vor dem Schlüsselbund hat; ein hier erzeugtes Token gilt, sobald diese Variable entfernt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Reading the keychain…</source>
        <translation>Der Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>A token is stored in the keychain. Generating a new one replaces it: clients with the old one get 401.</source>
        <translation>Im Schlüsselbund liegt ein Token. Ein neues ersetzt es: Clients mit dem alten erhalten 401.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API token yet: /api/v1 answers 403 until one is generated.</source>
        <translation>Noch kein API-Token: /api/v1 antwortet mit 403, bis eines erzeugt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The password comes from %1 in the environment, which wins over the keychain.</source>
        <translation>Das Passwort kommt aus %1 in der Umgebung, die Vorrang vor dem Schlüsselbund hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A password is stored in the keychain; type a new one to replace it.</source>
        <translation>Im Schlüsselbund liegt ein Passwort; geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password is stored: type the database&apos;s here if it asks for one.</source>
        <translation>Es ist kein Passwort gespeichert: Geben Sie das der Datenbank hier ein, wenn sie eines verlangt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storing the password in the keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is stored in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password could not be stored in the keychain: %1. On a server without one, set %2.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1. Auf einem Server ohne Schlüsselbund setzen Sie %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace the API token</source>
        <translation>API-Token ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the API token? Clients that send the old one get 401 from now on.</source>
        <translation>Das API-Token ersetzen? Clients, die das alte senden, erhalten ab jetzt 401.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token could not be stored in the keychain: %1. On a server without one, run &apos;otbridged api-token --print&apos; and set %2.</source>
        <translation>Das Token konnte nicht im Schlüsselbund abgelegt werden: %1. Auf einem Server ohne Schlüsselbund führen Sie „otbridged api-token --print“ aus und setzen %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy it now: it is not shown again. The running API takes it within moments; the old token no longer works.</source>
        <translation>Kopieren Sie es jetzt: Es wird nicht erneut angezeigt. Die laufende API übernimmt es in wenigen Augenblicken; das alte Token gilt nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A token is stored in the keychain.</source>
        <translation>Im Schlüsselbund liegt ein Token.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Webhook listener</source>
        <translation>Webhook-Listener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest request b&amp;ody:</source>
        <translation>Größter Anfrage&amp;inhalt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connections in total:</source>
        <translation>Verbindungen ins&amp;gesamt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per client add&amp;ress:</source>
        <translation>Verbindungen pro Client-Ad&amp;resse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>/&amp;health:</source>
        <translation>/&amp;health:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/&amp;metrics:</source>
        <translation>/&amp;metrics:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS certi&amp;ficate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS &amp;key:</source>
        <translation>TLS-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files, the certificate chain and its unencrypted key; both empty: plain HTTP. Renewed files are picked up while running.</source>
        <translation>PEM-Dateien, die Zertifikatskette und ihr unverschlüsselter Schlüssel; beide leer: einfaches HTTP. Erneuerte Dateien werden im laufenden Betrieb übernommen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients of /api/v1 (and of /health or /metrics where they need the token) send it as &quot;Authorization: Bearer TOKEN&quot;. It is kept in the system keychain.</source>
        <translation>Clients von /api/v1 (und von /health oder /metrics, wo sie das Token brauchen) senden es als „Authorization: Bearer TOKEN“. Es liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data &amp;directory:</source>
        <translation>&amp;Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="vanished">Arbeitsbereich:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Links in messages</source>
        <translation>Links in Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public URL for links in messages</source>
        <translation>Öffentliche URL für Links in Nachrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;ublic URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where people reach this listener from outside, through your reverse proxy. Escalation emails and SMS then carry a link to acknowledge them ({{event.ack_url}}), signed for each recipient with a key kept in the keychain. Empty: the messages carry no link.</source>
        <translation>Wo Menschen diesen Listener von außen erreichen, über Ihren Reverse-Proxy. Eskalations-E-Mails und -SMS enthalten dann einen Link zum Bestätigen ({{event.ack_url}}), für jeden Empfänger mit einem Schlüssel aus dem Schlüsselbund signiert. Leer: Die Nachrichten enthalten keinen Link.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect the next time OT Bridge starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von OT Bridge wirksam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The theme follows the system: light or dark, colours and fonts come from your desktop&apos;s settings.</source>
        <translation>Das Design folgt dem System: Hell oder Dunkel, Farben und Schriften kommen aus den Einstellungen Ihres Desktops.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location line="-648"/>
        <source>Listener and data directory changes take effect the next time OT Bridge starts. Options given on the command line (otbridge --help) take precedence over these settings.</source>
        <translation>Änderungen am Listener und am Datenverzeichnis werden beim nächsten Start von OT Bridge wirksam. Optionen auf der Befehlszeile (otbridge --help) haben Vorrang vor diesen Einstellungen.</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+8"/>
        <source>Open to anyone</source>
        <translation>Für alle offen</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Needs the API token</source>
        <translation>Braucht das API-Token</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Off (404)</source>
        <translation>Aus (404)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open on this computer, the token beyond it</source>
        <translation>Offen auf diesem Rechner, darüber hinaus mit Token</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Changes reverted to what is saved.</source>
        <translation>Änderungen auf den gespeicherten Stand zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the address to listen on, such as 127.0.0.1</source>
        <translation>Geben Sie die Adresse ein, auf der gelauscht werden soll, z. B. 127.0.0.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an IP address: use one such as 127.0.0.1, ::1 or 0.0.0.0, or localhost</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse: verwenden Sie eine wie 127.0.0.1, ::1 oder 0.0.0.0, oder localhost</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The port is a whole number from 1 to 65535</source>
        <translation>Der Port ist eine ganze Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a directory for the event store</source>
        <translation>Wählen Sie ein Verzeichnis für den Ereignisspeicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the directory&apos;s full path, not one relative to where OT Bridge starts</source>
        <translation>Geben Sie den vollständigen Pfad des Verzeichnisses an, nicht einen relativ zum Startort von OT Bridge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a directory</source>
        <translation>%1 ist eine Datei, kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written to</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One client address cannot hold more connections than the %1 in total</source>
        <translation>Eine Client-Adresse kann nicht mehr Verbindungen halten als die %1 insgesamt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Defaults shown; Save keeps them.</source>
        <translation>Standardwerte angezeigt; „Speichern“ übernimmt sie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: correct the fields marked above.</source>
        <translation>Nicht gespeichert: korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener and the data directory change the next time OT Bridge starts.</source>
        <translation>Listener und Datenverzeichnis ändern sich beim nächsten Start von OT Bridge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language shows the next time OT Bridge starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von OT Bridge.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>OT Bridge runs its built-in workspace; the pages save their changes to this file, which the window opens from then on.</source>
        <translation>OT Bridge läuft mit dem eingebauten Arbeitsbereich; die Seiten speichern ihre Änderungen in diese Datei, die das Fenster danach öffnet.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite in the data directory</source>
        <translation>SQLite im Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Passwort der Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shown; Save puts what is typed in the keychain</source>
        <translation>Wird nicht angezeigt; Speichern legt das Eingegebene im Schlüsselbund ab</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database pass&amp;word:</source>
        <translation>Pass&amp;wort der Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: SQLite, in the data directory. A PostgreSQL URL, postgresql://USER@HOST:5432/DATABASE (with ?sslmode=verify-full where the network is not your own), lets several OT Bridge servers share one database; the URL never holds the password, which goes to the system keychain.</source>
        <translation>Leer: SQLite im Datenverzeichnis. Mit einer PostgreSQL-URL, postgresql://BENUTZER@HOST:5432/DATENBANK (mit ?sslmode=verify-full, wo das Netz nicht Ihr eigenes ist), teilen sich mehrere OT-Bridge-Server eine Datenbank; die URL enthält nie das Passwort, das in den Schlüsselbund des Systems kommt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wor&amp;kspace:</source>
        <translation>Arbeits&amp;bereich:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Now listening on %1.</source>
        <translation>Lauscht jetzt auf %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener is not running.</source>
        <translation>Der Listener läuft nicht.</translation>
    </message>
</context>
<context>
    <name>OtBridge::SourcesPage</name>
    <message>
        <location filename="../ui/sources/sourcespage.cpp" line="+50"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can reach the listener may post to this source. Fine on this computer; choose one of the others before opening the listener to the network.</source>
        <translation>Jeder, der den Listener erreicht, kann an diese Quelle senden. Auf diesem Rechner in Ordnung; wählen Sie eine andere Art, bevor Sie den Listener für das Netzwerk öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard Webhooks signature</source>
        <translation>Standard-Webhooks-Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender signs every request with a shared whsec_ secret (webhook-id, webhook-timestamp and webhook-signature headers).</source>
        <translation>Der Absender signiert jede Anfrage mit einem gemeinsamen whsec_-Geheimnis (Header webhook-id, webhook-timestamp und webhook-signature).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub signature</source>
        <translation>GitHub-Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub signs with the webhook&apos;s secret in X-Hub-Signature-256.</source>
        <translation>GitHub signiert mit dem Geheimnis des Webhooks in X-Hub-Signature-256.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe signature</source>
        <translation>Stripe-Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe signs with the endpoint&apos;s signing secret in Stripe-Signature.</source>
        <translation>Stripe signiert mit dem Signaturgeheimnis des Endpunkts in Stripe-Signature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender gives a user name and password in the Authorization header.</source>
        <translation>Der Absender gibt Benutzername und Passwort im Authorization-Header an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender gives a token in the Authorization header.</source>
        <translation>Der Absender gibt ein Token im Authorization-Header an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key in a header</source>
        <translation>API-Schlüssel in einem Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender gives a key in a header of its own, such as X-Api-Key.</source>
        <translation>Der Absender gibt einen Schlüssel in einem eigenen Header an, etwa X-Api-Key.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Add source</source>
        <translation>Quelle &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Eine Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the source</source>
        <translation>Die Quelle löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each source has its own address on the webhook listener. How its senders prove who they are is checked over the raw body before anything is stored; secrets stay in the system keychain, never in the workspace file.</source>
        <translation>Jede Quelle hat ihre eigene Adresse am Webhook-Listener. Wie ihre Absender sich ausweisen, wird über den unveränderten Body geprüft, bevor etwas gespeichert wird; Geheimnisse bleiben im Schlüsselbund des Systems, nie in der Arbeitsbereich-Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the address: 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot change once saved, since senders and rules use it.</source>
        <translation>Teil der Adresse: 1 bis 64 Zeichen aus a-z, 0-9, „.“, „_“ oder „-“. Nach dem Speichern nicht mehr änderbar, da Absender und Regeln ihn verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM events</source>
        <translation>CRM-Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any content type</source>
        <translation>Beliebiger Inhaltstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON source refuses bodies that are not JSON (400) or are sent with another Content-Type (415).</source>
        <translation>Eine JSON-Quelle weist Bodys ab, die kein JSON sind (400) oder mit einem anderen Content-Type gesendet werden (415).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the keychain</source>
        <translation>Wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several secrets separated by spaces are all accepted while one is rotated.</source>
        <translation>Mehrere durch Leerzeichen getrennte Geheimnisse werden alle angenommen, solange eines gewechselt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate a new secret</source>
        <translation>Ein neues Geheimnis erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Das Geheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secret, to give it to the sender</source>
        <translation>Das Geheimnis kopieren, um es dem Absender zu geben</translation>
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
        <location line="+6"/>
        <source>Timestamp tolerance in seconds</source>
        <translation>Zeitstempel-Toleranz in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the signed timestamp may be from this computer&apos;s clock, either way; older requests are refused as replays.</source>
        <translation>Wie weit der signierte Zeitstempel von der Uhr dieses Rechners abweichen darf, in beide Richtungen; ältere Anfragen werden als Wiederholungen abgewiesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed addresses</source>
        <translation>Erlaubte Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any address</source>
        <translation>Jede Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses or subnets separated by commas, such as 10.0.0.0/8, 192.0.2.7; others are refused with 403. Empty: any address.</source>
        <translation>Adressen oder Subnetze, durch Kommas getrennt, etwa 10.0.0.0/8, 192.0.2.7; andere werden mit 403 abgewiesen. Leer: jede Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address for the sender</source>
        <translation>Adresse für den Absender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the address for the sender</source>
        <translation>Die Adresse für den Absender kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontent type:</source>
        <translation>Inhalts&amp;typ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keychain entry:</source>
        <translation>&amp;Schlüsselbund-Eintrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tole&amp;rance:</source>
        <translation>Tole&amp;ranz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llowed addresses:</source>
        <translation>E&amp;rlaubte Adressen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the sender this address; it posts its webhooks there:</source>
        <translation>Geben Sie dem Absender diese Adresse; er sendet seine Webhooks dorthin:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the source</source>
        <translation>Die Quelle speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a signed &amp;test</source>
        <translation>Signierten &amp;Test senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a signed test to the listener</source>
        <translation>Einen signierten Test an den Listener senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends a small JSON document to this source&apos;s address, signed with the saved secret the way its sender would sign it, and shows the listener&apos;s answer. It is stored like any webhook.</source>
        <translation>Sendet ein kleines JSON-Dokument an die Adresse dieser Quelle, signiert mit dem gespeicherten Geheimnis so, wie ihr Absender es signieren würde, und zeigt die Antwort des Listeners. Es wird wie jeder Webhook gespeichert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The secret</source>
        <translation>Das Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the new source</source>
        <translation>die neue Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 are not saved. Save them before going on?</source>
        <translation>Die Änderungen an %1 sind nicht gespeichert. Vor dem Weitergehen speichern?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Generate a new whsec_ secret</source>
        <translation>Ein neues whsec_-Geheimnis erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a new random secret</source>
        <translation>Ein neues zufälliges Geheimnis erzeugen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the source a name first</source>
        <translation>Geben Sie der Quelle zuerst einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener is not running</source>
        <translation>Der Listener läuft nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an address or a subnet; write them like 192.0.2.7 or 10.0.0.0/8, separated by commas</source>
        <translation>„%1“ ist keine Adresse und kein Subnetz; schreiben Sie sie wie 192.0.2.7 oder 10.0.0.0/8, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name the source; the name becomes part of its address</source>
        <translation>Benennen Sie die Quelle; der Name wird Teil ihrer Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>Verwenden Sie 1 bis 64 Zeichen aus a-z, 0-9, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a source called %1</source>
        <translation>Es gibt bereits eine Quelle namens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the name of an event of OT Bridge itself</source>
        <translation>%1 ist der Name eines Ereignisses von OT Bridge selbst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the secret the sender uses, or generate one</source>
        <translation>Geben Sie das Geheimnis des Absenders ein oder erzeugen Sie eines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a Standard Webhooks secret (whsec_ and base64): %1</source>
        <translation>Kein Standard-Webhooks-Geheimnis (whsec_ und Base64): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the keychain entry the secret is kept under</source>
        <translation>Benennen Sie den Schlüsselbund-Eintrag, unter dem das Geheimnis liegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the user name the sender gives</source>
        <translation>Geben Sie den Benutzernamen des Absenders ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name cannot contain &apos;:&apos;</source>
        <translation>Ein Benutzername darf kein „:“ enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the header&apos;s name, such as X-Api-Key</source>
        <translation>Geben Sie den Namen des Headers ein, etwa X-Api-Key</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is on the clipboard.</source>
        <translation>%1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Nicht gespeichert: Das Geheimnis konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The listener takes webhooks for %1 as saved now.</source>
        <translation>Der Listener nimmt Webhooks für %1 jetzt wie gespeichert an.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not deleted: it triggers these rules: %2. Change them on the Rules page first.</source>
        <translation>%1 wird nicht gelöscht: Sie löst diese Regeln aus: %2. Ändern Sie diese zuerst auf der Seite Regeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete source %1? Its senders&apos; webhooks are refused with 404 from now on; the events already stored stay.</source>
        <translation>Quelle %1 löschen? Webhooks ihrer Absender werden ab jetzt mit 404 abgewiesen; bereits gespeicherte Ereignisse bleiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted source %1. %2</source>
        <translation>Quelle %1 gelöscht. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the source first.</source>
        <translation>Speichern Sie die Quelle zuerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The saved secret could not be read: %1</source>
        <translation>Das gespeicherte Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No answer from the listener: %1</source>
        <translation>Keine Antwort vom Listener: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listener accepted the signed test: HTTP %1 %2. It shows in the console like any webhook.</source>
        <translation>Der Listener hat den signierten Test angenommen: HTTP %1 %2. Er erscheint in der Konsole wie jeder Webhook.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The listener refused the signature or credentials: is the sender&apos;s copy of the secret the one saved here?</source>
        <translation>Der Listener hat Signatur oder Zugangsdaten abgewiesen: Hat der Absender dasselbe Geheimnis wie das hier gespeicherte?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s address is not in the source&apos;s allowed addresses.</source>
        <translation>Die Adresse dieses Rechners gehört nicht zu den erlaubten Adressen der Quelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener cannot read the source&apos;s secret yet.</source>
        <translation>Der Listener kann das Geheimnis der Quelle noch nicht lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener refused the test: HTTP %1 %2</source>
        <translation>Der Listener hat den Test abgewiesen: HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::SparklineChart</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/sparklinechart.cpp" line="+120"/>
        <source>−%n min</source>
        <translation>
            <numerusform>−%n Min.</numerusform>
            <numerusform>−%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>−%n s</source>
        <translation>
            <numerusform>−%n s</numerusform>
            <numerusform>−%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (min %3, max %4)</source>
        <translation>%1: %2 (min. %3, max. %4)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation type="vanished">min. %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::StepsEditor</name>
    <message>
        <source>Send the first event at once, digest the rest</source>
        <translation type="vanished">Das erste Ereignis sofort senden, den Rest zusammenfassen</translation>
    </message>
    <message>
        <source>Urgent: quiet hours do not hold its messages</source>
        <translation type="vanished">Dringend: Ruhezeiten halten seine Nachrichten nicht zurück</translation>
    </message>
    <message>
        <location filename="../ui/rules/stepseditor.cpp" line="+73"/>
        <location line="+166"/>
        <source>Show the notification steps</source>
        <translation>Benachrichtigungsschritte anzeigen</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Delay or digest the messages, or mark the rule urgent</source>
        <translation>Nachrichten verzögern oder zusammenfassen, oder die Regel als dringend markieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What happens before sending</source>
        <translation>Was vor dem Senden geschieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send at once</source>
        <translation>Sofort senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay</source>
        <translation>Verzögern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay until when</source>
        <translation>Verzögern bis wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a time after the event</source>
        <translation>eine Zeit lang nach dem Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until a time in the payload</source>
        <translation>bis zu einer Zeit aus den Nutzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay duration</source>
        <translation>Dauer der Verzögerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2h, 30m, 1d</source>
        <translation>z. B. 2h, 30m, 1d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to send, from the payload</source>
        <translation>Sendezeit aus den Nutzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{contract.review_due}}</source>
        <translation>z. B. {{contract.review_due}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offset from the time</source>
        <translation>Versatz zur Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. -24h (before), 1h (after)</source>
        <translation>z. B. -24h (davor), 1h (danach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the time is already past</source>
        <translation>Wenn die Zeit schon vorbei ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send at once</source>
        <translation>sofort senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the messages</source>
        <translation>Nachrichten auslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If past</source>
        <translation>Wenn vorbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key of the held messages, for cancelling</source>
        <translation>Schlüssel der zurückgehaltenen Nachrichten, zum Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{contract.id}}</source>
        <translation>z. B. {{contract.id}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel key</source>
        <translation>Abbruchschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the held messages when a later event with the same key matches:</source>
        <translation>Die zurückgehaltenen Nachrichten abbrechen, wenn ein späteres Ereignis mit demselben Schlüssel passt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition that cancels the held messages</source>
        <translation>Bedingung, die die zurückgehaltenen Nachrichten abbricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digest key</source>
        <translation>Schlüssel der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{supplier.id}}</source>
        <translation>z. B. {{supplier.id}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events with the same key within the window make one message</source>
        <translation>Ereignisse mit demselben Schlüssel im Zeitfenster ergeben eine Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest window</source>
        <translation>Zeitfenster der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 10m</source>
        <translation>z. B. 10m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Urgent: ignores quiet hours</source>
        <translation>Dringend: ignoriert Ruhezeiten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The first event at once</source>
        <translation>Erstes Ereignis sofort</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Send the event that opens a window at once and digest the rest</source>
        <translation>Das Ereignis, das ein Zeitfenster öffnet, sofort senden und den Rest zusammenfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipients&apos; quiet hours do not hold this rule&apos;s messages</source>
        <translation>Die Ruhezeiten der Empfänger halten die Nachrichten dieser Regel nicht zurück</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Hide the notification steps</source>
        <translation>Benachrichtigungsschritte ausblenden</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digest</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, urgent</source>
        <translation>%1, dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::StoreNotification</name>
    <message>
        <location filename="../core/store/storenotification.cpp" line="+80"/>
        <source>a notification on channel %1, which OT Bridge does not use</source>
        <translation>eine Benachrichtigung auf dem Kanal %1, den OT Bridge nicht verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a notification on channel %1 that is not OT Bridge&apos;s: %2</source>
        <translation>eine Benachrichtigung auf dem Kanal %1, die nicht von OT Bridge stammt: %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::TargetMetricsModel</name>
    <message>
        <location filename="../ui/dashboard/targetmetricsmodel.cpp" line="+50"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-open</source>
        <translation>Halboffen</translation>
    </message>
    <message>
        <source>Calls to %1 are held back until a trial call succeeds</source>
        <translation type="vanished">Aufrufe an %1 werden zurückgehalten, bis ein Probeaufruf gelingt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Calls to %1 are held back until a trial call succeeds. Failures in a row: %2</source>
        <translation>Aufrufe an %1 werden zurückgehalten, bis ein Probeaufruf gelingt. Fehler in Folge: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failures in a row: %1</source>
        <translation>Fehler in Folge: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed attempts</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures in a row</source>
        <translation>Fehler in Folge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
</context>
<context>
    <name>OtBridge::TargetsPage</name>
    <message>
        <location filename="../ui/targets/targetspage.cpp" line="+29"/>
        <source>&amp;Add HTTP target</source>
        <translation>HTTP-Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Add an HTTP target</source>
        <translation>Ein HTTP-Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>OpenText Notifications
%1</source>
        <translation>OpenText Notifications
%1</translation>
    </message>
</context>
<context>
    <name>OtBridge::TesterPage</name>
    <message>
        <location filename="../ui/tester/testerpage.cpp" line="+53"/>
        <source>Standard Webhooks signatures</source>
        <translation>Signaturen nach Standard Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub-style X-Hub-Signature-256</source>
        <translation>X-Hub-Signature-256 im GitHub-Stil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe-style signatures</source>
        <translation>Signaturen im Stripe-Stil</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+23"/>
        <location line="+38"/>
        <source>Fire</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+25"/>
        <location line="+39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+40"/>
        <location line="+1"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Import Postman collection…</source>
        <translation>Postman-Sammlung importieren …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library and history</source>
        <translation>Bibliothek und Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample library</source>
        <translation>Beispielbibliothek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of what was sent</source>
        <translation>Verlauf des Gesendeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>Import a Postman collection</source>
        <translation>Eine Postman-Sammlung importieren</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Tester message</source>
        <translation>Tester-Meldung</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use-case samples</source>
        <translation>Beispiele für Anwendungsfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed samples</source>
        <translation>Signierte Beispiele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with the secret you give; the source must be configured with the same scheme and secret</source>
        <translation>Mit dem von Ihnen angegebenen Geheimnis signiert; die Quelle muss mit demselben Verfahren und Geheimnis konfiguriert sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POST /hooks/%1 (%2)</source>
        <translation>POST /hooks/%1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No value for %1: import the collection with a Postman environment, or edit the request</source>
        <translation>Kein Wert für %1: importieren Sie die Sammlung mit einer Postman-Umgebung, oder bearbeiten Sie die Anfrage</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Source &apos;%1&apos; checks credentials (%2): add the header it expects</source>
        <translation>Die Quelle &apos;%1&apos; prüft Anmeldedaten (%2): fügen Sie den erwarteten Header hinzu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source &apos;%1&apos; checks %2 with the secret &apos;%3&apos;</source>
        <translation>Die Quelle &apos;%1&apos; prüft %2 mit dem Geheimnis &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret &apos;%1&apos; could not be read: %2</source>
        <translation>Das Geheimnis &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret &apos;%1&apos; is in the form (in memory only)</source>
        <translation>Das Geheimnis &apos;%1&apos; steht im Formular (nur im Arbeitsspeicher)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The history could not be written: %1</source>
        <translation>Der Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 %2, %n time(s), %3 at once; sent %4</source>
        <translation>
            <numerusform>%1 %2, %n-mal, %3 gleichzeitig; gesendet %4</numerusform>
            <numerusform>%1 %2, %n-mal, %3 gleichzeitig; gesendet %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, %3 time(s), %4 at once</source>
        <translation type="vanished">%1 %2, %3-mal, %4 gleichzeitig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Credentials were not kept in the history: fill in the [redacted] values before firing</source>
        <translation>Anmeldedaten wurden nicht im Verlauf aufbewahrt: füllen Sie die [redacted]-Werte aus, bevor Sie senden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied as curl; credentials are left out</source>
        <translation>Als curl kopiert; Anmeldedaten sind weggelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied as curl; credentials are left out, the signature is fresh</source>
        <translation>Als curl kopiert; Anmeldedaten sind weggelassen, die Signatur ist neu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Postman collections (*.postman_collection.json *.json);;All files (*)</source>
        <translation>Postman-Sammlungen (*.postman_collection.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The collection uses variables it does not define: %1. Take their values from a Postman environment file?</source>
        <translation>Die Sammlung verwendet Variablen, die sie nicht definiert: %1. Ihre Werte aus einer Postman-Umgebungsdatei übernehmen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a Postman environment</source>
        <translation>Postman-Umgebung auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postman environments (*.postman_environment.json *.json);;All files (*)</source>
        <translation>Postman-Umgebungen (*.postman_environment.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Imported %n request(s) from &apos;%1&apos;</source>
        <translation>
            <numerusform>%n Anfrage aus &apos;%1&apos; importiert</numerusform>
            <numerusform>%n Anfragen aus &apos;%1&apos; importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auth: %1</source>
        <translation>auth: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::TlsCredentials</name>
    <message>
        <location filename="../core/ingest/tlscredentials.cpp" line="+91"/>
        <source>cannot read the %1 %2: %3</source>
        <translation>die %1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 %2 is empty</source>
        <translation>die %1 %2 ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;)</source>
        <translation>%1 enthält kein PEM-Zertifikat (&quot;-----BEGIN CERTIFICATE-----&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate in %1 has a %2 key; use an RSA or EC key</source>
        <translation>das Zertifikat in %1 hat einen %2-Schlüssel; verwenden Sie einen RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key in %1 is encrypted; give the listener an unencrypted key (openssl pkey -in KEY -out PLAIN) readable only by the service</source>
        <translation>der private Schlüssel in %1 ist verschlüsselt; geben Sie dem Listener einen unverschlüsselten Schlüssel (openssl pkey -in KEY -out PLAIN), den nur der Dienst lesen kann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no PEM private key that can be read (RSA or EC, unencrypted)</source>
        <translation>%1 enthält keinen lesbaren privaten PEM-Schlüssel (RSA oder EC, unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key in %1 is an %2 key, but the certificate in %3 has an %4 key: they are not a pair</source>
        <translation>der private Schlüssel in %1 ist ein %2-Schlüssel, aber das Zertifikat in %3 hat einen %4-Schlüssel: sie bilden kein Paar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>der private Schlüssel in %1 gehört nicht zum Zertifikat in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the private key %1 can be read by every user of this machine; chmod 600 it</source>
        <translation>der private Schlüssel %1 ist für jeden Benutzer dieses Rechners lesbar; setzen Sie chmod 600 darauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate in %1 expired on %2; clients will refuse it</source>
        <translation>das Zertifikat in %1 ist am %2 abgelaufen; Clients werden es ablehnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate in %1 is not valid before %2</source>
        <translation>das Zertifikat in %1 ist erst ab %2 gültig</translation>
    </message>
</context>
<context>
    <name>OtBridge::WebhookListener</name>
    <message>
        <location filename="../core/ingest/webhooklistener.cpp" line="+120"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>keeping the TLS certificate in use (SHA-256 %1): %2</source>
        <translation>das verwendete TLS-Zertifikat wird beibehalten (SHA-256 %1): %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS certificate reloaded: SHA-256 %1, valid until %2</source>
        <translation>TLS-Zertifikat neu geladen: SHA-256 %1, gültig bis %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>method %1 is not allowed here; use %2</source>
        <translation>die Methode %1 ist hier nicht erlaubt; verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+97"/>
        <source>unknown source &apos;%1&apos;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <location line="-88"/>
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
        <location line="+11"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes for an acknowledgement</source>
        <translation>der Anfragetext von %1 Bytes überschreitet die Grenze von %2 Bytes für eine Bestätigung</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+25"/>
        <location line="+194"/>
        <source>no endpoint at %1</source>
        <translation>kein Endpunkt unter %1</translation>
    </message>
    <message>
        <location line="-187"/>
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
        <location line="+11"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>der Inhalt ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <location line="+20"/>
        <source>the API token is still being read from the keychain; try again in a moment</source>
        <translation>das API-Token wird noch aus dem Schlüsselbund gelesen; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this endpoint needs an API token: set OTBRIDGE_SECRET_API_TOKEN, or store one under &quot;api-token&quot; in the keychain, and send it as &quot;Authorization: Bearer &lt;token&gt;&quot;</source>
        <translation>dieser Endpunkt benötigt ein API-Token: setzen Sie OTBRIDGE_SECRET_API_TOKEN oder speichern Sie eines unter &quot;api-token&quot; im Schlüsselbund, und senden Sie es als &quot;Authorization: Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this endpoint needs &quot;Authorization: Bearer &lt;token&gt;&quot;</source>
        <translation>dieser Endpunkt benötigt &quot;Authorization: Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the API token is not valid</source>
        <translation>das API-Token ist ungültig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an event id</source>
        <translation>„%1“ ist keine Ereignis-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>no event %1</source>
        <translation>kein Ereignis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>deliveries are not running</source>
        <translation>die Zustellung läuft nicht</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the body must be a JSON object such as {&quot;by&quot;: &quot;jane&quot;, &quot;note&quot;: &quot;on it&quot;}, or empty</source>
        <translation>der Inhalt muss ein JSON-Objekt wie {&quot;by&quot;: &quot;jane&quot;, &quot;note&quot;: &quot;on it&quot;} oder leer sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the acknowledgement could not be stored: %1</source>
        <translation>die Bestätigung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the retry could not be stored: %1</source>
        <translation>die Wiederholung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>send {&quot;ids&quot;: [&quot;…&quot;]} or {&quot;target&quot;: &quot;name&quot;, &quot;since&quot;: &quot;2026-11-29T08:00:00Z&quot;}</source>
        <translation>senden Sie {&quot;ids&quot;: [&quot;…&quot;]} oder {&quot;target&quot;: &quot;name&quot;, &quot;since&quot;: &quot;2026-11-29T08:00:00Z&quot;}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;since&quot; must be an ISO-8601 time such as 2026-11-29T08:00:00Z</source>
        <translation>&quot;since&quot; muss eine Zeitangabe nach ISO 8601 sein, z. B. 2026-11-29T08:00:00Z</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the replay could not be stored: %1</source>
        <translation>die erneute Ausführung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::WorkspaceFile</name>
    <message>
        <location filename="../ui/workspacefile.cpp" line="+43"/>
        <source>the window</source>
        <translation>das Fenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as the cluster&apos;s workspace, version %1: every node uses it now.</source>
        <translation>Als Arbeitsbereich des Clusters gespeichert, Version %1: jeder Knoten verwendet ihn jetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1. OT Bridge was running its built-in workspace, so it was saved to this new file in the default location, which the window opens from now on (otbridge --headless needs --workspace &quot;%1&quot;).</source>
        <translation>In %1 gespeichert. OT Bridge lief mit dem eingebauten Arbeitsbereich, daher wurde er in diese neue Datei am Standardort gespeichert, die das Fenster ab jetzt öffnet (otbridge --headless braucht --workspace &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OT Bridge could not switch to it while running: %1. It will use it when it starts again.</source>
        <translation>OT Bridge konnte im laufenden Betrieb nicht darauf umstellen: %1. Beim nächsten Start wird es verwendet.</translation>
    </message>
</context>
<context>
    <name>OtBridge::WorkspaceRepository</name>
    <message>
        <location filename="../core/cluster/workspacerepository.cpp" line="+101"/>
        <source>the workspace row vanished while it was saved</source>
        <translation>die Zeile des Arbeitsbereichs ist beim Speichern verschwunden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the workspace was first saved by %1 on %2 at %3 (version %4) while this one was being made: nothing was saved; load the stored one and make the change again</source>
        <translation>der Arbeitsbereich wurde zuerst von %1 auf %2 um %3 gespeichert (Version %4), während dieser erstellt wurde: nichts wurde gespeichert; laden Sie den gespeicherten und nehmen Sie die Änderung erneut vor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace was saved by %1 on %2 at %3 (version %4) after this one was loaded (version %5): nothing was saved; load the current one and make the change again</source>
        <translation>der Arbeitsbereich wurde von %1 auf %2 um %3 gespeichert (Version %4), nachdem dieser geladen wurde (Version %5): nichts wurde gespeichert; laden Sie den aktuellen und nehmen Sie die Änderung erneut vor</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/config/workspace.cpp" line="+64"/>
        <location filename="../core/rules/actionrenderer.cpp" line="+240"/>
        <source>there is no OpenText target in this workspace</source>
        <translation>in diesem Arbeitsbereich gibt es kein OpenText-Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is an http target; an opentext action needs an OpenText target</source>
        <translation>&apos;%1&apos; ist ein http-Ziel; eine opentext-Aktion benötigt ein OpenText-Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>no target &apos;%1&apos; in this workspace</source>
        <translation>kein Ziel &apos;%1&apos; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../core/rules/actionrenderer.cpp" line="+13"/>
        <location line="+36"/>
        <source>no role &apos;%1&apos; in this workspace</source>
        <translation>keine Rolle &apos;%1&apos; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a person in any role of this workspace</source>
        <translation>%1 ist in keiner Rolle dieses Arbeitsbereichs eine Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is an OpenText target; an http action needs an http target</source>
        <translation>&apos;%1&apos; ist ein OpenText-Ziel; eine http-Aktion benötigt ein http-Ziel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>target &apos;%1&apos; is a generic http target; &quot;fields&quot; is for preset targets, use &quot;body&quot;</source>
        <translation>das Ziel &apos;%1&apos; ist ein allgemeines http-Ziel; &quot;fields&quot; ist für Ziele mit Vorgabe gedacht, verwenden Sie &quot;body&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target &apos;%1&apos; uses the %2 preset; give its &quot;fields&quot;, not method, url or body</source>
        <translation>das Ziel &apos;%1&apos; verwendet die Vorgabe %2; geben Sie deren &quot;fields&quot; an, nicht method, url oder body</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the %1 preset needs this field</source>
        <translation>die Vorgabe %1 benötigt dieses Feld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 preset has no such field (it takes %2)</source>
        <translation>die Vorgabe %1 hat kein solches Feld (sie akzeptiert %2)</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../core/config/roledirectory.cpp" line="+45"/>
        <location filename="../core/config/workspace.cpp" line="+2"/>
        <location line="+48"/>
        <source>%1: name &apos;%2&apos; must be 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1: der Name „%2“ muss aus 1 bis 64 Zeichen aus a-z, 0-9, „.“, „_“ oder „-“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/config/workspace.cpp" line="-43"/>
        <location line="+47"/>
        <source>%1: the name &apos;%2&apos; is used twice</source>
        <translation>%1: der Name „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../core/config/workspace.cpp" line="-45"/>
        <source>%1: the name &apos;%2&apos; is reserved for an event of the bridge itself</source>
        <translation>%1: der Name &apos;%2&apos; ist für ein internes Ereignis von OT Bridge reserviert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (&apos;%2&apos;): format must be &quot;json&quot; or &quot;any&quot;, not &quot;%3&quot;</source>
        <translation>%1 („%2“): format muss „json“ oder „any“ sein, nicht „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (&apos;%2&apos;): max_body_bytes must be a positive number</source>
        <translation>%1 („%2“): max_body_bytes muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>workspace %1: &quot;targets&quot; must be an array</source>
        <translation>Arbeitsbereich %1: „targets“ muss ein Array sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1, target %2</source>
        <translation>Arbeitsbereich %1, Ziel %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>workspace %1: &quot;roles&quot; must be an array</source>
        <translation>Arbeitsbereich %1: &quot;roles&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>workspace %1: &quot;rules&quot; must be an array</source>
        <translation>Arbeitsbereich %1: &quot;rules&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>workspace %1, rule %2: must be a JSON object</source>
        <translation>Arbeitsbereich %1, Regel %2: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another rule has the same name</source>
        <translation>eine andere Regel hat denselben Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no source &apos;%1&apos; in this workspace</source>
        <translation>keine Quelle &apos;%1&apos; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/rules/workspacecheck.cpp" line="+622"/>
        <source>%1, action %2</source>
        <translation>%1, Aktion %2</translation>
    </message>
    <message>
        <location filename="../core/config/workspace.cpp" line="+204"/>
        <location line="+4"/>
        <source>cannot write the workspace %1: %2</source>
        <translation>der Arbeitsbereich %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/sqlitebackend.cpp" line="-1"/>
        <source>cannot open the event store %1: %2</source>
        <translation>der Ereignisspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>cannot configure the event store: %1</source>
        <translation>der Ereignisspeicher kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/sqliteschema.cpp" line="+59"/>
        <source>cannot index the event store: %1</source>
        <translation>der Ereignisspeicher kann nicht indiziert werden: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the event store %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another data directory</source>
        <translation>der Ereignisspeicher %1 hat die Schemaversion %2, neuer als diese OT-Bridge-Version versteht (%3): verwenden Sie eine neuere OT Bridge oder ein anderes Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot upgrade the event store from schema version %1: %2</source>
        <translation>der Ereignisspeicher kann nicht von Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/requesthead.cpp" line="+79"/>
        <source>line ending without CR (a bare LF)</source>
        <translation>Zeilenende ohne CR (ein einzelnes LF)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed request method</source>
        <translation>fehlerhafte Anfragemethode</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
        <source>invalid character in header field value</source>
        <translation>ungültiges Zeichen im Wert eines Header-Felds</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../core/config/opentexttarget.cpp" line="+99"/>
        <source>%1: max_destinations_per_job must be a number from 1 to 1000</source>
        <translation>%1: max_destinations_per_job muss eine Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout_ms must be at least 100 milliseconds</source>
        <translation>%1: timeout_ms muss mindestens 100 Millisekunden betragen</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../core/config/httptarget.cpp" line="+44"/>
        <source>%1: secrets do not belong in the workspace file; store them in the keychain and name them with &quot;secret&quot;</source>
        <translation>%1: Geheimnisse gehören nicht in die Datei des Arbeitsbereichs; speichern Sie sie im Schlüsselbund und benennen Sie sie mit &quot;secret&quot;</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1: unknown key &apos;%2&apos; (an http target takes %3)</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos; (ein http-Ziel akzeptiert %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: preset must be one of %2, not &quot;%3&quot;</source>
        <translation>%1: preset muss eines von %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: url must be an http(s) URL, or sandbox:/path for the built-in sandbox, not &quot;%2&quot;</source>
        <translation>%1: url muss eine http(s)-URL sein oder sandbox:/path für die eingebaute Sandbox, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: an http target needs a url</source>
        <translation>%1: ein http-Ziel benötigt eine url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the %2 preset needs the url of the instance or webhook</source>
        <translation>%1: die Vorgabe %2 benötigt die url der Instanz oder des Webhooks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the %2 preset chooses its own method</source>
        <translation>%1: die Vorgabe %2 legt die Methode selbst fest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: method must be GET, POST, PUT, PATCH or DELETE, not &quot;%2&quot;</source>
        <translation>%1: method muss GET, POST, PUT, PATCH oder DELETE sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;headers&quot; must be an object of header names and text values</source>
        <translation>%1: &quot;headers&quot; muss ein Objekt aus Header-Namen und Textwerten sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a valid header name</source>
        <translation>%1: &apos;%2&apos; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: header %2 must be a text value</source>
        <translation>%1: der Header %2 muss ein Textwert sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: credentials go under &quot;auth&quot; with a keychain &quot;secret&quot;, not in a header</source>
        <translation>%1: Anmeldedaten gehören unter &quot;auth&quot; mit einem &quot;secret&quot; aus dem Schlüsselbund, nicht in einen Header</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/config/sourceauth.cpp" line="+93"/>
        <location filename="../core/tester/postmancollection.cpp" line="+234"/>
        <location line="+159"/>
        <location line="+211"/>
        <source>%1: &quot;auth&quot; must be an object</source>
        <translation>%1: &quot;auth&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, auth: unknown key &apos;%2&apos; (auth takes %3)</source>
        <translation>%1, auth: unbekannter Schlüssel &apos;%2&apos; (auth akzeptiert %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: auth type must be &quot;basic&quot;, &quot;bearer&quot; or &quot;header&quot;, not &quot;%2&quot;</source>
        <translation>%1: der auth-Typ muss &quot;basic&quot;, &quot;bearer&quot; oder &quot;header&quot; sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/config/opentexttarget.cpp" line="+5"/>
        <source>%1: HTTP Basic needs a user</source>
        <translation>%1: HTTP Basic benötigt einen Benutzer (user)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: header auth needs the header&apos;s name, such as X-Api-Key</source>
        <translation>%1: die header-Authentifizierung benötigt den Namen des Headers, z. B. X-Api-Key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: auth needs &quot;secret&quot;, the name of the keychain entry that holds the password, token or key</source>
        <translation>%1: auth benötigt &quot;secret&quot;, den Namen des Schlüsselbund-Eintrags, der das Passwort, das Token oder den Schlüssel enthält</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;signing&quot; needs &quot;secret&quot;, the name of the keychain entry that holds the signing secret</source>
        <translation>%1: &quot;signing&quot; benötigt &quot;secret&quot;, den Namen des Schlüsselbund-Eintrags, der das Signaturgeheimnis enthält</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: idempotency_key must be true or false</source>
        <translation>%1: idempotency_key muss true oder false sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout_ms must be from 100 to 600000 milliseconds</source>
        <translation>%1: timeout_ms muss zwischen 100 und 600000 Millisekunden liegen</translation>
    </message>
    <message>
        <location filename="../core/config/deliverypolicy.cpp" line="+146"/>
        <location filename="../core/config/httptarget.cpp" line="+4"/>
        <location filename="../core/config/opentexttarget.cpp" line="-28"/>
        <source>%1, delivery</source>
        <translation>%1, Zustellung</translation>
    </message>
    <message>
        <location filename="../core/config/opentexttarget.cpp" line="+31"/>
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
        <location filename="../core/delivery/opentextclient.cpp" line="-581"/>
        <source>OpenText answered %1</source>
        <translation>OpenText antwortete mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenText answered %1: %2</source>
        <translation>OpenText antwortete mit %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/delivery/opentextstatus.cpp" line="+47"/>
        <source>job status: %1 is not a string</source>
        <translation>Auftragsstatus: %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job status: %1 is not valid base64</source>
        <translation>Auftragsstatus: %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+1013"/>
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
    <message>
        <location filename="../core/config/deliverypolicy.cpp" line="-111"/>
        <location filename="../core/config/sourceauth.cpp" line="+11"/>
        <source>%1: unknown key &quot;%2&quot;; the known keys are %3</source>
        <translation>%1: unbekannter Schlüssel &quot;%2&quot;; bekannt sind %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>entry %1, &apos;%2&apos;, is not a wait such as 30s, 5m, 2h or 1d</source>
        <translation>Eintrag %1, „%2“, ist keine Wartezeit wie 30s, 5m, 2h oder 1d</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>entry %1, &apos;%2&apos;, waits longer than 30 days</source>
        <translation>Eintrag %1, „%2“, wartet länger als 30 Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give at least one attempt, such as 0 (at once)</source>
        <translation>geben Sie mindestens einen Versuch an, etwa 0 (sofort)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 attempts, not %2</source>
        <translation>höchstens %1 Versuche, nicht %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: must be an object with retry_schedule, breaker or rate_limit</source>
        <translation>%1: muss ein Objekt mit retry_schedule, breaker oder rate_limit sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;retry_schedule&quot; must be an array of 1 to %2 non-negative numbers of seconds</source>
        <translation>%1: &quot;retry_schedule&quot; muss ein Array aus 1 bis %2 nicht negativen Sekundenangaben sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;retry_schedule&quot; entry %2 waits %3 seconds; at most %4 (30 days)</source>
        <translation>%1: Eintrag %2 von &quot;retry_schedule&quot; wartet %3 Sekunden; erlaubt sind höchstens %4 (30 Tage)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;breaker&quot;</source>
        <translation>%1: &quot;breaker&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object with failures and open_seconds</source>
        <translation>%1 muss ein Objekt mit failures und open_seconds sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;failures&quot; must be a whole number from 0 (no breaker) to %2</source>
        <translation>%1: &quot;failures&quot; muss eine ganze Zahl von 0 (kein Breaker) bis %2 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;open_seconds&quot; must be a whole number from 1 to %2</source>
        <translation>%1: &quot;open_seconds&quot; muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;rate_limit&quot;</source>
        <translation>%1: &quot;rate_limit&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an object with per_second and burst</source>
        <translation>%1 muss ein Objekt mit per_second und burst sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;per_second&quot; must be a number of calls a second, 0 (no limit) or more</source>
        <translation>%1: &quot;per_second&quot; muss eine Anzahl von Aufrufen pro Sekunde sein, 0 (keine Begrenzung) oder mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;burst&quot; must be a whole number from 1 to %2</source>
        <translation>%1: &quot;burst&quot; muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../core/rules/deliveryrequest.cpp" line="+90"/>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: &quot;method&quot; must be an HTTP method such as POST</source>
        <translation>%1: &quot;method&quot; muss eine HTTP-Methode wie POST sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;url&quot; must be an absolute http or https URL</source>
        <translation>%1: &quot;url&quot; muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;headers&quot; must be an array of [name, value] pairs</source>
        <translation>%1: &quot;headers&quot; muss ein Array aus Paaren [name, value] sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: header %2 must be a pair [name, value] of strings with a valid header name</source>
        <translation>%1: der Header %2 muss ein Paar [name, value] aus Zeichenketten mit einem gültigen Header-Namen sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: give &quot;body&quot; or &quot;body_base64&quot;, not both</source>
        <translation>%1: geben Sie &quot;body&quot; oder &quot;body_base64&quot; an, nicht beides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;body&quot; must be a string</source>
        <translation>%1: &quot;body&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;body_base64&quot; is not base64</source>
        <translation>%1: &quot;body_base64&quot; ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;channel&quot; must be email, sms, fax or whatsapp, not &apos;%2&apos;</source>
        <translation>%1: &quot;channel&quot; muss email, sms, fax oder whatsapp sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;destinations&quot; must be an array of objects</source>
        <translation>%1: &quot;destinations&quot; muss ein Array aus Objekten sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: destination %2</source>
        <translation>%1: Zieladresse %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+44"/>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1: &quot;attachments&quot; must be an array of objects</source>
        <translation>%1: &quot;attachments&quot; muss ein Array aus Objekten sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: attachment %2</source>
        <translation>%1: Anhang %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;data&quot; must be the file&apos;s bytes in base64</source>
        <translation>%1: &quot;data&quot; muss die Bytes der Datei in Base64 enthalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;coversheet&quot; must be true or false</source>
        <translation>%1: &quot;coversheet&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;template_parameters&quot; must be an array of [name, value] pairs</source>
        <translation>%1: &quot;template_parameters&quot; muss ein Array aus Paaren [name, value] sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: template parameter %2 must be a pair [name, value] of strings</source>
        <translation>%1: der Vorlagenparameter %2 muss ein Paar [name, value] aus Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;own_texts&quot; must be an array of objects</source>
        <translation>%1: &quot;own_texts&quot; muss ein Array von Objekten sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: own texts %2</source>
        <translation>%1: eigene Texte %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>stored request: &quot;target&quot; must name the workspace target</source>
        <translation>gespeicherte Anfrage: &quot;target&quot; muss das Ziel im Arbeitsbereich benennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stored request for target &apos;%1&apos;</source>
        <translation>gespeicherte Anfrage für das Ziel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;message&quot; must be an object</source>
        <translation>%1: &quot;message&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;request&quot; must be an object</source>
        <translation>%1: &quot;request&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: request</source>
        <translation>%1: Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;kind&quot; must be &quot;opentext&quot; or &quot;http&quot;, not &apos;%2&apos;</source>
        <translation>%1: &quot;kind&quot; muss &quot;opentext&quot; oder &quot;http&quot; sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+210"/>
        <source>a delivery of event %1 (rule &apos;%2&apos;, action %3) has no id</source>
        <translation>eine Zustellung des Ereignisses %1 (Regel &apos;%2&apos;, Aktion %3) hat keine ID</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>cannot store delivery %1: %2</source>
        <translation>die Zustellung %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+25"/>
        <source>the delivery store is not open</source>
        <translation>der Zustellungsspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the delivery store is already open</source>
        <translation type="vanished">der Zustellungsspeicher ist bereits geöffnet</translation>
    </message>
    <message>
        <source>the delivery store %1 does not exist: open the event store first</source>
        <translation type="vanished">der Zustellungsspeicher %1 existiert nicht: öffnen Sie zuerst den Ereignisspeicher</translation>
    </message>
    <message>
        <source>the delivery store %1 has schema version %2 where %3 is needed: open the event store first, which upgrades it</source>
        <translation type="vanished">der Zustellungsspeicher %1 hat die Schemaversion %2, benötigt wird %3: öffnen Sie zuerst den Ereignisspeicher, der ihn aktualisiert</translation>
    </message>
    <message>
        <source>cannot open the delivery store %1: %2</source>
        <translation type="vanished">der Zustellungsspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot store the deliveries of routed events: %1</source>
        <translation>die Zustellungen zugeordneter Ereignisse können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>events can only be stored through the event store&apos;s writer</source>
        <translation type="vanished">Ereignisse können nur über den Writer des Ereignisspeichers gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+13"/>
        <source>cannot lease due deliveries: %1</source>
        <translation>fällige Zustellungen können nicht reserviert werden: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cannot renew the leases of deliveries under way: %1</source>
        <translation>die Reservierungen laufender Zustellungen können nicht verlängert werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+44"/>
        <source>cannot record an attempt of delivery %1: %2</source>
        <translation>ein Versuch der Zustellung %1 kann nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+60"/>
        <location line="+51"/>
        <source>no delivery %1</source>
        <translation>keine Zustellung %1</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlsteprepository.cpp" line="+114"/>
        <source>cannot send the fallback of delivery %1: %2</source>
        <translation>die Ersatzzustellung der Zustellung %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no fallback</source>
        <translation>keine Ersatzzustellung</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+89"/>
        <source>cancelled by event %1</source>
        <translation>abgebrochen durch Ereignis %1</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>cannot take back the leases of a previous run: %1</source>
        <translation>die Reservierungen eines früheren Laufs können nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot give back delivery %1: %2</source>
        <translation>die Zustellung %1 kann nicht zurückgegeben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+27"/>
        <source>cannot store the state of OpenText job %1: %2</source>
        <translation>der Status des OpenText-Auftrags %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+48"/>
        <source>cannot replay deliveries: %1</source>
        <translation>Zustellungen können nicht erneut ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replay the deliveries to %1: %2</source>
        <translation>die Zustellungen an %1 können nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+30"/>
        <source>cannot acknowledge event %1: %2</source>
        <translation>das Ereignis %1 kann nicht bestätigt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no event %1</source>
        <translation>kein Ereignis %1</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+46"/>
        <source>cancelled by the acknowledgement</source>
        <translation>abgebrochen durch die Bestätigung</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlescalationrepository.cpp" line="+163"/>
        <source>cannot read due escalations: %1</source>
        <translation>fällige Eskalationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlsteprepository.cpp" line="+134"/>
        <location line="+18"/>
        <source>cannot read due digests: %1</source>
        <translation>fällige Sammelnachrichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>cannot send digest %1 of rule &apos;%2&apos;: %3</source>
        <translation>Sammelnachricht %1 der Regel &apos;%2&apos; kann nicht gesendet werden: %3</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the new digest has no id</source>
        <translation>die neue Sammelnachricht hat keine ID</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>it holds %1 events, not the %2 it was rendered over</source>
        <translation>sie enthält %1 Ereignisse, nicht die %2, über die sie erstellt wurde</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+28"/>
        <source>cannot fire escalation tier %1 of rule &apos;%2&apos; for event %3: %4</source>
        <translation>die Eskalationsstufe %1 der Regel &apos;%2&apos; für das Ereignis %3 kann nicht ausgelöst werden: %4</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlescalationrepository.cpp" line="-77"/>
        <source>cannot cancel escalation tier %1 of rule &apos;%2&apos;: %3</source>
        <translation>die Eskalationsstufe %1 der Regel &apos;%2&apos; kann nicht abgebrochen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="-76"/>
        <source>cannot defer the deliveries to %1: %2</source>
        <translation>die Zustellungen an %1 können nicht zurückgestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/delivery/dispatcher.cpp" line="-705"/>
        <source>OpenText could not deliver to %1 (job %2, %3)</source>
        <translation>OpenText konnte nicht an %1 zustellen (Auftrag %2, %3)</translation>
    </message>
    <message>
        <location filename="../core/event/webhooksignature.cpp" line="+19"/>
        <source>a Standard Webhooks secret must be whsec_ followed by base64</source>
        <translation>ein Geheimnis nach Standard Webhooks muss aus whsec_ gefolgt von Base64 bestehen</translation>
    </message>
    <message>
        <location filename="../core/error.cpp" line="+101"/>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles from the payload, line %1</source>
        <translation>Rollen aus den Nutzdaten, Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles from the payload</source>
        <translation>Rollen aus den Nutzdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>template parameter %1</source>
        <translation>Vorlagenparameter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template parameters</source>
        <translation>Vorlagenparameter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp template</source>
        <translation>WhatsApp-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/rules/workspacecheck.cpp" line="-192"/>
        <source>rule &apos;%1&apos;</source>
        <translation>Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../core/rules/actionrenderer.cpp" line="-154"/>
        <source>role %1: no members</source>
        <translation>Rolle %1: keine Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role %1: no members with %2</source>
        <translation>Rolle %1: keine Mitglieder mit %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not in the role directory</source>
        <translation>%1: nicht im Rollenverzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no %2</source>
        <translation>%1: keine %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the %1 channel needs a %2</source>
        <translation>der Kanal %1 benötigt %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>address %1: rendered nothing</source>
        <translation>Adresse %1: das Rendern ergab nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address %1: no value for %2</source>
        <translation>Adresse %1: kein Wert für %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>roles_from %1: rendered no role</source>
        <translation>roles_from %1: das Rendern ergab keine Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles_from %1: no value for %2</source>
        <translation>roles_from %1: kein Wert für %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>rendered empty; %1</source>
        <translation>leer gerendert; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rendered empty (no value for %1); %2</source>
        <translation>leer gerendert (kein Wert für %1); %2</translation>
    </message>
    <message>
        <location filename="../core/config/condition.cpp" line="+51"/>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches the pattern</source>
        <translation>entspricht dem Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before now, offset</source>
        <translation>liegt vor jetzt, Versatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is after now, offset</source>
        <translation>liegt nach jetzt, Versatz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>an array value</source>
        <translation>einen Array-Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string value</source>
        <translation>einen Zeichenkettenwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number or a time</source>
        <translation>eine Zahl oder eine Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>einen Wert</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>a condition must be a JSON object</source>
        <translation>eine Bedingung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a condition has either path and op or one of all, any and not</source>
        <translation>eine Bedingung hat entweder path und op oder eines von all, any und not</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a group has one of all, any or not</source>
        <translation>eine Gruppe hat eines von all, any oder not</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;not&apos; needs one condition</source>
        <translation>&apos;not&apos; benötigt genau eine Bedingung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs an array of conditions</source>
        <translation>&apos;%1&apos; benötigt ein Array von Bedingungen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the condition needs a path, a JSON Pointer such as &apos;/document/owner&apos;</source>
        <translation>die Bedingung benötigt einen path, einen JSON Pointer wie &apos;/document/owner&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the condition needs an operator (use %1)</source>
        <translation>die Bedingung benötigt einen Operator (verwenden Sie %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown operator &apos;%1&apos; (use %2)</source>
        <translation>unbekannter Operator &apos;%1&apos; (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; needs %2</source>
        <translation>„%1“ benötigt %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; needs an array value</source>
        <translation>&apos;%1&apos; benötigt ein Array als Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>&apos;%1&apos; needs a string value</source>
        <translation>&apos;%1&apos; benötigt eine Zeichenkette als Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operator &apos;matches&apos; needs a valid regular expression: %1 at character %2</source>
        <translation>der Operator &apos;matches&apos; benötigt einen gültigen regulären Ausdruck: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;exists&apos; needs true or false</source>
        <translation>&apos;exists&apos; benötigt true oder false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; needs a number or an ISO-8601 time</source>
        <translation>&apos;%1&apos; benötigt eine Zahl oder eine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset &apos;%1&apos; must look like 30s, 15m, 2h or 1d</source>
        <translation>der Zeitversatz &apos;%1&apos; muss wie 30s, 15m, 2h oder 1d aussehen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>path &apos;%1&apos; must be a JSON Pointer starting with &apos;/&apos;</source>
        <translation>der Pfad &apos;%1&apos; muss ein JSON Pointer sein, der mit &apos;/&apos; beginnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; has a &apos;~&apos; that is not followed by 0 or 1</source>
        <translation>der Pfad &apos;%1&apos; enthält ein &apos;~&apos;, auf das weder 0 noch 1 folgt</translation>
    </message>
    <message>
        <location filename="../core/config/roledirectory.cpp" line="-6"/>
        <source>%1, role %2</source>
        <translation>%1, Rolle %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (&apos;%2&apos;)</source>
        <translation>%1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (&apos;%2&apos;): &quot;people&quot; must be an array of people</source>
        <translation>%1 (&apos;%2&apos;): &quot;people&quot; muss ein Array von Personen sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (&apos;%2&apos;), person %3</source>
        <translation>%1 (&apos;%2&apos;), Person %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a name is required</source>
        <translation>%1: ein Name ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): &apos;%3&apos; is not an email address</source>
        <translation>%1 (%2): &apos;%3&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): phone &apos;%3&apos; must be in international form, such as +4915112345678</source>
        <translation>%1 (%2): die Telefonnummer &apos;%3&apos; muss im internationalen Format angegeben werden, z. B. +4915112345678</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): %3 is listed in another role with a different name, phone or manager</source>
        <translation>%1 (%2): %3 ist in einer anderen Rolle mit anderem Namen, anderer Telefonnummer oder anderem Vorgesetzten eingetragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the manager %2 of %3 is not in any role</source>
        <translation>%1: der Vorgesetzte %2 von %3 ist in keiner Rolle eingetragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the managers of %2 go round in a circle</source>
        <translation>%1: die Vorgesetzten von %2 verweisen im Kreis aufeinander</translation>
    </message>
    <message>
        <location filename="../core/config/rule.cpp" line="+65"/>
        <source>unknown key &apos;%1&apos; (%2 takes %3)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (%2 akzeptiert %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>must be a string (a template)</source>
        <translation>muss eine Zeichenkette (eine Vorlage) sein</translation>
    </message>
    <message>
        <source>must be &quot;email&quot;, &quot;sms&quot;, &quot;fax&quot; or &quot;whatsapp&quot;, not &quot;%1&quot;</source>
        <translation type="vanished">muss &quot;email&quot;, &quot;sms&quot;, &quot;fax&quot; oder &quot;whatsapp&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>must be an object with roles, people, addresses or roles_from</source>
        <translation>muss ein Objekt mit roles, people, addresses oder roles_from sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;to&quot;</source>
        <translation>&quot;to&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of role names</source>
        <translation>muss ein Array von Rollennamen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of email addresses</source>
        <translation>muss ein Array von E-Mail-Adressen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+38"/>
        <source>must be an array of templates</source>
        <translation>muss ein Array von Vorlagen sein</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>names nobody; give roles, people, addresses or roles_from</source>
        <translation>nennt niemanden; geben Sie roles, people, addresses oder roles_from an</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>does not apply to the %1 channel</source>
        <translation>gilt nicht für den Kanal %1</translation>
    </message>
    <message>
        <location filename="../core/config/opentextchannel.cpp" line="+19"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an email needs a subject</source>
        <translation>eine E-Mail benötigt einen Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an email needs a text or an HTML part</source>
        <translation>eine E-Mail benötigt einen Text oder einen HTML-Teil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an SMS needs a text</source>
        <translation>eine SMS benötigt einen Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a fax needs a text or an HTML part</source>
        <translation>ein Fax benötigt einen Text oder einen HTML-Teil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a WhatsApp message needs a text or a template</source>
        <translation>eine WhatsApp-Nachricht benötigt einen Text oder eine Vorlage</translation>
    </message>
    <message>
        <location filename="../core/config/rule.cpp" line="-78"/>
        <source>must be %1 or %2, not &quot;%3&quot;</source>
        <translation>muss %1 oder %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>must be an object of templates</source>
        <translation>muss ein Objekt aus Vorlagen sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be GET, POST, PUT, PATCH or DELETE, not &quot;%1&quot;</source>
        <translation>muss GET, POST, PUT, PATCH oder DELETE sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an object of header templates</source>
        <translation>muss ein Objekt aus Header-Vorlagen sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid header name</source>
        <translation>&apos;%1&apos; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a JSON object or array, or a template string</source>
        <translation>muss ein JSON-Objekt oder -Array oder eine Vorlagen-Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+36"/>
        <source>must be a number of seconds from 1 to a year</source>
        <translation>muss eine Anzahl Sekunden von 1 bis zu einem Jahr sein</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>must be a JSON Pointer such as /acknowledge_within_minutes</source>
        <translation>muss ein JSON Pointer wie /acknowledge_within_minutes sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a non-empty array of tiers</source>
        <translation>muss ein nicht leeres Array von Stufen sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object with &quot;actions&quot;</source>
        <translation>muss ein Objekt mit &quot;actions&quot; sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the first tier fires when the acknowledgement time runs out; after_seconds is for later tiers</source>
        <translation>die erste Stufe wird ausgelöst, wenn die Bestätigungsfrist abläuft; after_seconds gilt nur für spätere Stufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a non-empty array of actions</source>
        <translation>muss ein nicht leeres Array von Aktionen sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a tier cannot escalate again; add a later tier instead</source>
        <translation>eine Stufe kann nicht erneut eskalieren; fügen Sie stattdessen eine spätere Stufe hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;opentext&quot;, &quot;http&quot; or &quot;escalate&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;opentext&quot;, &quot;http&quot; oder &quot;escalate&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a target&apos;s name</source>
        <translation>muss der Name eines Ziels sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an HTTP action needs a target</source>
        <translation>eine HTTP-Aktion benötigt ein Ziel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be &quot;empty&quot; or &quot;fail&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;empty&quot; oder &quot;fail&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an opentext or http action</source>
        <translation>muss eine opentext- oder http-Aktion sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fallback has no fallback of its own</source>
        <translation>eine Ersatzzustellung hat keine eigene Ersatzzustellung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be 1 to 64 characters of a-z, 0-9 or &apos;-&apos;, starting with a letter or digit</source>
        <translation>muss aus 1 bis 64 Zeichen a-z, 0-9 oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>must be an object with &quot;sources&quot; or &quot;events&quot;</source>
        <translation>muss ein Objekt mit &quot;sources&quot; oder &quot;events&quot; sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an array of source names</source>
        <translation>muss ein Array von Quellennamen sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an array of internal event names</source>
        <translation>muss ein Array von Namen interner Ereignisse sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an internal event (%2)</source>
        <translation>&apos;%1&apos; ist kein internes Ereignis (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs at least one source or internal event</source>
        <translation>benötigt mindestens eine Quelle oder ein internes Ereignis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array of actions</source>
        <translation>muss ein Array von Aktionen sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a rule has at most one escalate action</source>
        <translation>eine Regel hat höchstens eine escalate-Aktion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a rule has a delay or a digest, not both</source>
        <translation>eine Regel hat eine Verzögerung oder eine Sammelnachricht, nicht beides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a digest rule cannot escalate: escalation waits for each event&apos;s acknowledgement</source>
        <translation>eine Regel mit Sammelnachricht kann nicht eskalieren: die Eskalation wartet auf die Bestätigung jedes Ereignisses</translation>
    </message>
    <message>
        <location filename="../core/error.cpp" line="-66"/>
        <location filename="../core/rules/workspacecheck.cpp" line="-35"/>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <location filename="../core/config/rule.cpp" line="-234"/>
        <source>a tier</source>
        <translation>eine Stufe</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a %1 action</source>
        <translation>eine %1-Aktion</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a rule</source>
        <translation>eine Regel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a trigger</source>
        <translation>ein Auslöser</translation>
    </message>
    <message>
        <location filename="../core/config/template.cpp" line="+211"/>
        <source>a tag opened at character %1 is never closed</source>
        <translation>ein bei Zeichen %1 geöffnetes Tag wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the delimiter change at character %1 is not valid</source>
        <translation>der Wechsel der Begrenzer bei Zeichen %1 ist ungültig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the tag at character %1 has no name</source>
        <translation>das Tag bei Zeichen %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name of the tag at character %1 has a control character in it</source>
        <translation>der Name des Tags bei Zeichen %1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{{&gt; %1}} at character %2 asks for a partial, and templates cannot include partials</source>
        <translation>{{&gt; %1}} bei Zeichen %2 verlangt ein Partial, und Vorlagen können keine Partials einbinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{/%1}} at character %2 closes a section that is not open</source>
        <translation>{{/%1}} bei Zeichen %2 schließt einen Abschnitt, der nicht geöffnet ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{/%1}} at character %2 does not close {{%3%4}}, opened at character %5</source>
        <translation>{{/%1}} bei Zeichen %2 schließt nicht {{%3%4}}, geöffnet bei Zeichen %5</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sections are nested deeper than %1 at character %2</source>
        <translation>Abschnitte sind bei Zeichen %2 tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the section {{%1%2}} opened at character %3 is never closed</source>
        <translation>der bei Zeichen %3 geöffnete Abschnitt {{%1%2}} wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>no value for {{%1}}</source>
        <translation>kein Wert für {{%1}}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the output would be longer than 1 MiB</source>
        <translation>die Ausgabe wäre länger als 1 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rendering would take more than %1 steps</source>
        <translation>das Rendern würde mehr als %1 Schritte erfordern</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the template is longer than 64 KiB (%1 bytes)</source>
        <translation>die Vorlage ist länger als 64 KiB (%1 Bytes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be compiled: %1</source>
        <translation>kann nicht kompiliert werden: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the rendered JSON is not valid: %1 at character %2</source>
        <translation>das erzeugte JSON ist ungültig: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../core/config/sourceauth.cpp" line="-61"/>
        <source>signature mismatch</source>
        <translation>Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timestamp outside tolerance</source>
        <translation>Zeitstempel außerhalb der Toleranz</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, auth</source>
        <translation>%1, auth</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: &quot;type&quot; &apos;%2&apos; is not one of standard-webhooks, github, stripe, basic, bearer, api-key</source>
        <translation>%1: &quot;type&quot; &apos;%2&apos; ist keiner von standard-webhooks, github, stripe, basic, bearer, api-key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;secret&quot; must name the keychain entry that holds the secret</source>
        <translation>%1: &quot;secret&quot; muss den Schlüsselbund-Eintrag nennen, der das Geheimnis enthält</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;user&quot; must be a user name without &apos;:&apos;</source>
        <translation>%1: &quot;user&quot; muss ein Benutzername ohne &apos;:&apos; sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;header&quot; must be a header name</source>
        <translation>%1: &quot;header&quot; muss ein Header-Name sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;tolerance_seconds&quot; must be a whole number from 1 to 3600</source>
        <translation>%1: &quot;tolerance_seconds&quot; muss eine ganze Zahl von 1 bis 3600 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;allow&quot; must be an array of addresses or subnets</source>
        <translation>%1: &quot;allow&quot; muss ein Array von Adressen oder Subnetzen sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, allow: &apos;%2&apos; is not an address or a subnet</source>
        <translation>%1, allow: &apos;%2&apos; ist keine Adresse und kein Subnetz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>requests from this address are not allowed</source>
        <translation>Anfragen von dieser Adresse sind nicht erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the source&apos;s secret is not available</source>
        <translation>das Geheimnis der Quelle ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>this source needs an Authorization header</source>
        <translation>diese Quelle benötigt einen Authorization-Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the credentials are not valid</source>
        <translation>die Zugangsdaten sind ungültig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this source needs the %1 header</source>
        <translation>diese Quelle benötigt den Header %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the API key is not valid</source>
        <translation>der API-Schlüssel ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/tester/jsoncheck.cpp" line="+16"/>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../core/tester/loadsummary.cpp" line="+43"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tester/postmancollection.cpp" line="-545"/>
        <source>%1: &quot;variable&quot; must be an array</source>
        <translation>%1: &quot;variable&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1, item %2</source>
        <translation>%1, Element %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must be an object (a request or a folder)</source>
        <translation>%1: muss ein Objekt sein (eine Anfrage oder ein Ordner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 › &apos;%2&apos;</source>
        <translation>%1 › &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+353"/>
        <source>%1: &quot;item&quot; must be an array</source>
        <translation>%1: &quot;item&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>%1: has neither &quot;request&quot; nor &quot;item&quot;</source>
        <translation>%1: hat weder &quot;request&quot; noch &quot;item&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the request has no &quot;url&quot;</source>
        <translation>%1: die Anfrage hat keine &quot;url&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;url&quot; must be a string or an object</source>
        <translation>%1: &quot;url&quot; muss eine Zeichenkette oder ein Objekt sein</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: &quot;request&quot; must be an object or a URL</source>
        <translation>%1: &quot;request&quot; muss ein Objekt oder eine URL sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;method&quot; must be a string</source>
        <translation>%1: &quot;method&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: header %2 has no &quot;key&quot;</source>
        <translation>%1: Header %2 hat keinen &quot;key&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;header&quot; must be an array or a string</source>
        <translation>%1: &quot;header&quot; muss ein Array oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: &quot;body&quot; must be an object</source>
        <translation>%1: &quot;body&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>form field &apos;%1&apos; is a file and was left out</source>
        <translation>das Formularfeld &apos;%1&apos; ist eine Datei und wurde weggelassen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the body is a file (%1) and was left out</source>
        <translation>der Inhalt ist eine Datei (%1) und wurde weggelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>body mode &apos;%1&apos; is not known and was left out</source>
        <translation>der Inhaltsmodus &apos;%1&apos; ist unbekannt und wurde weggelassen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>auth type &apos;%1&apos; is not imported: add its header by hand</source>
        <translation>der Authentifizierungstyp &apos;%1&apos; wird nicht importiert: fügen Sie seinen Header von Hand hinzu</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+72"/>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1: kein JSON: %2 an Position %3</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1: not a Postman collection: the top level is not an object</source>
        <translation>%1: keine Postman-Sammlung: die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a Postman collection v1; export it again as Collection v2.1</source>
        <translation>%1: eine Postman-Sammlung v1; exportieren Sie sie erneut als Collection v2.1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a Postman environment, not a collection; import the collection and choose this file as its environment</source>
        <translation>%1: eine Postman-Umgebung, keine Sammlung; importieren Sie die Sammlung und wählen Sie diese Datei als ihre Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a Postman collection v2.1: &quot;info.schema&quot; is missing</source>
        <translation>%1: keine Postman-Sammlung v2.1: &quot;info.schema&quot; fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;info.schema&quot; is %2; only Postman collections v2.1 are imported (in Postman: Export, Collection v2.1)</source>
        <translation>%1: &quot;info.schema&quot; ist %2; nur Postman-Sammlungen v2.1 werden importiert (in Postman: Export, Collection v2.1)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n part(s) of the collection carry scripts; scripts are not run</source>
        <translation>
            <numerusform>%n Teil der Sammlung enthält Skripte; Skripte werden nicht ausgeführt</numerusform>
            <numerusform>%n Teile der Sammlung enthalten Skripte; Skripte werden nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/tester/requesthistory.cpp" line="+105"/>
        <location filename="../core/tester/samplelibrary.cpp" line="-45"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not a Postman environment: &quot;values&quot; must be an array</source>
        <translation>%1: keine Postman-Umgebung: &quot;values&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/tester/requesthistory.cpp" line="-62"/>
        <source>a history entry needs sent_at, method and url</source>
        <translation>ein Verlaufseintrag benötigt sent_at, method und url</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <location line="+61"/>
        <location line="+5"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1: cannot be removed</source>
        <translation>%1: kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/tester/requestsigning.cpp" line="+58"/>
        <source>enter the secret to sign with</source>
        <translation>geben Sie das Geheimnis zum Signieren ein</translation>
    </message>
    <message>
        <location filename="../core/tester/samplelibrary.cpp" line="+15"/>
        <source>%1: no samples</source>
        <translation>%1: keine Beispiele</translation>
    </message>
    <message>
        <location filename="../core/rules/workspacecheck.cpp" line="-359"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an object must be one of {&quot;equals&quot;: …}, {&quot;contains&quot;: …} or {&quot;matches&quot;: &quot;regular expression&quot;}</source>
        <translation>%1: ein Objekt muss eines von {&quot;equals&quot;: …}, {&quot;contains&quot;: …} oder {&quot;matches&quot;: &quot;regulärer Ausdruck&quot;} sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;contains&quot; wants a text or a list item</source>
        <translation>%1: &quot;contains&quot; erwartet einen Text oder ein Listenelement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;matches&quot; wants a valid regular expression: %2</source>
        <translation>%1: &quot;matches&quot; erwartet einen gültigen regulären Ausdruck: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown matcher &apos;%2&apos; (equals, contains or matches)</source>
        <translation>%1: unbekannter Vergleich &apos;%2&apos; (equals, contains oder matches)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>something containing %1</source>
        <translation>etwas, das %1 enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something matching /%1/</source>
        <translation>etwas, das auf /%1/ passt</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: unknown key &apos;%2&apos; (it takes %3)</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos; (akzeptiert werden %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>%1: must be an array of rule names</source>
        <translation>%1: muss ein Array aus Regelnamen sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: must be an object with &quot;action&quot;</source>
        <translation>%1: muss ein Objekt mit &quot;action&quot; sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;action&quot; must be the action&apos;s number, 1 for the first</source>
        <translation>%1: &quot;action&quot; muss die Nummer der Aktion sein, 1 für die erste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, error</source>
        <translation>%1, error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: an action expected to fail to render has no rendered fields; give &quot;error&quot; alone</source>
        <translation>%1: eine Aktion, deren Rendern fehlschlagen soll, hat keine gerenderten Felder; geben Sie nur &quot;error&quot; an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: must be an object of header names</source>
        <translation>%1: muss ein Objekt aus Header-Namen sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be an object of JSON Pointers such as &quot;/content/id&quot;</source>
        <translation>%1: muss ein Objekt aus JSON Pointern wie &quot;/content/id&quot; sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is not a JSON Pointer (it starts with &apos;/&apos;)</source>
        <translation>%1: &apos;%2&apos; ist kein JSON Pointer (dieser beginnt mit &apos;/&apos;)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: must be an object with &quot;actions&quot; or &quot;escalation&quot;</source>
        <translation>%1: muss ein Objekt mit &quot;actions&quot; oder &quot;escalation&quot; sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;actions&quot; must be an array</source>
        <translation>%1: &quot;actions&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>json %1</source>
        <translation>json %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule is disabled</source>
        <translation>die Regel ist deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source &apos;%1&apos; does not trigger it (it listens to %2)</source>
        <translation>die Quelle &apos;%1&apos; löst sie nicht aus (sie reagiert auf %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>condition %1%2 is false, the event has %3</source>
        <translation>die Bedingung %1%2 ist nicht erfüllt, das Ereignis hat %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its condition is false</source>
        <translation>ihre Bedingung ist nicht erfüllt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>fixture %1: cannot read it: %2</source>
        <translation>Fixture %1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fixture %1</source>
        <translation>Fixture %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &quot;source&quot; must name the workspace source (or the internal event) the event arrives from</source>
        <translation>%1: &quot;source&quot; muss angeben, von welcher Quelle des Arbeitsbereichs (oder welchem internen Ereignis) das Ereignis kommt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;headers&quot; must be an object of header names and texts</source>
        <translation>%1: &quot;headers&quot; muss ein Objekt aus Header-Namen und Texten sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: give the event as &quot;body&quot; or as &quot;body_file&quot; (a path relative to the fixture), one of them</source>
        <translation>%1: geben Sie das Ereignis als &quot;body&quot; oder als &quot;body_file&quot; (ein Pfad relativ zur Fixture) an, genau eines von beiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;body_file&quot; must be a path</source>
        <translation>%1: &quot;body_file&quot; muss ein Pfad sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read the body_file %2: %3</source>
        <translation>%1: die body_file %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;body&quot; must be the event&apos;s JSON (an object or array) or its text</source>
        <translation>%1: &quot;body&quot; muss das JSON des Ereignisses (ein Objekt oder Array) oder sein Text sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;now&quot; must be an ISO 8601 time with its offset, such as 2026-03-02T09:00:00Z, not %2</source>
        <translation>%1: &quot;now&quot; muss eine Zeitangabe nach ISO 8601 mit Zeitzonenversatz sein, z. B. 2026-03-02T09:00:00Z, nicht %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;event_id&quot; must be a UUID, not %2</source>
        <translation>%1: &quot;event_id&quot; muss eine UUID sein, nicht %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;expect&quot; must say what routing makes of the event: &quot;matched&quot;, &quot;not_matched&quot; or &quot;rules&quot;</source>
        <translation>%1: &quot;expect&quot; muss angeben, was die Zuordnung aus dem Ereignis macht: &quot;matched&quot;, &quot;not_matched&quot; oder &quot;rules&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1.rules: must be an object of rule names</source>
        <translation>%1.rules: muss ein Objekt aus Regelnamen sein</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet %2, erhalten %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a source of the workspace or an internal event</source>
        <translation>eine Quelle des Arbeitsbereichs oder ein internes Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;, which is neither</source>
        <translation>&apos;%1&apos;, das keines von beidem ist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a rule of the workspace</source>
        <translation>eine Regel des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule &apos;%1&apos; in %2</source>
        <translation>keine Regel &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>a match</source>
        <translation>ein Treffer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no match: %1</source>
        <translation>kein Treffer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an action</source>
        <translation>eine Aktion</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the rule has %n action(s)</source>
        <translation>
            <numerusform>die Regel hat %n Aktion</numerusform>
            <numerusform>die Regel hat %n Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an opentext or http action</source>
        <translation>eine opentext- oder http-Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the escalate action (expect it under &quot;escalation&quot;)</source>
        <translation>die escalate-Aktion (Erwartungen an sie gehören unter &quot;escalation&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>a render error, %1</source>
        <translation>ein Renderfehler, %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+9"/>
        <source>no render error</source>
        <translation>kein Renderfehler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an action with %1</source>
        <translation>eine Aktion mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an http action, which has no %1</source>
        <translation>eine http-Aktion, die kein %1 hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an opentext action, which has no %1</source>
        <translation>eine opentext-Aktion, die kein %1 hat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an escalation</source>
        <translation>eine Eskalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rule that does not escalate</source>
        <translation>eine Regel, die nicht eskaliert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no fixtures folder %1</source>
        <translation>kein Fixture-Ordner %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fixture %1: cannot read it: the link points to %2, which does not exist</source>
        <translation>Fixture %1: kann nicht gelesen werden: der Link zeigt auf %2, das nicht existiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no fixtures (*.json) in %1</source>
        <translation>keine Fixtures (*.json) in %1</translation>
    </message>
    <message>
        <location filename="../app/common/checkcommand.cpp" line="+20"/>
        <source>Usage: otbridge check [--fixtures DIR] [--format text|junit] FILE

Validates the workspace FILE and runs the fixtures stored beside it: every
*.json file in the folder named like FILE with .tests for .json
(default.json -&gt; default.tests/), or in DIR. Each fixture is an event with the rules it must match and what their
actions must render (see docs/workspace-check.md).

Options:
  --fixtures DIR   read the fixtures from DIR
  --format FORMAT  text (default) or junit (JUnit XML for CI)
  -h, --help       show this help

Exit status: 0 every fixture passed, 1 a fixture failed, 2 usage error, invalid
workspace, or an unreadable or malformed fixture.
</source>
        <translation>Aufruf: otbridge check [--fixtures DIR] [--format text|junit] FILE

Prüft den Arbeitsbereich FILE und führt die daneben abgelegten Fixtures aus: jede
*.json-Datei im Ordner, der wie FILE heißt, mit .tests statt .json
(default.json -&gt; default.tests/), oder in DIR. Jede Fixture ist ein Ereignis mit den Regeln, auf die es zutreffen muss, und dem, was deren
Aktionen rendern müssen (siehe docs/workspace-check.md).

Optionen:
  --fixtures DIR   die Fixtures aus DIR lesen
  --format FORMAT  text (Standard) oder junit (JUnit-XML für CI)
  -h, --help       diese Hilfe anzeigen

Exit-Status: 0 alle Fixtures bestanden, 1 eine Fixture fehlgeschlagen, 2 Aufruffehler, ungültiger
Arbeitsbereich oder eine unlesbare oder fehlerhafte Fixture.
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--fixtures wants a folder</source>
        <translation>--fixtures erwartet einen Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format wants text or junit</source>
        <translation>--format erwartet text oder junit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format wants text or junit, not &apos;%1&apos;</source>
        <translation>--format erwartet text oder junit, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one workspace FILE only; &apos;%1&apos; is a second</source>
        <translation>nur eine Arbeitsbereichsdatei FILE; &apos;%1&apos; ist eine zweite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>which workspace? Give its FILE</source>
        <translation>welcher Arbeitsbereich? Geben Sie seine Datei FILE an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace %1 (%2) is valid: %3 rules.</source>
        <translation>Arbeitsbereich %1 (%2) ist gültig: %3 Regeln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fixtures in %1: nothing to run.</source>
        <translation>Keine Fixtures in %1: nichts auszuführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PASS %1 (%2 checks)</source>
        <translation>PASS %1 (%2 Prüfungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FAIL %1 (%2 of %3 checks failed)</source>
        <translation>FAIL %1 (%2 von %3 Prüfungen fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 fixtures: %2 passed, %3 failed</source>
        <translation>%1 Fixtures: %2 bestanden, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/config/acklinkkeys.cpp" line="+23"/>
        <source>the secret &quot;%1&quot; is not usable: %2</source>
        <translation>das Geheimnis &quot;%1&quot; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location filename="../core/event/acklink.cpp" line="+82"/>
        <source>the acknowledgement link key must be a base64url key of at least 16 bytes, optionally followed by the previous key and the time it was replaced (&quot;KEY PREVIOUS@2026-12-01T10:00:00Z&quot;); &apos;otbridged ack-key --print&apos; makes one</source>
        <translation>der Schlüssel der Bestätigungslinks muss ein base64url-Schlüssel von mindestens 16 Bytes sein, wahlweise gefolgt vom vorigen Schlüssel und dem Zeitpunkt seiner Ablösung (&quot;KEY PREVIOUS@2026-12-01T10:00:00Z&quot;); &apos;otbridged ack-key --print&apos; erzeugt einen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&apos;%1&apos; is not a public URL for links in messages: %2</source>
        <translation>&apos;%1&apos; ist keine öffentliche URL für Links in Nachrichten: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one such as https://alerts.example.com</source>
        <translation>geben Sie eine wie https://alerts.example.com an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must start with https:// (or http://)</source>
        <translation>sie muss mit https:// (oder http://) beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no host name</source>
        <translation>sie hat keinen Hostnamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must not carry a user, a query (?…) or a fragment (#…)</source>
        <translation>sie darf keinen Benutzer, keine Abfrage (?…) und kein Fragment (#…) enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a link validity: give a time from 1s to 366d, such as 7d, 12h, 30m or 45s</source>
        <translation>&apos;%1&apos; ist keine Gültigkeitsdauer für Links: geben Sie eine Zeit von 1s bis 366d an, etwa 7d, 12h, 30m oder 45s</translation>
    </message>
    <message>
        <location filename="../core/delivery/targetsample.cpp" line="+17"/>
        <source>target &apos;%1&apos;</source>
        <translation>Ziel „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sends to the built-in sandbox, which is not running: OT Bridge starts it when the workspace it runs uses it</source>
        <translation>%1 sendet an die eingebaute Sandbox, die nicht läuft: OT Bridge startet sie, wenn der laufende Arbeitsbereich sie verwendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no preset &apos;%2&apos;</source>
        <translation>%1: es gibt keine Vorlage „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs the URL to send to</source>
        <translation>%1 braucht die URL, an die gesendet wird</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>target &apos;%1&apos; signs its requests: enter its signing secret</source>
        <translation>Ziel „%1“ signiert seine Anfragen: Geben Sie sein Signaturgeheimnis ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signing secret of target &apos;%1&apos; is not a Standard Webhooks secret: %2</source>
        <translation>das Signaturgeheimnis von Ziel „%1“ ist kein Standard-Webhooks-Geheimnis: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target &apos;%1&apos; authenticates: enter its password, token or key</source>
        <translation>Ziel „%1“ authentifiziert sich: Geben Sie Passwort, Token oder Schlüssel ein</translation>
    </message>
    <message>
        <location filename="../core/ingest/acklinkendpoint.cpp" line="+129"/>
        <source>acknowledgement link: too many requests from %1</source>
        <translation>Bestätigungslink: zu viele Anfragen von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>acknowledgement link: links are off (no public URL or no key)</source>
        <translation>Bestätigungslink: Links sind ausgeschaltet (keine öffentliche URL oder kein Schlüssel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledgement link: the key is still being read</source>
        <translation>Bestätigungslink: der Schlüssel wird noch gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledgement link: not a valid link</source>
        <translation>Bestätigungslink: kein gültiger Link</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>acknowledgement link: the link of %1 for event %2 expired at %3</source>
        <translation>Bestätigungslink: der Link von %1 für das Ereignis %2 ist um %3 abgelaufen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>acknowledgement link: %1</source>
        <translation>Bestätigungslink: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>event %1 acknowledged by %2 via link</source>
        <translation>Ereignis %1 von %2 über den Link bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgement link: event %1 was already acknowledged by %2</source>
        <translation>Bestätigungslink: Ereignis %1 wurde bereits von %2 bestätigt</translation>
    </message>
    <message>
        <location filename="../core/rules/rulepreview.cpp" line="+81"/>
        <source>{{event.ack_url}} renders no link: no public URL is set (Settings, Links in messages; or otbridge --public-url), so the messages carry no acknowledgement link.</source>
        <translation>{{event.ack_url}} ergibt keinen Link: Es ist keine öffentliche URL gesetzt (Einstellungen, Links in Nachrichten; oder otbridge --public-url), daher enthalten die Nachrichten keinen Bestätigungslink.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{{event.ack_url}} is a sample here: each recipient gets a link of their own under %1, which acknowledges the event.</source>
        <translation>{{event.ack_url}} ist hier ein Beispiel: Jeder Empfänger erhält einen eigenen Link unter %1, der das Ereignis bestätigt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: already past, not sent</source>
        <translation>%1: bereits vorbei, wird nicht gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already past, sent at once</source>
        <translation>%1: bereits vorbei, wird sofort gesendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>digest: window %1, key %2</source>
        <translation>Sammelnachricht: Fenster %1, Schlüssel %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the first event goes at once</source>
        <translation>; das erste Ereignis geht sofort</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>quiet hours: held until %1</source>
        <translation>Ruhezeit: zurückgehalten bis %1</translation>
    </message>
    <message>
        <location filename="../core/tester/sourcetest.cpp" line="+36"/>
        <source>source &apos;%1&apos; has no secret to sign with: enter it and save</source>
        <translation>Quelle „%1“ hat kein Geheimnis zum Signieren: Geben Sie es ein und speichern Sie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>source &apos;%1&apos;: cannot sign with its secret: %2</source>
        <translation>Quelle „%1“: mit ihrem Geheimnis kann nicht signiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/actionrenderer.cpp" line="-217"/>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a phone number (such as +4915112345678)</source>
        <translation>&apos;%1&apos; ist keine Telefonnummer (wie +4915112345678)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>no OpenText target &apos;%1&apos; in this workspace</source>
        <translation>kein OpenText-Ziel &apos;%1&apos; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>nobody to send to</source>
        <translation>niemand, an den gesendet werden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody to send to (%1)</source>
        <translation>niemand, an den gesendet werden kann (%1)</translation>
    </message>
    <message>
        <source>rendered empty; an email needs a subject</source>
        <translation type="vanished">leer gerendert; eine E-Mail benötigt einen Betreff</translation>
    </message>
    <message>
        <source>rendered empty (no value for %1); an email needs a subject</source>
        <translation type="vanished">leer gerendert (kein Wert für %1); eine E-Mail benötigt einen Betreff</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>no http target &apos;%1&apos; in this workspace</source>
        <translation>kein http-Ziel &apos;%1&apos; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the value contains a line break</source>
        <translation>der Wert enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target &apos;%1&apos; has an unknown preset &apos;%2&apos;</source>
        <translation>das Ziel &apos;%1&apos; hat eine unbekannte Vorgabe &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target &apos;%1&apos; has no URL and the action gives none</source>
        <translation>das Ziel &apos;%1&apos; hat keine URL, und die Aktion gibt keine an</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>an escalate action schedules tiers; it is not sent</source>
        <translation>eine escalate-Aktion plant Stufen ein; sie wird nicht gesendet</translation>
    </message>
    <message>
        <location filename="../core/config/httppreset.cpp" line="+236"/>
        <source>the %1 preset needs a value</source>
        <translation>die Vorgabe %1 benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 preset needs the URL of the instance or webhook</source>
        <translation>die Vorgabe %1 benötigt die URL der Instanz oder des Webhooks</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PagerDuty&apos;s severity is critical, error, warning or info, not &apos;%1&apos;</source>
        <translation>der Schweregrad (severity) bei PagerDuty ist critical, error, warning oder info, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/notificationsteps.cpp" line="+30"/>
        <source>unknown key &apos;%1&apos; (a %2 takes %3)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (%2 nimmt %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a template such as {{supplier.id}}</source>
        <translation>muss eine Vorlage wie {{supplier.id}} sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a duration such as 30s, 15m, -24h or 1d</source>
        <translation>&apos;%1&apos; ist keine Dauer wie 30s, 15m, -24h oder 1d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a duration such as 30s, 15m, 2h or 1d</source>
        <translation>&apos;%1&apos; ist keine Dauer wie 30s, 15m, 2h oder 1d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be at most a year</source>
        <translation>darf höchstens ein Jahr sein</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>delay until: %1 has no value in this event</source>
        <translation>Verzögerung bis: %1 hat in diesem Ereignis keinen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay until: &apos;%1&apos; is not a time</source>
        <translation>Verzögerung bis: &apos;%1&apos; ist keine Zeitangabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 after the event</source>
        <translation>%1 nach dem Ereignis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before %2</source>
        <translation>%1 vor %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: time_zone &apos;%2&apos; is not a time zone such as Europe/Berlin or UTC</source>
        <translation>%1: time_zone &apos;%2&apos; ist keine Zeitzone wie Europe/Berlin oder UTC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: quiet_hours must be {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;07:00&quot;}</source>
        <translation>%1: quiet_hours muss {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;07:00&quot;} sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: quiet_hours from and to must be times of day such as 22:00 and 07:00</source>
        <translation>%1: from und to von quiet_hours müssen Uhrzeiten wie 22:00 und 07:00 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: quiet_hours from and to are the same time</source>
        <translation>%1: from und to von quiet_hours sind dieselbe Uhrzeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object with &quot;for&quot; or &quot;until&quot;</source>
        <translation>muss ein Objekt mit &quot;for&quot; oder &quot;until&quot; sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs either &quot;for&quot; (a duration) or &quot;until&quot; (a time from the payload), not %1</source>
        <translation>braucht entweder &quot;for&quot; (eine Dauer) oder &quot;until&quot; (eine Zeit aus den Nutzdaten), nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both</source>
        <translation>beides</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neither</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>applies to &quot;until&quot; only</source>
        <translation>gilt nur für &quot;until&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be &quot;send&quot; or &quot;skip&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;send&quot; oder &quot;skip&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs a &quot;key&quot;, such as {{contract.id}}, to know which held messages a later event cancels</source>
        <translation>braucht einen &quot;key&quot; wie {{contract.id}}, um zu wissen, welche zurückgehaltenen Nachrichten ein späteres Ereignis abbricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a condition</source>
        <translation>muss eine Bedingung sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an object with &quot;key&quot; and &quot;window&quot;</source>
        <translation>muss ein Objekt mit &quot;key&quot; und &quot;window&quot; sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a digest needs a window such as 10m</source>
        <translation>eine Sammelnachricht braucht ein Fenster wie 10m</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be &quot;send&quot; or &quot;digest&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;send&quot; oder &quot;digest&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/router.cpp" line="+187"/>
        <source>rule &apos;%1&apos;, action %2, %3</source>
        <translation>Regel &apos;%1&apos;, Aktion %2, %3</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqleventrepository.cpp" line="+220"/>
        <source>the re-run&apos;s number was not stored</source>
        <translation>die Nummer der Wiederholung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the event this one repeats was not found</source>
        <translation>das Ereignis, das dieses wiederholt, wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+80"/>
        <source>OT Bridge is already open on %1: its window was brought to the front.</source>
        <translation>OT Bridge ist bereits für %1 geöffnet: sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="+89"/>
        <source>OT Bridge: bridge HTTP webhooks and OpenText Notifications, both ways.</source>
        <translation>OT Bridge: verbindet HTTP-Webhooks und OpenText Notifications in beide Richtungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run without a window (servers, containers, CI).</source>
        <translation>Ohne Fenster ausführen (Server, Container, CI).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Where events and deliveries are stored: sqlite (default: events.sqlite in the data directory) or postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE], one database several servers share. Its password comes from the keychain or OTBRIDGE_SECRET_DATABASE_PASSWORD, never from the URL.</source>
        <translation>Wo Ereignisse und Zustellungen gespeichert werden: sqlite (Standard: events.sqlite im Datenverzeichnis) oder postgresql://BENUTZER@HOST:PORT/DATENBANK[?sslmode=MODUS], eine Datenbank, die sich mehrere Server teilen. Ihr Passwort kommt aus dem Schlüsselbund oder aus OTBRIDGE_SECRET_DATABASE_PASSWORD, nie aus der URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the window attached to the cluster on the --database PostgreSQL database: every node&apos;s events live, no listener or delivery of its own.</source>
        <translation>Das Fenster mit dem Cluster auf der PostgreSQL-Datenbank von --database verbinden: die Ereignisse aller Knoten live, ohne eigenen Listener und ohne eigene Zustellung.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+5"/>
        <source>Serve HTTPS with this PEM certificate (chain); reloaded when it changes. Needs --tls-key.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat (samt Kette) bereitstellen; wird bei Änderungen neu geladen. Benötigt --tls-key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/health: off, open or token (default open).</source>
        <translation>/health: off, open oder token (Standard open).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/metrics: off, open or token (default: open on a loopback address, token beyond it).</source>
        <translation>/metrics: off, open oder token (Standard: open auf einer Loopback-Adresse, sonst token).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where people reach this listener from outside, such as https://alerts.example.com: messages then carry signed acknowledgement links (&lt;url&gt;/ack/...). Default: none, and no links.</source>
        <translation>Wo Menschen diesen Listener von außen erreichen, etwa https://alerts.example.com: Nachrichten enthalten dann signierte Bestätigungslinks (&lt;url&gt;/ack/...). Standard: keine, und keine Links.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How long an acknowledgement link works after its message is sent: 7d, 12h, 30m, 45s (default 7d).</source>
        <translation>Wie lange ein Bestätigungslink nach dem Senden seiner Nachricht gilt: 7d, 12h, 30m, 45s (Standard 7d).</translation>
    </message>
</context>
</TS>
