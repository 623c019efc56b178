// The snippet library's storage: list, save (names unique per language, as they are typed after "/"),
// delete, count uses. Everything is validated again here, so the database never holds an invalid snippet.
import { z } from '../shared/zod';
import { snippetInputSchema, snippetSchema, type Snippet, type SnippetInput } from './core/snippet';
import type { TactDB } from '../db/schema';

function fieldError(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path, message, input: undefined }]);
}

export async function listSnippets(db: TactDB): Promise<Snippet[]> {
  const rows = await db.snippets.orderBy('name').toArray();
  return rows.filter((row) => snippetSchema.safeParse(row).success);
}

/**
 * Creates or updates a snippet. Its name is typed after "/" in a reply box, so two snippets of the
 * same language cannot share one. The usage count is the store's: an edit keeps it.
 */
export async function saveSnippet(db: TactDB, input: SnippetInput, now = Date.now()): Promise<Snippet> {
  const parsed = snippetInputSchema.parse(input);
  return db.transaction('rw', db.snippets, async () => {
    const existing = parsed.id ? await db.snippets.get(parsed.id) : undefined;
    const key = parsed.name.toLocaleLowerCase();
    const clash = (await db.snippets.toArray()).find(
      (s) => s.id !== parsed.id && s.language === parsed.language && s.name.toLocaleLowerCase() === key,
    );
    if (clash) throw fieldError(['snippet', 'name'], 'error.snippetDuplicate');
    const snippet = snippetSchema.parse({
      ...parsed,
      id: parsed.id ?? crypto.randomUUID(),
      usageCount: existing?.usageCount ?? 0,
      updatedAt: now,
    });
    await db.snippets.put(snippet);
    return snippet;
  });
}

export async function deleteSnippet(db: TactDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.snippets, async () => {
    const had = (await db.snippets.get(id)) !== undefined;
    await db.snippets.delete(id);
    return had;
  });
}

/** Counts one use (an insert); null when the snippet no longer exists. */
export async function snippetUsed(db: TactDB, id: string): Promise<number | null> {
  return db.transaction('rw', db.snippets, async () => {
    const s = await db.snippets.get(id);
    if (!s) return null;
    const usageCount = (s.usageCount ?? 0) + 1;
    await db.snippets.update(id, { usageCount });
    return usageCount;
  });
}

/** Every snippet that parses (a broken row is skipped, never fatal). */
export async function allSnippets(db: TactDB): Promise<Snippet[]> {
  const out: Snippet[] = [];
  for (const row of await db.snippets.toArray()) {
    const parsed = snippetSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** What the "/" quick insert lists, most used first. */
export async function snippetsForPage(db: TactDB): Promise<Array<Pick<Snippet, 'id' | 'name' | 'language' | 'body'>>> {
  const all = await allSnippets(db);
  all.sort((a, b) => b.usageCount - a.usageCount || a.name.localeCompare(b.name));
  return all.map(({ id, name, language, body }) => ({ id, name, language, body }));
}
