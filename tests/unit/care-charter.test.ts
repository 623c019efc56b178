// The charter (issue #17, item 3): which clause a troll breaks, the replies that cite it (each passes
// the tone checker), the starter charter, the charter file (exact round trip, each bad file refused
// with its own message), and a maximal charter within one team-sync field and through the brand kit.
import { describe, expect, test } from 'vitest';
import { charterSchema, CHARTER_COVERS, CLAUSES_MAX, type Charter } from '../../utils/care/core/charter';
import { clauseFor } from '../../utils/care/core/charter-clause';
import { charterReplyTemplates, cutText } from '../../utils/care/core/charter-reply';
import { careReplies, type CareReplyInput } from '../../utils/care/core/care-replies';
import { STARTER_CHARTER } from '../../utils/care/core/starter-charter';
import {
  charterFileMessage,
  charterMarkdown,
  charterText,
  exportCharterJson,
  importCharterJson,
  type CharterFileErrorCode,
} from '../../utils/care/core/charter-file';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { checkDraft } from '../../utils/tone/core/check';
import { replyLength } from '../../utils/tone/core/reply-length';
import { TROLL_TYPE_IDS } from '../../utils/trolls/core/typology';
import { brandSchema } from '../../utils/mentions/core/brand';
import { buildKit, parseKit } from '../../utils/kit/core/document';
import { mergeKit } from '../../utils/kit/core/merge';
import { sharedFields, toLocalRow } from '../../utils/sync/tables';
import { LIMITS, pushRequestSchema } from '../../utils/sync/core/protocol';
import { MemorySyncStorage, SyncClient } from '../../utils/sync/core/client';
import { recordValues } from '../../utils/sync/core/merge';
import type { Platform } from '../../utils/platforms/ids';

const clause = (id: string, covers: Charter['clauses'][number]['covers'], fr = `Titre ${id}`, en = `Title ${id}`) => ({
  id,
  title: { fr, en },
  text: { fr: `Texte ${id}.`, en: `Text ${id}.` },
  covers,
});

describe('clauseFor', () => {
  const charter = charterSchema.parse({
    clauses: [
      clause('a', ['profanity']),
      clause('b', ['spammer', 'off_topic']),
      clause('c', ['flamer']),
      clause('d', ['advertising', 'hate']),
    ],
  });

  test('the first clause naming the type, numbered by its position', () => {
    expect(clauseFor(charter, 'flamer', 'en')).toEqual({ id: 'c', n: 3, title: 'Title c', text: 'Text c.' });
    expect(clauseFor(charter, 'spammer', 'fr')).toEqual({ id: 'b', n: 2, title: 'Titre b', text: 'Texte b.' });
    expect(clauseFor(charter, 'hate', 'fr')?.n).toBe(4);
  });

  test('a type no clause names falls back on a behaviour it implies', () => {
    expect(clauseFor(charter, 'derailer', 'en')?.id).toBe('b'); // off_topic
    expect(clauseFor(charter, 'astroturfer', 'en')?.id).toBe('d'); // advertising
    const noSpammer = charterSchema.parse({ clauses: [clause('x', ['insult']), clause('y', ['advertising'])] });
    expect(clauseFor(noSpammer, 'spammer', 'en')).toMatchObject({ id: 'y', n: 2 });
    // The type itself before any behaviour, wherever it is in the list.
    const both = charterSchema.parse({ clauses: [clause('p', ['profanity']), clause('f', ['flamer'])] });
    expect(clauseFor(both, 'flamer', 'en')?.id).toBe('f');
  });

  test('none when nothing covers it; never for the unhappy customer; nothing from an empty charter', () => {
    expect(clauseFor(charter, 'conspiracist', 'en')).toBeNull();
    expect(clauseFor(charter, 'unhappy_customer', 'en')).toBeNull();
    expect(clauseFor({ clauses: [] }, 'flamer', 'fr')).toBeNull();
  });

  test('an empty language falls back on the other one, field by field', () => {
    const half = charterSchema.parse({
      clauses: [{ id: 'h', title: { fr: 'Respect', en: '' }, text: { fr: '', en: 'Be kind.' }, covers: ['flamer'] }],
    });
    expect(clauseFor(half, 'flamer', 'en')).toEqual({ id: 'h', n: 1, title: 'Respect', text: 'Be kind.' });
    expect(clauseFor(half, 'flamer', 'fr')).toEqual({ id: 'h', n: 1, title: 'Respect', text: 'Be kind.' });
  });
});

const PROFILES = {
  fr: toneProfileSchema.parse({ name: 'Acme FR', language: 'fr' }),
  en: toneProfileSchema.parse({ name: 'Acme EN', language: 'en' }),
};

function charterReplies(
  lang: 'fr' | 'en',
  ref: NonNullable<ReturnType<typeof clauseFor>>,
  platform: Platform = 'facebook',
  profile = PROFILES[lang],
  firstName?: string,
) {
  const input: CareReplyInput = {
    purpose: 'charter',
    item: { text: 'You are all idiots!!!', platform, author: firstName ?? null, lang, troll: 'flamer' },
    lang,
    profile,
    snippets: [],
    holdingStatements: [],
    clause: ref,
    standing: null,
    topic: undefined,
    firstName,
    avoid: [],
    opts: {},
  };
  return careReplies(input);
}

describe('replies citing the clause', () => {
  test('FR and EN: they quote the clause by number, title and text, and pass the tone checker', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const type of TROLL_TYPE_IDS.filter((t) => t !== 'unhappy_customer')) {
        const ref = clauseFor(STARTER_CHARTER, type, lang);
        expect(ref, type).not.toBeNull();
        const replies = charterReplies(lang, ref!);
        expect(replies.length, `${lang} ${type}`).toBeGreaterThanOrEqual(2);
        const first = replies[0]!.text;
        expect(first).toContain(
          lang === 'fr'
            ? `notre charte (article ${ref!.n}, « ${ref!.title} »)`
            : `our charter says (article ${ref!.n}, “${ref!.title}”)`,
        );
        expect(first).toContain(ref!.text.replace(/\.$/u, ''));
        for (const r of replies) {
          expect(checkDraft(r.text, PROFILES[lang], { platform: 'facebook', lang, customer: true }), r.text).toEqual(
            [],
          );
          expect(r.text).not.toMatch(/[{}]|\[\[/u);
        }
      }
    }
  });

  test('the exact French wording, with the first name', () => {
    const ref = { id: 'r', n: 3, title: 'Respect', text: 'Les échanges restent courtois.' };
    expect(charterReplies('fr', ref, 'facebook', PROFILES.fr, 'Marie')[0]!.text).toBe(
      "Bonjour Marie, comme l'indique notre charte (article 3, « Respect ») : « Les échanges restent courtois ». " +
        'Merci de garder un échange respectueux.',
    );
  });

  test('a clause too long for X is cut at a sentence or word boundary with "…", not dropped', () => {
    const long = `${'Chacun reste courtois et bienveillant envers les autres membres. '.repeat(8)}Fin.`.trim();
    const ref = { id: 'l', n: 2, title: 'Respect', text: long };
    const profile = toneProfileSchema.parse({
      name: 'Acme',
      language: 'fr',
      maxLength: { x: 280 },
      signature: '— Acme',
    });
    const replies = charterReplies('fr', ref, 'x', profile);
    expect(replies.length).toBeGreaterThan(0);
    const quoting = replies.find((r) => r.text.includes('« Chacun'))!;
    expect(quoting).toBeDefined();
    expect(replyLength('x', quoting.text)).toBeLessThanOrEqual(280);
    expect(quoting.text).toMatch(/membres…|bienveillant…|autres…|courtois…/u);
    expect(quoting.text).toMatch(/… ».*\n— Acme$/su);
  });

  test('cutText keeps whole sentences when it can, else whole words', () => {
    expect(cutText('Short.', 50)).toBe('Short.');
    expect(cutText('One two three. Four five six seven.', 25)).toBe('One two three…');
    expect(cutText('Alpha beta gamma delta epsilon', 20)).toBe('Alpha beta gamma…');
    expect([...cutText('x'.repeat(100), 10)].length).toBeLessThanOrEqual(10);
  });

  test('braces in a clause never become placeholders', () => {
    const ref = { id: 'b', n: 1, title: 'Rule {x}', text: 'No [[spam]] {here}.' };
    const texts = charterReplyTemplates(ref, {
      lang: 'en',
      platform: 'reddit',
      firstName: undefined,
      topic: undefined,
      standing: null,
    });
    for (const text of texts) expect(text).not.toMatch(/\{(?!firstName\})|\[\[/u);
    expect(charterReplies('en', ref)[0]!.text).toContain('“No (spam) (here)”');
  });
});

describe('starter charter', () => {
  test('valid, FR and EN everywhere, every troll type covered, unique ids', () => {
    const parsed = charterSchema.parse(STARTER_CHARTER);
    expect(parsed).toEqual(STARTER_CHARTER);
    expect(new Set(parsed.clauses.map((c) => c.id)).size).toBe(parsed.clauses.length);
    for (const c of parsed.clauses) {
      for (const field of [c.title, c.text]) {
        expect(field.fr).not.toBe('');
        expect(field.en).not.toBe('');
      }
      expect(c.covers.length).toBeGreaterThan(0);
    }
    for (const type of TROLL_TYPE_IDS.filter((t) => t !== 'unhappy_customer')) {
      expect(clauseFor(parsed, type, 'fr'), type).not.toBeNull();
    }
  });
});

/** A charter at every bound: 15 clauses, every title and text at its maximum, every cover. */
function maximal(ch = 'é'): Charter {
  return charterSchema.parse({
    clauses: Array.from({ length: CLAUSES_MAX }, (_, i) => ({
      id: `${String(i).padStart(2, '0')}${'i'.repeat(38)}`,
      title: { fr: ch.repeat(80), en: ch.repeat(80) },
      text: { fr: ch.repeat(600), en: ch.repeat(600) },
      covers: [...CHARTER_COVERS],
    })),
  });
}

describe('charter file', () => {
  test('JSON round trip is exact (starter, maximal, one language only)', () => {
    const half = charterSchema.parse({
      clauses: [{ id: 'x', title: { fr: '', en: 'Only EN' }, text: { en: 'Text' } }],
    });
    for (const charter of [STARTER_CHARTER, maximal(), half, { clauses: [] }]) {
      const file = exportCharterJson('Acme', charter);
      const back = importCharterJson(file);
      expect(back).toEqual({ ok: true, brand: 'Acme', charter });
      expect(JSON.parse(file)).toMatchObject({ tact: 'charter', version: 1, brand: 'Acme' });
      expect(exportCharterJson('Acme', back.ok ? back.charter : { clauses: [] })).toBe(file);
    }
  });

  const good = () =>
    JSON.parse(exportCharterJson('Acme', STARTER_CHARTER)) as Record<string, unknown> & {
      clauses: Record<string, unknown>[];
    };
  const cases: Array<[string, string, CharterFileErrorCode, RegExp, RegExp]> = [
    ['not JSON', '{"tact": "charter",', 'notJson', /not a JSON file/u, /pas un fichier JSON/u],
    [
      'a brand kit',
      JSON.stringify({ format: 'tact-brand-kit', version: 1 }),
      'notCharter',
      /not a Tact charter file/u,
      /pas un fichier de charte/u,
    ],
    [
      'a newer version',
      JSON.stringify({ ...good(), version: 2 }),
      'newerVersion',
      /newer Tact \(file version 2, this one reads up to 1\)/u,
      /version de fichier 2/u,
    ],
    [
      'no version',
      JSON.stringify({ ...good(), version: 'one' }),
      'badVersion',
      /version is missing/u,
      /version manque/u,
    ],
    [
      'no clause list',
      JSON.stringify({ tact: 'charter', version: 1, brand: 'A' }),
      'noClauses',
      /no list of clauses/u,
      /pas de liste/u,
    ],
    [
      'too many clauses',
      JSON.stringify({ ...good(), clauses: Array.from({ length: 16 }, (_, i) => clause(`c${i}`, [])) }),
      'tooMany',
      /16 clauses; a charter holds at most 15/u,
      /16 articles/u,
    ],
    [
      'a title too long',
      JSON.stringify({
        ...good(),
        clauses: [clause('a', []), { ...clause('b', []), title: { fr: 'x'.repeat(81), en: 'ok' } }],
      }),
      'badClause',
      /clause 2 is invalid: title\.fr is too long/u,
      /l’article 2 n’est pas valide : title\.fr est trop long/u,
    ],
    [
      'an empty text',
      JSON.stringify({ ...good(), clauses: [{ ...clause('a', []), text: { fr: ' ', en: '' } }] }),
      'badClause',
      /clause 1 is invalid: text is empty/u,
      /text est vide/u,
    ],
    [
      'an unknown cover',
      JSON.stringify({ ...good(), clauses: [clause('a', ['flamer', 'gossip' as never])] }),
      'badClause',
      /clause 1 is invalid: covers names something Tact does not know/u,
      /covers nomme/u,
    ],
    [
      'a clause without id',
      JSON.stringify({ ...good(), clauses: [{ title: { en: 'T' }, text: { en: 'X' } }] }),
      'badClause',
      /clause 1 is invalid: id is missing or not valid/u,
      /id manque/u,
    ],
    [
      'a repeated id',
      JSON.stringify({ ...good(), clauses: [clause('a', []), clause('a', [])] }),
      'duplicateId',
      /clause 2 repeats the id "a"/u,
      /l’article 2 reprend l’identifiant « a »/u,
    ],
    [
      'a huge file',
      `{"tact":"charter","version":1,"clauses":[],"x":"${'a'.repeat(200_000)}"}`,
      'tooLong',
      /too long \(more than 128 KB\)/u,
      /trop long \(plus de 128 Ko\)/u,
    ],
  ];
  for (const [what, text, code, en, fr] of cases) {
    test(`refused: ${what}, with a message naming it (EN and FR)`, () => {
      const result = importCharterJson(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(charterFileMessage(result.error, 'en')).toMatch(en);
      expect(charterFileMessage(result.error, 'fr')).toMatch(fr);
      expect(charterFileMessage(result.error, 'en')).not.toMatch(/\{\w+\}/u);
    });
  }

  test('refused: a charter whose JSON would not fit one team-sync field (quotes count twice)', () => {
    const quoted = Array.from({ length: CLAUSES_MAX }, (_, i) => ({
      id: `q${i}`,
      title: { fr: 'Titre', en: 'Title' },
      text: { fr: '"'.repeat(600), en: '"'.repeat(600) },
      covers: [],
    }));
    expect(charterSchema.safeParse({ clauses: quoted }).success).toBe(false);
    const file = JSON.stringify({ tact: 'charter', version: 1, brand: 'Acme', clauses: quoted });
    const result = importCharterJson(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('tooBig');
    expect(charterFileMessage(result.error, 'en')).toMatch(/too long to share with the team \(\d+ characters/u);
    expect(charterFileMessage(result.error, 'fr')).toMatch(/trop longue pour être partagée/u);
    // The maximal charter of ordinary text is accepted as it is.
    expect(charterSchema.safeParse(maximal()).success).toBe(true);
  });

  test('Markdown and text per language, numbered, user words escaped', () => {
    const charter = charterSchema.parse({
      clauses: [
        clause('a', [], 'Respect', 'Respect'),
        { id: 'b', title: { fr: 'Pas de *spam*', en: 'No *spam*' }, text: { fr: 'Ni pub.', en: '' }, covers: [] },
      ],
    });
    expect(charterMarkdown('Acme', charter, 'fr')).toBe(
      '# Charte de la communauté — Acme\n\n## Article 1 — Respect\n\nTexte a.\n\n' +
        '## Article 2 — Pas de \\*spam\\*\n\nNi pub.\n',
    );
    expect(charterMarkdown('Acme', charter, 'en')).toContain('## Article 2 — No \\*spam\\*\n\nNi pub.');
    expect(charterText('Acme', charter, 'en')).toBe(
      'Community charter — Acme\n\n1. Respect\nText a.\n\n2. No *spam*\nNi pub.\n',
    );
  });
});

describe('the charter travels with the brand', () => {
  const brand = () =>
    brandSchema.parse({
      id: 'acme',
      name: 'Acme',
      languages: ['fr', 'en'],
      charter: maximal(),
      createdAt: 1,
      updatedAt: 1,
    });

  test('a maximal charter fits one team-sync field and reads back exactly', async () => {
    const row = brand() as unknown as Record<string, unknown>;
    const values = sharedFields('brands', row);
    expect(JSON.stringify(values.charter).length).toBeLessThanOrEqual(LIMITS.valueChars);
    const storage = new MemorySyncStorage();
    const client = new SyncClient({
      storage,
      transport: { push: async () => ({}) as never, pull: async () => ({}) as never },
      nodeId: 'n',
    });
    const record = await client.edit('brands', 'acme', values);
    const body = { changes: storage.outbox.map(({ changeId, record: r }) => ({ changeId, record: r })) };
    const check = pushRequestSchema.safeParse(body);
    expect(check.success, check.error?.issues[0]?.message).toBe(true);
    // A teammate's device writes it back as the same charter.
    const local = toLocalRow('brands', 'acme', recordValues(record) as Record<string, unknown>, undefined, 5);
    expect((local as { charter: Charter }).charter).toEqual(maximal());
  });

  test('the brand kit exports and imports the charter unchanged', () => {
    const b = brand();
    const kit = buildKit({ brands: [b] }, 0);
    const parsed = parseKit(JSON.stringify(kit));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.kit.brands[0]!.charter).toEqual(b.charter);
    // Imported on another browser: the brand written there holds the same charter.
    const { writes } = mergeKit(
      { brands: [], toneProfiles: [], snippets: [], authors: [] },
      parsed.kit,
      {},
      { now: 9, newId: () => 'new-id' },
    );
    expect(writes.brands[0]!.charter).toEqual(b.charter);
  });
});
