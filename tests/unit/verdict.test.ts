// The typology verdict (utils/trolls/core/verdict.ts): type, troll score, cues as spans of the
// original text, and the outcome that must never be a troll: the unhappy customer.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAbuseModel, type AbuseModel } from '../../utils/trolls/core/abuse';
import { parseCsv } from '../../scripts/cli/csv';
import { TROLL_TYPE_IDS, trollType } from '../../utils/trolls/core/typology';
import { classifyComment, type ClassifyInput } from '../../utils/trolls/core/verdict';

let model: AbuseModel;
beforeAll(async () => {
  model = await loadAbuseModel();
});

const POST_FR = 'Découvrez notre nouvelle gamme de chaussures de running, légères et confortables.';
const POST_EN = 'Meet our new range of running shoes: light, comfortable and made to last.';

const cls = (input: ClassifyInput) => classifyComment(input, model);

describe('types', () => {
  test.each<[string, ClassifyInput, string]>([
    ['flamer fr', { text: "T'es vraiment un gros connard, ferme ta gueule", context: { post: POST_FR } }, 'flamer'],
    [
      'flamer en',
      { text: "You're a fucking idiot, nobody cares about your stupid shoes", context: { post: POST_EN } },
      'flamer',
    ],
    [
      'spammer fr (phone)',
      {
        text: 'Gagnez 500€ par jour avec le bitcoin ! Écrivez-moi sur WhatsApp +33 6 12 34 56 78',
        context: { post: POST_FR },
      },
      'spammer',
    ],
    [
      'spammer en (link)',
      { text: 'Check my channel for free giveaways https://bit.ly/xyz', context: { post: POST_EN } },
      'spammer',
    ],
    [
      'sealion fr (repeated demands)',
      {
        text: 'Sources ? Je pose juste la question.',
        author: 'bob',
        context: {
          post: POST_FR,
          thread: [
            { author: 'bob', text: 'Des sources pour cette affirmation ?' },
            { author: 'Acme', text: 'Voici notre FAQ.' },
          ],
        },
      },
      'sealion',
    ],
    [
      'sealion en (repeated demands)',
      {
        text: "Just asking: where's the evidence? Still no answer.",
        author: 'bob',
        context: { post: POST_EN, thread: [{ author: 'bob', text: 'Any sources for that claim?' }] },
      },
      'sealion',
    ],
    ['hate fr', { text: 'Les immigrés sont des parasites, il faut les virer', context: { post: POST_FR } }, 'hate'],
    [
      'conspiracist fr',
      { text: 'Réveillez-vous, les médias mentent, faites vos recherches !', context: { post: POST_FR } },
      'conspiracist',
    ],
    [
      'derailer fr',
      { text: 'Et sinon, Macron et la réforme des retraites, on en parle ?', context: { post: POST_FR } },
      'derailer',
    ],
    [
      'lecturer fr',
      { text: "*légères. Apprenez à écrire, c'est pas compliqué.", context: { post: POST_FR } },
      'lecturer',
    ],
    [
      'astroturfer fr',
      { text: 'Je suis passé chez Nike, bien meilleur que vous', context: { post: POST_FR } },
      'astroturfer',
    ],
    [
      'harasser en (threat, same @target again)',
      {
        text: '@julie_cm I know where you live, watch your back',
        author: 'zed',
        context: { thread: [{ author: 'zed', text: '@julie_cm answer me' }] },
      },
      'harasser',
    ],
  ])('%s', (_name, input, type) => {
    const v = cls(input);
    expect(v.type).toBe(type);
    expect(v.troll).toBeGreaterThanOrEqual(0.5);
    expect(v.action).toEqual(trollType(v.type!).action);
    expect(v.cues.length).toBeGreaterThan(0);
  });
});

describe('the unhappy customer is never a troll, however rude', () => {
  test.each([
    ['fr', "Ma commande n°458921 n'est toujours pas livrée, votre SAV de merde ne répond pas, bande d'incapables !"],
    ['en', "My order #88231 never arrived and your fucking customer service won't refund me. Useless idiots."],
    ['fr', 'JE VEUX MON REMBOURSEMENT !!! Mon casque est cassé au bout de 3 jours, garantie mon cul'],
    ['en', 'My headphones broke after a week and you still refuse the warranty replacement. Pathetic.'],
    // no first person: the experience and the after-sales words say it
    ['fr', 'Deux semaines sans réseau, votre modem redémarre en boucle et personne ne répond. Nul.'],
    ['en', 'Speaker bought from you 3 weeks ago, it crackles already. No reply to emails, useless.'],
  ])('[%s] %s', (_lang, text) => {
    const v = cls({ text, context: { post: POST_FR } });
    expect(v.type).toBe('unhappy_customer');
    expect(v.troll).toBeLessThanOrEqual(0.2);
    expect(v.cues.some((c) => c.kind === 'order' || c.kind === 'after_sales')).toBe(true);
  });
});

describe('a complaint is not a cover for another type', () => {
  test.each([
    [
      'astroturfer',
      "J'ai quitté Nova pour Volta : livraison rapide, remboursement sans discuter, bien meilleur que vous",
    ],
    ['hate', 'My parcel got lost again by some immigrant driver, these people are vermin'],
  ])('%s: %s', (type, text) => {
    const v = cls({ text, context: { post: POST_FR } });
    expect(v.type).toBe(type);
  });
});

describe('not flagged', () => {
  test.each([
    ['fr identity', 'Les femmes musulmanes sont les bienvenues ici.'],
    ['en identity', 'Gay and proud, love these shoes'],
    ['fr identity', 'Je suis noir et ces chaussures sont top'],
    ['en identity', 'As a Jewish woman I really appreciate this brand'],
    ['fr counter-speech', "Dire que les immigrés sont des parasites, c'est raciste et inacceptable."],
    ['en counter-speech', 'Saying that Muslims are animals is wrong and disgusting.'],
    ['fr praise', 'Super chaussures, très confortables pour courir !'],
    ['en praise', 'Love them, ordered a second pair already'],
  ])('%s: %s', (_name, text) => {
    const v = cls({ text, context: { post: text.match(/[àéèç]|les|je|ces/) ? POST_FR : POST_EN } });
    expect(v.type === null || v.type === 'unhappy_customer').toBe(true);
    expect(v.troll).toBeLessThan(0.5);
  });
});

describe('contract', () => {
  test('cue spans are spans of the original text and match its characters', () => {
    const text = 'Écoute, espèce d’ABRUTI, va voir https://arnaque.example.com 🤡🤡';
    const v = cls({ text });
    expect(v.cues.length).toBeGreaterThan(0);
    for (const c of v.cues) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.end).toBeGreaterThan(c.start);
    }
    const link = v.cues.find((c) => c.kind === 'link')!;
    expect(text.slice(link.start, link.end)).toBe('https://arnaque.example.com');
  });

  test('deterministic, scores in [0,1], type one of the ids or null, labels in the language', () => {
    const input: ClassifyInput = {
      text: 'You are a moron!!! lol',
      lang: 'fr',
      author: 'x',
      context: { post: POST_EN, thread: [{ author: 'x', text: 'idiots' }] },
    };
    const a = cls(input);
    expect(cls(input)).toEqual(a);
    for (const k of ['abuse', 'troll', 'confidence'] as const) {
      expect(a[k]).toBeGreaterThanOrEqual(0);
      expect(a[k]).toBeLessThanOrEqual(1);
    }
    expect(a.type === null || TROLL_TYPE_IDS.includes(a.type)).toBe(true);
    expect(a.cues.some((c) => c.label === 'insulte visant une personne')).toBe(true);
  });

  test('the same text from several accounts is astroturfing; from one account with a link, spam', () => {
    const text = 'Honnêtement la marque Zorbo fait des baskets bien plus durables, foncez';
    const thread = [
      { author: 'a1', text },
      { author: 'a2', text: 'Honnêtement la marque Zorbo fait des baskets bien plus durables, foncez !' },
    ];
    expect(cls({ text, author: 'a3', context: { post: POST_FR, thread } }).type).toBe('astroturfer');
    const spam = 'Promo code on my site www.cheap-kicks.shop, best deals today';
    expect(
      cls({ text: spam, author: 's', context: { post: POST_EN, thread: [{ author: 's', text: spam }] } }).type,
    ).toBe('spammer');
  });

  test('a lower threshold is more sensitive', () => {
    const input = { text: 'Hmm, off topic but what about the elections?', context: { post: POST_EN } };
    expect(classifyComment(input, model, { threshold: 0.05 }).type).not.toBeNull();
  });
});

describe('CSV reader', () => {
  test.each<[string, string[][]]>([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '\uFEFFa,b\r\n"x, y","he said ""hi"""\r\n',
      [
        ['a', 'b'],
        ['x, y', 'he said "hi"'],
      ],
    ],
    ['a\n"line1\nline2"\n\n', [['a'], ['line1\nline2']]],
    [
      'a,b\n1,',
      [
        ['a', 'b'],
        ['1', ''],
      ],
    ],
  ])('%j', (csv, rows) => {
    expect(parseCsv(csv)).toEqual(rows);
  });
  test('unterminated quote is an error', () => {
    expect(() => parseCsv('a\n"oops')).toThrow(/unterminated/);
  });
});
