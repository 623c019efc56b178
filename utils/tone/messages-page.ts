// Strings of in-page replies (issue #6 parts 5 and 6): suggestions on a mention's card, the
// keyboard command, the "/" quick insert and the live tone meter. Spread into messages.ts.

export const enTonePage = {
  'suggest.heading': 'Suggested replies',
  'suggest.loading': 'Finding replies in the brand’s voice…',
  'suggest.none':
    'No reply fits this brand’s tone for this mention. Write one yourself: the tone meter checks it as you type.',
  'suggest.unknown': 'Tact has not stored this mention yet. Wait a second and open the card again.',
  'suggest.failed': 'Could not get suggestions: {reason}',
  'suggest.retry': 'Try again',
  'suggest.insert': 'Insert',
  'suggest.insertLabel': 'Insert reply {n} into the reply box of this post',
  'suggest.copy': 'Copy',
  'suggest.copyLabel': 'Copy reply {n}',
  'suggest.inserted': 'Reply inserted. Check it, then post it yourself.',
  'suggest.copied': 'Copied to the clipboard.',
  'suggest.copyFailed': 'The browser refused to copy. Select the text and copy it yourself.',
  'suggest.logFailed': 'The reply is in the box, but Tact could not log it: {reason}',
  'suggest.shortcut': 'Shortcut: {keys} inserts the first reply.',
  'command.noItem':
    'Tact: open a mention’s card, or click into a reply box under a mention, then press the shortcut again.',
  'command.noSuggestion': 'Tact: no suggested reply fits this mention.',
  'quick.label': 'Snippets',
  'quick.none': 'No snippet named “{query}”.',
  'quick.noneAtAll': 'No snippets yet: add some in Tact’s settings.',
  'quick.hint': '↑↓ to choose, Enter or Tab to insert, Esc to close',
  // Said by screen readers as the arrows move: the focus stays in the reply box, not in the list.
  'quick.selected': '/{name}, {n} of {total}',
  'quick.fill': 'Fill in {name}',
  'quick.failed': 'Tact could not put the snippet into this box: it is in your clipboard.',
  'meter.label': 'Tone of voice',
  'meter.ok': 'Tone OK',
  'meter.count': '{n} to check',
  'meter.fix': 'Fix',
  'meter.fixFailed': 'Tact could not change the text in this box. Edit it yourself.',
  'meter.unavailable': 'Tone check unavailable: {reason}',
  'meter.nothing': 'Tact: the tone meter has nothing to fix in this reply box.',
};

export const frTonePage: { [K in keyof typeof enTonePage]: string } = {
  'suggest.heading': 'Réponses suggérées',
  'suggest.loading': 'Recherche de réponses dans le ton de la marque…',
  'suggest.none':
    'Aucune réponse ne respecte le ton de la marque pour cette mention. ' +
    'Écrivez la vôtre : le contrôle du ton la vérifie pendant la frappe.',
  'suggest.unknown': 'Tact n’a pas encore enregistré cette mention. Attendez une seconde et rouvrez la fiche.',
  'suggest.failed': 'Impossible d’obtenir des suggestions : {reason}',
  'suggest.retry': 'Réessayer',
  'suggest.insert': 'Insérer',
  'suggest.insertLabel': 'Insérer la réponse {n} dans le champ de réponse de cette publication',
  'suggest.copy': 'Copier',
  'suggest.copyLabel': 'Copier la réponse {n}',
  'suggest.inserted': 'Réponse insérée. Relisez-la, puis publiez-la vous-même.',
  'suggest.copied': 'Copiée dans le presse-papiers.',
  'suggest.copyFailed': 'Le navigateur a refusé la copie. Sélectionnez le texte et copiez-le vous-même.',
  'suggest.logFailed': 'La réponse est dans le champ, mais Tact n’a pas pu l’enregistrer : {reason}',
  'suggest.shortcut': 'Raccourci : {keys} insère la première réponse.',
  'command.noItem':
    'Tact : ouvrez la fiche d’une mention, ou cliquez dans un champ de réponse sous une mention, ' +
    'puis refaites le raccourci.',
  'command.noSuggestion': 'Tact : aucune réponse suggérée ne convient à cette mention.',
  'quick.label': 'Modèles de réponse',
  'quick.none': 'Aucun modèle nommé « {query} ».',
  'quick.noneAtAll': 'Aucun modèle pour l’instant : ajoutez-en dans les réglages de Tact.',
  'quick.hint': '↑↓ pour choisir, Entrée ou Tab pour insérer, Échap pour fermer',
  'quick.selected': '/{name}, {n} sur {total}',
  'quick.fill': 'Complétez {name}',
  'quick.failed': 'Tact n’a pas pu mettre le modèle dans ce champ : il est dans votre presse-papiers.',
  'meter.label': 'Ton de la marque',
  'meter.ok': 'Ton OK',
  'meter.count': '{n} à vérifier',
  'meter.fix': 'Corriger',
  'meter.fixFailed': 'Tact n’a pas pu modifier le texte de ce champ. Corrigez-le vous-même.',
  'meter.unavailable': 'Contrôle du ton indisponible : {reason}',
  'meter.nothing': 'Tact : le contrôle du ton n’a rien à corriger dans ce champ de réponse.',
};
