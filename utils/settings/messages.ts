// Strings of the settings app (the options page's shell): side navigation, search across settings,
// the unsaved-changes guard. Keywords are extra words a search finds a section by (both languages
// are searched, so an English word finds a section in the French interface too).
export const enSettings = {
  'settings.nav': 'Settings sections',
  'settings.skip': 'Skip to the settings',
  'settings.section.brands': 'Brands',
  'settings.section.tone': 'Tone of voice',
  'settings.section.snippets': 'Snippets',
  'settings.section.trolls': 'Trolls & moderation',
  'settings.section.sharing': 'Sharing & team',
  'settings.section.ai': 'AI',
  'settings.section.general': 'General',
  'settings.keywords.brands': 'brand, mention, alias, handle, hashtag, product, misspelling, query, keyword, watch',
  'settings.keywords.tone':
    'tone, voice, style, formality, warmth, emoji, greeting, sign-off, signature, banned, words, tu, vous, preview',
  'settings.keywords.snippets': 'snippet, canned reply, template, macro, shortcut, variables, tags',
  'settings.keywords.trolls': 'troll, moderation, sensitivity, flag, abuse, toxic, harassment',
  'settings.keywords.sharing':
    'share, team, kit, export, import, subscribe, subscription, sync, server, invite, roaming, browser account',
  'settings.keywords.ai': 'AI, artificial intelligence, rewrite, model, OpenAI, API key, LLM, built-in',
  'settings.keywords.general': 'language, French, English, interface, privacy, name, CM, reports, logs',
  'settings.general.heading': 'General',
  'settings.cmName.label': 'Your name',
  'settings.cmName.hint':
    'Used in reports and the team’s logs: who inserted a reply, reviewed a troll or corrected a mention. ' +
    'Empty: the device name of team sync, if any.',
  'settings.cmName.save': 'Save name',
  'settings.cmName.saved': 'Name saved: your actions are now logged as “{name}”.',
  'settings.cmName.cleared': 'Name removed: your actions are logged without a name.',
  'settings.cmName.saveFailed': 'The name was not saved: {reason}',
  'settings.search.label': 'Search settings',
  'settings.search.hint': 'Type a word: matching settings appear below as links.',
  'settings.search.one': '1 result',
  'settings.search.results': '{count} results',
  'settings.search.none': 'No setting matches “{query}”.',
  'settings.search.in': 'in {section}',
  'settings.dirty.title': 'Leave without saving?',
  'settings.dirty.text': 'A form in this section has changes that are not saved. They will be lost if you leave.',
  'settings.dirty.stay': 'Stay and keep editing',
  'settings.dirty.leave': 'Leave without saving',
} satisfies Record<string, string>;

export const frSettings: { [K in keyof typeof enSettings]: string } = {
  'settings.nav': 'Rubriques des réglages',
  'settings.skip': 'Aller aux réglages',
  'settings.section.brands': 'Marques',
  'settings.section.tone': 'Ton de voix',
  'settings.section.snippets': 'Réponses types',
  'settings.section.trolls': 'Trolls et modération',
  'settings.section.sharing': 'Partage et équipe',
  'settings.section.ai': 'IA',
  'settings.section.general': 'Général',
  'settings.keywords.brands': 'marque, mention, alias, compte, hashtag, produit, faute, requête, mot-clé, veille',
  'settings.keywords.tone':
    'ton, voix, style, formalité, chaleur, émoji, salutation, formule, signature, interdit, mots, tu, vous, aperçu',
  'settings.keywords.snippets': 'réponse type, modèle, raccourci, macro, variables, étiquettes',
  'settings.keywords.trolls': 'troll, modération, sensibilité, signalement, abus, toxique, harcèlement',
  'settings.keywords.sharing':
    'partage, équipe, kit, export, import, abonnement, synchronisation, serveur, invitation, itinérance, compte',
  'settings.keywords.ai': 'IA, intelligence artificielle, réécriture, modèle, OpenAI, clé API, LLM, intégré',
  'settings.keywords.general': 'langue, français, anglais, interface, confidentialité, nom, CM, rapports, journal',
  'settings.general.heading': 'Général',
  'settings.cmName.label': 'Votre nom',
  'settings.cmName.hint':
    'Utilisé dans les rapports et le journal de l’équipe : qui a inséré une réponse, traité un troll ou ' +
    'corrigé une mention. Vide : le nom de l’appareil dans la synchronisation d’équipe, s’il y en a un.',
  'settings.cmName.save': 'Enregistrer le nom',
  'settings.cmName.saved': 'Nom enregistré : vos actions sont désormais notées « {name} ».',
  'settings.cmName.cleared': 'Nom retiré : vos actions sont notées sans nom.',
  'settings.cmName.saveFailed': 'Le nom n’a pas été enregistré : {reason}',
  'settings.search.label': 'Rechercher dans les réglages',
  'settings.search.hint': 'Tapez un mot : les réglages correspondants s’affichent dessous, en liens.',
  'settings.search.one': '1 résultat',
  'settings.search.results': '{count} résultats',
  'settings.search.none': 'Aucun réglage ne correspond à « {query} ».',
  'settings.search.in': 'dans {section}',
  'settings.dirty.title': 'Partir sans enregistrer ?',
  'settings.dirty.text':
    'Un formulaire de cette rubrique contient des modifications non enregistrées. Elles seront perdues si vous partez.',
  'settings.dirty.stay': 'Rester et continuer',
  'settings.dirty.leave': 'Partir sans enregistrer',
};
