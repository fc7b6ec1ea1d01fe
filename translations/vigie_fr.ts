<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DecpImportDialog</name>
    <message>
        <source>Import public-contract data (DECP)</source>
        <translation>Importer des données de marchés publics (DECP)</translation>
    </message>
    <message>
        <source>Records read:</source>
        <translation>Enregistrements lus&#xa0;:</translation>
    </message>
    <message>
        <source>Data read:</source>
        <translation>Données lues&#xa0;:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Temps restant&#xa0;:</translation>
    </message>
    <message>
        <source>You can keep browsing Vigie meanwhile; changes wait until the import ends. Cancel leaves the database exactly as it was.</source>
        <translation>Vous pouvez continuer à consulter Vigie pendant ce temps&#xa0;; les modifications attendent la fin de l&apos;import. Annuler laisse la base de données exactement dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>Re&amp;jections only</source>
        <translation>&amp;Rejets seulement</translation>
    </message>
    <message>
        <source>&amp;Save the report...</source>
        <translation>&amp;Enregistrer le rapport...</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s&apos;est passé, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Subcontractor:</source>
        <translation>&amp;Sous-traitant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>Tâc&amp;he&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Occurred on:</source>
        <translation>S&amp;urvenu le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Discovered on:</source>
        <translation>&amp;Découvert le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notified to the CNIL on:</source>
        <translation>&amp;Notifié à la CNIL le&#xa0;:</translation>
    </message>
    <message>
        <source>Made &amp;public on:</source>
        <translation>Rendu &amp;public le&#xa0;:</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <source>Confidentialit&amp;y (data disclosed)</source>
        <translation>C&amp;onfidentialité (données divulguées)</translation>
    </message>
    <message>
        <source>&amp;Integrity (data altered)</source>
        <translation>&amp;Intégrité (données altérées)</translation>
    </message>
    <message>
        <source>A&amp;vailability (data lost)</source>
        <translation>Disponi&amp;bilité (données perdues)</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Who says how many people were affected and which personal data leaked. Keep every claim, even when they disagree. Leave People empty when no number was given.</source>
        <translation>Qui dit combien de personnes ont été touchées et quelles données personnelles ont fuité. Conservez chaque déclaration, même quand elles se contredisent. Laissez «&#xa0;Personnes&#xa0;» vide quand aucun chiffre n&apos;a été donné.</translation>
    </message>
    <message>
        <source>Personal data in the selected claim:</source>
        <translation>Données personnelles de la déclaration sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Add c&amp;laim</source>
        <translation>A&amp;jouter une déclaration</translation>
    </message>
    <message>
        <source>&amp;Remove claim</source>
        <translation>Supp&amp;rimer la déclaration</translation>
    </message>
    <message>
        <source>Consequences and sources</source>
        <translation>Conséquences et sources</translation>
    </message>
    <message>
        <source>Consequences for the people affected (fraud, phishing, identity theft...):</source>
        <translation>Conséquences pour les personnes touchées (fraude, hameçonnage, usurpation d&apos;identité...)&#xa0;:</translation>
    </message>
    <message>
        <source>Add consequence</source>
        <translation>Ajouter une conséquence</translation>
    </message>
    <message>
        <source>Remove consequence</source>
        <translation>Supprimer la conséquence</translation>
    </message>
    <message>
        <source>Sources that report the incident, with the passage that says so:</source>
        <translation>Sources qui font état de l&apos;incident, avec le passage qui le dit&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;source...</source>
        <translation>Nouve&amp;lle source...</translation>
    </message>
    <message>
        <source>Add a source to the database and give it to the selected claim</source>
        <translation>Ajouter une source à la base de données et l&apos;attribuer à la déclaration sélectionnée</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Exported charts</source>
        <translation>Graphiques exportés</translation>
    </message>
    <message>
        <source>&amp;Union:</source>
        <translation>&amp;Syndicat&#xa0;:</translation>
    </message>
    <message>
        <source>Your union&apos;s name, printed under every exported chart</source>
        <translation>Le nom de votre syndicat, imprimé sous chaque graphique exporté</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up the open database once a &amp;day</source>
        <translation>Sauvegarder la base de données ouverte une fois par &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Conserver les dernières&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitivity of personal data</source>
        <translation>Sensibilité des données personnelles</translation>
    </message>
    <message>
        <source>The weighted exposure index counts each person exposed once per weight point of the data leaked about them. Weights go from 0 (harmless) to 100 and are stored in the database.</source>
        <translation>L&apos;indice d&apos;exposition pondéré compte chaque personne exposée une fois par point de poids des données qui ont fuité à son sujet. Les poids vont de 0 (sans danger) à 100 et sont enregistrés dans la base de données.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>What the selected backup holds</source>
        <translation>Contenu de la sauvegarde sélectionnée</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>The document a fact comes from: a press release, a union leaflet, an article, a court decision... Give what you know; dates may be a year, a month or a day.</source>
        <translation>Le document d&apos;où vient un fait&#xa0;: un communiqué de presse, un tract syndical, un article, une décision de justice... Indiquez ce que vous savez&#xa0;; les dates peuvent être une année, un mois ou un jour.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Adresse web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>&amp;Retrieved on:</source>
        <translation>&amp;Consulté le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SubcontractorDialog</name>
    <message>
        <source>New subcontractor</source>
        <translation>Nouveau sous-traitant</translation>
    </message>
    <message>
        <source>A company that public employment services hand work to. Its SIREN links it to the public-contract open data: the contracts of every establishment under that SIREN are gathered here.</source>
        <translation>Une entreprise à laquelle le service public de l&apos;emploi confie du travail. Son SIREN la relie aux données ouvertes des marchés publics&#xa0;: les marchés de chaque établissement de ce SIREN sont réunis ici.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Watch this group</source>
        <translation>&amp;Surveiller ce groupe</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Sources that name this subcontractor or say what it does, with the passage that says so:</source>
        <translation>Sources qui nomment ce sous-traitant ou disent ce qu&apos;il fait, avec le passage qui le dit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New delegated task</source>
        <translation>Nouvelle tâche sous-traitée</translation>
    </message>
    <message>
        <source>Work a subcontractor does for the public employment service (phone reception on the 39 49, help with online registration, a technical hotline...), and the personal data of job seekers it handles.</source>
        <translation>Travail qu&apos;un sous-traitant fait pour le service public de l&apos;emploi (accueil téléphonique au 39 49, aide à l&apos;inscription en ligne, hotline technique...), et les données personnelles des demandeurs d&apos;emploi qu&apos;il traite.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subcontractor:</source>
        <translation>&amp;Sous-traitant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>Sta&amp;rted on:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Personal &amp;data it touches:</source>
        <translation>Données &amp;personnelles concernées&#xa0;:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Sources that say the subcontractor does this work, with the passage that says so:</source>
        <translation>Sources qui disent que le sous-traitant fait ce travail, avec le passage qui le dit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::Amount</name>
    <message>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount cannot be negative</source>
        <translation>«&#xa0;%1&#xa0;» est négatif&#xa0;; un montant ne peut pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (examples: 80 M€, 80 000 000,00 €, 1,5 million)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant (exemples&#xa0;: 80 M€, 80 000 000,00 €, 1,5 million)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has several decimal commas</source>
        <translation>«&#xa0;%1&#xa0;» contient plusieurs virgules décimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un montant</translation>
    </message>
</context>
<context>
    <name>vigie::AnalysisReader</name>
    <message>
        <source>the database is not an SQLite database</source>
        <translation>la base de données n&apos;est pas une base SQLite</translation>
    </message>
</context>
<context>
    <name>vigie::Application</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Vigie cannot open %1.</source>
        <translation>Vigie ne peut pas ouvrir %1.</translation>
    </message>
    <message>
        <source>The last database, %1, could not be opened: %2</source>
        <translation>La dernière base de données, %1, n&apos;a pas pu être ouverte&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::Backups</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contrat</numerusform>
            <numerusform>%n contrats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; schema %2</source>
        <translation>%1&#xa0;; schéma %2</translation>
    </message>
    <message>
        <source>the backup cannot be restored: %1</source>
        <translation>la sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>la sauvegarde %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot replace %1 with the backup</source>
        <translation>impossible de remplacer %1 par la sauvegarde</translation>
    </message>
    <message>
        <source>cannot create a backup file in %1</source>
        <translation>impossible de créer un fichier de sauvegarde dans %1</translation>
    </message>
    <message>
        <source>%1 is open in another Vigie (or another program): close it, then restore</source>
        <translation>%1 est ouvert dans un autre Vigie (ou un autre programme)&#xa0;: fermez-le, puis restaurez</translation>
    </message>
    <message>
        <source>cannot keep a copy of the damaged %1 before restoring</source>
        <translation>impossible de garder une copie de %1, endommagé, avant la restauration</translation>
    </message>
</context>
<context>
    <name>vigie::ChartCommand</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--kind must be spending-exposure or disclosure-delays, not &quot;%1&quot;</source>
        <translation>--kind doit valoir spending-exposure ou disclosure-delays, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf, not &quot;%1&quot;</source>
        <translation>--format doit valoir png, svg ou pdf, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--from must be a year, not &quot;%1&quot;</source>
        <translation>--from doit être une année, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--to must be a year, not &quot;%1&quot;</source>
        <translation>--to doit être une année, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--by must be month, quarter or year, not &quot;%1&quot;</source>
        <translation>--by doit valoir month, quarter ou year, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--mode must be notified or spread, not &quot;%1&quot;</source>
        <translation>--mode doit valoir notified ou spread, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--claims must be official or highest, not &quot;%1&quot;</source>
        <translation>--claims doit valoir official ou highest, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--page and --size cannot be used together</source>
        <translation>--page et --size ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>--page must be A4 or A5, not &quot;%1&quot;</source>
        <translation>--page doit valoir A4 ou A5, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--dpi must be a number from 50 to 1200, not &quot;%1&quot;</source>
        <translation>--dpi doit être un nombre de 50 à 1200, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size must be WxH in pixels (for example 1200x800), not &quot;%1&quot;</source>
        <translation>--size doit être de la forme WxH en pixels (par exemple 1200x800), pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no contracts or incidents in %2 to draw</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a ni marché ni incident à tracer dans %2</translation>
    </message>
</context>
<context>
    <name>vigie::ChartExporter</name>
    <message>
        <source>exported on %1</source>
        <translation>exporté le %1</translation>
    </message>
    <message>
        <source>made with Vigie %1</source>
        <translation>réalisé avec Vigie %1</translation>
    </message>
    <message>
        <source>Sources: none recorded for these figures</source>
        <translation>Sources&#xa0;: aucune n&apos;est enregistrée pour ces chiffres</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more source(s), listed in Vigie</source>
        <translation>
            <numerusform>et %n autre source, répertoriée dans Vigie</numerusform>
            <numerusform>et %n autres sources, répertoriées dans Vigie</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made with Vigie %1 on %2. Database: %3. Filter: %4. Sources: %5</source>
        <translation>Réalisé avec Vigie %1 le %2. Base de données&#xa0;: %3. Filtre&#xa0;: %4. Sources&#xa0;: %5</translation>
    </message>
    <message>
        <source>the export size %1 × %2 pixels is outside 100 to 20 000</source>
        <translation>la taille d&apos;export %1 × %2 pixels est hors de l&apos;intervalle 100 à 20 000</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two notes under a chart (French typography puts a space before the semicolon).</extracomment>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>vigie::ChartsView</name>
    <message>
        <source>first year</source>
        <translation>première année</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>dernière année</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Amounts at notification</source>
        <translation>Montants à la notification</translation>
    </message>
    <message>
        <source>Amounts spread over durations</source>
        <translation>Montants étalés sur la durée</translation>
    </message>
    <message>
        <source>Official claims</source>
        <translation>Déclarations officielles</translation>
    </message>
    <message>
        <source>Highest sourced claims</source>
        <translation>Déclarations sourcées les plus élevées</translation>
    </message>
    <message>
        <source>Credit sub-contracting</source>
        <translation>Attribuer la sous-traitance</translation>
    </message>
    <message>
        <source>Declared sub-contracting acts count for the sub-contractor, not the holder</source>
        <translation>Les actes de sous-traitance déclarés comptent pour le sous-traitant, pas pour le titulaire</translation>
    </message>
    <message>
        <source>Group subsidiaries</source>
        <translation>Regrouper les filiales</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Spending and exposure</source>
        <translation>Dépenses et exposition</translation>
    </message>
    <message>
        <source>Disclosure delays</source>
        <translation>Délais de divulgation</translation>
    </message>
    <message>
        <source>All subcontractors</source>
        <translation>Tous les sous-traitants</translation>
    </message>
    <message numerus="yes">
        <source>%n subcontractor(s)</source>
        <translation>
            <numerusform>%n sous-traitant</numerusform>
            <numerusform>%n sous-traitants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>  and %n other(s)</source>
        <translation>
            <numerusform>  et %n autre</numerusform>
            <numerusform>  et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>amendment to contract %1</source>
        <translation>avenant au contrat %1</translation>
    </message>
    <message>
        <source>sub-contracting act under contract %1</source>
        <translation>acte de sous-traitance au titre du contrat %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contrat %1</translation>
    </message>
    <message numerus="yes">
        <source>  and %n other record(s)</source>
        <translation>
            <numerusform>  et %n autre élément</numerusform>
            <numerusform>  et %n autres éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 people exposed by %n incident(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 personnes exposées par %n incident</numerusform>
            <numerusform>%1&#xa0;: %2 personnes exposées par %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Running total: %1; weighted exposure index: %2</source>
        <translation>Cumul&#xa0;: %1&#xa0;; indice d&apos;exposition pondéré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>  and %n other incident(s)</source>
        <translation>
            <numerusform>  et %n autre incident</numerusform>
            <numerusform>  et %n autres incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Outsourcing and people&apos;s data exposed</source>
        <translation>Sous-traitance et données personnelles exposées</translation>
    </message>
    <message>
        <source>How long before breaches were made public</source>
        <translation>Combien de temps avant que les fuites soient rendues publiques</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Résolution (dpi)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>The chart was not exported: %1</source>
        <translation>Le graphique n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no incident recorded</source>
        <translation>%1&#xa0;: aucun incident enregistré</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s) with no official count of the people exposed</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident sans nombre officiel de personnes exposées</numerusform>
            <numerusform>%1&#xa0;: %n incidents sans nombre officiel de personnes exposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s) with no sourced count of the people exposed</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident sans nombre sourcé de personnes exposées</numerusform>
            <numerusform>%1&#xa0;: %n incidents sans nombre sourcé de personnes exposées</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>Running total: %1</source>
        <translation>Cumul&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::CitationsEditor</name>
    <message>
        <source>Cite a source</source>
        <translation>Citer une source</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Supprimer la citation</translation>
    </message>
    <message>
        <source>New so&amp;urce...</source>
        <translation>Nou&amp;velle source...</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>This database has no source yet.</source>
        <translation>Cette base de données n&apos;a encore aucune source.</translation>
    </message>
</context>
<context>
    <name>vigie::ContractTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Nobody has published this amount.</source>
        <translation>Personne n&apos;a publié ce montant.</translation>
    </message>
    <message>
        <source>Maximum amount of the contract (as published in the open data), not what was spent.</source>
        <translation>Montant maximum du contrat (tel que publié dans les données ouvertes), pas ce qui a été dépensé.</translation>
    </message>
    <message>
        <source>Approximate amount, as the source puts it.</source>
        <translation>Montant approximatif, tel que la source le donne.</translation>
    </message>
</context>
<context>
    <name>vigie::ContractWindowModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifié le</translation>
    </message>
</context>
<context>
    <name>vigie::CsvMappingDialog</name>
    <message>
        <source>Contract id</source>
        <translation>Identifiant du contrat</translation>
    </message>
    <message>
        <source>Buyer (SIRET)</source>
        <translation>Acheteur (SIRET)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nom de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>CPV code</source>
        <translation>Code CPV</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation>Date de notification</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>Place of performance</source>
        <translation>Lieu d&apos;exécution</translation>
    </message>
    <message>
        <source>Holder (SIRET, VAT or other id)</source>
        <translation>Titulaire (SIRET, TVA ou autre identifiant)</translation>
    </message>
    <message>
        <source>Type of the holder&apos;s id</source>
        <translation>Type d&apos;identifiant du titulaire</translation>
    </message>
    <message>
        <source>Holder&apos;s name</source>
        <translation>Nom du titulaire</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>This spreadsheet is in %1, its columns separated by %2. Say which column holds what; Vigie recognised the columns it could. The contract id and the buyer are needed, the rest may stay unknown.</source>
        <translation>Ce fichier est encodé en %1, ses colonnes séparées par des %2. Indiquez quelle colonne contient quoi&#xa0;; Vigie a reconnu les colonnes qu&apos;il a pu. L&apos;identifiant du contrat et l&apos;acheteur sont obligatoires, le reste peut rester inconnu.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>(none: unknown)</source>
        <translation>(aucune&#xa0;: inconnu)</translation>
    </message>
    <message>
        <source>%1 (needed):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the columns of the contract id and of the buyer first.</source>
        <translation>Choisissez d&apos;abord les colonnes de l&apos;identifiant du contrat et de l&apos;acheteur.</translation>
    </message>
</context>
<context>
    <name>vigie::CsvWriter</name>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>vigie::Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Vigie database</source>
        <translation>%1 est un fichier vide, pas une base de données Vigie</translation>
    </message>
    <message>
        <source>%1 is not a Vigie database (not an SQLite file)</source>
        <translation>%1 n&apos;est pas une base de données Vigie (ce n&apos;est pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Vigie database</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Vigie</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot protect %1 against damaging statements (SQLite defensive mode)</source>
        <translation>impossible de protéger %1 contre les instructions dangereuses (mode défensif de SQLite)</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>impossible de configurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>foreign keys cannot be enforced on %1</source>
        <translation>les clés étrangères ne peuvent pas être imposées sur %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigie (schema %2; this version knows up to %3)</source>
        <translation>%1 a été écrit par une version plus récente de Vigie (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is read-only and needs an upgrade of its schema (from %2 to %3)</source>
        <translation>%1 est en lecture seule et son schéma doit être mis à niveau (de %2 à %3)</translation>
    </message>
    <message>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>impossible de sauvegarder %1 avant sa mise à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>impossible de mettre à niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; Vigie does not overwrite it</source>
        <translation>%1 existe déjà&#xa0;; Vigie ne l&apos;écrase pas</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the schema in %1: %2</source>
        <translation>impossible de créer le schéma dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 points to a missing row of %3</source>
        <translation>la ligne %1 de la table %2 pointe vers une ligne manquante de %3</translation>
    </message>
    <message>
        <source>another Vigie (or another program) is using the database and did not let go in time; try again, or close the other Vigie</source>
        <translation>un autre Vigie (ou un autre programme) utilise la base de données et ne l&apos;a pas libérée à temps&#xa0;; réessayez, ou fermez l&apos;autre Vigie</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>cannot read or write the database file: the disk may be full, or the file too large for it (%1)</source>
        <translation>impossible de lire ou d&apos;écrire le fichier de la base de données&#xa0;: le disque est peut-être plein, ou le fichier trop grand pour lui (%1)</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore a backup</source>
        <translation>le fichier de la base de données est endommagé (%1)&#xa0;; restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>the database file cannot be opened (%1)</source>
        <translation>le fichier de la base de données ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>vigie::DatabaseSession</name>
    <message>
        <source>no database is open</source>
        <translation>aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>the database is damaged: it is not backed up</source>
        <translation>la base de données est endommagée : elle n&apos;est pas sauvegardée</translation>
    </message>
    <message>
        <source>the database is being checked: it is backed up once that is done</source>
        <translation>la base de données est en cours de vérification : elle sera sauvegardée ensuite</translation>
    </message>
</context>
<context>
    <name>vigie::DecpImportDialog</name>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>watched group</source>
        <translation>groupe surveillé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>estimating...</source>
        <translation>estimation...</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Import de %1...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>Enregistrements lus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Contracts already known: same version, a newer version (updated, history kept) or an older one</source>
        <translation>Contrats déjà connus&#xa0;: même version, version plus récente (mise à jour, historique conservé) ou plus ancienne</translation>
    </message>
    <message>
        <source>Values read as unknown or flagged</source>
        <translation>Valeurs lues comme inconnues ou signalées</translation>
    </message>
    <message>
        <source>Concessions, and contracts outside the filter</source>
        <translation>Concessions, et contrats hors du filtre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cancelling: nothing of this import is kept...</source>
        <translation>Annulation&#xa0;: rien de cet import n&apos;est conservé...</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>quelques secondes</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>environ %n seconde</numerusform>
            <numerusform>environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (file %2 of %3: %4)</source>
        <translation>%1 (fichier %2 sur %3&#xa0;: %4)</translation>
    </message>
    <message>
        <source>building the indexes and saving...</source>
        <translation>construction des index et enregistrement...</translation>
    </message>
    <message>
        <source>Import cancelled: the database was left as it was.</source>
        <translation>Import annulé&#xa0;: la base de données est restée dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>Import failed, nothing was kept: %1</source>
        <translation>L&apos;import a échoué, rien n&apos;a été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import finished in %1 s: %2</source>
        <translation>Import terminé en %1&#xa0;s&#xa0;: %2</translation>
    </message>
    <message>
        <source>The search index will be brought up to date at the next search: %1</source>
        <translation>L&apos;index de recherche sera mis à jour à la prochaine recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 identical, %2 updated, %3 older versions</source>
        <translation>%1 identiques, %2 mis à jour, %3 versions antérieures</translation>
    </message>
    <message>
        <source>Every record was read without remark.</source>
        <translation>Chaque enregistrement a été lu sans remarque.</translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) in the report</source>
        <translation>
            <numerusform>%n remarque dans le rapport</numerusform>
            <numerusform>%n remarques dans le rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 shown; save the report for all of them)</source>
        <translation>(les %1 premières sont affichées&#xa0;; enregistrez le rapport pour les voir toutes)</translation>
    </message>
    <message>
        <source>the report of this import cannot be read: %1</source>
        <translation>le rapport de cet import ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d&apos;import</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Le rapport n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: %Ln record(s) read, the database is unchanged.</source>
        <translation>
            <numerusform>Rien de nouveau : %Ln enregistrement lu, la base de données est inchangée.</numerusform>
            <numerusform>Rien de nouveau : %Ln enregistrements lus, la base de données est inchangée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <extracomment>The counts at the end of an import: &quot;12 new contracts&quot;, &quot;3 merged&quot;, &quot;1 rejected&quot;.</extracomment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contract(s)</source>
        <translation>
            <numerusform>%Ln nouveau contrat</numerusform>
            <numerusform>%Ln nouveaux contrats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln fusionné</numerusform>
            <numerusform>%Ln fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejeté</numerusform>
            <numerusform>%Ln rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::DecpImporter</name>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>%1: database error: %2</source>
        <translation>%1&#xa0;: erreur de base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare the import</source>
        <translation>impossible de préparer l&apos;import</translation>
    </message>
    <message>
        <source>cannot read the organisations</source>
        <translation>impossible de lire les organismes</translation>
    </message>
    <message>
        <source>cannot read the watch list</source>
        <translation>impossible de lire la liste de surveillance</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>impossible de lire le schéma</translation>
    </message>
    <message>
        <source>cannot suspend %1</source>
        <translation>impossible de suspendre %1</translation>
    </message>
    <message>
        <source>cannot rebuild %1</source>
        <translation>impossible de reconstruire %1</translation>
    </message>
    <message>
        <source>cannot queue the search index</source>
        <translation>impossible de mettre en file l&apos;index de recherche</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d&apos;écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled: nothing was imported</source>
        <translation>annulé&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>failed: nothing was imported (%1)</source>
        <translation>échec&#xa0;: rien n&apos;a été importé (%1)</translation>
    </message>
    <message>
        <source>nothing new: the database was left unchanged</source>
        <translation>rien de nouveau&#xa0;: la base de données est restée inchangée</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>no identifier; ignored</source>
        <translation>aucun identifiant&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no identifier; not linked</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant&#xa0;; non relié</translation>
    </message>
    <message>
        <source>record %1: cannot name organisation %2</source>
        <translation>enregistrement %1&#xa0;: impossible de nommer l&apos;organisme %2</translation>
    </message>
    <message>
        <source>; kept as written, not linked by SIREN</source>
        <translation>; conservé tel qu&apos;écrit, non relié par SIREN</translation>
    </message>
    <message>
        <source>record %1: cannot add organisation %2</source>
        <translation>enregistrement %1&#xa0;: impossible d&apos;ajouter l&apos;organisme %2</translation>
    </message>
    <message>
        <source>record %1: cannot link a holder</source>
        <translation>enregistrement %1&#xa0;: impossible de relier un titulaire</translation>
    </message>
    <message>
        <source>record %1: cannot add an amendment</source>
        <translation>enregistrement %1&#xa0;: impossible d&apos;ajouter un avenant</translation>
    </message>
    <message>
        <source>record %1: no buyer</source>
        <translation>enregistrement %1&#xa0;: aucun acheteur</translation>
    </message>
    <message>
        <source>record %1: cannot add a sub-contracting act</source>
        <translation>enregistrement %1&#xa0;: impossible d&apos;ajouter un acte de sous-traitance</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>record %1: cannot add contract %2</source>
        <translation>enregistrement %1&#xa0;: impossible d&apos;ajouter le contrat %2</translation>
    </message>
    <message>
        <source>new contract of a watched group</source>
        <translation>nouveau contrat d&apos;un groupe surveillé</translation>
    </message>
    <message>
        <source>record %1: cannot keep an older version</source>
        <translation>enregistrement %1&#xa0;: impossible de conserver une version antérieure</translation>
    </message>
    <message>
        <source>older version of a known contract: kept in its history</source>
        <translation>version antérieure d&apos;un contrat connu&#xa0;: conservée dans son historique</translation>
    </message>
    <message>
        <source>record %1: cannot update contract %2</source>
        <translation>enregistrement %1&#xa0;: impossible de mettre à jour le contrat %2</translation>
    </message>
    <message>
        <source>record %1: cannot queue contract %2 for the search index</source>
        <translation>enregistrement %1&#xa0;: impossible de mettre le contrat %2 en file pour l&apos;index de recherche</translation>
    </message>
    <message>
        <source>newer version of a known contract: updated, the previous version kept in its history</source>
        <translation>version plus récente d&apos;un contrat connu&#xa0;: contrat mis à jour, version précédente conservée dans son historique</translation>
    </message>
    <message>
        <source>updated contract of a watched group</source>
        <translation>contrat mis à jour d&apos;un groupe surveillé</translation>
    </message>
    <message>
        <source>cannot record the source</source>
        <translation>impossible d&apos;enregistrer la source</translation>
    </message>
    <message>
        <source>Public procurement open data (DECP): %1</source>
        <translation>Données essentielles de la commande publique (DECP)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported by Vigie; SHA-1 %1, %2 bytes</source>
        <translation>Importé par Vigie&#xa0;; SHA-1 %1, %2 octets</translation>
    </message>
    <message>
        <source>cannot cite the source</source>
        <translation>impossible de citer la source</translation>
    </message>
    <message>
        <source>cannot record the import</source>
        <translation>impossible d&apos;enregistrer l&apos;import</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a DECP file (neither JSON, XML nor CSV)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier DECP (ni JSON, ni XML, ni CSV)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot start the import (is the database busy?)</source>
        <translation>impossible de démarrer l&apos;import (la base de données est-elle occupée&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot read the contracts</source>
        <translation>impossible de lire les contrats</translation>
    </message>
    <message>
        <source>cannot commit the import</source>
        <translation>impossible de valider l&apos;import</translation>
    </message>
    <message>
        <source>import cancelled: nothing was imported</source>
        <translation>import annulé&#xa0;: rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>vigie::DeletedIncidentsDialog</name>
    <message>
        <source>Deleted incidents</source>
        <translation>Incidents supprimés</translation>
    </message>
    <message>
        <source>Incidents deleted in Vigie. Bringing one back restores it with its claims, consequences and sources.</source>
        <translation>Incidents supprimés dans Vigie. En rétablir un le fait revenir avec ses déclarations, ses conséquences et ses sources.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot bring the incident back</source>
        <translation>Impossible de rétablir l&apos;incident</translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation>La base de données est restée dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>Incident brought back</source>
        <translation>Incident rétabli</translation>
    </message>
    <message>
        <source>The incident is back, except for links to records deleted since:</source>
        <translation>L&apos;incident est rétabli, sauf les liens vers des enregistrements supprimés depuis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vigie::DemoData</name>
    <message>
        <source>cannot write the demo data (%1): %2</source>
        <translation>impossible d&apos;écrire les données de démonstration (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the demo data (context figures): %1</source>
        <translation>impossible d&apos;écrire les données de démonstration (chiffres de contexte)&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the demo data (marker): %1</source>
        <translation>impossible d&apos;écrire les données de démonstration (marqueur)&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database already holds records; the demo data goes into a new database only</source>
        <translation>la base de données contient déjà des enregistrements&#xa0;; les données de démonstration ne vont que dans une nouvelle base</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save the demo data: %1</source>
        <translation>impossible d&apos;enregistrer les données de démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::DetailPanel</name>
    <message>
        <source>unsourced</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No source backs this record yet: it is marked unsourced.</source>
        <translation>Aucune source n&apos;étaye encore cet enregistrement&#xa0;: il est marqué sans source.</translation>
    </message>
    <message>
        <source>%1 people (official)</source>
        <translation>%1 personnes (chiffre officiel)</translation>
    </message>
    <message>
        <source>people: %1</source>
        <translation>personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Subsidiaries</source>
        <translation>Filiales</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>No contract recorded.</source>
        <translation>Aucun contrat enregistré.</translation>
    </message>
    <message>
        <source>Delegated tasks</source>
        <translation>Tâches déléguées</translation>
    </message>
    <message>
        <source>No task recorded.</source>
        <translation>Aucune tâche enregistrée.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incident recorded.</source>
        <translation>Aucun incident enregistré.</translation>
    </message>
    <message>
        <source>Public contract</source>
        <translation>Marché public</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>CPV code</source>
        <translation>Code CPV</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>%1: amount %2, duration %3</source>
        <translation>%1&#xa0;: montant %2, durée %3</translation>
    </message>
    <message>
        <source>Declared sub-contracting</source>
        <translation>Sous-traitance déclarée</translation>
    </message>
    <message>
        <source>Tasks under this contract</source>
        <translation>Tâches au titre de ce contrat</translation>
    </message>
    <message>
        <source>No incident linked to this contract.</source>
        <translation>Aucun incident lié à ce contrat.</translation>
    </message>
    <message>
        <source>Delegated task</source>
        <translation>Tâche déléguée</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>No incident linked to this task.</source>
        <translation>Aucun incident lié à cette tâche.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découvert le</translation>
    </message>
    <message>
        <source>Notified to the CNIL</source>
        <translation>Notifié à la CNIL le</translation>
    </message>
    <message>
        <source>Made public</source>
        <translation>Rendu public le</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>confidentialité</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Nobody has said how many people or which data.</source>
        <translation>Personne n&apos;a indiqué combien de personnes sont touchées ni quelles données.</translation>
    </message>
    <message>
        <source>official</source>
        <translation>déclaration officielle</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Données personnelles&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>Unsourced: no document backs this incident.</source>
        <translation>Sans source&#xa0;: aucun document n&apos;étaye cet incident.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <source>Facts this source backs</source>
        <translation>Faits étayés par cette source</translation>
    </message>
    <message>
        <source>No fact cites this source yet.</source>
        <translation>Aucun fait ne cite encore cette source.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>Select a row to see what links to it.</source>
        <translation>Sélectionnez une ligne pour voir ce qui s&apos;y rattache.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n élément)</numerusform>
            <numerusform>(%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No change recorded by Vigie for this record.</source>
        <translation>Aucune modification enregistrée par Vigie pour cet enregistrement.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Identifier type</source>
        <translation>Type d&apos;identifiant</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount (cents)</source>
        <translation>Montant (centimes)</translation>
    </message>
    <message>
        <source>Kind of amount</source>
        <translation>Nature du montant</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Découvert le</translation>
    </message>
    <message>
        <source>Notified to the CNIL on</source>
        <translation>Notifié à la CNIL le</translation>
    </message>
    <message>
        <source>Made public on</source>
        <translation>Rendu public le</translation>
    </message>
    <message>
        <source>Confidentiality breach</source>
        <translation>Atteinte à la confidentialité</translation>
    </message>
    <message>
        <source>Integrity breach</source>
        <translation>Atteinte à l&apos;intégrité</translation>
    </message>
    <message>
        <source>Availability breach</source>
        <translation>Atteinte à la disponibilité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A changed field in the history: field name, old value, new value.</extracomment>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) held in all, open data included: see All public contracts.</source>
        <translation>
            <numerusform>%Ln marché détenu en tout, données ouvertes comprises : voir la page Tous les marchés.</numerusform>
            <numerusform>%Ln marchés détenus en tout, données ouvertes comprises : voir la page Tous les marchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>watched: imports flag the new contracts of the group and its subsidiaries</source>
        <translation>surveillé&#xa0;: les imports signalent les nouveaux marchés du groupe et de ses filiales</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Surveillé</translation>
    </message>
</context>
<context>
    <name>vigie::DisclosureChart</name>
    <message>
        <source>Days from the first known date</source>
        <translation>Jours depuis la première date connue</translation>
    </message>
    <message>
        <source>No incident for this filter</source>
        <translation>Aucun incident pour ce filtre</translation>
    </message>
    <message>
        <source>The %1 most recent of %2 incidents</source>
        <translation>Les %1 incidents les plus récents sur %2</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Occurred → discovered</source>
        <translation>Survenu → découvert</translation>
    </message>
    <message>
        <source>Discovered → notified to the CNIL</source>
        <translation>Découvert → notifié à la CNIL</translation>
    </message>
    <message>
        <source>Notified to the CNIL → made public</source>
        <translation>Notifié à la CNIL → rendu public</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>aucune date connue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1
Occurred: %2
Discovered: %3
Notified to the CNIL: %4
Made public: %5</source>
        <translation>%1
Survenu&#xa0;: %2
Découvert&#xa0;: %3
Notifié à la CNIL&#xa0;: %4
Rendu public&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>vigie::Export</name>
    <message>
        <source>unknown table &quot;%1&quot; (expected one of: %2)</source>
        <translation>table inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: l&apos;une de %2)</translation>
    </message>
    <message>
        <source>cannot read the %1: %2</source>
        <translation>impossible de lire la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the disk may be full (%2)</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le disque est peut-être plein (%2)</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>%1 of %2 contracts could not be read</source>
        <translation>%1 marchés sur %2 n&apos;ont pas pu être lus</translation>
    </message>
</context>
<context>
    <name>vigie::FormErrors</name>
    <message numerus="yes">
        <source>%n problem(s) to fix: see the fields marked in red. Nothing was saved.</source>
        <translation>
            <numerusform>%n problème à corriger&#xa0;: voyez le champ marqué en rouge. Rien n&apos;a été enregistré.</numerusform>
            <numerusform>%n problèmes à corriger&#xa0;: voyez les champs marqués en rouge. Rien n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::Format</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date qui existe dans le calendrier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type DD/MM/YYYY, MM/YYYY or YYYY, or leave it empty when unknown.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: saisissez JJ/MM/AAAA, MM/AAAA ou AAAA, ou laissez vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>%1 (ceiling)</source>
        <translation>%1 (plafond)</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <translation>%1 (approximatif)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>official statement</source>
        <translation>communiqué officiel</translation>
    </message>
    <message>
        <source>union document</source>
        <translation>document syndical</translation>
    </message>
    <message>
        <source>press</source>
        <translation>presse</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expertise</translation>
    </message>
    <message>
        <source>court</source>
        <translation>justice</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>données ouvertes</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>sur site</translation>
    </message>
    <message>
        <source>back office</source>
        <translation>back-office</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>soupçonné</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>phishing</source>
        <translation>hameçonnage</translation>
    </message>
    <message>
        <source>identity theft</source>
        <translation>usurpation d&apos;identité</translation>
    </message>
    <message>
        <source>account takeover</source>
        <translation>prise de contrôle de compte</translation>
    </message>
    <message>
        <source>ceiling</source>
        <translation>plafond</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>%1 (SIREN %2)</source>
        <translation>%1 (SIREN %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigie::History</name>
    <message>
        <source>%1 %2 no longer exists; the link to it is left out</source>
        <translation>%1 %2 n&apos;existe plus&#xa0;; le lien correspondant est omis</translation>
    </message>
    <message>
        <source>cannot bring back a row of %1: %2</source>
        <translation>impossible de rétablir une ligne de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set up the change history: %1</source>
        <translation>impossible de mettre en place l&apos;historique des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>the changes of %1 are not recorded</source>
        <translation>les modifications de %1 ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>there is no change %1 in the history</source>
        <translation>l&apos;historique ne contient aucune modification %1</translation>
    </message>
    <message>
        <source>change %1 is not the deletion of an incident</source>
        <translation>la modification %1 n&apos;est pas la suppression d&apos;un incident</translation>
    </message>
    <message>
        <source>cannot bring back an incident inside another transaction</source>
        <translation>impossible de rétablir un incident à l&apos;intérieur d&apos;une autre transaction</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>incident %1 exists already (was it brought back before?)</source>
        <translation>l&apos;incident %1 existe déjà (a-t-il déjà été rétabli&#xa0;?)</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Data category %1 no longer exists; left out</source>
        <translation>La catégorie de données %1 n&apos;existe plus&#xa0;; omise</translation>
    </message>
    <message>
        <source>Source %1 no longer exists; left out</source>
        <translation>La source %1 n&apos;existe plus&#xa0;; omise</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::Identifiers</name>
    <message>
        <source>a SIREN has 9 digits; &quot;%1&quot; has %2 characters</source>
        <translation>un SIREN a 9 chiffres&#xa0;; «&#xa0;%1&#xa0;» a %2 caractères</translation>
    </message>
    <message>
        <source>SIREN &quot;%1&quot; has a wrong check digit (Luhn key)</source>
        <translation>le SIREN «&#xa0;%1&#xa0;» a une clé de contrôle erronée (clé de Luhn)</translation>
    </message>
    <message>
        <source>a SIRET has 14 digits; &quot;%1&quot; has %2 characters</source>
        <translation>un SIRET a 14 chiffres&#xa0;; «&#xa0;%1&#xa0;» a %2 caractères</translation>
    </message>
    <message>
        <source>SIRET &quot;%1&quot; has a wrong check digit</source>
        <translation>le SIRET «&#xa0;%1&#xa0;» a une clé de contrôle erronée</translation>
    </message>
    <message>
        <source>SIRET &quot;%1&quot; has a wrong check digit (Luhn key)</source>
        <translation>le SIRET «&#xa0;%1&#xa0;» a une clé de contrôle erronée (clé de Luhn)</translation>
    </message>
    <message>
        <source>SIRET &quot;%1&quot; starts with an invalid SIREN</source>
        <translation>le SIRET «&#xa0;%1&#xa0;» commence par un SIREN invalide</translation>
    </message>
    <message>
        <source>a VAT number starts with a two-letter country code; got &quot;%1&quot;</source>
        <translation>un numéro de TVA commence par un code pays de deux lettres&#xa0;; reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a French VAT number is FR, a 2-character key and a 9-digit SIREN; got &quot;%1&quot;</source>
        <translation>un numéro de TVA français se compose de FR, d&apos;une clé de 2 caractères et d&apos;un SIREN de 9 chiffres&#xa0;; reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>French VAT number &quot;%1&quot; has a wrong key for its SIREN</source>
        <translation>la clé du numéro de TVA français «&#xa0;%1&#xa0;» ne correspond pas à son SIREN</translation>
    </message>
    <message>
        <source>French VAT number &quot;%1&quot; holds an invalid SIREN</source>
        <translation>le numéro de TVA français «&#xa0;%1&#xa0;» contient un SIREN invalide</translation>
    </message>
    <message>
        <source>a non-EU identifier cannot be empty</source>
        <translation>un identifiant hors UE ne peut pas être vide</translation>
    </message>
    <message>
        <source>unknown identifier type</source>
        <translation>type d&apos;identifiant inconnu</translation>
    </message>
</context>
<context>
    <name>vigie::Incident</name>
    <message>
        <source>The incident needs a title.</source>
        <translation>L&apos;incident doit avoir un titre.</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>de survenue</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>de découverte</translation>
    </message>
    <message>
        <source>notified to the CNIL</source>
        <translation>de notification à la CNIL</translation>
    </message>
    <message>
        <source>made public</source>
        <translation>de divulgation</translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translation>La date %1 (%2) est dans le futur.</translation>
    </message>
    <message>
        <source>The date %1 (%2) is before the date %3 (%4).</source>
        <translation>La date %1 (%2) est antérieure à la date %3 (%4).</translation>
    </message>
    <message>
        <source>Claim %1 needs a claimant (who says it).</source>
        <translation>La déclaration %1 doit indiquer son auteur (qui l&apos;affirme).</translation>
    </message>
    <message>
        <source>Claim %1: the number of people cannot be negative (%2).</source>
        <translation>Déclaration %1&#xa0;: le nombre de personnes ne peut pas être négatif (%2).</translation>
    </message>
    <message>
        <source>Claim %1 needs at least one category of personal data.</source>
        <translation>La déclaration %1 doit citer au moins une catégorie de données personnelles.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>vigie::IncidentCommand</name>
    <message>
        <source>add incident &quot;%1&quot;</source>
        <translation>l&apos;ajout de l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot undo the addition of the incident &quot;%1&quot;</source>
        <translation>Impossible d&apos;annuler l&apos;ajout de l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot add the incident &quot;%1&quot; again</source>
        <translation>Impossible d&apos;ajouter à nouveau l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>edit incident &quot;%1&quot;</source>
        <translation>la modification de l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot restore the previous version of the incident &quot;%1&quot;</source>
        <translation>Impossible de rétablir la version précédente de l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot edit the incident &quot;%1&quot; again</source>
        <translation>Impossible de modifier à nouveau l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>delete incident &quot;%1&quot;</source>
        <translation>la suppression de l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot bring back the incident &quot;%1&quot;</source>
        <translation>Impossible de faire revenir l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot delete the incident &quot;%1&quot;</source>
        <translation>Impossible de supprimer l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>vigie::IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>unknown — DD/MM/YYYY, MM/YYYY or YYYY</source>
        <translation>inconnue — JJ/MM/AAAA, MM/AAAA ou AAAA</translation>
    </message>
    <message>
        <source>Type the date as precisely as the source gives it: 24/08/2023, 08/2023 or 2023 (ISO 2023-08-24 works too). Leave it empty when nobody knows.</source>
        <translation>Saisissez la date aussi précisément que la source la donne&#xa0;: 24/08/2023, 08/2023 ou 2023 (le format ISO 2023-08-24 fonctionne aussi). Laissez vide quand personne ne la connaît.</translation>
    </message>
    <message>
        <source>none or unknown</source>
        <translation>aucun ou inconnu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officielle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Who says it: Pôle emploi, an expert, a union...</source>
        <translation>Qui l&apos;affirme&#xa0;: Pôle emploi, un expert, un syndicat...</translation>
    </message>
    <message>
        <source>Checked for the claim of the organisation responsible</source>
        <translation>Cochée pour la déclaration de l&apos;organisme responsable</translation>
    </message>
    <message>
        <source>Number of people affected; empty when unknown</source>
        <translation>Nombre de personnes touchées&#xa0;; vide si inconnu</translation>
    </message>
    <message>
        <source>The words used: &quot;potentially&quot;, &quot;several hundred&quot;...</source>
        <translation>Les mots employés&#xa0;: «&#xa0;potentiellement&#xa0;», «&#xa0;plusieurs centaines&#xa0;»...</translation>
    </message>
    <message>
        <source>Tick them in the list on the right</source>
        <translation>Cochez-les dans la liste de droite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>unsourced</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>Empty when no number was given</source>
        <translation>Vide quand aucun chiffre n&apos;a été donné</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>Personal data in claim %1:</source>
        <translation>Données personnelles de la déclaration %1&#xa0;:</translation>
    </message>
    <message>
        <source>Personal data in the selected claim:</source>
        <translation>Données personnelles de la déclaration sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>none ticked</source>
        <translation>aucune cochée</translation>
    </message>
    <message>
        <source>Tick the personal data this claim names in the list on the right.</source>
        <translation>Cochez dans la liste de droite les données personnelles que cette déclaration mentionne.</translation>
    </message>
    <message>
        <source>Claim %1: &quot;%2&quot; is not a number of people (leave it empty when unknown).</source>
        <translation>Déclaration %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de personnes (laissez vide si inconnu).</translation>
    </message>
    <message>
        <source>Consequence %1: &quot;%2&quot; is not a number of people (leave it empty when unknown).</source>
        <translation>Conséquence %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de personnes (laissez vide si inconnu).</translation>
    </message>
    <message>
        <source>Cannot save the incident</source>
        <translation>Impossible d&apos;enregistrer l&apos;incident</translation>
    </message>
    <message>
        <source>The incident was not saved: %1</source>
        <translation>L&apos;incident n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix: see the fields marked in red. Nothing was saved.</source>
        <translation>
            <numerusform>%n problème à corriger&#xa0;: voyez le champ marqué en rouge. Rien n&apos;a été enregistré.</numerusform>
            <numerusform>%n problèmes à corriger&#xa0;: voyez les champs marqués en rouge. Rien n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a source to the database and cite it for this incident</source>
        <translation>Ajouter une source à la base de données et la citer pour cet incident</translation>
    </message>
</context>
<context>
    <name>vigie::IncidentTableModel</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>People (official)</source>
        <translation>Personnes (chiffre officiel)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découvert le</translation>
    </message>
    <message>
        <source>Notified to the CNIL</source>
        <translation>Notifié à la CNIL le</translation>
    </message>
    <message>
        <source>Made public</source>
        <translation>Rendu public le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2&#xa0;: %3</translation>
    </message>
    <message>
        <source> (official)</source>
        <translation> (déclaration officielle)</translation>
    </message>
    <message>
        <source>No claim recorded.</source>
        <translation>Aucune déclaration enregistrée.</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>sourcé</translation>
    </message>
    <message>
        <source>unsourced</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>At least one source backs this incident.</source>
        <translation>Au moins une source étaye cet incident.</translation>
    </message>
    <message>
        <source>No source backs this incident: add one before quoting it.</source>
        <translation>Aucune source n&apos;étaye cet incident&#xa0;: ajoutez-en une avant de le citer.</translation>
    </message>
</context>
<context>
    <name>vigie::JsonArrayWriter</name>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>vigie::KeyFiguresPanel</name>
    <message>
        <source>Key figures for this filter</source>
        <translation>Chiffres clés pour ce filtre</translation>
    </message>
    <message>
        <source>Total outsourced</source>
        <translation>Total sous-traité</translation>
    </message>
    <message>
        <source>Subcontractors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>People exposed</source>
        <translation>Personnes exposées</translation>
    </message>
    <message>
        <source>Outsourcing per person exposed</source>
        <translation>Sous-traitance par personne exposée</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with no count of people affected</source>
        <translation>
            <numerusform>%n incident sans nombre de personnes touchées</numerusform>
            <numerusform>%n incidents sans nombre de personnes touchées</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>At least this many: %n incident(s) with no count of people affected are left out</source>
        <translation>
            <numerusform>Au moins autant&#xa0;: %n incident sans nombre de personnes touchées n&apos;est pas compté</numerusform>
            <numerusform>Au moins autant&#xa0;: %n incidents sans nombre de personnes touchées ne sont pas comptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most: the people of %n incident(s) with no count are not counted</source>
        <translation>
            <numerusform>Au plus&#xa0;: les personnes de %n incident sans nombre ne sont pas comptées</numerusform>
            <numerusform>Au plus&#xa0;: les personnes de %n incidents sans nombre ne sont pas comptées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Nouvelle base de données...</translation>
    </message>
    <message>
        <source>Create an empty Vigie database in a new file</source>
        <translation>Créer une base de données Vigie vide dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <source>Open an existing Vigie database; nothing is created</source>
        <translation>Ouvrir une base de données Vigie existante&#xa0;; rien n&apos;est créé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New incident...</source>
        <translation>&amp;Nouvel incident...</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Enter an incident by hand; from a subcontractor or a contract, it starts filled in</source>
        <translation>Saisir un incident à la main&#xa0;; depuis un sous-traitant ou un contrat, il est prérempli</translation>
    </message>
    <message>
        <source>&amp;Edit incident...</source>
        <translation>&amp;Modifier l&apos;incident...</translation>
    </message>
    <message>
        <source>&amp;Delete incident...</source>
        <translation>&amp;Supprimer l&apos;incident...</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Subcontractors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Delegated tasks</source>
        <translation>Tâches déléguées</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Search all columns...</source>
        <translation>Rechercher dans toutes les colonnes...</translation>
    </message>
    <message>
        <source>Show only what concerns this subcontractor (its subsidiaries included)</source>
        <translation>N&apos;afficher que ce qui concerne ce sous-traitant (filiales comprises)</translation>
    </message>
    <message>
        <source>Show only what concerns this buyer</source>
        <translation>N&apos;afficher que ce qui concerne cet acheteur</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Rows whose dates fall in this period; rows with no known date are hidden while a period is set</source>
        <translation>Lignes dont les dates tombent dans cette période&#xa0;; les lignes sans date connue sont masquées tant qu&apos;une période est définie</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>A&amp;cheteur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — Vigie</source>
        <translation>%1 — Vigie</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Vigie cannot open %1.</source>
        <translation>Vigie ne peut pas ouvrir %1.</translation>
    </message>
    <message>
        <source>%1

The file was left as it is; %2 stays open.</source>
        <translation>%1

Le fichier a été laissé tel quel&#xa0;; la base %2 reste ouverte.</translation>
    </message>
    <message>
        <source>%1

The file was left as it is.</source>
        <translation>%1

Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>Vigie cannot create %1.</source>
        <translation>Vigie ne peut pas créer %1.</translation>
    </message>
    <message>
        <source>Open a Vigie database</source>
        <translation>Ouvrir une base de données Vigie</translation>
    </message>
    <message>
        <source>Vigie databases (*.sqlite *.vigie *.db);;All files (*)</source>
        <translation>Bases de données Vigie (*.sqlite *.vigie *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Vigie database</source>
        <translation>Nouvelle base de données Vigie</translation>
    </message>
    <message>
        <source>Vigie databases (*.sqlite)</source>
        <translation>Bases de données Vigie (*.sqlite)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) match the filters</source>
        <translation>
            <numerusform>Lignes correspondant aux filtres&#xa0;: %1 sur %n</numerusform>
            <numerusform>Lignes correspondant aux filtres&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New incident at %1...</source>
        <translation>&amp;Nouvel incident chez %1...</translation>
    </message>
    <message>
        <source>&amp;New incident under %1...</source>
        <translation>&amp;Nouvel incident au titre du contrat %1...</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Incident enregistré.</translation>
    </message>
    <message>
        <source>Delete the incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Delete the incident &quot;%1&quot;?</source>
        <translation>Supprimer l&apos;incident «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cannot delete the incident</source>
        <translation>Impossible de supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation>Incident supprimé.</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;An audit tool for trade-union delegates of the public employment service: subcontractors, their public contracts, the tasks and personal data delegated to them, and the data breaches they suffered, every fact tied to its source.&lt;/p&gt;&lt;p&gt;What nobody knows stays &lt;i&gt;unknown&lt;/i&gt;, never zero.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Un outil d&apos;audit pour les délégués syndicaux du service public de l&apos;emploi&#xa0;: les sous-traitants, leurs marchés publics, les tâches et les données personnelles qui leur sont confiées, et les fuites de données qu&apos;ils ont subies, chaque fait étant rattaché à sa source.&lt;/p&gt;&lt;p&gt;Ce que personne ne sait reste &lt;i&gt;inconnu&lt;/i&gt;, jamais zéro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation>La base de données est restée dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>&amp;Import DECP...</source>
        <translation>&amp;Importer des DECP...</translation>
    </message>
    <message>
        <source>Import public-contract open data (DECP: JSON, XML or CSV); the database is backed up first</source>
        <translation>Importer les données ouvertes des marchés publics (DECP&#xa0;: JSON, XML ou CSV)&#xa0;; la base de données est d&apos;abord sauvegardée</translation>
    </message>
    <message>
        <source>&amp;Export table...</source>
        <translation>&amp;Exporter la table...</translation>
    </message>
    <message>
        <source>Save the rows shown, filtered and sorted as shown, as CSV or JSON</source>
        <translation>Enregistrer les lignes affichées, filtrées et triées comme à l&apos;écran, en CSV ou en JSON</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>New &amp;source...</source>
        <translation>No&amp;uvelle source...</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Add a document facts come from: press release, leaflet, article...</source>
        <translation>Ajouter un document d&apos;où viennent des faits&#xa0;: communiqué de presse, tract, article...</translation>
    </message>
    <message>
        <source>&amp;Check database integrity</source>
        <translation>&amp;Vérifier l&apos;intégrité de la base de données</translation>
    </message>
    <message>
        <source>Read the whole database file and check every link between records</source>
        <translation>Lire tout le fichier de la base de données et vérifier chaque lien entre les enregistrements</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Save a copy of the database beside it, in its backups folder</source>
        <translation>Enregistrer une copie de la base de données à côté d&apos;elle, dans son dossier de sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups, after showing what it holds</source>
        <translation>Remplacer la base de données par l&apos;une de ses sauvegardes, après avoir montré son contenu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Open a database to see its charts.</source>
        <translation>Ouvrez une base de données pour voir ses graphiques.</translation>
    </message>
    <message>
        <source>an import is running into the open database; wait for it to end or cancel it first</source>
        <translation>un import est en cours dans la base de données ouverte&#xa0;; attendez qu&apos;il se termine ou annulez-le d&apos;abord</translation>
    </message>
    <message>
        <source>%1 (read-only) — Vigie</source>
        <translation>%1 (lecture seule) — Vigie</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>The database is open read-only: it cannot be changed.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;: elle ne peut pas être modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n claim(s), consequences and citations are deleted with it. Sources stay. Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Sont supprimées avec lui&#xa0;: %n déclaration, ses conséquences et ses citations. Les sources sont conservées. Édition &gt; Annuler le fait revenir.</numerusform>
            <numerusform>Sont supprimées avec lui&#xa0;: %n déclarations, ses conséquences et ses citations. Les sources sont conservées. Édition &gt; Annuler le fait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source saved.</source>
        <translation>Source enregistrée.</translation>
    </message>
    <message>
        <source>choose a table to export</source>
        <translation>choisissez une table à exporter</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV for French spreadsheets, semicolon-separated (*.csv)</source>
        <translation>CSV pour tableurs français, séparé par des points-virgules (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter la table</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>La table n&apos;a pas été exportée.</translation>
    </message>
    <message>
        <source>%1

Any file that was already there is left as it was.</source>
        <translation>%1

Tout fichier déjà présent a été laissé tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n ligne exportée dans %1</numerusform>
            <numerusform>%n lignes exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Backing up %1...</source>
        <translation>Sauvegarde de %1...</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Sauvegarde quotidienne faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>Aucune sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <source>The database was backed up.</source>
        <translation>La base de données a été sauvegardée.</translation>
    </message>
    <message numerus="yes">
        <source>Copy saved as %1.
The last %n backup(s) are kept.</source>
        <translation>
            <numerusform>Copie enregistrée sous %1.
Seule la dernière sauvegarde est conservée.</numerusform>
            <numerusform>Copie enregistrée sous %1.
Les %n dernières sauvegardes sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>Intégrité de la base de données</translation>
    </message>
    <message>
        <source>%1 is sound.</source>
        <translation>%1 est intègre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 a %n problème.</numerusform>
            <numerusform>%1 a %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page of the file was read and every link between records checked.</source>
        <translation>Chaque page du fichier a été lue et chaque lien entre les enregistrements vérifié.</translation>
    </message>
    <message>
        <source>Restore a recent backup (Tools &gt; Restore from backup) before entering more data.</source>
        <translation>Restaurez une sauvegarde récente (Outils &gt; Restaurer une sauvegarde) avant de saisir d&apos;autres données.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace %1 with the backup of %2?</source>
        <translation>Remplacer %1 par la sauvegarde du %2&#xa0;?</translation>
    </message>
    <message>
        <source>Everything entered since that backup is replaced by what it holds. The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Tout ce qui a été saisi depuis cette sauvegarde est remplacé par son contenu. La base de données dans son état actuel est d&apos;abord sauvegardée&#xa0;: on peut donc revenir en arrière en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>Restored from the backup of %1.</source>
        <translation>Restauration faite à partir de la sauvegarde du %1.</translation>
    </message>
    <message>
        <source>the database cannot be changed now</source>
        <translation>la base de données ne peut pas être modifiée maintenant</translation>
    </message>
    <message>
        <source>the backup was restored, but the database cannot be opened again: %1</source>
        <translation>la sauvegarde a été restaurée, mais la base de données ne peut pas être rouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; the database cannot be opened again: %2</source>
        <translation>%1&#xa0;; la base de données ne peut pas être rouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing: you can keep browsing; changes wait until the import ends.</source>
        <translation>Import en cours&#xa0;: vous pouvez continuer à consulter&#xa0;; les modifications attendent la fin de l&apos;import.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new contract(s).</source>
        <translation>
            <numerusform>Import terminé&#xa0;: %n nouveau contrat.</numerusform>
            <numerusform>Import terminé&#xa0;: %n nouveaux contrats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import DECP files</source>
        <translation>Importer des fichiers DECP</translation>
    </message>
    <message>
        <source>DECP files (*.json *.xml *.csv);;JSON (*.json);;XML (*.xml);;CSV (*.csv);;All files (*)</source>
        <translation>Fichiers DECP (*.json *.xml *.csv);;JSON (*.json);;XML (*.xml);;CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Quit Vigie</source>
        <translation>Quitter Vigie</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>Un import est en cours. L&apos;annuler et quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing of this import is kept; the database stays as it was before it.</source>
        <translation>Rien de cet import n&apos;est conservé&#xa0;; la base de données reste dans l&apos;état où elle était avant.</translation>
    </message>
    <message>
        <source>Dele&amp;ted incidents...</source>
        <translation>Incidents su&amp;pprimés...</translation>
    </message>
    <message>
        <source>List the incidents deleted in Vigie and bring one back</source>
        <translation>Lister les incidents supprimés dans Vigie et en rétablir un</translation>
    </message>
    <message>
        <source>Incident brought back.</source>
        <translation>Incident rétabli.</translation>
    </message>
    <message>
        <source>Sub&amp;contractor:</source>
        <translation>Sous-trai&amp;tant&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>De&amp;puis&#xa0;:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>All public contracts</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>Open a database to browse its contracts.</source>
        <translation>Ouvrez une base de données pour parcourir ses marchés.</translation>
    </message>
    <message>
        <source>Checking the database for damage; editing is possible once it is done...</source>
        <translation>Vérification de la base de données ; les modifications seront possibles une fois qu&apos;elle sera terminée...</translation>
    </message>
    <message>
        <source>%1 (damaged, read-only)</source>
        <translation>%1 (endommagée, lecture seule)</translation>
    </message>
    <message>
        <source>%1 (checking...)</source>
        <translation>%1 (vérification...)</translation>
    </message>
    <message>
        <source>Database checked: no damage found.</source>
        <translation>Base de données vérifiée : aucun dommage trouvé.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>%1 is damaged. It stays open read-only: nothing will be written to it.</source>
        <translation>%1 est endommagée. Elle reste ouverte en lecture seule : rien n&apos;y sera écrit.</translation>
    </message>
    <message>
        <source>Restore a backup (Tools &gt; Restore from backup...) or copy what you can read.</source>
        <translation>Restaurez une sauvegarde (Outils &gt; Restaurer une sauvegarde...) ou copiez ce qui peut encore être lu.</translation>
    </message>
    <message>
        <source>The database is damaged: it stays read-only.</source>
        <translation>La base de données est endommagée : elle reste en lecture seule.</translation>
    </message>
    <message>
        <source>The database is being checked: it can be changed once that is done.</source>
        <translation>La base de données est en cours de vérification : elle pourra être modifiée ensuite.</translation>
    </message>
    <message>
        <source>open-data-contracts</source>
        <translation>contrats-donnees-ouvertes</translation>
    </message>
    <message>
        <source>Reading the contracts...</source>
        <translation>Lecture des marchés...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export the contracts</source>
        <translation>Exporter les marchés</translation>
    </message>
    <message>
        <source>%L1 of %L2 contracts written...</source>
        <translation>%L1 marchés écrits sur %L2...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) exported to %1</source>
        <translation>
            <numerusform>%Ln marché exporté vers %1</numerusform>
            <numerusform>%Ln marchés exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>Export annulé&#xa0;: %1 n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>The contracts were not exported.</source>
        <translation>Les marchés n&apos;ont pas été exportés.</translation>
    </message>
    <message>
        <source>%1 is the open database: choose another file.</source>
        <translation>%1 est la base de données ouverte&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Reading every matching contract, not only the %L1 listed...</source>
        <translation>Lecture de tous les marchés trouvés, pas seulement des %L1 affichés...</translation>
    </message>
    <message>
        <source>&amp;New subcontractor...</source>
        <translation>&amp;Nouveau sous-traitant...</translation>
    </message>
    <message>
        <source>Add a company work is handed to; its SIREN links it to the public-contract open data</source>
        <translation>Ajouter une entreprise à laquelle du travail est confié&#xa0;; son SIREN la relie aux données ouvertes des marchés publics</translation>
    </message>
    <message>
        <source>&amp;Edit subcontractor...</source>
        <translation>&amp;Modifier le sous-traitant...</translation>
    </message>
    <message>
        <source>Change the selected subcontractor: its identifier, its group, whether its group is watched</source>
        <translation>Modifier le sous-traitant sélectionné&#xa0;: son identifiant, son groupe, la surveillance de son groupe</translation>
    </message>
    <message>
        <source>Su&amp;bcontractor</source>
        <translation>Sous-&amp;traitant</translation>
    </message>
    <message>
        <source>Subcontractor saved.</source>
        <translation>Sous-traitant enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) already imported under SIREN %1 now belong to it.</source>
        <translation>
            <numerusform>%n organisme déjà importé sous le SIREN %1 lui appartient désormais.</numerusform>
            <numerusform>%n organismes déjà importés sous le SIREN %1 lui appartiennent désormais.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New delegated task...</source>
        <translation>&amp;Nouvelle tâche sous-traitée...</translation>
    </message>
    <message>
        <source>Record work a subcontractor does and the personal data it touches; from a subcontractor or a contract, it starts filled in</source>
        <translation>Enregistrer un travail confié à un sous-traitant et les données personnelles qu&apos;il touche&#xa0;; depuis un sous-traitant ou un contrat, elle est préremplie</translation>
    </message>
    <message>
        <source>&amp;Edit delegated task...</source>
        <translation>&amp;Modifier la tâche sous-traitée...</translation>
    </message>
    <message>
        <source>Change the selected task: its dates, its contract, the personal data it touches, its sources</source>
        <translation>Modifier la tâche sélectionnée&#xa0;: ses dates, son contrat, les données personnelles qu&apos;elle touche, ses sources</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>Tâc&amp;he</translation>
    </message>
    <message>
        <source>&amp;New task done by %1...</source>
        <translation>&amp;Nouvelle tâche confiée à %1...</translation>
    </message>
    <message>
        <source>&amp;New task under %1...</source>
        <translation>&amp;Nouvelle tâche au titre du contrat %1...</translation>
    </message>
    <message>
        <source>Delegated task saved.</source>
        <translation>Tâche sous-traitée enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Edit source...</source>
        <translation>&amp;Modifier la source...</translation>
    </message>
    <message>
        <source>Correct the selected source: its title, date, address; the facts citing it stay linked</source>
        <translation>Corriger la source sélectionnée&#xa0;: son titre, sa date, son adresse&#xa0;; les faits qui la citent y restent liés</translation>
    </message>
    <message>
        <source>&amp;Delete subcontractor...</source>
        <translation>&amp;Supprimer le sous-traitant...</translation>
    </message>
    <message>
        <source>Delete the selected subcontractor, when no contract, task or incident names it</source>
        <translation>Supprimer le sous-traitant sélectionné, si aucun contrat, aucune tâche ni aucun incident ne le nomme</translation>
    </message>
    <message>
        <source>&amp;Delete delegated task...</source>
        <translation>&amp;Supprimer la tâche sous-traitée...</translation>
    </message>
    <message>
        <source>Delete the selected task, when no incident names it</source>
        <translation>Supprimer la tâche sélectionnée, si aucun incident ne la nomme</translation>
    </message>
    <message>
        <source>&amp;Delete source...</source>
        <translation>&amp;Supprimer la source...</translation>
    </message>
    <message>
        <source>Delete the selected source, when no fact cites it</source>
        <translation>Supprimer la source sélectionnée, si aucun fait ne la cite</translation>
    </message>
    <message numerus="yes">
        <source>add %n source(s)</source>
        <translation>
            <numerusform>l&apos;ajout de %n source</numerusform>
            <numerusform>l&apos;ajout de %n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Delete the source &quot;%1&quot;?</source>
        <translation>Supprimer la source «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Only a source no fact cites can be deleted. Edit &gt; Undo brings it back.</source>
        <translation>Seule une source qu&apos;aucun fait ne cite peut être supprimée. Édition &gt; Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>Source deleted.</source>
        <translation>Source supprimée.</translation>
    </message>
    <message>
        <source>Delete the subcontractor</source>
        <translation>Supprimer le sous-traitant</translation>
    </message>
    <message>
        <source>Delete the subcontractor &quot;%1&quot;?</source>
        <translation>Supprimer le sous-traitant «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Subcontractor deleted.</source>
        <translation>Sous-traitant supprimé.</translation>
    </message>
    <message>
        <source>Delete the delegated task</source>
        <translation>Supprimer la tâche sous-traitée</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Supprimer la tâche «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its data categories and citations are deleted with it; a task an incident names cannot be. Edit &gt; Undo brings it back.</source>
        <translation>Ses catégories de données et ses citations sont supprimées avec elle&#xa0;; une tâche qu&apos;un incident nomme ne peut pas l&apos;être. Édition &gt; Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>Delegated task deleted.</source>
        <translation>Tâche sous-traitée supprimée.</translation>
    </message>
    <message>
        <source>Only a subcontractor that no contract, task, incident or company of its group names can be deleted. Edit &gt; Undo brings it back.</source>
        <translation>Seul un sous-traitant qu&apos;aucun contrat, aucune tâche, aucun incident ni aucune société de son groupe ne nomme peut être supprimé. Édition &gt; Annuler le fait revenir.</translation>
    </message>
</context>
<context>
    <name>vigie::Migrations</name>
    <message>
        <source>the database was written by a newer Vigie (schema %1, this version knows %2)</source>
        <translation>la base de données a été écrite par une version plus récente de Vigie (schéma %1, cette version connaît le schéma %2)</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>la migration %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 would name a missing row of table %3</source>
        <translation>la ligne %1 de la table %2 désignerait une ligne absente de la table %3</translation>
    </message>
    <message>
        <source>foreign keys cannot be turned off for the upgrade</source>
        <translation>les clés étrangères ne peuvent pas être désactivées pour la mise à niveau</translation>
    </message>
</context>
<context>
    <name>vigie::OpenDataView</name>
    <message>
        <source>Search contract objects and holder names...</source>
        <translation>Rechercher dans les objets des marchés et les noms des titulaires...</translation>
    </message>
    <message>
        <source>This table sorts by notification date or amount only.</source>
        <translation>Ce tableau se trie seulement par date de notification ou par montant.</translation>
    </message>
    <message>
        <source>Cannot read the contracts: %1</source>
        <translation>Impossible de lire les marchés : %1</translation>
    </message>
    <message>
        <source>More than %L1 contracts match: the %L1 most recently imported are shown, unsorted. Add words to narrow the search.</source>
        <translation>Plus de %L1 marchés correspondent : les %L1 importés le plus récemment sont affichés, sans tri. Ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln marché</numerusform>
            <numerusform>%Ln marchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) match</source>
        <translation>
            <numerusform>%Ln marché correspond</numerusform>
            <numerusform>%Ln marchés correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::OutsourcingAnalysis</name>
    <message numerus="yes">
        <source>%n contract(s) of unknown amount not shown</source>
        <translation>
            <numerusform>%n contrat de montant inconnu non affiché</numerusform>
            <numerusform>%n contrats de montant inconnu non affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) of unknown notification date not shown</source>
        <translation>
            <numerusform>%n contrat de date de notification inconnue non affiché</numerusform>
            <numerusform>%n contrats de date de notification inconnue non affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) without a known holder not shown</source>
        <translation>
            <numerusform>%n contrat sans titulaire connu non affiché</numerusform>
            <numerusform>%n contrats sans titulaire connu non affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) of unknown duration counted whole at notification</source>
        <translation>
            <numerusform>%n contrat de durée inconnue compté en entier à la notification</numerusform>
            <numerusform>%n contrats de durée inconnue comptés en entier à la notification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) of unknown date not shown</source>
        <translation>
            <numerusform>%n avenant de date inconnue non affiché</numerusform>
            <numerusform>%n avenants de date inconnue non affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-contracting act(s) of unknown amount not credited</source>
        <translation>
            <numerusform>%n acte de sous-traitance de montant inconnu non attribué</numerusform>
            <numerusform>%n actes de sous-traitance de montant inconnu non attribués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) known only to the year placed in January</source>
        <translation>
            <numerusform>%n date connue seulement à l&apos;année placée en janvier</numerusform>
            <numerusform>%n dates connues seulement à l&apos;année placées en janvier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) of unknown date not shown</source>
        <translation>
            <numerusform>%n incident de date inconnue non affiché</numerusform>
            <numerusform>%n incidents de date inconnue non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>par année</translation>
    </message>
    <message>
        <source>amounts at notification (amendments at their date)</source>
        <translation>montants à la notification (avenants à leur date)</translation>
    </message>
    <message>
        <source>amounts spread over contract durations</source>
        <translation>montants étalés sur la durée des contrats</translation>
    </message>
    <message>
        <source>people affected: official claims</source>
        <translation>personnes touchées&#xa0;: déclarations officielles</translation>
    </message>
    <message>
        <source>people affected: highest sourced claims</source>
        <translation>personnes touchées&#xa0;: déclarations sourcées les plus élevées</translation>
    </message>
    <message>
        <source>declared sub-contracting credited to the sub-contractor</source>
        <translation>sous-traitance déclarée attribuée au sous-traitant</translation>
    </message>
    <message>
        <source>subsidiaries counted with their group</source>
        <translation>filiales comptées avec leur groupe</translation>
    </message>
    <message>
        <source>all subcontractors</source>
        <translation>tous les sous-traitants</translation>
    </message>
    <message>
        <source>subcontractors: %1</source>
        <translation>sous-traitants&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot compute the chart: %1</source>
        <translation>impossible de calculer le graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown subcontractor</source>
        <translation>Sous-traitant inconnu</translation>
    </message>
    <message>
        <source>cannot list the records behind the chart: %1</source>
        <translation>impossible de lister les éléments à l&apos;origine du graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two parts of the filter in words (French typography puts a space before the semicolon).</extracomment>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with no official count of people affected: marked ?, not counted</source>
        <translation>
            <numerusform>%n incident sans nombre officiel de personnes touchées&#xa0;: marqué «&#xa0;?&#xa0;», non compté</numerusform>
            <numerusform>%n incidents sans nombre officiel de personnes touchées&#xa0;: marqués «&#xa0;?&#xa0;», non comptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with no sourced count of people affected: marked ?, not counted</source>
        <translation>
            <numerusform>%n incident sans nombre sourcé de personnes touchées&#xa0;: marqué «&#xa0;?&#xa0;», non compté</numerusform>
            <numerusform>%n incidents sans nombre sourcé de personnes touchées&#xa0;: marqués «&#xa0;?&#xa0;», non comptés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::PartialDate</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (attendu&#xa0;: AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date qui existe dans le calendrier</translation>
    </message>
</context>
<context>
    <name>vigie::Periods</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>Quarter of a year on a chart axis: &quot;Q4 2021&quot;; French &quot;T4 2021&quot;.</extracomment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>vigie::PreferencesDialog</name>
    <message>
        <source>At most one backup a day, taken when the database is opened and checked every hour while it stays open</source>
        <translation>Au plus une sauvegarde par jour, faite à l&apos;ouverture de la base de données puis vérifiée toutes les heures tant qu&apos;elle reste ouverte</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Daily, manual, before-import and before-upgrade backups together; the oldest go first</source>
        <translation>Sauvegardes quotidiennes, manuelles, d&apos;avant import et d&apos;avant mise à niveau confondues&#xa0;; les plus anciennes partent en premier</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>The database is read-only: its weights cannot be changed.</source>
        <translation>La base de données est en lecture seule&#xa0;: ses poids ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Backups of the open database go to %1</source>
        <translation>Les sauvegardes de la base de données ouverte vont dans %1</translation>
    </message>
    <message>
        <source>The weight of %1 was not saved: %2</source>
        <translation>Le poids de %1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::RecordCommand</name>
    <message>
        <source>add source &quot;%1&quot;</source>
        <translation>l&apos;ajout de la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>edit source &quot;%1&quot;</source>
        <translation>la modification de la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>delete source &quot;%1&quot;</source>
        <translation>la suppression de la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add subcontractor &quot;%1&quot;</source>
        <translation>l&apos;ajout du sous-traitant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>edit subcontractor &quot;%1&quot;</source>
        <translation>la modification du sous-traitant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>delete subcontractor &quot;%1&quot;</source>
        <translation>la suppression du sous-traitant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add task &quot;%1&quot;</source>
        <translation>l&apos;ajout de la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>edit task &quot;%1&quot;</source>
        <translation>la modification de la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>delete task &quot;%1&quot;</source>
        <translation>la suppression de la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot undo %1</source>
        <translation>Impossible d&apos;annuler %1</translation>
    </message>
    <message>
        <source>Cannot redo %1</source>
        <translation>Impossible de rétablir %1</translation>
    </message>
</context>
<context>
    <name>vigie::RecordSet</name>
    <message>
        <source>cannot read the database: %1</source>
        <translation>impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: claim by %2</source>
        <translation>%1&#xa0;: déclaration de %2</translation>
    </message>
    <message>
        <source>%1: consequence (%2)</source>
        <translation>%1&#xa0;: conséquence (%2)</translation>
    </message>
</context>
<context>
    <name>vigie::Repository</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 to update</source>
        <translation>%1 d&apos;identifiant %2 introuvable&#xa0;: rien à mettre à jour</translation>
    </message>
    <message>
        <source>a citation has no source</source>
        <translation>une citation n&apos;a pas de source</translation>
    </message>
    <message>
        <source>cannot link source %1: %2</source>
        <translation>impossible de relier la source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a source needs a title</source>
        <translation>une source doit avoir un titre</translation>
    </message>
    <message>
        <source>unknown kind of source &quot;%1&quot;</source>
        <translation>type de source inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>an organisation needs a name</source>
        <translation>un organisme doit avoir un nom</translation>
    </message>
    <message>
        <source>unknown organisation role &quot;%1&quot;</source>
        <translation>rôle d&apos;organisme inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the identifier &quot;%2&quot; has no type (SIREN, SIRET, TVA or HORS-UE)</source>
        <translation>%1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» n&apos;a pas de type (SIREN, SIRET, TVA ou HORS-UE)</translation>
    </message>
    <message>
        <source>%1 cannot be its own parent group</source>
        <translation>%1 ne peut pas être son propre groupe parent</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>a contract needs a reference</source>
        <translation>un contrat doit avoir une référence</translation>
    </message>
    <message>
        <source>contract %1 needs a buyer</source>
        <translation>le contrat %1 doit avoir un acheteur</translation>
    </message>
    <message>
        <source>unknown kind of amount &quot;%1&quot;</source>
        <translation>type de montant inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>contract %1: the amount is out of range</source>
        <translation>contrat %1&#xa0;: le montant est hors limites</translation>
    </message>
    <message>
        <source>contract %1: the duration must be a positive number of months</source>
        <translation>contrat %1&#xa0;: la durée doit être un nombre de mois positif</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <source>contract %1: holder &quot;%2&quot; is not a known organisation</source>
        <translation>contrat %1&#xa0;: le titulaire «&#xa0;%2&#xa0;» n&apos;est pas un organisme connu</translation>
    </message>
    <message>
        <source>contract %1: cannot save an amendment: %2</source>
        <translation>contrat %1&#xa0;: impossible d&apos;enregistrer un avenant&#xa0;: %2</translation>
    </message>
    <message>
        <source>contract %1: cannot save a declared sub-contracting act: %2</source>
        <translation>contrat %1&#xa0;: impossible d&apos;enregistrer un acte de sous-traitance déclaré&#xa0;: %2</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>une tâche doit avoir un titre</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; needs a subcontractor</source>
        <translation>la tâche «&#xa0;%1&#xa0;» doit avoir un sous-traitant</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; ends (%2) before it starts (%3)</source>
        <translation>la tâche «&#xa0;%1&#xa0;» se termine (%2) avant de commencer (%3)</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: unknown data category %2</source>
        <translation>tâche «&#xa0;%1&#xa0;»&#xa0;: catégorie de données inconnue %2</translation>
    </message>
    <message>
        <source>unknown incident status &quot;%1&quot;</source>
        <translation>statut d&apos;incident inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown kind of consequence &quot;%1&quot;</source>
        <translation>type de conséquence inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the number of people of a consequence cannot be negative (%1)</source>
        <translation>le nombre de personnes d&apos;une conséquence ne peut pas être négatif (%1)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>déclaration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>claim %1: unknown data category %2</source>
        <translation>déclaration %1&#xa0;: catégorie de données inconnue %2</translation>
    </message>
    <message>
        <source>cannot save a consequence: %1</source>
        <translation>impossible d&apos;enregistrer une conséquence&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no incident with id %1 to delete</source>
        <translation>incident d&apos;identifiant %1 introuvable&#xa0;: rien à supprimer</translation>
    </message>
    <message>
        <source>a sensitivity weight is between 0 and 100; got %1</source>
        <translation>un poids de sensibilité est compris entre 0 et 100&#xa0;; reçu %1</translation>
    </message>
    <message>
        <source>there is no data category with id %1</source>
        <translation>aucune catégorie de données n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 %2 is already that of &quot;%3&quot;</source>
        <translation>%1 %2 est déjà celui de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 cannot belong to a group that belongs to it</source>
        <translation>%1 ne peut pas appartenir à un groupe qui lui appartient</translation>
    </message>
    <message>
        <source>the %1 cannot be written back under id %2: another record has taken it since</source>
        <translation>impossible de réécrire l&apos;enregistrement (%1) sous l&apos;identifiant %2&#xa0;: un autre l&apos;a pris depuis</translation>
    </message>
    <message>
        <source>Cannot delete %1 while these refer to it: %2</source>
        <translation>Impossible de supprimer %1 tant que ceci y renvoie&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 to delete</source>
        <translation>%1 d&apos;identifiant %2 introuvable&#xa0;: rien à supprimer</translation>
    </message>
    <message>
        <source>there is no source with id %1 to delete</source>
        <translation>source d&apos;identifiant %1 introuvable&#xa0;: rien à supprimer</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot;</source>
        <translation>la source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln tâche</numerusform>
            <numerusform>%Ln tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisme</numerusform>
            <numerusform>%Ln organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contrat</numerusform>
            <numerusform>%Ln contrats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln context figure(s)</source>
        <translation>
            <numerusform>%Ln chiffre de contexte</numerusform>
            <numerusform>%Ln chiffres de contexte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no organisation with id %1 to delete</source>
        <translation>organisme d&apos;identifiant %1 introuvable&#xa0;: rien à supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) it buys</source>
        <translation>
            <numerusform>%Ln contrat dont il est acheteur</numerusform>
            <numerusform>%Ln contrats dont il est acheteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) it holds</source>
        <translation>
            <numerusform>%Ln contrat dont il est titulaire</numerusform>
            <numerusform>%Ln contrats dont il est titulaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declared sub-contracting act(s)</source>
        <translation>
            <numerusform>%Ln acte de sous-traitance déclaré</numerusform>
            <numerusform>%Ln actes de sous-traitance déclarés</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no task with id %1 to delete</source>
        <translation>tâche d&apos;identifiant %1 introuvable&#xa0;: rien à supprimer</translation>
    </message>
    <message>
        <source>the task &quot;%1&quot;</source>
        <translation>la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the subcontractor &quot;%1&quot;</source>
        <translation>le sous-traitant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies) of its group</source>
        <translation>
            <numerusform>%Ln société de son groupe</numerusform>
            <numerusform>%Ln sociétés de son groupe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::RestoreDialog</name>
    <message>
        <source>Backups of %1, newest first. Restoring replaces the database with the backup chosen; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Sauvegardes de %1, les plus récentes en premier. Restaurer remplace la base de données par la sauvegarde choisie&#xa0;; la base dans son état actuel est d&apos;abord sauvegardée, si bien qu&apos;une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Restaurer...</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>This database has no backup yet. Use Tools &gt; Back up now to make one.</source>
        <translation>Cette base de données n&apos;a encore aucune sauvegarde. Utilisez Outils &gt; Sauvegarder maintenant pour en faire une.</translation>
    </message>
    <message>
        <source>Choose a backup to see what it holds.</source>
        <translation>Choisissez une sauvegarde pour voir son contenu.</translation>
    </message>
    <message>
        <source>This backup cannot be read and cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être lue et ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>avant une mise à niveau du schéma</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>vigie::SourceDialog</name>
    <message>
        <source>As printed on the document</source>
        <translation>Tel qu&apos;imprimé sur le document</translation>
    </message>
    <message>
        <source>Who published it: a newspaper, a union, Pôle emploi...</source>
        <translation>Qui l&apos;a publié&#xa0;: un journal, un syndicat, Pôle emploi...</translation>
    </message>
    <message>
        <source>A copy kept on this computer or on paper</source>
        <translation>Une copie conservée sur cet ordinateur ou sur papier</translation>
    </message>
    <message>
        <source>unknown — DD/MM/YYYY, MM/YYYY or YYYY</source>
        <translation>inconnue — JJ/MM/AAAA, MM/AAAA ou AAAA</translation>
    </message>
    <message>
        <source>As precisely as known: 24/08/2023, 08/2023 or 2023. Leave it empty when unknown.</source>
        <translation>Aussi précisément que connu&#xa0;: 24/08/2023, 08/2023 ou 2023. Laissez vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>The source&apos;s file</source>
        <translation>Le fichier de la source</translation>
    </message>
    <message>
        <source>The source needs a title.</source>
        <translation>La source doit avoir un titre.</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>date de publication</translation>
    </message>
    <message>
        <source>date retrieved</source>
        <translation>date de consultation</translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation>La %1 (%2) est dans le futur.</translation>
    </message>
    <message>
        <source>The source cannot have been retrieved (%1) before it was published (%2).</source>
        <translation>La source ne peut pas avoir été consultée (%1) avant d&apos;avoir été publiée (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it should look like https://www.example.org/page.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;: elle devrait ressembler à https://www.example.org/page.</translation>
    </message>
    <message>
        <source>The source was not saved: %1</source>
        <translation>La source n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
</context>
<context>
    <name>vigie::SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Retrieved on %1</source>
        <translation>Consulté le %1</translation>
    </message>
    <message>
        <source>Number of facts (organisations, contracts, tasks, incidents, claims) this source backs</source>
        <translation>Nombre de faits (organismes, contrats, tâches, incidents, déclarations) étayés par cette source</translation>
    </message>
</context>
<context>
    <name>vigie::SpendingExposureChart</name>
    <message>
        <source>Nothing to show for this filter</source>
        <translation>Rien à afficher pour ce filtre</translation>
    </message>
    <message>
        <source>Other subcontractors</source>
        <translation>Autres sous-traitants</translation>
    </message>
    <message>
        <source>Outsourcing, amounts at notification (%1)</source>
        <translation>Sous-traitance, montants à la notification (%1)</translation>
    </message>
    <message>
        <source>Outsourcing, spread over contract durations (%1)</source>
        <translation>Sous-traitance étalée sur la durée des contrats (%1)</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <source>People exposed, running total</source>
        <translation>Personnes exposées, cumul</translation>
    </message>
    <message>
        <source>People exposed</source>
        <translation>Personnes exposées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>People exposed, running total (official claims)</source>
        <translation>Personnes exposées, cumul (déclarations officielles)</translation>
    </message>
    <message>
        <source>People exposed, running total (highest sourced claims)</source>
        <translation>Personnes exposées, cumul (déclarations sourcées les plus élevées)</translation>
    </message>
    <message>
        <source>People exposed (official claims)</source>
        <translation>Personnes exposées (déclarations officielles)</translation>
    </message>
    <message>
        <source>People exposed (highest sourced claims)</source>
        <translation>Personnes exposées (déclarations sourcées les plus élevées)</translation>
    </message>
    <message>
        <source>Incidents with no official count of people (?)</source>
        <translation>Incidents sans nombre officiel de personnes (?)</translation>
    </message>
    <message>
        <source>Incidents with no sourced count of people (?)</source>
        <translation>Incidents sans nombre sourcé de personnes (?)</translation>
    </message>
</context>
<context>
    <name>vigie::SubcontractorDialog</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>e.g. 732 829 320 (SIREN) or 732 829 320 00074 (SIRET)</source>
        <translation>par ex. 732 829 320 (SIREN) ou 732 829 320 00074 (SIRET)</translation>
    </message>
    <message>
        <source>The SIREN of the company, or the SIRET of one establishment: imported contracts are linked by the SIREN, never by the name.</source>
        <translation>Le SIREN de l&apos;entreprise, ou le SIRET d&apos;un de ses établissements&#xa0;: les marchés importés sont reliés par le SIREN, jamais par le nom.</translation>
    </message>
    <message>
        <source>The group this company belongs to, if it is a subsidiary: type to find it.</source>
        <translation>Le groupe auquel appartient cette entreprise, si c&apos;est une filiale&#xa0;: tapez son nom pour le trouver.</translation>
    </message>
    <message>
        <source>Imports of public-contract open data flag the new contracts of this group and of its subsidiaries, and its contracts are shown on the Contracts page.</source>
        <translation>Les imports des données ouvertes des marchés publics signalent les nouveaux marchés de ce groupe et de ses filiales, et ses marchés apparaissent sur la page Marchés.</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>Edit subcontractor</source>
        <translation>Modifier le sous-traitant</translation>
    </message>
    <message>
        <source>The subcontractor needs a name.</source>
        <translation>Le sous-traitant doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose what &quot;%1&quot; is: SIREN, SIRET, TVA or HORS-UE.</source>
        <translation>Indiquez ce qu&apos;est «&#xa0;%1&#xa0;»&#xa0;: SIREN, SIRET, TVA ou HORS-UE.</translation>
    </message>
    <message>
        <source>Type the %1, or choose &quot;none&quot;.</source>
        <translation>Saisissez le %1, ou choisissez «&#xa0;aucun&#xa0;».</translation>
    </message>
    <message>
        <source>No other subcontractor is called &quot;%1&quot;: choose the group in the list.</source>
        <translation>Aucun autre sous-traitant ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: choisissez le groupe dans la liste.</translation>
    </message>
    <message>
        <source>The subcontractor was not saved: %1</source>
        <translation>Le sous-traitant n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a source to the database and cite it for this subcontractor</source>
        <translation>Ajouter une source à la base de données et la citer pour ce sous-traitant</translation>
    </message>
    <message>
        <source>Several subcontractors are called &quot;%1&quot;: choose the group in the list.</source>
        <translation>Plusieurs sous-traitants s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: choisissez le groupe dans la liste.</translation>
    </message>
</context>
<context>
    <name>vigie::SubcontractorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Including those of its subsidiaries</source>
        <translation>Y compris ceux de ses filiales</translation>
    </message>
</context>
<context>
    <name>vigie::TableFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigie::TaskDialog</name>
    <message>
        <source>Edit delegated task</source>
        <translation>Modifier la tâche sous-traitée</translation>
    </message>
    <message>
        <source>e.g. Phone reception on the 39 49</source>
        <translation>par exemple Accueil téléphonique au 39 49</translation>
    </message>
    <message>
        <source>Who does the work: type to find the subcontractor.</source>
        <translation>Qui fait le travail&#xa0;: tapez pour trouver le sous-traitant.</translation>
    </message>
    <message>
        <source>The public contract the work is done under, among the subcontractor&apos;s.</source>
        <translation>Le marché public au titre duquel le travail est fait, parmi ceux du sous-traitant.</translation>
    </message>
    <message>
        <source>unknown — DD/MM/YYYY, MM/YYYY or YYYY</source>
        <translation>inconnue — JJ/MM/AAAA, MM/AAAA ou AAAA</translation>
    </message>
    <message>
        <source>As precisely as the source gives it: 01/10/2021, 10/2021 or 2021. Leave it empty when nobody knows; a date to come is allowed (a contract that runs until then).</source>
        <translation>Aussi précise que la source la donne&#xa0;: 01/10/2021, 10/2021 ou 2021. Laissez vide si personne ne la connaît&#xa0;; une date à venir est permise (un contrat qui court jusque-là).</translation>
    </message>
    <message>
        <source>Tick what the work gives the subcontractor access to. None ticked: nobody said which data.</source>
        <translation>Cochez ce à quoi le travail donne accès au sous-traitant. Rien de coché&#xa0;: personne n&apos;a dit quelles données.</translation>
    </message>
    <message>
        <source>Add a source to the database and cite it for this task</source>
        <translation>Ajouter une source à la base de données et la citer pour cette tâche</translation>
    </message>
    <message>
        <source>none or unknown</source>
        <translation>aucun ou inconnu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The task needs a title: what the subcontractor does.</source>
        <translation>La tâche a besoin d&apos;un titre&#xa0;: ce que fait le sous-traitant.</translation>
    </message>
    <message>
        <source>Choose the subcontractor that does the work.</source>
        <translation>Choisissez le sous-traitant qui fait le travail.</translation>
    </message>
    <message>
        <source>No subcontractor is called &quot;%1&quot;: choose one in the list.</source>
        <translation>Aucun sous-traitant ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>The task ends (%1) before it starts (%2).</source>
        <translation>La tâche finit (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>La tâche n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Several subcontractors are called &quot;%1&quot;: choose one in the list.</source>
        <translation>Plusieurs sous-traitants s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>vigie::TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>No source says which personal data this task touches.</source>
        <translation>Aucune source n&apos;indique quelles données personnelles cette tâche touche.</translation>
    </message>
</context>
<context>
    <name>vigie::cli</name>
    <message>
        <source>%1 (%2): %3 records read: %4 accepted, %5 merged (%6 duplicates, %7 updated, %8 older versions), %9 rejected</source>
        <translation>%1 (%2)&#xa0;: %3 enregistrements lus&#xa0;: %4 acceptés, %5 fusionnés (%6 doublons, %7 mis à jour, %8 versions antérieures), %9 rejetés</translation>
    </message>
    <message>
        <source>skipped: %1 concessions, %2 outside the filter</source>
        <translation>ignorés&#xa0;: %1 concessions, %2 hors du filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n values read as unknown or flagged</source>
        <translation>
            <numerusform>%n valeur lue comme inconnue ou signalée</numerusform>
            <numerusform>%n valeurs lues comme inconnues ou signalées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contracts of watched groups</source>
        <translation>
            <numerusform>%n contrat de groupes surveillés</numerusform>
            <numerusform>%n contrats de groupes surveillés</numerusform>
        </translation>
    </message>
    <message>
        <source>missing --db</source>
        <translation>--db manquant</translation>
    </message>
    <message>
        <source>--buyer and --holder take a SIREN or a SIRET: %1</source>
        <translation>--buyer et --holder prennent un SIREN ou un SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <source>--map is empty</source>
        <translation>--map est vide</translation>
    </message>
    <message>
        <source>cannot write the report %1: its folder does not exist</source>
        <translation>impossible d&apos;écrire le rapport %1&#xa0;: son dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Imported into %1 in %2 s.</source>
        <translation>Importé dans %1 en %2 s.</translation>
    </message>
    <message>
        <source>Nothing new: %1 is unchanged.</source>
        <translation>Rien de nouveau&#xa0;: %1 est inchangé.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>create a new database (never overwrites a file); --demo adds the facts of the two seed documents</source>
        <translation>créer une nouvelle base de données (n&apos;écrase jamais un fichier)&#xa0;; --demo ajoute les faits des deux documents de départ</translation>
    </message>
    <message>
        <source>print the schema version and check the database&apos;s integrity</source>
        <translation>afficher la version du schéma et vérifier l&apos;intégrité de la base de données</translation>
    </message>
    <message>
        <source>import public-contract open data (DECP JSON, XML or CSV) in one transaction, optionally only some buyers&apos; or holders&apos; contracts, with a CSV report of what was accepted, merged or rejected</source>
        <translation>importer les données ouvertes des marchés publics (DECP en JSON, XML ou CSV) en une seule transaction, éventuellement les seuls contrats de certains acheteurs ou titulaires, avec un rapport CSV de ce qui a été accepté, fusionné ou rejeté</translation>
    </message>
    <message>
        <source>Vigie %1: audit of public-employment outsourcing and data breaches.</source>
        <translation>Vigie %1&#xa0;: audit de la sous-traitance du service public de l&apos;emploi et des fuites de données.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage&#xa0;:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 error (one line on standard error), 2 wrong usage.</source>
        <translation>Code de sortie&#xa0;: 0 succès, 1 erreur (une ligne sur la sortie d&apos;erreur standard), 2 mauvais usage.</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>usage&#xa0;:</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 demande une valeur</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument manquant</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Created %1 with the demo data (schema version %2).</source>
        <translation>%1 créé avec les données de démonstration (version du schéma %2).</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation>%1 créé (version du schéma %2).</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (expected %2)</source>
        <translation>table inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>missing --format</source>
        <translation>--format manquant</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected json or csv)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: json ou csv)</translation>
    </message>
    <message>
        <source>--separator applies to CSV only</source>
        <translation>--separator ne s&apos;applique qu&apos;au CSV</translation>
    </message>
    <message>
        <source>unknown separator &quot;%1&quot; (expected , ; or tab)</source>
        <translation>séparateur inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: , ; ou tab)</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 donné plusieurs fois</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out demande un nom de fichier</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another output file</source>
        <translation>%1 est la base de données elle-même&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %2 (%n problem(s))</source>
        <translation>
            <numerusform>%1 est endommagé&#xa0;: %2 (%n problème)</numerusform>
            <numerusform>%1 est endommagé&#xa0;: %2 (%n problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Vigie database, schema version %2 (this Vigie writes %3)</source>
        <translation>%1&#xa0;: base de données Vigie, version du schéma %2 (cette version de Vigie écrit le schéma %3)</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>intégrité&#xa0;: ok</translation>
    </message>
    <message>
        <source>no subcommand</source>
        <translation>aucune sous-commande</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>see vigie --help</source>
        <translation>voir vigie --help</translation>
    </message>
    <message>
        <source>list the backups of a database with what each holds, or replace the database with one of them (a path or its number in the list); the replaced database is kept as a backup too</source>
        <translation>lister les sauvegardes d&apos;une base de données avec le contenu de chacune, ou remplacer la base de données par l&apos;une d&apos;elles (un chemin ou son numéro dans la liste)&#xa0;; la base de données remplacée est elle aussi conservée en sauvegarde</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>give either --list or the backup to restore</source>
        <translation>indiquez soit --list, soit la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>%1 has no backups (they are kept in %2).</source>
        <translation>%1 n&apos;a aucune sauvegarde (elles sont conservées dans %2).</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>Sauvegardes de %1, les plus récentes en premier&#xa0;:</translation>
    </message>
    <message>
        <source>Restore one with: vigie restore --db %1 NUMBER</source>
        <translation>Pour en restaurer une&#xa0;: vigie restore --db %1 NUMBER</translation>
    </message>
    <message>
        <source>there is no backup number %1 of %2 (see vigie restore --db %2 --list)</source>
        <translation>%2 n&apos;a pas de sauvegarde numéro %1 (voir vigie restore --db %2 --list)</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <source>it holds: %1</source>
        <translation>elle contient&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds now: %2</source>
        <translation>%1 contient actuellement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>What it held before is kept in %1.</source>
        <translation>Son contenu précédent est conservé dans %1.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>%1 sauvegardé dans %2 (%3).</translation>
    </message>
    <message>
        <source>write a table (subcontractors, contracts, tasks, incidents, sources) as JSON or CSV, to standard output or FILE; --search keeps the contracts whose object or holders match TEXT, as the All public contracts page searches, most recent first</source>
        <translation>écrire une table (subcontractors, contracts, tasks, incidents, sources) en JSON ou CSV, sur la sortie standard ou dans FILE&#xa0;; --search ne garde que les marchés dont l&apos;objet ou les titulaires correspondent à TEXT, comme la recherche de la page Tous les marchés, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>--search applies to contracts only</source>
        <translation>--search ne s&apos;applique qu&apos;aux marchés (contracts)</translation>
    </message>
    <message>
        <source>--search needs a word of two letters or digits at least (got &quot;%1&quot;)</source>
        <translation>--search demande un mot d&apos;au moins deux lettres ou chiffres (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>cannot update the search index of %1: %2</source>
        <translation>impossible de mettre à jour l&apos;index de recherche de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>print the watch list (the groups whose new contracts an import flags), after adding or removing organisations, each given by its SIREN, SIRET, TVA or HORS-UE identifier or by its name, all or none</source>
        <translation>affiche la liste de veille (les groupes dont un import signale les nouveaux marchés), après y avoir ajouté ou retiré des organisations, chacune donnée par son identifiant SIREN, SIRET, TVA ou HORS-UE ou par son nom, tout ou rien</translation>
    </message>
    <message numerus="yes">
        <source>%n subsidiaries</source>
        <translation>
            <numerusform>%n filiale</numerusform>
            <numerusform>%n filiales</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation is watched: imports flag no contracts.</source>
        <translation>Aucune organisation n&apos;est en veille&#xa0;: les imports ne signalent aucun marché.</translation>
    </message>
    <message>
        <source>Watched (imports flag their new contracts and those of their subsidiaries):</source>
        <translation>En veille (les imports signalent leurs nouveaux marchés et ceux de leurs filiales)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is both added and removed</source>
        <translation>%1 est à la fois ajouté et retiré</translation>
    </message>
    <message>
        <source>back up a database now, keeping the newest N backups (by default as many as the Preferences keep, 10 unless changed)</source>
        <translation>sauvegarder une base de données maintenant, en gardant les N sauvegardes les plus récentes (par défaut autant que les Préférences en gardent, 10 sauf changement)</translation>
    </message>
    <message>
        <source>open the window on FILE (or the last database used); --read-only browses it and changes nothing</source>
        <translation>ouvrir la fenêtre sur FILE (ou la dernière base de données utilisée)&#xa0;; --read-only la parcourt sans rien y changer</translation>
    </message>
    <message>
        <source>the subcommands: vigie --help</source>
        <translation>les sous-commandes&#xa0;: vigie --help</translation>
    </message>
    <message>
        <source>unknown option --%1 (did you mean --%2?)</source>
        <translation>option inconnue --%1 (vouliez-vous dire --%2&#xa0;?)</translation>
    </message>
    <message>
        <source>--help is a command of its own</source>
        <translation>--help est une commande à part entière</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db demande un nom de fichier</translation>
    </message>
    <message>
        <source>these options open the window</source>
        <translation>ces options ouvrent la fenêtre</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;» (vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <source>--keep takes a number of backups from 1 to %1</source>
        <translation>--keep prend un nombre de sauvegardes de 1 à %1</translation>
    </message>
    <message>
        <source>draw a chart of the database without a display and export it as PNG, SVG or PDF, with the filter in words and the sources of its figures under it; a subcontractor is named by its identifier or by a name no other organisation has</source>
        <translation>tracer un graphique de la base de données sans écran et l&apos;exporter en PNG, SVG ou PDF, avec le filtre en toutes lettres et les sources de ses chiffres en dessous&#xa0;; un sous-traitant est désigné par son identifiant ou par un nom qu&apos;aucune autre organisation ne porte</translation>
    </message>
</context>
<context>
    <name>vigie::decp::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; (for %2) is not in the header row</source>
        <translation>la colonne «&#xa0;%1&#xa0;» (pour %2) n&apos;est pas dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no column for the contract id or the buyer id; the header row has: %1</source>
        <translation>aucune colonne pour l&apos;identifiant du contrat ou celui de l&apos;acheteur&#xa0;; la ligne d&apos;en-tête contient&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed (the file may be truncated)</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 MB; the file is probably not CSV</source>
        <translation>ligne %1&#xa0;: un champ dépasse %2 Mo&#xa0;; le fichier n&apos;est probablement pas du CSV</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=Header with FIELD one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme FIELD=Header, FIELD étant l&apos;un de %2</translation>
    </message>
</context>
<context>
    <name>vigie::decp::Fields</name>
    <message>
        <source>&quot;%1&quot; is not a CPV code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code CPV</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPV code (the check digit is one digit)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code CPV (la clé de contrôle fait un seul chiffre)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPV code (8 digits expected)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code CPV (8 chiffres attendus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount cannot be negative</source>
        <translation>«&#xa0;%1&#xa0;» est négatif&#xa0;; un montant ne peut pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un montant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date qui existe dans le calendrier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of months</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de mois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; months is negative</source>
        <translation>«&#xa0;%1&#xa0;» mois&#xa0;: durée négative</translation>
    </message>
    <message>
        <source>%1 months is not a plausible duration</source>
        <translation>%1 mois n&apos;est pas une durée plausible</translation>
    </message>
</context>
<context>
    <name>vigie::decp::JsonReader</name>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1, column %2 (byte %3): %4</source>
        <translation>ligne %1, colonne %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>record %1 is too large (over %2 MB of text); the file is probably damaged</source>
        <translation>l&apos;enregistrement %1 est trop grand (plus de %2 Mo de texte)&#xa0;; le fichier est probablement endommagé</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>texte inattendu après la fin du document JSON</translation>
    </message>
    <message>
        <source>invalid value (the file may be truncated or not JSON)</source>
        <translation>valeur invalide (le fichier est peut-être tronqué ou n&apos;est pas du JSON)</translation>
    </message>
    <message>
        <source>a member name is missing in an object</source>
        <translation>un nom de membre manque dans un objet</translation>
    </message>
    <message>
        <source>a colon is missing after a member name</source>
        <translation>un deux-points manque après un nom de membre</translation>
    </message>
    <message>
        <source>a comma or &apos;}&apos; is missing after an object member (the file may be truncated)</source>
        <translation>une virgule ou «&#xa0;}&#xa0;» manque après un membre d&apos;objet (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>a comma or &apos;]&apos; is missing after an array element (the file may be truncated)</source>
        <translation>une virgule ou «&#xa0;]&#xa0;» manque après un élément de tableau (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>séquence d&apos;échappement invalide dans une chaîne</translation>
    </message>
    <message>
        <source>a string is not closed (the file may be truncated)</source>
        <translation>une chaîne n&apos;est pas fermée (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>invalid encoding in a string</source>
        <translation>encodage invalide dans une chaîne</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON invalide</translation>
    </message>
</context>
<context>
    <name>vigie::decp::Record</name>
    <message>
        <source>a value was expected, not a list or object</source>
        <translation>une valeur était attendue, pas une liste ni un objet</translation>
    </message>
    <message>
        <source>the text looks mangled by a wrong encoding; kept as it is</source>
        <translation>le texte semble abîmé par un mauvais encodage&#xa0;; conservé tel quel</translation>
    </message>
    <message>
        <source>the text holds NUL characters, replaced by U+FFFD</source>
        <translation>le texte contient des caractères NUL, remplacés par U+FFFD</translation>
    </message>
    <message>
        <source>; amount unknown</source>
        <translation>; montant inconnu</translation>
    </message>
    <message>
        <source>amount 0 read as unknown</source>
        <translation>montant 0 lu comme inconnu</translation>
    </message>
    <message>
        <source>; date unknown</source>
        <translation>; date inconnue</translation>
    </message>
    <message>
        <source>; duration unknown</source>
        <translation>; durée inconnue</translation>
    </message>
    <message>
        <source>duration 0 read as unknown</source>
        <translation>durée 0 lue comme inconnue</translation>
    </message>
    <message>
        <source>a list was expected; ignored</source>
        <translation>une liste était attendue&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>; CPV code unknown</source>
        <translation>; code CPV inconnu</translation>
    </message>
    <message>
        <source>not a record (a value where a record was expected)</source>
        <translation>ce n&apos;est pas un enregistrement (une valeur là où un enregistrement était attendu)</translation>
    </message>
    <message>
        <source>concession contract: not imported</source>
        <translation>contrat de concession&#xa0;: non importé</translation>
    </message>
    <message>
        <source>no contract identifier</source>
        <translation>aucun identifiant de contrat</translation>
    </message>
    <message>
        <source>no buyer identifier</source>
        <translation>aucun identifiant d&apos;acheteur</translation>
    </message>
</context>
<context>
    <name>vigie::decp::XmlReader</name>
    <message>
        <source>line %1: record %2 is too large; the file is probably damaged</source>
        <translation>ligne %1&#xa0;: l&apos;enregistrement %2 est trop grand&#xa0;; le fichier est probablement endommagé</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>vigie::operations</name>
    <message>
        <source>cannot write the demo data in %1: %2</source>
        <translation>impossible d&apos;écrire les données de démonstration dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot back up %1 before importing: %2</source>
        <translation>impossible de sauvegarder %1 avant l&apos;import&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it</source>
        <translation>%1 est la base de données elle-même, pas une de ses sauvegardes</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>no organisation of %1 has the identifier or the name &quot;%2&quot;</source>
        <translation>aucune organisation de %1 n&apos;a l&apos;identifiant ou le nom «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations of %1 are called &quot;%2&quot;: give its SIREN, SIRET, TVA or HORS-UE identifier instead</source>
        <translation>
            <numerusform>%n organisation de %1 s&apos;appelle «&#xa0;%2&#xa0;»&#xa0;: donnez plutôt son identifiant SIREN, SIRET, TVA ou HORS-UE</numerusform>
            <numerusform>%n organisations de %1 s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;: donnez plutôt son identifiant SIREN, SIRET, TVA ou HORS-UE</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the watch list is unchanged</source>
        <translation>%1&#xa0;; la liste de veille est inchangée</translation>
    </message>
    <message>
        <source>cannot change the watch list of %1: %2</source>
        <translation>impossible de modifier la liste de veille de %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
