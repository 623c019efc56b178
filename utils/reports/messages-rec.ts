// The recommendations' sentences (report.rec.<rule>, one per rule of core/recommend.ts) and the
// trends table's headings, in English and French. Each sentence says the figure and the threshold
// that made the rule fire.
export const enReportRecs = {
  'report.rec.responseRateLow':
    'Only {rate} % of actionable mentions were answered (rule: under {threshold} %); {unanswered} are still ' +
    'unanswered. Plan more time for replies or share the load.',
  'report.rec.slowFirstResponse':
    'Only {within} % of first responses came within {target} minutes (rule: under {threshold} %). Review the ' +
    'target or the coverage of busy hours.',
  'report.rec.backlogGrowing':
    'The backlog grew from {previous} to {backlog} (rule: 20 % more than the period before). Clear it before it ' +
    'becomes a risk.',
  'report.rec.sentimentDrop':
    'Net sentiment fell from {previous} % to {net} % (rule: a drop of more than {threshold} points). Look at the ' +
    'negative mentions for a cause.',
  'report.rec.volumeSurge':
    'Mentions rose from {previous} to {mentions} (rule: 50 % more than the period before). Check what drove it.',
  'report.rec.afterHours':
    '{share} % of mentions came outside business hours (rule: {threshold} % or more). Consider cover at those hours.',
  'report.rec.incidentUnanswered':
    '{incidents} incidents had fewer than {threshold} % of their actionable mentions answered. Prepare a crisis ' +
    'reply and who sends it.',
  'report.rec.fewSnippets':
    'Snippets were used in only {share} % of replies (rule: under {threshold} %). Saved replies keep the tone ' +
    'and save time.',
  'report.rec.toneIssues':
    'Replies had {perReply} tone issues each on average (rule: more than {threshold}). Go over the tone guide ' +
    'with the team.',
  'report.rec.competitorAhead':
    '{brand} is mentioned more than your brand ({share} % against {own} % of voice). Look at what they do that ' +
    'gets people talking.',
  'report.rec.detractors':
    '{authors} authors are repeat detractors (rule: {threshold} or more). Answer them personally or escalate.',
  'report.rec.advocates':
    '{authors} authors are repeat advocates (rule: {threshold} or more). Thank them, and consider an ambassador ' +
    'programme.',
  'report.rec.dismissedFlags':
    'More troll flags were dismissed ({dismissed}) than confirmed ({confirmed}). Lower the troll sensitivity in ' +
    'the settings.',
  'report.rec.layoutProblems':
    '{pages} pages had a layout Tact did not recognise: some mentions may be missing. Update the extension.',
  'report.rec.none': 'Nothing stands out in these figures.',
  'report.trend.current': 'This period',
  'report.trend.previous': 'Period before',
  'report.trend.year': 'A year earlier',
} satisfies Record<string, string>;

export const frReportRecs: Record<keyof typeof enReportRecs, string> = {
  'report.rec.responseRateLow':
    'Seules {rate} % des mentions à traiter ont reçu une réponse (règle : moins de {threshold} %) ; {unanswered} ' +
    'attendent encore. Prévoyez plus de temps pour répondre ou répartissez la charge.',
  'report.rec.slowFirstResponse':
    'Seules {within} % des premières réponses sont arrivées en {target} minutes (règle : moins de {threshold} %). ' +
    'Revoyez l’objectif ou la couverture des heures chargées.',
  'report.rec.backlogGrowing':
    'Les mentions en attente sont passées de {previous} à {backlog} (règle : 20 % de plus que la période ' +
    'précédente). Résorbez-les avant qu’elles deviennent un risque.',
  'report.rec.sentimentDrop':
    'Le sentiment net est passé de {previous} % à {net} % (règle : une baisse de plus de {threshold} points). ' +
    'Cherchez la cause dans les mentions négatives.',
  'report.rec.volumeSurge':
    'Les mentions sont passées de {previous} à {mentions} (règle : 50 % de plus que la période précédente). ' +
    'Voyez ce qui l’explique.',
  'report.rec.afterHours':
    '{share} % des mentions sont arrivées hors des heures ouvrées (règle : {threshold} % ou plus). Envisagez une ' +
    'présence à ces heures.',
  'report.rec.incidentUnanswered':
    '{incidents} incidents ont eu moins de {threshold} % de leurs mentions à traiter répondues. Préparez une ' +
    'réponse de crise et qui l’envoie.',
  'report.rec.fewSnippets':
    'Les modèles n’ont servi que dans {share} % des réponses (règle : moins de {threshold} %). Les réponses ' +
    'enregistrées gardent le ton et font gagner du temps.',
  'report.rec.toneIssues':
    'Les réponses avaient en moyenne {perReply} problèmes de ton chacune (règle : plus de {threshold}). Revoyez ' +
    'la charte de ton avec l’équipe.',
  'report.rec.competitorAhead':
    '{brand} est plus cité que votre marque ({share} % contre {own} % de la part de voix). Regardez ce qui fait ' +
    'parler de lui.',
  'report.rec.detractors':
    '{authors} auteurs sont des détracteurs réguliers (règle : {threshold} ou plus). Répondez-leur ' +
    'personnellement ou faites remonter.',
  'report.rec.advocates':
    '{authors} auteurs sont des ambassadeurs réguliers (règle : {threshold} ou plus). Remerciez-les et pensez ' +
    'à un programme d’ambassadeurs.',
  'report.rec.dismissedFlags':
    'Plus de signalements de trolls ont été écartés ({dismissed}) que confirmés ({confirmed}). Baissez la ' +
    'sensibilité aux trolls dans les réglages.',
  'report.rec.layoutProblems':
    '{pages} pages avaient une mise en page que Tact n’a pas reconnue : des mentions peuvent manquer. Mettez ' +
    'l’extension à jour.',
  'report.rec.none': 'Rien ne ressort de ces chiffres.',
  'report.trend.current': 'Cette période',
  'report.trend.previous': 'Période précédente',
  'report.trend.year': 'Un an plus tôt',
};
