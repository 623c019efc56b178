// Cold or negative tone towards a customer, French and English: a lexicon of patterns (matched on
// folded text, so case- and accent-insensitive, on whole words) grouped by what makes them cold —
// blaming the customer, shutting the door, "as I already said", ordering the customer about,
// condescension or sarcasm, a bare refusal. Refusal words ("malheureusement", "impossible", "we
// can't") are only cold on their own: an apology, empathy or an alternative in the same sentence or
// the next one ("…, nous en sommes désolés. Nous pouvons vous proposer…") makes them fine. Phrases
// that merely look cold ("Impossible n'est pas Acme", "rien n'est impossible") are excepted.
import type { Message } from './check';

export type ColdReason = 'blame' | 'dismiss' | 'repeat' | 'order' | 'condescend' | 'refusal';

export const COLD_REASONS: Record<ColdReason, Message> = {
  blame: { fr: 'rejette la faute sur le client', en: 'blames the customer' },
  dismiss: { fr: 'ferme la porte au client', en: 'brushes the customer off' },
  repeat: { fr: 'sonne agacé (« je l’ai déjà dit »)', en: 'sounds exasperated (“as I already said”)' },
  order: { fr: 'donne un ordre sec au client', en: 'orders the customer about' },
  condescend: { fr: 'sonne condescendant ou sarcastique', en: 'sounds condescending or sarcastic' },
  refusal: { fr: 'refuse sans excuse ni alternative', en: 'refuses with no apology or alternative' },
};

/**
 * A cold marker. `fix`: the warmer wording ('' = remove the words; null = no safe one-click fix, the
 * CM rephrases). `lead`: a lead-in ("Comme déjà dit, …") whose removal is only offered when a comma
 * or colon follows it. `weak`: softened by an apology, empathy or an alternative nearby.
 */
interface Marker {
  /** The pattern's body, without the word boundaries. */
  source: string;
  re: RegExp;
  reason: ColdReason;
  fix: string | null;
  lead?: boolean;
  weak?: boolean;
}

export interface ColdHit {
  start: number;
  end: number;
  reason: ColdReason;
  fix: string | null;
  lead: boolean;
}

// Patterns are written on folded text (lower case, no accents, ’ → '): a space stands for any run of
// spaces, a hyphen or apostrophe between letters may also be a space or missing.
function m(
  source: string,
  reason: ColdReason,
  fix: string | null = null,
  extra: Partial<Pick<Marker, 'lead' | 'weak'>> = {},
): Marker {
  const body = source
    .replace(/ /g, '\\s+')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '[-\\s]?')
    .replace(/(?<=\p{L})'(?=\p{L})/gu, "['\\s]?");
  return { source: body, re: new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'gu'), reason, fix, ...extra };
}
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

const YOU_FR = '(?:vous|tu)';
// "de" or its elision "d'" (the apostrophe stays outside the match).
const DE = "(?:de|d(?='))";
const TOLD_FR = '(?:dit|indique|precise|explique|mentionne|ecrit|repete|signale)';
const TOLD_EN = '(?:said|stated|mentioned|explained|noted|indicated|outlined|written|told you|pointed out)';
const DOCS_FR =
  '(?:la notice|les conditions(?: generales)?|nos conditions(?: generales)?|nos cgv|les cgv|nos cgu|les cgu|' +
  "la faq|notre faq|le mode d'emploi|la description|le reglement|notre message|nos messages|le mail|l'e-mail|" +
  'le message)';
const DOCS_EN =
  '(?:the|our|my) (?:manual|terms(?: and conditions)?|t&cs|policy|faq|instructions|description|guide|email|' +
  'e-mail|message|post|reply|website|site|documentation|docs)';

/** Exported for the tests. */
export const MARKERS: readonly Marker[] = [
  // ---- French ----
  // Blame.
  m('vous auriez du', 'blame', 'nous vous conseillons de'),
  m('tu aurais du', 'blame', 'on te conseille de'),
  m(`${YOU_FR} (?:auriez|aurais) pu (?:lire|verifier|regarder|faire attention|lire|prevenir)`, 'blame'),
  m('il (?:fallait|aurait fallu)', 'blame'),
  m(`${YOU_FR} n'(?:aviez|avais) qu'a`, 'blame'),
  m(`si (?:vous aviez|tu avais) (?:bien )?(?:lu|suivi|respecte|verifie|regarde|fait attention|ecoute)`, 'blame'),
  m(
    `(?:vous n'avez|tu n'as) (?:visiblement |manifestement |apparemment |sans doute |meme |` +
      `donc )?pas (?:bien )?(?:lu|suivi|respecte|verifie|regarde|fait attention|ecoute)`,
    'blame',
  ),
  m("(?:de|par) (?:votre|ta) faute|(?:c'est|c'etait|ce n'est que) (?:bien )?(?:de )?(?:votre|ta) faute", 'blame'),
  m('(?:erreur|negligence|oubli|maladresse) de (?:votre|ta) part|mauvaise (?:manipulation|utilisation|manip)', 'blame'),
  m("(?:c'est|c'etait) a (?:vous|toi) de (?:verifier|lire|faire attention|vous renseigner|te renseigner)", 'blame'),
  m('(?:apprenez|apprends) a lire', 'condescend'),
  // Shutting the door.
  m('pas (?:de |du )?(?:notre|mon|ma|nos) (?:probleme|faute|affaire|ressort|responsabilite|role|souci)', 'dismiss'),
  m(
    '(?:nous ne pouvons|on ne peut|je ne peux|nous ne pourrons|on ne pourra|' +
      'nous ne pourrons) (?:strictement )?rien (?:faire|pour vous|pour toi|de plus)',
    'dismiss',
  ),
  m("(?:il n'y a|il n'y aura|y a) (?:plus )?rien a faire", 'dismiss'),
  m("(?:nous|on|je) n'y (?:pouvons|peut|peux) rien", 'dismiss'),
  m('tant pis', 'dismiss'),
  m("(?:c'est|ca) (?:est )?comme ca", 'dismiss'),
  m("point final|fin de (?:la )?discussion|affaire classee|un point c'est tout", 'dismiss'),
  m("inutile d'insister|n'insistez pas|n'insiste pas", 'dismiss'),
  m("(?:ce sont|c'est) (?:les|la) regles?(?: point)?", 'dismiss'),
  m('(?:hors de|pas) question', 'dismiss'),
  m('(?:debrouillez-vous|debrouille-toi)', 'dismiss'),
  m('(?:ca|cela) ne changera rien', 'dismiss'),
  m('voyez (?:ca |cela )?avec', 'dismiss'),
  m('(?:nous|on|je) ne (?:tolerons|tolere|tolererons|tolererai|accepterons|accepterai) (?:pas|plus|aucun)', 'order'),
  // "As I already said".
  m(`comme (?:(?:je|nous|on) (?:vous |te )?l'(?:ai|avons|a) )?deja ${TOLD_FR}`, 'repeat', '', { lead: true }),
  m(`comme (?:je|nous|on) (?:vous |te )?l'(?:ai|avons|a) (?:deja )?${TOLD_FR}`, 'repeat', '', { lead: true }),
  m(`comme ${TOLD_FR} (?:precedemment|plus haut|plus tot|auparavant|ci-dessus)`, 'repeat', '', { lead: true }),
  m(`(?:je|nous|on) (?:vous|te) l'(?:ai|avons|a) deja ${TOLD_FR}`, 'repeat'),
  m('(?:je me repete|nous nous repetons|on se repete)', 'repeat'),
  m('pour la (?:\\p{L}+ieme|\\d+e|derniere) fois|combien de fois', 'repeat', '', { lead: true }),
  // Ordering the customer about.
  m('calmez-vous', 'order', 'nous comprenons votre agacement'),
  m('calme-toi', 'order', 'on comprend ton agacement'),
  m(`(?:arretez|arrete|cessez|cesse) ${DE}`, 'order'),
  m("(?:baissez|baisse) d'un ton", 'order'),
  m(`(?:relisez|lisez|relis|lis|consultez|consulte) ${DOCS_FR}`, 'order'),
  m('soyez patients?|sois patiente?', 'order', null, { weak: true }),
  m('la prochaine fois,? (?:lisez|verifiez|pensez|lis|verifie|pense)', 'order'),
  // Condescension, sarcasm.
  m('il suffit de (?:lire|savoir lire|regarder)', 'condescend'),
  m(
    "noir sur blanc|(?:c'est|c'etait|tout est) pourtant (?:simple|clair|ecrit|indique|evident)|" +
      "c'est pourtant|(?:ce n'est|c'est) pas sorcier",
    'condescend',
  ),
  m(`(?:visiblement|manifestement|apparemment|evidemment) ${YOU_FR} n'`, 'condescend'),
  m('(?:bravo|felicitations|chapeau) pour (?:avoir|ne pas)', 'condescend'),
  m('merci pour rien', 'condescend'),
  // Blame, by what the customer did or did not do.
  m(`(?:c'est|c'etait) a (?:vous|toi) ${DE}`, 'blame'),
  m('vous avez mal (?:\\p{L}+)|tu as mal (?:\\p{L}+)', 'blame', null, { weak: true }),
  m('(?:vous deviez|tu devais|vous etiez cense|tu etais cense)', 'blame', null, { weak: true }),
  m('ne (?:lit|lisez|lis|lisent) pas (?:les|la|le|nos|notre|vos|vos)', 'blame'),
  m(
    'la prochaine fois[^.!?\\n]{0,40}(?:verifi|lis|lire|faites attention|fais attention|pens|regard)|' +
      '(?:verifi|lis|lire|faites attention|pens)[^.!?\\n]{0,50}la prochaine fois',
    'blame',
  ),
  m('(?:apprenez|apprendre|apprends) a (?:lire|verifier|utiliser|faire|compter|brancher)', 'condescend'),
  // Brushing off, again.
  m("(?:nous ne sommes|on n'est|je ne suis|nous n'etions) pas (?:responsables?|en charge|concernes?)", 'dismiss'),
  m(`(?:ce n'est|c'est) pas a (?:nous|moi) ${DE}`, 'dismiss'),
  m('(?:pas|plus) (?:de )?temps a perdre|autre chose a faire', 'dismiss'),
  m('ca suffit|(?:ou|sinon) (?:partez|partir|allez voir ailleurs)|allez voir ailleurs', 'dismiss'),
  m('la reponse est non|(?:elle|ca|cela|la reponse|notre decision) ne changera (?:pas|rien)', 'dismiss'),
  m('(?:refaire|rouvrir|relancer) le debat', 'dismiss'),
  m(
    "(?:rien ne|personne ne) (?:vous|t') ?oblige a (?:l'acheter|acheter|rester|commander|revenir|nous suivre)",
    'dismiss',
  ),
  m('(?<=,\\s*)point(?=\\s*(?:[.!]|$))', 'dismiss'),
  m('merci de ne (?:pas|plus) (?:nous )?(?:inonder|spammer|harceler|insister|relancer|ecrire|poster)', 'order'),
  // "As I already said", again.
  m(
    "(?:nous avons|on a|j'ai|je vous ai|nous vous avons|on vous a) deja (?:repondu|explique|dit|indique|" +
      'precise|traite|donne)',
    'repeat',
  ),
  m('(?:repondu|explique|dit|ecrit)[^.!?\\n]{0,30}(?:deux|trois|quatre|plusieurs|\\d+) fois', 'repeat'),
  m('encore (?:vous|toi)(?=\\s*[?!.,])', 'condescend'),
  m('(?:je|nous|on) ne (?:vois|voyons|voit) pas (?:ou est|quel est|ou se trouve) (?:le )?probleme', 'condescend'),
  m('(?:trolls?|gens|clients?|personnes?) comme (?:vous|toi)', 'condescend'),
  m(
    '(?:aucun|aucune) (?:geste commercial|remboursement|echange|compensation|dedommagement|avoir|reduction)s? ne sera',
    'refusal',
    null,
    { weak: true },
  ),
  m("(?:n'est|ne sont|n'etait) pas (?:recevables?|eligibles?)", 'refusal', null, { weak: true }),
  // Blame by who did it, things that would not have happened, "you are the only one".
  m("(?:c'est|c'etait) (?:vous|toi) qui|(?:vous etes|tu es) (?:le seul|la seule|les seuls)", 'blame'),
  m(
    '(?:vous|tu) (?:auriez|aurais) (?:evite|compris|su|vu)|en (?:lisant|verifiant|' +
      'regardant) [^.!?\\n]{0,30}(?:vous|tu) (?:auriez|aurais)',
    'blame',
  ),
  m("avant (?:de |d')(?:accuser|critiquer|vous plaindre|te plaindre|nous accuser)", 'blame'),
  m("(?:c'est|c'etait) (?:la|le) (?:\\p{L}+ieme|\\d+e) fois que (?:vous|tu)", 'repeat'),
  // Shutting the door: nothing to add, closed, not counting on us.
  m("(?:nous|on|je) n'y (?:sommes|est|suis) pour rien", 'dismiss'),
  m("(?:nous n'avons|on n'a|je n'ai) (?:plus )?rien a (?:ajouter|dire|faire)", 'dismiss'),
  m('(?:classee?s?|close|fermee?) sans suite|sans suite', 'dismiss'),
  m('ne (?:comptez|compte) (?:pas|plus) sur', 'dismiss'),
  m('libre a (?:vous|toi)', 'dismiss'),
  m(`pas la peine ${DE}`, 'dismiss'),
  m("(?:on|nous|je) (?:ne va|n'allons|ne vais) pas (?:y passer|vous|te|en faire|refaire|perdre)", 'dismiss'),
  m("(?:oui|et) ,? et\\s*\\?|(?:vous n'allez|tu ne vas) pas (?:vous|te) plaindre", 'condescend'),
  m('(?:nous vous prions|merci) de cesser|cessez (?:ces|vos|de)', 'order'),
  // Bare refusals.
  m('malheureusement', 'refusal', '', { weak: true }),
  m('impossible', 'refusal', null, { weak: true }),
  m("(?:ce n'est|c'est|ca n'est) pas possible|pas possible", 'refusal', null, { weak: true }),
  m('(?:nous|on|je) (?:refusons|refuse|refuserons)|refuse(?:e|s|es)?', 'refusal', null, { weak: true }),
  m('(?:nous ne pouvons|on ne peut|je ne peux|nous ne pourrons|on ne pourra) pas', 'refusal', null, { weak: true }),

  // ---- English ----
  // Blame.
  m("you should(?: have|'ve)|you (?:could|ought to) have (?:read|checked|looked|asked)", 'blame'),
  m("if you(?: had|'d) (?:just )?(?:read|followed|checked|looked|paid attention|listened)", 'blame'),
  m(
    "you (?:clearly |obviously |apparently |simply )?(?:didn't|did not|never|failed to|" +
      'forgot to) (?:bother to )?(?:read|follow|check|look)',
    'blame',
  ),
  m('(?:your|ur) (?:own )?fault', 'blame'),
  m('user error|operator error|pebkac', 'blame'),
  m("(?:that's|that is|it's|it is|this is) on you", 'blame'),
  m('your (?:own )?(?:problem|responsibility|issue)', 'blame'),
  m('you were (?:told|warned)', 'blame'),
  m('learn to read', 'condescend'),
  // Shutting the door.
  m('not (?:our|my) (?:problem|fault|responsibility|concern|issue|job|department)', 'dismiss'),
  m("nothing (?:more |else )?(?:we|i) can do|there's nothing to be done", 'dismiss'),
  m("(?:we|i) (?:can't|cannot|can not) help you", 'dismiss'),
  m('too bad|tough luck|deal with it|get over it|whatever', 'dismiss'),
  m("it is what it is|it's what it is|take it or leave it", 'dismiss'),
  m('end of (?:discussion|story)|case closed|final answer', 'dismiss'),
  m('(?:those|these|the) are the rules|rules are rules', 'dismiss'),
  m("(?:won't|will not|doesn't|does not) change anything", 'dismiss'),
  m("(?:we|i) (?:don't|do not) care|no one cares|nobody cares", 'dismiss'),
  m('like everyone else', 'condescend'),
  m("(?:we|i) (?:don't|do not|won't|will not) tolerate", 'order'),
  // "As I already said".
  m(`as (?:stated|mentioned|explained|noted|indicated|outlined|written|specified) (?:in|on) ${DOCS_EN}`, 'repeat', '', {
    lead: true,
  }),
  m(`as (?:already|previously) ${TOLD_EN}|as ${TOLD_EN} (?:before|previously|earlier|above|already)`, 'repeat', '', {
    lead: true,
  }),
  m(`as (?:i|we)(?: have|'ve)? (?:already )?${TOLD_EN}`, 'repeat', '', { lead: true }),
  m('per my (?:last|previous|earlier) (?:message|email|e-mail|reply|post|comment|answer)', 'repeat', '', {
    lead: true,
  }),
  m(`(?:we|i)(?: have|'ve)? already (?:told you|explained|answered|replied to|said|covered)`, 'repeat'),
  m('for the (?:last|third|fourth|fifth|tenth|hundredth|nth|umpteenth) time|how many times', 'repeat', '', {
    lead: true,
  }),
  m('as per (?:our|the) (?:terms|policy|t&cs|rules)', 'repeat', '', { lead: true }),
  // Ordering the customer about.
  m('calm down', 'order', 'we understand your frustration'),
  m('relax|chill out', 'order', 'we understand your frustration'),
  m('stop (?:complaining|whining|spamming|yelling|shouting|messaging|posting|harassing)', 'order'),
  m(`(?:re)?read ${DOCS_EN}|refer to ${DOCS_EN} like`, 'order'),
  m('watch your (?:tone|language)|no need to (?:shout|yell|be rude)', 'order'),
  m('be patient', 'order', null, { weak: true }),
  // Condescension, sarcasm.
  m('(?:obviously|clearly) you', 'condescend'),
  m("(?:it's|it is|this is|that's) not (?:rocket science|that hard|that difficult|complicated)", 'condescend'),
  m('thanks for nothing|nice try|sorry not sorry', 'condescend'),
  m(
    '(?:congrats|congratulations|well done|good job|bravo) (?:on|for) (?:breaking|ignoring|not|losing|missing)',
    'condescend',
  ),
  // Blame, by what the customer did or did not do.
  m("(?:it was|it's|it is) up to you", 'blame'),
  m('you (?:needed|had|were supposed|were meant) to', 'blame', null, { weak: true }),
  m('you \\p{L}+ (?:it |them |the \\p{L}+ )?(?:in |up |on )?(?:wrong|wrongly)', 'blame', null, { weak: true }),
  m("(?:don't|do not|didn't|did not|never) (?:bother to )?read (?:the|our|your|my|their)", 'blame'),
  m(
    'next time[^.!?\\n]{0,40}(?:check|read|verify|make sure|pay attention|look)|(?:check|read|verify|' +
      'make sure|pay attention)[^.!?\\n]{0,50}next time',
    'blame',
  ),
  m('(?:maybe|perhaps) (?:learn|try learning) to', 'condescend'),
  // Brushing off, again.
  m("(?:we are|we're|i am|i'm) not (?:responsible|liable|in charge)", 'dismiss'),
  m("(?:it's|it is) not (?:up to us|our place) to|(?:is|isn't|is not) our job", 'dismiss'),
  m("(?:don't|do not) have time for|better things to do", 'dismiss'),
  m("(?:that's|that is) enough|or (?:leave|go elsewhere)|go elsewhere", 'dismiss'),
  m(
    "the answer is no|(?:answer|decision|response) (?:won't|will not|isn't going to) change|and (?:it|" +
      "that) (?:won't|will not) change",
    'dismiss',
  ),
  m("(?:not going to|won't|will not) (?:argue|debate|discuss this)", 'dismiss'),
  m('(?:nobody|no one|no-one) (?:is forcing|forces|is making) you', 'dismiss'),
  m('simple as that|(?<=,\\s*)period(?=\\s*(?:[.!]|$))', 'dismiss'),
  m('stop (?:flooding|bombarding|tagging|pinging)', 'order'),
  // "As I already said", again.
  m(
    "(?:we|i)(?:'ve| have)? (?:answered|replied to|explained|covered|addressed)[^.!?\\n]{0,40}(?:already|" +
      '(?:two|three|four|several|\\d+) times|twice)',
    'repeat',
  ),
  m('you again(?=\\s*[?!.,])', 'condescend'),
  m("(?:i|we) (?:don't|do not) see (?:what|where) the (?:problem|issue)", 'condescend'),
  m('(?:trolls?|people|customers?|folks) like you', 'condescend'),
  m(
    'no (?:compensation|refund|exchange|replacement|credit|discount|gesture)s? (?:will|can|is going to) be',
    'refusal',
    null,
    { weak: true },
  ),
  m("(?:is|are|isn't|aren't) not eligible|ineligible", 'refusal', null, { weak: true }),
  // Blame by who did it, things that would not have happened, "you are the only one".
  m(
    "(?:you're|you are|you were) the (?:one|only one|ones) who|(?:you're|you are) the only (?:one|customer|person)",
    'blame',
  ),
  m("you (?:wouldn't|would not) have|if you'd (?:just )?(?:read|checked|looked|followed|listened)", 'blame'),
  m('before (?:accusing|blaming|complaining)', 'blame'),
  m("(?:the )?(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time you(?:'ve| have)?", 'repeat'),
  // Shutting the door: nothing to add, closed, not counting on us.
  m("(?:we're|we are|i'm|i am) not to blame", 'dismiss'),
  m('nothing (?:further|more|else) to (?:add|say)', 'dismiss'),
  m('closed without|no further action', 'dismiss'),
  m("(?:don't|do not) count on", 'dismiss'),
  m('feel free to (?:shop|go|look|buy) elsewhere|shop elsewhere', 'dismiss'),
  m("(?:we're|we are|i'm|i am) not (?:going to|spending|wasting)", 'dismiss'),
  m("so what\\s*\\?|you (?:can't|cannot) complain|what more do you want", 'condescend'),
  m('stop sending|(?:we|i) ask that you stop', 'order'),
  // Bare refusals.
  m('unfortunately', 'refusal', '', { weak: true }),
  m('impossible|not possible|no way', 'refusal', null, { weak: true }),
  m("(?:we|i) (?:can't|cannot|can not|won't|will not|are unable to|are not able to|refuse to)", 'refusal', null, {
    weak: true,
  }),
  m('(?:refund|request|claim|return|exchange) (?:is )?(?:denied|refused|rejected)', 'refusal', null, { weak: true }),
];

const ORDERED = [...MARKERS.filter((x) => !x.weak), ...MARKERS.filter((x) => x.weak)];

// Speed: ~160 alternatives tried at every word start cost ~50 µs a reply. Each marker's possible first
// characters are read from its pattern, and at a word start only the markers that can begin with its
// character are tried (one sticky alternation per character, built on first use).
const ANY = null;
type FirstSet = Set<string> | typeof ANY;

/** The characters a pattern's match can start with (ANY when it could be anything or empty). */
export function firstChars(src: string): FirstSet {
  const [set, nullable] = new FirstReader(src).alt();
  return nullable ? ANY : set;
}

/** Reads a pattern's source from position `i`: what each part can start with, and whether it can be empty. */
class FirstReader {
  i = 0;
  constructor(private readonly src: string) {}

  // Returns [set, nullable] for alternatives up to ')' or the end.
  alt(): [FirstSet, boolean] {
    let set: FirstSet = new Set();
    let nullable = false;
    for (;;) {
      const [s2, n2] = this.seq();
      if (s2 === ANY) set = ANY;
      else if (set !== ANY) for (const c of s2) set.add(c);
      nullable ||= n2;
      if (this.src[this.i] === '|') {
        this.i++;
        continue;
      }
      return [set, nullable];
    }
  }

  // A sequence: the first atom that cannot be empty ends it.
  seq(): [FirstSet, boolean] {
    const src = this.src;
    let set: FirstSet = new Set();
    let done = false;
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      const i = this.i;
      if (
        src.startsWith('(?=', i) ||
        src.startsWith('(?!', i) ||
        src.startsWith('(?<=', i) ||
        src.startsWith('(?<!', i)
      ) {
        this.i = this.closeParen(i) + 1;
        continue; // zero width: look at what follows
      }
      const [atom, atomNullable] = this.atom();
      let nullable = atomNullable;
      const q = src[this.i];
      if (q === '?' || q === '*') {
        nullable = true;
        this.i++;
      } else if (q === '+') this.i++;
      else if (q === '{') {
        nullable ||= /^\{0\b/.test(src.slice(this.i));
        this.i = src.indexOf('}', this.i) + 1;
      }
      if (!done) {
        if (atom === ANY) set = ANY;
        else if (set !== ANY) for (const c of atom) set.add(c);
        if (!nullable) done = true;
      }
    }
    return [set, !done];
  }

  // One atom (a group, a class, an escape or a character), before its quantifier.
  atom(): [FirstSet, boolean] {
    const src = this.src;
    if (src[this.i] === '(') {
      this.i += src.startsWith('(?:', this.i) ? 3 : 1;
      const inner = this.alt();
      this.i++; // ')'
      return inner;
    }
    if (src[this.i] === '[') {
      this.i = src.indexOf(']', this.i + 1) + 1;
      return [ANY, false];
    }
    if (src[this.i] === '\\') {
      const e = src[this.i + 1]!;
      if (e === 'p') {
        this.i = src.indexOf('}', this.i) + 1;
        return [ANY, false];
      }
      this.i += 2;
      const chars =
        e === 's'
          ? new Set([' ', '\t', '\n', '\r', '\u00a0'])
          : e === 'd'
            ? new Set('0123456789')
            : e === 'n'
              ? new Set(['\n'])
              : new Set([e]);
      return [chars, false];
    }
    return [new Set([src[this.i++]!]), false];
  }

  closeParen(from: number): number {
    const src = this.src;
    let depth = 0;
    for (let k = from; k < src.length; k++) {
      if (src[k] === '\\') k++;
      else if (src[k] === '[') k = src.indexOf(']', k + 1);
      else if (src[k] === '(') depth++;
      else if (src[k] === ')' && --depth === 0) return k;
    }
    return src.length;
  }
}

const FIRSTS = ORDERED.map((x) => firstChars(x.source));
const byChar = new Map<string, { re: RegExp; markers: Marker[] }>();
function alternationFor(c: string): { re: RegExp; markers: Marker[] } {
  let entry = byChar.get(c);
  if (!entry) {
    const markers = ORDERED.filter((_, k) => FIRSTS[k] === ANY || FIRSTS[k]!.has(c));
    entry = {
      re: new RegExp(`${BEFORE}(?:${markers.map((x) => `(${x.source})`).join('|') || '(?!)'})${AFTER}`, 'uy'),
      markers,
    };
    byChar.set(c, entry);
  }
  return entry;
}
const WORD_CHAR = /[\p{L}\p{N}_]/u;

// A one-word "No." / "Non !" sentence.
const BARE_NO = /(?<=^|[.!?…\n]\s*)(?:no|non|nope|nan)(?=\s*(?:[.!]|$))/gu;

// Look cold, are not.
const NOT_COLD = [
  m(
    "impossible n'est pas|rien (?:n'est|ne (?:nous|vous) est|d') ?impossible|(?:nothing is|nothing's) impossible",
    'refusal',
  ),
  m("impossible (?:de|d'|to) (?:resister|dire non|say no|resist|ne pas|not)", 'refusal'),
  m('(?:nous|on) ne (?:pouvons|peut) pas (?:vous )?(?:laisser|accepter que vous|attendre)', 'refusal'),
  m(
    "(?:we|i) (?:can't|cannot) wait|(?:we|i) (?:won't|will not|refuse to) (?:let|leave) (?:this|you|it)|" +
      "(?:we're|we are|i'm|i am) not going to (?:let|leave) (?:this|you|it)|(?:we|i) (?:won't|" +
      'will not) (?:stop|rest|give up)',
    'refusal',
  ),
  m('(?:nous|on|je) (?:refusons|refuse) de (?:vous|te) laisser', 'refusal'),
  m('no way (?:we|i) (?:let|leave)', 'refusal'),
].map((x) => x.re);

// An apology, empathy or an alternative: softens a refusal said in the same or the next sentence.
const SOFTENER = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      // French
      'desole',
      'navre',
      'excus',
      'pardon',
      'regrett',
      'comprenons',
      'comprends',
      'on comprend',
      'nous pouvons',
      'on peut',
      'je peux',
      'propos',
      'volontiers',
      "n'hesite",
      'solution',
      'en revanche',
      'par contre',
      'a la place',
      'alternative',
      'mais nous',
      'mais on',
      'voulez-vous',
      'souhaitez',
      'vous conviendrait',
      'rassurez',
      'nous allons',
      'on va',
      'pourriez',
      'pouvez-vous',
      'pas encore',
      // English
      'sorry',
      'apolog',
      'regret',
      'understand',
      'we hear you',
      "we (?:can|could|will|would)(?!'t|n't| ?not)",
      'could we',
      'can we',
      'would you like',
      'could you',
      'can you',
      'yet',
      'instead',
      'but (?:we|here|you can)',
      'happy to',
      'glad to',
      "we'd",
      "we'll",
      'let us',
    ].join('|') +
    ')',
  'u',
);

const sentenceEnd = /[.!?…\n]/u;

/**
 * Sentence look-ups over one draft: bounds by binary search over its sentence ends, and each sentence's
 * softener test done once, so many weak markers in one long sentence stay linear (issue #13).
 */
function sentencesOf(text: string) {
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) if (sentenceEnd.test(text[i]!)) stops.push(i);
  /** The index in `stops` of the first sentence end at or after `at`. */
  const firstStop = (at: number) => {
    let lo = 0;
    let hi = stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stops[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const bounds = (at: number) => {
    const k = firstStop(at);
    return { start: k > 0 ? stops[k - 1]! + 1 : 0, end: k < stops.length ? stops[k]! : text.length };
  };
  const memo = new Map<string, boolean>();
  /** Weak markers count only without an apology, empathy or an alternative in their sentence or the next. */
  const softened = (from: number, to: number): boolean => {
    const s = bounds(from);
    let end = Math.max(s.end, to);
    // Include the next sentence.
    for (let k = firstStop(end); end < text.length && stops[k] === end; k++) end++;
    end = bounds(Math.min(end, text.length)).end;
    const key = `${s.start}:${end}`;
    let soft = memo.get(key);
    if (soft === undefined) memo.set(key, (soft = SOFTENER.test(text.slice(s.start, end))));
    return soft;
  };
  return { softened };
}

/** Cold markers in the folded draft, in folded offsets, without overlaps (the earliest, then the longest wins). */
export function findCold(folded: string): ColdHit[] {
  const hits: ColdHit[] = [];
  const excepted: { start: number; end: number }[] = [];
  for (const re of NOT_COLD)
    for (const x of folded.matchAll(re)) excepted.push({ start: x.index, end: x.index + x[0].length });
  const inside = (a: number, b: number) => excepted.some((e) => a < e.end && e.start < b);
  const { softened } = sentencesOf(folded);
  // One pass over the draft: at each word start, the markers that can begin there form one alternation
  // (strong markers first, so a softened weak one never hides a strong one at the same place).
  let p = 0;
  while (p < folded.length) {
    if (p > 0 && WORD_CHAR.test(folded[p - 1]!)) {
      p++;
      continue;
    }
    const { re, markers } = alternationFor(folded[p]!);
    re.lastIndex = p;
    const x = re.exec(folded);
    if (!x || x[0].length === 0) {
      p++;
      continue;
    }
    const start = p;
    const end = start + x[0].length;
    p = end;
    let k = 1;
    while (x[k] === undefined) k++;
    const mk = markers[k - 1]!;
    if (inside(start, end)) continue;
    if (mk.weak && softened(start, end)) continue;
    hits.push({ start, end, reason: mk.reason, fix: mk.fix, lead: mk.lead ?? false });
  }
  for (const x of folded.matchAll(BARE_NO))
    hits.push({ start: x.index, end: x.index + x[0].length, reason: 'refusal', fix: null, lead: false });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ColdHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}
