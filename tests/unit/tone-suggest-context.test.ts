import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../utils/tone/core/check';
import { PLAYBOOK } from '../../utils/tone/core/playbook';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { orderIdIn, productIn, signatureFor, suggest, type SuggestItem } from '../../utils/tone/core/suggest';
import { TROLL_TYPE_IDS } from '../../utils/trolls/core/typology';

const FR = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement'],
  maxLength: { x: 280 },
});
const EN = toneProfileSchema.parse({
  name: 'Acme',
  language: 'en',
  emoji: 'none',
  signature: '— {agent}, Acme team',
  maxLength: { x: 280 },
});
const BRAND = { name: 'Acme', products: ['RoadRunner', 'RoadRunner 3000'] };
const item = (text: string, extra: Partial<SuggestItem> = {}): SuggestItem => ({
  text,
  platform: 'x',
  author: 'Marie Dupont',
  lang: 'fr',
  ...extra,
});

describe('suggest: the troll playbook', () => {
  it.each(['flamer', 'hate', 'harasser', 'spammer', 'astroturfer'] as const)(
    'returns the action and no reply for a %s',
    (troll) => {
      const r = suggest(item('Acme c’est de la m…', { troll, intent: 'complaint' }), FR, [], {
        link: 'https://acme.fr/faq',
      });
      expect(r.replies).toEqual([]);
      expect(r.action).toMatchObject({ type: troll, reply: 'none' });
      expect(r.action!.fr.length).toBeGreaterThan(5);
    },
  );

  it('returns complaint replies and the action for an unhappy customer, whatever intent was read', () => {
    const r = suggest(
      item('Ma commande n°458921 Acme n’est jamais arrivée', { troll: 'unhappy_customer', intent: 'other' }),
      FR,
    );
    expect(r.action).toMatchObject({ type: 'unhappy_customer', reply: 'yes' });
    expect(r.replies).toHaveLength(3);
    expect(r.replies[0]!.text).toContain('la commande 458921');
    expect(r.replies.some((x) => /désolés|excuses/.test(x.text))).toBe(true);
  });

  it('returns one factual reply with the link for a conspiracist about the brand, and none otherwise', () => {
    const about = suggest(
      item('Réveillez-vous, Acme met des puces dans ses produits', { troll: 'conspiracist' }),
      FR,
      [],
      { link: 'https://acme.fr/faits' },
    );
    expect(about.action!.reply).toBe('once');
    expect(about.replies.length).toBeGreaterThan(0);
    for (const r of about.replies) expect(r.text).toContain('https://acme.fr/faits');
    const off = suggest(item('Réveillez-vous, les médias mentent sur le climat', { troll: 'conspiracist' }), FR, [], {
      link: 'https://acme.fr/faits',
    });
    expect(off.action!.reply).toBe('none');
    expect(off.replies).toEqual([]);
  });

  it('returns no factual reply without a link to give as a source', () => {
    expect(suggest(item('Acme nous empoisonne, faites vos recherches', { troll: 'conspiracist' }), FR).replies).toEqual(
      [],
    );
  });

  it('returns a one-line thanks for a lecturer and a FAQ answer for a sealion', () => {
    const lecturer = suggest(item('*on dit « de la part de », apprenez le français Acme', { troll: 'lecturer' }), FR);
    expect(lecturer.replies.length).toBeGreaterThan(0);
    for (const r of lecturer.replies) expect(r.text.split('\n')[0]).toMatch(/^(Merci|Bien vu)/);
    const sealion = suggest(item('Sources ? Je pose juste la question.', { troll: 'sealion', lang: 'en' }), EN, [], {
      agent: 'MA',
      link: 'https://acme.com/faq',
    });
    expect(sealion.replies[0]!.text).toContain('https://acme.com/faq');
  });

  it('returns the snippet written for the troll type first', () => {
    const snippets = [
      {
        id: 'derail',
        language: 'fr' as const,
        body: 'Restons sur le sujet {prénom}, merci !',
        trollTypes: ['derailer' as const],
      },
      { id: 'generic', language: 'fr' as const, body: 'Bonjour {prénom}, merci !' },
    ];
    const r = suggest(item('Et sinon, la politique du gouvernement ?', { troll: 'derailer' }), FR, snippets);
    expect(r.replies[0]).toMatchObject({ snippet: 'derail' });
    expect(r.replies.some((x) => x.snippet === 'generic')).toBe(false);
    // A playbook snippet is not offered for an ordinary item.
    const plain = suggest(item('Bonjour, quelle est la taille ?', { intent: 'question' }), FR, snippets);
    expect(plain.action).toBeNull();
    expect(plain.replies.map((x) => x.snippet)).not.toContain('derail');
  });

  it('knows every troll type', () => {
    expect(Object.keys(PLAYBOOK).sort()).toEqual([...TROLL_TYPE_IDS].sort());
  });
});

describe('suggest: context and fit', () => {
  it('returns the product named in the item, from the brand profile', () => {
    const r = suggest(item('J’adore mon RoadRunner 3000 !', { intent: 'praise' }), FR, [], { brand: BRAND });
    expect(r.replies[0]!.text).toContain('Ravis que RoadRunner 3000 vous plaise');
  });

  it('returns replies without braces when a variable cannot be filled', () => {
    const snippets = [{ id: 's', language: 'fr' as const, body: 'Voici le lien {link} pour {product}, {inconnu}.' }];
    for (const intent of ['question', 'complaint', 'praise', 'purchase_intent', 'urgent', 'other'] as const) {
      for (const r of suggest(item('Bonjour', { intent, author: null }), FR, snippets).replies)
        expect(r.text).not.toMatch(/[{}]/);
    }
  });

  it('returns a snippet that opens with the first name cleanly when there is none', () => {
    const snippets = [{ id: 'n', language: 'fr' as const, body: '{prénom}, merci pour votre message !' }];
    expect(suggest(item('Merci', { intent: 'other', author: '@anon' }), FR, snippets).replies[0]!.text).toBe(
      "Merci pour votre message !\n— L'équipe Acme",
    );
  });

  it('returns replies signed without the agent when the CM is unknown, and with it otherwise', () => {
    const unknown = suggest(item('hello', { lang: 'en', intent: 'other' }), EN).replies;
    expect(unknown).toHaveLength(3);
    for (const r of unknown) expect(r.text.endsWith('\n— Acme team')).toBe(true);
    for (const r of suggest(item('hello', { lang: 'en', intent: 'other' }), EN, [], { agent: 'Max' }).replies) {
      expect(r.text.endsWith('\n— Max, Acme team')).toBe(true);
      expect(checkDraft(r.text, EN, { platform: 'x', lang: 'en', agent: 'Max' })).toEqual([]);
    }
  });

  it('returns the brand greetings and sign-offs in its own language', () => {
    const p = toneProfileSchema.parse({
      name: 'Acme',
      language: 'fr',
      address: 'tu',
      emoji: 'none',
      greetings: ['Salut'],
      signOffs: ['Belle journée !'],
    });
    const [first] = suggest(item('merci', { intent: 'other' }), p).replies;
    expect(first!.text).toBe('Salut Marie, merci pour ton message ! Belle journée !');
  });

  it('returns shorter replies that fit a small platform limit', () => {
    const p = toneProfileSchema.parse({
      name: 'Acme',
      language: 'fr',
      address: 'vous',
      emoji: 'none',
      maxLength: { x: 60 },
    });
    const r = suggest(item('Ça ne marche pas', { intent: 'complaint' }), p).replies;
    expect(r.length).toBeGreaterThan(0);
    for (const x of r) expect([...x.text].length).toBeLessThanOrEqual(60);
  });
});

describe('orderIdIn, productIn, signatureFor', () => {
  it.each([
    ['Ma commande n°458921 n’est pas arrivée', '458921'],
    ['order #88231 never came', '88231'],
    ['Commande FR-2024-0042 toujours pas livrée', 'FR-2024-0042'],
    ['réf. AB12345 bloquée', 'AB12345'],
    ['#A1234 still missing', 'A1234'],
    ['Ma commande est en retard', undefined],
    ['#teamAcme rocks', undefined],
    ['order of 12 items', undefined],
  ])('%j → %j', (text, id) => expect(orderIdIn(text)).toBe(id));

  it('returns the longest product named', () => {
    expect(productIn('le roadrunner 3000 est top', BRAND.products)).toBe('RoadRunner 3000');
    expect(productIn('rien à voir', BRAND.products)).toBeUndefined();
  });

  it.each([
    ['— {agent}, équipe Acme', 'MA', '— MA, équipe Acme'],
    ['— {agent}, équipe Acme', undefined, '— équipe Acme'],
    ['^{agent}', undefined, ''],
    ["— L'équipe Acme", undefined, "— L'équipe Acme"],
  ])('signature %j with agent %j → %j', (signature, agent, out) =>
    expect(signatureFor({ signature }, agent)).toBe(out),
  );
});
