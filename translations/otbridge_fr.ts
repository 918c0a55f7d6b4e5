<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AckPage</name>
    <message>
        <location filename="../core/api/ackpage.cpp" line="+59"/>
        <source>with the link in a message</source>
        <translation>avec le lien d&apos;un message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the OT Bridge console</source>
        <translation>dans la console d&apos;OT Bridge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through the OT Bridge API</source>
        <translation>par l&apos;API d&apos;OT Bridge</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Acknowledge this escalation?</source>
        <translation>Acquitter cette escalade ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already acknowledged</source>
        <translation>Déjà acquittée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link is not valid</source>
        <translation>Ce lien n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link has expired</source>
        <translation>Ce lien a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgement links are switched off</source>
        <translation>Les liens d&apos;acquittement sont désactivés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready yet</source>
        <translation>Pas encore prêt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The acknowledgement was not stored</source>
        <translation>L&apos;acquittement n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (escalation tier %2)</source>
        <translation>%1 (palier d&apos;escalade %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledging tells everyone it is in hand: the escalation stops, and nobody else is notified about this event.</source>
        <translation>Acquitter indique à tous que quelqu&apos;un s&apos;en occupe : l&apos;escalade s&apos;arrête et personne d&apos;autre n&apos;est prévenu pour cet événement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is recorded as acknowledged by %1. This link works until %2.</source>
        <translation>L&apos;acquittement est enregistré au nom de %1. Ce lien est valable jusqu&apos;au %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you. Acknowledged by %1 at %2; the escalation has stopped.</source>
        <translation>Merci. Acquittée par %1 le %2 ; l&apos;escalade est arrêtée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event was already acknowledged by %1 at %2. Nothing more to do.</source>
        <translation>Cet événement a déjà été acquitté par %1 le %2. Il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link may have been cut short or changed on its way. Open it exactly as it came in the message, or acknowledge in OT Bridge itself.</source>
        <translation>Le lien a peut-être été tronqué ou modifié en chemin. Ouvrez-le exactement tel qu&apos;il figure dans le message, ou acquittez dans OT Bridge même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was valid until %1. Acknowledge in OT Bridge itself, or use the link of a newer message.</source>
        <translation>Il était valable jusqu&apos;au %1. Acquittez dans OT Bridge même, ou utilisez le lien d&apos;un message plus récent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many acknowledgement requests came from your address. Try again in %1 seconds.</source>
        <translation>Trop de demandes d&apos;acquittement sont venues de votre adresse. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This OT Bridge makes no acknowledgement links (it has no public URL or no key to sign them), so it cannot accept one.</source>
        <translation>Cet OT Bridge ne produit pas de liens d&apos;acquittement (il n&apos;a pas d&apos;URL publique ou pas de clé pour les signer) ; il ne peut donc pas en accepter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OT Bridge has just started. Try again in a moment.</source>
        <translation>OT Bridge vient de démarrer. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OT Bridge could not store the acknowledgement just now. Try again in a moment.</source>
        <translation>OT Bridge n&apos;a pas pu enregistrer l&apos;acquittement pour l&apos;instant. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../core/json/jsonreader.cpp" line="+752"/>
        <source>the document ends inside a value</source>
        <translation>le document s’arrête au milieu d’une valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value of another type</source>
        <translation>une valeur d’un autre type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>control character in a string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested too deep</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>garbage after the document</source>
        <translation>données superflues après le document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../ui/settings/languagesetting.cpp" line="+13"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>OtBridge::ActionEditor</name>
    <message>
        <location filename="../ui/rules/actioneditor.cpp" line="+62"/>
        <source>line %1: write a header as &quot;Name: value&quot;</source>
        <translation>ligne %1 : écrivez un en-tête sous la forme &quot;Nom: valeur&quot;</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Fail when the payload has no value for a placeholder</source>
        <translation>Échouer lorsque le contenu ne fournit aucune valeur pour un espace réservé</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-mail</translation>
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
        <translation>Rôles à notifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient addresses, one template per line</source>
        <translation>Adresses des destinataires, un modèle par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g. {{contract.owner.email}}</source>
        <translation>Une par ligne, par exemple {{contract.owner.email}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles from payload</source>
        <translation>Rôles issus du contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role names taken from the payload, one template per line</source>
        <translation>Noms de rôles tirés du contenu, un modèle par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML body</source>
        <translation>Corps HTML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target&apos;s</source>
        <translation>Celle de la cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request URL; empty for the target&apos;s, relative to continue it</source>
        <translation>URL de la requête ; vide pour celle de la cible, relative pour la prolonger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request headers, one &quot;Name: value&quot; per line</source>
        <translation>En-têtes de la requête, un « Nom: valeur » par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON body</source>
        <translation>Corps JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON body template</source>
        <translation>Modèle du corps JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalation as JSON</source>
        <translation>Escalade en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within_seconds, within_minutes_from and tiers of actions</source>
        <translation>within_seconds, within_minutes_from et paliers d&apos;actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+81"/>
        <source>Fail when a value is missing</source>
        <translation>Échouer lorsqu&apos;une valeur manque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fallback when OpenText reports a failure</source>
        <translation>Repli lorsque OpenText signale un échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent once when OpenText reports that this message could not be delivered, or its delivery dies</source>
        <translation>Envoyé une fois lorsque OpenText signale que ce message n&apos;a pas pu être remis, ou que sa livraison échoue définitivement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As written in the file</source>
        <translation>Tel qu&apos;écrit dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it fails, send</source>
        <translation>En cas d&apos;échec, envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallback addresses</source>
        <translation>Adresses de repli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{contract.owner.phone}}; the roles above too</source>
        <translation>p. ex. {{contract.owner.phone}} ; les rôles ci-dessus aussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback to</source>
        <translation>Repli vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback email subject</source>
        <translation>Objet de l&apos;e-mail de repli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback subject</source>
        <translation>Objet de repli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback message text</source>
        <translation>Texte du message de repli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback text</source>
        <translation>Texte de repli</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not a JSON object</source>
        <translation>Ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Drag a field from the sample payload here, or type {{ for its name</source>
        <translation>Faites glisser ici un champ du contenu d&apos;exemple, ou tapez {{ suivi de son nom</translation>
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
        <translation>La cible OpenText de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (absente de cet espace de travail)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preset field %1</source>
        <translation>Champ de préréglage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OpenText message</source>
        <translation>Message OpenText</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP request</source>
        <translation>Requête HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP request (%1 preset)</source>
        <translation>Requête HTTP (préréglage %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation when not acknowledged in time</source>
        <translation>Escalade en l&apos;absence d&apos;acquittement dans les délais</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SMS text</source>
        <translation>Texte du SMS</translation>
    </message>
</context>
<context>
    <name>OtBridge::Cluster</name>
    <message>
        <location filename="../core/cluster/cluster.cpp" line="+43"/>
        <source>cannot open the event store %1: %2</source>
        <translation>impossible d’ouvrir le stockage des événements %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event store is closed</source>
        <translation>le stockage des événements est fermé</translation>
    </message>
</context>
<context>
    <name>OtBridge::ClusterWorkspace</name>
    <message>
        <location filename="../core/cluster/clusterworkspace.cpp" line="+14"/>
        <source>the cluster&apos;s workspace is closed</source>
        <translation>l’espace de travail du cluster est fermé</translation>
    </message>
</context>
<context>
    <name>OtBridge::ConditionBuilder</name>
    <message>
        <location filename="../ui/rules/conditionbuilder.cpp" line="+38"/>
        <source>a list, such as [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>une liste, par exemple [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a regular expression, such as ^INV-[0-9]+$</source>
        <translation>une expression régulière, par exemple ^INV-[0-9]+$</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true (the default) or false</source>
        <translation>true (par défaut) ou false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number or an ISO-8601 time</source>
        <translation>un nombre ou un horodatage ISO 8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an offset such as 15m, -2h or 1d</source>
        <translation>un décalage tel que 15m, -2h ou 1d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text, a number, true or [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>du texte, un nombre, true ou [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Condition as JSON</source>
        <translation>Condition en JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This condition uses &apos;not&apos;, which the rows cannot show; edit it as JSON.</source>
        <translation>Cette condition utilise « not », que les lignes ne peuvent pas représenter ; modifiez-la en JSON.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not a JSON object: %1</source>
        <translation>Ce n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>nothing</source>
        <translation>rien</translation>
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
        <translation>Correspond à l&apos;exemple, où %1 vaut %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match the sample, where %1 is %2</source>
        <translation>Ne correspond pas à l&apos;exemple, où %1 vaut %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Match all or any of these conditions</source>
        <translation>Satisfaire toutes ces conditions ou l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of these match</source>
        <translation>Toutes ces conditions sont remplies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any of these matches</source>
        <translation>L&apos;une de ces conditions est remplie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a condition to this group</source>
        <translation>Ajouter une condition à ce groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a group of conditions to this group</source>
        <translation>Ajouter un groupe de conditions à ce groupe</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Field of the payload</source>
        <translation>Champ du contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a field, or drag one here from the sample payload</source>
        <translation>Choisissez un champ, ou faites-en glisser un ici depuis le contenu d&apos;exemple</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove this group</source>
        <translation>Supprimer ce groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this group and its conditions</source>
        <translation>Supprimer ce groupe et ses conditions</translation>
    </message>
</context>
<context>
    <name>OtBridge::ConsolePage</name>
    <message>
        <location filename="../ui/console/consolepage.cpp" line="+132"/>
        <source>Show rejected</source>
        <translation>Afficher les refusées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show requests the listener refused, with the reason</source>
        <translation>Afficher les requêtes refusées par l&apos;écouteur, avec le motif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause scrolling</source>
        <translation>Suspendre le défilement</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Keep the view still while new events arrive; they are counted until you follow again</source>
        <translation>Garder la vue immobile pendant l&apos;arrivée de nouveaux événements ; ils sont comptés jusqu&apos;à ce que vous repreniez le suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1031"/>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <location line="-1026"/>
        <location line="+1030"/>
        <source>Acknowledge the selected event (Ctrl+K): its escalation stops, as with POST /api/v1/events/{id}/ack</source>
        <translation>Acquitter l&apos;événement sélectionné (Ctrl+K) : son escalade s&apos;arrête, comme avec POST /api/v1/events/{id}/ack</translation>
    </message>
    <message>
        <location line="-1027"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the selected event&apos;s dead deliveries again (Ctrl+R), with the same delivery ids</source>
        <translation>Renvoyer les livraisons abandonnées de l&apos;événement sélectionné (Ctrl+R), avec les mêmes identifiants de livraison</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy a curl command (Ctrl+Shift+C) that sends the selected event to the listener again, or, with a delivery selected in the Deliveries tab, what that delivery sends</source>
        <translation type="vanished">Copier une commande curl (Ctrl+Maj+C) qui renvoie l&apos;événement sélectionné à l&apos;écouteur, ou, si une livraison est sélectionnée dans l&apos;onglet Livraisons, ce que cette livraison envoie</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1011"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running export (Ctrl+E); nothing is written</source>
        <translation>Arrêter l&apos;export en cours (Ctrl+E) ; rien n&apos;est écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected events as JSON Lines (Ctrl+E), each line what GET /api/v1/events/{id} answers</source>
        <translation>Enregistrer les événements sélectionnés au format JSON Lines (Ctrl+E), chaque ligne correspondant à la réponse de GET /api/v1/events/{id}</translation>
    </message>
    <message>
        <location line="-1010"/>
        <source>Clear view</source>
        <translation>Vider la vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all rows from the console; stored events are kept</source>
        <translation>Retirer toutes les lignes de la console ; les événements enregistrés sont conservés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New rows while paused</source>
        <translation>Nouvelles lignes pendant la pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the newest rows again</source>
        <translation>Suivre à nouveau les lignes les plus récentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>awaiting acknowledgement</source>
        <translation>en attente d’acquittement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Console status</source>
        <translation>État de la console</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Export events as JSON Lines</source>
        <translation>Exporter les événements au format JSON Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+733"/>
        <source>The event could not be acknowledged: %1</source>
        <translation>L&apos;événement n&apos;a pas pu être acquitté : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Replayed %n dead deliveries.</source>
        <translation>
            <numerusform>%n livraison abandonnée rejouée.</numerusform>
            <numerusform>%n livraisons abandonnées rejouées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay failed: %1</source>
        <translation>Échec du rejeu : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Exported %n events.</source>
        <translation>
            <numerusform>%n événement exporté.</numerusform>
            <numerusform>%n événements exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Event %1 runs through the rules again as event %2.</source>
        <translation>L’événement %1 repasse par les règles sous l’événement %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+676"/>
        <source>Re-run failed: %1</source>
        <translation>Échec de la réexécution : %1</translation>
    </message>
    <message>
        <location line="-643"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events from these sources</source>
        <translation>Afficher uniquement les événements de ces sources</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events in these states</source>
        <translation>Afficher uniquement les événements dans ces états</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only events a rule sent somewhere</source>
        <translation>Afficher uniquement les événements qu&apos;une règle a envoyés quelque part</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by source, peer, id, body or reason</source>
        <translation>Filtrer par source, pair, identifiant, corps ou motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <location line="+582"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé ; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exporting %n events…</source>
        <translation>
            <numerusform>Export de %n événement…</numerusform>
            <numerusform>Export de %n événements…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No rule escalates this event, so there is nothing to acknowledge</source>
        <translation>Aucune règle n’escalade cet événement : rien à acquitter</translation>
    </message>
    <message>
        <location line="-678"/>
        <source>Any rule</source>
        <translation>Toute règle</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Show internal traffic</source>
        <translation>Afficher le trafic interne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also show OpenText&apos;s job status callbacks and the events OT Bridge raises itself (failed or dead deliveries, escalations)</source>
        <translation>Afficher aussi les rappels d’état des tâches OpenText et les événements qu’OT Bridge émet lui-même (livraisons échouées ou abandonnées, escalades)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re-run</source>
        <translation>Réexécuter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the selected event through the rules as they are now (Ctrl+Alt+R): a new event, linked to this one, with deliveries of its own</source>
        <translation>Faire repasser l’événement sélectionné par les règles actuelles (Ctrl+Alt+R) : un nouvel événement, lié à celui-ci, avec ses propres livraisons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy a curl command (Ctrl+Shift+C) that sends the selected event or refused request to the listener again, or, with a delivery selected in the Deliveries tab, what that delivery sends</source>
        <translation>Copier une commande curl (Ctrl+Maj+C) qui renvoie l’événement sélectionné ou la requête refusée à l’écouteur, ou, avec une livraison sélectionnée dans l’onglet Livraisons, ce que cette livraison envoie</translation>
    </message>
    <message>
        <location line="+338"/>
        <location line="+35"/>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>States: %1</source>
        <translation>États : %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The stored events could not be read: %1</source>
        <translation>Les événements enregistrés n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The webhook listener is not running: %1</source>
        <translation>L&apos;écouteur de webhooks ne fonctionne pas : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows shown</source>
        <translation>
            <numerusform>%n ligne affichée</numerusform>
            <numerusform>%n lignes affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; reading stored events…</source>
        <translation> ; lecture des événements enregistrés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; older events load when you scroll to the top</source>
        <translation> ; les événements plus anciens se chargent lorsque vous faites défiler jusqu&apos;en haut</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Copied a curl command for the refused request; its body is cut to the %1 that were kept.</source>
        <translation>Commande curl de la requête refusée copiée ; son corps est réduit aux %1 conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied a curl command that sends the refused request again.</source>
        <translation>Commande curl copiée, qui renvoie la requête refusée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied a curl command for the delivery to %1.</source>
        <translation>Commande curl copiée pour la livraison vers %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied a curl command that sends the event to the listener again.</source>
        <translation>Commande curl copiée ; elle renvoie l&apos;événement à l&apos;écouteur.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Acknowledged</source>
        <translation>Acquitté</translation>
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
        <translation type="vanished">Événements par seconde</translation>
    </message>
    <message>
        <source>Deliveries per second</source>
        <translation type="vanished">Livraisons par seconde</translation>
    </message>
    <message>
        <source>Failed attempts per second</source>
        <translation type="vanished">Tentatives échouées par seconde</translation>
    </message>
    <message>
        <source>Delivery latency, median (p50)</source>
        <translation type="vanished">Latence de livraison, médiane (p50)</translation>
    </message>
    <message>
        <source>Delivery latency, p99</source>
        <translation type="vanished">Latence de livraison, p99</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Replay dead letters</source>
        <translation>&amp;Rejouer les lettres mortes</translation>
    </message>
    <message>
        <source>From routing to the target taking it, over the last minute; a delivery that needed retries counts with its retries.</source>
        <translation type="vanished">Du routage jusqu&apos;à la prise en charge par la cible, sur la dernière minute ; une livraison qui a nécessité de nouvelles tentatives compte avec celles-ci.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Events received (per second)</source>
        <translation>Événements reçus (par seconde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries (per second)</source>
        <translation>Livraisons (par seconde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed attempts (per second)</source>
        <translation>Tentatives échouées (par seconde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery latency, median (ms)</source>
        <translation>Latence de livraison, médiane (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery latency, p99 (ms)</source>
        <translation>Latence de livraison, p99 (ms)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From routing to the target taking it, over the last minute; a delivery that needed retries counts with its retries. With nothing delivered in the last seconds it reads –.</source>
        <translation>Du routage à l’acceptation par la cible, sur la dernière minute ; une livraison qui a demandé des reprises compte avec elles. Sans livraison ces dernières secondes, la valeur est –.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+77"/>
        <source>Waiting for the engine&apos;s first figures…</source>
        <translation>En attente des premiers chiffres du moteur…</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay dead letters of the selected target</source>
        <translation>Rejouer les lettres mortes de la cible sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes the selected target&apos;s dead deliveries pending again, with the same ids (Ctrl+Shift+R)</source>
        <translation>Remet en attente les livraisons abandonnées de la cible sélectionnée, avec les mêmes identifiants (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Targets</source>
        <translation>&amp;Cibles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Nodes</source>
        <translation>&amp;Nœuds</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Waiting for the first heartbeat…</source>
        <translation>En attente du premier battement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As read %1; the last read failed: %2</source>
        <translation>Lu le %1 ; la dernière lecture a échoué : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live: %1 of %2</source>
        <translation>Actifs : %1 sur %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not replay the dead letters of %1: %2</source>
        <translation>Impossible de rejouer les lettres mortes de %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dead letters of %1 pending again: %2</source>
        <translation>Lettres mortes de %1 de nouveau en attente : %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
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
        <translation>Depuis le démarrage
Événements enregistrés : %1
Livrés : %2
Tentatives échouées : %3

Actuellement
Lettres mortes : %4
Disjoncteurs non fermés : %5</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Replaying the dead letters of %1…</source>
        <translation>Rejeu des lettres mortes de %1…</translation>
    </message>
</context>
<context>
    <name>OtBridge::DatabaseUrl</name>
    <message>
        <location filename="../core/store/databaseurl.cpp" line="+68"/>
        <source>the database URL must not hold the password (it would be kept in files and shown in process lists): store it in the keychain from Settings, or give it to a server in the environment variable OTBRIDGE_SECRET_DATABASE_PASSWORD</source>
        <translation>l&apos;URL de la base de données ne doit pas contenir le mot de passe (il resterait dans des fichiers et apparaîtrait dans la liste des processus) : enregistrez-le dans le trousseau depuis les Paramètres, ou donnez-le à un serveur dans la variable d&apos;environnement OTBRIDGE_SECRET_DATABASE_PASSWORD</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SQLite takes no path: its store is events.sqlite in the data directory (--data-dir); give sqlite alone, or no database at all</source>
        <translation>SQLite ne prend pas de chemin : sa base est events.sqlite dans le répertoire de données (--data-dir) ; indiquez sqlite seul, ou aucune base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a database is sqlite or a URL that starts with postgresql://, such as %1</source>
        <translation>une base de données est sqlite ou une URL qui commence par postgresql://, comme %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the database URL is not one: write it as postgresql://USER@HOST:PORT/DATABASE, the port a number from 1 to 65535, and an @, /, ? or # inside a name percent-encoded</source>
        <translation>l&apos;URL de la base de données n&apos;en est pas une : écrivez-la postgresql://UTILISATEUR@HÔTE:PORT/BASE, le port étant un nombre de 1 à 65535, et un @, /, ? ou # dans un nom encodé en pourcentage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database URL names no user: write it as USER@ before the host, such as %1</source>
        <translation>l&apos;URL de la base de données ne nomme aucun utilisateur : écrivez-le UTILISATEUR@ avant l&apos;hôte, comme %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database URL names no host, such as %1</source>
        <translation>l&apos;URL de la base de données ne nomme aucun hôte, comme %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database URL&apos;s port is not a number from 1 to 65535</source>
        <translation>le port de l&apos;URL de la base de données n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database URL names no database: write it after the host and port and one /, such as %1</source>
        <translation>l&apos;URL de la base de données ne nomme aucune base : écrivez-la après l&apos;hôte, le port et un /, comme %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database URL has a # part, which means nothing to a database; percent-encode a # inside a name</source>
        <translation>l&apos;URL de la base de données a une partie #, qui ne signifie rien pour une base de données ; encodez en pourcentage un # dans un nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database URL has a parameter OT Bridge does not know, &apos;%1&apos;; it takes %2</source>
        <translation>l&apos;URL de la base de données a un paramètre qu&apos;OT Bridge ne connaît pas, « %1 » ; elle accepte %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database URL gives %1 twice</source>
        <translation>l&apos;URL de la base de données donne %1 deux fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database URL gives %1 without a value</source>
        <translation>l&apos;URL de la base de données donne %1 sans valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database URL&apos;s %1 holds a ;, which cannot be passed on</source>
        <translation>le paramètre %1 de l&apos;URL de la base de données contient un ;, qui ne peut pas être transmis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database URL&apos;s sslmode is %1; it is one of %2</source>
        <translation>le sslmode de l&apos;URL de la base de données est %1 ; il doit être l&apos;un de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database URL&apos;s connect_timeout is a number of seconds, not %1</source>
        <translation>le connect_timeout de l&apos;URL de la base de données est un nombre de secondes, pas %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot store in %1: Qt&apos;s PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql); install it, or store in SQLite in the data directory (leave out --database, or choose SQLite in Settings)</source>
        <translation>impossible de stocker dans %1 : le pilote PostgreSQL de Qt, QPSQL, n&apos;est pas installé (Debian : libqt6sql6-psql) ; installez-le, ou stockez dans SQLite dans le répertoire de données (sans --database, ou en choisissant SQLite dans les Paramètres)</translation>
    </message>
    <message>
        <source>cannot store in %1: this OT Bridge does not have the PostgreSQL store yet; store in SQLite in the data directory instead (leave out --database, or choose SQLite in Settings)</source>
        <translation type="vanished">impossible de stocker dans %1 : cet OT Bridge n&apos;a pas encore le stockage PostgreSQL ; stockez plutôt dans SQLite dans le répertoire de données (omettez --database, ou choisissez SQLite dans les Paramètres)</translation>
    </message>
</context>
<context>
    <name>OtBridge::Dispatcher</name>
    <message>
        <location filename="../core/delivery/dispatcher.cpp" line="+522"/>
        <source>the stored request cannot be read: %1</source>
        <translation>la requête enregistrée ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OpenText client is running</source>
        <translation>aucun client OpenText n&apos;est en marche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenText target &apos;%1&apos; is not the one this bridge talks to (&apos;%2&apos;); one OpenText target per workspace is supported</source>
        <translation>la cible OpenText « %1 » n&apos;est pas celle avec laquelle ce pont communique (« %2 ») ; une seule cible OpenText par espace de travail est prise en charge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workspace has no HTTP target &apos;%1&apos; any more</source>
        <translation>l&apos;espace de travail n&apos;a plus de cible HTTP « %1 »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the secret &quot;%1&quot; of target &apos;%2&apos; could not be read: %3</source>
        <translation>le secret « %1 » de la cible « %2 » n&apos;a pas pu être lu : %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the signing secret of target &apos;%1&apos; is not a Standard Webhooks secret: %2</source>
        <translation>le secret de signature de la cible « %1 » n&apos;est pas un secret Standard Webhooks : %2</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>gave up after attempt %1: %2</source>
        <translation>abandon après la tentative %1 : %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="+137"/>
        <source>cannot start the built-in OpenText sandbox: %1</source>
        <translation>impossible de démarrer le bac à sable OpenText intégré : %1</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>rules %1 use {{event.ack_url}}, but no public URL is set (--public-url, or Settings in the window): their messages carry no acknowledgement link</source>
        <translation>les règles %1 utilisent {{event.ack_url}}, mais aucune URL publique n&apos;est définie (--public-url, ou les paramètres dans la fenêtre) : leurs messages ne contiennent pas de lien d&apos;acquittement</translation>
    </message>
    <message>
        <location line="+454"/>
        <source>the event store is closed</source>
        <translation>le magasin d’événements est fermé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no event %1 in the store</source>
        <translation>aucun événement %1 dans le magasin</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>re-run of %1</source>
        <translation>réexécution de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the re-run could not be stored: %1</source>
        <translation>la réexécution n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the engine is already running</source>
        <translation>le moteur est déjà en marche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this OT Bridge was started to store in %1, not in %2: the database is chosen when OT Bridge starts</source>
        <translation>cet OT Bridge a été démarré pour stocker dans %1, pas dans %2 : la base de données se choisit au démarrage d&apos;OT Bridge</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>source &apos;%1&apos; has no authentication, and %2 is reachable beyond this machine: give the source an &quot;auth&quot; in the workspace (Standard Webhooks, GitHub, Stripe, Basic, bearer or API key), or listen on 127.0.0.1 behind the reverse proxy of packaging/nginx-otbridge.conf</source>
        <translation>la source &apos;%1&apos; n&apos;a pas d&apos;authentification, et %2 est joignable au-delà de cette machine : donnez à la source un « auth » dans l&apos;espace de travail (Standard Webhooks, GitHub, Stripe, Basic, bearer ou clé d&apos;API), ou écoutez sur 127.0.0.1 derrière le proxy inverse de packaging/nginx-otbridge.conf</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not hold the cluster&apos;s workspace (version %2) that this node runs, so saving it could undo another node&apos;s changes: nothing was saved</source>
        <translation>%1 ne contient pas l&apos;espace de travail du cluster (version %2) que ce nœud exécute : l&apos;enregistrer pourrait annuler les modifications d&apos;un autre nœud ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+36"/>
        <source>cannot read the cluster&apos;s workspace in %1: %2</source>
        <translation>impossible de lire l&apos;espace de travail du cluster dans %1 : %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+38"/>
        <source>the cluster&apos;s workspace in %1 (version %2, saved by %3 on %4) is not valid: %5</source>
        <translation>l&apos;espace de travail du cluster dans %1 (version %2, enregistré par %3 sur %4) n&apos;est pas valide : %5</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no node has run on %1 yet (it holds no cluster workspace): start a node there first (otbridged --database %1)</source>
        <translation>aucun nœud n&apos;a encore tourné sur %1 (il ne contient aucun espace de travail de cluster) : démarrez-y d&apos;abord un nœud (otbridged --database %1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the cluster&apos;s version %1</source>
        <translation>la version %1 du cluster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the cluster&apos;s version %1, saved by %2 on %3</source>
        <translation>la version %1 du cluster, enregistrée par %2 sur %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 holds another workspace than the cluster&apos;s version %2, and it could not be kept in %3 (%4): the file is left as it is, and its edits are not saved to the cluster</source>
        <translation>%1 contient un autre espace de travail que la version %2 du cluster, et il n&apos;a pas pu être conservé dans %3 (%4) : le fichier reste tel quel, et ses modifications ne sont pas enregistrées dans le cluster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write the cluster&apos;s workspace (version %1) to %2: %3; edits of the file are not saved to the cluster until it holds it</source>
        <translation>impossible d&apos;écrire l&apos;espace de travail du cluster (version %1) dans %2 : %3 ; les modifications du fichier ne sont pas enregistrées dans le cluster tant qu&apos;il ne le contient pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 now holds the cluster&apos;s workspace (version %2, saved by %3 on %4), and %5 what it held before</source>
        <translation>%1 contient maintenant l&apos;espace de travail du cluster (version %2, enregistré par %3 sur %4), et %5 ce qu&apos;il contenait avant</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>attaching to a cluster needs the PostgreSQL database its nodes share (--database postgresql://USER@HOST:PORT/DB): %1 is this machine&apos;s own store</source>
        <translation>se rattacher à un cluster demande la base PostgreSQL que ses nœuds partagent (--database postgresql://UTILISATEUR@HÔTE:PORT/BASE) : %1 est le stockage propre à cette machine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data directory given</source>
        <translation>aucun répertoire de données indiqué</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (no password was given: neither %2 nor the keychain&apos;s %3 holds one)</source>
        <translation>%1 (aucun mot de passe donné : ni %2 ni l&apos;entrée %3 du trousseau n&apos;en contient)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>TLS needs both a certificate file and a key file</source>
        <translation>TLS nécessite à la fois un fichier de certificat et un fichier de clé</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>acknowledgement links are off: %1; set %2 (otbridged ack-key --print makes a key) or make the keychain available</source>
        <translation>les liens d&apos;acquittement sont désactivés : %1 ; définissez %2 (otbridged ack-key --print produit une clé) ou rendez le trousseau disponible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the engine is not running</source>
        <translation>le moteur n&apos;est pas en marche</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the secret of OpenText target &apos;%1&apos; is still being read</source>
        <translation>le secret de la cible OpenText « %1 » est encore en cours de lecture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the secret of OpenText target &apos;%1&apos; could not be read: %2</source>
        <translation>le secret de la cible OpenText « %1 » n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>cannot create the data directory %1: check that its parent exists and is writable, or choose another with --data-dir</source>
        <translation>impossible de créer le répertoire de données %1 : vérifiez que son répertoire parent existe et est accessible en écriture, ou choisissez-en un autre avec --data-dir</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the data directory %1 is in use by another OT Bridge (pid %2 on %3, running since %4): stop it first, or give this one another --data-dir</source>
        <translation>le répertoire de données %1 est utilisé par une autre instance d&apos;OT Bridge (PID %2 sur %3, en marche depuis %4) : arrêtez-la d&apos;abord, ou donnez à celle-ci un autre --data-dir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write to the data directory %1 (lock file %2): make it writable for this user, or choose another with --data-dir</source>
        <translation>impossible d&apos;écrire dans le répertoire de données %1 (fichier de verrou %2) : rendez-le accessible en écriture pour cet utilisateur, ou choisissez-en un autre avec --data-dir</translation>
    </message>
</context>
<context>
    <name>OtBridge::EngineClient</name>
    <message>
        <location filename="../core/engine/engineclient.cpp" line="+23"/>
        <source>there is no event %1 in the store</source>
        <translation>aucun événement %1 dans le magasin</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the engine is stopping</source>
        <translation>le moteur s&apos;arrête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event store is closed</source>
        <translation>le magasin d&apos;événements est fermé</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the delivery store is closed</source>
        <translation>le magasin des livraisons est fermé</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>jobs of the window still read the store after %1 s; waiting for them to end</source>
        <translation>des tâches de la fenêtre lisent encore le magasin après %1 s ; attente de leur fin</translation>
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
        <location filename="../ui/console/eventdetailpane.cpp" line="+68"/>
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
        <location line="+0"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="vanished">État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+75"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Outcome:</source>
        <translation>Issue :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched rules:</source>
        <translation>Règles déclenchées :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-runs:</source>
        <translation>Réexécutions :</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The body exactly as it was received</source>
        <translation>Le corps exactement tel qu’il a été reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formatted body</source>
        <translation>Corps mis en forme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body indented for reading; members stay in the order they came</source>
        <translation>Le corps indenté pour la lecture ; les membres restent dans l’ordre d’arrivée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As received</source>
        <translation>Tel que reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formatted</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body as a JSON tree</source>
        <translation>Corps sous forme d&apos;arbre JSON</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deliveries and their attempts</source>
        <translation>Livraisons et leurs tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenText job</source>
        <translation>Tâche OpenText</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalation and acknowledgement</source>
        <translation>Escalade et acquittement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation tiers</source>
        <translation>Paliers d&apos;escalade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fired</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event detail</source>
        <translation>Détail de l&apos;événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+94"/>
        <source>re-run %1 of %2</source>
        <translation>réexécution %1 de %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>None of its body was kept.</source>
        <translation>Rien de son corps n’a été conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It had no body.</source>
        <translation>Elle n’avait pas de corps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 of its body are kept below.</source>
        <translation>Les premiers %1 de son corps sont conservés ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its body is kept below.</source>
        <translation>Son corps est conservé ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request was rejected with HTTP %1, so it was not stored: %2. %3</source>
        <translation>Cette requête a été refusée avec HTTP %1 et n’a donc pas été enregistrée : %2. %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>This request was rejected, so nothing of it was stored: %1</source>
        <translation type="vanished">Cette requête a été refusée, rien n&apos;en a donc été enregistré : %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reading the event from the store…</source>
        <translation>Lecture de l&apos;événement dans le stockage…</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <message>
        <location line="+19"/>
        <source>run again as %1</source>
        <translation>réexécuté sous %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>retrying</source>
        <translation>nouvelle tentative en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>dead</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>will retry</source>
        <translation>sera retentée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fired</source>
        <translation>déclenché</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No deliveries: no rule sent this event anywhere (yet).</source>
        <translation>Aucune livraison : aucune règle n&apos;a (encore) envoyé cet événement nulle part.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (rule %2, escalation tier %3)</source>
        <translation>%1 (règle %2, palier d&apos;escalade %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (rule %2, action %3)</source>
        <translation>%1 (règle %2, action %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next attempt %1; %2</source>
        <translation>prochaine tentative %1 ; %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>held by a delay until %1</source>
        <translation>retenu par un délai jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held for quiet hours until %1</source>
        <translation>retenu pour les heures calmes jusqu&apos;à %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>digest of %n event(s), sent %1</source>
        <translation>
            <numerusform>récapitulatif de %n événement, envoyé %1</numerusform>
            <numerusform>récapitulatif de %n événements, envoyé %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fallback for %1</source>
        <translation>repli pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its fallback %1 was sent</source>
        <translation>son repli %1 a été envoyé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>digested event</source>
        <translation>événement récapitulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; answer: %2</source>
        <translation>%1 ; réponse : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms; %2</source>
        <translation>%1 ms ; %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escalation: waiting for an acknowledgement.</source>
        <translation>Escalade : en attente d&apos;un acquittement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: stopped by the acknowledgement.</source>
        <translation>Escalade : arrêtée par l&apos;acquittement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: every tier has fired.</source>
        <translation>Escalade : tous les paliers se sont déclenchés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: none (no rule asks for an acknowledgement).</source>
        <translation>Escalade : aucune (aucune règle ne demande d&apos;acquittement).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 via link</source>
        <translation>%1 par le lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 via the API</source>
        <translation>%1 par l&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in the console</source>
        <translation>%1 dans la console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by %1 at %2.</source>
        <translation>Acquitté par %1 le %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>Acquitté par %1 le %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not acknowledged.</source>
        <translation>Non acquitté.</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventExport</name>
    <message>
        <location filename="../core/api/eventexport.cpp" line="+19"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the export was cancelled; %1 was not written</source>
        <translation>l&apos;export a été annulé ; %1 n&apos;a pas été écrit</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventStore</name>
    <message>
        <location filename="../core/store/sql/sqlwriter.cpp" line="+351"/>
        <source>the event store is already open</source>
        <translation>le stockage des événements est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/sqlitebackend.cpp" line="+90"/>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqleventstore.cpp" line="+32"/>
        <location line="+62"/>
        <location filename="../core/store/sql/sqlstore.cpp" line="+16"/>
        <location filename="../core/store/sqlite/sqlitebackend.cpp" line="-64"/>
        <source>the event store is closed</source>
        <translation>le stockage des événements est fermé</translation>
    </message>
</context>
<context>
    <name>OtBridge::EventTableModel</name>
    <message>
        <location filename="../ui/console/eventtablemodel.cpp" line="+49"/>
        <location line="+32"/>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>routed</source>
        <translation>routé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>acknowledged</source>
        <translation>acquitté</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no rule</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dead</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>awaiting acknowledgement</source>
        <translation>en attente d’acquittement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>job status</source>
        <translation>état de tâche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>re-run %1 of %2</source>
        <translation>réexécution %1 de %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rejected with HTTP %1: %2</source>
        <translation>Refusée avec HTTP %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of event %1: it was not stored again.</source>
        <translation>Doublon de l&apos;événement %1 : il n&apos;a pas été enregistré une seconde fois.</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <source>Event type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">État</translation>
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
    <name>OtBridge::FormFeedback</name>
    <message>
        <location filename="../ui/formfeedback.cpp" line="+89"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
</context>
<context>
    <name>OtBridge::GuardedTcpServer</name>
    <message>
        <location filename="../core/ingest/guardedtcpserver.cpp" line="+148"/>
        <source>the listener has reached its limit of %1 connections</source>
        <translation>l&apos;écouteur a atteint sa limite de %1 connexions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too many connections from %1 (limit %2)</source>
        <translation>trop de connexions depuis %1 (limite %2)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>too much data sent ahead of the previous reply</source>
        <translation>trop de données envoyées avant la réponse précédente</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the listener holds %1 bytes of unfinished requests, its limit; try again shortly</source>
        <translation>l&apos;écouteur contient %1 octets de requêtes inachevées, sa limite ; réessayez dans un instant</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>request header fields exceed %1 bytes</source>
        <translation>les champs d&apos;en-tête de la requête dépassent %1 octets</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>le corps de requête de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>malformed chunked request body</source>
        <translation>corps de requête fragmenté (chunked) mal formé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>request body exceeds the limit of %1 bytes</source>
        <translation>le corps de la requête dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>request not complete within %1 ms</source>
        <translation>requête incomplète après %1 ms</translation>
    </message>
</context>
<context>
    <name>OtBridge::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="+66"/>
        <source>the server closed the connection in the middle of its answer</source>
        <translation>le serveur a fermé la connexion au milieu de sa réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>cannot send to &apos;%1&apos;: not an http or https URL</source>
        <translation>impossible d&apos;envoyer à « %1 » : ce n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the answer&apos;s head is larger than %1 bytes</source>
        <translation>l&apos;en-tête de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>pas une réponse HTTP/1.x : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an HTTP answer without a valid status code</source>
        <translation>une réponse HTTP sans code d&apos;état valide</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a Content-Length that is not a number</source>
        <translation>un Content-Length qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+35"/>
        <location line="+42"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>a malformed chunk size</source>
        <translation>une taille de bloc mal formée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a chunk not followed by CRLF</source>
        <translation>un bloc non suivi de CRLF</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>aborted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
</context>
<context>
    <name>OtBridge::HttpSender</name>
    <message>
        <location filename="../core/delivery/httpsender.cpp" line="+92"/>
        <source>the target&apos;s URL is not an absolute http or https URL</source>
        <translation>l&apos;URL de la cible n&apos;est pas une URL http ou https absolue</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cancelled before %1 answered</source>
        <translation>annulé avant la réponse de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 within %2 ms</source>
        <translation>aucune réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1 from %2: a redirect, not followed (a webhook receiver should answer directly)</source>
        <translation>HTTP %1 renvoyé par %2 : redirection non suivie (un récepteur de webhooks doit répondre directement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1 from %2: a redirect to %3, not followed (a webhook receiver should answer directly)</source>
        <translation>HTTP %1 renvoyé par %2 : redirection vers %3 non suivie (un récepteur de webhooks doit répondre directement)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 renvoyé par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 renvoyé par %2 : %3</translation>
    </message>
</context>
<context>
    <name>OtBridge::HttpTargetForm</name>
    <message>
        <location filename="../ui/targets/httptargetform.cpp" line="+56"/>
        <source>Generic JSON endpoint</source>
        <translation>Point de terminaison JSON générique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ServiceNow incident</source>
        <translation>Incident ServiceNow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jira issue</source>
        <translation>Ticket Jira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PagerDuty event</source>
        <translation>Événement PagerDuty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack message</source>
        <translation>Message Slack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Teams message</source>
        <translation>Message Microsoft Teams</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Kept in the keychain</source>
        <translation>Conservé dans le trousseau</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>HTTP target</source>
        <translation>Cible HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where rules send HTTP requests: a service desk, monitoring, chat or any JSON endpoint. Passwords, tokens and signing secrets are kept in the system keychain, never in the workspace file.</source>
        <translation>Où les règles envoient des requêtes HTTP : un centre de services, une supervision, une messagerie ou tout point de terminaison JSON. Mots de passe, jetons et secrets de signature restent dans le trousseau du système, jamais dans le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target name</source>
        <translation>Nom de la cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How rules name the target: 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot change once saved.</source>
        <translation>Le nom par lequel les règles désignent la cible : 1 à 64 caractères parmi a-z, 0-9, « . », « _ » ou « - ». Il ne peut plus changer une fois enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of target</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox:/capture/NAME sends to the built-in sandbox, which records the request on its Sandbox page instead of calling a real service.</source>
        <translation>sandbox:/capture/NOM envoie vers le bac à sable intégré, qui enregistre la requête sur sa page Bac à sable au lieu d’appeler un vrai service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headers sent with every request</source>
        <translation>En-têtes envoyés avec chaque requête</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Add &amp;header</source>
        <translation>Ajouter un en-&amp;tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove header</source>
        <translation>Retirer l’en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected header</source>
        <translation>Retirer l’en-tête sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key in a header</source>
        <translation>Clé d’API dans un en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header name for the key</source>
        <translation>Nom de l’en-tête pour la clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password, token or key</source>
        <translation>Mot de passe, jeton ou clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain entry for the password, token or key</source>
        <translation>Entrée du trousseau pour le mot de passe, le jeton ou la clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn requests (Standard Webhooks)</source>
        <translation>Si&amp;gner les requêtes (Standard Webhooks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds webhook-id, webhook-timestamp and webhook-signature, so the receiver can check the request comes from this bridge.</source>
        <translation>Ajoute webhook-id, webhook-timestamp et webhook-signature, pour que le destinataire puisse vérifier que la requête vient de ce pont.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ge&amp;nerate</source>
        <translation>Gé&amp;nérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a new signing secret</source>
        <translation>Générer un nouveau secret de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the signing secret to the clipboard</source>
        <translation>Copier le secret de signature dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain entry for the signing secret</source>
        <translation>Entrée du trousseau pour le secret de signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name the secret is stored under in the system keychain. Headless servers may set OTBRIDGE_SECRET_ and this name in capitals instead, with _ for every other character.</source>
        <translation>Nom sous lequel le secret est enregistré dans le trousseau du système. Sur un serveur sans interface graphique, vous pouvez à la place définir OTBRIDGE_SECRET_ suivi de ce nom en majuscules, avec _ pour tout autre caractère.</translation>
    </message>
    <message>
        <source>Send an &amp;Idempotency-Key (the same on every retry)</source>
        <translation type="vanished">Envoyer une &amp;Idempotency-Key (la même à chaque nouvel essai)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send an &amp;Idempotency-Key</source>
        <translation>Envoyer une &amp;Idempotency-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delivery&apos;s id, the same on every retry of it, so the receiver can drop repeats.</source>
        <translation>L’identifiant de la distribution, le même à chaque nouvel essai, pour que le destinataire puisse écarter les doublons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Délai d’attente en secondes</translation>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hea&amp;ders:</source>
        <translation>En-tê&amp;tes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U&amp;ser:</source>
        <translation>Utili&amp;sateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key &amp;header:</source>
        <translation>En-tête de &amp;clé :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word or token:</source>
        <translation>Mot de pa&amp;sse ou jeton :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain &amp;entry:</source>
        <translation>&amp;Entrée du trousseau :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing se&amp;cret:</source>
        <translation>Se&amp;cret de signature :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing keychain entr&amp;y:</source>
        <translation>Entrée du trousseau de si&amp;gnature :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ti&amp;meout:</source>
        <translation>Dé&amp;lai :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery policy</source>
        <translation>Règles de distribution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry schedule</source>
        <translation>Calendrier des nouveaux essais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wait before each attempt: the first after the event arrives, each next one after the one before failed. Seconds, or with a unit: 30s, 5m, 2h, 1d. After the last attempt the delivery is dead and can be replayed.</source>
        <translation>L’attente avant chaque tentative : la première après l’arrivée de l’événement, chacune des suivantes après l’échec de la précédente. En secondes, ou avec une unité : 30s, 5m, 2h, 1d. Après la dernière tentative, la distribution est morte et peut être rejouée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failures in a row that pause the target</source>
        <translation>Échecs d’affilée qui mettent la cible en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never pause</source>
        <translation>Jamais de pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause in seconds</source>
        <translation>Pause en secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per second at most</source>
        <translation>Requêtes par seconde au plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at once</source>
        <translation>Requêtes à la fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many requests may go at once after a quiet spell before the rate applies</source>
        <translation>Combien de requêtes peuvent partir d’un coup après une période calme, avant que le débit ne s’applique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry schedule:</source>
        <translation>Calendrier des nouveau&amp;x essais :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause after failures:</source>
        <translation>&amp;Pause après échecs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause &amp;length:</source>
        <translation>&amp;Durée de la pause :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Limite de débit :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu&amp;rst:</source>
        <translation>&amp;Rafale :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the target</source>
        <translation>Enregistrer la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a test request to the target</source>
        <translation>Envoyer une requête de test à la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the preset&apos;s sample request (a generic target: a small JSON document) with what the form says now, and shows the answer.</source>
        <translation>Envoie la requête d’exemple du préréglage (pour une cible générique : un petit document JSON) avec ce que dit le formulaire maintenant, et affiche la réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the target</source>
        <translation>Supprimer la cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing the target</source>
        <translation>Test de la cible en cours</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The target&apos;s answer</source>
        <translation>La réponse de la cible</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The signing secret is on the clipboard.</source>
        <translation>Le secret de signature est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New HTTP target</source>
        <translation>Nouvelle cible HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP target %1</source>
        <translation>Cible HTTP %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Rules give the body (JSON) and may add headers or another URL.</source>
        <translation>Les règles donnent le corps (JSON) et peuvent ajouter des en-têtes ou une autre URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules fill the preset&apos;s fields. Leave the URL empty for PagerDuty&apos;s public Events API endpoint.</source>
        <translation>Les règles remplissent les champs du préréglage. Laissez l’URL vide pour le point de terminaison public de l’API Events de PagerDuty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules fill the preset&apos;s fields; the URL is the instance, site or webhook.</source>
        <translation>Les règles remplissent les champs du préréglage ; l’URL est l’instance, le site ou le webhook.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Row %1: &apos;%2&apos; is not a header name (letters, digits and - _ . ! # $ % &amp; &apos; * + ^ ` | ~)</source>
        <translation>Ligne %1 : « %2 » n’est pas un nom d’en-tête (lettres, chiffres et - _ . ! # $ % &amp; &apos; * + ^ ` | ~)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: credentials belong under Authentication, where they are kept in the keychain, not in a header</source>
        <translation>Ligne %1 : les identifiants vont sous Authentification, où ils sont conservés dans le trousseau, pas dans un en-tête</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Name the target; rules send to it by this name</source>
        <translation>Nommez la cible ; les règles l’utilisent sous ce nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>Utilisez 1 à 64 caractères parmi a-z, 0-9, « . », « _ » ou « - », en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a target called %1</source>
        <translation>Il existe déjà une cible nommée %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the URL, such as %1</source>
        <translation>Saisissez l’URL, comme %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the URL</source>
        <translation>Saisissez l’URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an http or https address (or sandbox:/capture/NAME for the built-in sandbox)</source>
        <translation>« %1 » n’est pas une adresse http ou https (ni sandbox:/capture/NOM pour le bac à sable intégré)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the user name</source>
        <translation>Saisissez le nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the header&apos;s name, such as X-Api-Key</source>
        <translation>Saisissez le nom de l’en-tête, comme X-Api-Key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the password, token or key</source>
        <translation>Saisissez le mot de passe, le jeton ou la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the keychain entry it is kept under</source>
        <translation>Nommez l’entrée du trousseau où il est conservé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the signing secret the receiver checks, or generate one</source>
        <translation>Saisissez le secret de signature que vérifie le destinataire, ou générez-en un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Standard Webhooks secret (whsec_ and base64): %1</source>
        <translation>Pas un secret Standard Webhooks (whsec_ et base64) : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the keychain entry the signing secret is kept under</source>
        <translation>Nommez l’entrée du trousseau où le secret de signature est conservé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry schedule: %1</source>
        <translation>Calendrier des nouveaux essais : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempt(s) before the delivery is dead.</source>
        <translation>
            <numerusform>%n tentative avant que la distribution soit morte.</numerusform>
            <numerusform>%n tentatives avant que la distribution soit morte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this target</source>
        <translation>cette cible</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+72"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Non enregistré : le secret n’a pas pu être conservé dans le trousseau : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deliveries to %1 use it now.</source>
        <translation>Les distributions vers %1 l’utilisent maintenant.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not deleted: these rules send to it: %2. Change them on the Rules page first.</source>
        <translation>%1 n’est pas supprimée : ces règles y envoient : %2. Modifiez-les d’abord sur la page Règles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete target</source>
        <translation>Supprimer la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete target %1? Deliveries still waiting for it fail once it is gone.</source>
        <translation>Supprimer la cible %1 ? Les distributions qui l’attendent encore échoueront une fois qu’elle aura disparu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted target %1. %2</source>
        <translation>Cible %1 supprimée. %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sending the sample request to %1…</source>
        <translation>Envoi de la requête d’exemple à %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The target accepted the test: HTTP %1 from %2 in %3 ms.</source>
        <translation>La cible a accepté le test : HTTP %1 de %2 en %3 ms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test did not go through: %1. A delivery would be tried again later.</source>
        <translation>Le test n’est pas passé : %1. Une distribution serait retentée plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target refused the test: %1. A delivery would fail for good: check the URL, the credentials and the preset.</source>
        <translation>La cible a refusé le test : %1. Une distribution échouerait définitivement : vérifiez l’URL, les identifiants et le préréglage.</translation>
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
    <name>OtBridge::LoadRunner</name>
    <message>
        <location filename="../core/tester/loadrunner.cpp" line="+50"/>
        <source>the URL still holds a {{variable}}: give it a value first</source>
        <translation>l&apos;URL contient encore une {{variable}} : donnez-lui d&apos;abord une valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL must be an http:// or https:// address</source>
        <translation>l&apos;URL doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the method must be one word, such as POST</source>
        <translation>la méthode doit être un seul mot, par exemple POST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number of requests must be from 1 to %1</source>
        <translation>le nombre de requêtes doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>concurrency must be from 1 to %1</source>
        <translation>la simultanéité doit être comprise entre 1 et %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a run is still going</source>
        <translation>une exécution est encore en cours</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
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
        <translation>Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tester</source>
        <translation>Testeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+52"/>
        <source>Not listening</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Requests handled per second over the last five seconds, rejected ones included</source>
        <translation>Requêtes traitées par seconde sur les cinq dernières secondes, refusées comprises</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The webhook listener could not start: %1</source>
        <translation>L&apos;écouteur de webhooks n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached to the cluster on %1</source>
        <translation>Rattaché au cluster sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OT Bridge — cluster on %1</source>
        <translation>OT Bridge — cluster sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Exporter l’espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About OT Bridge</source>
        <translation>À &amp;propos d’OT Bridge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Fichiers d’espace de travail (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The workspace was not opened: %1</source>
        <translation>L’espace de travail n’a pas été ouvert : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Export workspace</source>
        <translation>Exporter l’espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace was not exported: %1</source>
        <translation>L’espace de travail n’a pas été exporté : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened the workspace %1; OT Bridge uses it now.</source>
        <translation>Espace de travail %1 ouvert ; OT Bridge l’utilise maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace %1 is used the next time OT Bridge starts.</source>
        <translation>L’espace de travail %1 sera utilisé au prochain démarrage d’OT Bridge.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported the workspace to %1.</source>
        <translation>Espace de travail exporté vers %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About OT Bridge</source>
        <translation>À propos d’OT Bridge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OT Bridge %1</source>
        <translation>OT Bridge %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects systems that speak HTTP webhooks with OpenText Notifications, in both directions.</source>
        <translation>Relie les systèmes qui parlent en webhooks HTTP à OpenText Notifications, dans les deux sens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OT Bridge is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty.</source>
        <translation>OT Bridge est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is built on:</source>
        <translation>Il s’appuie sur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 (LGPL-3.0; Qt HTTP Server under GPL-3.0)</source>
        <translation>Qt %1 (LGPL-3.0 ; Qt HTTP Server sous GPL-3.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QtKeychain (BSD-3-Clause)</source>
        <translation>QtKeychain (BSD-3-Clause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite (public domain)</source>
        <translation>SQLite (domaine public)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mustache templates by Kevin Wojniak (Boost Software License 1.0)</source>
        <translation>Modèles Mustache de Kevin Wojniak (Boost Software License 1.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Icons drawn for OT Bridge (GPL-3.0-or-later)</source>
        <translation>Icônes dessinées pour OT Bridge (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 events/s</source>
        <translation>%1 événements/s</translation>
    </message>
</context>
<context>
    <name>OtBridge::NodeRegistry</name>
    <message>
        <location filename="../core/cluster/noderegistry.cpp" line="+71"/>
        <location line="+12"/>
        <source>cannot write this node&apos;s heartbeat: %1</source>
        <translation>impossible d’écrire le battement de ce nœud : %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>cannot read the cluster&apos;s nodes: %1</source>
        <translation>impossible de lire les nœuds du cluster : %1</translation>
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
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seen within three heartbeats (every %1 s)</source>
        <translation>Vu dans les trois derniers battements (toutes les %1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not seen for three heartbeats: stopped, crashed or cut off from the database. The other nodes take over its deliveries.</source>
        <translation>Pas vu depuis trois battements : arrêté, planté ou coupé de la base de données. Les autres nœuds reprennent ses livraisons.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (this one)</source>
        <translation>%1 (celui-ci)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Démarré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in</source>
        <translation>Événements reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries out</source>
        <translation>Livraisons envoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>OtBridge::OpenTextClient</name>
    <message>
        <location filename="../core/delivery/opentextclient.cpp" line="+244"/>
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
        <source>OpenText answered %1 without a job_id: %2</source>
        <translation type="vanished">OpenText a répondu %1 sans job_id : %2</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>the status of %1 could not be read: %2</source>
        <translation>impossible de lire l&apos;état de %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OpenText accepted this job without a job_id: its status cannot be asked for</source>
        <translation>OpenText a accepté ce travail sans job_id : son état ne peut pas être demandé</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>the job %1 was still not complete after %2 status queries</source>
        <translation>la tâche %1 n&apos;était toujours pas terminée après %2 demandes d&apos;état</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Connected to %1: OpenText issued a token valid for %2 seconds.</source>
        <translation>Connecté à %1 : OpenText a délivré un jeton valable %2 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1: OpenText issued a token.</source>
        <translation>Connecté à %1 : OpenText a délivré un jeton.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../core/sandbox/opentextsandbox.cpp" line="+1047"/>
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
        <location filename="../ui/targets/opentexttargetpage.cpp" line="+43"/>
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
        <location line="+83"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+6"/>
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
        <location line="+234"/>
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
        <location line="+33"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Non enregistré : le secret n&apos;a pas pu être stocké dans le trousseau : %1</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>OtBridge::PointerComboBox</name>
    <message>
        <location filename="../ui/rules/pointercombobox.cpp" line="+62"/>
        <source>Pick a field…</source>
        <translation>Choisir un champ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not in this sample)</source>
        <translation>%1 (absent de cet exemple)</translation>
    </message>
</context>
<context>
    <name>OtBridge::PostgresqlConnections</name>
    <message>
        <location filename="../core/store/postgresql/postgresqlconnections.cpp" line="+29"/>
        <source>the database %1 is closed</source>
        <translation>la base de données %1 est fermée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Qt&apos;s PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL QPSQL de Qt n&apos;est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot connect to the database %1: %2</source>
        <translation>impossible de se connecter à la base de données %1 : %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::PostgresqlNotifier</name>
    <message>
        <location filename="../core/store/postgresql/postgresqlnotifier.cpp" line="+71"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+17"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>OtBridge::PostgresqlSchema</name>
    <message>
        <location filename="../core/store/postgresql/postgresqlschema.cpp" line="+58"/>
        <source>cannot read the schema version of the database %1: %2</source>
        <translation>impossible de lire la version de schéma de la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another database</source>
        <translation>la base de données %1 a la version de schéma %2, plus récente que ce que comprend cette version d’OT Bridge (%3) : utilisez une version plus récente d’OT Bridge ou une autre base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot index the database %1: %2</source>
        <translation>impossible d&apos;indexer la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot upgrade the database %1 from schema version %2: %3</source>
        <translation>impossible de mettre à niveau la base de données %1 depuis la version de schéma %2 : %3</translation>
    </message>
</context>
<context>
    <name>OtBridge::RequestComposer</name>
    <message>
        <location filename="../ui/tester/requestcomposer.cpp" line="+49"/>
        <location line="+59"/>
        <source>Format JSON</source>
        <translation>Formater le JSON</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+100"/>
        <source>Use the source&apos;s secret</source>
        <translation>Utiliser le secret de la source</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Method</source>
        <translation>Méthode</translation>
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
        <translation>En-têtes</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unchecked headers are not sent</source>
        <translation>Les en-têtes décochés ne sont pas envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected headers</source>
        <translation>Supprimer les en-têtes sélectionnés</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Body check</source>
        <translation>Vérification du corps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indents the JSON; object keys come out in alphabetical order</source>
        <translation>Indente le JSON ; les clés des objets sont triées par ordre alphabétique</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard Webhooks (webhook-signature)</source>
        <translation>Standard Webhooks (webhook-signature)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub-style HMAC (X-Hub-Signature-256)</source>
        <translation>HMAC façon GitHub (X-Hub-Signature-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe-style (Stripe-Signature)</source>
        <translation>Façon Stripe (Stripe-Signature)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed afresh for every request sent: a new webhook-id and timestamp each time, unless the headers give a webhook-id</source>
        <translation>Signé à nouveau pour chaque requête envoyée : un nouveau webhook-id et un nouvel horodatage à chaque fois, sauf si les en-têtes fournissent un webhook-id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whsec_… or the shared secret; kept in memory only</source>
        <translation>whsec_… ou le secret partagé ; conservé en mémoire uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the source checks</source>
        <translation>Ce que vérifie la source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads the source&apos;s secret from the keychain (or the environment) into this form, in memory only</source>
        <translation>Lit le secret de la source dans le trousseau (ou l&apos;environnement) et le place dans ce formulaire, en mémoire uniquement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of requests</source>
        <translation>Nombre de requêtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> at once</source>
        <translation> simultanées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign:</source>
        <translation>&amp;Signer :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Se&amp;nd:</source>
        <translation>&amp;Envoyer :</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No body</source>
        <translation>Pas de corps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent as it is (Content-Type: %1)</source>
        <translation>Envoyé tel quel (Content-Type: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Not valid JSON: %1</source>
        <translation>✗ JSON non valide : %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::ResponseView</name>
    <message>
        <location filename="../ui/tester/responseview.cpp" line="+33"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Progress of the run</source>
        <translation>Progression de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers by status</source>
        <translation>Réponses par code d&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency percentiles</source>
        <translation>Percentiles de latence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers:</source>
        <translation>Réponses :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency:</source>
        <translation>Latence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate:</source>
        <translation>Débit :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors:</source>
        <translation>Erreurs :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response status</source>
        <translation>Code d&apos;état de la réponse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which request the answer belongs to</source>
        <translation>Requête à laquelle la réponse se rapporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers sent</source>
        <translation>En-têtes envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials and signatures are shown redacted</source>
        <translation>Les identifiants et les signatures sont masqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing sent yet</source>
        <translation>Rien n&apos;a encore été envoyé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request %1 of %2, the last that went wrong:</source>
        <translation>Requête %1 sur %2, la dernière en erreur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 of %2, the last answered:</source>
        <translation>Requête %1 sur %2, la dernière ayant reçu une réponse :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 %2 · %3 · %n byte(s)</source>
        <translation>
            <numerusform>%1 %2 · %3 · %n octet</numerusform>
            <numerusform>%1 %2 · %3 · %n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>
… (cut at %n byte(s))</source>
        <translation>
            <numerusform>
… (tronqué à %n octet)</numerusform>
            <numerusform>
… (tronqué à %n octets)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (cancelled after %2 of %3)</source>
        <translation>%1 (annulé après %2 sur %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 %1 · p90 %2 · p99 %3 · max %4</source>
        <translation>p50 %1 · p90 %2 · p99 %3 · max %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s) in %1 s, %2 per second</source>
        <translation>
            <numerusform>%n requête en %1 s, %2 par seconde</numerusform>
            <numerusform>%n requêtes en %1 s, %2 par seconde</numerusform>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::RuleDesignerPage</name>
    <message>
        <location filename="../ui/rules/ruledesignerpage.cpp" line="+87"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+460"/>
        <location line="+4"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the rules to the workspace file</source>
        <translation>Enregistrer les règles dans le fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a rule</source>
        <translation>Créer une règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the selected rule</source>
        <translation>Dupliquer la règle sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo %1 (%2)</source>
        <translation>Annuler %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo %1 (%2)</source>
        <translation>Rétablir %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the selected rule (Delete in the list)</source>
        <translation>Supprimer la règle sélectionnée (Suppr dans la liste)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Search rules</source>
        <translation>Rechercher des règles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules; the check box enables a rule</source>
        <translation>Règles ; la case à cocher active une règle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No rule selected.
Pick one on the left, or create one with New rule (%1).</source>
        <translation>Aucune règle sélectionnée.
Choisissez-en une à gauche, ou créez-en une avec Nouvelle règle (%1).</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select or create a rule to see what it would send.</source>
        <translation>Sélectionnez ou créez une règle pour voir ce qu&apos;elle enverrait.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>another rule has the same name</source>
        <translation>une autre règle porte le même nom</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No event starts this rule yet: choose a source or an internal event under &quot;When an event arrives from&quot;.</source>
        <translation>Aucun événement ne déclenche encore cette règle : choisissez une source ou un événement interne sous « Lorsqu’un événement arrive de ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This rule cannot be previewed yet: %1</source>
        <translation>Cette règle ne peut pas encore être prévisualisée : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No value in this sample for %1</source>
        <translation>Aucune valeur dans cet exemple pour %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate rule %1</source>
        <translation>Dupliquer la règle %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted rule %1; undo brings it back (%2).</source>
        <translation>Règle %1 supprimée ; Annuler la restaure (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved to %1. OT Bridge was running its built-in workspace, so the rules were saved to this new file in the default location, which the window opens from now on (otbridge --headless needs --workspace &quot;%1&quot;).</source>
        <translation>Enregistré dans %1. OT Bridge utilisait son espace de travail intégré : les règles ont donc été enregistrées dans ce nouveau fichier, à l&apos;emplacement par défaut, que la fenêtre ouvrira désormais (otbridge --headless nécessite --workspace &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 OT Bridge could not switch to it while running: %2</source>
        <translation>%1 OT Bridge n&apos;a pas pu l&apos;adopter en cours de fonctionnement : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OT Bridge routes with these rules now.</source>
        <translation>OT Bridge route désormais avec ces règles.</translation>
    </message>
</context>
<context>
    <name>OtBridge::RuleEditor</name>
    <message>
        <location filename="../ui/rules/ruleeditor.cpp" line="+67"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a-z, 0-9 and -, e.g. contract-review</source>
        <translation>a-z, 0-9 et -, par exemple contract-review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule title</source>
        <translation>Titre de la règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule description</source>
        <translation>Description de la règle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule enabled</source>
        <translation>Règle activée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When an event arrives from</source>
        <translation>Lorsqu&apos;un événement arrive de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources and internal events that trigger the rule</source>
        <translation>Sources et événements internes qui déclenchent la règle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and its payload matches</source>
        <translation>et que son contenu correspond à</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>then</source>
        <translation>alors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+252"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenText email</source>
        <translation>E-mail OpenText</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenText SMS</source>
        <translation>SMS OpenText</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP request</source>
        <translation>Requête HTTP</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enable rule</source>
        <translation>Activer la règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable rule</source>
        <translation>Désactiver la règle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change trigger</source>
        <translation>Modifier le déclencheur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change condition</source>
        <translation>Modifier la condition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change steps</source>
        <translation>Modifier les étapes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove action %1</source>
        <translation>Supprimer l&apos;action %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (the bridge&apos;s own event)</source>
        <translation>%1 (événement propre à OT Bridge)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
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
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit action %1</source>
        <translation>Modifier l&apos;action %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the tab to remove the action</source>
        <translation>Fermez l&apos;onglet pour supprimer l&apos;action</translation>
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
        <translation>Activer la règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable rule</source>
        <translation>Désactiver la règle</translation>
    </message>
</context>
<context>
    <name>OtBridge::RulePreviewPane</name>
    <message>
        <location filename="../ui/rules/rulepreviewpane.cpp" line="+118"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select or create a rule to see what it would send.</source>
        <translation>Sélectionnez ou créez une règle pour voir ce qu&apos;elle enverrait.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 chars</source>
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
        <translation>Pas mis à jour tant que la règle n’est pas corrigée ; avant cette modification, elle enverrait :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Events from %1 do not trigger this rule; with one that does, it would send:</source>
        <translation>Les événements de %1 ne déclenchent pas cette règle ; avec un événement qui la déclenche, elle enverrait :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conditions do not match this sample, so nothing would be sent. If they did:</source>
        <translation>Les conditions ne correspondent pas à cet exemple : rien ne serait envoyé. Si elles correspondaient :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sample matches: the rule would send:</source>
        <translation>Cet exemple correspond : la règle enverrait :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing there</source>
        <translation>rien à cet endroit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1</source>
        <translation>vaut %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conditions: every event from the trigger matches.</source>
        <translation>Aucune condition : tout événement du déclencheur correspond.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rule has no actions to send.</source>
        <translation>La règle n&apos;a aucune action à envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When: %1</source>
        <translation>Quand : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. Escalation</source>
        <translation>%1. Escalade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unless acknowledged within %1 (the time this sample names):</source>
        <translation>Sauf acquittement dans un délai de %1 (celui qu&apos;indique cet exemple) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unless acknowledged within %1:</source>
        <translation>Sauf acquittement dans un délai de %1 :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 actions</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier 1 then: %1</source>
        <translation>palier 1 ensuite : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier %1, %2 later: %3</source>
        <translation>palier %1, %2 plus tard : %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. HTTP request to %2</source>
        <translation>%1. Requête HTTP vers %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. OpenText %2 via %3</source>
        <translation>%1. %2 OpenText via %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Would not be sent: %1</source>
        <translation>Ne serait pas envoyé : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No value in the sample for %1</source>
        <translation>Aucune valeur dans l&apos;exemple pour %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP request as it would be sent</source>
        <translation>Requête HTTP telle qu&apos;elle serait envoyée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTML part as it would be sent</source>
        <translation>Partie HTML telle qu&apos;elle serait envoyée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Template %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+29"/>
        <source>Message text as it would be sent</source>
        <translation>Texte du message tel qu’il serait envoyé</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>SMS text as it would be sent</source>
        <translation>Texte du SMS tel qu’il serait envoyé</translation>
    </message>
</context>
<context>
    <name>OtBridge::SampleLibrary</name>
    <message>
        <location filename="../core/tester/samplelibrary.cpp" line="+62"/>
        <source>%1 (Standard Webhooks signature)</source>
        <translation>%1 (signature Standard Webhooks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (GitHub-style HMAC)</source>
        <translation>%1 (HMAC façon GitHub)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Stripe-style signature)</source>
        <translation>%1 (signature façon Stripe)</translation>
    </message>
</context>
<context>
    <name>OtBridge::SamplePayloadPane</name>
    <message>
        <location filename="../ui/rules/samplepayloadpane.cpp" line="+70"/>
        <source>Sample payload</source>
        <translation>Contenu d&apos;exemple</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample payload to design against</source>
        <translation>Contenu d&apos;exemple servant à concevoir la règle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the captured events again</source>
        <translation>Relire les événements capturés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the captured events again (F5)</source>
        <translation>Relire les événements capturés (F5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields of the sample payload; drag one onto a field of the rule</source>
        <translation>Champs du contenu d&apos;exemple ; faites-en glisser un sur un champ de la règle</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+201"/>
        <source>Drag a field onto a message field to insert its placeholder, or onto a condition&apos;s field to test it.</source>
        <translation>Faites glisser un champ sur un champ du message pour y insérer son espace réservé, ou sur le champ d&apos;une condition pour le tester.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Use case %1: %2</source>
        <translation>Cas d&apos;usage %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Built-in sample from source %1</source>
        <translation>Exemple intégré de la source %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Captured from %1 (OT Bridge&apos;s own traffic)</source>
        <translation>Capturé depuis %1 (trafic propre à OT Bridge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured from %1</source>
        <translation>Capturé depuis %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Captured %1 · %2</source>
        <translation>Capturé %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the newest of %n events with this same body</source>
        <translation>
            <numerusform>le plus récent de %n événement ayant ce même contenu</numerusform>
            <numerusform>le plus récent de %n événements ayant ce même contenu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That event is no longer in the store.</source>
        <translation>Cet événement n&apos;est plus dans le stockage.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This event&apos;s body is not JSON: rules see no fields in it.</source>
        <translation>Le corps de cet événement n&apos;est pas du JSON : les règles n&apos;y voient aucun champ.</translation>
    </message>
</context>
<context>
    <name>OtBridge::SandboxInboxModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxinboxmodel.cpp" line="+67"/>
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
        <location line="+66"/>
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
        <location filename="../ui/sandbox/sandboxinboxpage.cpp" line="+36"/>
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
        <location line="+93"/>
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
        <location filename="../ui/sandbox/sandboxmessageview.cpp" line="+104"/>
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
    <name>OtBridge::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+138"/>
        <source>Largest request body</source>
        <translation>Taille maximale du corps de requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections in total</source>
        <translation>Connexions au total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections per client address</source>
        <translation>Connexions par adresse cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request timeout</source>
        <translation>Délai d&apos;expiration des requêtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brow&amp;se…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate a new token</source>
        <translation>&amp;Générer un nouveau jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open fo&amp;lder</source>
        <translation>Ouvrir le doss&amp;ier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert changes</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore d&amp;efaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener address</source>
        <translation>Adresse de l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>127.0.0.1 or ::1 keeps the listener on this machine; 0.0.0.0 opens it to the network, which needs authentication on every source</source>
        <translation>127.0.0.1 ou ::1 garde l&apos;écouteur sur cette machine ; 0.0.0.0 l&apos;ouvre au réseau, ce qui exige une authentification sur chaque source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener port</source>
        <translation>Port de l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A request must arrive whole, headers and body, within this time; slower clients get 408</source>
        <translation>Une requête doit arriver complète, en-têtes et corps, dans ce délai ; les clients plus lents reçoivent 408</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+745"/>
        <source>Data directory</source>
        <translation>Répertoire de données</translation>
    </message>
    <message>
        <location line="-743"/>
        <source>Browse for the data directory</source>
        <translation>Rechercher le répertoire de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the settings (%1)</source>
        <translation>Enregistrer les paramètres (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who may read /health</source>
        <translation>Qui peut lire /health</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may read /metrics</source>
        <translation>Qui peut lire /metrics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus scrapes /metrics; beyond this computer it holds figures others need not see.</source>
        <translation>Prometheus collecte /metrics ; au-delà de cet ordinateur, il contient des chiffres que d’autres n’ont pas à voir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS certificate file</source>
        <translation>Fichier du certificat TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>None: plain HTTP</source>
        <translation>Aucun : HTTP simple</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>TLS key file</source>
        <translation>Fichier de la clé TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse for the TLS certificate</source>
        <translation>Rechercher le certificat TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the TLS key</source>
        <translation>Rechercher la clé TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate a new API token</source>
        <translation>Générer un nouveau jeton d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new API token</source>
        <translation>Le nouveau jeton d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown here once, when generated</source>
        <translation>Affiché ici une seule fois, à la génération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the API token</source>
        <translation>Copier le jeton d’API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace file</source>
        <translation>Fichier de l’espace de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the workspace&apos;s folder</source>
        <translation>Ouvrir le dossier de l’espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the data directory</source>
        <translation>Ouvrir le répertoire de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS key</source>
        <translation>Clé TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API token is on the clipboard.</source>
        <translation>Le jeton d’API est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Messages carry acknowledgement links under the new public URL from the next time OT Bridge starts.</source>
        <translation>Les messages contiennent des liens d&apos;acquittement sous la nouvelle URL publique à partir du prochain démarrage d&apos;OT Bridge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new database is used from the next time OT Bridge starts.</source>
        <translation>La nouvelle base de données sert dès le prochain démarrage d&apos;OT Bridge.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS needs both files, the certificate and its key; leave both empty for plain HTTP</source>
        <translation>TLS a besoin des deux fichiers, le certificat et sa clé ; laissez les deux vides pour du HTTP simple</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist yet.</source>
        <translation>%1 n’existe pas encore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file manager opened %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a ouvert %1.</translation>
    </message>
    <message>
        <source>The built-in default; the pages save their changes to %1</source>
        <translation type="vanished">L’espace intégré par défaut ; les pages enregistrent leurs modifications dans %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token comes from %1 in the environment, which wins over the keychain; a token generated here is used once that variable is gone.</source>
        <translation>Le jeton vient de %1 dans l’environnement, qui l’emporte sur le trousseau ; un jeton généré ici sert dès que cette variable a disparu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>A token is stored in the keychain. Generating a new one replaces it: clients with the old one get 401.</source>
        <translation>Un jeton est conservé dans le trousseau. En générer un nouveau le remplace : les clients avec l’ancien reçoivent 401.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API token yet: /api/v1 answers 403 until one is generated.</source>
        <translation>Pas encore de jeton d’API : /api/v1 répond 403 tant qu’aucun n’est généré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The password comes from %1 in the environment, which wins over the keychain.</source>
        <translation>Le mot de passe vient de %1 dans l’environnement, qui l’emporte sur le trousseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A password is stored in the keychain; type a new one to replace it.</source>
        <translation>Un mot de passe est conservé dans le trousseau ; saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password is stored: type the database&apos;s here if it asks for one.</source>
        <translation>Aucun mot de passe n&apos;est conservé : saisissez ici celui de la base de données si elle en demande un.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storing the password in the keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is stored in the keychain.</source>
        <translation>Le mot de passe est conservé dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password could not be stored in the keychain: %1. On a server without one, set %2.</source>
        <translation>Le mot de passe n’a pas pu être conservé dans le trousseau : %1. Sur un serveur qui n’en a pas, définissez %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace the API token</source>
        <translation>Remplacer le jeton d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the API token? Clients that send the old one get 401 from now on.</source>
        <translation>Remplacer le jeton d’API ? Les clients qui envoient l’ancien reçoivent désormais 401.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token could not be stored in the keychain: %1. On a server without one, run &apos;otbridged api-token --print&apos; and set %2.</source>
        <translation>Le jeton n’a pas pu être conservé dans le trousseau : %1. Sur un serveur qui n’en a pas, lancez « otbridged api-token --print » et définissez %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy it now: it is not shown again. The running API takes it within moments; the old token no longer works.</source>
        <translation>Copiez-le maintenant : il ne sera plus affiché. L’API en cours l’adopte en quelques instants ; l’ancien jeton ne fonctionne plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A token is stored in the keychain.</source>
        <translation>Un jeton est conservé dans le trousseau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Webhook listener</source>
        <translation>Écouteur de webhooks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest request b&amp;ody:</source>
        <translation>Taille maximale du c&amp;orps :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connections in total:</source>
        <translation>&amp;Connexions au total :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per client add&amp;ress:</source>
        <translation>Connexions par adresse clie&amp;nte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;timeout:</source>
        <translation>Délai d&apos;e&amp;xpiration des requêtes :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>/&amp;health:</source>
        <translation>/&amp;health :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/&amp;metrics:</source>
        <translation>/&amp;metrics :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS certi&amp;ficate:</source>
        <translation>Certi&amp;ficat TLS :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS &amp;key:</source>
        <translation>Clé T&amp;LS :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files, the certificate chain and its unencrypted key; both empty: plain HTTP. Renewed files are picked up while running.</source>
        <translation>Fichiers PEM, la chaîne de certificats et sa clé non chiffrée ; les deux vides : HTTP simple. Les fichiers renouvelés sont repris en cours d’exécution.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients of /api/v1 (and of /health or /metrics where they need the token) send it as &quot;Authorization: Bearer TOKEN&quot;. It is kept in the system keychain.</source>
        <translation>Les clients de /api/v1 (et de /health ou /metrics quand ils exigent le jeton) l’envoient sous la forme « Authorization: Bearer JETON ». Il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data &amp;directory:</source>
        <translation>&amp;Répertoire de données :</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="vanished">Espace de travail :</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Links in messages</source>
        <translation>Liens dans les messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public URL for links in messages</source>
        <translation>URL publique pour les liens dans les messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;ublic URL:</source>
        <translation>URL pu&amp;blique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where people reach this listener from outside, through your reverse proxy. Escalation emails and SMS then carry a link to acknowledge them ({{event.ack_url}}), signed for each recipient with a key kept in the keychain. Empty: the messages carry no link.</source>
        <translation>L&apos;adresse par laquelle on joint ce listener depuis l&apos;extérieur, via votre proxy inverse. Les e-mails et SMS d&apos;escalade contiennent alors un lien pour les acquitter ({{event.ack_url}}), signé pour chaque destinataire avec une clé gardée dans le trousseau. Vide : les messages ne contiennent pas de lien.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect the next time OT Bridge starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage d&apos;OT Bridge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The theme follows the system: light or dark, colours and fonts come from your desktop&apos;s settings.</source>
        <translation>Le thème suit le système : clair ou sombre, les couleurs et les polices proviennent des paramètres de votre bureau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location line="-648"/>
        <source>Listener and data directory changes take effect the next time OT Bridge starts. Options given on the command line (otbridge --help) take precedence over these settings.</source>
        <translation>Les modifications de l&apos;écouteur et du répertoire de données prennent effet au prochain démarrage d&apos;OT Bridge. Les options indiquées sur la ligne de commande (otbridge --help) l&apos;emportent sur ces paramètres.</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+8"/>
        <source>Open to anyone</source>
        <translation>Ouvert à tous</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Needs the API token</source>
        <translation>Exige le jeton d’API</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Off (404)</source>
        <translation>Désactivé (404)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open on this computer, the token beyond it</source>
        <translation>Ouvert sur cet ordinateur, avec jeton au-delà</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Changes reverted to what is saved.</source>
        <translation>Modifications annulées : retour aux valeurs enregistrées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the address to listen on, such as 127.0.0.1</source>
        <translation>Saisissez l&apos;adresse d&apos;écoute, par exemple 127.0.0.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an IP address: use one such as 127.0.0.1, ::1 or 0.0.0.0, or localhost</source>
        <translation>« %1 » n&apos;est pas une adresse IP : utilisez par exemple 127.0.0.1, ::1 ou 0.0.0.0, ou localhost</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The port is a whole number from 1 to 65535</source>
        <translation>Le port est un nombre entier compris entre 1 et 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a directory for the event store</source>
        <translation>Choisissez un répertoire pour le stockage des événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the directory&apos;s full path, not one relative to where OT Bridge starts</source>
        <translation>Indiquez le chemin complet du répertoire, et non un chemin relatif à l&apos;emplacement de démarrage d&apos;OT Bridge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a directory</source>
        <translation>%1 est un fichier, pas un répertoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written to</source>
        <translation>%1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One client address cannot hold more connections than the %1 in total</source>
        <translation>Une adresse cliente ne peut pas ouvrir plus de connexions que les %1 au total</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Defaults shown; Save keeps them.</source>
        <translation>Valeurs par défaut affichées ; Enregistrer les conserve.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: correct the fields marked above.</source>
        <translation>Non enregistré : corrigez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener and the data directory change the next time OT Bridge starts.</source>
        <translation>L&apos;écouteur et le répertoire de données changeront au prochain démarrage d&apos;OT Bridge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language shows the next time OT Bridge starts.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage d&apos;OT Bridge.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>OT Bridge runs its built-in workspace; the pages save their changes to this file, which the window opens from then on.</source>
        <translation>OT Bridge utilise son espace de travail intégré ; les pages enregistrent leurs modifications dans ce fichier, que la fenêtre ouvre ensuite.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite in the data directory</source>
        <translation>SQLite dans le répertoire de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shown; Save puts what is typed in the keychain</source>
        <translation>Non affiché ; Enregistrer place la saisie dans le trousseau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database pass&amp;word:</source>
        <translation>Mot de passe de la &amp;base :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: SQLite, in the data directory. A PostgreSQL URL, postgresql://USER@HOST:5432/DATABASE (with ?sslmode=verify-full where the network is not your own), lets several OT Bridge servers share one database; the URL never holds the password, which goes to the system keychain.</source>
        <translation>Vide : SQLite, dans le répertoire de données. Une URL PostgreSQL, postgresql://UTILISATEUR@HÔTE:5432/BASE (avec ?sslmode=verify-full là où le réseau n&apos;est pas le vôtre), permet à plusieurs serveurs OT Bridge de partager une base de données ; l&apos;URL ne contient jamais le mot de passe, qui va dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wor&amp;kspace:</source>
        <translation>Espace de tra&amp;vail :</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Now listening on %1.</source>
        <translation>À l&apos;écoute sur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener is not running.</source>
        <translation>L&apos;écouteur n&apos;est pas en marche.</translation>
    </message>
</context>
<context>
    <name>OtBridge::SourcesPage</name>
    <message>
        <location filename="../ui/sources/sourcespage.cpp" line="+50"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can reach the listener may post to this source. Fine on this computer; choose one of the others before opening the listener to the network.</source>
        <translation>Quiconque atteint l’écouteur peut envoyer à cette source. Convient sur cet ordinateur ; choisissez une autre méthode avant d’ouvrir l’écouteur au réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard Webhooks signature</source>
        <translation>Signature Standard Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender signs every request with a shared whsec_ secret (webhook-id, webhook-timestamp and webhook-signature headers).</source>
        <translation>L’expéditeur signe chaque requête avec un secret whsec_ partagé (en-têtes webhook-id, webhook-timestamp et webhook-signature).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub signature</source>
        <translation>Signature GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub signs with the webhook&apos;s secret in X-Hub-Signature-256.</source>
        <translation>GitHub signe avec le secret du webhook dans X-Hub-Signature-256.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe signature</source>
        <translation>Signature Stripe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe signs with the endpoint&apos;s signing secret in Stripe-Signature.</source>
        <translation>Stripe signe avec le secret de signature du point de terminaison dans Stripe-Signature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender gives a user name and password in the Authorization header.</source>
        <translation>L’expéditeur donne un nom d’utilisateur et un mot de passe dans l’en-tête Authorization.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender gives a token in the Authorization header.</source>
        <translation>L’expéditeur donne un jeton dans l’en-tête Authorization.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key in a header</source>
        <translation>Clé d’API dans un en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender gives a key in a header of its own, such as X-Api-Key.</source>
        <translation>L’expéditeur donne une clé dans un en-tête dédié, comme X-Api-Key.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Add source</source>
        <translation>&amp;Ajouter une source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each source has its own address on the webhook listener. How its senders prove who they are is checked over the raw body before anything is stored; secrets stay in the system keychain, never in the workspace file.</source>
        <translation>Chaque source a sa propre adresse sur l’écouteur de webhooks. La façon dont ses expéditeurs prouvent leur identité est vérifiée sur le corps brut avant tout enregistrement ; les secrets restent dans le trousseau du système, jamais dans le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the address: 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. It cannot change once saved, since senders and rules use it.</source>
        <translation>Fait partie de l’adresse : 1 à 64 caractères parmi a-z, 0-9, « . », « _ » ou « - ». Il ne peut plus changer une fois enregistré, car les expéditeurs et les règles l’utilisent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM events</source>
        <translation>Événements CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any content type</source>
        <translation>Tout type de contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON source refuses bodies that are not JSON (400) or are sent with another Content-Type (415).</source>
        <translation>Une source JSON refuse les corps qui ne sont pas du JSON (400) ou envoyés avec un autre Content-Type (415).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header name</source>
        <translation>Nom de l’en-tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the keychain</source>
        <translation>Conservé dans le trousseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several secrets separated by spaces are all accepted while one is rotated.</source>
        <translation>Plusieurs secrets séparés par des espaces sont tous acceptés pendant le remplacement de l’un d’eux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate a new secret</source>
        <translation>Générer un nouveau secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secret, to give it to the sender</source>
        <translation>Copier le secret pour le donner à l’expéditeur</translation>
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
        <location line="+6"/>
        <source>Timestamp tolerance in seconds</source>
        <translation>Tolérance de l’horodatage en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the signed timestamp may be from this computer&apos;s clock, either way; older requests are refused as replays.</source>
        <translation>Écart permis entre l’horodatage signé et l’horloge de cet ordinateur, dans les deux sens ; les requêtes plus anciennes sont refusées comme rejeux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed addresses</source>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any address</source>
        <translation>Toute adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses or subnets separated by commas, such as 10.0.0.0/8, 192.0.2.7; others are refused with 403. Empty: any address.</source>
        <translation>Adresses ou sous-réseaux séparés par des virgules, comme 10.0.0.0/8, 192.0.2.7 ; les autres sont refusés avec 403. Vide : toute adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address for the sender</source>
        <translation>Adresse pour l’expéditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copier l’URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the address for the sender</source>
        <translation>Copier l’adresse pour l’expéditeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontent type:</source>
        <translation>Type de c&amp;ontenu :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentification :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keychain entry:</source>
        <translation>&amp;Entrée du trousseau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tole&amp;rance:</source>
        <translation>Tolé&amp;rance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llowed addresses:</source>
        <translation>Adresses a&amp;utorisées :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the sender this address; it posts its webhooks there:</source>
        <translation>Donnez cette adresse à l’expéditeur ; il y envoie ses webhooks :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the source</source>
        <translation>Enregistrer la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a signed &amp;test</source>
        <translation>Envoyer un &amp;test signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a signed test to the listener</source>
        <translation>Envoyer un test signé à l’écouteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends a small JSON document to this source&apos;s address, signed with the saved secret the way its sender would sign it, and shows the listener&apos;s answer. It is stored like any webhook.</source>
        <translation>Envoie un petit document JSON à l’adresse de cette source, signé avec le secret enregistré comme son expéditeur le signerait, et affiche la réponse de l’écouteur. Il est enregistré comme tout webhook.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The secret</source>
        <translation>Le secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the new source</source>
        <translation>la nouvelle source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 are not saved. Save them before going on?</source>
        <translation>Les modifications de %1 ne sont pas enregistrées. Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Generate a new whsec_ secret</source>
        <translation>Générer un nouveau secret whsec_</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a new random secret</source>
        <translation>Générer un nouveau secret aléatoire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the source a name first</source>
        <translation>Donnez d’abord un nom à la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener is not running</source>
        <translation>L’écouteur ne tourne pas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an address or a subnet; write them like 192.0.2.7 or 10.0.0.0/8, separated by commas</source>
        <translation>« %1 » n’est ni une adresse ni un sous-réseau ; écrivez-les comme 192.0.2.7 ou 10.0.0.0/8, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name the source; the name becomes part of its address</source>
        <translation>Nommez la source ; le nom fait partie de son adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>Utilisez 1 à 64 caractères parmi a-z, 0-9, « . », « _ » ou « - », en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a source called %1</source>
        <translation>Il existe déjà une source nommée %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the name of an event of OT Bridge itself</source>
        <translation>%1 est le nom d’un événement d’OT Bridge lui-même</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the secret the sender uses, or generate one</source>
        <translation>Saisissez le secret utilisé par l’expéditeur, ou générez-en un</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a Standard Webhooks secret (whsec_ and base64): %1</source>
        <translation>Pas un secret Standard Webhooks (whsec_ et base64) : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the keychain entry the secret is kept under</source>
        <translation>Nommez l’entrée du trousseau où le secret est conservé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the user name the sender gives</source>
        <translation>Saisissez le nom d’utilisateur que donne l’expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name cannot contain &apos;:&apos;</source>
        <translation>Un nom d’utilisateur ne peut pas contenir « : »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the header&apos;s name, such as X-Api-Key</source>
        <translation>Saisissez le nom de l’en-tête, comme X-Api-Key</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is on the clipboard.</source>
        <translation>%1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Not saved: the secret could not be stored in the keychain: %1</source>
        <translation>Non enregistré : le secret n’a pas pu être conservé dans le trousseau : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The listener takes webhooks for %1 as saved now.</source>
        <translation>L’écouteur accepte maintenant les webhooks pour %1 tels qu’enregistrés.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not deleted: it triggers these rules: %2. Change them on the Rules page first.</source>
        <translation>%1 n’est pas supprimée : elle déclenche ces règles : %2. Modifiez-les d’abord sur la page Règles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete source %1? Its senders&apos; webhooks are refused with 404 from now on; the events already stored stay.</source>
        <translation>Supprimer la source %1 ? Les webhooks de ses expéditeurs seront désormais refusés avec 404 ; les événements déjà enregistrés restent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted source %1. %2</source>
        <translation>Source %1 supprimée. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the source first.</source>
        <translation>Enregistrez d’abord la source.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The saved secret could not be read: %1</source>
        <translation>Le secret enregistré n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No answer from the listener: %1</source>
        <translation>Aucune réponse de l’écouteur : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listener accepted the signed test: HTTP %1 %2. It shows in the console like any webhook.</source>
        <translation>L’écouteur a accepté le test signé : HTTP %1 %2. Il apparaît dans la console comme tout webhook.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The listener refused the signature or credentials: is the sender&apos;s copy of the secret the one saved here?</source>
        <translation>L’écouteur a refusé la signature ou les identifiants : la copie du secret de l’expéditeur est-elle celle enregistrée ici ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s address is not in the source&apos;s allowed addresses.</source>
        <translation>L’adresse de cet ordinateur ne fait pas partie des adresses autorisées de la source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener cannot read the source&apos;s secret yet.</source>
        <translation>L’écouteur ne peut pas encore lire le secret de la source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener refused the test: HTTP %1 %2</source>
        <translation>L’écouteur a refusé le test : HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::SparklineChart</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/sparklinechart.cpp" line="+120"/>
        <source>−%n min</source>
        <translation>
            <numerusform>−%n min</numerusform>
            <numerusform>−%n min</numerusform>
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
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (min %3, max %4)</source>
        <translation>%1 : %2 (min %3, max %4)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>max %1</source>
        <translation>max %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation type="vanished">min %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::StepsEditor</name>
    <message>
        <source>Send the first event at once, digest the rest</source>
        <translation type="vanished">Envoyer le premier événement tout de suite, regrouper le reste</translation>
    </message>
    <message>
        <source>Urgent: quiet hours do not hold its messages</source>
        <translation type="vanished">Urgent : les heures calmes ne retiennent pas ses messages</translation>
    </message>
    <message>
        <location filename="../ui/rules/stepseditor.cpp" line="+73"/>
        <location line="+166"/>
        <source>Show the notification steps</source>
        <translation>Afficher les étapes de notification</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Delay or digest the messages, or mark the rule urgent</source>
        <translation>Retarder ou regrouper les messages, ou marquer la règle comme urgente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What happens before sending</source>
        <translation>Ce qui se passe avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send at once</source>
        <translation>Envoyer tout de suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay</source>
        <translation>Retarder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delay until when</source>
        <translation>Retarder jusqu&apos;à quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a time after the event</source>
        <translation>pendant un temps après l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until a time in the payload</source>
        <translation>jusqu&apos;à une heure des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay duration</source>
        <translation>Durée du retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2h, 30m, 1d</source>
        <translation>p. ex. 2h, 30m, 1d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to send, from the payload</source>
        <translation>Heure d&apos;envoi, tirée des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{contract.review_due}}</source>
        <translation>p. ex. {{contract.review_due}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offset from the time</source>
        <translation>Décalage par rapport à l&apos;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. -24h (before), 1h (after)</source>
        <translation>p. ex. -24h (avant), 1h (après)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the time is already past</source>
        <translation>Lorsque l&apos;heure est déjà passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send at once</source>
        <translation>envoyer tout de suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the messages</source>
        <translation>ne pas envoyer les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If past</source>
        <translation>Si passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key of the held messages, for cancelling</source>
        <translation>Clé des messages retenus, pour les annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{contract.id}}</source>
        <translation>p. ex. {{contract.id}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel key</source>
        <translation>Clé d&apos;annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the held messages when a later event with the same key matches:</source>
        <translation>Annuler les messages retenus lorsqu&apos;un événement ultérieur avec la même clé correspond :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition that cancels the held messages</source>
        <translation>Condition qui annule les messages retenus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digest key</source>
        <translation>Clé du regroupement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{supplier.id}}</source>
        <translation>p. ex. {{supplier.id}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events with the same key within the window make one message</source>
        <translation>Les événements de même clé dans la fenêtre font un seul message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest window</source>
        <translation>Fenêtre du regroupement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 10m</source>
        <translation>p. ex. 10m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Urgent: ignores quiet hours</source>
        <translation>Urgent : ignore les heures calmes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The first event at once</source>
        <translation>Premier événement tout de suite</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Send the event that opens a window at once and digest the rest</source>
        <translation>Envoyer tout de suite l&apos;événement qui ouvre une fenêtre et regrouper le reste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipients&apos; quiet hours do not hold this rule&apos;s messages</source>
        <translation>Les heures calmes des destinataires ne retiennent pas les messages de cette règle</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Hide the notification steps</source>
        <translation>Masquer les étapes de notification</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>delay</source>
        <translation>retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digest</source>
        <translation>regroupement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, urgent</source>
        <translation>%1, urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps: %1</source>
        <translation>Étapes : %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::StoreNotification</name>
    <message>
        <location filename="../core/store/storenotification.cpp" line="+80"/>
        <source>a notification on channel %1, which OT Bridge does not use</source>
        <translation>une notification sur le canal %1, qu’OT Bridge n’utilise pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a notification on channel %1 that is not OT Bridge&apos;s: %2</source>
        <translation>une notification sur le canal %1 qui ne vient pas d’OT Bridge : %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::TargetMetricsModel</name>
    <message>
        <location filename="../ui/dashboard/targetmetricsmodel.cpp" line="+50"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-open</source>
        <translation>Semi-ouvert</translation>
    </message>
    <message>
        <source>Calls to %1 are held back until a trial call succeeds</source>
        <translation type="vanished">Les appels vers %1 sont retenus jusqu&apos;à ce qu&apos;un appel d&apos;essai réussisse</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Calls to %1 are held back until a trial call succeeds. Failures in a row: %2</source>
        <translation>Les appels vers %1 sont retenus jusqu’à ce qu’un appel d’essai réussisse. Échecs consécutifs : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failures in a row: %1</source>
        <translation>Échecs consécutifs : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circuit breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Livrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed attempts</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures in a row</source>
        <translation>Échecs consécutifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation>En reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
</context>
<context>
    <name>OtBridge::TargetsPage</name>
    <message>
        <location filename="../ui/targets/targetspage.cpp" line="+29"/>
        <source>&amp;Add HTTP target</source>
        <translation>&amp;Ajouter une cible HTTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Add an HTTP target</source>
        <translation>Ajouter une cible HTTP</translation>
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
        <translation>Signatures Standard Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub-style X-Hub-Signature-256</source>
        <translation>X-Hub-Signature-256 façon GitHub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe-style signatures</source>
        <translation>Signatures façon Stripe</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+23"/>
        <location line="+38"/>
        <source>Fire</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+25"/>
        <location line="+39"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+40"/>
        <location line="+1"/>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Import Postman collection…</source>
        <translation>Importer une collection Postman…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library and history</source>
        <translation>Bibliothèque et historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample library</source>
        <translation>Bibliothèque d&apos;exemples</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of what was sent</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+379"/>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>Import a Postman collection</source>
        <translation>Importer une collection Postman</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Tester message</source>
        <translation>Message du testeur</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use-case samples</source>
        <translation>Exemples par cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed samples</source>
        <translation>Exemples signés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with the secret you give; the source must be configured with the same scheme and secret</source>
        <translation>Signés avec le secret que vous indiquez ; la source doit être configurée avec le même schéma et le même secret</translation>
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
        <translation>Aucune valeur pour %1 : importez la collection avec un environnement Postman, ou modifiez la requête</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Source &apos;%1&apos; checks credentials (%2): add the header it expects</source>
        <translation>La source « %1 » vérifie les identifiants (%2) : ajoutez l&apos;en-tête qu&apos;elle attend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source &apos;%1&apos; checks %2 with the secret &apos;%3&apos;</source>
        <translation>La source « %1 » vérifie %2 avec le secret « %3 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret &apos;%1&apos; could not be read: %2</source>
        <translation>Le secret « %1 » n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret &apos;%1&apos; is in the form (in memory only)</source>
        <translation>Le secret « %1 » est dans le formulaire (en mémoire uniquement)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The history could not be written: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être écrit : %1</translation>
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
            <numerusform>%1 %2, %n fois, %3 à la fois ; envoyé le %4</numerusform>
            <numerusform>%1 %2, %n fois, %3 à la fois ; envoyé le %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, %3 time(s), %4 at once</source>
        <translation type="vanished">%1 %2, %3 fois, %4 simultanées</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Credentials were not kept in the history: fill in the [redacted] values before firing</source>
        <translation>Les identifiants n&apos;ont pas été conservés dans l&apos;historique : renseignez les valeurs [redacted] avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied as curl; credentials are left out</source>
        <translation>Copié en curl ; les identifiants sont omis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied as curl; credentials are left out, the signature is fresh</source>
        <translation>Copié en curl ; les identifiants sont omis, la signature est neuve</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Postman collections (*.postman_collection.json *.json);;All files (*)</source>
        <translation>Collections Postman (*.postman_collection.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The collection uses variables it does not define: %1. Take their values from a Postman environment file?</source>
        <translation>La collection utilise des variables qu&apos;elle ne définit pas : %1. Prendre leurs valeurs dans un fichier d&apos;environnement Postman ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a Postman environment</source>
        <translation>Choisissez un environnement Postman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postman environments (*.postman_environment.json *.json);;All files (*)</source>
        <translation>Environnements Postman (*.postman_environment.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Imported %n request(s) from &apos;%1&apos;</source>
        <translation>
            <numerusform>%n requête importée depuis « %1 »</numerusform>
            <numerusform>%n requêtes importées depuis « %1 »</numerusform>
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
        <translation>auth : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value for %1</source>
        <translation>aucune valeur pour %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::TlsCredentials</name>
    <message>
        <location filename="../core/ingest/tlscredentials.cpp" line="+91"/>
        <source>cannot read the %1 %2: %3</source>
        <translation>impossible de lire le %1 %2 : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 %2 is empty</source>
        <translation>le %1 %2 est vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certificate file</source>
        <translation>fichier de certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key file</source>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;)</source>
        <translation>%1 ne contient aucun certificat PEM (&quot;-----BEGIN CERTIFICATE-----&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate in %1 has a %2 key; use an RSA or EC key</source>
        <translation>le certificat de %1 a une clé %2 ; utilisez une clé RSA ou EC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key in %1 is encrypted; give the listener an unencrypted key (openssl pkey -in KEY -out PLAIN) readable only by the service</source>
        <translation>la clé privée de %1 est chiffrée ; donnez à l&apos;écouteur une clé non chiffrée (openssl pkey -in KEY -out PLAIN) lisible uniquement par le service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no PEM private key that can be read (RSA or EC, unencrypted)</source>
        <translation>%1 ne contient aucune clé privée PEM lisible (RSA ou EC, non chiffrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key in %1 is an %2 key, but the certificate in %3 has an %4 key: they are not a pair</source>
        <translation>la clé privée de %1 est une clé %2, mais le certificat de %3 a une clé %4 : elles ne forment pas une paire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the private key in %1 does not belong to the certificate in %2</source>
        <translation>la clé privée de %1 n&apos;appartient pas au certificat de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the private key %1 can be read by every user of this machine; chmod 600 it</source>
        <translation>la clé privée %1 est lisible par tous les utilisateurs de cette machine ; appliquez-lui chmod 600</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate in %1 expired on %2; clients will refuse it</source>
        <translation>le certificat de %1 a expiré le %2 ; les clients le refuseront</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate in %1 is not valid before %2</source>
        <translation>le certificat de %1 n&apos;est pas valide avant le %2</translation>
    </message>
</context>
<context>
    <name>OtBridge::WebhookListener</name>
    <message>
        <location filename="../core/ingest/webhooklistener.cpp" line="+120"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>keeping the TLS certificate in use (SHA-256 %1): %2</source>
        <translation>conservation du certificat TLS en service (SHA-256 %1) : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TLS certificate reloaded: SHA-256 %1, valid until %2</source>
        <translation>certificat TLS rechargé : SHA-256 %1, valide jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>method %1 is not allowed here; use %2</source>
        <translation>la méthode %1 n&apos;est pas autorisée ici ; utilisez %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+97"/>
        <source>unknown source &apos;%1&apos;</source>
        <translation>source « %1 » inconnue</translation>
    </message>
    <message>
        <location line="-88"/>
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
        <location line="+11"/>
        <source>request body of %1 bytes exceeds the limit of %2 bytes for an acknowledgement</source>
        <translation>le corps de la requête de %1 octets dépasse la limite de %2 octets pour un acquittement</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+25"/>
        <location line="+194"/>
        <source>no endpoint at %1</source>
        <translation>aucun point de terminaison à %1</translation>
    </message>
    <message>
        <location line="-187"/>
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
        <location line="+11"/>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>le corps n&apos;est pas du JSON valide : %1 à la position %2</translation>
    </message>
    <message>
        <location line="+65"/>
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
        <location line="+20"/>
        <source>the API token is still being read from the keychain; try again in a moment</source>
        <translation>le jeton d&apos;API est encore en cours de lecture dans le trousseau ; réessayez dans un instant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this endpoint needs an API token: set OTBRIDGE_SECRET_API_TOKEN, or store one under &quot;api-token&quot; in the keychain, and send it as &quot;Authorization: Bearer &lt;token&gt;&quot;</source>
        <translation>ce point de terminaison nécessite un jeton d&apos;API : définissez OTBRIDGE_SECRET_API_TOKEN ou enregistrez-en un sous « api-token » dans le trousseau, puis envoyez-le sous la forme « Authorization: Bearer &lt;token&gt; »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this endpoint needs &quot;Authorization: Bearer &lt;token&gt;&quot;</source>
        <translation>ce point de terminaison nécessite « Authorization: Bearer &lt;token&gt; »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the API token is not valid</source>
        <translation>le jeton d&apos;API n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an event id</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>no event %1</source>
        <translation>pas d&apos;événement %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>deliveries are not running</source>
        <translation>le service de livraison n&apos;est pas en marche</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the body must be a JSON object such as {&quot;by&quot;: &quot;jane&quot;, &quot;note&quot;: &quot;on it&quot;}, or empty</source>
        <translation>le corps doit être un objet JSON tel que {&quot;by&quot;: &quot;jane&quot;, &quot;note&quot;: &quot;on it&quot;}, ou être vide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the acknowledgement could not be stored: %1</source>
        <translation>l&apos;acquittement n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the retry could not be stored: %1</source>
        <translation>la nouvelle tentative n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>send {&quot;ids&quot;: [&quot;…&quot;]} or {&quot;target&quot;: &quot;name&quot;, &quot;since&quot;: &quot;2026-11-29T08:00:00Z&quot;}</source>
        <translation>envoyez {&quot;ids&quot;: [&quot;…&quot;]} ou {&quot;target&quot;: &quot;name&quot;, &quot;since&quot;: &quot;2026-11-29T08:00:00Z&quot;}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;since&quot; must be an ISO-8601 time such as 2026-11-29T08:00:00Z</source>
        <translation>« since » doit être un horodatage ISO 8601 tel que 2026-11-29T08:00:00Z</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the replay could not be stored: %1</source>
        <translation>le rejeu n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>OtBridge::WorkspaceFile</name>
    <message>
        <location filename="../ui/workspacefile.cpp" line="+43"/>
        <source>the window</source>
        <translation>la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as the cluster&apos;s workspace, version %1: every node uses it now.</source>
        <translation>Enregistré comme espace de travail du cluster, version %1 : chaque nœud l&apos;utilise désormais.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1. OT Bridge was running its built-in workspace, so it was saved to this new file in the default location, which the window opens from now on (otbridge --headless needs --workspace &quot;%1&quot;).</source>
        <translation>Enregistré dans %1. OT Bridge utilisait son espace de travail intégré ; il a donc été enregistré dans ce nouveau fichier à l’emplacement par défaut, que la fenêtre ouvre désormais (otbridge --headless a besoin de --workspace &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OT Bridge could not switch to it while running: %1. It will use it when it starts again.</source>
        <translation>OT Bridge n’a pas pu basculer dessus en cours d’exécution : %1. Il sera utilisé au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>OtBridge::WorkspaceRepository</name>
    <message>
        <location filename="../core/cluster/workspacerepository.cpp" line="+101"/>
        <source>the workspace row vanished while it was saved</source>
        <translation>la ligne de l’espace de travail a disparu pendant l’enregistrement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the workspace was first saved by %1 on %2 at %3 (version %4) while this one was being made: nothing was saved; load the stored one and make the change again</source>
        <translation>l’espace de travail a d’abord été enregistré par %1 sur %2 à %3 (version %4) pendant que celui-ci était créé : rien n’a été enregistré ; chargez celui qui est enregistré et refaites la modification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace was saved by %1 on %2 at %3 (version %4) after this one was loaded (version %5): nothing was saved; load the current one and make the change again</source>
        <translation>l’espace de travail a été enregistré par %1 sur %2 à %3 (version %4) après le chargement de celui-ci (version %5) : rien n’a été enregistré ; chargez l’actuel et refaites la modification</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/config/workspace.cpp" line="+64"/>
        <location filename="../core/rules/actionrenderer.cpp" line="+240"/>
        <source>there is no OpenText target in this workspace</source>
        <translation>il n&apos;y a aucune cible OpenText dans cet espace de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is an http target; an opentext action needs an OpenText target</source>
        <translation>« %1 » est une cible http ; une action opentext nécessite une cible OpenText</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>no target &apos;%1&apos; in this workspace</source>
        <translation>aucune cible « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../core/rules/actionrenderer.cpp" line="+13"/>
        <location line="+36"/>
        <source>no role &apos;%1&apos; in this workspace</source>
        <translation>aucun rôle « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a person in any role of this workspace</source>
        <translation>%1 n’est une personne d’aucun rôle de cet espace de travail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is an OpenText target; an http action needs an http target</source>
        <translation>« %1 » est une cible OpenText ; une action http nécessite une cible http</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>target &apos;%1&apos; is a generic http target; &quot;fields&quot; is for preset targets, use &quot;body&quot;</source>
        <translation>la cible « %1 » est une cible http générique ; « fields » est réservé aux cibles à préréglage, utilisez « body »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target &apos;%1&apos; uses the %2 preset; give its &quot;fields&quot;, not method, url or body</source>
        <translation>la cible « %1 » utilise le préréglage %2 ; indiquez ses « fields », et non method, url ou body</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the %1 preset needs this field</source>
        <translation>le préréglage %1 nécessite ce champ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 preset has no such field (it takes %2)</source>
        <translation>le préréglage %1 n’a pas ce champ (il accepte %2)</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../core/config/roledirectory.cpp" line="+45"/>
        <location filename="../core/config/workspace.cpp" line="+2"/>
        <location line="+48"/>
        <source>%1: name &apos;%2&apos; must be 1 to 64 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 : le nom « %2 » doit compter de 1 à 64 caractères parmi a-z, 0-9, « . », « _ » ou « - », et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/config/workspace.cpp" line="-43"/>
        <location line="+47"/>
        <source>%1: the name &apos;%2&apos; is used twice</source>
        <translation>%1 : le nom « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/config/workspace.cpp" line="-45"/>
        <source>%1: the name &apos;%2&apos; is reserved for an event of the bridge itself</source>
        <translation>%1 : le nom « %2 » est réservé à un événement propre à OT Bridge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (&apos;%2&apos;): format must be &quot;json&quot; or &quot;any&quot;, not &quot;%3&quot;</source>
        <translation>%1 (« %2 ») : format doit valoir « json » ou « any », et non « %3 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (&apos;%2&apos;): max_body_bytes must be a positive number</source>
        <translation>%1 (« %2 ») : max_body_bytes doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>workspace %1: &quot;targets&quot; must be an array</source>
        <translation>espace de travail %1 : « targets » doit être un tableau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workspace %1, target %2</source>
        <translation>espace de travail %1, cible %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>workspace %1: &quot;roles&quot; must be an array</source>
        <translation>espace de travail %1 : « roles » doit être un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>workspace %1</source>
        <translation>espace de travail %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>workspace %1: &quot;rules&quot; must be an array</source>
        <translation>espace de travail %1 : « rules » doit être un tableau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>workspace %1, rule %2: must be a JSON object</source>
        <translation>espace de travail %1, règle %2 : doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another rule has the same name</source>
        <translation>une autre règle porte le même nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no source &apos;%1&apos; in this workspace</source>
        <translation>aucune source « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../core/rules/workspacecheck.cpp" line="+622"/>
        <source>%1, action %2</source>
        <translation>%1, action %2</translation>
    </message>
    <message>
        <location filename="../core/config/workspace.cpp" line="+204"/>
        <location line="+4"/>
        <source>cannot write the workspace %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/sqlitebackend.cpp" line="-1"/>
        <source>cannot open the event store %1: %2</source>
        <translation>impossible d&apos;ouvrir le stockage des événements %1 : %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>cannot configure the event store: %1</source>
        <translation>impossible de configurer le stockage des événements : %1</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/sqliteschema.cpp" line="+59"/>
        <source>cannot index the event store: %1</source>
        <translation>impossible d&apos;indexer le stockage des événements : %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the event store %1 has schema version %2, newer than this OT Bridge understands (%3): use a newer OT Bridge or another data directory</source>
        <translation>le stockage des événements %1 a la version de schéma %2, plus récente que ce que comprend cette version d’OT Bridge (%3) : utilisez une version plus récente d’OT Bridge ou un autre répertoire de données</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot upgrade the event store from schema version %1: %2</source>
        <translation>impossible de mettre à niveau le stockage des événements depuis la version de schéma %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/requesthead.cpp" line="+79"/>
        <source>line ending without CR (a bare LF)</source>
        <translation>fin de ligne sans CR (LF seul)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>malformed request line</source>
        <translation>ligne de requête mal formée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed request method</source>
        <translation>méthode de requête mal formée</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
        <source>invalid character in header field value</source>
        <translation>caractère invalide dans la valeur d&apos;un champ d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../core/config/opentexttarget.cpp" line="+99"/>
        <source>%1: max_destinations_per_job must be a number from 1 to 1000</source>
        <translation>%1 : max_destinations_per_job doit être un nombre compris entre 1 et 1000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout_ms must be at least 100 milliseconds</source>
        <translation>%1 : timeout_ms doit valoir au moins 100 millisecondes</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../core/config/httptarget.cpp" line="+44"/>
        <source>%1: secrets do not belong in the workspace file; store them in the keychain and name them with &quot;secret&quot;</source>
        <translation>%1 : les secrets n&apos;ont pas leur place dans le fichier de l&apos;espace de travail ; enregistrez-les dans le trousseau et désignez-les avec « secret »</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1: unknown key &apos;%2&apos; (an http target takes %3)</source>
        <translation>%1 : clé « %2 » inconnue (une cible http accepte %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: preset must be one of %2, not &quot;%3&quot;</source>
        <translation>%1 : preset doit être l&apos;une des valeurs %2, et non « %3 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: url must be an http(s) URL, or sandbox:/path for the built-in sandbox, not &quot;%2&quot;</source>
        <translation>%1 : url doit être une URL http(s), ou sandbox:/path pour le bac à sable intégré, et non « %2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: an http target needs a url</source>
        <translation>%1 : une cible http nécessite une url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the %2 preset needs the url of the instance or webhook</source>
        <translation>%1 : le préréglage %2 nécessite l&apos;url de l&apos;instance ou du webhook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the %2 preset chooses its own method</source>
        <translation>%1 : le préréglage %2 choisit lui-même sa méthode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: method must be GET, POST, PUT, PATCH or DELETE, not &quot;%2&quot;</source>
        <translation>%1 : method doit valoir GET, POST, PUT, PATCH ou DELETE, et non « %2 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;headers&quot; must be an object of header names and text values</source>
        <translation>%1 : « headers » doit être un objet associant des noms d&apos;en-tête à des valeurs texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a valid header name</source>
        <translation>%1 : « %2 » n&apos;est pas un nom d&apos;en-tête valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: header %2 must be a text value</source>
        <translation>%1 : l&apos;en-tête %2 doit avoir une valeur texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: credentials go under &quot;auth&quot; with a keychain &quot;secret&quot;, not in a header</source>
        <translation>%1 : les identifiants se placent sous « auth » avec un « secret » du trousseau, et non dans un en-tête</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/config/sourceauth.cpp" line="+93"/>
        <location filename="../core/tester/postmancollection.cpp" line="+234"/>
        <location line="+159"/>
        <location line="+211"/>
        <source>%1: &quot;auth&quot; must be an object</source>
        <translation>%1 : « auth » doit être un objet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, auth: unknown key &apos;%2&apos; (auth takes %3)</source>
        <translation>%1, auth : clé « %2 » inconnue (auth accepte %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: auth type must be &quot;basic&quot;, &quot;bearer&quot; or &quot;header&quot;, not &quot;%2&quot;</source>
        <translation>%1 : le type d&apos;auth doit valoir « basic », « bearer » ou « header », et non « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/config/opentexttarget.cpp" line="+5"/>
        <source>%1: HTTP Basic needs a user</source>
        <translation>%1 : HTTP Basic nécessite un utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: header auth needs the header&apos;s name, such as X-Api-Key</source>
        <translation>%1 : l&apos;authentification par en-tête nécessite le nom de l&apos;en-tête, par exemple X-Api-Key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: auth needs &quot;secret&quot;, the name of the keychain entry that holds the password, token or key</source>
        <translation>%1 : auth nécessite « secret », le nom de l&apos;entrée du trousseau qui contient le mot de passe, le jeton ou la clé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;signing&quot; needs &quot;secret&quot;, the name of the keychain entry that holds the signing secret</source>
        <translation>%1 : « signing » nécessite « secret », le nom de l&apos;entrée du trousseau qui contient le secret de signature</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: idempotency_key must be true or false</source>
        <translation>%1 : idempotency_key doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: timeout_ms must be from 100 to 600000 milliseconds</source>
        <translation>%1 : timeout_ms doit être compris entre 100 et 600000 millisecondes</translation>
    </message>
    <message>
        <location filename="../core/config/deliverypolicy.cpp" line="+146"/>
        <location filename="../core/config/httptarget.cpp" line="+4"/>
        <location filename="../core/config/opentexttarget.cpp" line="-28"/>
        <source>%1, delivery</source>
        <translation>%1, livraison</translation>
    </message>
    <message>
        <location filename="../core/config/opentexttarget.cpp" line="+31"/>
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
        <location filename="../core/delivery/opentextclient.cpp" line="-581"/>
        <source>OpenText answered %1</source>
        <translation>OpenText a répondu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenText answered %1: %2</source>
        <translation>OpenText a répondu %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer from %1 within %2 ms</source>
        <translation>aucune réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/delivery/opentextstatus.cpp" line="+47"/>
        <source>job status: %1 is not a string</source>
        <translation>état de la tâche : %1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job status: %1 is not valid base64</source>
        <translation>état de la tâche : %1 n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <location line="+1013"/>
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
    <message>
        <location filename="../core/config/deliverypolicy.cpp" line="-111"/>
        <location filename="../core/config/sourceauth.cpp" line="+11"/>
        <source>%1: unknown key &quot;%2&quot;; the known keys are %3</source>
        <translation>%1 : clé « %2 » inconnue ; les clés connues sont %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>entry %1, &apos;%2&apos;, is not a wait such as 30s, 5m, 2h or 1d</source>
        <translation>l’entrée %1, « %2 », n’est pas une attente comme 30s, 5m, 2h ou 1d</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>entry %1, &apos;%2&apos;, waits longer than 30 days</source>
        <translation>l’entrée %1, « %2 », attend plus de 30 jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give at least one attempt, such as 0 (at once)</source>
        <translation>indiquez au moins une tentative, par exemple 0 (tout de suite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 attempts, not %2</source>
        <translation>%1 tentatives au plus, pas %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: must be an object with retry_schedule, breaker or rate_limit</source>
        <translation>%1 : doit être un objet avec retry_schedule, breaker ou rate_limit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;retry_schedule&quot; must be an array of 1 to %2 non-negative numbers of seconds</source>
        <translation>%1 : « retry_schedule » doit être un tableau de 1 à %2 nombres de secondes positifs ou nuls</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;retry_schedule&quot; entry %2 waits %3 seconds; at most %4 (30 days)</source>
        <translation>%1 : l&apos;entrée %2 de « retry_schedule » attend %3 secondes ; %4 au maximum (30 jours)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;breaker&quot;</source>
        <translation>%1 : « breaker »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object with failures and open_seconds</source>
        <translation>%1 doit être un objet avec failures et open_seconds</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;failures&quot; must be a whole number from 0 (no breaker) to %2</source>
        <translation>%1 : « failures » doit être un nombre entier compris entre 0 (pas de disjoncteur) et %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;open_seconds&quot; must be a whole number from 1 to %2</source>
        <translation>%1 : « open_seconds » doit être un nombre entier compris entre 1 et %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;rate_limit&quot;</source>
        <translation>%1 : « rate_limit »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an object with per_second and burst</source>
        <translation>%1 doit être un objet avec per_second et burst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;per_second&quot; must be a number of calls a second, 0 (no limit) or more</source>
        <translation>%1 : « per_second » doit être un nombre d&apos;appels par seconde, 0 (aucune limite) ou plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;burst&quot; must be a whole number from 1 to %2</source>
        <translation>%1 : « burst » doit être un nombre entier compris entre 1 et %2</translation>
    </message>
    <message>
        <location filename="../core/rules/deliveryrequest.cpp" line="+90"/>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1 : « %2 » doit être une chaîne</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: &quot;method&quot; must be an HTTP method such as POST</source>
        <translation>%1 : « method » doit être une méthode HTTP, par exemple POST</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;url&quot; must be an absolute http or https URL</source>
        <translation>%1 : « url » doit être une URL http ou https absolue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;headers&quot; must be an array of [name, value] pairs</source>
        <translation>%1 : « headers » doit être un tableau de paires [name, value]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: header %2 must be a pair [name, value] of strings with a valid header name</source>
        <translation>%1 : l&apos;en-tête %2 doit être une paire [name, value] de chaînes avec un nom d&apos;en-tête valide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: give &quot;body&quot; or &quot;body_base64&quot;, not both</source>
        <translation>%1 : indiquez « body » ou « body_base64 », pas les deux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;body&quot; must be a string</source>
        <translation>%1 : « body » doit être une chaîne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;body_base64&quot; is not base64</source>
        <translation>%1 : « body_base64 » n&apos;est pas du base64</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;channel&quot; must be email, sms, fax or whatsapp, not &apos;%2&apos;</source>
        <translation>%1 : « channel » doit valoir email, sms, fax ou whatsapp, et non « %2 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;destinations&quot; must be an array of objects</source>
        <translation>%1 : « destinations » doit être un tableau d&apos;objets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: destination %2</source>
        <translation>%1 : destinataire %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+44"/>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1: &quot;attachments&quot; must be an array of objects</source>
        <translation>%1 : « attachments » doit être un tableau d&apos;objets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: attachment %2</source>
        <translation>%1 : pièce jointe %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;data&quot; must be the file&apos;s bytes in base64</source>
        <translation>%1 : « data » doit contenir les octets du fichier en base64</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;coversheet&quot; must be true or false</source>
        <translation>%1 : « coversheet » doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;template_parameters&quot; must be an array of [name, value] pairs</source>
        <translation>%1 : « template_parameters » doit être un tableau de paires [name, value]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: template parameter %2 must be a pair [name, value] of strings</source>
        <translation>%1 : le paramètre de modèle %2 doit être une paire [name, value] de chaînes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;own_texts&quot; must be an array of objects</source>
        <translation>%1 : &quot;own_texts&quot; doit être un tableau d&apos;objets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: own texts %2</source>
        <translation>%1 : textes propres %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>stored request: &quot;target&quot; must name the workspace target</source>
        <translation>requête enregistrée : « target » doit désigner la cible de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stored request for target &apos;%1&apos;</source>
        <translation>requête enregistrée pour la cible « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;message&quot; must be an object</source>
        <translation>%1 : « message » doit être un objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;request&quot; must be an object</source>
        <translation>%1 : « request » doit être un objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: request</source>
        <translation>%1 : requête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;kind&quot; must be &quot;opentext&quot; or &quot;http&quot;, not &apos;%2&apos;</source>
        <translation>%1 : « kind » doit valoir « opentext » ou « http », et non « %2 »</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+210"/>
        <source>a delivery of event %1 (rule &apos;%2&apos;, action %3) has no id</source>
        <translation>une livraison de l&apos;événement %1 (règle « %2 », action %3) n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>cannot store delivery %1: %2</source>
        <translation>impossible d&apos;enregistrer la livraison %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+25"/>
        <source>the delivery store is not open</source>
        <translation>le stockage des livraisons n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>the delivery store is already open</source>
        <translation type="vanished">le stockage des livraisons est déjà ouvert</translation>
    </message>
    <message>
        <source>the delivery store %1 does not exist: open the event store first</source>
        <translation type="vanished">le stockage des livraisons %1 n&apos;existe pas : ouvrez d&apos;abord le stockage des événements</translation>
    </message>
    <message>
        <source>the delivery store %1 has schema version %2 where %3 is needed: open the event store first, which upgrades it</source>
        <translation type="vanished">le stockage des livraisons %1 a la version de schéma %2 alors que %3 est requise : ouvrez d&apos;abord le stockage des événements, qui le met à niveau</translation>
    </message>
    <message>
        <source>cannot open the delivery store %1: %2</source>
        <translation type="vanished">impossible d&apos;ouvrir le stockage des livraisons %1 : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot store the deliveries of routed events: %1</source>
        <translation>impossible d&apos;enregistrer les livraisons des événements routés : %1</translation>
    </message>
    <message>
        <source>events can only be stored through the event store&apos;s writer</source>
        <translation type="vanished">les événements ne peuvent être enregistrés que par le module d&apos;écriture du stockage des événements</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+13"/>
        <source>cannot lease due deliveries: %1</source>
        <translation>impossible de réserver les livraisons échues : %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cannot renew the leases of deliveries under way: %1</source>
        <translation>impossible de prolonger les réservations des livraisons en cours : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+44"/>
        <source>cannot record an attempt of delivery %1: %2</source>
        <translation>impossible d&apos;enregistrer une tentative de la livraison %1 : %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+60"/>
        <location line="+51"/>
        <source>no delivery %1</source>
        <translation>pas de livraison %1</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlsteprepository.cpp" line="+114"/>
        <source>cannot send the fallback of delivery %1: %2</source>
        <translation>impossible d&apos;envoyer le repli de la livraison %1 : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no fallback</source>
        <translation>aucun repli</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+89"/>
        <source>cancelled by event %1</source>
        <translation>annulée par l&apos;événement %1</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>cannot take back the leases of a previous run: %1</source>
        <translation>impossible de reprendre les réservations d&apos;une exécution précédente : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot give back delivery %1: %2</source>
        <translation>impossible de rendre la livraison %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+27"/>
        <source>cannot store the state of OpenText job %1: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;état de la tâche OpenText %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+48"/>
        <source>cannot replay deliveries: %1</source>
        <translation>impossible de rejouer les livraisons : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot replay the deliveries to %1: %2</source>
        <translation>impossible de rejouer les livraisons vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+30"/>
        <source>cannot acknowledge event %1: %2</source>
        <translation>impossible d&apos;acquitter l&apos;événement %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no event %1</source>
        <translation>pas d&apos;événement %1</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="+46"/>
        <source>cancelled by the acknowledgement</source>
        <translation>annulée par l&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlescalationrepository.cpp" line="+163"/>
        <source>cannot read due escalations: %1</source>
        <translation>impossible de lire les escalades échues : %1</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlsteprepository.cpp" line="+134"/>
        <location line="+18"/>
        <source>cannot read due digests: %1</source>
        <translation>impossible de lire les récapitulatifs échus : %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>cannot send digest %1 of rule &apos;%2&apos;: %3</source>
        <translation>impossible d&apos;envoyer le récapitulatif %1 de la règle &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the new digest has no id</source>
        <translation>le nouveau résumé n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>it holds %1 events, not the %2 it was rendered over</source>
        <translation>il contient %1 événements, pas les %2 sur lesquels il a été produit</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliverystore.cpp" line="+28"/>
        <source>cannot fire escalation tier %1 of rule &apos;%2&apos; for event %3: %4</source>
        <translation>impossible de déclencher le palier d&apos;escalade %1 de la règle « %2 » pour l&apos;événement %3 : %4</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqlescalationrepository.cpp" line="-77"/>
        <source>cannot cancel escalation tier %1 of rule &apos;%2&apos;: %3</source>
        <translation>impossible d&apos;annuler le palier d&apos;escalade %1 de la règle « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqldeliveryrepository.cpp" line="-76"/>
        <source>cannot defer the deliveries to %1: %2</source>
        <translation>impossible de différer les livraisons vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/delivery/dispatcher.cpp" line="-705"/>
        <source>OpenText could not deliver to %1 (job %2, %3)</source>
        <translation>OpenText n&apos;a pas pu livrer à %1 (tâche %2, %3)</translation>
    </message>
    <message>
        <location filename="../core/event/webhooksignature.cpp" line="+19"/>
        <source>a Standard Webhooks secret must be whsec_ followed by base64</source>
        <translation>un secret Standard Webhooks doit se composer de whsec_ suivi de base64</translation>
    </message>
    <message>
        <location filename="../core/error.cpp" line="+101"/>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles from the payload, line %1</source>
        <translation>rôles issus du contenu, ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles from the payload</source>
        <translation>rôles issus du contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>headers</source>
        <translation>en-têtes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>template parameter %1</source>
        <translation>paramètre de modèle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template parameters</source>
        <translation>paramètres de modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender name</source>
        <translation>nom de l’expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp template</source>
        <translation>modèle WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON body</source>
        <translation>corps JSON</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/rules/workspacecheck.cpp" line="-192"/>
        <source>rule &apos;%1&apos;</source>
        <translation>règle « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition %1</source>
        <translation>condition %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>tier %1</source>
        <translation>palier %1</translation>
    </message>
    <message>
        <location filename="../core/rules/actionrenderer.cpp" line="-154"/>
        <source>role %1: no members</source>
        <translation>rôle %1 : aucun membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role %1: no members with %2</source>
        <translation>rôle %1 : aucun membre avec %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not in the role directory</source>
        <translation>%1 : absent de l&apos;annuaire des rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no %2</source>
        <translation>%1 : sans %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fax number</source>
        <translation>un numéro de fax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an email address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fax number</source>
        <translation>numéro de fax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the %1 channel needs a %2</source>
        <translation>le canal %1 a besoin de %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>address %1: rendered nothing</source>
        <translation>adresse %1 : le rendu est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address %1: no value for %2</source>
        <translation>adresse %1 : aucune valeur pour %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>roles_from %1: rendered no role</source>
        <translation>roles_from %1 : le rendu ne donne aucun rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles_from %1: no value for %2</source>
        <translation>roles_from %1 : aucune valeur pour %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>rendered empty; %1</source>
        <translation>rendu vide ; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rendered empty (no value for %1); %2</source>
        <translation>rendu vide (aucune valeur pour %1) ; %2</translation>
    </message>
    <message>
        <location filename="../core/config/condition.cpp" line="+51"/>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>est différent de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is none of</source>
        <translation>ne fait partie d&apos;aucun de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches the pattern</source>
        <translation>correspond au motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before now, offset</source>
        <translation>est avant maintenant, décalage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is after now, offset</source>
        <translation>est après maintenant, décalage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>an array value</source>
        <translation>une valeur tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string value</source>
        <translation>une valeur chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number or a time</source>
        <translation>un nombre ou une heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>a condition must be a JSON object</source>
        <translation>une condition doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a condition has either path and op or one of all, any and not</source>
        <translation>une condition comporte soit path et op, soit une seule des clés all, any et not</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a group has one of all, any or not</source>
        <translation>un groupe comporte une seule des clés all, any ou not</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;not&apos; needs one condition</source>
        <translation>« not » nécessite une seule condition</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs an array of conditions</source>
        <translation>« %1 » nécessite un tableau de conditions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the condition needs a path, a JSON Pointer such as &apos;/document/owner&apos;</source>
        <translation>la condition nécessite un path, c&apos;est-à-dire un pointeur JSON tel que « /document/owner »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the condition needs an operator (use %1)</source>
        <translation>la condition nécessite un opérateur (utilisez %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown operator &apos;%1&apos; (use %2)</source>
        <translation>opérateur « %1 » inconnu (utilisez %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; needs %2</source>
        <translation>« %1 » a besoin de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; needs a value</source>
        <translation>« %1 » nécessite une valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; needs an array value</source>
        <translation>« %1 » nécessite une valeur de type tableau</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>&apos;%1&apos; needs a string value</source>
        <translation>« %1 » nécessite une valeur de type chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operator &apos;matches&apos; needs a valid regular expression: %1 at character %2</source>
        <translation>l’opérateur « matches » nécessite une expression régulière valide : %1 au caractère %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;exists&apos; needs true or false</source>
        <translation>« exists » nécessite true ou false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; needs a number or an ISO-8601 time</source>
        <translation>« %1 » nécessite un nombre ou un horodatage ISO 8601</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset &apos;%1&apos; must look like 30s, 15m, 2h or 1d</source>
        <translation>le décalage « %1 » doit être de la forme 30s, 15m, 2h ou 1d</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>path &apos;%1&apos; must be a JSON Pointer starting with &apos;/&apos;</source>
        <translation>le chemin « %1 » doit être un pointeur JSON commençant par « / »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; has a &apos;~&apos; that is not followed by 0 or 1</source>
        <translation>le chemin « %1 » contient un « ~ » qui n&apos;est pas suivi de 0 ou 1</translation>
    </message>
    <message>
        <location filename="../core/config/roledirectory.cpp" line="-6"/>
        <source>%1, role %2</source>
        <translation>%1, rôle %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (&apos;%2&apos;)</source>
        <translation>%1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (&apos;%2&apos;): &quot;people&quot; must be an array of people</source>
        <translation>%1 (« %2 ») : « people » doit être un tableau de personnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (&apos;%2&apos;), person %3</source>
        <translation>%1 (« %2 »), personne %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a name is required</source>
        <translation>%1 : un nom est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): &apos;%3&apos; is not an email address</source>
        <translation>%1 (%2) : « %3 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): phone &apos;%3&apos; must be in international form, such as +4915112345678</source>
        <translation>%1 (%2) : le téléphone « %3 » doit être au format international, par exemple +4915112345678</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): %3 is listed in another role with a different name, phone or manager</source>
        <translation>%1 (%2) : %3 figure dans un autre rôle avec un nom, un téléphone ou un responsable différent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is listed twice</source>
        <translation>%1 : %2 figure deux fois</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the manager %2 of %3 is not in any role</source>
        <translation>%1 : le responsable %2 de %3 ne figure dans aucun rôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the managers of %2 go round in a circle</source>
        <translation>%1 : les responsables de %2 forment une boucle</translation>
    </message>
    <message>
        <location filename="../core/config/rule.cpp" line="+65"/>
        <source>unknown key &apos;%1&apos; (%2 takes %3)</source>
        <translation>clé « %1 » inconnue (%2 accepte %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>must be a string (a template)</source>
        <translation>doit être une chaîne (un modèle)</translation>
    </message>
    <message>
        <source>must be &quot;email&quot;, &quot;sms&quot;, &quot;fax&quot; or &quot;whatsapp&quot;, not &quot;%1&quot;</source>
        <translation type="vanished">doit valoir « email », « sms », « fax » ou « whatsapp », et non « %1 »</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>must be an object with roles, people, addresses or roles_from</source>
        <translation>doit être un objet avec roles, people, addresses ou roles_from</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;to&quot;</source>
        <translation>« to »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of role names</source>
        <translation>doit être un tableau de noms de rôles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an array of email addresses</source>
        <translation>doit être un tableau d’adresses e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+38"/>
        <source>must be an array of templates</source>
        <translation>doit être un tableau de modèles</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>names nobody; give roles, people, addresses or roles_from</source>
        <translation>ne désigne personne ; indiquez roles, people, addresses ou roles_from</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>does not apply to the %1 channel</source>
        <translation>ne s’applique pas au canal %1</translation>
    </message>
    <message>
        <location filename="../core/config/opentextchannel.cpp" line="+19"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an email needs a subject</source>
        <translation>un e-mail nécessite un objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an email needs a text or an HTML part</source>
        <translation>un e-mail nécessite un texte ou une partie HTML</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an SMS needs a text</source>
        <translation>un SMS nécessite un texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a fax needs a text or an HTML part</source>
        <translation>un fax nécessite un texte ou une partie HTML</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a WhatsApp message needs a text or a template</source>
        <translation>un message WhatsApp nécessite un texte ou un modèle</translation>
    </message>
    <message>
        <location filename="../core/config/rule.cpp" line="-78"/>
        <source>must be %1 or %2, not &quot;%3&quot;</source>
        <translation>doit être %1 ou %2, et non « %3 »</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>must be an object of templates</source>
        <translation>doit être un objet de modèles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be GET, POST, PUT, PATCH or DELETE, not &quot;%1&quot;</source>
        <translation>doit valoir GET, POST, PUT, PATCH ou DELETE, et non « %1 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an object of header templates</source>
        <translation>doit être un objet de modèles d’en-têtes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid header name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;en-tête valide</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a JSON object or array, or a template string</source>
        <translation>doit être un objet ou un tableau JSON, ou une chaîne modèle</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+36"/>
        <source>must be a number of seconds from 1 to a year</source>
        <translation>doit être un nombre de secondes compris entre 1 et un an</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>must be a JSON Pointer such as /acknowledge_within_minutes</source>
        <translation>doit être un pointeur JSON tel que /acknowledge_within_minutes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a non-empty array of tiers</source>
        <translation>doit être un tableau non vide de paliers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object with &quot;actions&quot;</source>
        <translation>doit être un objet avec « actions »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the first tier fires when the acknowledgement time runs out; after_seconds is for later tiers</source>
        <translation>le premier palier se déclenche à l&apos;expiration du délai d&apos;acquittement ; after_seconds est réservé aux paliers suivants</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a non-empty array of actions</source>
        <translation>doit être un tableau non vide d’actions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a tier cannot escalate again; add a later tier instead</source>
        <translation>un palier ne peut pas lancer une nouvelle escalade ; ajoutez plutôt un palier ultérieur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;opentext&quot;, &quot;http&quot; or &quot;escalate&quot;, not &quot;%1&quot;</source>
        <translation>doit valoir « opentext », « http » ou « escalate », et non « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a target&apos;s name</source>
        <translation>doit être le nom d’une cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an HTTP action needs a target</source>
        <translation>une action HTTP nécessite une cible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be &quot;empty&quot; or &quot;fail&quot;, not &quot;%1&quot;</source>
        <translation>doit valoir « empty » ou « fail », et non « %1 »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an opentext or http action</source>
        <translation>doit être une action opentext ou http</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fallback has no fallback of its own</source>
        <translation>un repli n&apos;a pas de repli propre</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be 1 to 64 characters of a-z, 0-9 or &apos;-&apos;, starting with a letter or digit</source>
        <translation>doit comporter de 1 à 64 caractères parmi a-z, 0-9 ou « - », et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>must be an object with &quot;sources&quot; or &quot;events&quot;</source>
        <translation>doit être un objet avec « sources » ou « events »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an array of source names</source>
        <translation>doit être un tableau de noms de sources</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an array of internal event names</source>
        <translation>doit être un tableau de noms d’événements internes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an internal event (%2)</source>
        <translation>« %1 » n&apos;est pas un événement interne (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs at least one source or internal event</source>
        <translation>nécessite au moins une source ou un événement interne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array of actions</source>
        <translation>doit être un tableau d’actions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a rule has at most one escalate action</source>
        <translation>une règle a au plus une action escalate</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a rule has a delay or a digest, not both</source>
        <translation>une règle a un délai ou un récapitulatif, pas les deux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a digest rule cannot escalate: escalation waits for each event&apos;s acknowledgement</source>
        <translation>une règle à récapitulatif ne peut pas escalader : l&apos;escalade attend l&apos;accusé de réception de chaque événement</translation>
    </message>
    <message>
        <location filename="../core/error.cpp" line="-66"/>
        <location filename="../core/rules/workspacecheck.cpp" line="-35"/>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <location filename="../core/config/rule.cpp" line="-234"/>
        <source>a tier</source>
        <translation>un palier</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a %1 action</source>
        <translation>une action %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a rule</source>
        <translation>une règle</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a trigger</source>
        <translation>un déclencheur</translation>
    </message>
    <message>
        <location filename="../core/config/template.cpp" line="+211"/>
        <source>a tag opened at character %1 is never closed</source>
        <translation>une balise ouverte au caractère %1 n’est jamais fermée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the delimiter change at character %1 is not valid</source>
        <translation>le changement de délimiteurs au caractère %1 n’est pas valide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the tag at character %1 has no name</source>
        <translation>la balise au caractère %1 n’a pas de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name of the tag at character %1 has a control character in it</source>
        <translation>le nom de la balise au caractère %1 contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{{&gt; %1}} at character %2 asks for a partial, and templates cannot include partials</source>
        <translation>{{&gt; %1}} au caractère %2 demande un partiel, et les modèles ne peuvent pas inclure de partiels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{/%1}} at character %2 closes a section that is not open</source>
        <translation>{{/%1}} au caractère %2 ferme une section qui n’est pas ouverte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{/%1}} at character %2 does not close {{%3%4}}, opened at character %5</source>
        <translation>{{/%1}} au caractère %2 ne ferme pas {{%3%4}}, ouverte au caractère %5</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sections are nested deeper than %1 at character %2</source>
        <translation>les sections sont imbriquées sur plus de %1 niveaux au caractère %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the section {{%1%2}} opened at character %3 is never closed</source>
        <translation>la section {{%1%2}} ouverte au caractère %3 n’est jamais fermée</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>no value for {{%1}}</source>
        <translation>aucune valeur pour {{%1}}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the output would be longer than 1 MiB</source>
        <translation>le résultat dépasserait 1 Mio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rendering would take more than %1 steps</source>
        <translation>le rendu nécessiterait plus de %1 étapes</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the template is longer than 64 KiB (%1 bytes)</source>
        <translation>le modèle dépasse 64 Kio (%1 octets)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be compiled: %1</source>
        <translation>compilation impossible : %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the rendered JSON is not valid: %1 at character %2</source>
        <translation>le JSON produit n’est pas valide : %1 au caractère %2</translation>
    </message>
    <message>
        <location filename="../core/config/sourceauth.cpp" line="-61"/>
        <source>signature mismatch</source>
        <translation>signature non concordante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timestamp outside tolerance</source>
        <translation>horodatage hors de la tolérance</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, auth</source>
        <translation>%1, auth</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: &quot;type&quot; &apos;%2&apos; is not one of standard-webhooks, github, stripe, basic, bearer, api-key</source>
        <translation>%1 : « type » &apos;%2&apos; n&apos;est pas l&apos;un de standard-webhooks, github, stripe, basic, bearer, api-key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;secret&quot; must name the keychain entry that holds the secret</source>
        <translation>%1 : « secret » doit nommer l&apos;entrée du trousseau qui contient le secret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;user&quot; must be a user name without &apos;:&apos;</source>
        <translation>%1 : « user » doit être un nom d&apos;utilisateur sans &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;header&quot; must be a header name</source>
        <translation>%1 : « header » doit être un nom d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;tolerance_seconds&quot; must be a whole number from 1 to 3600</source>
        <translation>%1 : « tolerance_seconds » doit être un nombre entier de 1 à 3600</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;allow&quot; must be an array of addresses or subnets</source>
        <translation>%1 : « allow » doit être un tableau d&apos;adresses ou de sous-réseaux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, allow: &apos;%2&apos; is not an address or a subnet</source>
        <translation>%1, allow : &apos;%2&apos; n&apos;est ni une adresse ni un sous-réseau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>requests from this address are not allowed</source>
        <translation>les requêtes depuis cette adresse ne sont pas autorisées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the source&apos;s secret is not available</source>
        <translation>le secret de la source n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>this source needs an Authorization header</source>
        <translation>cette source exige un en-tête Authorization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the credentials are not valid</source>
        <translation>les identifiants ne sont pas valides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this source needs the %1 header</source>
        <translation>cette source exige l&apos;en-tête %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the API key is not valid</source>
        <translation>la clé d&apos;API n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../core/tester/jsoncheck.cpp" line="+16"/>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
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
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tester/postmancollection.cpp" line="-545"/>
        <source>%1: &quot;variable&quot; must be an array</source>
        <translation>%1 : « variable » doit être un tableau</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: must be an object (a request or a folder)</source>
        <translation>%1 : doit être un objet (une requête ou un dossier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 › &apos;%2&apos;</source>
        <translation>%1 › « %2 »</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+353"/>
        <source>%1: &quot;item&quot; must be an array</source>
        <translation>%1 : « item » doit être un tableau</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>%1: has neither &quot;request&quot; nor &quot;item&quot;</source>
        <translation>%1 : ne contient ni « request » ni « item »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the request has no &quot;url&quot;</source>
        <translation>%1 : la requête n&apos;a pas d&apos;« url »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;url&quot; must be a string or an object</source>
        <translation>%1 : « url » doit être une chaîne ou un objet</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: &quot;request&quot; must be an object or a URL</source>
        <translation>%1 : « request » doit être un objet ou une URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;method&quot; must be a string</source>
        <translation>%1 : « method » doit être une chaîne</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: header %2 has no &quot;key&quot;</source>
        <translation>%1 : l&apos;en-tête %2 n&apos;a pas de « key »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;header&quot; must be an array or a string</source>
        <translation>%1 : « header » doit être un tableau ou une chaîne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: &quot;body&quot; must be an object</source>
        <translation>%1 : « body » doit être un objet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>form field &apos;%1&apos; is a file and was left out</source>
        <translation>le champ de formulaire « %1 » est un fichier et a été omis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the body is a file (%1) and was left out</source>
        <translation>le corps est un fichier (%1) et a été omis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>body mode &apos;%1&apos; is not known and was left out</source>
        <translation>le mode de corps « %1 » est inconnu et a été omis</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>auth type &apos;%1&apos; is not imported: add its header by hand</source>
        <translation>le type d&apos;authentification « %1 » n&apos;est pas importé : ajoutez son en-tête à la main</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+72"/>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1 : pas du JSON : %2 à la position %3</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1: not a Postman collection: the top level is not an object</source>
        <translation>%1 : pas une collection Postman : le niveau supérieur n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a Postman collection v1; export it again as Collection v2.1</source>
        <translation>%1 : une collection Postman v1 ; exportez-la à nouveau en Collection v2.1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a Postman environment, not a collection; import the collection and choose this file as its environment</source>
        <translation>%1 : un environnement Postman, pas une collection ; importez la collection et choisissez ce fichier comme environnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a Postman collection v2.1: &quot;info.schema&quot; is missing</source>
        <translation>%1 : pas une collection Postman v2.1 : « info.schema » est absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;info.schema&quot; is %2; only Postman collections v2.1 are imported (in Postman: Export, Collection v2.1)</source>
        <translation>%1 : « info.schema » vaut %2 ; seules les collections Postman v2.1 sont importées (dans Postman : Export, Collection v2.1)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n part(s) of the collection carry scripts; scripts are not run</source>
        <translation>
            <numerusform>%n partie de la collection contient des scripts ; les scripts ne sont pas exécutés</numerusform>
            <numerusform>%n parties de la collection contiennent des scripts ; les scripts ne sont pas exécutés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/tester/requesthistory.cpp" line="+105"/>
        <location filename="../core/tester/samplelibrary.cpp" line="-45"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not a Postman environment: &quot;values&quot; must be an array</source>
        <translation>%1 : pas un environnement Postman : « values » doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/tester/requesthistory.cpp" line="-62"/>
        <source>a history entry needs sent_at, method and url</source>
        <translation>une entrée d&apos;historique nécessite sent_at, method et url</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <location line="+61"/>
        <location line="+5"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1: cannot be removed</source>
        <translation>%1 : suppression impossible</translation>
    </message>
    <message>
        <location filename="../core/tester/requestsigning.cpp" line="+58"/>
        <source>enter the secret to sign with</source>
        <translation>saisissez le secret avec lequel signer</translation>
    </message>
    <message>
        <location filename="../core/tester/samplelibrary.cpp" line="+15"/>
        <source>%1: no samples</source>
        <translation>%1 : aucun exemple</translation>
    </message>
    <message>
        <location filename="../core/rules/workspacecheck.cpp" line="-359"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an object must be one of {&quot;equals&quot;: …}, {&quot;contains&quot;: …} or {&quot;matches&quot;: &quot;regular expression&quot;}</source>
        <translation>%1 : un objet doit être de la forme {&quot;equals&quot;: …}, {&quot;contains&quot;: …} ou {&quot;matches&quot;: &quot;expression régulière&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;contains&quot; wants a text or a list item</source>
        <translation>%1 : « contains » attend un texte ou un élément de liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;matches&quot; wants a valid regular expression: %2</source>
        <translation>%1 : « matches » attend une expression régulière valide : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown matcher &apos;%2&apos; (equals, contains or matches)</source>
        <translation>%1 : comparateur « %2 » inconnu (equals, contains ou matches)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>something containing %1</source>
        <translation>une valeur contenant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something matching /%1/</source>
        <translation>une valeur correspondant à /%1/</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: unknown key &apos;%2&apos; (it takes %3)</source>
        <translation>%1 : clé « %2 » inconnue (clés acceptées : %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>%1: must be an array of rule names</source>
        <translation>%1 : doit être un tableau de noms de règles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: must be an object with &quot;action&quot;</source>
        <translation>%1 : doit être un objet avec « action »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;action&quot; must be the action&apos;s number, 1 for the first</source>
        <translation>%1 : « action » doit être le numéro de l&apos;action, 1 pour la première</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, error</source>
        <translation>%1, error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: an action expected to fail to render has no rendered fields; give &quot;error&quot; alone</source>
        <translation>%1 : une action dont le rendu doit échouer n&apos;a pas de champs rendus ; indiquez « error » seul</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: must be an object of header names</source>
        <translation>%1 : doit être un objet de noms d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be an object of JSON Pointers such as &quot;/content/id&quot;</source>
        <translation>%1 : doit être un objet de pointeurs JSON tels que « /content/id »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;%2&apos; is not a JSON Pointer (it starts with &apos;/&apos;)</source>
        <translation>%1 : « %2 » n&apos;est pas un pointeur JSON (celui-ci commence par « / »)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: must be an object with &quot;actions&quot; or &quot;escalation&quot;</source>
        <translation>%1 : doit être un objet avec « actions » ou « escalation »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;actions&quot; must be an array</source>
        <translation>%1 : « actions » doit être un tableau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: must be an object</source>
        <translation>%1 : doit être un objet</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>json %1</source>
        <translation>json %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the rule is disabled</source>
        <translation>la règle est désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source &apos;%1&apos; does not trigger it (it listens to %2)</source>
        <translation>la source « %1 » ne la déclenche pas (elle réagit à %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>condition %1%2 is false, the event has %3</source>
        <translation>la condition %1%2 n&apos;est pas remplie, valeur dans l&apos;événement : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its condition is false</source>
        <translation>sa condition n&apos;est pas remplie</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>fixture %1: cannot read it: %2</source>
        <translation>fixture %1 : impossible de la lire : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fixture %1</source>
        <translation>fixture %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 n&apos;est pas du JSON valide : %2 à la position %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1 : le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &quot;source&quot; must name the workspace source (or the internal event) the event arrives from</source>
        <translation>%1 : « source » doit nommer la source de l&apos;espace de travail (ou l&apos;événement interne) d&apos;où provient l&apos;événement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;headers&quot; must be an object of header names and texts</source>
        <translation>%1 : « headers » doit être un objet associant des noms d&apos;en-tête à des textes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: give the event as &quot;body&quot; or as &quot;body_file&quot; (a path relative to the fixture), one of them</source>
        <translation>%1 : indiquez l&apos;événement en « body » ou en « body_file » (un chemin relatif à la fixture), exactement l&apos;un des deux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;body_file&quot; must be a path</source>
        <translation>%1 : « body_file » doit être un chemin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read the body_file %2: %3</source>
        <translation>%1 : impossible de lire le body_file %2 : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;body&quot; must be the event&apos;s JSON (an object or array) or its text</source>
        <translation>%1 : « body » doit être le JSON de l&apos;événement (un objet ou un tableau) ou son texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;now&quot; must be an ISO 8601 time with its offset, such as 2026-03-02T09:00:00Z, not %2</source>
        <translation>%1 : « now » doit être un horodatage ISO 8601 avec son décalage horaire, tel que 2026-03-02T09:00:00Z, et non %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;event_id&quot; must be a UUID, not %2</source>
        <translation>%1 : « event_id » doit être un UUID, et non %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;expect&quot; must say what routing makes of the event: &quot;matched&quot;, &quot;not_matched&quot; or &quot;rules&quot;</source>
        <translation>%1 : « expect » doit indiquer ce que le routage fait de l&apos;événement : « matched », « not_matched » ou « rules »</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1.rules: must be an object of rule names</source>
        <translation>%1.rules : doit être un objet de noms de règles</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1 : attendu %2, obtenu %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a source of the workspace or an internal event</source>
        <translation>une source de l&apos;espace de travail ou un événement interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;, which is neither</source>
        <translation>« %1 », qui n&apos;est ni l&apos;un ni l&apos;autre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a rule of the workspace</source>
        <translation>une règle de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule &apos;%1&apos; in %2</source>
        <translation>aucune règle « %1 » dans %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>a match</source>
        <translation>une correspondance</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no match: %1</source>
        <translation>aucune correspondance : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an action</source>
        <translation>une action</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the rule has %n action(s)</source>
        <translation>
            <numerusform>la règle a %n action</numerusform>
            <numerusform>la règle a %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an opentext or http action</source>
        <translation>une action opentext ou http</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the escalate action (expect it under &quot;escalation&quot;)</source>
        <translation>l&apos;action escalate (ses attentes vont sous « escalation »)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>a render error, %1</source>
        <translation>une erreur de rendu, %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+9"/>
        <source>no render error</source>
        <translation>aucune erreur de rendu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an action with %1</source>
        <translation>une action avec %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an http action, which has no %1</source>
        <translation>une action http, qui n&apos;a pas de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an opentext action, which has no %1</source>
        <translation>une action opentext, qui n&apos;a pas de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an escalation</source>
        <translation>une escalade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rule that does not escalate</source>
        <translation>une règle sans escalade</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no fixtures folder %1</source>
        <translation>aucun dossier de fixtures %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fixture %1: cannot read it: the link points to %2, which does not exist</source>
        <translation>fixture %1 : impossible de la lire : le lien pointe vers %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no fixtures (*.json) in %1</source>
        <translation>aucune fixture (*.json) dans %1</translation>
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
        <translation>Utilisation : otbridge check [--fixtures DIR] [--format text|junit] FILE

Valide l&apos;espace de travail FILE et exécute les fixtures rangées à côté : chaque
fichier *.json du dossier nommé comme FILE avec .tests au lieu de .json
(default.json -&gt; default.tests/), ou de DIR. Chaque fixture est un événement accompagné des règles auxquelles il doit correspondre et de ce que leurs
actions doivent produire au rendu (voir docs/workspace-check.md).

Options :
  --fixtures DIR   lire les fixtures dans DIR
  --format FORMAT  text (par défaut) ou junit (XML JUnit pour la CI)
  -h, --help       afficher cette aide

Code de sortie : 0 toutes les fixtures ont réussi, 1 une fixture a échoué, 2 erreur d&apos;utilisation, espace de travail
non valide, ou fixture illisible ou mal formée.
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--fixtures wants a folder</source>
        <translation>--fixtures attend un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format wants text or junit</source>
        <translation>--format attend text ou junit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format wants text or junit, not &apos;%1&apos;</source>
        <translation>--format attend text ou junit, et non « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option « %1 » inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one workspace FILE only; &apos;%1&apos; is a second</source>
        <translation>un seul FILE d&apos;espace de travail ; « %1 » en est un deuxième</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>which workspace? Give its FILE</source>
        <translation>quel espace de travail ? Indiquez son FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace %1 (%2) is valid: %3 rules.</source>
        <translation>L&apos;espace de travail %1 (%2) est valide : %3 règles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fixtures in %1: nothing to run.</source>
        <translation>Aucune fixture dans %1 : rien à exécuter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PASS %1 (%2 checks)</source>
        <translation>PASS %1 (%2 vérifications)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FAIL %1 (%2 of %3 checks failed)</source>
        <translation>FAIL %1 (%2 vérifications sur %3 en échec)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 fixtures: %2 passed, %3 failed</source>
        <translation>%1 fixtures : %2 réussies, %3 en échec</translation>
    </message>
    <message>
        <location filename="../core/config/acklinkkeys.cpp" line="+23"/>
        <source>the secret &quot;%1&quot; is not usable: %2</source>
        <translation>le secret &quot;%1&quot; n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <location filename="../core/event/acklink.cpp" line="+82"/>
        <source>the acknowledgement link key must be a base64url key of at least 16 bytes, optionally followed by the previous key and the time it was replaced (&quot;KEY PREVIOUS@2026-12-01T10:00:00Z&quot;); &apos;otbridged ack-key --print&apos; makes one</source>
        <translation>la clé des liens d&apos;acquittement doit être une clé base64url d&apos;au moins 16 octets, éventuellement suivie de la clé précédente et du moment où elle a été remplacée (&quot;KEY PREVIOUS@2026-12-01T10:00:00Z&quot;) ; &apos;otbridged ack-key --print&apos; en produit une</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&apos;%1&apos; is not a public URL for links in messages: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL publique pour les liens dans les messages : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one such as https://alerts.example.com</source>
        <translation>indiquez-en une comme https://alerts.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must start with https:// (or http://)</source>
        <translation>elle doit commencer par https:// (ou http://)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no host name</source>
        <translation>elle n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must not carry a user, a query (?…) or a fragment (#…)</source>
        <translation>elle ne doit contenir ni utilisateur, ni requête (?…), ni fragment (#…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a link validity: give a time from 1s to 366d, such as 7d, 12h, 30m or 45s</source>
        <translation>&apos;%1&apos; n&apos;est pas une durée de validité de lien : indiquez une durée de 1s à 366d, comme 7d, 12h, 30m ou 45s</translation>
    </message>
    <message>
        <location filename="../core/delivery/targetsample.cpp" line="+17"/>
        <source>target &apos;%1&apos;</source>
        <translation>cible « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sends to the built-in sandbox, which is not running: OT Bridge starts it when the workspace it runs uses it</source>
        <translation>%1 envoie vers le bac à sable intégré, qui ne tourne pas : OT Bridge le démarre quand l’espace de travail en cours l’utilise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: there is no preset &apos;%2&apos;</source>
        <translation>%1 : il n’y a pas de préréglage « %2 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs the URL to send to</source>
        <translation>%1 a besoin de l’URL où envoyer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>target &apos;%1&apos; signs its requests: enter its signing secret</source>
        <translation>la cible « %1 » signe ses requêtes : saisissez son secret de signature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signing secret of target &apos;%1&apos; is not a Standard Webhooks secret: %2</source>
        <translation>le secret de signature de la cible « %1 » n’est pas un secret Standard Webhooks : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target &apos;%1&apos; authenticates: enter its password, token or key</source>
        <translation>la cible « %1 » s’authentifie : saisissez son mot de passe, son jeton ou sa clé</translation>
    </message>
    <message>
        <location filename="../core/ingest/acklinkendpoint.cpp" line="+129"/>
        <source>acknowledgement link: too many requests from %1</source>
        <translation>lien d&apos;acquittement : trop de requêtes de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>acknowledgement link: links are off (no public URL or no key)</source>
        <translation>lien d&apos;acquittement : les liens sont désactivés (pas d&apos;URL publique ou pas de clé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledgement link: the key is still being read</source>
        <translation>lien d&apos;acquittement : la clé est encore en cours de lecture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledgement link: not a valid link</source>
        <translation>lien d&apos;acquittement : lien non valide</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>acknowledgement link: the link of %1 for event %2 expired at %3</source>
        <translation>lien d&apos;acquittement : le lien de %1 pour l&apos;événement %2 a expiré le %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>acknowledgement link: %1</source>
        <translation>lien d&apos;acquittement : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>event %1 acknowledged by %2 via link</source>
        <translation>événement %1 acquitté par %2 par le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgement link: event %1 was already acknowledged by %2</source>
        <translation>lien d&apos;acquittement : l&apos;événement %1 a déjà été acquitté par %2</translation>
    </message>
    <message>
        <location filename="../core/rules/rulepreview.cpp" line="+81"/>
        <source>{{event.ack_url}} renders no link: no public URL is set (Settings, Links in messages; or otbridge --public-url), so the messages carry no acknowledgement link.</source>
        <translation>{{event.ack_url}} ne donne aucun lien : aucune URL publique n&apos;est définie (Paramètres, Liens dans les messages ; ou otbridge --public-url), les messages ne contiennent donc pas de lien d&apos;acquittement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{{event.ack_url}} is a sample here: each recipient gets a link of their own under %1, which acknowledges the event.</source>
        <translation>{{event.ack_url}} est ici un exemple : chaque destinataire reçoit son propre lien sous %1, qui acquitte l&apos;événement.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: already past, not sent</source>
        <translation>%1 : déjà passé, non envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already past, sent at once</source>
        <translation>%1 : déjà passé, envoyé immédiatement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>digest: window %1, key %2</source>
        <translation>récapitulatif : fenêtre %1, clé %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the first event goes at once</source>
        <translation> ; le premier événement part immédiatement</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>quiet hours: held until %1</source>
        <translation>heures calmes : retenu jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../core/tester/sourcetest.cpp" line="+36"/>
        <source>source &apos;%1&apos; has no secret to sign with: enter it and save</source>
        <translation>la source « %1 » n’a pas de secret pour signer : saisissez-le et enregistrez</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>source &apos;%1&apos;: cannot sign with its secret: %2</source>
        <translation>source « %1 » : impossible de signer avec son secret : %2</translation>
    </message>
    <message>
        <location filename="../core/rules/actionrenderer.cpp" line="-217"/>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>« %1 » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a phone number (such as +4915112345678)</source>
        <translation>« %1 » n’est pas un numéro de téléphone (par exemple +4915112345678)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>no OpenText target &apos;%1&apos; in this workspace</source>
        <translation>aucune cible OpenText « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>nobody to send to</source>
        <translation>personne à qui envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody to send to (%1)</source>
        <translation>personne à qui envoyer (%1)</translation>
    </message>
    <message>
        <source>rendered empty; an email needs a subject</source>
        <translation type="vanished">rendu vide ; un e-mail a besoin d’un objet</translation>
    </message>
    <message>
        <source>rendered empty (no value for %1); an email needs a subject</source>
        <translation type="vanished">rendu vide (aucune valeur pour %1) ; un e-mail a besoin d’un objet</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>no http target &apos;%1&apos; in this workspace</source>
        <translation>aucune cible http « %1 » dans cet espace de travail</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the value contains a line break</source>
        <translation>la valeur contient un saut de ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target &apos;%1&apos; has an unknown preset &apos;%2&apos;</source>
        <translation>la cible « %1 » a un préréglage inconnu « %2 »</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>« %1 » n’est pas une URL http(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target &apos;%1&apos; has no URL and the action gives none</source>
        <translation>la cible « %1 » n’a pas d’URL et l’action n’en indique aucune</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>an escalate action schedules tiers; it is not sent</source>
        <translation>une action escalate planifie des paliers ; elle n’est pas envoyée</translation>
    </message>
    <message>
        <location filename="../core/config/httppreset.cpp" line="+236"/>
        <source>the %1 preset needs a value</source>
        <translation>le préréglage %1 nécessite une valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 preset needs the URL of the instance or webhook</source>
        <translation>le préréglage %1 nécessite l’URL de l’instance ou du webhook</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PagerDuty&apos;s severity is critical, error, warning or info, not &apos;%1&apos;</source>
        <translation>la gravité PagerDuty vaut critical, error, warning ou info, et non « %1 »</translation>
    </message>
    <message>
        <location filename="../core/config/notificationsteps.cpp" line="+30"/>
        <source>unknown key &apos;%1&apos; (a %2 takes %3)</source>
        <translation>clé inconnue &apos;%1&apos; (%2 accepte %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a template such as {{supplier.id}}</source>
        <translation>doit être un modèle comme {{supplier.id}}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a duration such as 30s, 15m, -24h or 1d</source>
        <translation>&apos;%1&apos; n&apos;est pas une durée comme 30s, 15m, -24h ou 1d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a duration such as 30s, 15m, 2h or 1d</source>
        <translation>&apos;%1&apos; n&apos;est pas une durée comme 30s, 15m, 2h ou 1d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be at most a year</source>
        <translation>doit être au plus un an</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>delay until: %1 has no value in this event</source>
        <translation>délai jusqu&apos;à : %1 n&apos;a pas de valeur dans cet événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay until: &apos;%1&apos; is not a time</source>
        <translation>délai jusqu&apos;à : &apos;%1&apos; n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 after the event</source>
        <translation>%1 après l&apos;événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before %2</source>
        <translation>%1 avant %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: time_zone &apos;%2&apos; is not a time zone such as Europe/Berlin or UTC</source>
        <translation>%1 : time_zone &apos;%2&apos; n&apos;est pas un fuseau horaire comme Europe/Berlin ou UTC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: quiet_hours must be {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;07:00&quot;}</source>
        <translation>%1 : quiet_hours doit être {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;07:00&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: quiet_hours from and to must be times of day such as 22:00 and 07:00</source>
        <translation>%1 : from et to de quiet_hours doivent être des heures comme 22:00 et 07:00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: quiet_hours from and to are the same time</source>
        <translation>%1 : from et to de quiet_hours sont la même heure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an object with &quot;for&quot; or &quot;until&quot;</source>
        <translation>doit être un objet avec &quot;for&quot; ou &quot;until&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs either &quot;for&quot; (a duration) or &quot;until&quot; (a time from the payload), not %1</source>
        <translation>demande soit &quot;for&quot; (une durée), soit &quot;until&quot; (une date du contenu), pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neither</source>
        <translation>aucun des deux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>applies to &quot;until&quot; only</source>
        <translation>ne s&apos;applique qu&apos;à &quot;until&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be &quot;send&quot; or &quot;skip&quot;, not &quot;%1&quot;</source>
        <translation>doit être &quot;send&quot; ou &quot;skip&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs a &quot;key&quot;, such as {{contract.id}}, to know which held messages a later event cancels</source>
        <translation>demande une &quot;key&quot; comme {{contract.id}} pour savoir quels messages retenus un événement ultérieur annule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a condition</source>
        <translation>doit être une condition</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an object with &quot;key&quot; and &quot;window&quot;</source>
        <translation>doit être un objet avec &quot;key&quot; et &quot;window&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a digest needs a window such as 10m</source>
        <translation>un récapitulatif demande une fenêtre comme 10m</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be &quot;send&quot; or &quot;digest&quot;, not &quot;%1&quot;</source>
        <translation>doit être &quot;send&quot; ou &quot;digest&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/rules/router.cpp" line="+187"/>
        <source>rule &apos;%1&apos;, action %2, %3</source>
        <translation>règle &apos;%1&apos;, action %2, %3</translation>
    </message>
    <message>
        <location filename="../core/store/sql/sqleventrepository.cpp" line="+220"/>
        <source>the re-run&apos;s number was not stored</source>
        <translation>le numéro de la réexécution n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the event this one repeats was not found</source>
        <translation>l&apos;événement que celui-ci répète est introuvable</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+80"/>
        <source>OT Bridge is already open on %1: its window was brought to the front.</source>
        <translation>OT Bridge est déjà ouvert sur %1 : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location filename="../app/common/commandline.cpp" line="+89"/>
        <source>OT Bridge: bridge HTTP webhooks and OpenText Notifications, both ways.</source>
        <translation>OT Bridge : relie les webhooks HTTP et OpenText Notifications, dans les deux sens.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run without a window (servers, containers, CI).</source>
        <translation>Exécuter sans fenêtre (serveurs, conteneurs, CI).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Where events and deliveries are stored: sqlite (default: events.sqlite in the data directory) or postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE], one database several servers share. Its password comes from the keychain or OTBRIDGE_SECRET_DATABASE_PASSWORD, never from the URL.</source>
        <translation>Où les événements et les livraisons sont stockés : sqlite (par défaut : events.sqlite dans le répertoire de données) ou postgresql://UTILISATEUR@HÔTE:PORT/BASE[?sslmode=MODE], une base de données que plusieurs serveurs partagent. Son mot de passe vient du trousseau ou de OTBRIDGE_SECRET_DATABASE_PASSWORD, jamais de l&apos;URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the window attached to the cluster on the --database PostgreSQL database: every node&apos;s events live, no listener or delivery of its own.</source>
        <translation>Ouvrir la fenêtre rattachée au cluster sur la base PostgreSQL de --database : les événements de tous les nœuds en direct, sans récepteur ni distribution propres.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+5"/>
        <source>Serve HTTPS with this PEM certificate (chain); reloaded when it changes. Needs --tls-key.</source>
        <translation>Servir en HTTPS avec ce certificat PEM (chaîne) ; rechargé lorsqu&apos;il change. Nécessite --tls-key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM non chiffrée de --tls-cert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/health: off, open or token (default open).</source>
        <translation>/health : off, open ou token (par défaut open).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/metrics: off, open or token (default: open on a loopback address, token beyond it).</source>
        <translation>/metrics : off, open ou token (par défaut : open sur une adresse de bouclage, token au-delà).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where people reach this listener from outside, such as https://alerts.example.com: messages then carry signed acknowledgement links (&lt;url&gt;/ack/...). Default: none, and no links.</source>
        <translation>Où l&apos;on joint ce listener depuis l&apos;extérieur, par exemple https://alerts.example.com : les messages contiennent alors des liens d&apos;acquittement signés (&lt;url&gt;/ack/...). Par défaut : aucune, et pas de liens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How long an acknowledgement link works after its message is sent: 7d, 12h, 30m, 45s (default 7d).</source>
        <translation>Durée de validité d&apos;un lien d&apos;acquittement après l&apos;envoi de son message : 7d, 12h, 30m, 45s (7d par défaut).</translation>
    </message>
</context>
</TS>
