// Importing a kit into what this browser holds: first a dry-run plan (added / changed / conflicting /
// unchanged for each record), then the writes that carry it out. The rule is that nothing local is
// ever lost: nothing is deleted, and a conflict keeps the local record and adds the incoming one as a
// copy ("Acme (imported)") unless the user chose "take theirs" for it.
import type { Brand } from '../../mentions/core/brand';
import type { Snippet } from '../../snippets/core/snippet';
import { toneProfileId } from '../../tone/core/profile';
import { naturalKey, type Kit, type KitSnippet, type KitToneProfile, type TrollNote } from './document';

export type RecordKind = 'brand' | 'toneProfile' | 'snippet' | 'trollNote';
export type PlanStatus = 'added' | 'changed' | 'conflict' | 'unchanged';
/** What to do with a changed or conflicting record: keep mine (the default for conflicts) or take theirs. */
export type Choice = 'keep' | 'theirs';
export type Choices = Record<string, Choice>;

/** The shape of the tables the merge reads, without depending on the database module. */
export interface LocalToneProfile {
  id: string;
  brandId: string;
  name: string;
  data: Record<string, unknown>;
  updatedAt: number;
}
export interface LocalAuthor {
  key: string;
  platform: string;
  handle: string;
  name: string;
  url: string;
  firstSeenAt: number;
  lastSeenAt: number;
  notes: string;
  labels: string[];
}
export interface LocalState {
  brands: Brand[];
  toneProfiles: LocalToneProfile[];
  snippets: Snippet[];
  /** Only the authors the kit's troll notes name are needed. */
  authors: LocalAuthor[];
}

export interface PlanEntry {
  /** Stable for one kit text: what `choices` refers to. */
  key: string;
  kind: RecordKind;
  status: PlanStatus;
  /** The incoming record's name (a troll note's handle). */
  name: string;
  /** Why it conflicts: same id edited here after the kit's copy, or another record of the same name. */
  reason?: 'local_newer' | 'same_id' | 'same_name';
  /** The local record it meets, when there is one. */
  localName?: string;
  /** What will happen with the current choices. */
  action: 'add' | 'update' | 'copy' | 'merge' | 'skip';
}

export interface Plan {
  entries: PlanEntry[];
  counts: Record<PlanStatus, number>;
}

export interface Writes {
  brands: Brand[];
  toneProfiles: LocalToneProfile[];
  snippets: Snippet[];
  authors: LocalAuthor[];
}

export interface MergeOptions {
  now: number;
  /** Ids for copies whose incoming id is already taken here. */
  newId: () => string;
}

/** Record content without what every copy has of its own (id, clocks, local counters), keys sorted. */
function content(record: object, drop: readonly string[]): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  const copy: Record<string, unknown> = { ...record };
  for (const k of drop) delete copy[k];
  return JSON.stringify(sort(copy));
}
const BRAND_OWN = ['id', 'createdAt', 'updatedAt'] as const;
const PROFILE_OWN = ['id', 'updatedAt'] as const;
const SNIPPET_OWN = ['id', 'updatedAt', 'usageCount'] as const;

/** "Acme (imported)", then "Acme (imported 2)"… until the name is free. */
function copyName(
  name: string,
  taken: Set<string>,
  key: (n: string) => string,
  style: 'label' | 'word',
  max: number,
): string {
  for (let n = 1; ; n++) {
    const suffix =
      style === 'label' ? (n === 1 ? ' (imported)' : ` (imported ${n})`) : n === 1 ? '-imported' : `-imported-${n}`;
    const candidate = name.slice(0, max - suffix.length) + suffix;
    if (!taken.has(key(candidate))) {
      taken.add(key(candidate));
      return candidate;
    }
  }
}

interface Versioned {
  id: string;
  name: string;
  updatedAt: number;
}

/** How one incoming record meets the local ones, before any choice. */
function classify<T extends Versioned>(
  incoming: T,
  byId: Map<string, T>,
  byName: Map<string, T>,
  nameKey: string,
  drop: readonly string[],
): { status: PlanStatus; local?: T; reason?: PlanEntry['reason'] } {
  const same = byId.get(incoming.id);
  if (same) {
    if (content(same, drop) === content(incoming, drop)) return { status: 'unchanged', local: same };
    // Edited here since the kit's copy was made (or the clocks cannot tell): the user decides.
    if (same.updatedAt > incoming.updatedAt) return { status: 'conflict', local: same, reason: 'local_newer' };
    if (same.updatedAt === incoming.updatedAt) return { status: 'conflict', local: same, reason: 'same_id' };
    return { status: 'changed', local: same };
  }
  const named = byName.get(nameKey);
  if (named) {
    if (content(named, drop) === content(incoming, drop)) return { status: 'unchanged', local: named };
    return { status: 'conflict', local: named, reason: 'same_name' };
  }
  return { status: 'added' };
}

/**
 * The plan and the writes for importing `kit` into `local` with the user's `choices`. Pure: the
 * caller shows the plan (dry run) or writes `writes` in one transaction (apply).
 */
export function mergeKit(
  local: LocalState,
  kit: Kit,
  choices: Choices,
  opts: MergeOptions,
): { plan: Plan; writes: Writes } {
  const m: Merge = {
    entries: [],
    writes: { brands: [], toneProfiles: [], snippets: [], authors: [] },
    choose: (key, status) => choices[key] ?? (status === 'conflict' ? 'keep' : 'theirs'),
    opts,
  };
  // Brands first: tone profiles follow their brand wherever it lands (same id, the local twin, a copy).
  const brands = mergeBrands(m, local.brands, kit.brands);
  mergeToneProfiles(m, local.toneProfiles, kit.toneProfiles, brands);
  mergeSnippets(m, local.snippets, kit.snippets);
  mergeTrollNotes(m, local.authors, kit.trollNotes);
  const counts: Record<PlanStatus, number> = { added: 0, changed: 0, conflict: 0, unchanged: 0 };
  for (const e of m.entries) counts[e.status]++;
  return { plan: { entries: m.entries, counts }, writes: m.writes };
}

/** What each kind's merge shares: the plan so far, the writes, and the user's choice per entry. */
interface Merge {
  entries: PlanEntry[];
  writes: Writes;
  choose: (key: string, status: PlanStatus) => Choice;
  opts: MergeOptions;
}

type Classified = ReturnType<typeof classify<Versioned>>;

function planEntry(key: string, kind: RecordKind, c: Classified, name: string, action: PlanEntry['action']) {
  return {
    key,
    kind,
    status: c.status,
    name,
    action,
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.local ? { localName: c.local.name } : {}),
  };
}

/** Where each incoming brand landed (its id, the local twin's, a copy's) and the local brand it met. */
interface BrandLanding {
  target: Map<string, string>;
  local: Map<string, string>;
}

function mergeBrands(m: Merge, local: Brand[], kit: Brand[]): BrandLanding {
  const { writes, opts } = m;
  const brandIds = new Set(local.map((b) => b.id));
  const brandNames = new Set(local.map(naturalKey.brand));
  kit.forEach((b) => brandNames.add(naturalKey.brand(b)));
  const brandById = new Map(local.map((b) => [b.id, b]));
  const brandByName = new Map(local.map((b) => [naturalKey.brand(b), b]));
  const landing: BrandLanding = { target: new Map(), local: new Map() };
  kit.forEach((incoming, i) => {
    const key = `brand:${i}`;
    const c = classify(incoming, brandById, brandByName, naturalKey.brand(incoming), BRAND_OWN);
    const choice = m.choose(key, c.status);
    let action: PlanEntry['action'] = 'skip';
    let target = c.local?.id ?? incoming.id;
    if (c.status === 'added') {
      action = 'add';
      writes.brands.push({ ...incoming });
      brandIds.add(incoming.id);
    } else if (c.status !== 'unchanged' && choice === 'theirs') {
      action = 'update';
      writes.brands.push({
        ...incoming,
        id: c.local!.id,
        createdAt: c.local!.createdAt,
        updatedAt: Math.max(incoming.updatedAt, c.local!.updatedAt + 1),
      });
    } else if (c.status === 'conflict') {
      action = 'copy';
      target = brandIds.has(incoming.id) ? opts.newId() : incoming.id;
      brandIds.add(target);
      const name = copyName(incoming.name, brandNames, (n) => naturalKey.brand({ name: n }), 'label', 100);
      writes.brands.push({ ...incoming, id: target, name, createdAt: opts.now, updatedAt: opts.now });
    }
    landing.target.set(incoming.id, target);
    if (c.local) landing.local.set(incoming.id, c.local.id);
    m.entries.push(planEntry(key, 'brand', c, incoming.name, action));
  });
  return landing;
}

/** The local tone profiles, indexed by id and by name, and the ids and names taken so far. */
interface Profiles {
  ids: Set<string>;
  names: Set<string>;
  byId: Map<string, LocalToneProfile>;
  byName: Map<string, LocalToneProfile>;
}

function mergeToneProfiles(m: Merge, local: LocalToneProfile[], kit: KitToneProfile[], brands: BrandLanding) {
  const ps: Profiles = {
    ids: new Set(local.map((p) => p.id)),
    names: new Set(local.map(naturalKey.toneProfile)),
    byId: new Map(local.map((p) => [p.id, p])),
    byName: new Map(local.map((p) => [naturalKey.toneProfile(p), p])),
  };
  kit.forEach((raw, i) => {
    const key = `toneProfile:${i}`;
    // A profile the user already has, on the local twin of its brand, is unchanged even when that
    // brand itself is kept and copied: nothing to add, nothing lost.
    const twin = brands.local.get(raw.brandId);
    if (twin !== undefined && twin !== brands.target.get(raw.brandId)) {
      const onTwin = { ...raw, brandId: twin };
      const nameKey = naturalKey.toneProfile(onTwin);
      if (classify(onTwin as LocalToneProfile, ps.byId, ps.byName, nameKey, PROFILE_OWN).status === 'unchanged') {
        const status = 'unchanged';
        m.entries.push({ key, kind: 'toneProfile', status, name: raw.name, action: 'skip', localName: raw.name });
        return;
      }
    }
    const incoming: KitToneProfile = { ...raw, brandId: brands.target.get(raw.brandId) ?? raw.brandId };
    mergeToneProfile(m, ps, key, incoming);
  });
}

function mergeToneProfile(m: Merge, ps: Profiles, key: string, incoming: KitToneProfile): void {
  const { writes, opts } = m;
  ps.names.add(naturalKey.toneProfile(incoming));
  // The local profile of that id belongs to another brand (its brand was kept and this one's copied):
  // not the same record, so never updated from it; matched by name only, written under a new id.
  const sameId = ps.byId.get(incoming.id);
  const idClash = sameId !== undefined && sameId.brandId !== incoming.brandId;
  const byId = idClash ? new Map() : ps.byId;
  const c = classify(incoming as LocalToneProfile, byId, ps.byName, naturalKey.toneProfile(incoming), PROFILE_OWN);
  // A new row's id is the one the tone repository reads (brand + language), unless already taken.
  const freshId = () => {
    const canonical = toneProfileId(incoming.brandId, incoming.data.language);
    return ps.ids.has(canonical) ? opts.newId() : canonical;
  };
  const choice = m.choose(key, c.status);
  let action: PlanEntry['action'] = 'skip';
  if (c.status === 'added') {
    action = 'add';
    const id = idClash ? freshId() : incoming.id;
    writes.toneProfiles.push({ ...incoming, id });
    ps.ids.add(id);
  } else if (c.status !== 'unchanged' && choice === 'theirs') {
    action = 'update';
    writes.toneProfiles.push({
      ...incoming,
      id: c.local!.id,
      updatedAt: Math.max(incoming.updatedAt, c.local!.updatedAt + 1),
    });
  } else if (c.status === 'conflict') {
    action = 'copy';
    const id = freshId();
    ps.ids.add(id);
    const nameKey = (n: string) => naturalKey.toneProfile({ brandId: incoming.brandId, name: n });
    const name = copyName(incoming.name, ps.names, nameKey, 'label', 100);
    writes.toneProfiles.push({ ...incoming, id, name, data: { ...incoming.data, name }, updatedAt: opts.now });
  }
  m.entries.push(planEntry(key, 'toneProfile', c, incoming.name, action));
}

function mergeSnippets(m: Merge, local: Snippet[], kit: KitSnippet[]): void {
  const { writes, opts } = m;
  const snippetIds = new Set(local.map((s) => s.id));
  const snippetNames = new Set(local.map(naturalKey.snippet));
  kit.forEach((s) => snippetNames.add(naturalKey.snippet(s)));
  const snippetById = new Map(local.map((s) => [s.id, s]));
  const snippetByName = new Map(local.map((s) => [naturalKey.snippet(s), s]));
  kit.forEach((incoming, i) => {
    const key = `snippet:${i}`;
    const c = classify(incoming as Snippet, snippetById, snippetByName, naturalKey.snippet(incoming), SNIPPET_OWN);
    const choice = m.choose(key, c.status);
    let action: PlanEntry['action'] = 'skip';
    if (c.status === 'added') {
      action = 'add';
      writes.snippets.push({ ...incoming, usageCount: 0 });
      snippetIds.add(incoming.id);
    } else if (c.status !== 'unchanged' && choice === 'theirs') {
      action = 'update';
      // The usage counter is this browser's: taking the team's text does not reset it.
      writes.snippets.push({
        ...incoming,
        id: c.local!.id,
        usageCount: c.local!.usageCount,
        updatedAt: Math.max(incoming.updatedAt, c.local!.updatedAt + 1),
      });
    } else if (c.status === 'conflict') {
      action = 'copy';
      const id = snippetIds.has(incoming.id) ? opts.newId() : incoming.id;
      snippetIds.add(id);
      const nameKey = (n: string) => naturalKey.snippet({ name: n, language: incoming.language });
      const name = copyName(incoming.name, snippetNames, nameKey, 'word', 60);
      writes.snippets.push({ ...incoming, id, name, usageCount: 0, updatedAt: opts.now });
    }
    m.entries.push(planEntry(key, 'snippet', c, incoming.name, action));
  });
}

function mergeTrollNotes(m: Merge, local: LocalAuthor[], kit: TrollNote[]): void {
  const { writes, opts } = m;
  const authorByKey = new Map(local.map((a) => [a.key, a]));
  kit.forEach((note: TrollNote, i) => {
    const key = `trollNote:${i}`;
    const authorKey = naturalKey.trollNote(note);
    const old = authorByKey.get(authorKey);
    let status: PlanStatus;
    if (!old) status = 'added';
    else if (old.notes.trim() === note.notes.trim() && sameSet(old.labels, note.labels)) status = 'unchanged';
    // Nothing written here yet: filling it in loses nothing.
    else if (old.notes.trim() === '' && old.labels.length === 0) status = 'changed';
    else status = 'conflict';
    const choice = m.choose(key, status);
    let action: PlanEntry['action'] = 'skip';
    if (!old) {
      action = 'add';
      writes.authors.push({
        key: authorKey,
        platform: note.platform,
        handle: note.handle,
        name: note.name ?? '',
        url: '',
        firstSeenAt: opts.now,
        lastSeenAt: opts.now,
        notes: note.notes,
        labels: [...note.labels],
      });
    } else if (status !== 'unchanged' && choice === 'theirs') {
      action = 'update';
      writes.authors.push({ ...old, notes: note.notes, labels: [...note.labels] });
    } else if (status === 'conflict') {
      // One person has one note: "keep mine" keeps it and adds what the team wrote below it.
      action = 'merge';
      const notes = old.notes.includes(note.notes.trim())
        ? old.notes
        : [old.notes.trimEnd(), note.notes.trim()].filter(Boolean).join('\n\n');
      writes.authors.push({ ...old, notes, labels: [...new Set([...old.labels, ...note.labels])] });
    }
    m.entries.push({
      key,
      kind: 'trollNote',
      status,
      name: note.handle,
      action,
      ...(status === 'conflict' ? { reason: 'same_name' as const } : {}),
      ...(old ? { localName: old.handle || old.name } : {}),
    });
  });
}

function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a.map((s) => s.toLowerCase()));
  const y = new Set(b.map((s) => s.toLowerCase()));
  return x.size === y.size && [...x].every((s) => y.has(s));
}
