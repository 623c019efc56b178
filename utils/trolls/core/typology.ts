// The troll typology of ../shared/typology.md as data: ten kinds of problem commenter, the stable
// ids the code, the stored data and the command line use, with names, descriptions, observable cues
// and the recommended action in French and English. `unhappy_customer` is listed with the others
// but is NOT a troll: it is the outcome a CM tool must never hide automatically.

import { TROLL_TYPE_IDS, TYPE_NAMES, isTrollTypeId, type Bilingual, type TrollTypeId } from './type-names';

export { TROLL_TYPE_IDS, isTrollTypeId, type Bilingual, type TrollTypeId };

export interface TrollType {
  id: TrollTypeId;
  /** Position in typology.md (1-10). */
  rank: number;
  /** False only for `unhappy_customer`. */
  isTroll: boolean;
  name: Bilingual;
  description: Bilingual;
  /** What a moderator can observe in the comment or its context. */
  cues: { fr: string[]; en: string[] };
  action: Bilingual;
}

export const TYPOLOGY: readonly TrollType[] = [
  {
    id: 'flamer',
    rank: 1,
    isTroll: true,
    name: TYPE_NAMES.flamer,
    description: {
      fr: 'Cherche la réaction : insulte une personne, jure, crie, se moque, sans argument.',
      en: 'Looks for a reaction: insults a person, swears, shouts, mocks, with no argument.',
    },
    cues: {
      fr: [
        'insulte visant une personne (« t’es un… »)',
        'grossièretés',
        'majuscules, « !!! »',
        'émojis moqueurs',
        'aucun argument',
      ],
      en: [
        'insult aimed at a person ("you\'re a…")',
        'profanity',
        'shouting (CAPS, !!!)',
        'mocking emoji',
        'no argument',
      ],
    },
    action: {
      fr: 'Ne pas nourrir ; masquer ; rappeler la charte ; bannir en cas de récidive.',
      en: "Don't feed; hide; quote the charter; ban on repeat.",
    },
  },
  {
    id: 'hate',
    rank: 2,
    isTroll: true,
    name: TYPE_NAMES.hate,
    description: {
      fr:
        'S’en prend à un groupe pour ce qu’il est : attribut négatif ou déshumanisant, insultes identitaires, ' +
        'appels à la violence.',
      en: 'Attacks a group for what it is: negative or dehumanising attributes, slurs, calls to violence.',
    },
    cues: {
      fr: ['groupe identitaire + attribut négatif ou déshumanisant', 'insultes identitaires', 'appel à la violence'],
      en: ['identity group + negative or dehumanising attribute', 'slurs', 'calls to violence'],
    },
    action: {
      fr: 'Masquer et signaler ; escalader (en France, les contenus illicites peuvent être signalés sur PHAROS).',
      en: 'Hide and report; escalate (in France, illegal content can go to PHAROS).',
    },
  },
  {
    id: 'harasser',
    rank: 3,
    isTroll: true,
    name: TYPE_NAMES.harasser,
    description: {
      fr:
        'Cible la même personne encore et encore, parfois à plusieurs comptes : mentions répétées, données ' +
        'personnelles, menaces.',
      en:
        'Targets the same person again and again, sometimes with several accounts: repeated mentions, personal ' +
        'data, threats.',
    },
    cues: {
      fr: [
        'même personne visée à répétition (@mentions)',
        'données personnelles',
        'menaces',
        'plusieurs comptes qui s’y joignent',
      ],
      en: [
        'the same person targeted again and again (@ mentions)',
        'personal data',
        'threats',
        'several accounts joining in',
      ],
    },
    action: {
      fr: 'Masquer, bloquer, signaler, escalader ; soutenir la personne visée en privé.',
      en: 'Hide, block, report, escalate; support the target privately.',
    },
  },
  {
    id: 'spammer',
    rank: 4,
    isTroll: true,
    name: TYPE_NAMES.spammer,
    description: {
      fr: 'Publie des liens, de l’autopromotion ou des arnaques, souvent le même texte sur plusieurs publications.',
      en: 'Posts links, self-promotion or scams, often the same text on several posts.',
    },
    cues: {
      fr: [
        'liens',
        '« abonnez-vous à ma chaîne », « écris-moi en MP »',
        'crypto, promesses d’argent',
        'numéros de téléphone',
        'même texte sur plusieurs publications',
      ],
      en: [
        'links',
        '"check my channel", "DM me"',
        'crypto or money promises',
        'phone numbers',
        'the same text on several posts',
      ],
    },
    action: {
      fr: 'Supprimer ou masquer, signaler comme spam.',
      en: 'Delete or hide, report as spam.',
    },
  },
  {
    id: 'conspiracist',
    rank: 5,
    isTroll: true,
    name: TYPE_NAMES.conspiracist,
    description: {
      fr: 'Diffuse des théories du complot ou de fausses informations, des sources douteuses, des conseils dangereux.',
      en: 'Spreads conspiracy theories or false information, dubious sources, dangerous advice.',
    },
    cues: {
      fr: [
        '« réveillez-vous »',
        '« les médias mentent »',
        '« faites vos recherches »',
        'sources douteuses',
        'conseils dangereux',
      ],
      en: ['"wake up"', '"the media lie"', '"do your research"', 'dubious sources', 'dangerous advice'],
    },
    action: {
      fr:
        'Si cela concerne la marque : une réponse factuelle avec une source, épinglée ; sinon ne pas débattre ; ' +
        'masquer si dangereux.',
      en:
        "If it is about the brand, one factual reply with a source, pinned; otherwise don't debate; hide if " +
        'dangerous.',
    },
  },
  {
    id: 'derailer',
    rank: 6,
    isTroll: true,
    name: TYPE_NAMES.derailer,
    description: {
      fr: 'Détourne la conversation : peu de rapport avec la publication, politique sous un post produit.',
      en: "Hijacks the conversation: little to do with the post's topic, politics under a product post.",
    },
    cues: {
      fr: [
        'peu de points communs avec le sujet de la publication',
        '« et sinon… »',
        'politique sous une publication produit',
      ],
      en: ["little in common with the post's topic", '"what about…"', 'politics under a product post'],
    },
    action: {
      fr: 'Recentrer une fois, puis ignorer ; masquer si cela se répète.',
      en: 'Redirect once, then ignore; hide if repeated.',
    },
  },
  {
    id: 'lecturer',
    rank: 7,
    isTroll: true,
    name: TYPE_NAMES.lecturer,
    description: {
      fr: 'Corrige, fait la leçon, cite les CGU ou la loi avec condescendance (grammar police, troll juridique).',
      en:
        'Corrects, lectures, quotes the terms of service or the law with condescension (grammar police, legal ' +
        'troll).',
    },
    cues: {
      fr: [
        'corrections avec « * »',
        '« on dit… »',
        '« en fait »',
        '« apprenez à… »',
        'citation des CGU ou de la loi',
        'condescendance',
      ],
      en: ['"*" corrections', '"actually"', '"learn to…"', 'quoting terms of service or the law', 'condescension'],
    },
    action: {
      fr: 'S’il a raison, remercier et corriger en une ligne ; ne jamais argumenter.',
      en: 'If right, thank and correct in one line; never argue.',
    },
  },
  {
    id: 'sealion',
    rank: 8,
    isTroll: true,
    name: TYPE_NAMES.sealion,
    description: {
      fr: 'Poli mais insistant : demandes répétées, fausse inquiétude, questions auxquelles on a déjà répondu.',
      en: 'Polite but relentless: repeated demands, fake concern, questions already answered.',
    },
    cues: {
      fr: [
        'demandes répétées (« sources ? »)',
        '« je pose juste la question »',
        'fausse inquiétude',
        'questions déjà traitées',
      ],
      en: ['repeated demands ("sources?")', '"just asking"', 'fake concern', 'questions already answered'],
    },
    action: {
      fr: 'Répondre une fois (lien vers la FAQ), puis se désengager.',
      en: 'Answer once (link the FAQ), then disengage.',
    },
  },
  {
    id: 'astroturfer',
    rank: 9,
    isTroll: true,
    name: TYPE_NAMES.astroturfer,
    description: {
      fr:
        'Campagne coordonnée : même formulation depuis plusieurs comptes, rafales, promotion d’un concurrent, ' +
        'usurpation.',
      en:
        'Coordinated campaign: the same wording from several accounts, bursts, promotion of a competitor, ' +
        'impersonation.',
    },
    cues: {
      fr: [
        'même formulation depuis plusieurs comptes',
        'rafales',
        'promotion d’un concurrent',
        'usurpation d’identité',
      ],
      en: ['the same wording from several accounts', 'bursts', 'promotion of a competitor', 'impersonation'],
    },
    action: {
      fr: 'Documenter, signaler, escalader.',
      en: 'Document, report, escalate.',
    },
  },
  {
    id: 'unhappy_customer',
    rank: 10,
    isTroll: false,
    name: TYPE_NAMES.unhappy_customer,
    description: {
      fr:
        'Raconte sa propre expérience avec une commande ou un produit, même en colère ou grossier : ce n’est ' +
        'pas un troll.',
      en: 'Describes their own experience with an order or a product, even when angry or rude: not a troll.',
    },
    cues: {
      fr: [
        'expérience à la première personne',
        'commande ou produit nommé',
        '« SAV »',
        'réclamation précise, même en colère',
      ],
      en: [
        'first-person experience',
        'an order or product named',
        '"customer service"',
        'a specific complaint, even when angry or rude',
      ],
    },
    action: {
      fr: 'Répondre vite, passer en messages privés, résoudre ; ne jamais masquer automatiquement.',
      en: 'Reply fast, move to private messages, solve; never hide automatically.',
    },
  },
];

const BY_ID = new Map(TYPOLOGY.map((t) => [t.id, t]));

export function trollType(id: TrollTypeId): TrollType {
  return BY_ID.get(id)!;
}
