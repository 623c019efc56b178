// The full backup's strings (backup.*): export to one JSON file, and restore with a dry-run preview
// first; the refusals core/backup.ts gives (a file that is not a Tact backup, from a newer version,
// or damaged) in English and French.
export const enBackup = {
  'backup.heading': 'Backup and restore',
  'backup.lead':
    'All of Tact’s local data (brands, mentions, replies, settings, notes…) in one JSON file, to keep or to move ' +
    'to another browser. Restoring adds and updates; it never deletes what this browser has and the file lacks.',
  'backup.export': 'Download a full backup',
  'backup.exported': 'Backup downloaded: {rows} rows.',
  'backup.exportFailed': 'The backup failed: {reason}',
  'backup.file': 'Backup file to restore',
  'backup.plan.heading': 'What restoring this file would do',
  'backup.plan.caption': 'Rows per table (file of {date}, schema version {version})',
  'backup.plan.table': 'Table',
  'backup.plan.added': 'Added',
  'backup.plan.changed': 'Changed',
  'backup.plan.unchanged': 'Unchanged',
  'backup.restore': 'Restore this backup',
  'backup.cancel': 'Do not restore',
  'backup.restored': 'Backup restored: {added} rows added, {changed} changed.',
  'backup.refused': 'This file was not restored and nothing changed: {reason}',
  'backup.failed': 'The restore failed and nothing changed: {reason}',
  'backup.error.notJson': 'the file is not JSON.',
  'backup.error.format': 'it is not a Tact backup.',
  'backup.error.newer': 'it comes from a newer version of Tact; update the extension first.',
  'backup.error.invalid': 'some of its rows are damaged.',
  'backup.error.key': 'a row has no valid key.',
  'backup.error.tooLarge': 'the file is too large.',
  'backup.error.incomplete': 'part of the file did not arrive; choose it again.',
} satisfies Record<string, string>;

export const frBackup: Record<keyof typeof enBackup, string> = {
  'backup.heading': 'Sauvegarde et restauration',
  'backup.lead':
    'Toutes les données locales de Tact (marques, mentions, réponses, réglages, notes…) dans un fichier JSON, ' +
    'à garder ou à passer dans un autre navigateur. La restauration ajoute et met à jour ; elle ne supprime ' +
    'jamais ce que ce navigateur a et que le fichier n’a pas.',
  'backup.export': 'Télécharger une sauvegarde complète',
  'backup.exported': 'Sauvegarde téléchargée : {rows} lignes.',
  'backup.exportFailed': 'La sauvegarde a échoué : {reason}',
  'backup.file': 'Fichier de sauvegarde à restaurer',
  'backup.plan.heading': 'Ce que la restauration de ce fichier ferait',
  'backup.plan.caption': 'Lignes par table (fichier du {date}, schéma version {version})',
  'backup.plan.table': 'Table',
  'backup.plan.added': 'Ajoutées',
  'backup.plan.changed': 'Modifiées',
  'backup.plan.unchanged': 'Inchangées',
  'backup.restore': 'Restaurer cette sauvegarde',
  'backup.cancel': 'Ne pas restaurer',
  'backup.restored': 'Sauvegarde restaurée : {added} lignes ajoutées, {changed} modifiées.',
  'backup.refused': 'Ce fichier n’a pas été restauré et rien n’a changé : {reason}',
  'backup.failed': 'La restauration a échoué et rien n’a changé : {reason}',
  'backup.error.notJson': 'le fichier n’est pas du JSON.',
  'backup.error.format': 'ce n’est pas une sauvegarde de Tact.',
  'backup.error.newer': 'il vient d’une version plus récente de Tact ; mettez d’abord l’extension à jour.',
  'backup.error.invalid': 'certaines de ses lignes sont abîmées.',
  'backup.error.key': 'une ligne n’a pas de clé valide.',
  'backup.error.tooLarge': 'le fichier est trop gros.',
  'backup.error.incomplete': 'une partie du fichier n’est pas arrivée ; choisissez-le de nouveau.',
};
