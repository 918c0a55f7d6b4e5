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
        <location line="+104"/>
        <source>The webhook listener is not running: %1</source>
        <translation>L&apos;écouteur de webhooks ne fonctionne pas : %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="+80"/>
        <source>cannot start the built-in OpenText sandbox: %1</source>
        <translation>impossible de démarrer le bac à sable OpenText intégré : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the engine is already running</source>
        <translation>le moteur est déjà en marche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data directory given</source>
        <translation>aucun répertoire de données indiqué</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the engine is not running</source>
        <translation>le moteur n&apos;est pas en marche</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the secret of OpenText target &apos;%1&apos; is still being read</source>
        <translation>le secret de la cible OpenText « %1 » est encore en cours de lecture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the secret of OpenText target &apos;%1&apos; could not be read: %2</source>
        <translation>le secret de la cible OpenText « %1 » n&apos;a pas pu être lu : %2</translation>
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
        <location filename="../ui/console/eventdetailpane.cpp" line="+54"/>
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
        <location line="+0"/>
        <source>Peer:</source>
        <translation>Pair :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+10"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This request was rejected, so nothing of it was stored: %1</source>
        <translation>Cette requête a été refusée, rien n&apos;en a donc été enregistré : %1</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../core/event/eventstore.cpp" line="+448"/>
        <source>the event store is already open</source>
        <translation>le stockage des événements est déjà ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the event store is closed</source>
        <translation>le stockage des événements est fermé</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventTableModel</name>
    <message>
        <location filename="../ui/console/eventtablemodel.cpp" line="+43"/>
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
        <location line="+83"/>
        <source>too much data sent ahead of the previous reply</source>
        <translation>trop de données envoyées avant la réponse précédente</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+128"/>
        <source>request not complete within %1 ms</source>
        <translation>requête incomplète après %1 ms</translation>
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
        <location filename="../ui/mainwindow.cpp" line="+75"/>
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
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+21"/>
        <location line="+45"/>
        <source>Not listening</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Requests handled per second over the last five seconds, rejected ones included</source>
        <translation>Requêtes traitées par seconde sur les cinq dernières secondes, refusées comprises</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The webhook listener could not start: %1</source>
        <translation>L&apos;écouteur de webhooks n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 events/s</source>
        <translation>%1 événements/s</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextClient</name>
    <message>
        <location filename="../core/delivery/opentextclient.cpp" line="+257"/>
        <source>the token endpoint %1 answered without an access_token</source>
        <translation>le point de terminaison de jeton %1 a répondu sans access_token</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenText refused the client credentials for tenant &apos;%1&apos;: %2</source>
        <translation>OpenText a refusé les identifiants client du locataire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the message has no destinations</source>
        <translation>le message n&apos;a aucun destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job %1 of a fan-out of %2 jobs does not exist</source>
        <translation>la tâche %1 d&apos;un envoi réparti en %2 tâches n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>OpenText answered %1 without a job_id: %2</source>
        <translation>OpenText a répondu %1 sans job_id : %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the status of %1 could not be read: %2</source>
        <translation>impossible de lire l&apos;état de %1 : %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the job %1 was still not complete after %2 status queries</source>
        <translation>la tâche %1 n&apos;était toujours pas terminée après %2 demandes d&apos;état</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connected to %1: OpenText issued a token valid for %2 seconds.</source>
        <translation>Connecté à %1 : OpenText a délivré un jeton valable %2 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1: OpenText issued a token.</source>
        <translation>Connecté à %1 : OpenText a délivré un jeton.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected to %1: the user and password were accepted.</source>
        <translation>Connecté à %1 : l&apos;utilisateur et le mot de passe ont été acceptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenText refused the user &apos;%1&apos;: %2</source>
        <translation>OpenText a refusé l&apos;utilisateur « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextSandbox</name>
    <message>
        <location filename="../core/sandbox/opentextsandbox.cpp" line="+934"/>
        <source>refusing to listen on %1: it is not a loopback address, and /admin would be open to the network; set an admin token to allow it</source>
        <translation>écoute sur %1 refusée : ce n&apos;est pas une adresse de bouclage, et /admin serait ouvert au réseau ; définissez un jeton d&apos;administration pour l&apos;autoriser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextTargetPage</name>
    <message>
        <location filename="../ui/targets/opentexttargetpage.cpp" line="+41"/>
        <source>Enter the %1, such as %2</source>
        <translation>Saisissez l&apos;%1, par exemple %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an http or https address; the %2 looks like %3</source>
        <translation>« %1 » n&apos;est pas une adresse http ou https ; l&apos;%2 se présente sous la forme %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>OpenText Notifications</source>
        <translation>OpenText Notifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where rules send email, SMS, fax and WhatsApp messages. Secrets are kept in the system keychain, never in the workspace file.</source>
        <translation>Destination des e-mails, SMS, fax et messages WhatsApp envoyés par les règles. Les secrets sont conservés dans le trousseau du système, jamais dans le fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in sandbox</source>
        <translation>Bac à sable intégré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenText cloud: %1</source>
        <translation>Cloud OpenText : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address</source>
        <translation>Adresse personnalisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in sandbox runs inside OT Bridge on this computer and works offline: nothing leaves the machine. It accepts messages like OpenText would and shows them on the Sandbox page.</source>
        <translation>Le bac à sable intégré fonctionne au sein d&apos;OT Bridge sur cet ordinateur, hors ligne : rien ne quitte la machine. Il accepte les messages comme le ferait OpenText et les affiche dans la page Bac à sable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Messaging URL:</source>
        <translation>URL de &amp;messagerie :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging URL</source>
        <translation>URL de messagerie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 client credentials</source>
        <translation>Identifiants client OAuth2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;uthorization URL:</source>
        <translation>URL d&apos;auto&amp;risation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tenant ID:</source>
        <translation>Identifiant du &amp;locataire :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenant ID</source>
        <translation>Identifiant du locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>Identifiant &amp;client :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client s&amp;ecret:</source>
        <translation>Secre&amp;t client :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the keychain</source>
        <translation>Conservé dans le trousseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keychain entry:</source>
        <translation>&amp;Entrée du trousseau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain entry for the secret</source>
        <translation>Entrée du trousseau pour le secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the secret is stored under in the system keychain. Headless servers may set OTBRIDGE_SECRET_ and this name in capitals instead, with _ for every other character.</source>
        <translation>Nom sous lequel le secret est enregistré dans le trousseau du système. Sur un serveur sans interface graphique, vous pouvez à la place définir OTBRIDGE_SECRET_ suivi de ce nom en majuscules, avec _ pour tout autre caractère.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maximum destinations per job</source>
        <translation>Nombre maximal de destinataires par tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages to more people are sent as several jobs.</source>
        <translation>Les messages destinés à davantage de personnes sont envoyés en plusieurs tâches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;x destinations per job:</source>
        <translation>Destinataires ma&amp;x. par tâche :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Délai d&apos;expiration en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;expiration :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the target</source>
        <translation>Enregistrer la cible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion en cours</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>messaging URL</source>
        <translation>URL de messagerie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the tenant ID OpenText gave you</source>
        <translation>Saisissez l&apos;identifiant du locataire fourni par OpenText</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client ID of the API client</source>
        <translation>Saisissez l&apos;identifiant client du client API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client secret</source>
        <translation>Saisissez le secret client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the user name</source>
        <translation>Saisissez le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the password</source>
        <translation>Saisissez le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the keychain entry the secret is kept under</source>
        <translation>Indiquez le nom de l&apos;entrée du trousseau sous laquelle le secret est conservé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this target</source>
        <translation>cette cible</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Non enregistré : le secret n&apos;a pas pu être stocké dans le trousseau : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace could not be saved: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to %1. OT Bridge was running its built-in workspace, so the target was saved to this new file in the default location, which the window opens from now on (otbridge --headless needs --workspace &quot;%1&quot;).</source>
        <translation>Enregistré dans %1. OT Bridge utilisait son espace de travail intégré : la cible a donc été enregistrée dans ce nouveau fichier, à l&apos;emplacement par défaut, que la fenêtre ouvrira désormais (otbridge --headless nécessite --workspace &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 OT Bridge could not switch to it while running: %2. It will use it when it starts again.</source>
        <translation>%1 OT Bridge n&apos;a pas pu l&apos;adopter en cours de fonctionnement : %2. Il l&apos;utilisera à son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OT Bridge uses it now.</source>
        <translation>OT Bridge l&apos;utilise dès maintenant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The built-in sandbox is not running: OT Bridge starts it when the workspace it started with uses the sandbox. Save, then start OT Bridge again with that workspace.</source>
        <translation>Le bac à sable intégré n&apos;est pas en marche : OT Bridge le démarre lorsque l&apos;espace de travail avec lequel il a été lancé utilise le bac à sable. Enregistrez, puis relancez OT Bridge avec cet espace de travail.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Succeeded</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>OtBridge::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholderpage.cpp" line="+23"/>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
</context>
<context>
    <name>OtBridge::SandboxInboxModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxinboxmodel.cpp" line="+65"/>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Requête capturée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>capture &quot;%1&quot;</source>
        <translation>capture « %1 »</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 page: %1</source>
        <translation>1 page : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages: %2</source>
        <translation>%1 pages : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template %1 (%2)</source>
        <translation>Modèle %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Captured</source>
        <translation>Capturée</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject or text</source>
        <translation>Objet ou texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>OtBridge::SandboxInboxPage</name>
    <message>
        <location filename="../ui/sandbox/sandboxinboxpage.cpp" line="+35"/>
        <source>it answered HTTP %1</source>
        <translation>il a répondu HTTP %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the inbox and every job&apos;s state now</source>
        <translation>Récupérer maintenant la boîte de réception et l&apos;état de chaque tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete every message the sandbox received</source>
        <translation>Supprimer tous les messages reçus par le bac à sable</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages the sandbox received</source>
        <translation>Messages reçus par le bac à sable</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This workspace sends to a real OpenText account, not the built-in sandbox, so there is no sandbox inbox to show. To try messages offline, choose Built-in sandbox on the Targets page, save, and start OT Bridge again.</source>
        <translation>Cet espace de travail envoie vers un vrai compte OpenText et non vers le bac à sable intégré : il n&apos;y a donc pas de boîte de réception du bac à sable à afficher. Pour essayer des messages hors ligne, choisissez Bac à sable intégré dans la page Cibles, enregistrez, puis relancez OT Bridge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OT Bridge is not running, so neither is its built-in sandbox: there is no inbox to show.</source>
        <translation>OT Bridge n&apos;est pas en marche, son bac à sable intégré non plus : il n&apos;y a aucune boîte de réception à afficher.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The sandbox at %1 did not give its inbox: %2</source>
        <translation>Le bac à sable à l&apos;adresse %1 n&apos;a pas fourni sa boîte de réception : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sandbox at %1 answered something that is not an inbox: %2</source>
        <translation>Le bac à sable à l&apos;adresse %1 a renvoyé autre chose qu&apos;une boîte de réception : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no &quot;messages&quot; list</source>
        <translation>il n&apos;y a pas de liste « messages »</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Clear the sandbox inbox</source>
        <translation>Vider la boîte de réception du bac à sable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message the sandbox received? Nothing was sent anywhere, so nothing else changes.</source>
        <translation>Supprimer tous les messages reçus par le bac à sable ? Rien n&apos;a réellement été envoyé, rien d&apos;autre ne change donc.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sandbox at %1 did not clear its inbox: %2</source>
        <translation>Le bac à sable à l&apos;adresse %1 n&apos;a pas vidé sa boîte de réception : %2</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destinations</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a message to see what its recipients would get.</source>
        <translation>Sélectionnez un message pour voir ce que ses destinataires recevraient.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email body</source>
        <translation>Corps de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax documents</source>
        <translation>Documents du fax</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Template parameters</source>
        <translation>Paramètres du modèle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>none: a captured request is not a job</source>
        <translation>aucune : une requête capturée n&apos;est pas une tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (submit id %2)</source>
        <translation>%1 (identifiant de soumission %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the account&apos;s default sender)</source>
        <translation>(expéditeur par défaut du compte)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments: %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 segment</source>
        <translation>1 segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 segments</source>
        <translation>%1 segments</translation>
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
        <translation>1 page au total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages in all</source>
        <translation>%1 pages au total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With a coversheet: %1</source>
        <translation>Avec page de garde : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template %1 in language %2</source>
        <translation>Modèle %1 en langue %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(binary body, %1, shown as base64)
%2</source>
        <translation>(corps binaire, %1, affiché en base64)
%2</translation>
    </message>
</context>
<context>
    <name>OtBridge::SecretStore</name>
    <message>
        <location filename="../core/config/secretstore.cpp" line="+38"/>
        <source>access to the keychain was denied for the secret &quot;%1&quot;</source>
        <translation>l&apos;accès au trousseau a été refusé pour le secret « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>the keychain is locked; unlock it and try again (%1)</source>
        <translation>le trousseau est verrouillé ; déverrouillez-le et réessayez (%1)</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <source>no Secret Service is running: %1</source>
        <translation>aucun Secret Service n&apos;est en cours d&apos;exécution : %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this platform has no keychain OT Bridge can use: %1</source>
        <translation>cette plateforme ne dispose d&apos;aucun trousseau utilisable par OT Bridge : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain has no default keyring to keep secrets in; create one (for example with Seahorse) and try again (%1)</source>
        <translation>le trousseau du système n&apos;a pas de trousseau par défaut où conserver les secrets ; créez-en un (par exemple avec Seahorse) et réessayez (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the secret &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>le secret « %1 » n&apos;a pas pu être lu dans le trousseau : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret &quot;%1&quot; could not be stored in the keychain: %2</source>
        <translation>le secret « %1 » n&apos;a pas pu être enregistré dans le trousseau : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the secret &quot;%1&quot; could not be deleted from the keychain: %2</source>
        <translation>le secret « %1 » n&apos;a pas pu être supprimé du trousseau : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no secret stored under &quot;%1&quot; in the keychain</source>
        <translation>aucun secret enregistré sous « %1 » dans le trousseau</translation>
    </message>
</context>
<context>
    <name>OtBridge::WebhookListener</name>
    <message>
        <location filename="../core/ingest/webhooklistener.cpp" line="+77"/>
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
        <location line="+51"/>
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
        <location filename="../core/config/workspace.cpp" line="+30"/>
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
        <location line="+39"/>
        <source>%1: name &apos;%2&apos; must be 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 : le nom « %2 » doit compter de 1 à 64 caractères parmi a-z, 0-9, « . », « _ » ou « - », et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+38"/>
        <source>%1: the name &apos;%2&apos; is used twice</source>
        <translation>%1 : le nom « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 (&apos;%2&apos;): format must be &quot;json&quot; or &quot;any&quot;, not &quot;%3&quot;</source>
        <translation>%1 (« %2 ») : format doit valoir « json » ou « any », et non « %3 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (&apos;%2&apos;): max_body_bytes must be a positive number</source>
        <translation>%1 (« %2 ») : max_body_bytes doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workspace %1: &quot;targets&quot; must be an array</source>
        <translation>espace de travail %1 : « targets » doit être un tableau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1, target %2</source>
        <translation>espace de travail %1, cible %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+4"/>
        <source>cannot write the workspace %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/event/eventstore.cpp" line="-384"/>
        <source>cannot open the event store %1: %2</source>
        <translation>impossible d&apos;ouvrir le stockage des événements %1 : %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot configure the event store: %1</source>
        <translation>impossible de configurer le stockage des événements : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the event store %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another data directory</source>
        <translation>le stockage des événements %1 a la version de schéma %2, plus récente que ce que comprend cette version d’OT Bridge (%3) : utilisez une version plus récente d’OT Bridge ou un autre répertoire de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot upgrade the event store from schema version %1: %2</source>
        <translation>impossible de mettre à niveau le stockage des événements depuis la version de schéma %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/requesthead.cpp" line="+94"/>
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
    <message>
        <location filename="../core/config/opentexttarget.cpp" line="+96"/>
        <source>%1: max_destinations_per_job must be a number from 1 to 1000</source>
        <translation>%1 : max_destinations_per_job doit être un nombre compris entre 1 et 1000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout_ms must be at least 100 milliseconds</source>
        <translation>%1 : timeout_ms doit valoir au moins 100 millisecondes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: messaging_url must be an http(s) URL such as https://api.eu.cloudmessaging.opentext.com/mra/v1</source>
        <translation>%1 : messaging_url doit être une URL http(s), par exemple https://api.eu.cloudmessaging.opentext.com/mra/v1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: auth_url must be an http(s) URL such as https://us.api.opentext.com</source>
        <translation>%1 : auth_url doit être une URL http(s), par exemple https://us.api.opentext.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: OAuth2 needs tenant_id and client_id</source>
        <translation>%1 : OAuth2 nécessite tenant_id et client_id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: HTTP Basic needs a user</source>
        <translation>%1 : HTTP Basic nécessite un utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: auth must be &quot;oauth2&quot; or &quot;basic&quot;, not &quot;%2&quot;</source>
        <translation>%1 : auth doit valoir « oauth2 » ou « basic », et non « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: secret_ref must name the keychain entry that holds the secret</source>
        <translation>%1 : secret_ref doit indiquer le nom de l&apos;entrée du trousseau qui contient le secret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: secrets do not belong in the workspace file; store them in the keychain and name them with secret_ref</source>
        <translation>%1 : les secrets n&apos;ont pas leur place dans le fichier de l&apos;espace de travail ; enregistrez-les dans le trousseau et désignez-les avec secret_ref</translation>
    </message>
    <message>
        <location filename="../core/delivery/opentextclient.cpp" line="-462"/>
        <source>OpenText answered %1</source>
        <translation>OpenText a répondu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenText answered %1: %2</source>
        <translation>OpenText a répondu %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer from %1 within %2 ms</source>
        <translation>aucune réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/delivery/opentextstatus.cpp" line="+38"/>
        <source>job status: %1 is not a string</source>
        <translation>état de la tâche : %1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job status: %1 is not valid base64</source>
        <translation>état de la tâche : %1 n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>job status: not valid JSON: %1 at offset %2</source>
        <translation>état de la tâche : JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job status: not a JSON object</source>
        <translation>état de la tâche : ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>job status: job_id is missing</source>
        <translation>état de la tâche : job_id est absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job status: job_id is not a string</source>
        <translation>état de la tâche : job_id n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job status: job_id is empty</source>
        <translation>état de la tâche : job_id est vide</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+45"/>
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
