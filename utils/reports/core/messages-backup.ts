// The full backup's strings (backup.*), in English and French: why a file is refused, and the
// restore plan's words. Spread into utils/reports/messages.ts.
export const enBackup = {
  'backup.error.notJson': 'This file is not a Tact backup: it is not JSON (it may be cut short or damaged).',
  'backup.error.format': 'This file is not a Tact backup (it has no "tact-backup" format mark).',
  'backup.error.newer': 'This backup was made by a newer version of Tact. Update Tact, then restore it.',
  'backup.error.invalid': 'This backup is damaged: some of its rows cannot be read. Nothing was changed.',
  'backup.error.key': 'A row has no valid key.',
  'backup.error.tooLarge': 'This file is too large to be a Tact backup.',
  'backup.plan.added': '{n} added',
  'backup.plan.changed': '{n} updated',
  'backup.plan.unchanged': '{n} already there',
};

export const frBackup: Record<keyof typeof enBackup, string> = {
  'backup.error.notJson':
    'Ce fichier n’est pas une sauvegarde Tact : ce n’est pas du JSON (il est peut-être tronqué ou abîmé).',
  'backup.error.format': 'Ce fichier n’est pas une sauvegarde Tact (il ne porte pas la marque « tact-backup »).',
  'backup.error.newer':
    'Cette sauvegarde vient d’une version plus récente de Tact. Mettez Tact à jour, puis restaurez-la.',
  'backup.error.invalid': 'Cette sauvegarde est abîmée : certaines lignes sont illisibles. Rien n’a été modifié.',
  'backup.error.key': 'Une ligne n’a pas de clé valide.',
  'backup.error.tooLarge': 'Ce fichier est trop gros pour être une sauvegarde Tact.',
  'backup.plan.added': '{n} ajoutés',
  'backup.plan.changed': '{n} mis à jour',
  'backup.plan.unchanged': '{n} déjà présents',
};
