// The brand kit's import: a file or a paste, Preview, then the plan (counts, a row per change with
// a choice per conflict) and Apply; a refused kit lists its issues with the field at fault.
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { KitIssue } from '../core/document';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { Busy } from '../../../components/use-busy';
import { issueText, type KitApi } from './kit-api';
import { PlanTable } from './kit-plan';
import { useKitImport } from './use-kit-import';

export function KitImport({ api, announce, busy }: { api: KitApi; announce: Announce; busy: Busy }) {
  const { t } = useI18n();
  const ids = { file: useId(), paste: useId() };
  const kit = useKitImport(api, announce, busy);
  const { plan } = kit;
  return (
    <fieldset>
      <legend>{t('kit.import.heading')}</legend>
      <div class="field">
        <label for={ids.file}>{t('kit.import.file')}</label>
        <input
          id={ids.file}
          ref={kit.fileInput}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void kit.pickFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </div>
      <div class="field">
        <label for={ids.paste}>{t('kit.import.paste')}</label>
        <textarea
          id={ids.paste}
          rows={4}
          spellcheck={false}
          value={kit.pasted}
          onInput={(e) => kit.paste((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="actions">
        <button type="button" disabled={busy.busy} onClick={() => void kit.preview()}>
          {t('kit.import.preview')}
        </button>
      </div>
      {kit.issues.length > 0 && <Issues issues={kit.issues} />}
      {plan && (
        <div class="kit-plan" data-testid="kit-plan">
          <p class="counts">{t('kit.import.counts', plan.counts)}</p>
          <PlanTable plan={plan} choices={kit.choices} disabled={busy.busy} onChoose={kit.choose} />
          <div class="actions">
            <button type="button" disabled={busy.busy} onClick={() => void kit.apply()}>
              {t('kit.import.apply')}
            </button>
            <button type="button" disabled={busy.busy} onClick={kit.reset}>
              {t('kit.import.cancel')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}

/** Why the kit was refused, one issue a line. */
function Issues({ issues }: { issues: KitIssue[] }) {
  const i18n = useI18n();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  // A refused kit's list takes focus, so a keyboard or screen reader user lands on what to fix.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [issues]);
  return (
    <div class="error kit-issues" id={id} ref={ref} tabIndex={-1} data-testid="kit-issues">
      <p>{i18n.t('kit.import.invalid')}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{issueText(i18n, issue)}</li>
        ))}
      </ul>
    </div>
  );
}
