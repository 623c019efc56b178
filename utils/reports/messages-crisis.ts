// The reports' strings for crisis mode (FR and EN): how an incident was handled by hand.
export const enReportCrisis = {
  'report.incident.declared': 'Declared by hand',
  'report.incident.declaredBy': 'Declared by {by}',
  'report.incident.closedBy': 'closed by {by}',
  'report.incident.postmortem': 'Post-mortem:',
} satisfies Record<string, string>;

export const frReportCrisis: { [K in keyof typeof enReportCrisis]: string } = {
  'report.incident.declared': 'Déclaré à la main',
  'report.incident.declaredBy': 'Déclaré par {by}',
  'report.incident.closedBy': 'clos par {by}',
  'report.incident.postmortem': 'Post-mortem :',
};
