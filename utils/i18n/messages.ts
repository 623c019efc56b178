// Every string the extension's pages show, in English and French. `fr` is typed from `en`'s keys, so
// a key missing from (or extra in) one language is a compile error. Placeholders are {name}.
// Validation keys (error.*) are the messages utils/mentions/core/brand.ts and items/schema.ts emit.
import { enTonePage, frTonePage } from '../tone/messages-page';
import { enPageLang, frPageLang } from '../overlay/messages';
import { enOverlay, frOverlay } from '../overlay/messages-page';

import { enAi, frAi } from '../tone/messages-ai';
import { enAiPage, frAiPage } from '../tone/messages-ai-page';
import { enTone, frTone } from '../tone/messages';

import { enTrolls, frTrolls } from '../trolls/messages';

import { enMatcher, frMatcher } from '../mentions/messages';
import { enCorrections, frCorrections } from '../mentions/messages-corrections';

import { enKit, frKit } from '../kit/messages';

import { enSync, frSync } from '../sync/messages';
import { enKitNotes, frKitNotes } from '../kit/messages-notes';
import { enSettings, frSettings } from '../settings/messages';
import { enReports, frReports } from '../reports/messages';
import { enCare, frCare } from '../care/messages';

export const en = {
  ...enTonePage,
  ...enCare,
  ...enMatcher,
  ...enCorrections,
  ...enSync,
  ...enKitNotes,
  ...enPageLang,
  ...enOverlay,
  'app.name': 'Tact',
  'common.loading': 'Loading…',
  'common.privacy':
    'Everything stays in this browser: Tact sends nothing anywhere unless you turn on AI rewriting with an ' +
    'outside service.',
  'common.readError': 'Could not read the local data: {message}',

  'language.label': 'Language',
  'language.auto': 'Automatic (browser language)',
  'language.fr': 'Français',
  'language.en': 'English',
  'language.saved': 'Language saved.',
  'language.saveFailed': 'The language was not saved: {reason}',

  'brand.form.new': 'Add a brand',
  'brand.form.edit': 'Edit “{name}”',
  'brand.field.name': 'Brand name',
  'brand.field.aliases': 'Aliases',
  'brand.field.handles': 'Handles',
  'brand.field.hashtags': 'Hashtags',
  'brand.field.products': 'Product names',
  'brand.field.misspellings': 'Known misspellings',
  'brand.field.query': 'Boolean query (optional)',
  'brand.field.exclude': 'Exclusion words',
  'brand.field.languages': 'Languages',
  'brand.hint.name': 'The name people write when they talk about the brand, e.g. Acme.',
  'brand.hint.aliases': 'Other names and spellings. Separate them with commas or new lines.',
  'brand.hint.handles':
    'The brand’s accounts, each starting with @, e.g. @acme. Separate them with commas or new lines.',
  'brand.hint.hashtags': 'Each starting with #, e.g. #acme. Separate them with commas or new lines.',
  'brand.hint.products': 'Products people mention by name. Separate them with commas or new lines.',
  'brand.hint.misspellings':
    'Spellings people get wrong, e.g. Akme. Names of five letters or more are also found with one letter ' +
    'off. Separate them with commas or new lines.',
  'brand.hint.query':
    'When set, only texts that match it count, e.g. orange AND (forfait OR box) NOT (jus OR fruit). Use AND, ' +
    'OR, NOT, parentheses and "quoted phrases".',
  'brand.hint.exclude':
    'Brand words inside these phrases are not counted as mentions, e.g. “acme of perfection”. Separate them ' +
    'with commas or new lines.',
  'brand.hint.languages': 'The languages the brand replies in.',
  'brand.lang.fr': 'French',
  'brand.lang.en': 'English',
  'brand.save': 'Save brand',
  'brand.cancelEdit': 'Cancel editing',
  'brand.saved': 'Brand “{name}” saved.',
  'brand.invalid': 'The brand was not saved: please correct the fields marked in error.',
  'brand.saveFailed': 'The brand was not saved: {reason}',
  'brand.itemError': '“{item}”: {message}',

  'error.empty': 'This cannot be empty.',
  'error.tooLong': 'This is too long (100 characters at most).',
  'error.tooMany': 'Too many entries (200 at most).',
  'error.handle': 'A handle is @ followed by 1 to 50 letters, digits, _ . or -, e.g. @acme.',
  'error.hashtag': 'A hashtag is # followed by letters, digits or _, e.g. #acme.',
  'error.query': 'This query cannot be read: check the parentheses and quotes, and write AND, OR, NOT in capitals.',
  'error.url': 'This must be an address starting with https://.',
  'error.invalid': 'This value is not valid.',
  'error.snippetName': 'A snippet name is one word: letters, digits, - or _ (it is typed after “/” in a reply box).',
  'error.language': 'The language must be French (fr) or English (en).',
  'error.code.bad_message': 'The extension sent a malformed message. Try reloading it.',
  'error.code.unknown_type': 'This part of the extension is out of date. Try reloading it.',
  'error.code.forbidden': 'This request is not allowed from here.',
  'error.code.invalid': 'some of the data is not valid.',
  'error.code.failed': 'something went wrong in the extension. Try again, or reload it.',

  'options.heading': 'Tact options',
  'options.brands': 'Your brands',
  'options.brandsEmpty': 'No brand yet: add the first one with the form below.',
  'options.terms': 'Looks for: {terms}',
  'options.edit': 'Edit',
  'options.editLabel': 'Edit {name}',
  'options.delete': 'Delete',
  'options.deleteLabel': 'Delete {name}',
  'options.confirmDelete': 'Delete “{name}”? Tact will stop looking for it. This cannot be undone.',
  'options.confirmDeleteYes': 'Yes, delete',
  'options.deleted': 'Brand “{name}” deleted.',
  'options.deleteFailed': '“{name}” was not deleted: {reason}',

  'sidepanel.title': 'Tact — this tab',
  'sidepanel.heading': 'On this tab',
  'sidepanel.listLabel': 'Items seen on this tab',
  'sidepanel.onlyMentions': 'Show only mentions',
  'sidepanel.counts': 'Mentions: {mentions} · Items seen: {items}',
  'sidepanel.empty':
    'Nothing seen on this tab yet. Open X, Facebook, Reddit or LinkedIn and scroll: the posts and comments ' +
    'Tact reads appear here.',
  'sidepanel.emptyMentions': 'No brand mention on this tab yet. Untick “Show only mentions” to see the other items.',
  'sidepanel.noTab': 'No tab to show.',

  'item.kind.post': 'Post',
  'item.kind.comment': 'Comment',
  'item.kind.reply': 'Reply',
  'item.unknownAuthor': 'Unknown author',
  'item.mentions': 'Mentions: {brands}',
  'item.attention': 'Needs attention',
  'item.truncated': 'The page shows only the start of this text.',
  'item.status': 'Status',
  'item.open': 'Open on {platform}',
  'item.statusChanged': 'Status changed to “{status}”.',
  'item.statusFailed': 'The status was not changed: {reason}',
  'status.new': 'New',
  'status.in_progress': 'In progress',
  'status.replied': 'Replied',
  'status.ignored': 'Ignored',
  'sidepanel.view': 'View',
  'sidepanel.viewTab': 'This tab',
  'sidepanel.viewInbox': 'Inbox',
  'inbox.heading': 'Inbox: every mention, by priority',
  'alert.spike': 'Spike for {brand}: {recent} negative or urgent mentions in the last hour (usually {usual}).',
  'alert.dismiss': 'Dismiss the alert for {brand}',
  'alert.label': 'Alerts',
  'inbox.listLabel': 'Mentions across tabs and days',
  'inbox.filter.platform': 'Platform',
  'inbox.filter.brand': 'Brand',
  'inbox.filter.intent': 'Intent',
  'inbox.filter.status': 'Status',
  'inbox.filter.all': 'All',
  'inbox.empty': 'No mention yet. Mentions of your brands seen on any tab gather here.',
  'inbox.emptyFiltered': 'No mention matches these filters.',
  'inbox.count': '{shown} of {total} mentions',
  'inbox.priority': 'Priority {value}',
  'inbox.seen': 'Seen {when}',
  'inbox.firstResponse': 'Answered in {duration}',
  'inbox.open': 'Go to it',
  'inbox.openLabel': 'Go to it: this mention on {platform}',
  'inbox.opened.tab': 'Shown in its tab.',
  'inbox.opened.new_tab': 'Opened in a new tab.',
  'inbox.opened.none': 'This mention is no longer on an open page and has no link.',
  'duration.minutes': '{n} min',
  'duration.hours': '{n} h',
  'duration.days': '{n} d',

  'popup.activeOn': 'Tact is active on {platform}.',
  'popup.inactive': 'Tact does not run on this site',
  'popup.countsLabel': 'On this tab',
  'popup.items': 'Items seen',
  'popup.mentions': 'Mentions',
  'popup.attention': 'Need attention',
  'popup.layoutUnknown': '{platform}: layout not recognised — Tact may need an update.',
  'popup.noBrand': 'No brand yet: add one in the options so Tact knows what to look for.',
  'popup.openSidePanel': 'Open side panel',
  'popup.openOptions': 'Open options',
  'popup.summaryFailed': 'Could not read this tab’s summary: {reason}',

  'onboarding.title': 'Welcome to Tact',
  'onboarding.step': 'Step {n} of 3',
  'onboarding.intro':
    'Tact finds mentions of your brand on X, Facebook, Reddit and LinkedIn, helps you reply in the brand’s ' +
    'tone and spots trolls.',
  'onboarding.languageHeading': 'Choose your language',
  'onboarding.continue': 'Continue',
  'onboarding.brandHeading': 'Add your first brand',
  'onboarding.brandIntro': 'Tell Tact what to look for. You can change it, or add other brands, in the options later.',
  'onboarding.back': 'Back',
  'onboarding.skip': 'Skip for now',
  'onboarding.doneHeading': 'Tact is ready',
  'onboarding.doneText':
    'Open a page on one of the four sites: Tact marks the mentions of your brands. The side panel lists ' +
    'everything it read on the current tab.',
  'onboarding.openOptions': 'Go to the options',
  ...enAi,
  ...enAiPage,
  ...enTone,
  ...enTrolls,
  ...enKit,
  ...enSettings,
  ...enReports,
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

export const fr: Dictionary = {
  ...frTonePage,
  ...frCare,
  ...frMatcher,
  ...frCorrections,
  ...frSync,
  ...frKitNotes,
  ...frPageLang,
  ...frOverlay,
  'app.name': 'Tact',
  'common.loading': 'Chargement…',
  'common.privacy':
    'Tout reste dans ce navigateur : Tact n’envoie rien nulle part, sauf si vous activez la réécriture par ' +
    'IA avec un service extérieur.',
  'common.readError': 'Impossible de lire les données locales : {message}',

  'language.label': 'Langue',
  'language.auto': 'Automatique (langue du navigateur)',
  'language.fr': 'Français',
  'language.en': 'English',
  'language.saved': 'Langue enregistrée.',
  'language.saveFailed': 'La langue n’a pas été enregistrée : {reason}',

  'brand.form.new': 'Ajouter une marque',
  'brand.form.edit': 'Modifier « {name} »',
  'brand.field.name': 'Nom de la marque',
  'brand.field.aliases': 'Autres noms',
  'brand.field.handles': 'Comptes',
  'brand.field.hashtags': 'Hashtags',
  'brand.field.products': 'Noms de produits',
  'brand.field.misspellings': 'Fautes d’orthographe connues',
  'brand.field.query': 'Requête booléenne (facultative)',
  'brand.field.exclude': 'Mots à exclure',
  'brand.field.languages': 'Langues',
  'brand.hint.name': 'Le nom que les gens écrivent quand ils parlent de la marque, par ex. Acme.',
  'brand.hint.aliases': 'Autres noms et orthographes. Séparez-les par des virgules ou des retours à la ligne.',
  'brand.hint.handles':
    'Les comptes de la marque, chacun commençant par @, par ex. @acme. Séparez-les par des virgules ou des ' +
    'retours à la ligne.',
  'brand.hint.hashtags':
    'Chacun commençant par #, par ex. #acme. Séparez-les par des virgules ou des retours à la ligne.',
  'brand.hint.products':
    'Les produits que l’on cite par leur nom. Séparez-les par des virgules ou des retours à la ligne.',
  'brand.hint.misspellings':
    'Les graphies fautives courantes, par ex. Akme. Les noms de cinq lettres ou plus sont aussi trouvés avec ' +
    'une lettre de différence. Séparez-les par des virgules ou des retours à la ligne.',
  'brand.hint.query':
    'Si elle est remplie, seuls les textes qui y répondent comptent, par ex. orange ET (forfait OU box) SAUF ' +
    '(jus OU fruit). Utilisez ET, OU, SAUF (ou AND, OR, NOT), des parenthèses et des « expressions entre ' +
    'guillemets ».',
  'brand.hint.exclude':
    'Les mots de la marque pris dans ces expressions ne comptent pas comme mentions, par ex. « acme of ' +
    'perfection ». Séparez-les par des virgules ou des retours à la ligne.',
  'brand.hint.languages': 'Les langues dans lesquelles la marque répond.',
  'brand.lang.fr': 'Français',
  'brand.lang.en': 'Anglais',
  'brand.save': 'Enregistrer la marque',
  'brand.cancelEdit': 'Annuler la modification',
  'brand.saved': 'Marque « {name} » enregistrée.',
  'brand.invalid': 'La marque n’a pas été enregistrée : corrigez les champs signalés en erreur.',
  'brand.saveFailed': 'La marque n’a pas été enregistrée : {reason}',
  'brand.itemError': '« {item} » : {message}',

  'error.empty': 'Ce champ ne peut pas être vide.',
  'error.tooLong': 'C’est trop long (100 caractères au maximum).',
  'error.tooMany': 'Trop d’entrées (200 au maximum).',
  'error.handle': 'Un compte s’écrit @ suivi de 1 à 50 lettres, chiffres, _ . ou -, par ex. @acme.',
  'error.hashtag': 'Un hashtag s’écrit # suivi de lettres, de chiffres ou de _, par ex. #acme.',
  'error.query':
    'Cette requête est illisible : vérifiez les parenthèses et les guillemets, et écrivez ET, OU, SAUF (ou ' +
    'AND, OR, NOT) en capitales.',
  'error.url': 'Il faut une adresse qui commence par https://.',
  'error.invalid': 'Cette valeur n’est pas valable.',
  'error.snippetName':
    'Le nom d’une réponse type est un seul mot : lettres, chiffres, - ou _ (il se tape après « / » dans une ' +
    'zone de réponse).',
  'error.language': 'La langue doit être le français (fr) ou l’anglais (en).',
  'error.code.bad_message': 'L’extension a envoyé un message mal formé. Essayez de la recharger.',
  'error.code.unknown_type': 'Cette partie de l’extension n’est pas à jour. Essayez de la recharger.',
  'error.code.forbidden': 'Cette demande n’est pas autorisée ici.',
  'error.code.invalid': 'certaines données ne sont pas valables.',
  'error.code.failed': 'un problème est survenu dans l’extension. Réessayez, ou rechargez-la.',

  'options.heading': 'Réglages de Tact',
  'options.brands': 'Vos marques',
  'options.brandsEmpty': 'Aucune marque pour l’instant : ajoutez la première avec le formulaire ci-dessous.',
  'options.terms': 'Recherche : {terms}',
  'options.edit': 'Modifier',
  'options.editLabel': 'Modifier {name}',
  'options.delete': 'Supprimer',
  'options.deleteLabel': 'Supprimer {name}',
  'options.confirmDelete': 'Supprimer « {name} » ? Tact cessera de la rechercher. Cette action est définitive.',
  'options.confirmDeleteYes': 'Oui, supprimer',
  'options.deleted': 'Marque « {name} » supprimée.',
  'options.deleteFailed': '« {name} » n’a pas été supprimée : {reason}',

  'sidepanel.title': 'Tact — cet onglet',
  'sidepanel.heading': 'Sur cet onglet',
  'sidepanel.listLabel': 'Éléments vus sur cet onglet',
  'sidepanel.onlyMentions': 'Afficher seulement les mentions',
  'sidepanel.counts': 'Mentions : {mentions} · Éléments vus : {items}',
  'sidepanel.empty':
    'Rien de vu sur cet onglet pour l’instant. Ouvrez X, Facebook, Reddit ou LinkedIn et faites défiler : ' +
    'les publications et commentaires lus par Tact s’affichent ici.',
  'sidepanel.emptyMentions':
    'Aucune mention de marque sur cet onglet pour l’instant. Décochez « Afficher seulement les mentions » ' +
    'pour voir les autres éléments.',
  'sidepanel.noTab': 'Aucun onglet à afficher.',

  'item.kind.post': 'Publication',
  'item.kind.comment': 'Commentaire',
  'item.kind.reply': 'Réponse',
  'item.unknownAuthor': 'Auteur inconnu',
  'item.mentions': 'Mentionne : {brands}',
  'item.attention': 'À traiter',
  'item.truncated': 'La page n’affiche que le début de ce texte.',
  'item.status': 'Statut',
  'item.open': 'Ouvrir sur {platform}',
  'item.statusChanged': 'Statut changé en « {status} ».',
  'item.statusFailed': 'Le statut n’a pas été changé : {reason}',
  'status.new': 'Nouveau',
  'status.in_progress': 'En cours',
  'status.replied': 'Répondu',
  'status.ignored': 'Ignoré',
  'sidepanel.view': 'Vue',
  'sidepanel.viewTab': 'Cet onglet',
  'sidepanel.viewInbox': 'Boîte de réception',
  'inbox.heading': 'Boîte de réception : toutes les mentions, par priorité',
  'alert.spike':
    'Pic pour {brand} : {recent} mentions négatives ou urgentes dans la dernière heure (d’habitude {usual}).',
  'alert.dismiss': 'Masquer l’alerte pour {brand}',
  'alert.label': 'Alertes',
  'inbox.listLabel': 'Mentions de tous les onglets et de tous les jours',
  'inbox.filter.platform': 'Plateforme',
  'inbox.filter.brand': 'Marque',
  'inbox.filter.intent': 'Intention',
  'inbox.filter.status': 'Statut',
  'inbox.filter.all': 'Toutes',
  'inbox.empty':
    'Aucune mention pour l’instant. Les mentions de vos marques vues dans n’importe quel onglet se rassemblent ici.',
  'inbox.emptyFiltered': 'Aucune mention ne correspond à ces filtres.',
  'inbox.count': '{shown} mentions sur {total}',
  'inbox.priority': 'Priorité {value}',
  'inbox.seen': 'Vu {when}',
  'inbox.firstResponse': 'Répondu en {duration}',
  'inbox.open': 'Y aller',
  'inbox.openLabel': 'Y aller : cette mention sur {platform}',
  'inbox.opened.tab': 'Affichée dans son onglet.',
  'inbox.opened.new_tab': 'Ouverte dans un nouvel onglet.',
  'inbox.opened.none': 'Cette mention n’est plus sur une page ouverte et n’a pas de lien.',
  'duration.minutes': '{n} min',
  'duration.hours': '{n} h',
  'duration.days': '{n} j',

  'popup.activeOn': 'Tact est actif sur {platform}.',
  'popup.inactive': 'Tact ne fonctionne pas sur ce site',
  'popup.countsLabel': 'Sur cet onglet',
  'popup.items': 'Éléments vus',
  'popup.mentions': 'Mentions',
  'popup.attention': 'À traiter',
  'popup.layoutUnknown': '{platform} : mise en page non reconnue — Tact a peut-être besoin d’une mise à jour.',
  'popup.noBrand': 'Aucune marque pour l’instant : ajoutez-en une dans les réglages pour que Tact sache quoi chercher.',
  'popup.openSidePanel': 'Ouvrir le panneau latéral',
  'popup.openOptions': 'Ouvrir les réglages',
  'popup.summaryFailed': 'Impossible de lire le résumé de cet onglet : {reason}',

  'onboarding.title': 'Bienvenue dans Tact',
  'onboarding.step': 'Étape {n} sur 3',
  'onboarding.intro':
    'Tact repère les mentions de votre marque sur X, Facebook, Reddit et LinkedIn, vous aide à répondre dans ' +
    'le ton de la marque et repère les trolls.',
  'onboarding.languageHeading': 'Choisissez votre langue',
  'onboarding.continue': 'Continuer',
  'onboarding.brandHeading': 'Ajoutez votre première marque',
  'onboarding.brandIntro':
    'Dites à Tact quoi chercher. Vous pourrez la modifier, ou ajouter d’autres marques, plus tard dans les réglages.',
  'onboarding.back': 'Retour',
  'onboarding.skip': 'Passer cette étape',
  'onboarding.doneHeading': 'Tact est prêt',
  'onboarding.doneText':
    'Ouvrez une page de l’un des quatre sites : Tact signale les mentions de vos marques. Le panneau latéral ' +
    'liste tout ce qu’il a lu sur l’onglet en cours.',
  'onboarding.openOptions': 'Aller aux réglages',
  ...frAi,
  ...frAiPage,
  ...frTone,
  ...frTrolls,
  ...frKit,
  ...frSettings,
  ...frReports,
};

export const dictionaries = { en, fr } satisfies Record<string, Dictionary>;
export type Lang = keyof typeof dictionaries;
