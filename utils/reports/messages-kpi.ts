// The report's KPI names and their definitions (shown one click away on each tile), and the section
// headings of the three templates, in English and French. The definitions are those of the core
// (utils/reports/core) and of `tact report` in the README.
export const enReportKpis = {
  'report.kpi.mentions': 'Mentions',
  'report.kpi.mentions.def':
    'Items that name a tracked brand and were not written by one of its own accounts, posted in the period ' +
    '(when the page gave no posted time: first seen in the period).',
  'report.kpi.uniqueAuthors': 'Unique authors',
  'report.kpi.uniqueAuthors.def': 'Distinct authors of the period’s mentions.',
  'report.kpi.newAuthors': 'New authors',
  'report.kpi.newAuthors.def': 'Authors of the period whose first mention Tact knows of is in the period.',
  'report.kpi.net': 'Net sentiment',
  'report.kpi.net.def':
    '(positive − negative) ÷ mentions. Positive when the sentiment score is 0.25 or more, negative when it is ' +
    '−0.25 or less (after your corrections).',
  'report.kpi.responseRate': 'Response rate',
  'report.kpi.responseRate.def':
    'Actionable mentions (question, complaint, urgent, purchase intent) with a first response ÷ actionable ' +
    'mentions. A response is a reply inserted with Tact or one of your accounts’ replies seen on the page.',
  'report.kpi.medianMinutes': 'First response, median',
  'report.kpi.medianMinutes.def':
    'Median time from posted (else first seen) to the first response, over answered actionable mentions ' +
    '(nearest rank). Business minutes only when business hours are set.',
  'report.kpi.p90Minutes': 'First response, 90th percentile',
  'report.kpi.p90Minutes.def': '90 % of answered actionable mentions got their first response within this time.',
  'report.kpi.withinTarget': 'Within target',
  'report.kpi.withinTarget.def': 'Share of answered actionable mentions answered within your first-response target.',
  'report.kpi.backlog': 'Backlog at period end',
  'report.kpi.backlog.def': 'Actionable mentions of the period with no response that were not ignored.',
  'report.kpi.slaMisses': 'Target misses',
  'report.kpi.slaMisses.def':
    'Actionable mentions answered later than the target, plus unanswered ones already waiting longer than it.',
  'report.kpi.afterHoursShare': 'After hours',
  'report.kpi.afterHoursShare.def': 'Share of mentions posted outside your business hours (needs business hours).',
  'report.kpi.flags': 'Troll flags',
  'report.kpi.flags.def': 'Items flagged as likely trolls in the period.',
  'report.kpi.incidents': 'Incidents',
  'report.kpi.incidents.def':
    'Spikes of alarming mentions: from when the rate rose to when it fell back, with the mentions in them.',
  'report.section.backlog': 'Backlog',
  'report.section.waiting': 'What waits',
  'report.section.slaMisses': 'Target misses',
  'report.section.incidents': 'Incidents',
  'report.section.volume': 'Volume',
  'report.section.sentiment': 'Sentiment',
  'report.section.responsiveness': 'Responsiveness',
  'report.section.heatmaps': 'When people write, when you answer',
  'report.section.moderation': 'Moderation',
  'report.section.replyQuality': 'Reply quality',
  'report.section.coverage': 'Coverage',
  'report.section.topTopics': 'Top topics',
  'report.section.trends': 'Trends',
  'report.section.risks': 'Risks',
  'report.section.shareOfVoice': 'Share of voice',
  'report.section.engagement': 'Engagement mix',
  'report.section.advocates': 'Advocates and detractors',
  'report.section.recommendations': 'Recommendations',
  'report.section.notes': 'Your reading',
  'report.section.kpis': 'Key figures',
  'report.moderation.line': '{flags} flags: {confirmed} confirmed, {dismissed} dismissed; {labelled} authors labelled.',
  'report.quality.line': '{replies} replies with Tact, {issues} tone issues per reply, snippets in {snippets}.',
  'report.coverage.line': '{platform}: {pages} pages read, {problems} with an unrecognised layout',
  'report.corrections.line': '{total} corrections of the analysis by a CM.',
  'report.engagement.approximates':
    'Approximated from what pages show: reactions stand for people who only react, distinct commenters for ' +
    'contributors, distinct post authors for creators. References: 90-9-1 and 55-30-15.',
  'report.engagement.reactions': 'Reactions',
  'report.engagement.commenters': 'Commenters',
  'report.engagement.creators': 'Creators',
  'report.advocates': 'Advocates',
  'report.detractors': 'Detractors',
} satisfies Record<string, string>;

export const frReportKpis: Record<keyof typeof enReportKpis, string> = {
  'report.kpi.mentions': 'Mentions',
  'report.kpi.mentions.def':
    'Éléments qui citent une marque suivie, non écrits par un de ses propres comptes, publiés dans la période ' +
    '(quand la page ne donne pas l’heure de publication : vus pour la première fois dans la période).',
  'report.kpi.uniqueAuthors': 'Auteurs uniques',
  'report.kpi.uniqueAuthors.def': 'Auteurs distincts des mentions de la période.',
  'report.kpi.newAuthors': 'Nouveaux auteurs',
  'report.kpi.newAuthors.def': 'Auteurs dont la première mention connue de Tact tombe dans la période.',
  'report.kpi.net': 'Sentiment net',
  'report.kpi.net.def':
    '(positives − négatives) ÷ mentions. Positive quand le score de sentiment vaut 0,25 ou plus, négative ' +
    'quand il vaut −0,25 ou moins (après vos corrections).',
  'report.kpi.responseRate': 'Taux de réponse',
  'report.kpi.responseRate.def':
    'Mentions à traiter (question, réclamation, urgent, intention d’achat) ayant reçu une première réponse ÷ ' +
    'mentions à traiter. Une réponse : insérée avec Tact, ou d’un de vos comptes et vue sur la page.',
  'report.kpi.medianMinutes': 'Première réponse, médiane',
  'report.kpi.medianMinutes.def':
    'Délai médian entre la publication (sinon la première vue) et la première réponse, sur les mentions à ' +
    'traiter répondues (rang le plus proche). En minutes ouvrées quand des heures ouvrées sont définies.',
  'report.kpi.p90Minutes': 'Première réponse, 90e centile',
  'report.kpi.p90Minutes.def': '90 % des mentions à traiter répondues l’ont été dans ce délai.',
  'report.kpi.withinTarget': 'Dans l’objectif',
  'report.kpi.withinTarget.def': 'Part des mentions à traiter répondues dans votre objectif de première réponse.',
  'report.kpi.backlog': 'En attente en fin de période',
  'report.kpi.backlog.def': 'Mentions à traiter de la période sans réponse et non ignorées.',
  'report.kpi.slaMisses': 'Objectifs manqués',
  'report.kpi.slaMisses.def':
    'Mentions à traiter répondues après l’objectif, plus celles sans réponse qui attendent déjà plus longtemps.',
  'report.kpi.afterHoursShare': 'Hors heures ouvrées',
  'report.kpi.afterHoursShare.def': 'Part des mentions publiées hors de vos heures ouvrées (si elles sont définies).',
  'report.kpi.flags': 'Signalements de trolls',
  'report.kpi.flags.def': 'Éléments signalés comme trolls probables dans la période.',
  'report.kpi.incidents': 'Incidents',
  'report.kpi.incidents.def':
    'Pics de mentions inquiétantes : de la montée du rythme à son retour à la normale, avec leurs mentions.',
  'report.section.backlog': 'En attente',
  'report.section.waiting': 'Ce qui attend',
  'report.section.slaMisses': 'Objectifs manqués',
  'report.section.incidents': 'Incidents',
  'report.section.volume': 'Volume',
  'report.section.sentiment': 'Sentiment',
  'report.section.responsiveness': 'Réactivité',
  'report.section.heatmaps': 'Quand on vous écrit, quand vous répondez',
  'report.section.moderation': 'Modération',
  'report.section.replyQuality': 'Qualité des réponses',
  'report.section.coverage': 'Couverture',
  'report.section.topTopics': 'Sujets principaux',
  'report.section.trends': 'Tendances',
  'report.section.risks': 'Risques',
  'report.section.shareOfVoice': 'Part de voix',
  'report.section.engagement': 'Répartition de l’engagement',
  'report.section.advocates': 'Ambassadeurs et détracteurs',
  'report.section.recommendations': 'Recommandations',
  'report.section.notes': 'Votre lecture',
  'report.section.kpis': 'Chiffres clés',
  'report.moderation.line':
    '{flags} signalements : {confirmed} confirmés, {dismissed} écartés ; {labelled} auteurs étiquetés.',
  'report.quality.line':
    '{replies} réponses avec Tact, {issues} problèmes de ton par réponse, modèles dans {snippets}.',
  'report.coverage.line': '{platform} : {pages} pages lues, {problems} à la mise en page non reconnue',
  'report.corrections.line': '{total} corrections de l’analyse par un CM.',
  'report.engagement.approximates':
    'Approché d’après ce que montrent les pages : les réactions représentent les personnes qui ne font que ' +
    'réagir, les commentateurs distincts les contributeurs, les auteurs de publications distincts les ' +
    'créateurs. Références : 90-9-1 et 55-30-15.',
  'report.engagement.reactions': 'Réactions',
  'report.engagement.commenters': 'Commentateurs',
  'report.engagement.creators': 'Créateurs',
  'report.advocates': 'Ambassadeurs',
  'report.detractors': 'Détracteurs',
};
