// Welcome and thanks snippets (issue #17) travel as the team's other snippets do: their `kind` is one
// of the fields team sync shares and writes back, and it survives a brand kit's export and import; an
// unknown kind is refused on the way in, never read as an ordinary reply.
import { describe, expect, it } from 'vitest';
import { sharedFields, toLocalRow } from '../../utils/sync/tables';
import { buildKit, parseKit } from '../../utils/kit/core/document';
import { snippetSchema, type Snippet } from '../../utils/snippets/core/snippet';

const WELCOME: Snippet = snippetSchema.parse({
  id: 's-welcome',
  name: 'bienvenue',
  language: 'fr',
  body: 'Bienvenue {prénom} dans la communauté {brand} !',
  kind: 'welcome',
  usageCount: 4,
  updatedAt: 1000,
});
const THANKS: Snippet = { ...WELCOME, id: 's-thanks', name: 'merci', body: 'Merci {prénom} !', kind: 'thanks' };

describe('snippet kinds through team sync and the brand kit', () => {
  it('team sync shares the kind and a pulled snippet keeps it', () => {
    const fields = sharedFields('snippets', WELCOME as never);
    expect(fields.kind).toBe('welcome');
    expect(fields).not.toHaveProperty('usageCount');
    const row = toLocalRow('snippets', WELCOME.id, fields as never, undefined, 2000) as Snippet | undefined;
    expect(row?.kind).toBe('welcome');
    // A teammate turns the welcome into a thanks: the local row follows, its usage count stays.
    const local = toLocalRow('snippets', WELCOME.id, { ...fields, kind: 'thanks' } as never, WELCOME as never, 3000);
    expect(local).toMatchObject({ kind: 'thanks', usageCount: 4 });
    // An unknown kind from a newer client is not written as something else.
    expect(
      toLocalRow('snippets', WELCOME.id, { ...fields, kind: 'farewell' } as never, undefined, 3000),
    ).toBeUndefined();
  });

  it('a brand kit keeps each snippet’s kind through export and import; a snippet without one is a reply', () => {
    const text = JSON.stringify(buildKit({ snippets: [WELCOME, THANKS] }, 5000));
    const parsed = parseKit(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.kit.snippets.map((s) => [s.name, s.kind])).toEqual([
      ['bienvenue', 'welcome'],
      ['merci', 'thanks'],
    ]);
    const { kind: _drop, ...old } = WELCOME;
    const older = parseKit(JSON.stringify(buildKit({ snippets: [old as Snippet] }, 5000)));
    expect(older.ok && older.kit.snippets[0]!.kind).toBe('reply');
    const bad = parseKit(JSON.stringify(buildKit({ snippets: [{ ...WELCOME, kind: 'farewell' as never }] }, 5000)));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]!.path).toBe('snippets[0].kind');
  });
});
