// An inbox card's correction of what Tact read in a mention: its intent and its sentiment, two selects
// (keyboard-usable as they are). Each change goes to the background (items.correct); the status region
// says what was saved, or why not and the select goes back. A corrected card says what Tact read.
import { useId } from 'preact/hooks';
import type { StoredItem } from '../../db/schema';
import { INTENTS, type Intent } from '../core/intent';
import { SENTIMENT_LABELS, sentimentLabel, type Correction, type SentimentLabel } from '../core/correction';
import { send } from '../../messaging/client';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';

type Field = 'intent' | 'sentiment';

export function CorrectionControls({
  item,
  correction,
  announce,
}: {
  item: StoredItem;
  correction: Correction | null;
  announce: Announce;
}) {
  const { t, reason } = useI18n();
  const id = useId();
  const current: Record<Field, string> = { intent: item.intent, sentiment: sentimentLabel(item.sentiment) };
  const valueText = (field: Field, value: string) =>
    field === 'intent' ? t(`intent.${value as Intent}`) : t(`sentiment.${value as SentimentLabel}`);
  const fieldText = (field: Field) => t(field === 'intent' ? 'correct.intent' : 'correct.sentiment');

  async function change(field: Field, select: HTMLSelectElement) {
    const value = select.value;
    try {
      const request =
        field === 'intent'
          ? { key: item.key, intent: value as Intent }
          : { key: item.key, sentiment: value as SentimentLabel };
      const r = await send('items.correct', request);
      if (!r.found) throw new Error(t('correct.notFound'));
      // No model value left for the field: the CM chose Tact's own reading again.
      const undone = r.original[field] === null;
      const text = t(undone ? 'correct.undone' : 'correct.saved', {
        field: fieldText(field),
        value: valueText(field, value),
      });
      announce({ kind: 'ok', text });
    } catch (error) {
      // Nothing re-renders when nothing was saved: the control must not show a value that is not stored.
      select.value = current[field];
      announce({ kind: 'error', text: t('correct.failed', { reason: reason(error) }) });
    }
  }

  const select = (field: Field, options: readonly string[]) => (
    <div class="field">
      <label for={`${id}-${field}`}>{fieldText(field)}</label>
      <select
        id={`${id}-${field}`}
        value={current[field]}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void change(field, e.currentTarget)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {valueText(field, o)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset class="correction" data-corrected={correction ? 'true' : undefined}>
      <legend>{t('correct.legend')}</legend>
      {select('intent', INTENTS)}
      {select('sentiment', SENTIMENT_LABELS)}
      <p class="note" id={`${id}-hint`}>
        {t('correct.hint')}
      </p>
      {correction ? <p class="corrected">{noteText(correction, t, valueText)}</p> : null}
    </fieldset>
  );
}

/** "Corrected by Marie. Tact read: Question, Neutral." (only the fields corrected). */
function noteText(
  c: Correction,
  t: ReturnType<typeof useI18n>['t'],
  valueText: (field: Field, value: string) => string,
): string {
  const read: string[] = [];
  if (c.intent !== undefined && c.original.intent) read.push(valueText('intent', c.original.intent));
  if (c.sentiment !== undefined && c.original.sentiment !== undefined)
    read.push(valueText('sentiment', sentimentLabel(c.original.sentiment)));
  const values = read.join(', ');
  return c.by ? t('correct.note', { by: c.by, values }) : t('correct.noteAnon', { values });
}
