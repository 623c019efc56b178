// The options' crisis kit, per brand: holding statements per language (title + text, placeholders
// hint, live tone check against the brand's profile in that language, unknown placeholders named) and
// the checklist ticked during an incident (add, remove, reorder, or start from the starter checklist).
// Saved on the brand with brands.save, so it travels in the brand kit and team sync.
import { useEffect, useId, useState } from 'preact/hooks';
import { pageDb } from '../../../components/db';
import { useDirtyValues } from '../../../components/dirty';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import type { Brand } from '../../mentions/core/brand';
import type { ToneProfile } from '../../tone/core/profile';
import { loadToneFor } from '../../tone/voice-repo';
import {
  CHECKLIST_MAX,
  CHECK_LABEL_MAX,
  HOLDING_BODY_MAX,
  HOLDING_MAX,
  checklistItemSchema,
  holdingStatementSchema,
  type ChecklistItem,
  type HoldingStatement,
} from '../core/crisis-kit';
import {
  HOLDING_PLACEHOLDERS,
  freshId,
  starterChecklist,
  statementProblems,
  unknownPlaceholders,
} from '../core/crisis';

export interface CrisisKitProps {
  brand: Brand;
  announce: Announce;
  /** Stores the brand (brands.save by default); throws when refused. */
  save?: (brand: Brand) => Promise<unknown>;
}

const saveBrand = (brand: Brand) => send('brands.save', { brand });

interface Draft {
  statements: HoldingStatement[];
  checklist: ChecklistItem[];
}

const draftOf = (b: Brand): Draft => ({
  statements: b.holdingStatements.map((s) => ({ ...s })),
  checklist: b.crisisChecklist.map((c) => ({ ...c })),
});
const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x!);
  return out;
}

type SetDraft = (f: (d: Draft) => Draft) => void;

function StatementEditor(props: {
  s: HoldingStatement;
  n: number;
  base: string;
  hintId: string;
  profile: ToneProfile | undefined;
  setDraft: SetDraft;
}) {
  const { t, lang } = useI18n();
  const { s, n, base, profile, setDraft } = props;
  const set = (patch: Partial<HoldingStatement>) =>
    setDraft((d) => ({ ...d, statements: d.statements.map((x, k) => (k === n ? { ...x, ...patch } : x)) }));
  const unknown = unknownPlaceholders(s.body);
  const problems = profile ? statementProblems(s.body, profile, s.language) : [];
  return (
    <li data-statement-id={s.id}>
      <fieldset>
        <legend>{t('crisis.kit.statement', { n: n + 1 })}</legend>
        <label for={`${base}-lang`}>{t('crisis.kit.language')}</label>{' '}
        <select
          id={`${base}-lang`}
          value={s.language}
          onChange={(e) => set({ language: e.currentTarget.value as 'fr' | 'en' })}
        >
          <option value="fr">{t('crisis.kit.lang.fr')}</option>
          <option value="en">{t('crisis.kit.lang.en')}</option>
        </select>{' '}
        <label for={`${base}-title`}>{t('crisis.kit.title')}</label>{' '}
        <input
          id={`${base}-title`}
          maxLength={80}
          value={s.title}
          onInput={(e) => set({ title: e.currentTarget.value })}
        />
        <label for={`${base}-body`}>{t('crisis.kit.body')}</label>
        <textarea
          id={`${base}-body`}
          rows={3}
          maxLength={HOLDING_BODY_MAX}
          value={s.body}
          aria-describedby={`${props.hintId} ${base}-check`}
          onInput={(e) => set({ body: e.currentTarget.value })}
        />
        <div id={`${base}-check`} aria-live="polite">
          {unknown.length > 0 && (
            <p class="error" data-testid="unknown-placeholders">
              {t('crisis.kit.unknown', { list: unknown.join(', ') })}
            </p>
          )}
          {profile && s.body.trim() !== '' && (
            <p class={problems.length ? 'tone-issues' : 'tone-ok'} data-testid="statement-tone">
              {problems.length ? t('crisis.tone.issues', { n: problems.length }) : t('crisis.tone.ok')}
            </p>
          )}
          {problems.length > 0 && (
            <ul class="tone-problems">
              {problems.map((p, k) => (
                <li key={k}>{p.message[lang]}</li>
              ))}
            </ul>
          )}
        </div>
        <button
          type="button"
          aria-label={t('crisis.kit.removeStatement', { n: n + 1 })}
          onClick={() => setDraft((d) => ({ ...d, statements: d.statements.filter((_, k) => k !== n) }))}
        >
          {t('crisis.kit.remove')}
        </button>
      </fieldset>
    </li>
  );
}

function Statements(props: { brand: Brand; id: string; draft: Draft; setDraft: SetDraft }) {
  const { t, lang } = useI18n();
  const { brand, id, draft, setDraft } = props;
  const profiles = useLiveQuery(
    async () => ({ fr: await loadToneFor(pageDb(), brand.id, 'fr'), en: await loadToneFor(pageDb(), brand.id, 'en') }),
    [brand.id],
  );
  const add = () => {
    const n = draft.statements.length;
    const language = brand.languages.includes(lang) ? lang : (brand.languages[0] ?? lang);
    setDraft((d) => ({
      ...d,
      statements: [
        ...d.statements,
        {
          id: freshId(
            'hs',
            d.statements.map((s) => s.id),
          ),
          language,
          title: '',
          body: '',
        },
      ],
    }));
    focusLater(`${id}-st-${n}-title`);
  };
  const full = draft.statements.length >= HOLDING_MAX;
  return (
    <fieldset>
      <legend>{t('crisis.kit.statements')}</legend>
      <p class="hint" id={`${id}-ph`}>
        {t('crisis.kit.placeholders', { list: HOLDING_PLACEHOLDERS.join(', ') })}
      </p>
      {draft.statements.length === 0 && <p class="empty">{t('crisis.kit.noStatements')}</p>}
      <ol class="holding-statements">
        {draft.statements.map((s, n) => (
          <StatementEditor
            key={s.id}
            s={s}
            n={n}
            base={`${id}-st-${n}`}
            hintId={`${id}-ph`}
            profile={profiles.status === 'ok' ? profiles.value[s.language] : undefined}
            setDraft={setDraft}
          />
        ))}
      </ol>
      <button type="button" onClick={add} disabled={full}>
        {t('crisis.kit.addStatement')}
      </button>
      {full && <span class="hint"> {t('crisis.kit.tooMany', { max: HOLDING_MAX })}</span>}
    </fieldset>
  );
}

function Checklist(props: { id: string; draft: Draft; setDraft: SetDraft }) {
  const { t, lang } = useI18n();
  const { id, draft, setDraft } = props;
  const steps = draft.checklist;
  const setSteps = (f: (c: ChecklistItem[]) => ChecklistItem[]) =>
    setDraft((d) => ({ ...d, checklist: f(d.checklist) }));
  const add = () => {
    setSteps((c) => [
      ...c,
      {
        id: freshId(
          'step',
          c.map((x) => x.id),
        ),
        label: '',
      },
    ]);
    focusLater(`${id}-step-${steps.length}`);
  };
  const starter = () => {
    if (steps.length > 0 && !globalThis.confirm(t('crisis.kit.starterReplace'))) return;
    setSteps(() => starterChecklist(lang));
  };
  return (
    <fieldset>
      <legend>{t('crisis.kit.checklist')}</legend>
      {steps.length === 0 && <p class="empty">{t('crisis.kit.noSteps')}</p>}
      <ol class="crisis-checklist">
        {steps.map((c, n) => (
          <li key={c.id} data-step-id={c.id}>
            <label for={`${id}-step-${n}`}>{t('crisis.kit.step', { n: n + 1 })}</label>{' '}
            <input
              id={`${id}-step-${n}`}
              maxLength={CHECK_LABEL_MAX}
              value={c.label}
              onInput={(e) => {
                const label = e.currentTarget.value;
                setSteps((list) => list.map((x, k) => (k === n ? { ...x, label } : x)));
              }}
            />{' '}
            <button
              type="button"
              aria-label={t('crisis.kit.upNamed', { n: n + 1 })}
              disabled={n === 0}
              onClick={() => setSteps((list) => move(list, n, n - 1))}
            >
              {t('crisis.kit.up')}
            </button>{' '}
            <button
              type="button"
              aria-label={t('crisis.kit.downNamed', { n: n + 1 })}
              disabled={n === steps.length - 1}
              onClick={() => setSteps((list) => move(list, n, n + 1))}
            >
              {t('crisis.kit.down')}
            </button>{' '}
            <button
              type="button"
              aria-label={t('crisis.kit.removeStep', { n: n + 1 })}
              onClick={() => setSteps((list) => list.filter((_, k) => k !== n))}
            >
              {t('crisis.kit.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} disabled={steps.length >= CHECKLIST_MAX}>
        {t('crisis.kit.addStep')}
      </button>{' '}
      <button type="button" onClick={starter}>
        {t('crisis.kit.starter')}
      </button>
    </fieldset>
  );
}

function focusLater(elementId: string) {
  setTimeout(() => (document.getElementById(elementId) as HTMLElement | null)?.focus(), 0);
}

/** The first entry the brand schema would refuse, as a message, and the field to focus. */
function firstProblem(draft: Draft, id: string, t: (k: 'crisis.kit.statements' | 'crisis.kit.checklist') => string) {
  for (const [n, s] of draft.statements.entries()) {
    const r = holdingStatementSchema.safeParse(s);
    if (!r.success) {
      const field = r.error.issues[0]?.path[0] === 'title' ? 'title' : 'body';
      return {
        field: t('crisis.kit.statements'),
        n: n + 1,
        message: r.error.issues[0]!.message,
        focus: `${id}-st-${n}-${field}`,
      };
    }
  }
  for (const [n, c] of draft.checklist.entries()) {
    const r = checklistItemSchema.safeParse(c);
    if (!r.success)
      return {
        field: t('crisis.kit.checklist'),
        n: n + 1,
        message: r.error.issues[0]!.message,
        focus: `${id}-step-${n}`,
      };
  }
  return null;
}

export function CrisisKit({ brand, announce, save = saveBrand }: CrisisKitProps) {
  const { t, issue, reason } = useI18n();
  const id = useId();
  const stored = draftOf(brand);
  const [saved, setSaved] = useState(stored);
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useDirtyValues(JSON.stringify(draft), JSON.stringify(saved));
  // Saved elsewhere (a teammate, another tab): taken in unless edits are under way here.
  const storedJson = JSON.stringify(stored);
  useEffect(() => {
    if (same(stored, saved)) return;
    if (same(draft, saved)) setDraft(stored);
    setSaved(stored);
  }, [storedJson]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const problem = firstProblem(draft, id, t);
    if (problem) {
      setError(t('crisis.kit.invalid', { field: problem.field, n: problem.n, reason: issue(problem.message) }));
      return focusLater(problem.focus);
    }
    setError('');
    setBusy(true);
    const next: Draft = {
      statements: draft.statements.map((s) => ({ ...s, title: s.title.trim(), body: s.body.trim() })),
      checklist: draft.checklist.map((c) => ({ ...c, label: c.label.trim() })),
    };
    try {
      await save({ ...brand, holdingStatements: next.statements, crisisChecklist: next.checklist });
      setSaved(next);
      setDraft(next);
      announce({ kind: 'ok', text: t('crisis.kit.saved', { brand: brand.name }) });
    } catch (err) {
      setError(reason(err));
      announce({ kind: 'error', text: reason(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="care-crisis-kit" aria-labelledby={`${id}-heading`} data-testid="crisis-kit">
      <h3 id={`${id}-heading`}>{t('crisis.kit.heading')}</h3>
      <p class="hint">{t('crisis.kit.lead')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Statements brand={brand} id={id} draft={draft} setDraft={setDraft} />
        <Checklist id={id} draft={draft} setDraft={setDraft} />
        {error && (
          <p class="error" role="alert" data-testid="crisis-kit-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || same(draft, saved)}>
          {t('crisis.kit.save')}
        </button>
      </form>
    </section>
  );
}
