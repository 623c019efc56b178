// The report's moderation-by-charter-clause table (community care), FR and EN; spread into messages.ts.
export const enReportCharter = {
  'report.charter.caption': 'Moderation by charter clause',
  'report.charter.clause': 'Clause',
  'report.charter.clauseName': 'Clause {n} — {title}',
  'report.charter.clauseRemoved': 'Clause {n} (no longer in the charter)',
  'report.charter.brand': 'Brand',
  'report.charter.flags': 'Flags',
  'report.charter.confirmed': 'Confirmed',
  'report.charter.dismissed': 'Dismissed',
  'report.charter.none': 'No moderation action about a charter clause in this period.',
} satisfies Record<string, string>;

export const frReportCharter: { [K in keyof typeof enReportCharter]: string } = {
  'report.charter.caption': 'Modération par article de la charte',
  'report.charter.clause': 'Article',
  'report.charter.clauseName': 'Article {n} — {title}',
  'report.charter.clauseRemoved': 'Article {n} (plus dans la charte)',
  'report.charter.brand': 'Marque',
  'report.charter.flags': 'Signalements',
  'report.charter.confirmed': 'Confirmés',
  'report.charter.dismissed': 'Écartés',
  'report.charter.none': 'Aucune action de modération liée à un article de la charte sur cette période.',
};
