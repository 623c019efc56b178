// The tone-of-voice form (options page): every field of the profile with its hint and, after a
// refused save, its error in the page's language; beside it a live preview: the three replies Tact
// would suggest for a sample comment and what the live check finds in a sample draft, both redone
// on every keystroke with the profile as it stands in the form. ToneSection picks the brand and the
// language (one profile per brand and language), reads the saved profile live (the brand's default
// when none is saved) and writes through the background.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../mentions/core/brand';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import { checkDraft } from '../core/check';
import { ADDRESS_FORMS, EMOJI_POLICIES, REGISTERS, toneProfileSchema, type ToneProfile } from '../core/profile';
import { suggest, type Snippet, type SuggestBrand } from '../core/suggest';
import { defaultToneProfile } from '../core/defaults';
import { toneProfileId } from '../repo';
import { t as translate, type MessageKey } from '../../i18n/translate';
import { MessageError, send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useI18n, type I18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  reddit: 'Reddit',
  linkedin: 'LinkedIn',
};

const FIELDS = [
  'name',
  'languages',
  'address',
  'register',
  'formality',
  'warmth',
  'emoji',
  'emojiAllowed',
  'emojiMax',
  'greetings',
  'signOffs',
  'signature',
  'preferred',
  'banned',
  'maxLength',
  'examples.do',
  'examples.dont',
] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string[]>>;

const LABELS: Record<Field, MessageKey> = {
  name: 'tone.field.name',
  languages: 'tone.field.languages',
  address: 'tone.field.address',
  register: 'tone.field.register',
  formality: 'tone.field.formality',
  warmth: 'tone.field.warmth',
  emoji: 'tone.field.emoji',
  emojiAllowed: 'tone.field.emojiAllowed',
  emojiMax: 'tone.field.emojiMax',
  greetings: 'tone.field.greetings',
  signOffs: 'tone.field.signOffs',
  signature: 'tone.field.signature',
  preferred: 'tone.field.preferred',
  banned: 'tone.field.banned',
  maxLength: 'tone.field.maxLength',
  'examples.do': 'tone.field.examplesDo',
  'examples.dont': 'tone.field.examplesDont',
};
const HINTS: Record<Field, MessageKey> = {
  name: 'tone.hint.name',
  languages: 'tone.hint.languages',
  address: 'tone.hint.address',
  register: 'tone.hint.register',
  formality: 'tone.hint.formality',
  warmth: 'tone.hint.warmth',
  emoji: 'tone.hint.emoji',
  emojiAllowed: 'tone.hint.emojiAllowed',
  emojiMax: 'tone.hint.emojiMax',
  greetings: 'tone.hint.greetings',
  signOffs: 'tone.hint.signOffs',
  signature: 'tone.hint.signature',
  preferred: 'tone.hint.preferred',
  banned: 'tone.hint.banned',
  maxLength: 'tone.hint.maxLength',
  'examples.do': 'tone.hint.examplesDo',
  'examples.dont': 'tone.hint.examplesDont',
};

export interface ToneValues {
  name: string;
  language: Language;
  languages: Language[];
  address: '' | 'tu' | 'vous';
  register: string;
  formality: string;
  warmth: string;
  emoji: string;
  emojiAllowed: string;
  emojiMax: string;
  greetings: string;
  signOffs: string;
  signature: string;
  preferred: string;
  banned: string;
  maxLength: Record<Platform, string>;
  examplesDo: string;
  examplesDont: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
const items = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function toneValuesOf(p: ToneProfile): ToneValues {
  return {
    name: p.name,
    language: p.language,
    languages: p.languages ?? [p.language],
    address: p.address ?? '',
    register: p.register,
    formality: String(p.formality),
    warmth: String(p.warmth),
    emoji: p.emoji,
    emojiAllowed: p.emojiAllowed.join(' '),
    emojiMax: String(p.emojiMax),
    greetings: p.greetings.join('\n'),
    signOffs: p.signOffs.join('\n'),
    signature: p.signature,
    preferred: p.preferred.map((x) => `${x.use} = ${x.not.join(', ')}`).join('\n'),
    banned: p.banned.join('\n'),
    maxLength: Object.fromEntries(
      PLATFORMS.map((pl) => [pl, p.maxLength[pl] === undefined ? '' : String(p.maxLength[pl])]),
    ) as Record<Platform, string>,
    examplesDo: p.examples.do.join('\n'),
    examplesDont: p.examples.dont.join('\n'),
  };
}

// A number field: empty means "the default" (or "no limit"), anything else must read as a number.
const num = (s: string) => (s.trim() === '' ? undefined : Number(s.trim().replace(',', '.')));

/** The profile the form describes (unvalidated), and the lines of "use = not" it could not read. */
export function toneDraftOf(v: ToneValues): { draft: Record<string, unknown>; badLines: string[] } {
  const badLines: string[] = [];
  const preferred = lines(v.preferred).flatMap((line) => {
    const at = line.indexOf('=');
    if (at < 0) {
      badLines.push(line);
      return [];
    }
    return [{ use: line.slice(0, at).trim(), not: items(line.slice(at + 1)) }];
  });
  const maxLength = Object.fromEntries(
    PLATFORMS.flatMap((pl) => (num(v.maxLength[pl]) === undefined ? [] : [[pl, num(v.maxLength[pl])]])),
  );
  const draft: Record<string, unknown> = {
    name: v.name,
    language: v.language,
    languages: v.languages,
    ...(v.address ? { address: v.address } : {}),
    register: v.register,
    formality: num(v.formality),
    warmth: num(v.warmth),
    emoji: v.emoji,
    emojiAllowed: v.emojiAllowed.split(/[\s,]+/u).filter((s) => s !== ''),
    emojiMax: num(v.emojiMax),
    greetings: lines(v.greetings),
    signOffs: lines(v.signOffs),
    signature: v.signature,
    preferred,
    banned: items(v.banned),
    maxLength,
    examples: { do: lines(v.examplesDo), dont: lines(v.examplesDont) },
  };
  return { draft, badLines };
}

/** Puts each zod issue on its form field; a path into a list quotes the entry at fault. */
export function toneFieldErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> | string; message: string }>,
  i18n: Pick<I18n, 't' | 'issue'>,
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    if (path[0] === 'profile') path.shift();
    let field = path[0] ?? '';
    if (field === 'examples') field = `examples.${path[1] ?? 'do'}`;
    let text = i18n.issue(issue.message);
    if (field === 'maxLength' && path[1]) text = `${PLATFORM_NAMES[path[1] as Platform] ?? path[1]}: ${text}`;
    if ((FIELDS as readonly string[]).includes(field)) (fields[field as Field] ??= []).push(text);
    else other.push(text);
  }
  return { fields, other };
}

export interface ToneFormProps {
  /** The profile to edit (a saved one or the brand's default). */
  profile: ToneProfile;
  /** The brand, for {brand} and {product} in the preview. */
  brand?: SuggestBrand;
  /** The library, so the preview shows the brand's own snippets first. */
  snippets?: readonly Snippet[];
  /** Stores the profile; throws MessageError when refused. */
  save: (profile: ToneProfile) => Promise<unknown>;
  announce: Announce;
  labelledBy?: string;
}

export function ToneForm({ profile, brand, snippets = [], save, announce, labelledBy }: ToneFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [values, setValues] = useState<ToneValues>(() => toneValuesOf(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<Field, HTMLElement | null>>>({});

  const ids = (f: Field) => ({ input: `${id}-${f}`, hint: `${id}-${f}-hint`, error: `${id}-${f}-error` });
  const describedBy = (f: Field) => [errors[f]?.length ? ids(f).error : '', ids(f).hint].filter(Boolean).join(' ');
  const set = (patch: Partial<ToneValues>) => setValues((v) => ({ ...v, ...patch }));

  const { draft, badLines } = toneDraftOf(values);
  const parsed = toneProfileSchema.safeParse(draft);
  const live = parsed.success && badLines.length === 0 ? parsed.data : null;

  function showErrors(found: FieldErrors, other: string[]) {
    setErrors(found);
    say('error', t('tone.invalid') + (other.length ? ` ${other.join(' ')}` : ''));
    const first = FIELDS.find((f) => found[f]?.length);
    if (first) refs.current[first]?.focus();
  }
  const say = (kind: 'ok' | 'error', text: string) => announce({ kind, text });

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const { fields, other } = parsed.success
      ? { fields: {} as FieldErrors, other: [] as string[] }
      : toneFieldErrors(parsed.error.issues, i18n);
    if (badLines.length) (fields.preferred ??= []).push(...badLines.map((line) => t('tone.preferredLine', { line })));
    if (!parsed.success || badLines.length) return showErrors(fields, other);
    setBusy(true);
    try {
      await save(parsed.data);
      setErrors({});
      say('ok', t('tone.saved', { name: parsed.data.name }));
    } catch (error) {
      const issues = error instanceof MessageError ? (error.body.issues ?? []) : [];
      const found = toneFieldErrors(issues, i18n);
      if (Object.keys(found.fields).length > 0) showErrors(found.fields, found.other);
      else say('error', t('tone.saveFailed', { reason: i18n.reason(error) }));
    } finally {
      setBusy(false);
    }
  }

  const fieldProps = (f: Field) => ({
    id: ids(f).input,
    'aria-invalid': errors[f]?.length ? ('true' as const) : undefined,
    'aria-describedby': describedBy(f),
    ref: (el: HTMLElement | null) => {
      refs.current[f] = el;
    },
  });
  const notes = (f: Field) => (
    <>
      {errors[f]?.length ? (
        <p id={ids(f).error} class="field-error">
          {errors[f]!.join(' ')}
        </p>
      ) : null}
      <p id={ids(f).hint} class="hint">
        {t(HINTS[f])}
      </p>
    </>
  );
  const text = (f: Field, key: keyof ToneValues, multiline = false) => (
    <div class="field" key={f}>
      <label for={ids(f).input}>{t(LABELS[f])}</label>
      {multiline ? (
        <textarea
          rows={3}
          value={values[key] as string}
          onInput={(e) => set({ [key]: e.currentTarget.value })}
          {...fieldProps(f)}
        />
      ) : (
        <input
          type="text"
          autocomplete="off"
          value={values[key] as string}
          onInput={(e) => set({ [key]: e.currentTarget.value })}
          {...fieldProps(f)}
        />
      )}
      {notes(f)}
    </div>
  );
  const number = (f: Field, key: 'formality' | 'warmth' | 'emojiMax') => (
    <div class="field" key={f}>
      <label for={ids(f).input}>{t(LABELS[f])}</label>
      <input
        type="text"
        inputMode="numeric"
        class="short"
        value={values[key]}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
        {...fieldProps(f)}
      />
      {notes(f)}
    </div>
  );
  const select = (
    f: Field,
    key: 'address' | 'register' | 'emoji',
    options: readonly { value: string; label: string }[],
  ) => (
    <div class="field" key={f}>
      <label for={ids(f).input}>{t(LABELS[f])}</label>
      <select
        value={values[key]}
        onChange={(e) => set({ [key]: e.currentTarget.value } as Partial<ToneValues>)}
        {...fieldProps(f)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {notes(f)}
    </div>
  );

  return (
    <div class="tone-editor">
      <form
        class="tone-form"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby={labelledBy}
        aria-busy={busy ? 'true' : undefined}
      >
        {text('name', 'name')}
        <fieldset
          class="field"
          aria-describedby={describedBy('languages')}
          aria-invalid={errors.languages?.length ? 'true' : undefined}
        >
          <legend>{t(LABELS.languages)}</legend>
          {LANGUAGES.map((lang, i) => (
            <label class="check" key={lang}>
              <input
                type="checkbox"
                checked={values.languages.includes(lang)}
                ref={i === 0 ? fieldProps('languages').ref : undefined}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  set({ languages: LANGUAGES.filter((l) => (l === lang ? on : values.languages.includes(l))) });
                }}
              />{' '}
              {t(lang === 'fr' ? 'brand.lang.fr' : 'brand.lang.en')}
            </label>
          ))}
          {notes('languages')}
        </fieldset>
        {select('address', 'address', [
          { value: '', label: t('tone.address.none') },
          ...ADDRESS_FORMS.map((a) => ({ value: a, label: t(`tone.address.${a}`) })),
        ])}
        {select(
          'register',
          'register',
          REGISTERS.map((r) => ({ value: r, label: t(`tone.register.${r}`) })),
        )}
        {number('formality', 'formality')}
        {number('warmth', 'warmth')}
        {select(
          'emoji',
          'emoji',
          EMOJI_POLICIES.map((e) => ({ value: e, label: t(`tone.emoji.${e}`) })),
        )}
        {text('emojiAllowed', 'emojiAllowed')}
        {number('emojiMax', 'emojiMax')}
        {text('greetings', 'greetings', true)}
        {text('signOffs', 'signOffs', true)}
        {text('signature', 'signature')}
        {text('preferred', 'preferred', true)}
        {text('banned', 'banned', true)}
        <fieldset
          class="field"
          aria-describedby={describedBy('maxLength')}
          aria-invalid={errors.maxLength?.length ? 'true' : undefined}
        >
          <legend>{t(LABELS.maxLength)}</legend>
          {PLATFORMS.map((pl, i) => (
            <label class="check" key={pl}>
              {PLATFORM_NAMES[pl]}{' '}
              <input
                type="text"
                inputMode="numeric"
                class="short"
                value={values.maxLength[pl]}
                aria-describedby={describedBy('maxLength')}
                aria-invalid={errors.maxLength?.length ? 'true' : undefined}
                ref={i === 0 ? fieldProps('maxLength').ref : undefined}
                onInput={(e) => set({ maxLength: { ...values.maxLength, [pl]: e.currentTarget.value } })}
              />
            </label>
          ))}
          {notes('maxLength')}
        </fieldset>
        {text('examples.do', 'examplesDo', true)}
        {text('examples.dont', 'examplesDont', true)}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('tone.save')}
          </button>
        </div>
      </form>
      <TonePreview profile={live} brand={brand} snippets={snippets} />
    </div>
  );
}

/** The live preview: sample comment → suggestions, sample draft → the checker's problems. */
export function TonePreview({
  profile,
  brand,
  snippets = [],
}: {
  profile: ToneProfile | null;
  brand?: SuggestBrand;
  snippets?: readonly Snippet[];
}) {
  const { t, lang: uiLang } = useI18n();
  const id = useId();
  const sampleLang = profile?.language ?? uiLang;
  const [comment, setComment] = useState(() => translate(sampleLang, 'tone.preview.sampleComment'));
  const [author, setAuthor] = useState('Marie Dupont');
  const [agent, setAgent] = useState('MA');
  const [platform, setPlatform] = useState<Platform>('x');
  const [draft, setDraft] = useState(() => translate(sampleLang, 'tone.preview.sampleDraft'));

  const result = profile ? suggest({ text: comment, platform, author }, profile, snippets, { agent, brand }) : null;
  const problems = profile ? checkDraft(draft, profile, { platform, agent }) : [];

  return (
    <section class="tone-preview" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('tone.preview.heading')}</h3>
      <div class="field">
        <label for={`${id}-comment`}>{t('tone.preview.comment')}</label>
        <textarea id={`${id}-comment`} rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-author`}>{t('tone.preview.author')}</label>
        <input
          id={`${id}-author`}
          type="text"
          autocomplete="off"
          value={author}
          onInput={(e) => setAuthor(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-agent`}>{t('tone.preview.agent')}</label>
        <input
          id={`${id}-agent`}
          type="text"
          autocomplete="off"
          value={agent}
          onInput={(e) => setAgent(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-platform`}>{t('tone.preview.platform')}</label>
        <select id={`${id}-platform`} value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)}>
          {PLATFORMS.map((pl) => (
            <option key={pl} value={pl}>
              {PLATFORM_NAMES[pl]}
            </option>
          ))}
        </select>
      </div>
      <h4 id={`${id}-s`}>{t('tone.preview.suggestions')}</h4>
      {!result ? (
        <p class="note">{t('tone.preview.invalid')}</p>
      ) : result.replies.length === 0 ? (
        <p class="note">{t('tone.preview.none')}</p>
      ) : (
        <ol class="tone-suggestions" aria-labelledby={`${id}-s`}>
          {result.replies.map((r) => (
            <li key={r.text} class="tone-suggestion">
              {r.text}
            </li>
          ))}
        </ol>
      )}
      <div class="field">
        <label for={`${id}-draft`}>{t('tone.preview.draft')}</label>
        <textarea id={`${id}-draft`} rows={3} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </div>
      <h4 id={`${id}-p`}>{t('tone.preview.problems')}</h4>
      {!profile ? (
        <p class="note">{t('tone.preview.invalid')}</p>
      ) : problems.length === 0 ? (
        <p class="note">{t('tone.preview.noProblem')}</p>
      ) : (
        <ul class="tone-problems" aria-labelledby={`${id}-p`}>
          {problems.map((p, i) => (
            <li key={`${p.kind}-${p.start}-${i}`} data-kind={p.kind}>
              {p.message[uiLang]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The options page's section: pick a brand and a language, edit its profile (read live). */
export function ToneSection({ announce, labelledBy }: { announce: Announce; labelledBy?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const brands = useLiveQuery(() => pageDb().brands.orderBy('name').toArray(), []);
  const library = useLiveQuery(() => pageDb().snippets.toArray(), []);
  const [brandId, setBrandId] = useState<string>('');
  const [language, setLanguage] = useState<Language>('fr');
  // Bumped when the saved profile goes away (deleted here or elsewhere): the form starts again from
  // the default. A save does not remount the form, so focus stays where the user is.
  const [version, setVersion] = useState(0);
  const wasSaved = useRef(false);
  const list = brands.status === 'ok' ? brands.value : [];
  const brand = list.find((b) => b.id === brandId) ?? list[0];
  const profileId = brand ? toneProfileId(brand.id, language) : '';
  const row = useLiveQuery(() => (profileId ? pageDb().toneProfiles.get(profileId) : undefined), [profileId]);

  const savedNow = row.status === 'ok' && row.value !== undefined;
  useEffect(() => {
    if (wasSaved.current && !savedNow && row.status === 'ok') setVersion((v) => v + 1);
    if (row.status === 'ok') wasSaved.current = savedNow;
  }, [savedNow, row.status, profileId]);

  if (brands.status === 'loading') return <p>{t('common.loading')}</p>;
  if (brands.status === 'error') return <p class="error">{t('common.readError', { message: String(brands.error) })}</p>;
  if (!brand) return <p class="empty">{t('tone.noBrand')}</p>;
  if (row.status === 'error') return <p class="error">{t('common.readError', { message: String(row.error) })}</p>;

  // A saved profile that no longer validates is shown as the default: saving replaces it.
  const saved = row.status === 'ok' && row.value ? toneProfileSchema.safeParse(row.value.data) : null;
  const isDefault = !saved?.success;
  const profile = saved?.success ? saved.data : defaultToneProfile(brand.name, language, brand.languages);

  async function remove() {
    try {
      await send('tone.delete', { id: profileId });
      announce({ kind: 'ok', text: t('tone.deleted') });
    } catch (error) {
      announce({ kind: 'error', text: t('tone.deleteFailed', { reason: i18n.reason(error) }) });
    }
  }

  return (
    <div class="tone-section">
      <p class="note">{t('tone.intro')}</p>
      <div class="field">
        <label for={`${id}-brand`}>{t('tone.pick.brand')}</label>
        <select id={`${id}-brand`} value={brand.id} onChange={(e) => setBrandId(e.currentTarget.value)}>
          {list.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-lang`}>{t('tone.pick.language')}</label>
        <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(l === 'fr' ? 'brand.lang.fr' : 'brand.lang.en')}
            </option>
          ))}
        </select>
      </div>
      {row.status === 'loading' ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          {isDefault ? <p class="note">{t('tone.isDefault')}</p> : null}
          <ToneForm
            key={`${profileId}:${version}`}
            profile={profile}
            brand={brand}
            snippets={library.status === 'ok' ? library.value : []}
            save={(p) => send('tone.save', { brandId: brand.id, profile: p })}
            announce={announce}
            labelledBy={labelledBy}
          />
          {isDefault ? null : (
            <div class="actions">
              <button type="button" onClick={() => void remove()}>
                {t('tone.reset')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** The options page's "Tone of voice" section, heading included: one line in the page. */
export function ToneOptions({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('options.tone')}</h2>
      <ToneSection announce={announce} labelledBy={id} />
    </section>
  );
}
