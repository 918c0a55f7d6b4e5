<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OtBridge::ConsolePage</name>
    <message>
        <location filename="../ui/console/consolepage.cpp" line="+52"/>
        <source>Filter by source, state, peer, id or reason</source>
        <translation>Filtrer par source, état, pair, identifiant ou motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rejected</source>
        <translation>Afficher les refusées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show requests the listener refused, with the reason</source>
        <translation>Afficher les requêtes refusées par l&apos;écouteur, avec le motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause scrolling</source>
        <translation>Suspendre le défilement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the view still while new events arrive</source>
        <translation>Garder la vue immobile pendant l&apos;arrivée de nouveaux événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear view</source>
        <translation>Vider la vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all rows from the console; stored events are kept</source>
        <translation>Retirer toutes les lignes de la console ; les événements enregistrés sont conservés</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The webhook listener is not running: %1</source>
        <translation>L&apos;écouteur de webhooks ne fonctionne pas : %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="+32"/>
        <source>the engine is already running</source>
        <translation>le moteur est déjà en marche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no data directory given</source>
        <translation>aucun répertoire de données indiqué</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventDetail</name>
    <message>
        <location filename="../ui/console/eventdetail.cpp" line="+44"/>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 octets de plus non affichés</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventDetailPane</name>
    <message>
        <location filename="../ui/console/eventdetailpane.cpp" line="+45"/>
        <source>Event id:</source>
        <translation>Identifiant de l&apos;événement :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer:</source>
        <translation>Pair :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select a row to see its headers and body.</source>
        <translation>Sélectionnez une ligne pour voir ses en-têtes et son corps.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none (not stored)</source>
        <translation>aucun (non enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request was rejected, so nothing of it was stored: %1</source>
        <translation>Cette requête a été refusée, rien n&apos;en a donc été enregistré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the event from the store…</source>
        <translation>Lecture de l&apos;événement dans le stockage…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event %1 is no longer in the store.</source>
        <translation>L&apos;événement %1 n&apos;est plus dans le stockage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request had an empty body.</source>
        <translation>La requête avait un corps vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is not JSON; it is shown as text.</source>
        <translation>Le corps n&apos;est pas du JSON ; il est affiché comme texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body is binary; it is shown as a hex dump.</source>
        <translation>Le corps est binaire ; il est affiché en hexadécimal.</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventStore</name>
    <message>
        <location filename="../core/event/eventstore.cpp" line="+344"/>
        <source>the event store is already open</source>
        <translation>le stockage des événements est déjà ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the event store is closed</source>
        <translation>le stockage des événements est fermé</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventTableModel</name>
    <message>
        <location filename="../ui/console/eventtablemodel.cpp" line="+44"/>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>routed</source>
        <translation>routé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>acquitté</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rejected with HTTP %1: %2</source>
        <translation>Refusée avec HTTP %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of event %1: it was not stored again.</source>
        <translation>Doublon de l&apos;événement %1 : il n&apos;a pas été enregistré une seconde fois.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event id</source>
        <translation>Identifiant de l&apos;événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>OtBridge::GuardedTcpServer</name>
    <message>
        <location filename="../core/ingest/guardedtcpserver.cpp" line="+109"/>
        <source>the listener has reached its limit of %1 connections</source>
        <translation>l&apos;écouteur a atteint sa limite de %1 connexions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too many connections from %1 (limit %2)</source>
        <translation>trop de connexions depuis %1 (limite %2)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>too much data sent ahead of the previous reply</source>
        <translation>trop de données envoyées avant la réponse précédente</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>request header fields exceed %1 bytes</source>
        <translation>les champs d&apos;en-tête de la requête dépassent %1 octets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>le corps de requête de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>malformed chunked request body</source>
        <translation>corps de requête fragmenté (chunked) mal formé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>request body exceeds the limit of %1 bytes</source>
        <translation>le corps de la requête dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>request not complete within %1 ms</source>
        <translation>requête incomplète après %1 ms</translation>
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
        <translation>booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visual rule designer is not built yet. Here you will match incoming events and map their fields into OpenText messages, against payloads captured in the console.</source>
        <translation>Le concepteur visuel de règles n&apos;est pas encore réalisé. Vous pourrez y sélectionner les événements entrants et reporter leurs champs dans des messages OpenText, à partir des contenus capturés dans la console.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Tester</source>
        <translation>Testeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhook tester is not built yet. Here you will fire sample webhooks and see exactly what would be sent. Until then, POST JSON to the listener&apos;s /hooks/test address and watch it arrive in the console.</source>
        <translation>Le testeur de webhooks n&apos;est pas encore réalisé. Vous pourrez y envoyer des webhooks d&apos;exemple et voir exactement ce qui serait expédié. En attendant, envoyez du JSON par POST à l&apos;adresse /hooks/test de l&apos;écouteur et regardez-le arriver dans la console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets cannot be set up here yet. Here you will connect OpenText Notifications and HTTP endpoints such as ServiceNow, PagerDuty, Slack or Teams.</source>
        <translation>Les cibles ne peuvent pas encore être configurées ici. Vous pourrez y connecter OpenText Notifications et des points de terminaison HTTP comme ServiceNow, PagerDuty, Slack ou Teams.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard is not built yet. It will show deliveries, failures and escalations at a glance.</source>
        <translation>Le tableau de bord n&apos;est pas encore réalisé. Il montrera d&apos;un coup d&apos;œil les livraisons, les échecs et les escalades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings cannot be changed here yet. Until then, start OT Bridge with command-line options; otbridge --help lists them.</source>
        <translation>Les paramètres ne peuvent pas encore être modifiés ici. En attendant, lancez OT Bridge avec des options de ligne de commande ; otbridge --help les énumère.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>Not listening</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Requests handled per second over the last five seconds, rejected ones included</source>
        <translation>Requêtes traitées par seconde sur les cinq dernières secondes, refusées comprises</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The webhook listener could not start: %1</source>
        <translation>L&apos;écouteur de webhooks n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 events/s</source>
        <translation>%1 événements/s</translation>
    </message>
</context>
<context>
    <name>OtBridge::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholderpage.cpp" line="+24"/>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
</context>
<context>
    <name>OtBridge::WebhookListener</name>
    <message>
        <location filename="../core/ingest/webhooklistener.cpp" line="+86"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>method %1 is not allowed here; use %2</source>
        <translation>la méthode %1 n&apos;est pas autorisée ici ; utilisez %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+66"/>
        <source>unknown source &apos;%1&apos;</source>
        <translation>source « %1 » inconnue</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes for source &apos;%3&apos;</source>
        <translation>le corps de requête de %1 octets dépasse la limite de %2 octets pour la source « %3 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source &apos;%1&apos; accepts application/json, not %2</source>
        <translation>la source « %1 » accepte application/json, pas %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a request without Content-Type</source>
        <translation>une requête sans Content-Type</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>no endpoint at %1</source>
        <translation>aucun point de terminaison à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no endpoint here</source>
        <translation>aucun point de terminaison ici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>method not allowed here; use POST</source>
        <translation>méthode non autorisée ici ; utilisez POST</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the body is empty; source &apos;%1&apos; expects JSON</source>
        <translation>le corps est vide ; la source « %1 » attend du JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>le corps n&apos;est pas du JSON valide : %1 à la position %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>duplicate of an event already stored</source>
        <translation>doublon d&apos;un événement déjà enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event store cannot commit: %1</source>
        <translation>le stockage des événements ne peut pas valider : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store failure: %1</source>
        <translation>échec du stockage : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not an event id</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no event %1</source>
        <translation>pas d&apos;événement %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/config/workspace.cpp" line="+29"/>
        <source>cannot read the workspace %1: %2</source>
        <translation>impossible de lire l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>workspace %1 is not valid JSON: %2 at offset %3</source>
        <translation>l&apos;espace de travail %1 n&apos;est pas du JSON valide : %2 à la position %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1: the top level must be a JSON object</source>
        <translation>espace de travail %1 : le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1: &quot;version&quot; must be 1 to %2, not %3</source>
        <translation>espace de travail %1 : « version » doit être comprise entre 1 et %2, et non %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>workspace %1: &quot;sources&quot; must be an array</source>
        <translation>espace de travail %1 : « sources » doit être un tableau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>workspace %1, source %2</source>
        <translation>espace de travail %1, source %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: name &apos;%2&apos; must be 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 : le nom « %2 » doit compter de 1 à 64 caractères parmi a-z, 0-9, « . », « _ » ou « - », et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the name &apos;%2&apos; is used twice</source>
        <translation>%1 : le nom « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (&apos;%2&apos;): format must be &quot;json&quot; or &quot;any&quot;, not &quot;%3&quot;</source>
        <translation>%1 (« %2 ») : format doit valoir « json » ou « any », et non « %3 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (&apos;%2&apos;): max_body_bytes must be a positive number</source>
        <translation>%1 (« %2 ») : max_body_bytes doit être un nombre positif</translation>
    </message>
    <message>
        <location filename="../core/event/eventstore.cpp" line="-303"/>
        <source>cannot open the event store %1: %2</source>
        <translation>impossible d&apos;ouvrir le stockage des événements %1 : %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot configure the event store: %1</source>
        <translation>impossible de configurer le stockage des événements : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event store %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another data directory</source>
        <translation>le stockage des événements %1 a la version de schéma %2, plus récente que ce que comprend cette version d’OT Bridge (%3) : utilisez une version plus récente d’OT Bridge ou un autre répertoire de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot upgrade the event store from schema version %1: %2</source>
        <translation>impossible de mettre à niveau le stockage des événements depuis la version de schéma %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/requesthead.cpp" line="+98"/>
        <source>malformed request line</source>
        <translation>ligne de requête mal formée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed request method</source>
        <translation>méthode de requête mal formée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request target</source>
        <translation>cible de requête mal formée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported HTTP version %1</source>
        <translation>version HTTP %1 non prise en charge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>obsolete header line folding is not accepted</source>
        <translation>le repli obsolète des lignes d&apos;en-tête n&apos;est pas accepté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed header line</source>
        <translation>ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid Content-Length</source>
        <translation>Content-Length invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflicting Content-Length headers</source>
        <translation>en-têtes Content-Length contradictoires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported Transfer-Encoding</source>
        <translation>Transfer-Encoding non pris en charge</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>both Content-Length and Transfer-Encoding given</source>
        <translation>Content-Length et Transfer-Encoding indiqués tous les deux</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+64"/>
        <source>OT Bridge: bridge HTTP webhooks and OpenText Notifications, both ways.</source>
        <translation>OT Bridge : relie les webhooks HTTP et OpenText Notifications, dans les deux sens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run without a window (servers, containers, CI).</source>
        <translation>Exécuter sans fenêtre (serveurs, conteneurs, CI).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and port of the webhook listener (default 127.0.0.1:%1).</source>
        <translation>Adresse et port de l&apos;écouteur de webhooks (par défaut 127.0.0.1:%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory of the event store (default: %1).</source>
        <translation>Répertoire du stockage des événements (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace file (default: the built-in workspace).</source>
        <translation>Fichier de l&apos;espace de travail (par défaut : l&apos;espace de travail intégré).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest request body accepted (default %1).</source>
        <translation>Taille maximale du corps de requête acceptée (par défaut %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections one client address may hold (default %1).</source>
        <translation>Connexions que peut ouvrir une même adresse cliente (par défaut %1).</translation>
    </message>
</context>
</TS>
