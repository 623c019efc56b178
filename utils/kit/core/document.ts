// The brand kit file: one versioned JSON document holding a team's brands, tone profiles, snippets
// and troll notes. Reading one is defensive: the text comes from a file, a paste or a URL, so it is
// size-checked before JSON.parse, scanned for nesting depth, walked for hostile keys and broken
// Unicode, then validated by zod. Every problem is an i18n key plus the path of the field at fault
// ("snippets[3].name"), so the options page can say what to fix in the user's language.
import { z } from '../../shared/zod';
import { brandSchema } from '../../mentions/core/brand';
import { PLATFORMS } from '../../platforms/ids';
import { snippetSchema } from '../../snippets/core/snippet';
import { toneProfileSchema } from '../../tone/core/profile';

export const KIT_FORMAT = 'tact-brand-kit';
export const KIT_VERSION = 1;
/** Bigger than any real team's kit by far, small enough to parse in a service worker at once. */
export const MAX_KIT_BYTES = 5 * 1024 * 1024;
/** A kit is 4 levels deep (kit › snippets › snippet › tags); anything much deeper is not a kit. */
export const MAX_KIT_DEPTH = 16;
/** Past this many problems the rest is noise: the user fixes the first ones and tries again. */
export const MAX_ISSUES = 20;

export const KIT_LIMITS = { brands: 500, toneProfiles: 2000, snippets: 10_000, trollNotes: 20_000 } as const;

const id = z.string().trim().min(1, 'error.empty').max(100, 'error.tooLong');
const stamp = z.number({ error: 'kit.error.timestamp' }).int('kit.error.timestamp').nonnegative('kit.error.timestamp');

/** Names compared the way a person reads them: same letters whatever the case or Unicode form. */
export function fold(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/** What makes two records "the same thing" when their ids differ. */
export const naturalKey = {
  brand: (b: { name: string }) => fold(b.name),
  toneProfile: (p: { brandId: string; name: string }) => `${p.brandId}\u0000${fold(p.name)}`,
  snippet: (s: { name: string; language: string }) => `${s.language}\u0000${fold(s.name)}`,
  /** The authors table's key (platform:handle, lower case), so a note finds the author Tact saw. */
  trollNote: (n: { platform: string; handle: string }) => `${n.platform}:${n.handle.trim().toLowerCase()}`,
};

export const kitToneProfileSchema = z.object({
  id,
  brandId: id,
  name: z.string().trim().min(1, 'error.empty').max(100, 'error.tooLong'),
  data: toneProfileSchema,
  updatedAt: stamp.default(0),
});
export type KitToneProfile = z.infer<typeof kitToneProfileSchema>;

/** A moderator's note on an author, found again by platform + handle. */
export const trollNoteSchema = z.object({
  platform: z.enum(PLATFORMS, { error: 'kit.error.platform' }),
  handle: z.string().trim().min(1, 'error.empty').max(200, 'error.tooLong'),
  name: z.string().trim().max(200, 'error.tooLong').optional(),
  labels: z
    .array(z.string().trim().min(1, 'error.empty').max(60, 'error.tooLong'))
    .max(50, 'error.tooMany')
    .default([]),
  notes: z.string().max(5000, 'error.tooLong').default(''),
});
export type TrollNote = z.infer<typeof trollNoteSchema>;

// The usage counter is this browser's own statistic: it is not part of what a team shares.
// A kit written by hand may leave the clocks out: 0 means "older than any edit made here".
const kitSnippetSchema = snippetSchema.omit({ usageCount: true }).extend({ updatedAt: stamp.default(0) });
const kitBrandSchema = brandSchema.extend({ createdAt: stamp.default(0), updatedAt: stamp.default(0) });
export type KitSnippet = z.infer<typeof kitSnippetSchema>;

export const kitSchema = z
  .object({
    format: z.literal(KIT_FORMAT, { error: 'kit.error.format' }),
    version: z.literal(KIT_VERSION, { error: 'kit.error.version' }),
    exportedAt: z.string().max(40, 'error.tooLong').optional(),
    brands: z.array(kitBrandSchema).max(KIT_LIMITS.brands, 'kit.error.tooMany').default([]),
    toneProfiles: z.array(kitToneProfileSchema).max(KIT_LIMITS.toneProfiles, 'kit.error.tooMany').default([]),
    snippets: z.array(kitSnippetSchema).max(KIT_LIMITS.snippets, 'kit.error.tooMany').default([]),
    trollNotes: z.array(trollNoteSchema).max(KIT_LIMITS.trollNotes, 'kit.error.tooMany').default([]),
  })
  .superRefine((kit, ctx) => {
    // Two records of one kind with one id would make the import plan ambiguous.
    for (const kind of ['brands', 'toneProfiles', 'snippets'] as const) {
      const seen = new Set<string>();
      kit[kind].forEach((r, i) => {
        if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [kind, i, 'id'], message: 'kit.error.duplicateId' });
        seen.add(r.id);
      });
    }
    // Two records of one kind with one natural key (name…) would both claim the same local record.
    const unique = <T>(
      kind: 'brands' | 'toneProfiles' | 'snippets' | 'trollNotes',
      rows: T[],
      key: (r: T) => string,
      field: string,
    ) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        const k = key(r);
        if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [kind, i, field], message: 'kit.error.duplicateName' });
        seen.add(k);
      });
    };
    unique('brands', kit.brands, (b) => naturalKey.brand(b), 'name');
    unique('toneProfiles', kit.toneProfiles, (p) => naturalKey.toneProfile(p), 'name');
    unique('snippets', kit.snippets, (s) => naturalKey.snippet(s), 'name');
    unique('trollNotes', kit.trollNotes, (n) => naturalKey.trollNote(n), 'handle');
    const brandIds = new Set(kit.brands.map((b) => b.id));
    kit.toneProfiles.forEach((p, i) => {
      if (!brandIds.has(p.brandId))
        ctx.addIssue({ code: 'custom', path: ['toneProfiles', i, 'brandId'], message: 'kit.error.unknownBrand' });
    });
  });
export type Kit = z.infer<typeof kitSchema>;

export interface KitIssue {
  /** Where, as the user reads it in the file: "snippets[3].name"; "" for the whole file. */
  path: string;
  /** An i18n key: 'kit.error.*' or a schema's 'error.*'. */
  message: string;
  params?: Record<string, string | number>;
}

export type KitParse = { ok: true; kit: Kit } | { ok: false; issues: KitIssue[] };

/** "snippets[3].name" from ['snippets', 3, 'name']. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Lone surrogates cannot be stored or shown faithfully; C0 controls (bar tab and line breaks) and
// bidi overrides have no business in a reply template and are a classic way to disguise text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Depth of brackets outside strings, and whether the text ends inside a string or an open bracket. */
function scan(text: string): { tooDeep: boolean; unclosed: boolean } {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92 /* \ */) escaped = true;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_KIT_DEPTH) return { tooDeep: true, unclosed: false };
    } else if (c === 125 || c === 93) depth--;
  }
  return { tooDeep: false, unclosed: inString || depth > 0 };
}

/** Hostile keys and unreadable strings anywhere in the parsed value (depth already bounded). */
function walk(value: unknown, path: PropertyKey[], issues: KitIssue[]): void {
  if (issues.length >= MAX_ISSUES) return;
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) issues.push({ path: formatPath(path), message: 'kit.error.unicode' });
    else if (CONTROL.test(value)) issues.push({ path: formatPath(path), message: 'kit.error.control' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], issues));
    return;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: formatPath([...path, key]), message: 'kit.error.forbiddenKey', params: { key } });
        continue;
      }
      walk((value as Record<string, unknown>)[key], [...path, key], issues);
    }
  }
}

/** A zod issue as a kit issue: the schema's own i18n key when it has one, else one by issue kind. */
function fromZod(issue: z.core.$ZodIssue): KitIssue {
  const path = formatPath(issue.path);
  const own = issue.message;
  if (own.startsWith('error.') || own.startsWith('kit.error.')) {
    const params: Record<string, string | number> = {};
    if (issue.code === 'too_big') params.max = Number(issue.maximum);
    if (issue.code === 'too_small') params.min = Number(issue.minimum);
    return { path, message: own, ...(Object.keys(params).length ? { params } : {}) };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message: /received undefined$/.test(own) ? 'kit.error.missing' : 'kit.error.type',
        params: { expected: issue.expected },
      };
    case 'too_big':
      return { path, message: 'kit.error.tooBig', params: { max: Number(issue.maximum) } };
    case 'too_small':
      return { path, message: 'kit.error.tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { path, message: 'kit.error.value', params: { allowed: issue.values.map(String).join(', ') } };
    default:
      return { path, message: 'error.invalid' };
  }
}

/**
 * Reads a kit from text. Never throws on bad input: every failure is a list of issues, and the
 * caller changes nothing unless `ok` is true.
 */
export function parseKit(text: string): KitParse {
  // Counted in UTF-16 units first (free), then in bytes: a huge paste is refused before any work.
  if (text.length > MAX_KIT_BYTES || byteLength(text) > MAX_KIT_BYTES) {
    return {
      ok: false,
      issues: [{ path: '', message: 'kit.error.tooLarge', params: { max: MAX_KIT_BYTES / (1024 * 1024) } }],
    };
  }
  if (text.trim() === '') return { ok: false, issues: [{ path: '', message: 'kit.error.empty' }] };
  const shape = scan(text);
  if (shape.tooDeep)
    return { ok: false, issues: [{ path: '', message: 'kit.error.tooDeep', params: { max: MAX_KIT_DEPTH } }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    if (shape.unclosed) return { ok: false, issues: [{ path: '', message: 'kit.error.truncated' }] };
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: at ? 'kit.error.syntaxAt' : 'kit.error.syntax',
          ...(at ? { params: { position: Number(at) } } : {}),
        },
      ],
    };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, issues: [{ path: '', message: 'kit.error.notKit' }] };
  const doc = raw as Record<string, unknown>;
  // Say "wrong file" or "made by a newer Tact" before listing field errors that would only confuse.
  if (doc.format !== KIT_FORMAT) return { ok: false, issues: [{ path: 'format', message: 'kit.error.format' }] };
  if (typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version > KIT_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          message: 'kit.error.futureVersion',
          params: { version: doc.version, supported: KIT_VERSION },
        },
      ],
    };
  }
  const hostile: KitIssue[] = [];
  walk(raw, [], hostile);
  if (hostile.length > 0) return { ok: false, issues: hostile };
  const parsed = kitSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.slice(0, MAX_ISSUES).map(fromZod) };
  return { ok: true, kit: parsed.data };
}

/** The document to write: records as stored, minus what is this browser's own. */
export function buildKit(
  parts: {
    brands?: Kit['brands'];
    toneProfiles?: Kit['toneProfiles'];
    snippets?: Array<KitSnippet & { usageCount?: number }>;
    trollNotes?: TrollNote[];
  },
  now: number,
): Kit {
  return {
    format: KIT_FORMAT,
    version: KIT_VERSION,
    exportedAt: new Date(now).toISOString(),
    brands: parts.brands ?? [],
    toneProfiles: parts.toneProfiles ?? [],
    snippets: (parts.snippets ?? []).map(({ usageCount: _local, ...s }) => s),
    trollNotes: parts.trollNotes ?? [],
  };
}
