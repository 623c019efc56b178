// The team report's strings (utils/reports/ui/team-figures.tsx), in English and French. KPI names
// are the local report's (messages-kpi.ts).
export const enReportTeam = {
  'report.team.switch': 'Whose figures',
  'report.team.mine': 'My figures',
  'report.team.team': 'The team’s',
  'report.team.heading': 'The team’s figures',
  'report.team.loading': 'Asking the team server…',
  'report.team.off': 'Team figures need team sync. Join your team in Options › Sharing & team, then come back.',
  'report.team.forbidden': 'Team figures are for the team’s editors and admins.',
  'report.team.offline':
    'The team server cannot be reached right now. Your own figures are still here; try again later.',
  'report.team.error': 'The team server refused the request ({code}).',
  'report.team.retry': 'Try again',
  'report.team.empty':
    'No team figures for this period yet: each device sends its days after a sync, at most once an hour.',
  'report.team.note':
    'Summed from the daily figures each device sends (counts and response times, never the messages). A ' +
    'mention seen on two devices counts twice.',
  'report.team.byCm': 'CM vs CM',
  'report.team.cm': 'CM',
  'report.team.unnamed': '(unnamed)',
  'report.team.answered': 'Answered',
  'report.team.splitBy': 'Split by',
  'report.team.split.brand': 'Brand',
  'report.team.split.platform': 'Platform',
  'report.team.split.intent': 'Intent',
} satisfies Record<string, string>;

export const frReportTeam: Record<keyof typeof enReportTeam, string> = {
  'report.team.switch': 'Chiffres de qui',
  'report.team.mine': 'Mes chiffres',
  'report.team.team': 'Ceux de l’équipe',
  'report.team.heading': 'Les chiffres de l’équipe',
  'report.team.loading': 'Interrogation du serveur de l’équipe…',
  'report.team.off':
    'Les chiffres de l’équipe demandent la synchronisation d’équipe. Rejoignez votre équipe dans Options ' +
    '› Partage et équipe, puis revenez.',
  'report.team.forbidden': 'Les chiffres de l’équipe sont réservés à ses éditeurs et administrateurs.',
  'report.team.offline':
    'Le serveur de l’équipe est injoignable pour le moment. Vos propres chiffres restent là ; réessayez plus tard.',
  'report.team.error': 'Le serveur de l’équipe a refusé la demande ({code}).',
  'report.team.retry': 'Réessayer',
  'report.team.empty':
    'Pas encore de chiffres d’équipe pour cette période : chaque appareil envoie ses journées après une ' +
    'synchronisation, au plus une fois par heure.',
  'report.team.note':
    'Additionne les chiffres quotidiens envoyés par chaque appareil (nombres et délais de réponse, jamais ' +
    'les messages). Une mention vue sur deux appareils compte deux fois.',
  'report.team.byCm': 'CM par CM',
  'report.team.cm': 'CM',
  'report.team.unnamed': '(sans nom)',
  'report.team.answered': 'Répondues',
  'report.team.splitBy': 'Répartir par',
  'report.team.split.brand': 'Marque',
  'report.team.split.platform': 'Plateforme',
  'report.team.split.intent': 'Intention',
};
