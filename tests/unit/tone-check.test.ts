import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, type CheckOptions, type ProblemKind } from '../../utils/tone/core/check';
import { toneProfileSchema, type ToneProfileInput } from '../../utils/tone/core/profile';

const SIG = "— L'équipe Acme";
const FR = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: SIG,
  banned: ['malheureusement'],
  maxLength: { x: 280 },
});
const EN = toneProfileSchema.parse({
  name: 'Acme EN',
  language: 'en',
  emoji: 'sparing',
  emojiAllowed: ['🙂', '🎉', '❤️'],
  signature: '^{agent}',
  banned: ['cheap', 'no worries'],
  preferred: [{ use: 'team', not: ['staff', 'employees'] }],
  maxLength: { x: 280, reddit: 500 },
});

const profile = (extra: Partial<ToneProfileInput>) => toneProfileSchema.parse({ name: 'Acme', ...extra });
const kinds = (draft: string, p = FR, opts: CheckOptions = { platform: 'x' }) =>
  checkDraft(draft, p, opts).map((x) => x.kind);
const only = (kind: ProblemKind, draft: string, p = FR, opts: CheckOptions = { platform: 'x' }) =>
  checkDraft(draft, p, opts).filter((x) => x.kind === kind);
const fixed = (kind: ProblemKind, draft: string, p = FR, opts: CheckOptions = { platform: 'x' }) => {
  const problem = only(kind, draft, p, opts)[0];
  expect(problem?.fix).toBeDefined();
  return applyFix(draft, problem!.fix!);
};

describe('checkDraft', () => {
  it('returns nothing when the draft is empty', () => {
    expect(checkDraft('   ', FR, { platform: 'x' })).toEqual([]);
  });

  it('returns nothing when a French draft follows the minimal profile', () => {
    expect(
      checkDraft(
        `Bonjour Marie, merci pour votre message. Pouvez-vous nous envoyer votre numéro de commande ?\n${SIG}`,
        FR,
        { platform: 'x' },
      ),
    ).toEqual([]);
  });

  it('returns nothing when an English draft follows its profile', () => {
    expect(
      checkDraft('Hi Sam, thanks for reaching out! Our team is on it 🙂\n^MA', EN, { platform: 'x', lang: 'en' }),
    ).toEqual([]);
  });

  it('returns problems with spans, bilingual messages and sorted by position', () => {
    const draft = 'Malheureusement, tu dois attendre.';
    const problems = checkDraft(draft, FR, { platform: 'x' });
    expect(problems.map((p) => [p.kind, draft.slice(p.start, p.end)])).toEqual([
      ['banned_word', 'Malheureusement'],
      ['address_form', 'tu dois'],
      ['missing_signature', ''],
    ]);
    for (const p of problems) {
      expect(p.message.fr).not.toBe('');
      expect(p.message.en).not.toBe('');
    }
  });
});

describe('checkDraft banned words', () => {
  it.each([
    ['Malheureusement, ce produit est épuisé.'],
    ['MALHEUREUSEMENT ce produit est épuisé.'],
    ['Ce produit est, malheureusement, épuisé.'],
    ['Ce produit est malhéureusement épuisé.'],
  ])('returns banned_word when the draft is %j', (draft) => {
    expect(kinds(draft)).toContain('banned_word');
  });

  it.each([['Ce produit est épuisé, heureusement il revient lundi.'], ['Nous sommes malheureux de ce retard.']])(
    'returns no banned_word when the draft is %j',
    (draft) => {
      expect(kinds(draft)).not.toContain('banned_word');
    },
  );

  it.each([
    ['That is a cheap trick.', 'cheap'],
    ['No worries, we will fix it.', 'No worries'],
    ['No   Worries at all.', 'No   Worries'],
  ])('returns banned_word on %j for %j in English', (draft, found) => {
    const [p] = only('banned_word', draft, EN, { platform: 'x', lang: 'en' });
    expect(draft.slice(p!.start, p!.end)).toBe(found);
  });

  it.each([['Cheaper plans are coming.'], ['Check https://acme.com/cheap for details.']])(
    'returns no banned_word on %j',
    (draft) => {
      expect(kinds(draft, EN, { platform: 'x', lang: 'en' })).not.toContain('banned_word');
    },
  );

  it.each([
    ['Malheureusement, ce produit est épuisé.', 'Ce produit est épuisé.'],
    ['Ce produit est malheureusement épuisé.', 'Ce produit est épuisé.'],
    ['Il est épuisé, malheureusement.', 'Il est épuisé.'],
  ])('returns a fix that removes the word from %j', (draft, after) => {
    expect(fixed('banned_word', draft)).toBe(after);
  });
});

describe('checkDraft banned terms of separators', () => {
  it.each([['-'], ['- - -'], [' -- ']])('returns no problem for the term %j (it would match everywhere)', (term) => {
    const p = profile({ banned: [term] });
    expect(checkDraft('Merci - à vous -- bonne  journée', p, { platform: 'x' })).toEqual([]);
  });

  it.each([['e-mail'], ['email'], ['e mail']])('returns banned_word for "e-mail" in %j', (draft) => {
    expect(kinds(draft, profile({ banned: ['e-mail'] }))).toContain('banned_word');
  });

  it('returns the whole word when a term starts or ends with a hyphen', () => {
    const [p] = only('banned_word', 'Un truc ici', profile({ banned: ['-truc-'] }));
    expect([p!.start, p!.end]).toEqual([3, 7]);
  });
});

describe('checkDraft address form', () => {
  it.each([
    ['Bonjour, tu peux nous écrire en privé ?', 'tu peux', 'vous pouvez'],
    ['As-tu reçu notre e-mail ?', 'As-tu', 'Avez-vous'],
    ['Je peux t’aider ?', 't’', 'vous '],
    ['Merci de nous envoyer ton numéro de commande.', 'ton', 'votre'],
    ['Merci pour tes retours.', 'tes', 'vos'],
    ['Nous te recontactons demain.', 'te', 'vous'],
    ['Tu cherches une box ?', 'Tu cherches', 'Vous cherchez'],
    ['Rassure-toi, tout va bien.', 'Rassure-toi', 'Rassure-vous'],
  ])('returns address_form with a vous fix when the draft is %j', (draft, found, replacement) => {
    const [p] = only('address_form', draft);
    expect(draft.slice(p!.start, p!.end)).toBe(found);
    expect(p!.fix?.text).toBe(replacement);
  });

  it.each([
    ['vous', 'Envoie-nous ton numéro.', ['Envoie-nous', 'ton']],
    ['vous', 'Merci ! Dis-nous si ça va mieux.', ['Dis-nous']],
    ['vous', "N'hésite pas à revenir vers nous.", ["N'hésite pas"]],
    ['tu', 'Restez connectés !', ['Restez']],
    ['tu', "Merci. N'hésitez pas à revenir.", ['hésitez']],
    ['tu', 'Contactez-nous en privé.', ['Contactez-nous']],
  ] as const)('returns address_form for an imperative against a %s profile: %j', (address, draft, found) => {
    const problems = checkDraft(draft, profile({ address }), { platform: 'facebook', lang: 'fr' }).filter(
      (p) => p.kind === 'address_form',
    );
    expect(problems.map((p) => draft.slice(p.start, p.end))).toEqual(found);
  });

  it.each([
    'Sommes-nous ouverts dimanche ? Oui !',
    'Allons-nous livrer à temps ? Oui.',
    'Nous avons reçu votre demande.',
  ])('returns no tu imperative in a vous draft: %j', (draft) => {
    expect(
      checkDraft(draft, profile({ address: 'vous' }), { platform: 'facebook', lang: 'fr' }).filter(
        (p) => p.kind === 'address_form',
      ),
    ).toEqual([]);
  });

  it.each(['Chez nous, tout est prêt.', 'Assez parlé de nous !', 'On a reçu ta demande.'])(
    'returns no vous imperative in a tu draft: %j',
    (draft) => {
      expect(
        checkDraft(draft, profile({ address: 'tu' }), { platform: 'facebook', lang: 'fr' }).filter(
          (p) => p.kind === 'address_form',
        ),
      ).toEqual([]);
    },
  );

  it.each([
    ['Tu es au courant ?', 'Vous êtes au courant ?'],
    ['Peux-tu réessayer ?', 'Pouvez-vous réessayer ?'],
  ])('returns a fix that switches %j to vous', (draft, after) => {
    expect(fixed('address_form', draft)).toBe(after);
  });

  it('returns address_form without a fix when the verb is not a simple case', () => {
    const [p] = only('address_form', 'Tu prendrais un café ?');
    expect(p).toBeDefined();
    expect(p!.fix).toBeUndefined();
  });

  it.each([
    ['Le ton de votre message est clair, vous avez raison.'],
    ['Pouvez-vous nous écrire ?'],
    ['Votre tutoriel est en ligne.'],
    ['Un café, une tasse et un tuto.'],
    ['Cette tenue est jolie.'],
  ])('returns no address_form for the vous profile when the draft is %j', (draft) => {
    expect(kinds(draft)).not.toContain('address_form');
  });

  it('returns address_form on vous forms when the profile says tu', () => {
    const p = profile({ language: 'fr', address: 'tu' });
    const draft = 'Salut ! Pouvez-vous nous dire votre ville ?';
    expect(only('address_form', draft, p).map((x) => draft.slice(x.start, x.end))).toEqual(['Pouvez-vous', 'votre']);
  });

  it('returns the minority form when the profile sets no address and both are mixed', () => {
    const p = profile({ language: 'fr' });
    const draft = 'Vous pouvez nous écrire, tu sais, avec votre numéro.';
    expect(only('address_form', draft, p).map((x) => draft.slice(x.start, x.end))).toEqual(['tu sais']);
  });

  it('returns no address_form when the profile sets no address and one form is used', () => {
    expect(kinds('Tu peux nous écrire ?', profile({ language: 'fr' }))).not.toContain('address_form');
  });

  it('returns no address_form when the reply is in English', () => {
    expect(kinds('Tu is not a word in English, te neither.', FR, { platform: 'x', lang: 'en' })).not.toContain(
      'address_form',
    );
  });
});

describe('checkDraft length', () => {
  it.each([
    ['x', 'a'.repeat(281), true],
    ['x', 'a'.repeat(280), false],
    ['x', '字'.repeat(141), true],
    ['x', '字'.repeat(140), false],
    ['x', `${'a'.repeat(250)} https://acme.fr/${'p'.repeat(100)}`, false],
    ['reddit', 'a'.repeat(501), true],
    ['reddit', '😀'.repeat(500), false],
    ['facebook', 'a'.repeat(5000), false],
  ] as const)('returns too_long on %s is %s for a draft of that length', (platform, draft, flagged) => {
    expect(kinds(draft, EN, { platform, lang: 'en' }).includes('too_long')).toBe(flagged);
  });

  it('returns the overflowing part as the span when the draft is too long for X', () => {
    const [p] = only('too_long', 'a'.repeat(290), EN, { platform: 'x', lang: 'en' });
    expect([p!.start, p!.end]).toEqual([280, 290]);
  });
});

describe('checkDraft signature', () => {
  it.each([[`Merci !\n${SIG}`], [`Merci ! ${SIG}   `], ["Merci !\n— l'equipe ACME"], ['Merci !\n— L’équipe Acme']])(
    'returns no missing_signature when the draft is %j',
    (draft) => {
      expect(kinds(draft)).not.toContain('missing_signature');
    },
  );

  it.each([['Merci !'], [`${SIG}\nMerci !`]])('returns missing_signature when the draft is %j', (draft) => {
    expect(kinds(draft)).toContain('missing_signature');
  });

  it('returns a fix that appends the signature', () => {
    expect(fixed('missing_signature', 'Merci !  ')).toBe(`Merci !\n${SIG}`);
  });

  it('returns the signature filled with the agent when the template has {agent}', () => {
    expect(kinds('Thanks!\n^MA', EN, { platform: 'x', lang: 'en' })).not.toContain('missing_signature');
    expect(fixed('missing_signature', 'Thanks!', EN, { platform: 'x', lang: 'en', agent: 'JD' })).toBe('Thanks!\n^JD');
    expect(only('missing_signature', 'Thanks!', EN, { platform: 'x', lang: 'en' })[0]!.fix).toBeUndefined();
  });

  it.each([
    ['Merci !\n— Marie Curie, équipe Acme', true],
    ['Merci !\n—   Marie ,   équipe   ACME', true],
    ['Merci !\n— , équipe Acme', false],
    ['Merci !\n— Marie\nCurie, équipe Acme', false],
    [`Merci !\n— ${'x'.repeat(61)}, équipe Acme`, false],
  ])('reads %j as signed: %j (the name stands for 1–60 characters of one line)', (draft, signed) => {
    const p = profile({ signature: '— {agent}, équipe Acme' });
    expect(kinds(draft, p).includes('missing_signature')).toBe(!signed);
  });

  it('returns the span of a signature with several {agent} from where it starts', () => {
    const p = profile({ signature: '{agent} {agent} x' });
    const draft = 'Bonjour\nMarie Curie Jo x';
    const checked = checkDraft(draft, { ...p, banned: ['x'] }, { platform: 'x' });
    // The signature protects its words from the banned-word check.
    expect(checked.map((c) => c.kind)).not.toContain('banned_word');
    expect(checked.map((c) => c.kind)).not.toContain('missing_signature');
  });
});

describe('checkDraft emoji', () => {
  it('returns one emoji problem per emoji with a fix that drops it when the policy is none', () => {
    const draft = 'Merci 😀 pour votre retour 🎉';
    expect(only('emoji', draft).map((p) => draft.slice(p.start, p.end))).toEqual(['😀', '🎉']);
    expect(fixed('emoji', draft)).toBe('Merci pour votre retour 🎉');
  });

  it('returns emoji for those past the sparing maximum', () => {
    const draft = 'Thanks 🙂 so much 🎉 really ❤️';
    expect(only('emoji', draft, EN, { platform: 'x', lang: 'en' }).map((p) => draft.slice(p.start, p.end))).toEqual([
      '🎉',
      '❤️',
    ]);
  });

  it('returns emoji when an emoji is outside the allowed set', () => {
    expect(only('emoji', 'Great 🔥', EN, { platform: 'x', lang: 'en' })).toHaveLength(1);
  });

  it.each([['Merci ! :)'], ['Appelez le 3️ ou le #1'], ['© Acme 2026']])('returns no emoji for %j', (draft) => {
    expect(kinds(draft)).not.toContain('emoji');
  });

  it('returns no emoji when the policy is free and no set is given', () => {
    expect(kinds('🎉🎉🎉 🔥', profile({ emoji: 'free' }))).not.toContain('emoji');
  });
});

describe('checkDraft shouting', () => {
  it.each([
    ['MERCI BEAUCOUP POUR VOTRE PATIENCE'],
    ['Bonjour, NOUS AVONS BIEN REÇU VOTRE DEMANDE.'],
    ['THIS IS NOT ACCEPTABLE AT ALL'],
    ['Thanks. THIS IS A SCAM.'],
    ['Merci. C’EST À VOUS DE VOIR.'],
  ])('returns shouting when the draft is %j', (draft) => {
    expect(kinds(draft)).toContain('shouting');
  });

  it.each([
    ['Le SAV de la SNCF vous répond.'],
    ['Your USB-C cable from ACME works with iOS.'],
    ['Voir https://acme.fr/FAQ-LIVRAISON-EXPRESS-INTERNATIONALE'],
    ['OK, merci !'],
    ['Hi, I am here. A B C.'],
    ['Merci À TOUS !'],
  ])('returns no shouting when the draft is %j', (draft) => {
    expect(kinds(draft)).not.toContain('shouting');
  });

  it('returns a fix that lower-cases the run and keeps a sentence capital', () => {
    expect(fixed('shouting', 'Bonjour. MERCI POUR VOTRE PATIENCE !')).toBe('Bonjour. Merci pour votre patience !');
    expect(fixed('shouting', 'Hi. THIS IS A TOP PRIORITY.')).toBe('Hi. This is a top priority.');
  });
});

describe('checkDraft negative tone', () => {
  it.each([
    ["Ce n'est pas notre problème.", 'fr'],
    ['C’est impossible.', 'fr'],
    ['Calmez-vous, monsieur.', 'fr'],
    ['Comme déjà dit, il faut attendre.', 'fr'],
    ['Unfortunately, we cannot help.', 'en'],
    ['That is not our problem.', 'en'],
    ['Please calm down.', 'en'],
    ['There is nothing we can do.', 'en'],
  ] as const)('returns negative_tone towards a customer when the draft is %j', (draft, lang) => {
    expect(kinds(draft, EN, { platform: 'x', lang })).toContain('negative_tone');
  });

  it.each([
    ['Nous allons régler votre problème.', 'fr'],
    ['Rien ne nous est impossible, ou presque.', 'en'],
    ['We fixed the problem for you.', 'en'],
    ['Whatsoever you need, ask us.', 'en'],
  ] as const)('returns no negative_tone when the draft is %j', (draft, lang) => {
    expect(
      kinds(draft, EN, { platform: 'x', lang, customer: draft.includes('impossible') ? false : undefined }),
    ).not.toContain('negative_tone');
  });

  it('returns no negative_tone when the reply is not to a customer', () => {
    expect(kinds('Unfortunately the build failed.', EN, { platform: 'x', lang: 'en', customer: false })).not.toContain(
      'negative_tone',
    );
  });

  it('returns only banned_word when a banned word is also in the negative lexicon', () => {
    expect(kinds(`Malheureusement non.\n${SIG}`)).toEqual(['banned_word']);
  });

  it('returns a fix for a phrase with a kinder wording', () => {
    expect(fixed('negative_tone', 'Calm down, we are on it.', EN, { platform: 'x', lang: 'en' })).toBe(
      'We understand your frustration, we are on it.',
    );
  });
});

describe('checkDraft preferred words', () => {
  it.each([
    ['Our staff will call you.', 'Our team will call you.'],
    ['Staff will call you.', 'Team will call you.'],
    ['Our EMPLOYEES are here.', 'Our TEAM are here.'],
  ])('returns a fix that applies the preferred word in %j', (draft, after) => {
    expect(fixed('preferred_word', draft, EN, { platform: 'x', lang: 'en' })).toBe(after);
  });

  it('returns no preferred_word or banned_word inside the brand signature', () => {
    const p = profile({
      language: 'en',
      signature: '— {agent}, Acme staff',
      banned: ['acme'],
      preferred: [{ use: 'team', not: 'staff' }],
    });
    expect(kinds('Thanks!\n— Jo, Acme staff', p, { platform: 'x', lang: 'en' })).toEqual([]);
  });

  it('returns no preferred_word when the word is only part of another', () => {
    expect(kinds('Our staffing is fine.', EN, { platform: 'x', lang: 'en' })).not.toContain('preferred_word');
  });
});
