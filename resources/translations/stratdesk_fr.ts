<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>About stratdesk</source>
        <translation>À propos de stratdesk</translation>
    </message>
    <message>
        <source>stratdesk {version}</source>
        <translation>stratdesk {version}</translation>
    </message>
    <message>
        <source>A client&apos;s marketing plan in one file: strategy and operations, offline, printable.</source>
        <translation>Le plan marketing d’un client dans un seul fichier&#xa0;: stratégie et opérations, hors ligne, prêt à imprimer.</translation>
    </message>
</context>
<context>
    <name>Alignment</name>
    <message>
        <source>Serves no objective: link it to the objective it works for.</source>
        <translation>Ne sert aucun objectif&#xa0;: reliez-le à l’objectif pour lequel il travaille.</translation>
    </message>
    <message>
        <source>No action or campaign serves this objective yet.</source>
        <translation>Aucune action ni campagne ne sert encore cet objectif.</translation>
    </message>
    <message>
        <source>No KPI measures this objective: choose the KPI that shows it is reached.</source>
        <translation>Aucun KPI ne mesure cet objectif&#xa0;: choisissez le KPI qui montrera qu’il est atteint.</translation>
    </message>
    <message>
        <source>No target yet: set its target for each period.</source>
        <translation>Pas encore de cible&#xa0;: fixez sa cible pour chaque période.</translation>
    </message>
    <message>
        <source>Never measured: enter or import its measurements.</source>
        <translation>Jamais mesuré&#xa0;: saisissez ou importez ses mesures.</translation>
    </message>
    <message>
        <source>No measurement in the last two periods (the last on {day}).</source>
        <translation>Aucune mesure sur les deux dernières périodes (la dernière le {day}).</translation>
    </message>
    <message>
        <source>A target segment that no campaign reaches.</source>
        <translation>Un segment cible qu’aucune campagne n’atteint.</translation>
    </message>
    <message>
        <source>A target segment without a positioning statement.</source>
        <translation>Un segment cible sans énoncé de positionnement.</translation>
    </message>
    <message>
        <source>Aimed at “{segment}”, a segment not targeted: {actual} spent ({planned} planned).</source>
        <translation>Vise «&#xa0;{segment}&#xa0;», segment non ciblé&#xa0;: {actual} dépensés ({planned} prévus).</translation>
    </message>
    <message>
        <source>Its KPI “{kpi}” is off track, and nothing is planned for it in the coming quarter.</source>
        <translation>Son KPI «&#xa0;{kpi}&#xa0;» est hors trajectoire, et rien n’est prévu pour lui au trimestre qui vient.</translation>
    </message>
    <message>
        <source>Past its end ({day}) and not done.</source>
        <translation>Échéance dépassée ({day}) et non terminée.</translation>
    </message>
    <message>
        <source>Spent {actual} of the {planned} planned: over by {excess}.</source>
        <translation>{actual} dépensés sur {planned} prévus&#xa0;: dépassement de {excess}.</translation>
    </message>
    <message>
        <source>Actions that serve no objective</source>
        <translation>Actions qui ne servent aucun objectif</translation>
    </message>
    <message>
        <source>Campaigns that serve no objective</source>
        <translation>Campagnes qui ne servent aucun objectif</translation>
    </message>
    <message>
        <source>Objectives with no action or campaign</source>
        <translation>Objectifs sans action ni campagne</translation>
    </message>
    <message>
        <source>Objectives with no KPI</source>
        <translation>Objectifs sans KPI</translation>
    </message>
    <message>
        <source>KPIs without a target</source>
        <translation>KPI sans cible</translation>
    </message>
    <message>
        <source>KPIs not measured lately</source>
        <translation>KPI non mesurés récemment</translation>
    </message>
    <message>
        <source>Target segments without a campaign</source>
        <translation>Segments cibles sans campagne</translation>
    </message>
    <message>
        <source>Target segments without a positioning</source>
        <translation>Segments cibles sans positionnement</translation>
    </message>
    <message>
        <source>Campaigns aimed at a segment not targeted</source>
        <translation>Campagnes visant un segment non ciblé</translation>
    </message>
    <message>
        <source>KPIs off track with nothing planned</source>
        <translation>KPI hors trajectoire sans rien de prévu</translation>
    </message>
    <message>
        <source>Roadmap initiatives past their end</source>
        <translation>Initiatives de la feuille de route en retard</translation>
    </message>
    <message>
        <source>Objectives over budget</source>
        <translation>Objectifs au-delà du budget</translation>
    </message>
    <message>
        <source>Channels and Ps over budget</source>
        <translation>Canaux et P au-delà du budget</translation>
    </message>
</context>
<context>
    <name>AlignmentPage</name>
    <message>
        <source>Go to</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Mix actions</source>
        <translation>Actions du mix</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>AlignmentView</name>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Where the chain from strategy to results breaks: actions with no objective, objectives with no KPI, target segments no campaign reaches… Each finding opens the place to fix it.</source>
        <translation>Là où la chaîne de la stratégie aux résultats se rompt&#xa0;: actions sans objectif, objectifs sans KPI, segments cibles qu’aucune campagne n’atteint… Chaque constat ouvre l’endroit où le corriger.</translation>
    </message>
    <message>
        <source>Filter: a word of an item (Ctrl+F)</source>
        <translation>Filtrer&#xa0;: un mot d’un élément (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open objectives only</source>
        <translation>Objectifs en cours seulement</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Filtrer l’arbre</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>Répartition du budget</translation>
    </message>
    <message>
        <source>{n} findings: each one says what to fix; “Go to” opens it.</source>
        <translation>{n} constats&#xa0;: chacun dit quoi corriger&#xa0;; «&#xa0;Ouvrir&#xa0;» y mène.</translation>
    </message>
    <message>
        <source>No objective yet: the chain starts with them. Set the plan&apos;s objectives on the Objectives page, then link actions, campaigns and KPIs to them.</source>
        <translation>Pas encore d’objectif&#xa0;: la chaîne commence par eux. Fixez les objectifs du plan sur la page Objectifs, puis reliez-y actions, campagnes et KPI.</translation>
    </message>
    <message>
        <source>Nothing to fix: every action serves an objective, every objective is measured, every target segment is reached.</source>
        <translation>Rien à corriger&#xa0;: chaque action sert un objectif, chaque objectif est mesuré, chaque segment cible est atteint.</translation>
    </message>
    <message>
        <source>Findings ({n})</source>
        <translation>Constats ({n})</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>SWOT items: {n}</source>
        <translation>éléments SWOT&#xa0;: {n}</translation>
    </message>
    <message>
        <source>objectives: {n}</source>
        <translation>objectifs&#xa0;: {n}</translation>
    </message>
    <message>
        <source>actions: {n}</source>
        <translation>actions&#xa0;: {n}</translation>
    </message>
    <message>
        <source>campaigns: {n}</source>
        <translation>campagnes&#xa0;: {n}</translation>
    </message>
    <message>
        <source>KPIs: {n}</source>
        <translation>KPI&#xa0;: {n}</translation>
    </message>
    <message>
        <source>measurements: {n}</source>
        <translation>mesures&#xa0;: {n}</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size}&#xa0;ko</translation>
    </message>
</context>
<context>
    <name>BudgetChartView</name>
    <message>
        <source>Budget chart</source>
        <translation>Graphique du budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Mix: {p}</source>
        <translation>Mix&#xa0;: {p}</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sans segment</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Campaigns planned</source>
        <translation>Campagnes (prévu)</translation>
    </message>
    <message>
        <source>Campaigns actual</source>
        <translation>Campagnes (réel)</translation>
    </message>
    <message>
        <source>Mix planned</source>
        <translation>Mix (prévu)</translation>
    </message>
    <message>
        <source>Mix actual</source>
        <translation>Mix (réel)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Channel or P</source>
        <translation>Canal ou P</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>P of the mix</source>
        <translation>P du mix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Over by {amount}</source>
        <translation>Dépassement de {amount}</translation>
    </message>
    <message>
        <source>{amount} left</source>
        <translation>Reste {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Group the budget by</source>
        <translation>Regrouper le budget par</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>By objective</source>
        <translation>Par objectif</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Par segment</translation>
    </message>
    <message>
        <source>By P of the mix</source>
        <translation>Par P du mix</translation>
    </message>
    <message>
        <source>Campaign budgets, planned and actual alike, are spread over the months a campaign runs in proportion to its days there; mix actions count in the month they are due, undated ones under “No date”.</source>
        <translation>Les budgets des campagnes, prévus comme réels, sont répartis sur les mois où elles se déroulent, au prorata de leurs jours&#xa0;; les actions du mix comptent dans le mois de leur échéance, celles sans date sous «&#xa0;Sans date&#xa0;».</translation>
    </message>
    <message>
        <source>Budget table</source>
        <translation>Tableau du budget</translation>
    </message>
    <message>
        <source>Planned {planned} · actual {actual} · {left}</source>
        <translation>Prévu {planned} · réel {actual} · {left}</translation>
    </message>
    <message>
        <source>{name} (over by {amount})</source>
        <translation>{name} (dépassement de {amount})</translation>
    </message>
    <message>
        <source>Actual spending exceeds the plan: {items}.</source>
        <translation>Les dépenses réelles dépassent le prévu&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>And {count} more.</source>
        <translation>Et {count} de plus.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Channel: {value}</source>
        <translation>Canal&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Objective: {value}</source>
        <translation>Objectif&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Segment: {value}</source>
        <translation>Segment&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Planned budget: {value}</source>
        <translation>Budget prévu&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Actual spend: {value}</source>
        <translation>Dépense réelle&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>Statut&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{client} — {plan}: campaigns</source>
        <translation>{client} — {plan}&#xa0;: campagnes</translation>
    </message>
    <message>
        <source>Export the campaigns as a calendar</source>
        <translation>Exporter les campagnes en calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the campaigns…</source>
        <translation>Export des campagnes…</translation>
    </message>
    <message>
        <source>1 campaign written to {path}</source>
        <translation>1 campagne écrite dans {path}</translation>
    </message>
    <message>
        <source>{n} campaigns written to {path}</source>
        <translation>{n} campagnes écrites dans {path}</translation>
    </message>
</context>
<context>
    <name>CalendarNavBar</name>
    <message>
        <source>Go to</source>
        <translation>Aller au</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Aller à une date</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Show this view ({key})</source>
        <translation>Afficher cette vue ({key})</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Close the details (Escape)</source>
        <translation>Fermer le détail (Échap)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Fermer le détail</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>KPIs this campaign moves</source>
        <translation>KPI sur lesquels agit cette campagne</translation>
    </message>
    <message>
        <source>The plan has no KPIs yet: add them on the KPIs page.</source>
        <translation>Le plan n’a pas encore de KPI&#xa0;: ajoutez-les sur la page KPI.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>No experiment runs in this campaign yet.</source>
        <translation>Aucune expérimentation ne se déroule encore dans cette campagne.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Dates (first and last day)</source>
        <translation>Dates (premier et dernier jour)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target segment</source>
        <translation>Segment cible</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Dépense réelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>KPIs it moves</source>
        <translation>KPI sur lesquels elle agit</translation>
    </message>
    <message>
        <source>Experiments run in it</source>
        <translation>Expérimentations menées dans cette campagne</translation>
    </message>
    <message>
        <source>— No objective —</source>
        <translation>— Aucun objectif —</translation>
    </message>
    <message>
        <source>— No segment —</source>
        <translation>— Aucun segment —</translation>
    </message>
    <message>
        <source>⚠ Actual spend is over the plan by {amount}.</source>
        <translation>⚠ La dépense réelle dépasse le prévu de {amount}.</translation>
    </message>
</context>
<context>
    <name>CampaignIntents</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Ajouter une campagne</translation>
    </message>
    <message>
        <source>Move campaign</source>
        <translation>Déplacer la campagne</translation>
    </message>
    <message>
        <source>Change the campaign&apos;s dates</source>
        <translation>Modifier les dates de la campagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Change the KPIs a campaign moves</source>
        <translation>Modifier les KPI d’une campagne</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sans segment</translation>
    </message>
    <message>
        <source>Showing {shown} of 1 campaign.</source>
        <translation>Campagnes affichées&#xa0;: {shown} sur 1.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} campaigns.</source>
        <translation>Campagnes affichées&#xa0;: {shown} sur {total}.</translation>
    </message>
    <message>
        <source>1 campaign.</source>
        <translation>1 campagne.</translation>
    </message>
    <message>
        <source>{total} campaigns. Click a column title to sort.</source>
        <translation>{total} campagnes. Cliquez sur le titre d’une colonne pour trier.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Over the planned budget by {amount}</source>
        <translation>Dépasse le budget prévu de {amount}</translation>
    </message>
</context>
<context>
    <name>CampaignTooltip</name>
    <message>
        <source>{start} – {end} · {channel}</source>
        <translation>du {start} au {end} · {channel}</translation>
    </message>
    <message>
        <source>Planned {planned}, spent {actual} · {status}</source>
        <translation>Prévu {planned}, dépensé {actual} · {status}</translation>
    </message>
</context>
<context>
    <name>CampaignsPageView</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>The campaigns on a calendar: channel, dates, planned and actual budgets, and the segment and objective each one serves. Drag across days to plan one.</source>
        <translation>Les campagnes sur un calendrier&#xa0;: canal, dates, budgets prévus et réels, et le segment et l’objectif que chacune sert. Faites glisser sur des jours pour en planifier une.</translation>
    </message>
    <message>
        <source>No campaigns yet. Drag across days in the month to plan the first one, or &lt;a href=&apos;add&apos;&gt;add a campaign&lt;/a&gt; (Ctrl+N).</source>
        <translation>Pas encore de campagne. Faites glisser sur des jours du mois pour planifier la première, ou &lt;a href=&apos;add&apos;&gt;ajoutez une campagne&lt;/a&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Ajouter une campagne</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <source>Save the campaigns as an .ics calendar file</source>
        <translation>Enregistrer les campagnes dans un fichier de calendrier .ics</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>No campaigns in this plan.</source>
        <translation>Aucune campagne dans ce plan.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} votes</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Enter: edit. Delete: delete. Ctrl+Up/Down: reorder. Ctrl+Left/Right or Alt+number: move to another list. Insert: add.</source>
        <translation>Entrée&#xa0;: modifier. Suppr&#xa0;: supprimer. Ctrl+Haut/Bas&#xa0;: réordonner. Ctrl+Gauche/Droite ou Alt+chiffre&#xa0;: déplacer vers une autre liste. Inser&#xa0;: ajouter.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Build, run and print a client&apos;s marketing plan.</source>
        <translation>Construire, piloter et imprimer le plan marketing d’un client.</translation>
    </message>
    <message>
        <source>plan file to open</source>
        <translation>fichier de plan à ouvrir</translation>
    </message>
    <message>
        <source>open the demo plan</source>
        <translation>ouvrir le plan de démonstration</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>langue de l’interface</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>write the demo plan to FILE</source>
        <translation>écrire le plan de démonstration dans FILE</translation>
    </message>
    <message>
        <source>language of the demo plan</source>
        <translation>langue du plan de démonstration</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation>créer un fichier de plan vide</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>plan title</source>
        <translation>titre du plan</translation>
    </message>
    <message>
        <source>horizon in years</source>
        <translation>horizon en années</translation>
    </message>
    <message>
        <source>language of the plan</source>
        <translation>langue du plan</translation>
    </message>
    <message>
        <source>identify and integrity-check FILE</source>
        <translation>identifier FILE et vérifier son intégrité</translation>
    </message>
    <message>
        <source>render every workspace page to PNG</source>
        <translation>enregistrer chaque page des espaces de travail en PNG</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Demo plan written to {path}</source>
        <translation>Plan de démonstration écrit dans {path}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Marketing plan {start}–{end}</source>
        <translation>Plan marketing {start}–{end}</translation>
    </message>
    <message>
        <source>Plan file created: {path}</source>
        <translation>Fichier de plan créé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Fichier introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <source>import data into a plan file</source>
        <translation>importer des données dans un fichier de plan</translation>
    </message>
    <message>
        <source>import a KPI&apos;s measurements from a CSV or XLSX file</source>
        <translation>importer les mesures d’un KPI depuis un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>write a plan to another format (calendar…)</source>
        <translation>écrire un plan dans un autre format (calendrier…)</translation>
    </message>
    <message>
        <source>plan file</source>
        <translation>fichier de plan</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>Unknown export: {kind}</source>
        <translation>Export inconnu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>1 campaign written to {path}</source>
        <translation>1 campagne écrite dans {path}</translation>
    </message>
    <message>
        <source>{n} campaigns written to {path}</source>
        <translation>{n} campagnes écrites dans {path}</translation>
    </message>
    <message>
        <source>the campaigns as an iCalendar file (.ics)</source>
        <translation>les campagnes dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>language of the document (default: the plan&apos;s)</source>
        <translation>langue du document (par défaut, celle du plan)</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>format du papier</translation>
    </message>
    <message>
        <source>sections to print, comma-separated, among: {keys}</source>
        <translation>sections à imprimer, séparées par des virgules, parmi&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>only the cover and the one-page strategy summary</source>
        <translation>seulement la couverture et la synthèse de la stratégie sur une page</translation>
    </message>
    <message>
        <source>PDF of 1 page written to {path}</source>
        <translation>PDF d’une page écrit dans {path}</translation>
    </message>
    <message>
        <source>PDF of {pages} pages written to {path}</source>
        <translation>PDF de {pages} pages écrit dans {path}</translation>
    </message>
    <message>
        <source>the plan as a PDF to print or send</source>
        <translation>le plan en PDF, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <source>Workbook of {sheets} sheets written to {path}</source>
        <translation>Classeur de {sheets} feuilles écrit dans {path}</translation>
    </message>
    <message>
        <source>the plan as a workbook (.xlsx), one sheet per area</source>
        <translation>le plan en classeur (.xlsx), une feuille par domaine</translation>
    </message>
    <message>
        <source>CSV or XLSX file of dates and values</source>
        <translation>fichier CSV ou XLSX de dates et de valeurs</translation>
    </message>
    <message>
        <source>the KPI (needed if the plan has several)</source>
        <translation>le KPI (obligatoire si le plan en a plusieurs)</translation>
    </message>
    <message>
        <source>the dates&apos; column: its name or number (from 1)</source>
        <translation>la colonne des dates&#xa0;: son nom ou son numéro (à partir de 1)</translation>
    </message>
    <message>
        <source>the values&apos; column: its name or number (from 1)</source>
        <translation>la colonne des valeurs&#xa0;: son nom ou son numéro (à partir de 1)</translation>
    </message>
    <message>
        <source>the source stored with each value (default: the file&apos;s name)</source>
        <translation>la source enregistrée avec chaque valeur (par défaut&#xa0;: le nom du fichier)</translation>
    </message>
    <message>
        <source>the decimal separator, when the file does not settle it (1.200: 1200 or 1.2?)</source>
        <translation>le séparateur décimal, quand le fichier ne le dit pas (1.200&#xa0;: 1200 ou 1,2&#xa0;?)</translation>
    </message>
    <message>
        <source>leave out the rows without a value (empty, n/a, --) instead of refusing</source>
        <translation>laisser de côté les lignes sans valeur (vides, n/a, --) au lieu de refuser l’import</translation>
    </message>
    <message>
        <source>days that already have a value from another source: replace it, keep both, or skip those days (default: skip)</source>
        <translation>jours qui ont déjà une valeur d’une autre source&#xa0;: la remplacer (replace), garder les deux (keep) ou ignorer ces jours (skip, par défaut)</translation>
    </message>
    <message>
        <source>the values are this input of the KPI&apos;s formula (clicks, impressions…)</source>
        <translation>les valeurs sont cette donnée de la formule du KPI (clics, impressions…)</translation>
    </message>
    <message>
        <source>create the KPI named by --kpi when the plan has none of that name</source>
        <translation>créer le KPI nommé par --kpi quand le plan n’en a aucun de ce nom</translation>
    </message>
    <message>
        <source>the new KPI&apos;s unit (with --create)</source>
        <translation>l’unité du nouveau KPI (avec --create)</translation>
    </message>
    <message>
        <source>the new KPI&apos;s period of targets (with --create)</source>
        <translation>la période des cibles du nouveau KPI (avec --create)</translation>
    </message>
    <message>
        <source>how the new KPI&apos;s measurements make a period&apos;s actual (with --create)</source>
        <translation>comment les mesures du nouveau KPI font le réel d’une période (avec --create)</translation>
    </message>
    <message>
        <source>This plan has no KPI yet: add one first.</source>
        <translation>Ce plan n’a encore aucun KPI&#xa0;: ajoutez-en un d’abord.</translation>
    </message>
    <message>
        <source>Which KPI? Give --kpi NAME; this plan&apos;s KPIs are {names}.</source>
        <translation>Quel KPI&#xa0;? Indiquez --kpi NOM&#xa0;; les KPI de ce plan sont&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>No KPI is called “{name}”; this plan&apos;s KPIs are {names}.</source>
        <translation>Aucun KPI ne s’appelle «&#xa0;{name}&#xa0;»&#xa0;; les KPI de ce plan sont&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Name the KPI to create with --kpi NAME.</source>
        <translation>Nommez le KPI à créer avec --kpi NOM.</translation>
    </message>
    <message>
        <source>Importing… {percent}%</source>
        <translation>Importation… {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Give --skip-blank to import the other rows.</source>
        <translation>Ajoutez --skip-blank pour importer les autres lignes.</translation>
    </message>
    <message>
        <source>Give --decimal , or --decimal . to say which.</source>
        <translation>Précisez-le avec --decimal , ou --decimal .</translation>
    </message>
    <message>
        <source>KPI created: {name}</source>
        <translation>KPI créé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Unknown import: {kind}</source>
        <translation>Import inconnu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>list or restore the automatic backups of FILE</source>
        <translation>lister ou restaurer les sauvegardes automatiques de FILE</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>lister les sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>the backup to restore (default: the newest sound one)</source>
        <translation>la sauvegarde à restaurer (par défaut&#xa0;: la plus récente qui est saine)</translation>
    </message>
    <message>
        <source>No automatic backup of “{name}” was found.</source>
        <translation>Aucune sauvegarde automatique de «&#xa0;{name}&#xa0;» n’a été trouvée.</translation>
    </message>
    <message>
        <source>“{name}” was restored from the backup of {date}.</source>
        <translation>«&#xa0;{name}&#xa0;» a été restauré à partir de la sauvegarde du {date}.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as “{aside}”.</source>
        <translation>Le fichier remplacé a été conservé sous le nom «&#xa0;{aside}&#xa0;».</translation>
    </message>
    <message>
        <source>“{path}” is a folder: give the plan a file name, such as {example}.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier&#xa0;: donnez un nom de fichier au plan, par exemple {example}.</translation>
    </message>
    <message>
        <source>(“{suffix}” added: plan files end with it)</source>
        <translation>(«&#xa0;{suffix}&#xa0;» ajouté&#xa0;: c’est l’extension des fichiers de plan)</translation>
    </message>
    <message>
        <source>the window needs a display and none was found (DISPLAY and WAYLAND_DISPLAY are not set): to get every page of a plan as PNG pictures without one, run “stratdesk screenshots FILE -o FOLDER”.</source>
        <translation>la fenêtre a besoin d’un écran et aucun n’a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;: pour obtenir sans écran chaque page d’un plan en images PNG, lancez «&#xa0;stratdesk screenshots FICHIER -o DOSSIER&#xa0;».</translation>
    </message>
    <message>
        <source>Commands (stratdesk COMMAND --help for each):</source>
        <translation>Commandes (stratdesk COMMANDE --help pour chacune)&#xa0;:</translation>
    </message>
    <message>
        <source>list where the chain from strategy to results breaks</source>
        <translation>lister où la chaîne de la stratégie aux résultats se rompt</translation>
    </message>
    <message>
        <source>print each objective and KPI with its figures</source>
        <translation>afficher chaque objectif et chaque KPI avec ses chiffres</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>language of the text</source>
        <translation>langue du texte</translation>
    </message>
    <message>
        <source>No finding: the chain from strategy to results holds.</source>
        <translation>Aucun constat&#xa0;: la chaîne de la stratégie aux résultats tient.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>ColourCombo</name>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
</context>
<context>
    <name>CombinedView</name>
    <message>
        <source>KPIs to compare</source>
        <translation>KPI à comparer</translation>
    </message>
    <message>
        <source>{name} (lower is better)</source>
        <translation>{name} (à minimiser)</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>This plan is open read-only: it cannot be changed.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: il ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>CompetitorsModel</name>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Part %</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
</context>
<context>
    <name>CompetitorsPanel</name>
    <message>
        <source>Add competitor</source>
        <translation>Ajouter un concurrent</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Weaknesses → SWOT opportunity</source>
        <translation>Faiblesses → opportunité SWOT</translation>
    </message>
    <message>
        <source>Strengths → SWOT threat</source>
        <translation>Forces → menace SWOT</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; click a column title to sort.</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#xa0;; cliquez sur un titre de colonne pour trier.</translation>
    </message>
    <message>
        <source>No competitors yet. Add the three to five brands the client&apos;s customers compare it with (Ctrl+N).</source>
        <translation>Aucun concurrent pour l’instant. Ajoutez les trois à cinq marques auxquelles la clientèle compare votre client (Ctrl+N).</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>Nouveau concurrent</translation>
    </message>
    <message>
        <source>Delete competitor</source>
        <translation>Supprimer le concurrent</translation>
    </message>
    <message>
        <source>{name}: {insight}</source>
        <translation>{name}&#xa0;: {insight}</translation>
    </message>
    <message>
        <source>Send competitor to SWOT as threat</source>
        <translation>Ajouter le concurrent au SWOT comme menace</translation>
    </message>
    <message>
        <source>Send competitor to SWOT as opportunity</source>
        <translation>Ajouter le concurrent au SWOT comme opportunité</translation>
    </message>
    <message>
        <source>Edit competitor</source>
        <translation>Modifier le concurrent</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>stratdesk ran into an unexpected problem: {what}</source>
        <translation>stratdesk a rencontré un problème inattendu&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Your plan is safe: every change was saved when you made it, and Undo still works. The details are in {path}.</source>
        <translation>Votre plan est en sécurité&#xa0;: chaque modification a été enregistrée au moment où vous l’avez faite, et Annuler fonctionne toujours. Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Problems logged since this message: {count}.</source>
        <translation>Problèmes consignés depuis ce message&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>CriteriaActions</name>
    <message>
        <source>Add attractiveness criterion</source>
        <translation>Ajouter un critère d’attrait</translation>
    </message>
    <message>
        <source>Add strength criterion</source>
        <translation>Ajouter un critère de force</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Renommer le critère</translation>
    </message>
    <message>
        <source>◀ Move criterion</source>
        <translation>◀ Déplacer le critère</translation>
    </message>
    <message>
        <source>Move criterion ▶</source>
        <translation>Déplacer le critère ▶</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Supprimer le critère</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Type a date as {pattern} or {iso}, or pick it on the calendar.</source>
        <translation>Tapez une date sous la forme {pattern} ou {iso}, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Type a date as {pattern}.</source>
        <translation>Tapez une date sous la forme {pattern}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {pattern} or {iso}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: tapez-la sous la forme {pattern} ou {iso}.</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>“{text}” is not a date: there is no month {month}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: il n’y a pas de mois {month}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write the year with four digits.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: écrivez l’année avec quatre chiffres.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: {month} {year} has {days} days.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: {month} {year} compte {days}&#xa0;jours.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo plan is not available in this language: {language}.</source>
        <translation>Le plan de démonstration n’existe pas dans cette langue&#xa0;: {language}.</translation>
    </message>
    <message>
        <source>“{name}” already exists: the demo plan is only written to a new file.</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà&#xa0;: le plan de démonstration ne s’écrit que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>The demo plan could not be written to “{name}”: {reason}</source>
        <translation>Le plan de démonstration n’a pas pu être écrit dans «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Specialty coffee roasting</source>
        <translation>Torréfaction de café de spécialité</translation>
    </message>
    <message>
        <source>Marketing plan {start}–{end}</source>
        <translation>Plan marketing {start}–{end}</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Abonnements actifs</translation>
    </message>
    <message>
        <source>Paying subscriptions at the end of the month; an office counts as one.</source>
        <translation>Abonnements payants en fin de mois&#xa0;; un bureau compte pour un.</translation>
    </message>
    <message>
        <source>Website sessions</source>
        <translation>Visites du site</translation>
    </message>
    <message>
        <source>Visits to the shop website in the month.</source>
        <translation>Visites de la boutique en ligne dans le mois.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Share of website visits that end in an order.</source>
        <translation>Part des visites du site qui se terminent par une commande.</translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation>Coût d’acquisition client</translation>
    </message>
    <message>
        <source>Marketing spend divided by the number of new subscribers.</source>
        <translation>Dépenses marketing divisées par le nombre de nouveaux abonnés.</translation>
    </message>
    <message>
        <source>Return on ad spend</source>
        <translation>Retour sur dépenses publicitaires</translation>
    </message>
    <message>
        <source>Revenue from ads divided by what they cost.</source>
        <translation>Chiffre d’affaires issu des publicités divisé par leur coût.</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Monthly survey of subscribers: promoters minus detractors.</source>
        <translation>Enquête mensuelle auprès des abonnés&#xa0;: promoteurs moins détracteurs.</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>Part de voix</translation>
    </message>
    <message>
        <source>Our mentions in the press and on social media, out of the market&apos;s.</source>
        <translation>Nos mentions dans la presse et sur les réseaux sociaux, rapportées à celles du marché.</translation>
    </message>
    <message>
        <source>Reach {count} active subscriptions from remote workers and small offices by the end of {year}.</source>
        <translation>Atteindre {count} abonnements actifs de télétravailleurs et de petits bureaux d’ici la fin de {year}.</translation>
    </message>
    <message>
        <source>Bring the cost of winning an office or remote-worker subscriber down to {amount} by the end of {year}.</source>
        <translation>Ramener à {amount} le coût d’acquisition d’un abonné bureau ou télétravailleur d’ici fin {year}.</translation>
    </message>
    <message>
        <source>Reach a Net Promoter Score of {score} among subscribers by the end of {year}.</source>
        <translation>Atteindre un Net Promoter Score de {score} auprès des abonnés d’ici la fin de {year}.</translation>
    </message>
    <message>
        <source>Convert 3.2% of website visits into orders by the end of {year}.</source>
        <translation>Transformer 3,2&#xa0;% des visites du site en commandes d’ici fin {year}.</translation>
    </message>
    <message>
        <source>Sign up 40 offices by the end of {year}.</source>
        <translation>Faire souscrire 40 bureaux d’ici fin {year}.</translation>
    </message>
    <message>
        <source>Offices subscribed</source>
        <translation>Bureaux abonnés</translation>
    </message>
    <message>
        <source>Earn 4 euros of sales for every euro of advertising by the end of {year}.</source>
        <translation>Réaliser 4 euros de ventes pour chaque euro de publicité d’ici fin {year}.</translation>
    </message>
    <message>
        <source>Win a quarter of new subscribers through referrals by the end of {year}.</source>
        <translation>Gagner un quart des nouveaux abonnés par le parrainage d’ici fin {year}.</translation>
    </message>
    <message>
        <source>New subscribers from referrals (%)</source>
        <translation>Nouveaux abonnés venus du parrainage (%)</translation>
    </message>
    <message>
        <source>Answer 95% of complaints within 24 hours from mid-{year}.</source>
        <translation>Répondre à 95&#xa0;% des réclamations sous 24 heures dès la mi-{year}.</translation>
    </message>
    <message>
        <source>Complaints answered within 24 hours (%)</source>
        <translation>Réclamations traitées sous 24 heures (%)</translation>
    </message>
    <message>
        <source>Keep 85% of subscribers after six months by {year}.</source>
        <translation>Garder 85&#xa0;% des abonnés après six mois d’ici {year}.</translation>
    </message>
    <message>
        <source>Subscribers still active after six months (%)</source>
        <translation>Abonnés encore actifs après six mois (%)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Design the subscription offer</source>
        <translation>Concevoir l’offre d’abonnement</translation>
    </message>
    <message>
        <source>Three tiers, delivery rhythm, pause and cancellation rules.</source>
        <translation>Trois formules, rythme de livraison, règles de pause et de résiliation.</translation>
    </message>
    <message>
        <source>Rebuild the website for subscriptions</source>
        <translation>Refaire le site pour les abonnements</translation>
    </message>
    <message>
        <source>New shop with recurring payments and a customer account.</source>
        <translation>Nouvelle boutique avec paiement récurrent et compte client.</translation>
    </message>
    <message>
        <source>Subscription launch</source>
        <translation>Lancement de l’abonnement</translation>
    </message>
    <message>
        <source>Opening night with a live online cupping.</source>
        <translation>Soirée de lancement avec une dégustation en direct en ligne.</translation>
    </message>
    <message>
        <source>Pilot with five Lyon offices</source>
        <translation>Pilote avec cinq bureaux lyonnais</translation>
    </message>
    <message>
        <source>Free first month in exchange for feedback and a testimonial.</source>
        <translation>Premier mois offert en échange d’avis et d’un témoignage.</translation>
    </message>
    <message>
        <source>Producer stories content series</source>
        <translation>Série de contenus «&#xa0;Histoires de producteurs&#xa0;»</translation>
    </message>
    <message>
        <source>One story a month from our partner cooperatives.</source>
        <translation>Une histoire par mois de nos coopératives partenaires.</translation>
    </message>
    <message>
        <source>Optimise paid acquisition</source>
        <translation>Optimiser l’acquisition payante</translation>
    </message>
    <message>
        <source>Cut the cost per subscriber with better targeting and pages.</source>
        <translation>Réduire le coût par abonné grâce à un meilleur ciblage et de meilleures pages.</translation>
    </message>
    <message>
        <source>Hire a freelance salesperson for offices</source>
        <translation>Recruter un commercial indépendant pour les bureaux</translation>
    </message>
    <message>
        <source>Two days a week, paid partly on commission.</source>
        <translation>Deux jours par semaine, rémunéré en partie à la commission.</translation>
    </message>
    <message>
        <source>Launch the referral programme</source>
        <translation>Lancer le programme de parrainage</translation>
    </message>
    <message>
        <source>Subscribers invite their friends; both get a free bag.</source>
        <translation>Les abonnés invitent leurs amis&#xa0;; chacun reçoit un sachet offert.</translation>
    </message>
    <message>
        <source>Zero-waste office kit</source>
        <translation>Kit bureau zéro déchet</translation>
    </message>
    <message>
        <source>Bulk bags, a grinder on loan and a refill box.</source>
        <translation>Sacs en vrac, un moulin prêté et une boîte de recharge.</translation>
    </message>
    <message>
        <source>Loyalty programme launch</source>
        <translation>Lancement du programme de fidélité</translation>
    </message>
    <message>
        <source>Points for every month, rewards from the roastery.</source>
        <translation>Des points chaque mois, des récompenses de la brûlerie.</translation>
    </message>
    <message>
        <source>Answer every complaint within 24 hours</source>
        <translation>Répondre à chaque réclamation sous 24 heures</translation>
    </message>
    <message>
        <source>A shared inbox, reply templates and a weekly review of complaints.</source>
        <translation>Une boîte de réception partagée, des modèles de réponse et une revue hebdomadaire des réclamations.</translation>
    </message>
    <message>
        <source>Yearly subscriber survey</source>
        <translation>Enquête annuelle auprès des abonnés</translation>
    </message>
    <message>
        <source>Net Promoter Score asked of every subscriber.</source>
        <translation>Net Promoter Score demandé à chaque abonné.</translation>
    </message>
    <message>
        <source>Cost per subscriber at its target</source>
        <translation>Coût par abonné à son objectif</translation>
    </message>
    <message>
        <source>The cost of winning a subscriber is down to its target.</source>
        <translation>Le coût d’acquisition d’un abonné atteint son objectif.</translation>
    </message>
    <message>
        <source>Roastery open days</source>
        <translation>Journées portes ouvertes à la brûlerie</translation>
    </message>
    <message>
        <source>Subscribers visit the roastery and meet a producer twice a year.</source>
        <translation>Deux fois par an, les abonnés visitent la brûlerie et rencontrent un producteur.</translation>
    </message>
    <message>
        <source>Open offices in Grenoble and Saint-Étienne</source>
        <translation>Conquérir les bureaux de Grenoble et Saint-Étienne</translation>
    </message>
    <message>
        <source>Same office offer, delivered by regional courier.</source>
        <translation>Même offre bureaux, livrée par coursier régional.</translation>
    </message>
    <message>
        <source>{count} active subscriptions</source>
        <translation>{count} abonnements actifs</translation>
    </message>
    <message>
        <source>The plan&apos;s main objective is reached.</source>
        <translation>L’objectif principal du plan est atteint.</translation>
    </message>
    <message>
        <source>Monthly origin box for remote workers</source>
        <translation>Box mensuelle d’origine pour les télétravailleurs</translation>
    </message>
    <message>
        <source>A 250 g bag of a new origin every month, with tasting notes.</source>
        <translation>Un sachet de 250 g d’une nouvelle origine chaque mois, avec notes de dégustation.</translation>
    </message>
    <message>
        <source>Compostable packaging</source>
        <translation>Emballages compostables</translation>
    </message>
    <message>
        <source>Replace the foil-lined bags with certified compostable ones.</source>
        <translation>Remplacer les sachets doublés d’aluminium par des sachets compostables certifiés.</translation>
    </message>
    <message>
        <source>1 kg bulk bags for offices</source>
        <translation>Sacs vrac de 1 kg pour les bureaux</translation>
    </message>
    <message>
        <source>A larger, refillable format with a grinder on loan.</source>
        <translation>Un grand format rechargeable, avec un moulin prêté.</translation>
    </message>
    <message>
        <source>Three subscription tiers</source>
        <translation>Trois formules d’abonnement</translation>
    </message>
    <message>
        <source>Discovery, Classic and Office: the longer the commitment, the lower the price per bag.</source>
        <translation>Découverte, Classique et Bureau&#xa0;: plus l’engagement est long, plus le prix du sachet baisse.</translation>
    </message>
    <message>
        <source>First month at half price</source>
        <translation>Premier mois à moitié prix</translation>
    </message>
    <message>
        <source>Welcome offer for new subscribers, paid from the acquisition budget.</source>
        <translation>Offre de bienvenue pour les nouveaux abonnés, financée par le budget d’acquisition.</translation>
    </message>
    <message>
        <source>Volume discount for offices</source>
        <translation>Remise sur volume pour les bureaux</translation>
    </message>
    <message>
        <source>A price per kilo that falls as the team grows.</source>
        <translation>Un prix au kilo qui baisse quand l’équipe grandit.</translation>
    </message>
    <message>
        <source>Search ads on coffee subscription keywords</source>
        <translation>Annonces sur les mots-clés «&#xa0;abonnement café&#xa0;»</translation>
    </message>
    <message>
        <source>Always on, with the budget moved to the best ads every month.</source>
        <translation>En continu, le budget étant réaffecté chaque mois aux meilleures annonces.</translation>
    </message>
    <message>
        <source>Producer stories on Instagram</source>
        <translation>Histoires de producteurs sur Instagram</translation>
    </message>
    <message>
        <source>Two posts and one short video a week about our producers.</source>
        <translation>Deux publications et une courte vidéo par semaine sur nos producteurs.</translation>
    </message>
    <message>
        <source>Referral programme: a free bag for each friend</source>
        <translation>Parrainage&#xa0;: un sachet offert par ami parrainé</translation>
    </message>
    <message>
        <source>Subscribers share a link; both get a free bag.</source>
        <translation>Les abonnés partagent un lien&#xa0;; chacun reçoit un sachet offert.</translation>
    </message>
    <message>
        <source>Stand at the Lyon coffee festival</source>
        <translation>Stand au festival du café de Lyon</translation>
    </message>
    <message>
        <source>Tastings and gift subscriptions sold on the spot.</source>
        <translation>Dégustations et abonnements cadeaux vendus sur place.</translation>
    </message>
    <message>
        <source>Letterbox-sized parcel with tracked delivery</source>
        <translation>Colis format boîte aux lettres avec suivi</translation>
    </message>
    <message>
        <source>No need to be at home: the parcel fits a standard letterbox.</source>
        <translation>Inutile d’être chez soi&#xa0;: le colis passe dans une boîte aux lettres standard.</translation>
    </message>
    <message>
        <source>Pick-up at the shop for nearby offices</source>
        <translation>Retrait en boutique pour les bureaux voisins</translation>
    </message>
    <message>
        <source>Offices within walking distance collect their order at the shop.</source>
        <translation>Les bureaux proches viennent chercher leur commande à la boutique.</translation>
    </message>
    <message>
        <source>Listing on an office supplies marketplace</source>
        <translation>Référencement sur une place de marché de fournitures de bureau</translation>
    </message>
    <message>
        <source>Reach office managers where they already buy their supplies.</source>
        <translation>Toucher les office managers là où ils achètent déjà leurs fournitures.</translation>
    </message>
    <message>
        <source>Search ads: coffee subscription</source>
        <translation>Annonces Search&#xa0;: abonnement café</translation>
    </message>
    <message>
        <source>Always-on campaign on subscription keywords.</source>
        <translation>Campagne permanente sur les mots-clés d’abonnement.</translation>
    </message>
    <message>
        <source>Online launch event: live cupping</source>
        <translation>Lancement en ligne&#xa0;: dégustation en direct</translation>
    </message>
    <message>
        <source>Live tasting with two producers; 340 people watched.</source>
        <translation>Dégustation en direct avec deux producteurs&#xa0;; 340 spectateurs.</translation>
    </message>
    <message>
        <source>Content series shared with the partner cooperatives.</source>
        <translation>Série de contenus partagée avec les coopératives partenaires.</translation>
    </message>
    <message>
        <source>Welcome email series</source>
        <translation>Séquence d’e-mails de bienvenue</translation>
    </message>
    <message>
        <source>Five emails over the first month: brewing tips and producers.</source>
        <translation>Cinq e-mails pendant le premier mois&#xa0;: conseils d’infusion et producteurs.</translation>
    </message>
    <message>
        <source>LinkedIn outreach to office managers</source>
        <translation>Prospection LinkedIn auprès des office managers</translation>
    </message>
    <message>
        <source>Sponsored messages and a free tasting offer.</source>
        <translation>Messages sponsorisés et offre de dégustation gratuite.</translation>
    </message>
    <message>
        <source>Back-to-the-office press release</source>
        <translation>Communiqué de presse «&#xa0;retour au bureau&#xa0;»</translation>
    </message>
    <message>
        <source>Picked up by two local papers and a business radio.</source>
        <translation>Repris par deux journaux locaux et une radio économique.</translation>
    </message>
    <message>
        <source>Trade fair: Lyon workplace show</source>
        <translation>Salon professionnel&#xa0;: salon de l’environnement de travail de Lyon</translation>
    </message>
    <message>
        <source>Stand with a coffee bar; 180 office contacts collected.</source>
        <translation>Stand avec bar à café&#xa0;; 180 contacts de bureaux recueillis.</translation>
    </message>
    <message>
        <source>Christmas gift subscriptions</source>
        <translation>Abonnements cadeaux de Noël</translation>
    </message>
    <message>
        <source>Display ads and a gift page with a printable card.</source>
        <translation>Bannières display et page cadeau avec carte à imprimer.</translation>
    </message>
    <message>
        <source>Spring referral drive</source>
        <translation>Opération parrainage de printemps</translation>
    </message>
    <message>
        <source>Launches the referral programme with existing subscribers.</source>
        <translation>Lance le programme de parrainage auprès des abonnés actuels.</translation>
    </message>
    <message>
        <source>After-sales follow-up calls</source>
        <translation>Appels de suivi après-vente</translation>
    </message>
    <message>
        <source>A call in the second month of every subscription; complaints answered within a day.</source>
        <translation>Un appel au deuxième mois de chaque abonnement&#xa0;; réponse aux réclamations dans la journée.</translation>
    </message>
    <message>
        <source>Loyalty programme: points and rewards</source>
        <translation>Programme de fidélité&#xa0;: points et récompenses</translation>
    </message>
    <message>
        <source>Points for every month of subscription, rewards from the roastery.</source>
        <translation>Des points pour chaque mois d’abonnement, des récompenses de la brûlerie.</translation>
    </message>
    <message>
        <source>Brewing guides on the blog</source>
        <translation>Guides d’extraction sur le blog</translation>
    </message>
    <message>
        <source>One guide a fortnight: filter, espresso, cold brew; shared in the newsletter.</source>
        <translation>Un guide tous les quinze jours&#xa0;: filtre, espresso, cold brew&#xa0;; relayé dans la newsletter.</translation>
    </message>
    <message>
        <source>Flyers in co-working spaces</source>
        <translation>Flyers dans les espaces de coworking</translation>
    </message>
    <message>
        <source>A tasting voucher on every desk of four co-working spaces; reprinted once.</source>
        <translation>Un bon de dégustation sur chaque bureau de quatre espaces de coworking&#xa0;; réimprimé une fois.</translation>
    </message>
    <message>
        <source>Complaint handling: an answer within a day</source>
        <translation>Réclamations&#xa0;: une réponse dans la journée</translation>
    </message>
    <message>
        <source>Every complaint answered within 24 hours by the roaster; late parcels refunded at once.</source>
        <translation>Chaque réclamation reçoit une réponse du torréfacteur sous 24 heures&#xa0;; les colis en retard sont remboursés aussitôt.</translation>
    </message>
    <message>
        <source>Co-working partnership: tasting corners</source>
        <translation>Partenariat coworking&#xa0;: coins dégustation</translation>
    </message>
    <message>
        <source>Our coffee served in two co-working spaces, with a discount code for their members.</source>
        <translation>Notre café servi dans deux espaces de coworking, avec un code de réduction pour leurs membres.</translation>
    </message>
    <message>
        <source>Barista morning for the cafés we supply</source>
        <translation>Matinée barista pour les cafés que nous fournissons</translation>
    </message>
    <message>
        <source>A latte-art workshop at the roastery for the baristas of our wholesale customers.</source>
        <translation>Un atelier latte art à la brûlerie pour les baristas de nos clients professionnels.</translation>
    </message>
    <message>
        <source>Landing page headline</source>
        <translation>Titre de la page d’atterrissage</translation>
    </message>
    <message>
        <source>A headline about freshness converts better than one about price.</source>
        <translation>Un titre sur la fraîcheur convertit mieux qu’un titre sur le prix.</translation>
    </message>
    <message>
        <source>Too few messages to decide yet: send a hundred more of each.</source>
        <translation>Trop peu de messages pour décider&#xa0;: en envoyer encore une centaine de chaque.</translation>
    </message>
    <message>
        <source>20% off the first order</source>
        <translation>20&#xa0;% de remise sur la première commande</translation>
    </message>
    <message>
        <source>4 replies out of 41 messages</source>
        <translation>4 réponses sur 41 messages</translation>
    </message>
    <message>
        <source>A free tasting session at the office</source>
        <translation>Une dégustation gratuite au bureau</translation>
    </message>
    <message>
        <source>9 replies out of 41 messages</source>
        <translation>9 réponses sur 41 messages</translation>
    </message>
    <message>
        <source>A gift after a complaint</source>
        <translation>Un cadeau après une réclamation</translation>
    </message>
    <message>
        <source>A free bag sent after a complaint keeps more subscribers than an apology alone.</source>
        <translation>Un sachet offert après une réclamation retient plus d’abonnés que des excuses seules.</translation>
    </message>
    <message>
        <source>Subscribers still active two months after a complaint</source>
        <translation>Abonnés toujours actifs deux mois après une réclamation</translation>
    </message>
    <message>
        <source>83% stayed with the gift, 82% without: not worth its cost.</source>
        <translation>83 % sont restés avec le cadeau, 82 % sans&#xa0;: il ne vaut pas son coût.</translation>
    </message>
    <message>
        <source>A quick, personal answer is what keeps people; the gift adds nothing.</source>
        <translation>C’est une réponse rapide et personnelle qui retient les gens&#xa0;; le cadeau n’ajoute rien.</translation>
    </message>
    <message>
        <source>A personal apology within a day</source>
        <translation>Des excuses personnelles dans la journée</translation>
    </message>
    <message>
        <source>82% still subscribed</source>
        <translation>82 % toujours abonnés</translation>
    </message>
    <message>
        <source>The same apology and a free bag</source>
        <translation>Les mêmes excuses et un sachet offert</translation>
    </message>
    <message>
        <source>83% still subscribed</source>
        <translation>83 % toujours abonnés</translation>
    </message>
    <message>
        <source>Monthly churn</source>
        <translation>Attrition mensuelle</translation>
    </message>
    <message>
        <source>Share of subscribers who cancel in the month.</source>
        <translation>Part des abonnés qui résilient dans le mois.</translation>
    </message>
    <message>
        <source>Retention after three months</source>
        <translation>Rétention à trois mois</translation>
    </message>
    <message>
        <source>Share of new subscribers still subscribed three months later.</source>
        <translation>Part des nouveaux abonnés toujours abonnés trois mois plus tard.</translation>
    </message>
    <message>
        <source>B converted 3.1% of visitors against 2.4% for A, over 6,200 visits.</source>
        <translation>B a converti 3,1&#xa0;% des visiteurs contre 2,4&#xa0;% pour A, sur 6&#x202f;200 visites.</translation>
    </message>
    <message>
        <source>Freshness sells better than price: every page now leads with it.</source>
        <translation>La fraîcheur vend mieux que le prix&#xa0;: chaque page commence désormais par elle.</translation>
    </message>
    <message>
        <source>A headline about the price</source>
        <translation>Un titre axé sur le prix</translation>
    </message>
    <message>
        <source>2.4% of visitors ordered</source>
        <translation>2,4&#xa0;% des visiteurs ont commandé</translation>
    </message>
    <message>
        <source>“Roasted 48 hours before it reaches you”</source>
        <translation>«&#xa0;Torréfié 48 heures avant d’arriver chez vous&#xa0;»</translation>
    </message>
    <message>
        <source>3.1% of visitors ordered</source>
        <translation>3,1&#xa0;% des visiteurs ont commandé</translation>
    </message>
    <message>
        <source>Welcome offer</source>
        <translation>Offre de bienvenue</translation>
    </message>
    <message>
        <source>A free hand grinder keeps subscribers longer than half price on the first month.</source>
        <translation>Un moulin manuel offert fidélise mieux les abonnés que le premier mois à moitié prix.</translation>
    </message>
    <message>
        <source>Subscribers still active after three months</source>
        <translation>Abonnés encore actifs après trois mois</translation>
    </message>
    <message>
        <source>B kept 78% of subscribers against 61% for A, but each one cost twice as much.</source>
        <translation>B a gardé 78&#xa0;% des abonnés contre 61&#xa0;% pour A, mais chacun a coûté deux fois plus cher.</translation>
    </message>
    <message>
        <source>A gift keeps subscribers better than a discount; try a cheaper gift next.</source>
        <translation>Un cadeau fidélise mieux qu’une remise&#xa0;; essayer ensuite un cadeau moins coûteux.</translation>
    </message>
    <message>
        <source>61% still subscribed after three months</source>
        <translation>61&#xa0;% encore abonnés après trois mois</translation>
    </message>
    <message>
        <source>A free grinder with a six-month commitment</source>
        <translation>Un moulin offert avec un engagement de six mois</translation>
    </message>
    <message>
        <source>78% still subscribed after three months, at twice the cost</source>
        <translation>78&#xa0;% encore abonnés après trois mois, pour un coût deux fois plus élevé</translation>
    </message>
    <message>
        <source>Message to office managers</source>
        <translation>Message aux office managers</translation>
    </message>
    <message>
        <source>Offering a free tasting at the office gets more replies than a discount.</source>
        <translation>Proposer une dégustation gratuite au bureau obtient plus de réponses qu’une remise.</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>9 replies for B against 4 for A, out of 41 messages each: too few to decide.</source>
        <translation>9 réponses pour B contre 4 pour A, sur 41 messages chacun&#xa0;: trop peu pour trancher.</translation>
    </message>
    <message>
        <source>Lyon metropolitan grants help small businesses go digital</source>
        <translation>Les aides de la Métropole de Lyon soutiennent la numérisation des petites entreprises</translation>
    </message>
    <message>
        <source>Unrest in some producing countries threatens green coffee supply</source>
        <translation>L’instabilité de certains pays producteurs menace l’approvisionnement en café vert</translation>
    </message>
    <message>
        <source>World arabica prices have reached record highs</source>
        <translation>Les cours mondiaux de l’arabica atteignent des records</translation>
    </message>
    <message>
        <source>Small companies cut office perks when budgets get tight</source>
        <translation>Les petites entreprises réduisent les avantages au bureau quand les budgets se resserrent</translation>
    </message>
    <message>
        <source>Hybrid work is here to stay: two to three days a week at home</source>
        <translation>Le travail hybride s’installe&#xa0;: deux à trois jours par semaine à domicile</translation>
    </message>
    <message>
        <source>Growing interest in traceable specialty coffee</source>
        <translation>Intérêt croissant pour le café de spécialité traçable</translation>
    </message>
    <message>
        <source>Subscription e-commerce tools are cheap and mature</source>
        <translation>Les outils d’e-commerce par abonnement sont bon marché et éprouvés</translation>
    </message>
    <message>
        <source>AI answers in search engines send fewer visitors to small sites</source>
        <translation>Les réponses d’IA des moteurs de recherche envoient moins de visiteurs aux petits sites</translation>
    </message>
    <message>
        <source>Customers expect compostable packaging and low-carbon delivery</source>
        <translation>Les clients attendent des emballages compostables et une livraison bas carbone</translation>
    </message>
    <message>
        <source>Climate change is shrinking the areas where arabica can grow</source>
        <translation>Le changement climatique réduit les zones où l’arabica peut pousser</translation>
    </message>
    <message>
        <source>The EU deforestation regulation requires traceable coffee imports</source>
        <translation>Le règlement européen sur la déforestation impose des importations de café traçables</translation>
    </message>
    <message>
        <source>French law: subscriptions must be cancellable in three clicks</source>
        <translation>Loi française&#xa0;: un abonnement doit pouvoir être résilié en trois clics</translation>
    </message>
    <message>
        <source>National online coffee subscription, ground or beans</source>
        <translation>Abonnement café national en ligne, moulu ou en grains</translation>
    </message>
    <message>
        <source>Slick website, large advertising budget, fast delivery</source>
        <translation>Site soigné, gros budget publicitaire, livraison rapide</translation>
    </message>
    <message>
        <source>Industrial roasting, little story about the origins</source>
        <translation>Torréfaction industrielle, peu de récit sur les origines</translation>
    </message>
    <message>
        <source>Historic Lyon roaster with a shop in the old town</source>
        <translation>Torréfacteur lyonnais historique avec une boutique dans le Vieux-Lyon</translation>
    </message>
    <message>
        <source>Loyal local customers, strong heritage</source>
        <translation>Clientèle locale fidèle, forte image patrimoniale</translation>
    </message>
    <message>
        <source>No online sales, ageing image</source>
        <translation>Pas de vente en ligne, image vieillissante</translation>
    </message>
    <message>
        <source>Office coffee machines leased with capsules</source>
        <translation>Machines à café en location pour les bureaux, avec capsules</translation>
    </message>
    <message>
        <source>Machine and coffee in one contract, national sales force</source>
        <translation>Machine et café dans un seul contrat, force de vente nationale</translation>
    </message>
    <message>
        <source>Capsule waste, average coffee, long contracts</source>
        <translation>Déchets de capsules, café moyen, contrats longs</translation>
    </message>
    <message>
        <source>Supermarket coffee brands</source>
        <translation>Marques de café de grande surface</translation>
    </message>
    <message>
        <source>Ground coffee and capsules on every supermarket shelf</source>
        <translation>Café moulu et capsules dans tous les rayons de supermarché</translation>
    </message>
    <message>
        <source>Everywhere, cheap, strong habits</source>
        <translation>Partout, bon marché, habitudes bien ancrées</translation>
    </message>
    <message>
        <source>Stale, anonymous coffee</source>
        <translation>Café éventé et anonyme</translation>
    </message>
    <message>
        <source>Many roasters and subscription start-ups chase the same online customers.</source>
        <translation>De nombreux torréfacteurs et start-up d’abonnement se disputent les mêmes clients en ligne.</translation>
    </message>
    <message>
        <source>A subscription website is cheap to open, but roasting skills and sourcing take years.</source>
        <translation>Ouvrir un site d’abonnement coûte peu, mais le savoir-faire de torréfaction et l’approvisionnement demandent des années.</translation>
    </message>
    <message>
        <source>Capsules, office machines, tea and nearby coffee shops are always at hand.</source>
        <translation>Capsules, machines de bureau, thé et cafés de quartier sont toujours à portée de main.</translation>
    </message>
    <message>
        <source>Customers switch easily, but happy subscribers rarely compare prices.</source>
        <translation>Les clients changent facilement, mais les abonnés satisfaits comparent rarement les prix.</translation>
    </message>
    <message>
        <source>Green coffee prices are volatile and good lots are scarce.</source>
        <translation>Les prix du café vert sont volatils et les bons lots sont rares.</translation>
    </message>
    <message>
        <source>Award-winning roaster with a well-known Lyon brand</source>
        <translation>Torréfacteur primé avec une marque reconnue à Lyon</translation>
    </message>
    <message>
        <source>Direct trade with three producer cooperatives</source>
        <translation>Commerce direct avec trois coopératives de producteurs</translation>
    </message>
    <message>
        <source>Roasted to order and shipped within 48 hours</source>
        <translation>Torréfié à la commande et expédié sous 48 heures</translation>
    </message>
    <message>
        <source>Loyal local customers: 2,400 newsletter subscribers</source>
        <translation>Clientèle locale fidèle&#xa0;: 2&#x202f;400 abonnés à la newsletter</translation>
    </message>
    <message>
        <source>Small team with nobody dedicated to marketing</source>
        <translation>Petite équipe sans personne dédiée au marketing</translation>
    </message>
    <message>
        <source>Website not built for subscriptions</source>
        <translation>Site web non conçu pour les abonnements</translation>
    </message>
    <message>
        <source>No experience of selling to companies</source>
        <translation>Aucune expérience de la vente aux entreprises</translation>
    </message>
    <message>
        <source>Dearer than supermarket coffee</source>
        <translation>Plus cher que le café de grande surface</translation>
    </message>
    <message>
        <source>Remote workers want good coffee at home</source>
        <translation>Les télétravailleurs veulent du bon café chez eux</translation>
    </message>
    <message>
        <source>Small companies look for perks that bring staff back to the office</source>
        <translation>Les petites entreprises cherchent des avantages qui font revenir les équipes au bureau</translation>
    </message>
    <message>
        <source>Demand for traceable, sustainable coffee</source>
        <translation>Demande de café traçable et durable</translation>
    </message>
    <message>
        <source>Office coffee services are disliked for their capsule waste</source>
        <translation>Les services de café en entreprise sont mal vus pour leurs déchets de capsules</translation>
    </message>
    <message>
        <source>Record green coffee prices squeeze margins</source>
        <translation>Les prix records du café vert rognent les marges</translation>
    </message>
    <message>
        <source>Well-funded national subscription brands</source>
        <translation>Des marques d’abonnement nationales bien financées</translation>
    </message>
    <message>
        <source>Online advertising keeps getting dearer</source>
        <translation>La publicité en ligne coûte de plus en plus cher</translation>
    </message>
    <message>
        <source>Cancelling in three clicks makes churn easy</source>
        <translation>La résiliation en trois clics facilite les départs</translation>
    </message>
    <message>
        <source>Launch a fresh-roast subscription for remote workers and small offices, built on our award and our producers&apos; stories.</source>
        <translation>Lancer un abonnement de café fraîchement torréfié pour les télétravailleurs et les petits bureaux, appuyé sur notre prix et les histoires de nos producteurs.</translation>
    </message>
    <message>
        <source>Secure long-term contracts with our cooperatives to protect margins and explain why good coffee costs more.</source>
        <translation>Signer des contrats longs avec nos coopératives pour protéger les marges et expliquer pourquoi un bon café coûte plus cher.</translation>
    </message>
    <message>
        <source>Rebuild the website around subscriptions, funded in part by the Lyon digital grants.</source>
        <translation>Refaire le site autour des abonnements, financé en partie par les aides numériques de la Métropole de Lyon.</translation>
    </message>
    <message>
        <source>Hire a part-time freelance salesperson to win small offices tired of capsule machines.</source>
        <translation>Recruter un commercial indépendant à temps partiel pour gagner les petits bureaux lassés des machines à capsules.</translation>
    </message>
    <message>
        <source>Compete on service, not on price: easy pauses and fair cancellation keep subscribers&apos; trust.</source>
        <translation>Se battre sur le service, pas sur le prix&#xa0;: des pauses faciles et une résiliation loyale gardent la confiance des abonnés.</translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation>Télétravailleurs</translation>
    </message>
    <message>
        <source>Employees and freelancers working from home two days a week or more, across France.</source>
        <translation>Salariés et indépendants travaillant chez eux au moins deux jours par semaine, partout en France.</translation>
    </message>
    <message>
        <source>Good coffee without going out, regular delivery, freedom to pause.</source>
        <translation>Du bon café sans sortir, une livraison régulière, la liberté de faire une pause.</translation>
    </message>
    <message>
        <source>Instagram, search engines, newsletters, word of mouth</source>
        <translation>Instagram, moteurs de recherche, newsletters, bouche-à-oreille</translation>
    </message>
    <message>
        <source>The largest and fastest-growing market, where our fresh coffee and letterbox delivery make the clearest difference.</source>
        <translation>Le marché le plus vaste et celui qui croît le plus vite, où notre café frais livré en boîte aux lettres fait le plus nettement la différence.</translation>
    </message>
    <message>
        <source>Small offices (5 to 50 staff)</source>
        <translation>Petits bureaux (5 à 50 salariés)</translation>
    </message>
    <message>
        <source>Companies in the Auvergne-Rhône-Alpes region that offer coffee to their staff.</source>
        <translation>Entreprises d’Auvergne-Rhône-Alpes qui offrent le café à leurs salariés.</translation>
    </message>
    <message>
        <source>A perk that brings staff back to the office, no machine lease, one monthly invoice.</source>
        <translation>Un avantage qui fait revenir les équipes au bureau, sans location de machine, avec une facture mensuelle.</translation>
    </message>
    <message>
        <source>LinkedIn, office managers&apos; networks, trade fairs</source>
        <translation>LinkedIn, réseaux d’office managers, salons professionnels</translation>
    </message>
    <message>
        <source>Larger orders and loyal customers, but longer sales cycles: won with a salesperson from the second year.</source>
        <translation>Des commandes plus grosses et des clients fidèles, mais des cycles de vente plus longs&#xa0;: un commercial s’en charge dès la deuxième année.</translation>
    </message>
    <message>
        <source>Gift buyers</source>
        <translation>Acheteurs de cadeaux</translation>
    </message>
    <message>
        <source>People giving a coffee subscription for Christmas, birthdays or leaving parties.</source>
        <translation>Personnes qui offrent un abonnement café pour Noël, un anniversaire ou un pot de départ.</translation>
    </message>
    <message>
        <source>An original gift that looks good and arrives on time.</source>
        <translation>Un cadeau original, joli et livré à temps.</translation>
    </message>
    <message>
        <source>Search engines, email, the shop</source>
        <translation>Moteurs de recherche, e-mail, la boutique</translation>
    </message>
    <message>
        <source>A seasonal peak at Christmas that brings new subscribers at little extra cost.</source>
        <translation>Un pic saisonnier à Noël qui apporte de nouveaux abonnés pour un faible coût supplémentaire.</translation>
    </message>
    <message>
        <source>Cafés and restaurants</source>
        <translation>Cafés et restaurants</translation>
    </message>
    <message>
        <source>Independent cafés and restaurants in the Lyon area buying wholesale.</source>
        <translation>Cafés et restaurants indépendants de l’agglomération lyonnaise qui achètent en gros.</translation>
    </message>
    <message>
        <source>Consistent quality, barista training, reliable deliveries.</source>
        <translation>Qualité constante, formation des baristas, livraisons fiables.</translation>
    </message>
    <message>
        <source>Visits, trade fairs, word of mouth</source>
        <translation>Visites, salons professionnels, bouche-à-oreille</translation>
    </message>
    <message>
        <source>Wholesale needs machines, training and a sales team we do not have; served as today, not developed.</source>
        <translation>La vente en gros demande des machines, de la formation et une équipe commerciale que nous n’avons pas&#xa0;; servi comme aujourd’hui, sans être développé.</translation>
    </message>
    <message>
        <source>34, product designer at a Lyon start-up, works from home three days a week.</source>
        <translation>34 ans, designer produit dans une start-up lyonnaise, télétravaille trois jours par semaine.</translation>
    </message>
    <message>
        <source>Coffee as good as at her favourite café, in a parcel that fits her letterbox.</source>
        <translation>Un café aussi bon que dans son café préféré, dans un colis qui passe dans sa boîte aux lettres.</translation>
    </message>
    <message>
        <source>Instagram, podcasts, newsletters</source>
        <translation>Instagram, podcasts, newsletters</translation>
    </message>
    <message>
        <source>41, freelance developer, works from home every day.</source>
        <translation>41 ans, développeur indépendant, travaille chez lui tous les jours.</translation>
    </message>
    <message>
        <source>Never run out of coffee; discover a new origin every month.</source>
        <translation>Ne jamais manquer de café&#xa0;; découvrir une nouvelle origine chaque mois.</translation>
    </message>
    <message>
        <source>Search engines, forums, YouTube</source>
        <translation>Moteurs de recherche, forums, YouTube</translation>
    </message>
    <message>
        <source>38, office manager at a 25-person architecture firm.</source>
        <translation>38 ans, office manager dans un cabinet d’architectes de 25 personnes.</translation>
    </message>
    <message>
        <source>A perk the team loves, with no machine to manage and one monthly invoice.</source>
        <translation>Un avantage que l’équipe adore, sans machine à gérer et avec une seule facture mensuelle.</translation>
    </message>
    <message>
        <source>LinkedIn, trade fairs, recommendations from peers</source>
        <translation>LinkedIn, salons professionnels, recommandations de ses pairs</translation>
    </message>
    <message>
        <source>58, looks for original gifts for his children and colleagues.</source>
        <translation>58 ans, cherche des cadeaux originaux pour ses enfants et ses collègues.</translation>
    </message>
    <message>
        <source>A gift that feels personal and lasts beyond the day.</source>
        <translation>Un cadeau personnel qui dure au-delà du jour J.</translation>
    </message>
    <message>
        <source>Search engines, email, visits to the shop</source>
        <translation>Moteurs de recherche, e-mail, passages en boutique</translation>
    </message>
    <message>
        <source>45, runs a brunch café in the Croix-Rousse district.</source>
        <translation>45 ans, tient un café-brunch à la Croix-Rousse.</translation>
    </message>
    <message>
        <source>Consistent coffee, staff training and deliveries she can count on.</source>
        <translation>Un café régulier, la formation de son équipe et des livraisons sur lesquelles compter.</translation>
    </message>
    <message>
        <source>Visits from suppliers, trade fairs, word of mouth</source>
        <translation>Visites des fournisseurs, salons professionnels, bouche-à-oreille</translation>
    </message>
    <message>
        <source>Market size</source>
        <translation>Taille du marché</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Willingness to pay</source>
        <translation>Disposition à payer</translation>
    </message>
    <message>
        <source>Ease of reach</source>
        <translation>Facilité d’accès</translation>
    </message>
    <message>
        <source>Fit with our coffee and service</source>
        <translation>Adéquation avec notre café et notre service</translation>
    </message>
    <message>
        <source>Brand recognition</source>
        <translation>Notoriété de la marque</translation>
    </message>
    <message>
        <source>Delivery capability</source>
        <translation>Capacité de livraison</translation>
    </message>
    <message>
        <source>remote workers</source>
        <translation>les télétravailleurs</translation>
    </message>
    <message>
        <source>delivers coffee roasted to order to the letterbox, in time for the week</source>
        <translation>livre dans la boîte aux lettres un café torréfié à la commande, à temps pour la semaine</translation>
    </message>
    <message>
        <source>supermarket and capsule coffee</source>
        <translation>les cafés de supermarché et en capsules</translation>
    </message>
    <message>
        <source>roasts in Lyon 48 hours before delivery, with beans from producers it knows by name</source>
        <translation>torréfie à Lyon 48 heures avant la livraison des grains de producteurs qu’elle connaît par leur nom</translation>
    </message>
    <message>
        <source>a regional roasting award, three partner cooperatives and customers who rate us 4.8 out of 5</source>
        <translation>un prix régional de torréfaction, trois coopératives partenaires et des clients qui nous notent 4,8 sur 5</translation>
    </message>
    <message>
        <source>office managers of companies with 5 to 50 staff</source>
        <translation>les office managers des entreprises de 5 à 50 salariés</translation>
    </message>
    <message>
        <source>gives the whole team great coffee on one monthly invoice, with nothing to manage</source>
        <translation>offre un excellent café à toute l’équipe sur une seule facture mensuelle, sans rien à gérer</translation>
    </message>
    <message>
        <source>delivers zero-waste bulk coffee, roasted locally, in flexible quantities</source>
        <translation>livre un café en vrac zéro déchet, torréfié localement, en quantités flexibles</translation>
    </message>
    <message>
        <source>a pilot with five Lyon offices and certified compostable packaging</source>
        <translation>un pilote avec cinq bureaux lyonnais et des emballages certifiés compostables</translation>
    </message>
    <message>
        <source>gift buyers looking for something original</source>
        <translation>les amateurs de cadeaux originaux</translation>
    </message>
    <message>
        <source>brings three, six or twelve months of discoveries, with a handwritten card</source>
        <translation>apporte trois, six ou douze mois de découvertes, avec une carte manuscrite</translation>
    </message>
    <message>
        <source>a box of chocolates or a bottle of wine</source>
        <translation>une boîte de chocolats ou une bouteille de vin</translation>
    </message>
    <message>
        <source>tells the story of each producer, with tasting notes in every parcel</source>
        <translation>raconte l’histoire de chaque producteur, avec des notes de dégustation dans chaque colis</translation>
    </message>
    <message>
        <source>over 600 gift boxes sold in the shop last Christmas</source>
        <translation>plus de 600 coffrets cadeaux vendus en boutique à Noël dernier</translation>
    </message>
    <message>
        <source>The café around the corner</source>
        <translation>Le café du coin</translation>
    </message>
    <message>
        <source>miss the coffee of their favourite café on home-working days</source>
        <translation>regrettent le café de leur bistrot préféré les jours de télétravail</translation>
    </message>
    <message>
        <source>a fresh specialty coffee subscription</source>
        <translation>un abonnement de café de spécialité fraîchement torréfié</translation>
    </message>
    <message>
        <source>want a perk that brings the team back to the office</source>
        <translation>veulent un avantage qui fait revenir l’équipe au bureau</translation>
    </message>
    <message>
        <source>an office coffee subscription with no machine lease</source>
        <translation>un abonnement café pour le bureau sans location de machine</translation>
    </message>
    <message>
        <source>capsule machine leasing</source>
        <translation>la location de machines à capsules</translation>
    </message>
    <message>
        <source>want a present that feels personal and lasts</source>
        <translation>veulent un cadeau personnel et durable</translation>
    </message>
    <message>
        <source>a gift coffee subscription</source>
        <translation>un abonnement café à offrir</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Affordable</source>
        <translation>Abordable</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Haut de gamme</translation>
    </message>
    <message>
        <source>Freshness and traceability</source>
        <translation>Fraîcheur et traçabilité</translation>
    </message>
    <message>
        <source>Anonymous, long shelf life</source>
        <translation>Anonyme, longue conservation</translation>
    </message>
    <message>
        <source>Fresh and traceable</source>
        <translation>Frais et traçable</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Market attractiveness</source>
        <translation>Attrait du marché</translation>
    </message>
    <message>
        <source>Competitive strength</source>
        <translation>Force concurrentielle</translation>
    </message>
    <message>
        <source>Primary target</source>
        <translation>Cible principale</translation>
    </message>
    <message>
        <source>Secondary target</source>
        <translation>Cible secondaire</translation>
    </message>
    <message>
        <source>Not targeted</source>
        <translation>Non ciblé</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Axe horizontal</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Axe vertical</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investir</translation>
    </message>
    <message>
        <source>Grow selectively</source>
        <translation>Croissance sélective</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Récolter</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Search engines</source>
        <translation>Moteurs de recherche</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Display advertising</source>
        <translation>Publicité display</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Événement en ligne</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimés</translation>
    </message>
    <message>
        <source>Press relations</source>
        <translation>Relations presse</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Points de vente</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Programme de fidélité</translation>
    </message>
    <message>
        <source>Customer service and after-sales</source>
        <translation>Service client et après-vente</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>Traitement des réclamations</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Iterate</source>
        <translation>Retravailler</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>EnvironmentLabels</name>
    <message>
        <source>Political</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Socioculturel</translation>
    </message>
    <message>
        <source>Technological</source>
        <translation>Technologique</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Écologique</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Légal</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>−2 Strongly negative</source>
        <translation>−2 Très négatif</translation>
    </message>
    <message>
        <source>−1 Negative</source>
        <translation>−1 Négatif</translation>
    </message>
    <message>
        <source>0 Neutral</source>
        <translation>0 Neutre</translation>
    </message>
    <message>
        <source>+1 Positive</source>
        <translation>+1 Positif</translation>
    </message>
    <message>
        <source>+2 Strongly positive</source>
        <translation>+2 Très positif</translation>
    </message>
    <message>
        <source>1 Very unlikely</source>
        <translation>1 Très improbable</translation>
    </message>
    <message>
        <source>2 Unlikely</source>
        <translation>2 Improbable</translation>
    </message>
    <message>
        <source>3 Possible</source>
        <translation>3 Possible</translation>
    </message>
    <message>
        <source>4 Likely</source>
        <translation>4 Probable</translation>
    </message>
    <message>
        <source>5 Almost certain</source>
        <translation>5 Quasi certain</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>1 Very low</source>
        <translation>1 Très faible</translation>
    </message>
    <message>
        <source>2 Low</source>
        <translation>2 Faible</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation>3 Moyenne</translation>
    </message>
    <message>
        <source>4 High</source>
        <translation>4 Élevée</translation>
    </message>
    <message>
        <source>5 Very high</source>
        <translation>5 Très élevée</translation>
    </message>
    <message>
        <source>Rivalry among competitors</source>
        <translation>Intensité concurrentielle</translation>
    </message>
    <message>
        <source>Threat of new entrants</source>
        <translation>Menace des nouveaux entrants</translation>
    </message>
    <message>
        <source>Threat of substitutes</source>
        <translation>Menace des produits de substitution</translation>
    </message>
    <message>
        <source>Bargaining power of buyers</source>
        <translation>Pouvoir de négociation des clients</translation>
    </message>
    <message>
        <source>Bargaining power of suppliers</source>
        <translation>Pouvoir de négociation des fournisseurs</translation>
    </message>
    <message>
        <source>1 Very weak</source>
        <translation>1 Très faible</translation>
    </message>
    <message>
        <source>2 Weak</source>
        <translation>2 Faible</translation>
    </message>
    <message>
        <source>3 Moderate</source>
        <translation>3 Modérée</translation>
    </message>
    <message>
        <source>4 Strong</source>
        <translation>4 Forte</translation>
    </message>
    <message>
        <source>5 Very strong</source>
        <translation>5 Très forte</translation>
    </message>
</context>
<context>
    <name>EnvironmentView</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>PESTEL factors rated for impact and likelihood, the main competitors and Porter&apos;s five forces. Send what matters to the SWOT.</source>
        <translation>Les facteurs PESTEL notés selon leur impact et leur probabilité, les principaux concurrents et les cinq forces de Porter. Envoyez ce qui compte dans le SWOT.</translation>
    </message>
    <message>
        <source>PESTEL</source>
        <translation>PESTEL</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Five forces</source>
        <translation>Cinq forces</translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Choose an experiment in the list to see and edit it here.</source>
        <translation>Choisissez une expérimentation dans la liste pour la voir et la modifier ici.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>Supprimer l’expérimentation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Campaign it runs in</source>
        <translation>Campagne où elle se déroule</translation>
    </message>
    <message>
        <source>Metric that decides</source>
        <translation>Indicateur qui tranche</translation>
    </message>
    <message>
        <source>Dates (optional)</source>
        <translation>Dates (facultatives)</translation>
    </message>
    <message>
        <source>Variants and their results</source>
        <translation>Variantes et leurs résultats</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>Résultat d’ensemble</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>— No campaign —</source>
        <translation>— Aucune campagne —</translation>
    </message>
</context>
<context>
    <name>ExperimentIntents</name>
    <message>
        <source>New experiment</source>
        <translation>Nouvelle expérimentation</translation>
    </message>
    <message>
        <source>We believe that… will… because…</source>
        <translation>Nous pensons que… entraînera… parce que…</translation>
    </message>
    <message>
        <source>Add experiment</source>
        <translation>Ajouter une expérimentation</translation>
    </message>
    <message>
        <source>Edit experiment</source>
        <translation>Modifier l’expérimentation</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>Supprimer l’expérimentation</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Modifier la variante</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>Supprimer la variante</translation>
    </message>
    <message>
        <source>Reorder variants</source>
        <translation>Réordonner les variantes</translation>
    </message>
</context>
<context>
    <name>ExperimentTableModel</name>
    <message>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
</context>
<context>
    <name>ExperimentsPageView</name>
    <message>
        <source>Add experiment</source>
        <translation>Ajouter une expérimentation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>Test and learn: each experiment states a hypothesis, the metric that decides it, its variants and their results, what was decided and what it taught.</source>
        <translation>Tester et apprendre&#xa0;: chaque expérimentation énonce une hypothèse, l’indicateur qui la tranche, ses variantes et leurs résultats, ce qui a été décidé et ce qu’elle a appris.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>No experiments yet. &lt;a href=&apos;add&apos;&gt;Add the first one&lt;/a&gt; (Ctrl+N): what do you believe, and how will you know?</source>
        <translation>Pas encore d’expérimentation. &lt;a href=&apos;add&apos;&gt;Ajoutez la première&lt;/a&gt; (Ctrl+N)&#xa0;: que pensez-vous, et comment le saurez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Edit the experiment</source>
        <translation>Modifier l’expérimentation</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Sans campagne</translation>
    </message>
    <message>
        <source>Showing {shown} of 1 experiment.</source>
        <translation>Expérimentations affichées&#xa0;: {shown} sur 1.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} experiments.</source>
        <translation>Expérimentations affichées&#xa0;: {shown} sur {total}.</translation>
    </message>
    <message>
        <source>1 experiment.</source>
        <translation>1 expérimentation.</translation>
    </message>
    <message>
        <source>{total} experiments. Click a column title to sort.</source>
        <translation>{total} expérimentations. Cliquez sur le titre d’une colonne pour trier.</translation>
    </message>
    <message>
        <source>Variant {n}</source>
        <translation>Variante {n}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The folder “{folder}” does not exist: choose another place.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» n’existe pas&#xa0;: choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>“{path}” is a folder: give a file name.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be written to: choose another place.</source>
        <translation>Impossible d’écrire dans le dossier «&#xa0;{folder}&#xa0;»&#xa0;: choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>“{name}” could not be written: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L’export a échoué</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly ({error}).</source>
        <translation>L’export a échoué de façon inattendue ({error}).</translation>
    </message>
</context>
<context>
    <name>FactorInspector</name>
    <message>
        <source>Select a factor to rate its impact, likelihood and trend.</source>
        <translation>Sélectionnez un facteur pour noter son impact, sa probabilité et sa tendance.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Send to SWOT as opportunity</source>
        <translation>Ajouter au SWOT comme opportunité</translation>
    </message>
    <message>
        <source>Send to SWOT as threat</source>
        <translation>Ajouter au SWOT comme menace</translation>
    </message>
    <message>
        <source>Selected factor</source>
        <translation>Facteur sélectionné</translation>
    </message>
    <message>
        <source>Send it to the SWOT as:</source>
        <translation>L’ajouter au SWOT comme&#xa0;:</translation>
    </message>
    <message>
        <source>Already in the SWOT: select it on the SWOT page to edit it.</source>
        <translation>Déjà dans le SWOT&#xa0;: sélectionnez-le sur la page SWOT pour le modifier.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation>Budget réel</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>SWOT items</source>
        <translation>Éléments SWOT</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Estimated share</source>
        <translation>Part de marché estimée</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Couleur de la marque</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Differentiator</source>
        <translation>Élément différenciant</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>High label</source>
        <translation>Libellé du haut</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Low label</source>
        <translation>Libellé du bas</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Own brand</source>
        <translation>Marque du client</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Niveau de prix</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>7P</source>
        <translation>7P</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>Targeting rationale</source>
        <translation>Justification du ciblage</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>stratdesk plans (*{suffix})</source>
        <translation>Plans stratdesk (*{suffix})</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Enregistrer le nouveau plan sous</translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <source>The plan is open elsewhere</source>
        <translation>Le plan est ouvert ailleurs</translation>
    </message>
    <message>
        <source>Open it read-only to look without changing it. Take over only if you are sure it is not open anywhere else (for example after a crash): two copies writing the same plan would lose changes.</source>
        <translation>Ouvrez-le en lecture seule pour le consulter sans le modifier. Ne prenez la main que si vous êtes certain qu’il n’est ouvert nulle part ailleurs (par exemple après un plantage)&#xa0;: deux copies qui écrivent le même plan perdraient des modifications.</translation>
    </message>
    <message>
        <source>It is open in another stratdesk window on this computer: switch to that window to change it, or open it read-only here.</source>
        <translation>Il est ouvert dans une autre fenêtre de stratdesk sur cet ordinateur&#xa0;: passez à cette fenêtre pour le modifier, ou ouvrez-le ici en lecture seule.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <source>The plan is damaged</source>
        <translation>Le plan est endommagé</translation>
    </message>
    <message>
        <source>Restoring puts a backup in its place and keeps the damaged file beside it. Opened read-only, the parts that can still be read are shown.</source>
        <translation>Restaurer met une sauvegarde à sa place et conserve le fichier endommagé à côté. Ouvert en lecture seule, il montre les parties encore lisibles.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>The plan is now read-only</source>
        <translation>Le plan est maintenant en lecture seule</translation>
    </message>
    <message>
        <source>It stays open read-only. Restoring a backup closes it and puts the backup in its place.</source>
        <translation>Il reste ouvert en lecture seule. Restaurer une sauvegarde le ferme et met la sauvegarde à sa place.</translation>
    </message>
</context>
<context>
    <name>ForcesModel</name>
    <message>
        <source>Force</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évaluée</translation>
    </message>
</context>
<context>
    <name>ForcesPanel</name>
    <message>
        <source>Porter&apos;s five forces</source>
        <translation>Les cinq forces de Porter</translation>
    </message>
    <message>
        <source>How strongly each force weighs on the client&apos;s profits, from 1 (very weak) to 5 (very strong). Double-click a rating or a note to change it.</source>
        <translation>Le poids de chaque force sur la rentabilité du client, de 1 (très faible) à 5 (très forte). Double-cliquez sur une intensité ou une note pour la modifier.</translation>
    </message>
    <message>
        <source>Average pressure: {value} out of 5</source>
        <translation>Pression moyenne&#xa0;: {value} sur 5</translation>
    </message>
    <message>
        <source>No force rated yet: double-click a rating to start.</source>
        <translation>Aucune force évaluée pour l’instant&#xa0;: double-cliquez sur une intensité pour commencer.</translation>
    </message>
    <message>
        <source>Rate force</source>
        <translation>Évaluer la force</translation>
    </message>
    <message>
        <source>Edit force notes</source>
        <translation>Modifier les notes de la force</translation>
    </message>
</context>
<context>
    <name>GeMatrix</name>
    <message>
        <source>{name}: attractiveness {attractiveness}/100, strength {strength}/100, {value} a year, {targeting}, zone “{zone}”</source>
        <translation>{name}&#xa0;: attrait {attractiveness}/100, force {strength}/100, {value} par an, {targeting}, zone «&#xa0;{zone}&#xa0;»</translation>
    </message>
    <message>
        <source>Add segments, then score them to place them here.</source>
        <translation>Ajoutez des segments, puis notez-les pour les placer ici.</translation>
    </message>
    <message>
        <source>Score the segments on both families of criteria to place them here.</source>
        <translation>Notez les segments sur les deux familles de critères pour les placer ici.</translation>
    </message>
</context>
<context>
    <name>GeMatrixView</name>
    <message>
        <source>GE–McKinsey matrix</source>
        <translation>Matrice GE–McKinsey</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Competitive strength (0–100) →</source>
        <translation>Force concurrentielle (0–100) →</translation>
    </message>
    <message>
        <source>Market attractiveness (0–100) →</source>
        <translation>Attrait du marché (0–100) →</translation>
    </message>
    <message>
        <source>A bubble&apos;s area is its segment&apos;s yearly value. Point at a bubble to read it; click it to choose its segment.</source>
        <translation>La surface d’une bulle est la valeur annuelle de son segment. Pointez une bulle pour la lire&#xa0;; cliquez-la pour choisir son segment.</translation>
    </message>
    <message>
        <source>Not on the matrix yet (no total): {names}</source>
        <translation>Pas encore sur la matrice (sans total)&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>HeatModel</name>
    <message>
        <source>1 factor</source>
        <translation>1 facteur</translation>
    </message>
    <message>
        <source>{n} factors</source>
        <translation>{n} facteurs</translation>
    </message>
    <message>
        <source>{factors} with impact {impact} and likelihood {likelihood}</source>
        <translation>{factors} d’impact {impact} et de probabilité {likelihood}</translation>
    </message>
    <message>
        <source>Impact {impact}</source>
        <translation>Impact {impact}</translation>
    </message>
    <message>
        <source>Likelihood {n}</source>
        <translation>Probabilité {n}</translation>
    </message>
</context>
<context>
    <name>HeatView</name>
    <message>
        <source>Factors by impact and likelihood</source>
        <translation>Facteurs par impact et probabilité</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>There is no column {number}: the columns are {names}.</source>
        <translation>Il n’y a pas de colonne {number}&#xa0;: les colonnes sont {names}.</translation>
    </message>
    <message>
        <source>There is no column “{name}”: the columns are {names}.</source>
        <translation>Il n’y a pas de colonne «&#xa0;{name}&#xa0;»&#xa0;: les colonnes sont {names}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (expected dd/mm/yyyy, yyyy-mm-dd or an Excel date)</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date (attendu&#xa0;: jj/mm/aaaa, aaaa-mm-jj ou une date Excel)</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date valide</translation>
    </message>
    <message>
        <source>{serial} is outside the range of Excel dates</source>
        <translation>{serial} est hors de la plage des dates Excel</translation>
    </message>
    <message>
        <source>Excel date 60 is 29/02/1900, a day that never existed</source>
        <translation>La date Excel 60 correspond au 29/02/1900, un jour qui n’a jamais existé</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Which column holds the dates? Name it or give its number.</source>
        <translation>Quelle colonne contient les dates&#xa0;? Indiquez son nom ou son numéro.</translation>
    </message>
    <message>
        <source>Which column holds the values? Name it or give its number.</source>
        <translation>Quelle colonne contient les valeurs&#xa0;? Indiquez son nom ou son numéro.</translation>
    </message>
    <message>
        <source>The decimal separator is a comma or a dot, not “{mark}”.</source>
        <translation>Le séparateur décimal est une virgule ou un point, pas «&#xa0;{mark}&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown choice for existing values: “{choice}”.</source>
        <translation>Choix inconnu pour les valeurs existantes&#xa0;: «&#xa0;{choice}&#xa0;».</translation>
    </message>
    <message>
        <source>{problem} (column “{column}”)</source>
        <translation>{problem} (colonne «&#xa0;{column}&#xa0;»)</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} est trop grand</translation>
    </message>
    <message>
        <source>The date and value columns must differ.</source>
        <translation>La colonne des dates et celle des valeurs doivent être différentes.</translation>
    </message>
    <message>
        <source>The source is too long (at most {max} characters).</source>
        <translation>La source est trop longue ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>the date is empty (column “{column}”)</source>
        <translation>la date est vide (colonne «&#xa0;{column}&#xa0;»)</translation>
    </message>
    <message>
        <source>No row has both a date and a value.</source>
        <translation>Aucune ligne n’a à la fois une date et une valeur.</translation>
    </message>
    <message>
        <source>{added} measurements imported, {skipped} already present.</source>
        <translation>{added} mesures importées, {skipped} déjà présentes.</translation>
    </message>
    <message>
        <source>1 row without a value skipped (row {rows}).</source>
        <translation>1 ligne sans valeur ignorée (ligne {rows}).</translation>
    </message>
    <message>
        <source>{count} rows without a value skipped (rows {rows}).</source>
        <translation>{count} lignes sans valeur ignorées (lignes {rows}).</translation>
    </message>
    <message>
        <source>1 row skipped: its day already had a value from another source.</source>
        <translation>1 ligne ignorée&#xa0;: son jour avait déjà une valeur d’une autre source.</translation>
    </message>
    <message>
        <source>{count} rows skipped: their days already had values from another source.</source>
        <translation>{count} lignes ignorées&#xa0;: leurs jours avaient déjà des valeurs d’une autre source.</translation>
    </message>
    <message>
        <source>1 value from another source replaced.</source>
        <translation>1 valeur d’une autre source remplacée.</translation>
    </message>
    <message>
        <source>{count} values from another source replaced.</source>
        <translation>{count} valeurs d’une autre source remplacées.</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>the cell holds a spreadsheet error ({text})</source>
        <translation>la cellule contient une erreur de tableur ({text})</translation>
    </message>
    <message>
        <source>No header row found: no row has at least two filled cells.</source>
        <translation>Aucune ligne d’en-tête trouvée&#xa0;: aucune ligne n’a au moins deux cellules remplies.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet export: it holds binary data, not text. Choose a CSV or XLSX file.</source>
        <translation>Ce fichier n’est pas un export de tableur&#xa0;: il contient des données binaires, pas du texte. Choisissez un fichier CSV ou XLSX.</translation>
    </message>
    <message>
        <source>this line cannot be read as CSV ({reason})</source>
        <translation>cette ligne ne peut pas être lue comme du CSV ({reason})</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read: save it as .xlsx or CSV first.</source>
        <translation>Les anciens fichiers Excel (.xls) ne peuvent pas être lus&#xa0;: enregistrez-le d’abord en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>it has {cells} cells but the header (row {header}) has {width}</source>
        <translation>elle a {cells} cellules mais l’en-tête (ligne {header}) en a {width}</translation>
    </message>
    <message>
        <source>There are no data rows under the header (row {row}).</source>
        <translation>Il n’y a aucune ligne de données sous l’en-tête (ligne {row}).</translation>
    </message>
    <message>
        <source>Workbooks cannot be read safely here (defusedxml is off).</source>
        <translation>Les classeurs ne peuvent pas être lus de façon sûre ici (defusedxml est désactivé).</translation>
    </message>
    <message>
        <source>The workbook holds unsafe XML (entity tricks): not read.</source>
        <translation>Le classeur contient du XML dangereux (entités)&#xa0;: il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The workbook could not be read: {reason}</source>
        <translation>Le classeur n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>Le classeur n’a aucune feuille.</translation>
    </message>
    <message>
        <source>This file starts like a ZIP archive (as .xlsx workbooks do) but is damaged. Export it again as CSV or XLSX.</source>
        <translation>Ce fichier commence comme une archive ZIP (comme les classeurs .xlsx) mais il est endommagé. Exportez-le de nouveau en CSV ou en XLSX.</translation>
    </message>
    <message>
        <source>This is a binary Excel workbook (.xlsb), which cannot be read: save it as .xlsx or CSV first.</source>
        <translation>C’est un classeur Excel binaire (.xlsb), qui ne peut pas être lu&#xa0;: enregistrez-le d’abord en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods), which cannot be read: save it as .xlsx or CSV first.</source>
        <translation>C’est une feuille de calcul OpenDocument (.ods), qui ne peut pas être lue&#xa0;: enregistrez-la d’abord en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>This is a text document, not a spreadsheet: choose a CSV or XLSX file.</source>
        <translation>C’est un document texte, pas une feuille de calcul&#xa0;: choisissez un fichier CSV ou XLSX.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, not a spreadsheet: choose a CSV or XLSX file (if the export is inside the archive, extract it first).</source>
        <translation>C’est une archive ZIP, pas une feuille de calcul&#xa0;: choisissez un fichier CSV ou XLSX (si l’export est dans l’archive, extrayez-le d’abord).</translation>
    </message>
    <message>
        <source>{rows}… ({count} in all)</source>
        <translation>{rows}… ({count} en tout)</translation>
    </message>
    <message>
        <source>Row {row} has no value (column “{column}”): nothing was imported.</source>
        <translation>La ligne {row} n’a pas de valeur (colonne «&#xa0;{column}&#xa0;»)&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>{count} rows have no value (column “{column}”): rows {rows}. Nothing was imported.</source>
        <translation>{count} lignes n’ont pas de valeur (colonne «&#xa0;{column}&#xa0;»)&#xa0;: lignes {rows}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{text}” (column “{column}”) could be {thousands} or {decimal}, and no other number in the file says which: the decimal separator must be chosen.</source>
        <translation>«&#xa0;{text}&#xa0;» (colonne «&#xa0;{column}&#xa0;») peut valoir {thousands} ou {decimal}, et aucun autre nombre du fichier ne permet de trancher&#xa0;: il faut choisir le séparateur décimal.</translation>
    </message>
    <message>
        <source>One day of the file ({days}) already has a value from another source ({sources}): nothing was imported. Replace that value, keep both, or skip that day?</source>
        <translation>Un jour du fichier ({days}) a déjà une valeur d’une autre source ({sources})&#xa0;: rien n’a été importé. Remplacer cette valeur, garder les deux ou ignorer ce jour&#xa0;?</translation>
    </message>
    <message>
        <source>{count} days of the file ({days}) already have values from another source ({sources}): nothing was imported. Replace those values, keep both, or skip those days?</source>
        <translation>{count} jours du fichier ({days}) ont déjà des valeurs d’une autre source ({sources})&#xa0;: rien n’a été importé. Remplacer ces valeurs, garder les deux ou ignorer ces jours&#xa0;?</translation>
    </message>
    <message>
        <source>The file starts as {encoding} text but holds bytes that are not: it is damaged or not a spreadsheet export. Export it again as CSV or XLSX.</source>
        <translation>Le fichier commence comme un texte {encoding} mais contient des octets qui n’en sont pas&#xa0;: il est endommagé ou ce n’est pas un export de tableur. Exportez-le de nouveau en CSV ou en XLSX.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import measurements from</source>
        <translation>Importer des mesures depuis</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Tableurs (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>The values measure</source>
        <translation>Les valeurs mesurent</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Colonne des dates</translation>
    </message>
    <message>
        <source>Value column</source>
        <translation>Colonne des valeurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n ligne de données</numerusform>
            <numerusform>%n lignes de données</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>separator “{sep}”</source>
        <translation>séparateur «&#xa0;{sep}&#xa0;»</translation>
    </message>
    <message>
        <source>Choose the date and value columns.</source>
        <translation>Choisissez la colonne des dates et celle des valeurs.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be imported into it.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>The KPI itself</source>
        <translation>Le KPI lui-même</translation>
    </message>
    <message>
        <source>Import measurements into {name}</source>
        <translation>Importer des mesures dans {name}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be imported: {reason}</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>As the file writes it</source>
        <translation>Comme l’écrit le fichier</translation>
    </message>
    <message>
        <source>Comma (1 234,5)</source>
        <translation>Virgule (1&#xa0;234,5)</translation>
    </message>
    <message>
        <source>Dot (1,234.5)</source>
        <translation>Point (1,234.5)</translation>
    </message>
    <message>
        <source>Skip them (they are counted and named)</source>
        <translation>Les ignorer (elles sont comptées et nommées)</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Me demander</translation>
    </message>
    <message>
        <source>Replace those values</source>
        <translation>Remplacer ces valeurs</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip those days</source>
        <translation>Ignorer ces jours</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Rows without a value</source>
        <translation>Lignes sans valeur</translation>
    </message>
    <message>
        <source>Days with a value from another source</source>
        <translation>Jours déjà renseignés par une autre source</translation>
    </message>
    <message>
        <source>Tick “Skip them” below to import the other rows, or fill them in.</source>
        <translation>Cochez «&#xa0;Les ignorer&#xa0;» ci-dessous pour importer les autres lignes, ou complétez-les.</translation>
    </message>
    <message>
        <source>Choose the decimal separator below, then import again.</source>
        <translation>Choisissez le séparateur décimal ci-dessous, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Choose below what to do with those days, then import again.</source>
        <translation>Choisissez ci-dessous que faire de ces jours, puis importez de nouveau.</translation>
    </message>
</context>
<context>
    <name>KpiChartView</name>
    <message>
        <source>KPI chart</source>
        <translation>Graphique du KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>No measurements or targets yet.</source>
        <translation>Aucune mesure ni cible pour l’instant.</translation>
    </message>
    <message>
        <source>Actual {value}</source>
        <translation>Réel {value}</translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation>Cible {value}</translation>
    </message>
    <message>
        <source>Point at the chart to read a value; scroll to zoom, drag to pan.</source>
        <translation>Survolez le graphique pour lire une valeur&#xa0;; la molette zoome, un glisser déplace la vue.</translation>
    </message>
</context>
<context>
    <name>KpiCombinedChart</name>
    <message>
        <source>Combined KPI chart</source>
        <translation>Graphique combiné des KPI</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% de la cible</translation>
    </message>
    <message>
        <source>target (100 %)</source>
        <translation>cible (100&#xa0;%)</translation>
    </message>
    <message>
        <source>Each KPI as a percentage of its target for the period: 100 % is on target.</source>
        <translation>Chaque KPI en pourcentage de sa cible pour la période&#xa0;: 100&#xa0;% signifie que la cible est atteinte.</translation>
    </message>
    <message>
        <source>Tick the KPIs to compare.</source>
        <translation>Cochez les KPI à comparer.</translation>
    </message>
</context>
<context>
    <name>KpiDelete</name>
    <message>
        <source>1 target</source>
        <translation>1 cible</translation>
    </message>
    <message>
        <source>{n} targets</source>
        <translation>{n} cibles</translation>
    </message>
    <message>
        <source>1 measurement</source>
        <translation>1 mesure</translation>
    </message>
    <message>
        <source>{n} measurements</source>
        <translation>{n} mesures</translation>
    </message>
    <message>
        <source>with {targets} and {measurements}</source>
        <translation>avec {targets} et {measurements}</translation>
    </message>
    <message>
        <source>; the objective it measures will have no KPI</source>
        <translation>&#xa0;; l’objectif qu’il mesure n’aura plus de KPI</translation>
    </message>
    <message>
        <source>; the {n} objectives it measures will have no KPI</source>
        <translation>&#xa0;; les {n} objectifs qu’il mesure n’auront plus de KPI</translation>
    </message>
    <message>
        <source>Deleted “{name}” {what}. Undo: {keys}.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé {what}. Annuler&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Supprimer le KPI</translation>
    </message>
    <message>
        <source>Delete “{name}” {what}?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» {what}&#xa0;?</translation>
    </message>
    <message>
        <source>Undo ({keys}) brings it all back.</source>
        <translation>Annuler ({keys}) rétablit le tout.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>KpiDetailView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>No KPI selected</source>
        <translation>Aucun KPI sélectionné</translation>
    </message>
    <message>
        <source>Add a KPI, or choose one of the tiles above.</source>
        <translation>Ajoutez un KPI, ou choisissez l’une des vignettes ci-dessus.</translation>
    </message>
    <message>
        <source>Objective: {statement}</source>
        <translation>Objectif&#xa0;: {statement}</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to {path}.</source>
        <translation>L’image n’a pas pu être enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>KpiFormula</name>
    <message>
        <source>Acquisitions (new customers)</source>
        <translation>Acquisitions (nouveaux clients)</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Brand mentions (or spend)</source>
        <translation>Mentions de la marque (ou dépenses)</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Clients en début de période</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Customer lifetime (years)</source>
        <translation>Durée de vie client (années)</translation>
    </message>
    <message>
        <source>Market total mentions (or spend)</source>
        <translation>Total des mentions du marché (ou dépenses)</translation>
    </message>
    <message>
        <source>Market sales</source>
        <translation>Ventes du marché</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passifs (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Achats par an</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Entered directly</source>
        <translation>Saisi directement</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions × 100</source>
        <translation>Clics ÷ impressions × 100</translation>
    </message>
    <message>
        <source>Cost ÷ clicks</source>
        <translation>Coût ÷ clics</translation>
    </message>
    <message>
        <source>Cost ÷ impressions × 1000</source>
        <translation>Coût ÷ impressions × 1000</translation>
    </message>
    <message>
        <source>Cost ÷ acquisitions</source>
        <translation>Coût ÷ acquisitions</translation>
    </message>
    <message>
        <source>Revenue ÷ cost</source>
        <translation>Chiffre d’affaires ÷ coût</translation>
    </message>
    <message>
        <source>(Revenue − cost) ÷ cost × 100</source>
        <translation>(Chiffre d’affaires − coût) ÷ coût × 100</translation>
    </message>
    <message>
        <source>Conversions ÷ visitors × 100</source>
        <translation>Conversions ÷ visiteurs × 100</translation>
    </message>
    <message>
        <source>Average order value × purchases per year × lifetime in years</source>
        <translation>Panier moyen × achats par an × durée de vie en années</translation>
    </message>
    <message>
        <source>Customers lost ÷ customers at the start × 100</source>
        <translation>Clients perdus ÷ clients en début de période × 100</translation>
    </message>
    <message>
        <source>% promoters − % detractors</source>
        <translation>% promoteurs − % détracteurs</translation>
    </message>
    <message>
        <source>Brand mentions ÷ market total × 100</source>
        <translation>Mentions de la marque ÷ total du marché × 100</translation>
    </message>
    <message>
        <source>Sales ÷ market sales × 100</source>
        <translation>Ventes ÷ ventes du marché × 100</translation>
    </message>
</context>
<context>
    <name>KpiFromObjectiveDialog</name>
    <message>
        <source>Create a KPI from this objective</source>
        <translation>Créer un KPI à partir de cet objectif</translation>
    </message>
    <message>
        <source>It will measure: {objective}</source>
        <translation>Il mesurera&#xa0;: {objective}</translation>
    </message>
    <message>
        <source>e.g. Active subscriptions</source>
        <translation>p. ex. Abonnements actifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Measured every</source>
        <translation>Mesuré chaque</translation>
    </message>
    <message>
        <source>Good direction</source>
        <translation>Sens souhaité</translation>
    </message>
    <message>
        <source>Create and link</source>
        <translation>Créer et relier</translation>
    </message>
</context>
<context>
    <name>KpiIntents</name>
    <message numerus="yes">
        <source>Delete %n targets</source>
        <translation>
            <numerusform>Supprimer %n cible</numerusform>
            <numerusform>Supprimer %n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>Supprimer %n mesure</numerusform>
            <numerusform>Supprimer %n mesures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiLabels</name>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>À maximiser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>À minimiser</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Formula over the period&apos;s totals</source>
        <translation>Formule sur les totaux de la période</translation>
    </message>
    <message>
        <source>Entered directly</source>
        <translation>Saisi directement</translation>
    </message>
    <message>
        <source>CTR (click-through rate)</source>
        <translation>CTR (taux de clic)</translation>
    </message>
    <message>
        <source>CPC (cost per click)</source>
        <translation>CPC (coût par clic)</translation>
    </message>
    <message>
        <source>CPM (cost per thousand impressions)</source>
        <translation>CPM (coût pour mille impressions)</translation>
    </message>
    <message>
        <source>CPA / CAC (cost per acquisition)</source>
        <translation>CPA / CAC (coût par acquisition)</translation>
    </message>
    <message>
        <source>ROAS (return on ad spend)</source>
        <translation>ROAS (retour sur dépenses publicitaires)</translation>
    </message>
    <message>
        <source>ROI (return on investment)</source>
        <translation>ROI (retour sur investissement)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>LTV (customer lifetime value)</source>
        <translation>LTV (valeur vie client)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Taux d’attrition</translation>
    </message>
    <message>
        <source>NPS (net promoter score)</source>
        <translation>NPS (Net Promoter Score)</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>Part de voix</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>Part de marché</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semaine du {day}</translation>
    </message>
</context>
<context>
    <name>KpiLibraryModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period actual</source>
        <translation>Réel de la période</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The period&apos;s values added up (clicks, sign-ups, spend).</source>
        <translation>Les valeurs de la période additionnées (clics, inscriptions, dépenses).</translation>
    </message>
    <message>
        <source>The mean of the period&apos;s values (a score, a rate measured as such).</source>
        <translation>La moyenne des valeurs de la période (une note, un taux mesuré tel quel).</translation>
    </message>
    <message>
        <source>The last value measured in the period (a stock: subscribers).</source>
        <translation>La dernière valeur mesurée dans la période (un stock&#xa0;: les abonnés).</translation>
    </message>
    <message>
        <source>The formula over the period&apos;s totals: Σclicks ÷ Σimpressions, not the mean of daily rates. Enter or import the formula&apos;s inputs.</source>
        <translation>La formule sur les totaux de la période&#xa0;: Σclics ÷ Σimpressions, pas la moyenne des taux quotidiens. Saisissez ou importez les données de la formule.</translation>
    </message>
</context>
<context>
    <name>KpiLibraryView</name>
    <message>
        <source>KPI library</source>
        <translation>Bibliothèque de KPI</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. A computed KPI (CTR, CPA, ROAS…) takes its unit and direction from its formula; its measurements are entered as the formula&apos;s inputs. “Period actual” says how a period&apos;s measurements add up.</source>
        <translation>Double-cliquez sur une cellule pour la modifier. Un KPI calculé (CTR, CPA, ROAS…) tient son unité et son sens de sa formule&#xa0;; ses mesures se saisissent comme les données de la formule. «&#xa0;Réel de la période&#xa0;» dit comment les mesures d’une période s’additionnent.</translation>
    </message>
</context>
<context>
    <name>KpiPageView</name>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Is the plan working? Each KPI against its target, with its trend and status.</source>
        <translation>Le plan fonctionne-t-il&#xa0;? Chaque KPI face à sa cible, avec sa tendance et son statut.</translation>
    </message>
    <message>
        <source>No KPIs yet. Add your first KPI (Ctrl+N) and link it to the objective it measures; then set its targets and enter or import its measurements.</source>
        <translation>Aucun KPI pour l’instant. Ajoutez votre premier KPI (Ctrl+N) et reliez-le à l’objectif qu’il mesure&#xa0;; fixez ensuite ses cibles, puis saisissez ou importez ses mesures.</translation>
    </message>
    <message>
        <source>Add the first KPI</source>
        <translation>Ajouter le premier KPI</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <source>Show or hide the KPI tiles (hidden, the chart gets their room)</source>
        <translation>Afficher ou masquer les vignettes des KPI (masquées, le graphique prend leur place)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>KPI library</source>
        <translation>Bibliothèque de KPI</translation>
    </message>
    <message>
        <source>Combined view</source>
        <translation>Vue combinée</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Ajouter un KPI</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Supprimer le KPI</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>Tableau de bord des KPI</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Modifier le KPI</translation>
    </message>
</context>
<context>
    <name>KpiPicker</name>
    <message>
        <source>— No KPI</source>
        <translation>— Aucun KPI</translation>
    </message>
    <message>
        <source>A KPI of the library, or a metric of its own</source>
        <translation>Un KPI de la bibliothèque, ou une mesure propre</translation>
    </message>
    <message>
        <source>A KPI of the library, or a new name to create it</source>
        <translation>Un KPI de la bibliothèque, ou un nouveau nom pour le créer</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>KpiStatus</name>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message>
        <source>No measurement yet</source>
        <translation>Aucune mesure pour l’instant</translation>
    </message>
    <message>
        <source>No target for this period</source>
        <translation>Pas de cible pour cette période</translation>
    </message>
    <message>
        <source>Target {value} ({period})</source>
        <translation>Cible {value} ({period})</translation>
    </message>
    <message>
        <source>{value} pro rata</source>
        <translation>{value} au prorata</translation>
    </message>
    <message>
        <source>{status} so far</source>
        <translation>{status} à ce jour</translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <source>Theme lanes</source>
        <translation>Couloirs thématiques</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Themes are lanes of your own beside the objectives&apos; lanes (brand, product, organisation…). An initiative in a theme lane can still serve an objective.</source>
        <translation>Les thèmes sont vos propres couloirs, à côté de ceux des objectifs (marque, produit, organisation…). Une initiative dans un couloir thématique peut tout de même servir un objectif.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Delete the lane “{name}”?</source>
        <translation>Supprimer le couloir «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its initiative will be deleted with it (Undo brings it back).</source>
        <translation>Son initiative sera supprimée avec lui (Annuler la rétablit).</translation>
    </message>
    <message>
        <source>Its {n} initiatives will be deleted with it (Undo brings them back).</source>
        <translation>Ses {n} initiatives seront supprimées avec lui (Annuler les rétablit).</translation>
    </message>
    <message>
        <source>Delete lane and initiatives</source>
        <translation>Supprimer le couloir et ses initiatives</translation>
    </message>
</context>
<context>
    <name>LinkPickerModel</name>
    <message>
        <source>{quadrant}: {text}</source>
        <translation>{quadrant}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Opening the plan…</source>
        <translation>Ouverture du plan…</translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation>Le plan n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>The plan was closed and all its changes are saved, but the automatic backup failed: {reason}</source>
        <translation>Le plan a été fermé et toutes ses modifications sont enregistrées, mais la sauvegarde automatique a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The demo plan could not be built</source>
        <translation>Le plan de démonstration n’a pas pu être créé</translation>
    </message>
    <message>
        <source>The plan could not be created</source>
        <translation>Le plan n’a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Points on the map</source>
        <translation>Points de la carte</translation>
    </message>
    <message>
        <source>Across (left to right)</source>
        <translation>Horizontal (de gauche à droite)</translation>
    </message>
    <message>
        <source>Up (bottom to top)</source>
        <translation>Vertical (de bas en haut)</translation>
    </message>
    <message>
        <source>Name of the axis</source>
        <translation>Nom de l’axe</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Extrémité basse</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Extrémité haute</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Across (−10 to 10)</source>
        <translation>Horizontal (−10 à 10)</translation>
    </message>
    <message>
        <source>Up (−10 to 10)</source>
        <translation>Vertical (−10 à 10)</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Add the client&apos;s brand and its competitors, then drag them into place.</source>
        <translation>Ajoutez la marque du client et ses concurrents, puis faites-les glisser à leur place.</translation>
    </message>
    <message>
        <source>— None (a free label) —</source>
        <translation>— Aucun (libellé libre) —</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Add a measurement of {name}</source>
        <translation>Ajouter une mesure de {name}</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Computed as {formula}: enter the inputs. They are stored, and each period&apos;s actual is the formula over their totals.</source>
        <translation>Calculé comme {formula}&#xa0;: saisissez les données. Elles sont enregistrées, et le réel de chaque période est la formule appliquée à leurs totaux.</translation>
    </message>
    <message>
        <source>Computed as {formula}: enter the inputs, the value is stored.</source>
        <translation>Calculé ainsi&#xa0;: {formula}. Saisissez les données d’entrée&#xa0;; c’est la valeur calculée qui est enregistrée.</translation>
    </message>
    <message>
        <source>Fill in every input (a zero divisor gives no value).</source>
        <translation>Remplissez toutes les données d’entrée (un diviseur nul ne donne aucune valeur).</translation>
    </message>
    <message>
        <source>Type the measured value.</source>
        <translation>Saisissez la valeur mesurée.</translation>
    </message>
    <message>
        <source>{formula} = {value}</source>
        <translation>{formula} = {value}</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>Valeur&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>The KPI itself</source>
        <translation>Le KPI lui-même</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>MeasurementsView</name>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Add measurement…</source>
        <translation>Ajouter une mesure…</translation>
    </message>
    <message>
        <source>Delete measurements</source>
        <translation>Supprimer les mesures</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Modifier la mesure</translation>
    </message>
</context>
<context>
    <name>MixActionForm</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Close the details (Escape)</source>
        <translation>Fermer le détail (Échap)</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Fermer le détail</translation>
    </message>
    <message>
        <source>Select a card to see and edit all of its details here.</source>
        <translation>Sélectionnez une carte pour voir et modifier ici tout son détail.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the due date</source>
        <translation>Retirer l’échéance</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation>Budget réel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>— No objective —</source>
        <translation>— Aucun objectif —</translation>
    </message>
    <message>
        <source>— No segment —</source>
        <translation>— Aucun segment —</translation>
    </message>
</context>
<context>
    <name>MixBoardView</name>
    <message>
        <source>Planned {amount}</source>
        <translation>Prévu {amount}</translation>
    </message>
    <message>
        <source>Actual {amount}</source>
        <translation>Réel {amount}</translation>
    </message>
    <message>
        <source>No action here yet.</source>
        <translation>Aucune action ici pour l’instant.</translation>
    </message>
    <message>
        <source>Add: type a title, press Enter</source>
        <translation>Ajouter&#xa0;: saisir un titre (Entrée)</translation>
    </message>
    <message>
        <source>{planned} planned · {actual} actual</source>
        <translation>{planned} prévu · {actual} réel</translation>
    </message>
</context>
<context>
    <name>MixCard</name>
    <message>
        <source>No objective</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Overdue: {date}</source>
        <translation>En retard&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Pour le {date}</translation>
    </message>
    <message>
        <source>{planned} planned · {actual} actual</source>
        <translation>{planned} prévu · {actual} réel</translation>
    </message>
    <message>
        <source>Objective: {name}</source>
        <translation>Objectif&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>Segment&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>MixColumn</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>MixFilterBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search titles, descriptions, owners (Ctrl+F)</source>
        <translation>Rechercher dans les titres, descriptions, responsables (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sans segment</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
</context>
<context>
    <name>MixIntents</name>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Déplacer l’action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Turn on the 7P mix</source>
        <translation>Activer le mix 7P</translation>
    </message>
    <message>
        <source>Turn off the 7P mix</source>
        <translation>Désactiver le mix 7P</translation>
    </message>
</context>
<context>
    <name>MixMoney</name>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>Un budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type it like {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un montant. Saisissez-le sous la forme {example}.</translation>
    </message>
    <message>
        <source>“{text}” has more than two decimals. Type it like {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» a plus de deux décimales. Saisissez-le sous la forme {example}.</translation>
    </message>
</context>
<context>
    <name>MixOverviewModel</name>
    <message>
        <source>All columns</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All Ps</source>
        <translation>Tous les P</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Aucune action</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>{count} actions</source>
        <translation>{count} actions</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>{count} without objective</source>
        <translation>{count} sans objectif</translation>
    </message>
</context>
<context>
    <name>MixOverviewView</name>
    <message>
        <source>Overview of the marketing mix</source>
        <translation>Vue d’ensemble du mix marketing</translation>
    </message>
</context>
<context>
    <name>MixP</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <source>What the client sells: range, quality, packaging.</source>
        <translation>Ce que vend le client&#xa0;: gamme, qualité, conditionnement.</translation>
    </message>
    <message>
        <source>What customers pay: price levels, offers, discounts.</source>
        <translation>Ce que paient les clients&#xa0;: niveaux de prix, offres, remises.</translation>
    </message>
    <message>
        <source>How customers hear of it: ads, social, PR, events.</source>
        <translation>Comment les clients en entendent parler&#xa0;: publicité, réseaux sociaux, relations presse, événements.</translation>
    </message>
    <message>
        <source>Where and how customers buy and receive it.</source>
        <translation>Où et comment les clients achètent et reçoivent l’offre.</translation>
    </message>
    <message>
        <source>Who serves the customers: hiring, training, service.</source>
        <translation>Qui sert les clients&#xa0;: recrutement, formation, service.</translation>
    </message>
    <message>
        <source>How the service is delivered, step by step.</source>
        <translation>Comment le service est rendu, étape par étape.</translation>
    </message>
    <message>
        <source>What customers see and touch: premises, signs, documents.</source>
        <translation>Ce que les clients voient et touchent&#xa0;: locaux, signalétique, documents.</translation>
    </message>
</context>
<context>
    <name>MixPageView</name>
    <message>
        <source>Marketing mix</source>
        <translation>Mix marketing</translation>
    </message>
    <message>
        <source>The actions of each P, from idea to done: who owns them, when they are due, what they cost, and which objective and segment they serve.</source>
        <translation>Les actions de chaque P, de l’idée à la réalisation&#xa0;: qui en est responsable, pour quand, ce qu’elles coûtent, et quels objectif et segment elles servent.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Move to the previous P</source>
        <translation>Déplacer vers le P précédent</translation>
    </message>
    <message>
        <source>Move to the next P</source>
        <translation>Déplacer vers le P suivant</translation>
    </message>
    <message>
        <source>Showing {shown} of 1 action; the totals count only what is shown.</source>
        <translation>Actions affichées&#xa0;: {shown} sur 1&#xa0;; les totaux ne portent que sur ce qui est affiché.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} actions; the totals count them only.</source>
        <translation>Actions affichées&#xa0;: {shown} sur {total}&#xa0;; les totaux ne portent que sur celles-ci.</translation>
    </message>
    <message>
        <source>1 action; the totals count it.</source>
        <translation>1 action&#xa0;; les totaux portent sur celle-ci.</translation>
    </message>
    <message>
        <source>{total} actions; the totals count them all.</source>
        <translation>Actions&#xa0;: {total}&#xa0;; les totaux portent sur l’ensemble.</translation>
    </message>
    <message>
        <source>“{title}” was added; the filters hide it.</source>
        <translation>«&#xa0;{title}&#xa0;» a été ajoutée&#xa0;; les filtres la masquent.</translation>
    </message>
    <message>
        <source>Move to another P</source>
        <translation>Déplacer vers un autre P</translation>
    </message>
</context>
<context>
    <name>MixTabs</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+1 more</source>
        <translation>+1 autre</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} autres</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>e.g. Brûlerie des Quais</source>
        <translation>par ex. Brûlerie des Quais</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Your name, on the printed plan&apos;s cover</source>
        <translation>Votre nom, sur la couverture du plan imprimé</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>A new marketing plan</source>
        <translation>Un nouveau plan marketing</translation>
    </message>
    <message>
        <source>Marketing plan {start}–{end}</source>
        <translation>Plan marketing {start}–{end}</translation>
    </message>
    <message>
        <source>Marketing plan {start}</source>
        <translation>Plan marketing {start}</translation>
    </message>
</context>
<context>
    <name>ObjectiveDetails</name>
    <message>
        <source>Select an objective to see its owner, status, progress and SMART check here.</source>
        <translation>Sélectionnez un objectif pour voir ici son responsable, son statut, sa progression et son contrôle SMART.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Who and where it stands</source>
        <translation>Qui, et où il en est</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>Contrôle SMART</translation>
    </message>
</context>
<context>
    <name>ObjectiveStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>ObjectivesActions</name>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Ajouter un résultat clé</translation>
    </message>
    <message>
        <source>KPI from objective…</source>
        <translation>KPI depuis l’objectif…</translation>
    </message>
    <message>
        <source>Create a KPI from this objective and measure it by it (Ctrl+Shift+K)</source>
        <translation>Créer un KPI à partir de cet objectif et le mesurer avec (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No objectives yet. &lt;a href=&apos;add&apos;&gt;Add your first one&lt;/a&gt; (Ctrl+N): a specific, measurable result the client wants to reach within the plan&apos;s years, measured by a KPI of the library.</source>
        <translation>Aucun objectif pour l’instant. &lt;a href=&apos;add&apos;&gt;Ajoutez le premier&lt;/a&gt; (Ctrl+N)&#xa0;: un résultat précis et mesurable que le client veut atteindre dans les années du plan, mesuré par un KPI de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>ObjectivesIntents</name>
    <message numerus="yes">
        <source>Delete %n objectives</source>
        <translation>
            <numerusform>Supprimer %n objectif</numerusform>
            <numerusform>Supprimer %n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rows</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>Objective and key results</source>
        <translation>Objectif et résultats clés</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Choose a KPI</source>
        <translation>Choisir un KPI</translation>
    </message>
    <message>
        <source>Set a baseline and a target</source>
        <translation>Fixer un départ et une cible</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Aucune mesure pour l’instant</translation>
    </message>
    <message>
        <source>{percent}  {status}</source>
        <translation>{percent}  {status}</translation>
    </message>
    <message>
        <source>{percent} of the way from the baseline to the target</source>
        <translation>{percent} du chemin entre le départ et la cible</translation>
    </message>
    <message>
        <source>Choose the KPI that measures this objective (or create one from it): its measurements show the progress here.</source>
        <translation>Choisissez le KPI qui mesure cet objectif (ou créez-en un à partir de lui)&#xa0;: ses mesures montrent ici la progression.</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} le {date}</translation>
    </message>
    <message>
        <source>no measurement yet</source>
        <translation>aucune mesure pour l’instant</translation>
    </message>
    <message>
        <source>{kpi}: {baseline} → {latest} → {target}</source>
        <translation>{kpi}&#xa0;: {baseline} → {latest} → {target}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Échéance&#xa0;: {date}</translation>
    </message>
    <message>
        <source>{status}: no KPI target for this period</source>
        <translation>{status}&#xa0;: pas de cible du KPI pour cette période</translation>
    </message>
    <message>
        <source>{status} against the KPI&apos;s target of {target} ({period})</source>
        <translation>{status} par rapport à la cible du KPI de {target} ({period})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Latest {value}</source>
        <translation>Dernière valeur {value}</translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>SMART objectives over the plan&apos;s years, each measured by a KPI of the library: from which baseline to which target, by when, how far it has come, and the key results that get there.</source>
        <translation>Des objectifs SMART sur les années du plan, chacun mesuré par un KPI de la bibliothèque&#xa0;: de quel départ à quelle cible, pour quand, où il en est, et les résultats clés qui y mènent.</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Create KPI for objective</source>
        <translation>Créer un KPI pour l’objectif</translation>
    </message>
    <message>
        <source>New key result</source>
        <translation>Nouveau résultat clé</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Ajouter un résultat clé</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>Modifier le résultat clé</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Delete key result</source>
        <translation>Supprimer le résultat clé</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Déplacer l’objectif</translation>
    </message>
    <message>
        <source>Move key result</source>
        <translation>Déplacer le résultat clé</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
</context>
<context>
    <name>OperationsPages</name>
    <message>
        <source>Marketing mix</source>
        <translation>Mix marketing</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Export the plan as a PDF</source>
        <translation>Exporter le plan en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the plan as a workbook</source>
        <translation>Exporter le plan en classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>The plan was written to {path} ({pages} pages)</source>
        <translation>Le plan a été écrit dans {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <source>The workbook was written to {path}</source>
        <translation>Le classeur a été écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export the plan as a PDF</source>
        <translation>Exporter le plan en PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Only the cover and the one-page summary</source>
        <translation>Seulement la couverture et la synthèse d’une page</translation>
    </message>
    <message>
        <source>Sections to print</source>
        <translation>Sections à imprimer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>PerceptualMap</name>
    <message>
        <source>Our brand</source>
        <translation>Notre marque</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Free label</source>
        <translation>Libellé libre</translation>
    </message>
    <message>
        <source>{label} ({kind}): {x_name} {x}, {y_name} {y}</source>
        <translation>{label} ({kind})&#xa0;: {x_name} {x}, {y_name} {y}</translation>
    </message>
</context>
<context>
    <name>PerceptualMapView</name>
    <message>
        <source>Perceptual map</source>
        <translation>Carte perceptuelle</translation>
    </message>
    <message>
        <source>Drag a point to move it, or click it and use the arrow keys (Shift: finer steps); Page Up and Page Down choose a point.</source>
        <translation>Faites glisser un point pour le déplacer, ou cliquez-le et utilisez les flèches (Maj&#xa0;: pas plus fins)&#xa0;; Page précédente et Page suivante choisissent un point.</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
</context>
<context>
    <name>PersonasBoard</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No persona yet: type a first name below and press Enter.</source>
        <translation>Pas encore de persona&#xa0;: tapez un prénom ci-dessous et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Add a persona, press Enter</source>
        <translation>Ajouter un persona, Entrée</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Besoins&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Channels: {text}</source>
        <translation>Canaux&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>PestelPanel</name>
    <message>
        <source>Show all factors</source>
        <translation>Afficher tous les facteurs</translation>
    </message>
    <message>
        <source>Impact × likelihood</source>
        <translation>Impact × probabilité</translation>
    </message>
    <message>
        <source>Factors per cell. Across: impact, −2 to +2. Down: likelihood, 5 (almost certain) on top. Click a cell to show only its factors.</source>
        <translation>Nombre de facteurs par case. En abscisse&#xa0;: l’impact, de −2 à +2. En ordonnée&#xa0;: la probabilité, 5 (quasi certain) en haut. Cliquez sur une case pour n’afficher que ses facteurs.</translation>
    </message>
    <message>
        <source>Already in the SWOT: {quadrants}</source>
        <translation>Déjà dans le SWOT&#xa0;: {quadrants}</translation>
    </message>
    <message>
        <source>Send to SWOT as opportunity</source>
        <translation>Ajouter au SWOT comme opportunité</translation>
    </message>
    <message>
        <source>Send to SWOT as threat</source>
        <translation>Ajouter au SWOT comme menace</translation>
    </message>
    <message>
        <source>Showing {count} of {total} factors: impact {impact}, likelihood {n}.</source>
        <translation>Facteurs affichés&#xa0;: {count} sur {total} (impact {impact}, probabilité {n}).</translation>
    </message>
    <message>
        <source>Add PESTEL factor</source>
        <translation>Ajouter un facteur PESTEL</translation>
    </message>
    <message>
        <source>Reorder PESTEL factor</source>
        <translation>Réordonner le facteur PESTEL</translation>
    </message>
    <message>
        <source>Move factor to {category}</source>
        <translation>Déplacer le facteur vers {category}</translation>
    </message>
    <message>
        <source>Delete PESTEL factor</source>
        <translation>Supprimer le facteur PESTEL</translation>
    </message>
    <message>
        <source>Edit PESTEL factor</source>
        <translation>Modifier le facteur PESTEL</translation>
    </message>
    <message>
        <source>Send factor to SWOT as opportunity</source>
        <translation>Ajouter le facteur au SWOT comme opportunité</translation>
    </message>
    <message>
        <source>Send factor to SWOT as threat</source>
        <translation>Ajouter le facteur au SWOT comme menace</translation>
    </message>
    <message>
        <source>No {category} factor yet: type one below and press Enter.</source>
        <translation>Aucun facteur {category} pour l’instant&#xa0;: saisissez-en un ci-dessous et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Add a factor, press Enter</source>
        <translation>Ajouter un facteur (Entrée)</translation>
    </message>
    <message>
        <source>Impact {impact}</source>
        <translation>Impact {impact}</translation>
    </message>
    <message>
        <source>Likelihood {n}/5</source>
        <translation>Probabilité {n}/5</translation>
    </message>
    <message>
        <source>In SWOT: {quadrant}</source>
        <translation>Dans le SWOT&#xa0;: {quadrant}</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>This file holds no plan.</source>
        <translation>Ce fichier ne contient aucun plan.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>“{name}” could not be backed up: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être sauvegardé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The backup copy of “{name}” failed its check and was discarded: {problem}</source>
        <translation>La copie de sauvegarde de «&#xa0;{name}&#xa0;» n’a pas passé la vérification et a été supprimée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>No backup of “{name}” is called “{id}”.</source>
        <translation>Aucune sauvegarde de «&#xa0;{name}&#xa0;» ne s’appelle «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>Several backups of “{name}” start with “{id}”.</source>
        <translation>Plusieurs sauvegardes de «&#xa0;{name}&#xa0;» commencent par «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged: {problem}</source>
        <translation>La sauvegarde «&#xa0;{name}&#xa0;» est endommagée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>The disk is full: “{name}” could not be restored. Nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;{name}&#xa0;» n’a pas pu être restauré. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” could not be restored: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être restauré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{name}” was not closed properly; open it in stratdesk once to recover it.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été fermé correctement&#xa0;; ouvrez-le une fois dans stratdesk pour le récupérer.</translation>
    </message>
    <message>
        <source>“{name}” cannot be checked.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: see the problems listed. Its automatic backups may help.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé&#xa0;: consultez les problèmes listés. Ses sauvegardes automatiques peuvent vous aider.</translation>
    </message>
    <message>
        <source>“{name}” is sound, but from a newer stratdesk (schema {version}).</source>
        <translation>«&#xa0;{name}&#xa0;» est en bon état, mais vient d’une version plus récente de stratdesk (schéma {version}).</translation>
    </message>
    <message>
        <source>“{name}” is sound; it will be updated (schema {version}) when next opened.</source>
        <translation>«&#xa0;{name}&#xa0;» est en bon état&#xa0;; il sera mis à jour (schéma {version}) à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>“{name}” is sound (schema {version}).</source>
        <translation>«&#xa0;{name}&#xa0;» est en bon état (schéma {version}).</translation>
    </message>
    <message>
        <source>The file “{name}” does not exist.</source>
        <translation>Le fichier «&#xa0;{name}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it is a folder, or you may not open it.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu&#xa0;: c’est un dossier, ou vous n’avez pas le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes): it holds no plan. It was left untouched.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide (0 octet)&#xa0;: il ne contient aucun plan. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is not a stratdesk plan file. It was left untouched.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier de plan stratdesk. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is a database of another application, not a stratdesk plan. It was left untouched.</source>
        <translation>«&#xa0;{name}&#xa0;» est une base de données d’une autre application, pas un plan stratdesk. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is a stratdesk plan but it is damaged and cannot be read. It was left untouched; try one of its automatic backups.</source>
        <translation>«&#xa0;{name}&#xa0;» est un plan stratdesk, mais il est endommagé et ne peut pas être lu. Il n’a pas été modifié&#xa0;; essayez l’une de ses sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of stratdesk. Update stratdesk to open it. It was left untouched.</source>
        <translation>«&#xa0;{name}&#xa0;» a été enregistré par une version plus récente de stratdesk. Mettez stratdesk à jour pour l’ouvrir. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is already open in another stratdesk window.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans une autre fenêtre de stratdesk.</translation>
    </message>
    <message>
        <source>“{name}” is already open in another stratdesk window or computer.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans une autre fenêtre de stratdesk ou sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>“{name}” is already open in stratdesk on {host} (process {pid}, user {user}, since {since}). Close it there first.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans stratdesk sur {host} (processus {pid}, utilisateur {user}, depuis {since}). Fermez-le d’abord sur ce poste.</translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name.</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“{name}” must be opened normally once (not read-only) so that stratdesk can bring it up to date.</source>
        <translation>«&#xa0;{name}&#xa0;» doit être ouvert une fois normalement (pas en lecture seule) pour que stratdesk puisse le mettre à jour.</translation>
    </message>
    <message>
        <source>“{name}” cannot be created in {folder}: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être créé dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>You cannot change “{name}” or its folder. Open it read-only, or copy it to a folder of yours.</source>
        <translation>Vous ne pouvez pas modifier «&#xa0;{name}&#xa0;» ni son dossier. Ouvrez-le en lecture seule, ou copiez-le dans l’un de vos dossiers.</translation>
    </message>
    <message>
        <source>“{name}” needs updating for this version of stratdesk, but it could not be backed up first, so it was left untouched.</source>
        <translation>«&#xa0;{name}&#xa0;» doit être mis à jour pour cette version de stratdesk, mais il n’a pas pu être sauvegardé au préalable&#xa0;: il n’a donc pas été modifié.</translation>
    </message>
    <message>
        <source>“{name}” could not be updated for this version of stratdesk. It was restored as it was; a backup is in {folder}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être mis à jour pour cette version de stratdesk. Il a été restauré tel quel&#xa0;; une sauvegarde se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>The plan file could not be written: {reason}</source>
        <translation>Le fichier du plan n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The plan file “{name}” is no longer there: was it moved or deleted?</source>
        <translation>Le fichier du plan «&#xa0;{name}&#xa0;» n’est plus là&#xa0;: a-t-il été déplacé ou supprimé&#xa0;?</translation>
    </message>
    <message>
        <source>The plan file could not be read: {reason}</source>
        <translation>Le fichier du plan n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No automatic backup of it was found.</source>
        <translation>Aucune sauvegarde automatique de ce plan n’a été trouvée.</translation>
    </message>
    <message>
        <source>A backup from {date} can be brought back: File › Restore from a backup…, or the command stratdesk restore &quot;{path}&quot;.</source>
        <translation>Une sauvegarde du {date} peut être restaurée&#xa0;: Fichier › Restaurer une sauvegarde…, ou la commande stratdesk restore &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>“{name}” is damaged ({problem}); stratdesk will not change it. {hint}</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé ({problem})&#xa0;; stratdesk ne le modifiera pas. {hint}</translation>
    </message>
    <message>
        <source>The disk holding “{name}” is full. Free some space, then try again; nothing was changed.</source>
        <translation>Le disque qui contient «&#xa0;{name}&#xa0;» est plein. Libérez de la place, puis réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” was taken over by stratdesk on another computer or window; this window no longer changes it. Close it and open it again to see the latest version.</source>
        <translation>«&#xa0;{name}&#xa0;» a été repris par stratdesk sur un autre ordinateur ou dans une autre fenêtre&#xa0;; cette fenêtre ne le modifie plus. Fermez-le et rouvrez-le pour voir la dernière version.</translation>
    </message>
    <message>
        <source>There is no sound backup of “{name}” to restore.</source>
        <translation>Il n’y a aucune sauvegarde saine de «&#xa0;{name}&#xa0;» à restaurer.</translation>
    </message>
</context>
<context>
    <name>PorterChart</name>
    <message>
        <source>Five forces chart</source>
        <translation>Graphique des cinq forces</translation>
    </message>
    <message>
        <source>{force}: {rating}</source>
        <translation>{force}&#xa0;: {rating}</translation>
    </message>
    <message>
        <source>Average pressure: {value}</source>
        <translation>Pression moyenne&#xa0;: {value}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évaluée</translation>
    </message>
</context>
<context>
    <name>PositioningIntents</name>
    <message>
        <source>Edit positioning</source>
        <translation>Modifier le positionnement</translation>
    </message>
    <message>
        <source>Write positioning</source>
        <translation>Rédiger le positionnement</translation>
    </message>
    <message>
        <source>Clear positioning</source>
        <translation>Effacer le positionnement</translation>
    </message>
    <message>
        <source>Edit map axis</source>
        <translation>Modifier un axe de la carte</translation>
    </message>
    <message>
        <source>Add map point</source>
        <translation>Ajouter un point à la carte</translation>
    </message>
    <message>
        <source>Edit map point</source>
        <translation>Modifier un point de la carte</translation>
    </message>
    <message>
        <source>Move map point</source>
        <translation>Déplacer un point de la carte</translation>
    </message>
    <message>
        <source>Nudge map point</source>
        <translation>Décaler un point de la carte</translation>
    </message>
    <message>
        <source>Remove map point</source>
        <translation>Retirer un point de la carte</translation>
    </message>
</context>
<context>
    <name>PositioningStatement</name>
    <message>
        <source>For {target} who {need}, {brand} is {category} that {benefit}.</source>
        <translation>Pour {target} qui {need}, {brand} est {category} qui {benefit}.</translation>
    </message>
    <message>
        <source>Unlike {alternative}, {brand} {differentiator}.</source>
        <translation>Contrairement à {alternative}, {brand} {differentiator}.</translation>
    </message>
    <message>
        <source>Proof: {proof}.</source>
        <translation>Preuve&#xa0;: {proof}.</translation>
    </message>
    <message>
        <source>[target]</source>
        <translation>[cible]</translation>
    </message>
    <message>
        <source>[need]</source>
        <translation>[besoin]</translation>
    </message>
    <message>
        <source>[category]</source>
        <translation>[catégorie]</translation>
    </message>
    <message>
        <source>[benefit]</source>
        <translation>[bénéfice]</translation>
    </message>
    <message>
        <source>[alternative]</source>
        <translation>[alternative]</translation>
    </message>
    <message>
        <source>[differentiator]</source>
        <translation>[différenciation]</translation>
    </message>
    <message>
        <source>[proof]</source>
        <translation>[preuve]</translation>
    </message>
    <message>
        <source>[brand]</source>
        <translation>[marque]</translation>
    </message>
</context>
<context>
    <name>PositioningView</name>
    <message>
        <source>Positioning</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>How each targeted segment should see the client: a positioning statement written in the plan&apos;s language, and a perceptual map placing the brand among its competitors.</source>
        <translation>Comment chaque segment ciblé doit voir le client&#xa0;: une déclaration de positionnement rédigée dans la langue du plan, et une carte perceptuelle qui situe la marque parmi ses concurrents.</translation>
    </message>
    <message>
        <source>Positioning statements</source>
        <translation>Déclarations de positionnement</translation>
    </message>
    <message>
        <source>Perceptual map</source>
        <translation>Carte perceptuelle</translation>
    </message>
    <message>
        <source>Add our brand</source>
        <translation>Ajouter notre marque</translation>
    </message>
    <message>
        <source>Add a competitor</source>
        <translation>Ajouter un concurrent</translation>
    </message>
    <message>
        <source>Add a free label</source>
        <translation>Ajouter un libellé libre</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Every competitor of the Environment page is on the map</source>
        <translation>Tous les concurrents de la page Environnement sont sur la carte</translation>
    </message>
    <message>
        <source>No competitors yet: add them on the Environment page</source>
        <translation>Pas encore de concurrents&#xa0;: ajoutez-les sur la page Environnement</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Nouveau point</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Page {page} / {total}</source>
        <translation>Page {page} / {total}</translation>
    </message>
    <message>
        <source>Strategy summary</source>
        <translation>Synthèse de la stratégie</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>SWOT and TOWS</source>
        <translation>SWOT et TOWS</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Marketing mix</source>
        <translation>Mix marketing</translation>
    </message>
    <message>
        <source>Campaigns and budget</source>
        <translation>Campagnes et budget</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Alignment findings</source>
        <translation>Constats d’alignement</translation>
    </message>
    <message>
        <source>Unknown language “{value}”: choose one of {choices}.</source>
        <translation>Langue inconnue «&#xa0;{value}&#xa0;»&#xa0;: choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Unknown paper “{value}”: choose one of {choices}.</source>
        <translation>Format de papier inconnu «&#xa0;{value}&#xa0;»&#xa0;: choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Unknown section “{value}”: choose among {choices}.</source>
        <translation>Section inconnue «&#xa0;{value}&#xa0;»&#xa0;: choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Name at least one section: {choices}.</source>
        <translation>Indiquez au moins une section&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Where an action, a campaign or a KPI does not line up with the strategy.</source>
        <translation>Là où une action, une campagne ou un indicateur ne s’aligne pas sur la stratégie.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>T{quarter}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} autres</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>Calendrier des campagnes</translation>
    </message>
    <message>
        <source>One lane per channel. ✓ done, ✗ cancelled (dashed).</source>
        <translation>Une ligne par canal. ✓ terminée, ✗ annulée (en pointillés).</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sans segment</translation>
    </message>
    <message>
        <source>Mix: {p}</source>
        <translation>Mix&#xa0;: {p}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Channel or P</source>
        <translation>Canal ou P</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Mix actions</source>
        <translation>Actions du mix</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget by month</source>
        <translation>Budget par mois</translation>
    </message>
    <message>
        <source>Campaigns spread over the months they run, mix actions in the month they are due.</source>
        <translation>Les campagnes sont réparties sur les mois où elles se déroulent, les actions du mix comptées le mois de leur échéance.</translation>
    </message>
    <message>
        <source>Budget by channel</source>
        <translation>Budget par canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Mix action</source>
        <translation>Action du mix</translation>
    </message>
    <message>
        <source>Overspent</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Dépassé de</translation>
    </message>
    <message>
        <source>Overspends</source>
        <translation>Dépassements</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Sert</translation>
    </message>
    <message>
        <source>Marketing plan</source>
        <translation>Plan marketing</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>PESTEL factors</source>
        <translation>Facteurs PESTEL</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Niveau de prix</translation>
    </message>
    <message>
        <source>Est. share</source>
        <translation>Part estimée</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>Five forces</source>
        <translation>Cinq forces</translation>
    </message>
    <message>
        <source>How strongly each force weighs on the client&apos;s profits, from 1 to 5.</source>
        <translation>Le poids de chaque force sur les marges du client, de 1 à 5.</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>What it tried</source>
        <translation>Ce qu’elle testait</translation>
    </message>
    <message>
        <source>Actuals against targets</source>
        <translation>Réel face aux cibles</translation>
    </message>
    <message>
        <source>Each period&apos;s actual (solid line) against its target (dashed line).</source>
        <translation>Le réel de chaque période (trait plein) face à sa cible (pointillés).</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Dernier réel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation>Aucune mesure pour l’instant.</translation>
    </message>
    <message>
        <source>Obj. {n}</source>
        <translation>Obj. {n}</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Budget by P</source>
        <translation>Budget par P</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Objective {n}</source>
        <translation>Objectif {n}</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>From baseline to target</source>
        <translation>Du point de départ à la cible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress from the baseline to the target</source>
        <translation>Avancement du point de départ à la cible</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Résultats clés</translation>
    </message>
    <message>
        <source>measured by {name}</source>
        <translation>mesuré par {name}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>cible {value}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>pour le {day}</translation>
    </message>
    <message>
        <source>latest {value}</source>
        <translation>dernier {value}</translation>
    </message>
    <message>
        <source>Our brand</source>
        <translation>Notre marque</translation>
    </message>
    <message>
        <source>Other point</source>
        <translation>Autre repère</translation>
    </message>
    <message>
        <source>Perceptual map</source>
        <translation>Carte perceptuelle</translation>
    </message>
    <message>
        <source>Where customers place the brand and its rivals on two axes.</source>
        <translation>Où les clients situent la marque et ses concurrents sur deux axes.</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Sans ligne</translation>
    </message>
    <message>
        <source>One lane per objective, then the themes. ✓ done, ✗ cancelled (dashed), ◆ milestone.</source>
        <translation>Une ligne par objectif, puis les thèmes. ✓ terminé, ✗ annulé (en pointillés), ◆ jalon.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Valeur annuelle</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Why this targeting</source>
        <translation>Pourquoi ce ciblage</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>1 alignment finding: see the last section.</source>
        <translation>1 constat d’alignement&#xa0;: voir la dernière section.</translation>
    </message>
    <message>
        <source>{n} alignment findings: see the last section.</source>
        <translation>{n} constats d’alignement&#xa0;: voir la dernière section.</translation>
    </message>
    <message>
        <source>Positioning for {segment}</source>
        <translation>Positionnement pour {segment}</translation>
    </message>
    <message>
        <source>{percent} of the way</source>
        <translation>{percent} du chemin</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>d’ici le {day}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
    <message>
        <source>Segments targeted</source>
        <translation>Segments ciblés</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Dépensé à ce jour</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>SWOT at a glance</source>
        <translation>Le SWOT en bref</translation>
    </message>
    <message>
        <source>Chosen strategies</source>
        <translation>Stratégies retenues</translation>
    </message>
    <message>
        <source>weight {n}/5</source>
        <translation>poids {n}/5</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} votes</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>Rien de noté.</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>Analyse SWOT</translation>
    </message>
    <message>
        <source>TOWS strategies</source>
        <translation>Stratégies TOWS</translation>
    </message>
    <message>
        <source>Strategies that combine the SWOT items cited in brackets.</source>
        <translation>Stratégies combinant les éléments du SWOT cités entre parenthèses.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>Critères de notation</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Segment totals</source>
        <translation>Totaux par segment</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>GE–McKinsey matrix</source>
        <translation>Matrice GE–McKinsey</translation>
    </message>
    <message>
        <source>A bubble&apos;s area follows the segment&apos;s yearly value; full: primary target, half: secondary target, empty: not targeted.</source>
        <translation>L’aire d’une bulle suit la valeur annuelle du segment&#xa0;; pleine&#xa0;: cible principale, à moitié&#xa0;: cible secondaire, vide&#xa0;: non ciblé.</translation>
    </message>
    <message>
        <source>Not placed (not scored on both families): {names}</source>
        <translation>Non placés (pas notés sur les deux familles)&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put in the place of “{name}”. The file as it is now is kept beside it, renamed with today&apos;s date and time.</source>
        <translation>Choisissez la sauvegarde à mettre à la place de «&#xa0;{name}&#xa0;». Le fichier tel qu’il est maintenant est conservé à côté, renommé avec la date et l’heure du jour.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation>Aucune sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>No automatic backup of “{name}” was found.</source>
        <translation>Aucune sauvegarde automatique de «&#xa0;{name}&#xa0;» n’a été trouvée.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n’a pas pu être restaurée</translation>
    </message>
    <message>
        <source>“{name}” was restored from the backup of {date}.</source>
        <translation>«&#xa0;{name}&#xa0;» a été restauré à partir de la sauvegarde du {date}.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as “{aside}”.</source>
        <translation>Le fichier remplacé a été conservé sous le nom «&#xa0;{aside}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RoadmapActions</name>
    <message>
        <source>Add initiative</source>
        <translation>Ajouter une initiative</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Theme lanes…</source>
        <translation>Couloirs thématiques…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected initiative (Enter, or a double-click)</source>
        <translation>Modifier l’initiative sélectionnée (Entrée, ou un double-clic)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected initiative (Del)</source>
        <translation>Supprimer l’initiative sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>No lanes yet. The roadmap has a lane for each objective: &lt;a href=&apos;objectives&apos;&gt;set the objectives first&lt;/a&gt;, or &lt;a href=&apos;lane&apos;&gt;add a theme lane&lt;/a&gt; (Ctrl+L) for work such as brand or product.</source>
        <translation>Aucun couloir pour l’instant. La feuille de route a un couloir par objectif&#xa0;: &lt;a href=&apos;objectives&apos;&gt;fixez d’abord les objectifs&lt;/a&gt;, ou &lt;a href=&apos;lane&apos;&gt;ajoutez un couloir thématique&lt;/a&gt; (Ctrl+L) pour un chantier comme la marque ou le produit.</translation>
    </message>
</context>
<context>
    <name>RoadmapItemDialog</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Ochre</source>
        <translation>Ocre</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brun</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Modifier l’initiative</translation>
    </message>
    <message>
        <source>— None</source>
        <translation>— Aucun</translation>
    </message>
    <message>
        <source>A milestone (one day)</source>
        <translation>Un jalon (un seul jour)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Serves the objective</source>
        <translation>Sert l’objectif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The lane&apos;s colour</source>
        <translation>La couleur du couloir</translation>
    </message>
    <message>
        <source>Its own colour</source>
        <translation>Sa propre couleur</translation>
    </message>
</context>
<context>
    <name>RoadmapToolbar</name>
    <message>
        <source>Drag across a lane to add; drag a bar to move it, its ends to change its dates. Enter edits, arrows move, Shift+arrows resize.</source>
        <translation>Glissez dans un couloir pour ajouter&#xa0;; glissez une barre pour la déplacer, ses bords pour changer ses dates. Entrée modifie, flèches déplacent, Maj+flèches redimensionnent.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Zoom: {level} (Ctrl+= closer, Ctrl+- wider)</source>
        <translation>Zoom&#xa0;: {level} (Ctrl+= plus près, Ctrl+- plus large)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Scroll to today (T)</source>
        <translation>Aller à aujourd’hui (T)</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>No lane</source>
        <translation>Sans couloir</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Neither an objective nor a theme</source>
        <translation>Ni objectif ni thème</translation>
    </message>
    <message>
        <source>Its objective is served by {what}.</source>
        <translation>Son objectif est servi par {what}.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Ajouter une initiative</translation>
    </message>
    <message>
        <source>Move initiative</source>
        <translation>Déplacer l’initiative</translation>
    </message>
    <message>
        <source>Change initiative dates</source>
        <translation>Changer les dates de l’initiative</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Modifier l’initiative</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Supprimer l’initiative</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renommer le couloir</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Déplacer le couloir</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <source>Move to lane</source>
        <translation>Déplacer vers le couloir</translation>
    </message>
    <message>
        <source>Add initiative here</source>
        <translation>Ajouter une initiative ici</translation>
    </message>
    <message>
        <source>Add milestone here</source>
        <translation>Ajouter un jalon ici</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>The route to the objectives over the plan&apos;s years: one lane per objective and lanes of your own for themes, initiatives as bars and milestones as diamonds.</source>
        <translation>Le chemin vers les objectifs sur les années du plan&#xa0;: un couloir par objectif et vos propres couloirs thématiques, les initiatives en barres et les jalons en losanges.</translation>
    </message>
</context>
<context>
    <name>RoadmapWords</name>
    <message>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} actions</translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 campagne</translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation>{n} campagnes</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>How much each criterion counts in its family&apos;s total (0 to 100).</source>
        <translation>Ce que pèse chaque critère dans le total de sa famille (0 à 100).</translation>
    </message>
    <message>
        <source>Attractiveness
(0–100)</source>
        <translation>Attrait
(0–100)</translation>
    </message>
    <message>
        <source>Strength
(0–100)</source>
        <translation>Force
(0–100)</translation>
    </message>
    <message>
        <source>{name}: a criterion of {family}, weight {weight}</source>
        <translation>{name}&#xa0;: critère «&#xa0;{family}&#xa0;», poids {weight}</translation>
    </message>
    <message>
        <source>{family}: the weighted mean of the scores, from 0 to 100</source>
        <translation>{family}&#xa0;: la moyenne pondérée des notes, de 0 à 100</translation>
    </message>
    <message>
        <source>Weighs 0: kept on the grid, left out of the total.</source>
        <translation>Pèse 0&#xa0;: gardé dans la grille, hors du total.</translation>
    </message>
    <message>
        <source>{segment} on {criterion}: not scored (type 0 to 10)</source>
        <translation>{segment} sur {criterion}&#xa0;: pas noté (tapez 0 à 10)</translation>
    </message>
    <message>
        <source>{segment} on {criterion}: {score} out of {most}</source>
        <translation>{segment} sur {criterion}&#xa0;: {score} sur {most}</translation>
    </message>
    <message>
        <source>Over {scored} of {counted} criteria: the others are not scored.</source>
        <translation>Sur {scored} des {counted} critères&#xa0;: les autres ne sont pas notés.</translation>
    </message>
    <message>
        <source>{family} of {segment}: {total} out of 100</source>
        <translation>{family} de {segment}&#xa0;: {total} sur 100</translation>
    </message>
</context>
<context>
    <name>ScoreGridView</name>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Criterion name</source>
        <translation>Nom du critère</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>No attractiveness criteria yet: add one to compute this total.</source>
        <translation>Pas encore de critère d’attrait&#xa0;: ajoutez-en un pour calculer ce total.</translation>
    </message>
    <message>
        <source>No strength criteria yet: add one to compute this total.</source>
        <translation>Pas encore de critère de force&#xa0;: ajoutez-en un pour calculer ce total.</translation>
    </message>
    <message>
        <source>Every attractiveness criterion weighs 0: give one a weight above 0.</source>
        <translation>Tous les critères d’attrait pèsent 0&#xa0;: donnez à l’un d’eux un poids supérieur à 0.</translation>
    </message>
    <message>
        <source>Every strength criterion weighs 0: give one a weight above 0.</source>
        <translation>Tous les critères de force pèsent 0&#xa0;: donnez à l’un d’eux un poids supérieur à 0.</translation>
    </message>
    <message>
        <source>Not scored yet on any attractiveness criterion.</source>
        <translation>Pas encore noté sur un critère d’attrait.</translation>
    </message>
    <message>
        <source>Not scored yet on any strength criterion.</source>
        <translation>Pas encore noté sur un critère de force.</translation>
    </message>
    <message>
        <source>Scores from 0 to 10; totals are weighted means from 0 to 100.</source>
        <translation>Notes de 0 à 10&#xa0;; les totaux sont des moyennes pondérées de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Type a digit to score a cell (1 then 0 for 10), Delete to clear it; the weights, in the first row, need not add up to anything.</source>
        <translation>Tapez un chiffre pour noter une case (1 puis 0 pour 10), Suppr pour l’effacer&#xa0;; les poids, sur la première ligne, n’ont pas à faire une somme précise.</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Select a segment to see and edit its profile here, or add one (Ctrl+N).</source>
        <translation>Choisissez un segment pour voir et modifier son profil ici, ou ajoutez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>Why this choice: size, fit with the offer, what it takes to win it…</source>
        <translation>Pourquoi ce choix&#xa0;: taille, adéquation avec l’offre, ce qu’il faut pour le gagner…</translation>
    </message>
    <message>
        <source>Size (people or firms)</source>
        <translation>Taille (personnes ou entreprises)</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Valeur annuelle</translation>
    </message>
    <message>
        <source>Growth a year</source>
        <translation>Croissance annuelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Channels that reach it</source>
        <translation>Canaux pour l’atteindre</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>The size is a whole number of people or organisations.</source>
        <translation>La taille est un nombre entier de personnes ou d’organisations.</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>{value} a year</source>
        <translation>{value} par an</translation>
    </message>
    <message>
        <source>{growth} growth</source>
        <translation>croissance {growth}</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>No segments yet. Type the name of a group of customers who share the same needs below, and press Enter.</source>
        <translation>Pas encore de segment. Tapez ci-dessous le nom d’un groupe de clients aux besoins communs, puis Entrée.</translation>
    </message>
    <message>
        <source>Add a segment, press Enter</source>
        <translation>Ajouter un segment, Entrée</translation>
    </message>
</context>
<context>
    <name>SevenPCommand</name>
    <message>
        <source>The 7P mix cannot be turned off while actions are filed under People, Process or Physical evidence. Move them to Product, Price, Promotion or Place first (actions to move: {count}).</source>
        <translation>Le mix 7P ne peut pas être désactivé tant que des actions sont classées en Personnel, Processus ou Preuves physiques. Déplacez-les d’abord vers Produit, Prix, Communication ou Distribution (actions à déplacer&#xa0;: {count}).</translation>
    </message>
</context>
<context>
    <name>SevenPSwitch</name>
    <message>
        <source>Services mix (7P)</source>
        <translation>Mix des services (7P)</translation>
    </message>
    <message>
        <source>Add People, Process and Physical evidence to the mix, for a service.</source>
        <translation>Ajouter Personnel, Processus et Preuves physiques au mix, pour une offre de services.</translation>
    </message>
    <message>
        <source>The 7P mix stays on</source>
        <translation>Le mix 7P reste activé</translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <source>Specific</source>
        <translation>Spécifique</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Mesurable</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Atteignable</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Défini dans le temps</translation>
    </message>
    <message>
        <source>the statement is short (at least {count} words)</source>
        <translation>l’énoncé est court (au moins {count} mots)</translation>
    </message>
    <message>
        <source>it names no segment or product of the plan</source>
        <translation>il ne nomme aucun segment ni produit du plan</translation>
    </message>
    <message>
        <source>no KPI measures it</source>
        <translation>aucun KPI ne le mesure</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>pas de valeur de départ</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas de cible</translation>
    </message>
    <message>
        <source>the target equals the baseline</source>
        <translation>la cible est égale au départ</translation>
    </message>
    <message>
        <source>the target is far from the baseline (more than {ratio}× up or down)</source>
        <translation>la cible est loin du départ (plus de {ratio}× en hausse ou en baisse)</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>pas d’échéance</translation>
    </message>
    <message>
        <source>the deadline is outside the plan&apos;s years</source>
        <translation>l’échéance est hors des années du plan</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>{symbol} {criterion}: {details}</source>
        <translation>{symbol} {criterion}&#xa0;: {details}</translation>
    </message>
    <message>
        <source>SMART: every criterion is met</source>
        <translation>SMART&#xa0;: tous les critères sont remplis</translation>
    </message>
    <message>
        <source>SMART: {met} of 4 criteria met</source>
        <translation>SMART&#xa0;: {met} critères sur 4 remplis</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>+ and − give and take back votes. Escape goes back to the board.</source>
        <translation>+ et − donnent et retirent des votes. Échap revient au tableau.</translation>
    </message>
    <message>
        <source>No vote yet</source>
        <translation>Aucun vote pour l’instant</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the demo plan</source>
        <translation>Ouvrir le plan de démonstration</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <source>No recent plans yet. Create a new plan, or open the demo plan to look around.</source>
        <translation>Aucun plan récent pour l’instant. Créez un nouveau plan, ou ouvrez le plan de démonstration pour découvrir l’application.</translation>
    </message>
    <message>
        <source>A client&apos;s marketing plan in one file: the strategy, the operations, and whether it works.</source>
        <translation>Le plan marketing d’un client dans un seul fichier&#xa0;: la stratégie, les opérations, et leurs résultats.</translation>
    </message>
</context>
<context>
    <name>StatementForm</name>
    <message>
        <source>Positioning</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Mark segments as primary or secondary targets on the Segmentation &amp; targeting page: each one gets its positioning statement here.</source>
        <translation>Marquez des segments comme cibles principales ou secondaires sur la page Segmentation et ciblage&#xa0;: chacun reçoit ici sa déclaration de positionnement.</translation>
    </message>
    <message>
        <source>Write its positioning</source>
        <translation>Rédiger son positionnement</translation>
    </message>
    <message>
        <source>Positioning statement</source>
        <translation>Déclaration de positionnement</translation>
    </message>
    <message>
        <source>Clear this positioning</source>
        <translation>Effacer ce positionnement</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Who it is for: “remote workers”</source>
        <translation>Pour qui&#xa0;: «&#xa0;les télétravailleurs&#xa0;»</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Follows “who”: “miss the coffee of their café”</source>
        <translation>Suit «&#xa0;qui&#xa0;»&#xa0;: «&#xa0;regrettent le café de leur bistrot&#xa0;»</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What the offer is: “a coffee subscription”</source>
        <translation>Ce qu’est l’offre&#xa0;: «&#xa0;un abonnement café&#xa0;»</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Follows “that”: “delivers fresh coffee weekly”</source>
        <translation>Suit «&#xa0;qui&#xa0;»&#xa0;: «&#xa0;livre un café frais chaque semaine&#xa0;»</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>What they use instead: “supermarket coffee”</source>
        <translation>Ce qu’ils utilisent à la place&#xa0;: «&#xa0;le café de supermarché&#xa0;»</translation>
    </message>
    <message>
        <source>Differentiator</source>
        <translation>Différenciation</translation>
    </message>
    <message>
        <source>Follows the brand: “roasts to order in Lyon”</source>
        <translation>Suit la marque&#xa0;: «&#xa0;torréfie à la commande à Lyon&#xa0;»</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Why believe it: an award, figures, a guarantee</source>
        <translation>Pourquoi y croire&#xa0;: un prix, des chiffres, une garantie</translation>
    </message>
    <message>
        <source>Positioning for {segment}</source>
        <translation>Positionnement pour {segment}</translation>
    </message>
    <message>
        <source>{segment} has no positioning yet.</source>
        <translation>{segment} n’a pas encore de positionnement.</translation>
    </message>
    <message>
        <source>In the plan&apos;s language. Still to write: {fields}.</source>
        <translation>Dans la langue du plan. Reste à écrire&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>In the plan&apos;s language; the template&apos;s words are greyed.</source>
        <translation>Dans la langue du plan&#xa0;; les mots du modèle sont en gris.</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Not targeted any more; its positioning is kept</source>
        <translation>Plus ciblé&#xa0;; son positionnement est conservé</translation>
    </message>
    <message>
        <source>✓ Positioning written</source>
        <translation>✓ Positionnement rédigé</translation>
    </message>
    <message>
        <source>✗ No positioning yet</source>
        <translation>✗ Pas encore de positionnement</translation>
    </message>
    <message>
        <source>Targeted segments</source>
        <translation>Segments ciblés</translation>
    </message>
    <message>
        <source>No targeted segment yet: mark one as a primary or secondary target on the Segmentation &amp; targeting page.</source>
        <translation>Pas encore de segment ciblé&#xa0;: marquez-en un comme cible principale ou secondaire sur la page Segmentation et ciblage.</translation>
    </message>
    <message>
        <source>Every targeted segment has its positioning.</source>
        <translation>Chaque segment ciblé a son positionnement.</translation>
    </message>
    <message>
        <source>Still without a positioning: {names}.</source>
        <translation>Encore sans positionnement&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>{title} (left out)</source>
        <translation>{title} (écartée)</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>StepPicker</name>
    <message>
        <source>Workshop steps</source>
        <translation>Étapes de l’atelier</translation>
    </message>
    <message>
        <source>Enter: go to the step. Space: show it or leave it out. Ctrl+Up / Ctrl+Down: change the order. Escape: close. The choice is saved with the plan.</source>
        <translation>Entrée&#xa0;: aller à l’étape. Espace&#xa0;: la montrer ou l’écarter. Ctrl+Haut / Ctrl+Bas&#xa0;: changer l’ordre. Échap&#xa0;: fermer. Le choix est enregistré avec le plan.</translation>
    </message>
</context>
<context>
    <name>StrategyOnAPage</name>
    <message>
        <source>No KPI measures it yet.</source>
        <translation>Aucun KPI ne le mesure encore.</translation>
    </message>
    <message>
        <source>{kpi}: {actual} (target {target})</source>
        <translation>{kpi}&#xa0;: {actual} (cible {target})</translation>
    </message>
    <message>
        <source>{percent} of the way</source>
        <translation>{percent} du chemin</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>{actual} spent of {planned}</source>
        <translation>{actual} dépensés sur {planned}</translation>
    </message>
</context>
<context>
    <name>StrategyOnAPageView</name>
    <message>
        <source>Strategy on a page</source>
        <translation>La stratégie en une page</translation>
    </message>
    <message>
        <source>The plan in one screen: how the brand is positioned, where it is going and how far it has come, the year&apos;s main campaigns and where the money goes.</source>
        <translation>Le plan en un écran&#xa0;: comment la marque se positionne, où elle va et le chemin parcouru, les grandes campagnes de l’année et où va l’argent.</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Main campaigns</source>
        <translation>Grandes campagnes</translation>
    </message>
    <message>
        <source>Budget by objective</source>
        <translation>Budget par objectif</translation>
    </message>
    <message>
        <source>No budget planned yet: give campaigns a budget.</source>
        <translation>Aucun budget prévu&#xa0;: donnez un budget aux campagnes.</translation>
    </message>
    <message>
        <source>No positioning yet: write one for each target segment.</source>
        <translation>Pas encore de positionnement&#xa0;: rédigez-en un pour chaque segment cible.</translation>
    </message>
    <message>
        <source>No objective yet: set them on the Objectives page.</source>
        <translation>Pas encore d’objectif&#xa0;: fixez-les sur la page Objectifs.</translation>
    </message>
    <message>
        <source>Main campaigns of {year}</source>
        <translation>Grandes campagnes de {year}</translation>
    </message>
</context>
<context>
    <name>StrategyPages</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>SWOT &amp; TOWS</source>
        <translation>SWOT et TOWS</translation>
    </message>
    <message>
        <source>Segmentation &amp; targeting</source>
        <translation>Segmentation et ciblage</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Strategy on a page</source>
        <translation>La stratégie en une page</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
</context>
<context>
    <name>SwotLabels</name>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>SO strategies</source>
        <translation>Stratégies SO</translation>
    </message>
    <message>
        <source>Use strengths to seize opportunities</source>
        <translation>S’appuyer sur les forces pour saisir les opportunités</translation>
    </message>
    <message>
        <source>WO strategies</source>
        <translation>Stratégies WO</translation>
    </message>
    <message>
        <source>Fix weaknesses by taking opportunities</source>
        <translation>Corriger les faiblesses en saisissant les opportunités</translation>
    </message>
    <message>
        <source>ST strategies</source>
        <translation>Stratégies ST</translation>
    </message>
    <message>
        <source>Use strengths to counter threats</source>
        <translation>S’appuyer sur les forces pour contrer les menaces</translation>
    </message>
    <message>
        <source>WT strategies</source>
        <translation>Stratégies WT</translation>
    </message>
    <message>
        <source>Reduce weaknesses and avoid threats</source>
        <translation>Réduire les faiblesses et éviter les menaces</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
</context>
<context>
    <name>SwotPanel</name>
    <message>
        <source>Internal: what the client does well</source>
        <translation>Interne&#xa0;: ce que le client fait bien</translation>
    </message>
    <message>
        <source>Internal: what holds the client back</source>
        <translation>Interne&#xa0;: ce qui freine le client</translation>
    </message>
    <message>
        <source>External: what the market offers</source>
        <translation>Externe&#xa0;: ce que le marché offre</translation>
    </message>
    <message>
        <source>External: what could hurt the client</source>
        <translation>Externe&#xa0;: ce qui pourrait nuire au client</translation>
    </message>
    <message>
        <source>No strengths yet. What does the client do better than anyone? Type it below and press Enter.</source>
        <translation>Aucune force pour l’instant. Que fait le client mieux que quiconque&#xa0;? Saisissez-le ci-dessous et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>No weaknesses yet. What do customers complain about, what is missing? Type it below and press Enter.</source>
        <translation>Aucune faiblesse pour l’instant. De quoi les clients se plaignent-ils, que manque-t-il&#xa0;? Saisissez-le ci-dessous et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>No opportunities yet. Type one below, or send a PESTEL factor or a competitor here from the Environment page.</source>
        <translation>Aucune opportunité pour l’instant. Saisissez-en une ci-dessous, ou envoyez ici un facteur PESTEL ou un concurrent depuis la page Environnement.</translation>
    </message>
    <message>
        <source>No threats yet. Type one below, or send a PESTEL factor or a competitor here from the Environment page.</source>
        <translation>Aucune menace pour l’instant. Saisissez-en une ci-dessous, ou envoyez ici un facteur PESTEL ou un concurrent depuis la page Environnement.</translation>
    </message>
    <message>
        <source>Add a strength, press Enter</source>
        <translation>Ajouter une force (Entrée)</translation>
    </message>
    <message>
        <source>Add a weakness, press Enter</source>
        <translation>Ajouter une faiblesse (Entrée)</translation>
    </message>
    <message>
        <source>Add an opportunity, press Enter</source>
        <translation>Ajouter une opportunité (Entrée)</translation>
    </message>
    <message>
        <source>Add a threat, press Enter</source>
        <translation>Ajouter une menace (Entrée)</translation>
    </message>
    <message>
        <source>From PESTEL: {category}</source>
        <translation>Issu du PESTEL&#xa0;: {category}</translation>
    </message>
    <message>
        <source>From {competitor}</source>
        <translation>Source&#xa0;: {competitor}</translation>
    </message>
    <message>
        <source>In 1 strategy</source>
        <translation>Dans 1 stratégie</translation>
    </message>
    <message>
        <source>In {n} strategies</source>
        <translation>Dans {n} stratégies</translation>
    </message>
    <message>
        <source>Weight {weight} of 5 (press 1 to 5 to change it)</source>
        <translation>Poids {weight} sur 5 (appuyez sur 1 à 5 pour le modifier)</translation>
    </message>
    <message>
        <source>Add strength</source>
        <translation>Ajouter une force</translation>
    </message>
    <message>
        <source>Add weakness</source>
        <translation>Ajouter une faiblesse</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Ajouter une opportunité</translation>
    </message>
    <message>
        <source>Add threat</source>
        <translation>Ajouter une menace</translation>
    </message>
    <message>
        <source>Reorder SWOT item</source>
        <translation>Réordonner l’élément SWOT</translation>
    </message>
    <message>
        <source>Move SWOT item to {quadrant}</source>
        <translation>Déplacer l’élément SWOT vers {quadrant}</translation>
    </message>
    <message>
        <source>Delete SWOT item</source>
        <translation>Supprimer l’élément SWOT</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Modifier le poids</translation>
    </message>
    <message>
        <source>Edit SWOT item</source>
        <translation>Modifier l’élément SWOT</translation>
    </message>
</context>
<context>
    <name>SwotView</name>
    <message>
        <source>SWOT &amp; TOWS</source>
        <translation>SWOT et TOWS</translation>
    </message>
    <message>
        <source>Strengths and weaknesses inside the company, opportunities and threats outside it; then the TOWS strategies that combine them. Drag cards or use the keyboard: Enter edits, Ctrl+arrows move, 1 to 5 set the weight.</source>
        <translation>Les forces et faiblesses internes à l’entreprise, les opportunités et menaces de son environnement&#xa0;; puis les stratégies TOWS qui les combinent. Faites glisser les cartes ou utilisez le clavier&#xa0;: Entrée pour modifier, Ctrl+flèches pour déplacer, 1 à 5 pour le poids.</translation>
    </message>
    <message>
        <source>Strategies that combine the SWOT: strengths to seize opportunities (SO) or to meet threats (ST), opportunities that overcome weaknesses (WO), defences where weaknesses meet threats (WT). Tick the SWOT items each one combines; drag cards or use the keyboard: Enter edits, Ctrl+arrows move.</source>
        <translation>Des stratégies qui combinent le SWOT&#xa0;: des forces pour saisir des opportunités (SO) ou parer des menaces (ST), des opportunités pour surmonter des faiblesses (WO), des défenses là où faiblesses et menaces se rencontrent (WT). Cochez les éléments du SWOT que chacune combine&#xa0;; faites glisser les cartes ou utilisez le clavier&#xa0;: Entrée pour modifier, Ctrl+flèches pour déplacer.</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>TOWS strategies</source>
        <translation>Stratégies TOWS</translation>
    </message>
</context>
<context>
    <name>TargetingIntents</name>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Ajouter un segment</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Modifier le segment</translation>
    </message>
    <message>
        <source>Change targeting</source>
        <translation>Changer le ciblage</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Reorder segments</source>
        <translation>Réordonner les segments</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Modifier le persona</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Réordonner les personas</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Renommer le critère</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Changer le poids</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Réordonner les critères</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Effacer la note</translation>
    </message>
    <message>
        <source>Set score</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>TargetingView</name>
    <message>
        <source>Segmentation &amp; targeting</source>
        <translation>Segmentation et ciblage</translation>
    </message>
    <message>
        <source>Segments and their personas, scored for their attractiveness and the client&apos;s strength; the matrix shows where to invest. Mark the targets.</source>
        <translation>Les segments et leurs personas, notés pour leur attrait et la force du client&#xa0;; la matrice montre où investir. Marquez les cibles.</translation>
    </message>
    <message>
        <source>Segments and personas</source>
        <translation>Segments et personas</translation>
    </message>
    <message>
        <source>Scoring and matrix</source>
        <translation>Notation et matrice</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Ajouter un segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Generate trajectory…</source>
        <translation>Générer une trajectoire…</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Delete targets</source>
        <translation>Supprimer les cibles</translation>
    </message>
    <message>
        <source>{status} so far</source>
        <translation>{status} à ce jour</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Supprimer la cible</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Modifier la cible</translation>
    </message>
    <message>
        <source>Generate trajectory</source>
        <translation>Générer une trajectoire</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Week {number}</source>
        <translation>Semaine {number}</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>S{number}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Milestone: {date}</source>
        <translation>Jalon&#xa0;: {date}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1&#xa0;min</translation>
    </message>
    <message>
        <source>One more minute (M)</source>
        <translation>Une minute de plus (M)</translation>
    </message>
    <message>
        <source>Back to five minutes (Shift+T)</source>
        <translation>Revenir à cinq minutes (Maj+T)</translation>
    </message>
    <message>
        <source>Beep when the time is up</source>
        <translation>Bip quand le temps est écoulé</translation>
    </message>
    <message>
        <source>Pause (T)</source>
        <translation>Pause (T)</translation>
    </message>
    <message>
        <source>Start the countdown (T)</source>
        <translation>Lancer le compte à rebours (T)</translation>
    </message>
</context>
<context>
    <name>TowsPanel</name>
    <message>
        <source>No {kind} strategy yet. {purpose}: type one below, press Enter.</source>
        <translation>Aucune stratégie {kind} pour l’instant. {purpose}&#xa0;: saisissez-en une ci-dessous, appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>New {kind} strategy, press Enter</source>
        <translation>Nouvelle stratégie {kind} (Entrée)</translation>
    </message>
    <message>
        <source>SWOT items this strategy combines</source>
        <translation>Éléments SWOT que combine cette stratégie</translation>
    </message>
    <message>
        <source>Promote to objective</source>
        <translation>Transformer en objectif</translation>
    </message>
    <message>
        <source>Combines</source>
        <translation>Combine</translation>
    </message>
    <message>
        <source>Combines 1 SWOT item</source>
        <translation>Combine 1 élément SWOT</translation>
    </message>
    <message>
        <source>Combines {n} SWOT items</source>
        <translation>Combine {n} éléments SWOT</translation>
    </message>
    <message>
        <source>Combines no SWOT item yet</source>
        <translation>Ne combine encore aucun élément SWOT</translation>
    </message>
    <message>
        <source>Promoted to objective</source>
        <translation>Transformée en objectif</translation>
    </message>
    <message>
        <source>{quadrant}: {text}</source>
        <translation>{quadrant}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Select a strategy, then tick the SWOT items it combines.</source>
        <translation>Sélectionnez une stratégie, puis cochez les éléments SWOT qu’elle combine.</translation>
    </message>
    <message>
        <source>{purpose}: tick the items this {kind} strategy combines.</source>
        <translation>{purpose}&#xa0;: cochez les éléments que combine cette stratégie {kind}.</translation>
    </message>
    <message>
        <source>open it on the Objectives page</source>
        <translation>l’ouvrir sur la page Objectifs</translation>
    </message>
    <message>
        <source>Objective: “{statement}”</source>
        <translation>Objectif&#xa0;: «&#xa0;{statement}&#xa0;»</translation>
    </message>
    <message>
        <source>Add {kind} strategy</source>
        <translation>Ajouter une stratégie {kind}</translation>
    </message>
    <message>
        <source>Reorder TOWS strategy</source>
        <translation>Réordonner la stratégie TOWS</translation>
    </message>
    <message>
        <source>Make it a {kind} strategy</source>
        <translation>En faire une stratégie {kind}</translation>
    </message>
    <message>
        <source>Delete TOWS strategy</source>
        <translation>Supprimer la stratégie TOWS</translation>
    </message>
    <message>
        <source>Change linked items</source>
        <translation>Modifier les éléments liés</translation>
    </message>
    <message>
        <source>Edit TOWS strategy</source>
        <translation>Modifier la stratégie TOWS</translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <source>Generate trajectory</source>
        <translation>Générer une trajectoire</translation>
    </message>
    <message>
        <source>Baseline (before the first period)</source>
        <translation>Valeur de départ (avant la première période)</translation>
    </message>
    <message>
        <source>Target (at the last period)</source>
        <translation>Cible (à la dernière période)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>A straight line of targets for “{name}”, one per period, reaching the target at the last one. The targets of these periods are replaced; Undo puts them back.</source>
        <translation>Une progression linéaire des cibles de «&#xa0;{name}&#xa0;», une par période, qui atteint la cible à la dernière. Les cibles de ces périodes sont remplacées&#xa0;; la commande Annuler les rétablit.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) will get a target.</source>
        <translation>
            <numerusform>%n période recevra une cible.</numerusform>
            <numerusform>%n périodes recevront une cible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the end date comes before the start date</source>
        <translation>la date de fin précède la date de début</translation>
    </message>
    <message>
        <source>the date {date} is outside the plan ({start}–{end})</source>
        <translation>la date {date} est hors de la période du plan ({start}–{end})</translation>
    </message>
    <message>
        <source>the day {date} is too far from the plan&apos;s years (measurements go from {first} to {last})</source>
        <translation>le jour {date} est trop éloigné des années du plan (les mesures vont de {first} à {last})</translation>
    </message>
    <message>
        <source>Unknown field: {name}</source>
        <translation>Champ inconnu&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Only the items of one list can be reordered together.</source>
        <translation>Seuls les éléments d’une même liste peuvent être réordonnés ensemble.</translation>
    </message>
    <message>
        <source>This item no longer exists (id {id}).</source>
        <translation>Cet élément n’existe plus (id {id}).</translation>
    </message>
    <message>
        <source>{field}: no such item in this plan (id {id})</source>
        <translation>{field}&#xa0;: élément introuvable dans ce plan (id {id})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>est trop long ({max} caractères au maximum)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation>doit être au moins égal à {min}</translation>
    </message>
    <message>
        <source>is too large (at most {max})</source>
        <translation>est trop élevé (au plus {max})</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>doit être au plus égal à {max}</translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {values}</translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation>n’a pas le bon format</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>n’est pas une date valide</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>contains invisible control characters</source>
        <translation>contient des caractères de contrôle invisibles</translation>
    </message>
    <message>
        <source>{field}: must be one of {values}</source>
        <translation>{field}&#xa0;: doit être l’une des valeurs suivantes&#xa0;: {values}</translation>
    </message>
    <message>
        <source>This item already exists; change it instead.</source>
        <translation>Cet élément existe déjà&#xa0;; modifiez-le plutôt.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>this KPI already has a target for this period</source>
        <translation>ce KPI a déjà une cible pour cette période</translation>
    </message>
    <message>
        <source>this P needs a 7P plan; turn on the 7P mix in the plan settings</source>
        <translation>ce P exige un plan en 7P&#xa0;; activez le mix 7P dans les paramètres du plan</translation>
    </message>
    <message>
        <source>{count} action(s) sit under People, Process or Physical evidence; move them to one of the 4P before switching the 7P mix off.</source>
        <translation>Actions classées en Personnel, Processus ou Preuves physiques&#xa0;: {count}. Déplacez-les vers l’un des 4P avant de désactiver le mix 7P.</translation>
    </message>
    <message>
        <source>{count} dated item(s) would fall outside {start}–{end}, the first on {date}.</source>
        <translation>Éléments datés qui sortiraient de la période {start}–{end}&#xa0;: {count} (le premier au {date}).</translation>
    </message>
    <message>
        <source>an opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>a threat</source>
        <translation>menace</translation>
    </message>
    <message>
        <source>This factor is already in the SWOT as {quadrant}.</source>
        <translation>Ce facteur figure déjà dans le SWOT comme {quadrant}.</translation>
    </message>
    <message>
        <source>Quadrant: only an opportunity or a threat comes from outside</source>
        <translation>Quadrant&#xa0;: seules les opportunités et les menaces viennent de l’extérieur</translation>
    </message>
    <message>
        <source>Quadrant: this item is linked to a {kind} strategy; unlink it first</source>
        <translation>Quadrant&#xa0;: cet élément est lié à une stratégie {kind}&#xa0;; détachez-le d’abord</translation>
    </message>
    <message>
        <source>SWOT item: no such item in this plan (id {id})</source>
        <translation>Élément SWOT&#xa0;: élément introuvable dans ce plan (id {id})</translation>
    </message>
    <message>
        <source>A {kind} strategy cannot combine a {quadrant} item</source>
        <translation>Une stratégie {kind} ne peut pas combiner un élément {quadrant}</translation>
    </message>
    <message>
        <source>Kind: its linked SWOT items do not fit a {kind} strategy</source>
        <translation>Type&#xa0;: ses éléments SWOT liés ne conviennent pas à une stratégie {kind}</translation>
    </message>
    <message>
        <source>This change conflicts with data already in the plan.</source>
        <translation>Cette modification entre en conflit avec des données déjà présentes dans le plan.</translation>
    </message>
    <message>
        <source>No such item: the id given is not one of this plan&apos;s.</source>
        <translation>Élément introuvable&#xa0;: cet identifiant n’appartient pas à ce plan.</translation>
    </message>
    <message>
        <source>a KPI entered directly has no formula to compute its periods with; choose sum, average or last value</source>
        <translation>un KPI saisi directement n’a pas de formule pour calculer ses périodes&#xa0;; choisissez somme, moyenne ou dernière valeur</translation>
    </message>
    <message>
        <source>this KPI is entered directly: it has no components to measure</source>
        <translation>ce KPI est saisi directement&#xa0;: il n’a pas de composantes à mesurer</translation>
    </message>
    <message>
        <source>must be one of {values}, or empty for the KPI&apos;s own value</source>
        <translation>doit être l’une des valeurs {values}, ou vide pour la valeur du KPI lui-même</translation>
    </message>
    <message>
        <source>A workshop step is a key and whether it is shown.</source>
        <translation>Une étape d’atelier est une clé et le fait qu’elle soit affichée ou non.</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <source>“{key}” is listed twice</source>
        <translation>«&#xa0;{key}&#xa0;» figure deux fois</translation>
    </message>
</context>
<context>
    <name>VariantsView</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>What it tries</source>
        <translation>Ce qu’elle essaie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open read-&amp;only…</source>
        <translation>Ouvrir en &amp;lecture seule…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>Ouvrir le plan de &amp;démonstration</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <source>&amp;Strategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Opérations</translation>
    </message>
    <message>
        <source>&amp;Page list</source>
        <translation>&amp;Liste des pages</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Workshop mode</source>
        <translation>Mode &amp;atelier</translation>
    </message>
    <message>
        <source>The plan&apos;s boards full screen for a workshop, on the projector if there is one (F5; Escape leaves)</source>
        <translation>Les tableaux du plan en plein écran pour un atelier, sur le projecteur s’il y en a un (F5&#xa0;; Échap pour quitter)</translation>
    </message>
    <message>
        <source>&amp;About stratdesk</source>
        <translation>À &amp;propos de stratdesk</translation>
    </message>
    <message>
        <source>&amp;Calendar (.ics)…</source>
        <translation>&amp;Calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx)…</source>
        <translation>&amp;Classeur (.xlsx)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un plan &amp;récent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Latest measurement</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Target of its period</source>
        <translation>Cible de sa période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>KPI periods</source>
        <translation>Indicateurs par période</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Sans ligne</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Dernier réel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>Contrôle SMART</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Résultats clés</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Mix actions</source>
        <translation>Actions du mix</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Dépense réelle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>PESTEL</source>
        <translation>PESTEL</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Impact (−2 to +2)</source>
        <translation>Impact (−2 à +2)</translation>
    </message>
    <message>
        <source>Likelihood (1 to 5)</source>
        <translation>Probabilité (1 à 5)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Niveau de prix</translation>
    </message>
    <message>
        <source>Estimated share</source>
        <translation>Part estimée</translation>
    </message>
    <message>
        <source>Threat (1 to 5)</source>
        <translation>Menace (1 à 5)</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>Five forces</source>
        <translation>Cinq forces</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Rating (1 to 5)</source>
        <translation>Note (1 à 5)</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Weight (1 to 5)</source>
        <translation>Poids (1 à 5)</translation>
    </message>
    <message>
        <source>TOWS</source>
        <translation>TOWS</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Combines</source>
        <translation>Combine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Valeur annuelle</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>Attractiveness (0 to 100)</source>
        <translation>Attrait (0 à 100)</translation>
    </message>
    <message>
        <source>Strength (0 to 100)</source>
        <translation>Force (0 à 100)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Why this targeting</source>
        <translation>Pourquoi ce ciblage</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
</context>
<context>
    <name>WorkshopBar</name>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation>Étape précédente (← ou Page préc.)</translation>
    </message>
    <message>
        <source>Next step (→ or Page Down)</source>
        <translation>Étape suivante (→ ou Page suiv.)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Choose a step, show or leave out steps, change their order (G)</source>
        <translation>Choisir une étape, montrer ou écarter des étapes, changer leur ordre (G)</translation>
    </message>
    <message>
        <source>+ Vote</source>
        <translation>+ Vote</translation>
    </message>
    <message>
        <source>Give the chosen card a vote (+, or click its dots)</source>
        <translation>Donner un vote à la carte choisie (+, ou clic sur ses points)</translation>
    </message>
    <message>
        <source>− Vote</source>
        <translation>− Vote</translation>
    </message>
    <message>
        <source>Take a vote back from the chosen card (−, or Shift+click)</source>
        <translation>Retirer un vote à la carte choisie (−, ou Maj+clic)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Show the cards with the most votes first (R)</source>
        <translation>Montrer d’abord les cartes qui ont le plus de votes (R)</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Votes à zéro</translation>
    </message>
    <message>
        <source>Set every vote of this board back to zero (Ctrl+Shift+R)</source>
        <translation>Remettre à zéro tous les votes de ce tableau (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide or show the cards of the column in use (H)</source>
        <translation>Masquer ou montrer les cartes de la colonne en cours (H)</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Show the chosen card large (F or Enter; Escape goes back)</source>
        <translation>Montrer la carte choisie en grand (F ou Entrée&#xa0;; Échap pour revenir)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Start or pause the countdown (T); M adds a minute, Shift+T resets it</source>
        <translation>Lancer ou mettre en pause le compte à rebours (T)&#xa0;; M ajoute une minute, Maj+T le remet à zéro</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Leave the workshop and go back to the page (Escape)</source>
        <translation>Quitter l’atelier et revenir à la page (Échap)</translation>
    </message>
</context>
<context>
    <name>WorkshopBoards</name>
    <message>
        <source>{column}: hidden. Press H to show the cards.</source>
        <translation>{column}&#xa0;: masquée. Appuyez sur H pour montrer les cartes.</translation>
    </message>
</context>
<context>
    <name>WorkshopIntents</name>
    <message>
        <source>Leave “{step}” out of the workshop</source>
        <translation>Écarter «&#xa0;{step}&#xa0;» de l’atelier</translation>
    </message>
    <message>
        <source>Show “{step}” in the workshop</source>
        <translation>Montrer «&#xa0;{step}&#xa0;» dans l’atelier</translation>
    </message>
    <message>
        <source>Move workshop step “{step}”</source>
        <translation>Déplacer l’étape d’atelier «&#xa0;{step}&#xa0;»</translation>
    </message>
    <message>
        <source>Give a vote</source>
        <translation>Donner un vote</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Remettre les votes à zéro</translation>
    </message>
</context>
<context>
    <name>WorkshopStage</name>
    <message>
        <source>No step to show. Press G to choose the workshop&apos;s steps.</source>
        <translation>Aucune étape à montrer. Appuyez sur G pour choisir les étapes de l’atelier.</translation>
    </message>
    <message>
        <source>This step cannot be shown: {reason}</source>
        <translation>Cette étape ne peut pas être montrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>C’est la dernière étape.</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>C’est la première étape.</translation>
    </message>
    <message>
        <source>At least one step stays in the workshop.</source>
        <translation>Au moins une étape reste dans l’atelier.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>Left out of the workshop</source>
        <translation>Écartée de l’atelier</translation>
    </message>
    <message>
        <source>Choose a card first (arrow keys or a click).</source>
        <translation>Choisissez d’abord une carte (flèches ou clic).</translation>
    </message>
    <message>
        <source>Votes go on the PESTEL, SWOT and mix cards.</source>
        <translation>Les votes portent sur les cartes PESTEL, SWOT et du mix.</translation>
    </message>
    <message>
        <source>No card of this board has votes.</source>
        <translation>Aucune carte de ce tableau n’a de vote.</translation>
    </message>
</context>
<context>
    <name>WorkshopSteps</name>
    <message>
        <source>Environment: PESTEL</source>
        <translation>Environnement&#xa0;: PESTEL</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>TOWS strategies</source>
        <translation>Stratégies TOWS</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Targeting matrix</source>
        <translation>Matrice de ciblage</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Perceptual map</source>
        <translation>Carte perceptuelle</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Marketing mix</source>
        <translation>Mix marketing</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>Calendrier des campagnes</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Strategy on a page</source>
        <translation>La stratégie en une page</translation>
    </message>
</context>
<context>
    <name>WorkshopSummary</name>
    <message>
        <source>Primary: {name}</source>
        <translation>Cible principale&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Secondary: {name}</source>
        <translation>Cible secondaire&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Whom we target</source>
        <translation>Qui nous ciblons</translation>
    </message>
    <message>
        <source>No segment is targeted yet (Segmentation &amp; targeting page).</source>
        <translation>Aucun segment n’est encore ciblé (page Segmentation et ciblage).</translation>
    </message>
    <message>
        <source>How we want to be seen</source>
        <translation>Comment nous voulons être perçus</translation>
    </message>
    <message>
        <source>No positioning statement yet for a target (Positioning page).</source>
        <translation>Pas encore de déclaration de positionnement pour une cible (page Positionnement).</translation>
    </message>
    <message>
        <source>What we aim for</source>
        <translation>Ce que nous visons</translation>
    </message>
    <message>
        <source>No objective yet (Objectives page).</source>
        <translation>Aucun objectif pour l’instant (page Objectifs).</translation>
    </message>
    <message>
        <source>How we measure it</source>
        <translation>Comment nous le mesurons</translation>
    </message>
    <message>
        <source>No KPI yet (KPIs page).</source>
        <translation>Aucun KPI pour l’instant (page KPI).</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop — {plan}</source>
        <translation>Atelier — {plan}</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>{title}: {count} to check</source>
        <translation>{title}&#xa0;: {count} à vérifier</translation>
    </message>
    <message>
        <source>This page cannot be shown: {reason}</source>
        <translation>Cette page ne peut pas être affichée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
</context>
</TS>
