// Tact's own reply templates, used after the brand's snippets. `[[vous form|tu form]]` picks the
// French form of address, `{emoji}` becomes the brand's emoji or nothing, and every other `{name}` is
// a snippet variable: a template whose variable is unknown is dropped, never shown with braces.
import type { Intent } from '../../mentions/core/intent';
import type { PlaybookReply } from './playbook';

export type Lang = 'fr' | 'en';

export const TEMPLATES: Record<Lang, Record<Intent, string[]>> = {
  fr: {
    question: [
      'Bonjour {prénom}, merci pour [[votre|ta]] question ! [[Pouvez-vous|Peux-tu]] nous écrire en message ' +
        'privé pour que nous [[vous|te]] répondions précisément ?',
      'Bonjour {prénom}, bonne question ! {emoji} Nous vérifions et revenons vers [[vous|toi]] très vite.',
      'Bonjour {prénom}, merci de [[votre|ton]] intérêt pour {brand}. Nous [[vous|te]] répondons en message ' +
        'privé dans la journée.',
    ],
    complaint: [
      'Bonjour {prénom}, nous regardons tout de suite la commande {orderId}. [[Pouvez-vous|Peux-tu]] nous ' +
        'écrire en message privé ?',
      'Bonjour {prénom}, nous sommes désolés pour ce désagrément. [[Pouvez-vous|Peux-tu]] nous écrire en ' +
        'message privé afin que nous trouvions une solution ensemble ?',
      'Bonjour {prénom}, merci de nous l’avoir signalé. Nous comprenons [[votre|ton]] agacement et regardons ' +
        'cela tout de suite.',
      'Bonjour {prénom}, toutes nos excuses. Notre équipe prend [[votre|ta]] demande en charge dès maintenant.',
    ],
    praise: [
      'Merci beaucoup {prénom} ! {emoji} Ravis que {product} [[vous|te]] plaise.',
      'Merci {prénom}, [[votre|ton]] message fait très plaisir à toute l’équipe {brand} ! {emoji}',
      'Un grand merci {prénom} pour ce retour ! {emoji}',
    ],
    purchase_intent: [
      'Bonjour {prénom}, {product} [[vous attend|t’attend]] ! Nous [[vous|te]] conseillons volontiers en ' +
        'message privé. {emoji}',
      'Bonjour {prénom}, merci de [[votre|ton]] intérêt pour {brand} ! [[Dites-nous|Dis-nous]] ce que [[vous ' +
        'cherchez|tu cherches]], nous [[vous aiderons|t’aiderons]] à choisir.',
      'Bonjour {prénom}, excellente idée ! {emoji} Nous restons disponibles pour toute question avant ' +
        '[[votre|ton]] achat.',
    ],
    urgent: [
      'Bonjour {prénom}, merci de nous alerter. Nous traitons [[votre|ton]] message en priorité : ' +
        '[[pouvez-vous|peux-tu]] nous écrire en message privé dès maintenant ?',
      'Bonjour {prénom}, nous prenons cela très au sérieux. Notre équipe [[vous|te]] contacte en priorité.',
      'Bonjour {prénom}, merci pour [[votre|ton]] signalement. Nous mobilisons nos équipes et revenons vers ' +
        '[[vous|toi]] au plus vite.',
    ],
    other: [
      'Bonjour {prénom}, merci pour [[votre|ton]] message ! {emoji}',
      'Bonjour {prénom}, merci de [[votre|ton]] retour, nous restons à [[votre|ton]] écoute.',
      'Bonjour {prénom}, merci d’avoir pensé à {brand} !',
    ],
  },
  en: {
    question: [
      'Hi {firstName}, thanks for your question! Could you send us a direct message so we can give you a ' +
        'precise answer?',
      'Hi {firstName}, good question! {emoji} We are checking and will get back to you shortly.',
      'Hi {firstName}, thanks for your interest in {brand}. We will answer you by direct message today.',
    ],
    complaint: [
      'Hi {firstName}, we are looking into order {orderId} right now. Could you send us a direct message?',
      'Hi {firstName}, we are sorry for the trouble. Could you send us a direct message so we can sort this ' +
        'out together?',
      'Hi {firstName}, thanks for letting us know. We understand your frustration and are looking into it right now.',
      'Hi {firstName}, our apologies. Our team is taking care of your request right away.',
    ],
    praise: [
      'Thank you so much {firstName}! {emoji} We are glad you enjoy {product}.',
      'Thanks {firstName}, your message made the whole {brand} team smile! {emoji}',
      'A big thank you {firstName} for the kind words! {emoji}',
    ],
    purchase_intent: [
      'Hi {firstName}, {product} is waiting for you! We are happy to advise you by direct message. {emoji}',
      'Hi {firstName}, thanks for your interest in {brand}! Tell us what you are looking for and we will help ' +
        'you choose.',
      'Hi {firstName}, great choice! {emoji} We are here for any question before you buy.',
    ],
    urgent: [
      'Hi {firstName}, thanks for alerting us. We are treating this as a priority: could you send us a direct ' +
        'message now?',
      'Hi {firstName}, we take this very seriously. Our team is contacting you as a priority.',
      'Hi {firstName}, thanks for reporting this. Our teams are on it and will get back to you as soon as possible.',
    ],
    other: [
      'Hi {firstName}, thanks for your message! {emoji}',
      'Hi {firstName}, thanks for your feedback, we are here if you need anything.',
      'Hi {firstName}, thanks for thinking of {brand}!',
    ],
  },
};

/** Replies the troll playbook allows (one reply, then disengage); complaints reuse the intent's set. */
export const PLAYBOOK_TEMPLATES: Record<Lang, Record<Exclude<PlaybookReply, 'complaint'>, string[]>> = {
  fr: {
    // Conspiracist, about the brand: one factual reply with a source.
    factual: [
      'Bonjour {prénom}, pour rétablir les faits sur {brand}, voici nos informations vérifiées : {link}',
      'Bonjour {prénom}, cette information est inexacte. Les faits, sources à l’appui : {link}',
      'Bonjour {prénom}, notre page d’information officielle répond à cette question : {link}',
    ],
    // Derailer: redirect once.
    redirect: [
      'Bonjour {prénom}, revenons au sujet de cette publication : [[n’hésitez pas|n’hésite pas]] à nous dire ' +
        'ce que [[vous en pensez|tu en penses]] !',
      'Merci pour [[votre|ton]] message {prénom}. Cette discussion porte sur {product} : nous restons à ' +
        '[[votre|ton]] écoute sur ce sujet.',
      'Bonjour {prénom}, ce fil est consacré à {brand} : pour toute question à ce sujet, nous sommes là.',
    ],
    // Lecturer: if right, thank and correct in one line; never argue.
    correction: [
      'Merci {prénom}, bien vu : c’est corrigé.',
      'Merci pour la remarque {prénom}, nous corrigeons.',
      'Bien vu {prénom}, merci !',
    ],
    // Sealion: answer once with the FAQ.
    faq: [
      'Bonjour {prénom}, nous avons répondu à cette question dans notre FAQ : {link}',
      'Bonjour {prénom}, toutes les réponses sont dans notre FAQ : {link}',
      'Bonjour {prénom}, cette question revient souvent : [[vous trouverez|tu trouveras]] tous les détails ' +
        'dans notre FAQ.',
    ],
  },
  en: {
    factual: [
      'Hi {firstName}, to set the record straight about {brand}, here are the verified facts: {link}',
      'Hi {firstName}, this information is not accurate. The facts, with sources: {link}',
      'Hi {firstName}, our official information page answers this: {link}',
    ],
    redirect: [
      'Hi {firstName}, let’s keep this thread on topic: tell us what you think of the post!',
      'Thanks {firstName}. This thread is about {product}: we are happy to talk about that.',
      'Hi {firstName}, this thread is about {brand}: for any question on that, we are here.',
    ],
    correction: [
      'Thanks {firstName}, good catch: it is fixed.',
      'Thanks for pointing that out {firstName}, we are correcting it.',
      'Good catch {firstName}, thank you!',
    ],
    faq: [
      'Hi {firstName}, we answered this question in our FAQ: {link}',
      'Hi {firstName}, all the answers are in our FAQ: {link}',
      'Hi {firstName}, this question comes up often: you will find all the details in our FAQ.',
    ],
  },
};
