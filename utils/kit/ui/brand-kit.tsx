// The brand kit section of the options page: export (everything or the snippet library) as a .json
// download, and import (a file or a paste) in two steps: a preview of what would change, with a
// choice per conflict, then Apply. Errors name the field at fault. The background does the work.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MAX_KIT_BYTES, type KitIssue } from '../core/document';
import type { Choice, Choices, Plan, PlanEntry } from '../core/merge';
import { send } from '../../messaging/client';
import type { ResponseOf } from '../../messaging/protocol';
import { isMessageKey } from '../../i18n/translate';
import { useI18n, type I18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';

export type KitSelection = 'all' | 'snippets';
/** What the section asks of the background; injected in tests. */
export interface KitApi {
  export(selection: KitSelection): Promise<ResponseOf<'kit.export'>>;
  plan(text: string, choices: Choices): Promise<ResponseOf<'kit.plan'>>;
  apply(text: string, choices: Choices): Promise<ResponseOf<'kit.apply'>>;
}

export const messageApi: KitApi = {
  export: (selection) => send('kit.export', { selection }),
  plan: (text, choices) => send('kit.plan', { text, choices }),
  apply: (text, choices) => send('kit.apply', { text, choices }),
};

/** Saves text as a file through a temporary link (no downloads permission needed). */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A kit issue as the user reads it: "snippets[3].name: A snippet name is one word…". */
export function issueText(i18n: Pick<I18n, 't' | 'issue'>, issue: KitIssue): string {
  const message =
    isMessageKey(issue.message) && issue.message.startsWith('kit.')
      ? i18n.t(issue.message, issue.params)
      : i18n.issue(issue.message);
  return issue.path ? i18n.t('kit.import.issue', { path: issue.path, message }) : message;
}

export interface BrandKitProps {
  announce: Announce;
  api?: KitApi;
  download?: (filename: string, text: string) => void;
  now?: () => Date;
}

export function BrandKit({
  announce,
  api = messageApi,
  download = downloadText,
  now = () => new Date(),
}: BrandKitProps) {
  const i18n = useI18n();
  const { t, reason } = i18n;
  const ids = { heading: useId(), file: useId(), paste: useId(), issues: useId(), table: useId() };
  const [selection, setSelection] = useState<KitSelection>('all');
  const [fileText, setFileText] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [issues, setIssues] = useState<KitIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const issuesRef = useRef<HTMLDivElement>(null);
  const text = fileText ?? pasted;

  // A refused kit's list takes focus, so a keyboard or screen reader user lands on what to fix.
  useLayoutEffect(() => {
    if (issues.length > 0) issuesRef.current?.focus();
  }, [issues]);

  async function exportKit() {
    setBusy(true);
    try {
      const { json, counts } = await api.export(selection);
      const day = now().toISOString().slice(0, 10);
      download(`${selection === 'snippets' ? 'tact-snippets' : 'tact-brand-kit'}-${day}.json`, json);
      announce({ kind: 'ok', text: t('kit.export.done', counts) });
    } catch (error) {
      announce({ kind: 'error', text: t('kit.export.failed', { reason: reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setPlan(null);
    setChoices({});
    setIssues([]);
  }

  async function pickFile(event: Event) {
    reset();
    setPasted('');
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return setFileText(null);
    // Refused before reading: a wrong pick (a video…) must not freeze the page.
    if (file.size > MAX_KIT_BYTES) {
      setFileText(null);
      return refuse([{ path: '', message: 'kit.error.tooLarge', params: { max: MAX_KIT_BYTES / (1024 * 1024) } }]);
    }
    try {
      setFileText(await file.text());
    } catch (error) {
      setFileText(null);
      announce({
        kind: 'error',
        text: t('kit.import.readFailed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  }

  function refuse(found: KitIssue[]) {
    setPlan(null);
    setIssues(found);
    announce({ kind: 'error', text: `${t('kit.import.invalid')} ${found.map((i) => issueText(i18n, i)).join(' ; ')}` });
  }

  async function preview(nextChoices: Choices = choices) {
    if (text.trim() === '') return announce({ kind: 'error', text: t('kit.import.nothing') });
    if (text.length > MAX_KIT_BYTES)
      return refuse([{ path: '', message: 'kit.error.tooLarge', params: { max: MAX_KIT_BYTES / (1024 * 1024) } }]);
    setBusy(true);
    try {
      const r = await api.plan(text, nextChoices);
      if (!r.ok) return refuse(r.issues);
      setIssues([]);
      setPlan(r.plan);
      if (nextChoices === choices)
        announce({ kind: 'ok', text: t('kit.import.previewReady', { counts: t('kit.import.counts', r.plan.counts) }) });
    } catch (error) {
      announce({ kind: 'error', text: t('kit.import.failed', { reason: reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  async function choose(key: string, choice: Choice) {
    const next = { ...choices, [key]: choice };
    setChoices(next);
    await preview(next);
  }

  async function apply() {
    setBusy(true);
    try {
      const r = await api.apply(text, choices);
      if (!r.ok) return refuse(r.issues);
      announce({
        kind: 'ok',
        text: t('kit.import.done', { added: r.added, updated: r.updated, copies: r.copies, merged: r.merged }),
      });
      reset();
      setFileText(null);
      setPasted('');
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      announce({ kind: 'error', text: t('kit.import.failed', { reason: reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const shown = plan?.entries.filter((e) => e.status !== 'unchanged') ?? [];
  return (
    <section class="brand-kit" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('kit.heading')}</h2>
      <p class="note">{t('kit.intro')}</p>

      <fieldset>
        <legend>{t('kit.export.heading')}</legend>
        {(['all', 'snippets'] as const).map((value) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="kit-selection"
              value={value}
              checked={selection === value}
              onChange={() => setSelection(value)}
            />{' '}
            {t(value === 'all' ? 'kit.export.all' : 'kit.export.snippets')}
          </label>
        ))}
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void exportKit()}>
            {t('kit.export.button')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('kit.import.heading')}</legend>
        <div class="field">
          <label for={ids.file}>{t('kit.import.file')}</label>
          <input
            id={ids.file}
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void pickFile(e)}
          />
        </div>
        <div class="field">
          <label for={ids.paste}>{t('kit.import.paste')}</label>
          <textarea
            id={ids.paste}
            rows={4}
            spellcheck={false}
            value={pasted}
            onInput={(e) => {
              reset();
              setFileText(null);
              if (fileInput.current) fileInput.current.value = '';
              setPasted((e.currentTarget as HTMLTextAreaElement).value);
            }}
          />
        </div>
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void preview()}>
            {t('kit.import.preview')}
          </button>
        </div>

        {issues.length > 0 && (
          <div class="error kit-issues" id={ids.issues} ref={issuesRef} tabIndex={-1} data-testid="kit-issues">
            <p>{t('kit.import.invalid')}</p>
            <ul>
              {issues.map((issue, i) => (
                <li key={i}>{issueText(i18n, issue)}</li>
              ))}
            </ul>
          </div>
        )}

        {plan && (
          <div class="kit-plan" data-testid="kit-plan">
            <p class="counts">{t('kit.import.counts', plan.counts)}</p>
            {shown.length > 0 && (
              <table aria-labelledby={ids.table}>
                <caption id={ids.table}>{t('kit.import.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('kit.col.kind')}</th>
                    <th scope="col">{t('kit.col.name')}</th>
                    <th scope="col">{t('kit.col.status')}</th>
                    <th scope="col">{t('kit.col.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entry) => (
                    <PlanRow
                      key={entry.key}
                      entry={entry}
                      choice={choices[entry.key]}
                      disabled={busy}
                      onChoose={(c) => void choose(entry.key, c)}
                    />
                  ))}
                </tbody>
              </table>
            )}
            <div class="actions">
              <button type="button" disabled={busy} onClick={() => void apply()}>
                {t('kit.import.apply')}
              </button>
              <button type="button" disabled={busy} onClick={reset}>
                {t('kit.import.cancel')}
              </button>
            </div>
          </div>
        )}
      </fieldset>
    </section>
  );
}

function PlanRow({
  entry,
  choice,
  disabled,
  onChoose,
}: {
  entry: PlanEntry;
  choice?: Choice;
  disabled: boolean;
  onChoose: (c: Choice) => void;
}) {
  const { t } = useI18n();
  const selectId = useId();
  const status = t(`kit.status.${entry.status}`);
  const why = entry.reason ? t(`kit.reason.${entry.reason}`, { name: entry.localName ?? entry.name }) : '';
  const current: Choice = choice ?? (entry.status === 'conflict' ? 'keep' : 'theirs');
  const choosable = entry.status === 'conflict' || entry.status === 'changed';
  const keepLabel =
    entry.status === 'changed'
      ? t('kit.choice.keep')
      : entry.kind === 'trollNote'
        ? t('kit.choice.keepMerge')
        : t('kit.choice.keepCopy');
  return (
    <tr data-kind={entry.kind} data-status={entry.status}>
      <td>{t(`kit.kind.${entry.kind}`)}</td>
      <td>{entry.name}</td>
      <td>
        {status}
        {why ? ` (${why})` : ''}
      </td>
      <td>
        {choosable ? (
          <>
            <label class="visually-hidden" for={selectId}>
              {t('kit.choice.label', { name: entry.name })}
            </label>
            <select
              id={selectId}
              value={current}
              disabled={disabled}
              onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value as Choice)}
            >
              <option value="keep">{keepLabel}</option>
              <option value="theirs">
                {entry.status === 'changed' ? t('kit.choice.update') : t('kit.choice.theirs')}
              </option>
            </select>
          </>
        ) : (
          t(`kit.action.${entry.action}`)
        )}
      </td>
    </tr>
  );
}
