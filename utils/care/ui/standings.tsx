// Advocates and detractors in the side panel, live from the database: who they are, on which platform,
// their counts over the window ("3 praises in 30 days, answered 2"), their last messages with "Go to
// it", and the CM's note on the author. The note goes through the trolls' `authors.label` route, which
// also sets the labels: the current labels are read again right before saving so none is wiped.
import { useEffect, useId, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { pageDb } from '../../../components/db';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import { platformName } from '../../platforms/descriptor-data';
import type { MessageKey } from '../../i18n/translate';
import { labelText, NOTE_MAX } from '../../trolls/core/author-memory';
import { STANDING_DAYS } from '../core/standing';
import { loadStandings, type StandingRow } from '../standings-repo';

const TEXT_SHOWN = 200;

function useWhen() {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (ms: number) => format.format(ms);
}

/** The author's note, saved with the labels they already have. */
function NoteForm({ row, announce }: { row: StandingRow; announce: Announce }) {
  const { t, reason } = useI18n();
  const [draft, setDraft] = useState(row.note);
  const [busy, setBusy] = useState(false);
  // A note saved elsewhere (the page's author card, another panel) shows here unless one is being typed.
  const [base, setBase] = useState(row.note);
  useEffect(() => {
    if (row.note !== base) {
      if (draft === base) setDraft(row.note);
      setBase(row.note);
    }
  }, [row.note]);
  const id = useId();
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const current = await pageDb().authors.get(row.authorKey);
      const saved = current
        ? await send('authors.label', { key: row.authorKey, labels: current.labels ?? [], note: draft })
        : null;
      if (!saved) throw new Error('no author');
      announce({ kind: 'ok', text: t('care.standing.noteSaved', { name: row.name }) });
    } catch (error) {
      const why = error instanceof Error && error.message === 'no author' ? t('care.standing.noAuthor') : reason(error);
      announce({ kind: 'error', text: t('care.standing.noteFailed', { name: row.name, reason: why }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="standing-note" onSubmit={(e) => void save(e)}>
      <label for={id}>{t('care.standing.note', { name: row.name })}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX}
        value={draft}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <p class="hint" id={`${id}-hint`}>
        {t('care.standing.noteHint')}
      </p>
      <button type="submit" disabled={busy || draft === row.note}>
        {t('care.standing.saveNote')}
      </button>
    </form>
  );
}

function StandingCard({ row, announce }: { row: StandingRow; announce: Announce }) {
  const { t, lang, reason } = useI18n();
  const when = useWhen();
  const s = row.standing;
  const advocate = s.kind === 'advocate';
  const counts = t(advocate ? 'care.standing.advocateCounts' : 'care.standing.detractorCounts', {
    count: advocate ? s.positives : s.negatives,
    days: s.days,
    answered: s.answered,
  });
  const other = advocate ? s.negatives : s.positives;
  const open = async (key: string) => {
    try {
      const { opened } = await send('items.open', { key });
      announce({ kind: opened === 'none' ? 'error' : 'ok', text: t(`inbox.opened.${opened}`) });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    }
  };
  const headingId = useId();
  return (
    <li class={`standing standing-${s.kind}`} data-author-key={row.authorKey} aria-labelledby={headingId}>
      <p class="standing-head" id={headingId}>
        <strong class="author">{row.name}</strong>
        {row.handle && row.handle !== row.name ? <span class="handle"> ({row.handle})</span> : null} ·{' '}
        <span class="platform">{platformName(row.platform)}</span>
      </p>
      <p class="standing-counts">
        {counts}
        {other > 0 ? ` · ${t(`care.standing.otherSide.${s.kind}`, { count: other })}` : ''}
      </p>
      {row.labels.length > 0 ? (
        <p class="standing-labels">
          {t('care.standing.labels', { labels: row.labels.map((l) => labelText(l, lang)).join(', ') })}
        </p>
      ) : null}
      <ul class="standing-messages" aria-label={t('care.standing.lastMessages', { name: row.name })}>
        {row.last.map((m) => {
          const at = when(m.postedAt ?? m.firstSeenAt);
          return (
            <li key={m.key} data-item-key={m.key}>
              <p class="item-head">
                <time dateTime={new Date(m.postedAt ?? m.firstSeenAt).toISOString()}>{at}</time> ·{' '}
                <span class="intent">{t(`intent.${m.intent}` as MessageKey)}</span>
              </p>
              <p class="item-text">{m.text.length > TEXT_SHOWN ? `${m.text.slice(0, TEXT_SHOWN)}…` : m.text}</p>
              <button
                type="button"
                aria-label={t('care.standing.openLabel', { name: row.name, when: at })}
                onClick={() => void open(m.key)}
              >
                {t('care.standing.open')}
              </button>
            </li>
          );
        })}
      </ul>
      <NoteForm row={row} announce={announce} />
    </li>
  );
}

function StandingList(props: {
  kind: 'advocate' | 'detractor';
  rows: StandingRow[];
  more: number;
  announce: Announce;
}) {
  const { t } = useI18n();
  const advocate = props.kind === 'advocate';
  const headingId = `care-${props.kind}s-heading`;
  return (
    <section class={`care-${props.kind}s`} aria-labelledby={headingId} data-testid={`care-${props.kind}s`}>
      <h4 id={headingId}>
        {t(advocate ? 'care.standing.advocates' : 'care.standing.detractors')} ({props.rows.length + props.more})
      </h4>
      {props.rows.length === 0 ? (
        <p class="empty">
          {t(advocate ? 'care.standing.noAdvocates' : 'care.standing.noDetractors', { days: STANDING_DAYS })}
        </p>
      ) : (
        <ul class="standings">
          {props.rows.map((row) => (
            <StandingCard key={row.authorKey} row={row} announce={props.announce} />
          ))}
        </ul>
      )}
      {props.more > 0 ? <p class="note">{t('care.standing.more', { count: props.more })}</p> : null}
    </section>
  );
}

export function Standings({ announce, now }: { announce: Announce; now?: number }) {
  const { t } = useI18n();
  // The window ends now at each read (or at the given time, for tests); the lists follow every write.
  const data = useLiveQuery(() => loadStandings(pageDb(), now ?? Date.now()), [now]);
  return (
    <section class="care-standings" aria-labelledby="care-standings-heading">
      <h3 id="care-standings-heading">{t('care.standing.heading')}</h3>
      <p class="hint">{t('care.standing.intro', { days: STANDING_DAYS })}</p>
      {data.status === 'loading' ? (
        <p>{t('common.loading')}</p>
      ) : data.status === 'error' ? (
        <p class="error">{t('common.readError', { message: String(data.error) })}</p>
      ) : (
        <>
          <StandingList
            kind="advocate"
            rows={data.value.advocates}
            more={data.value.more.advocates}
            announce={announce}
          />
          <StandingList
            kind="detractor"
            rows={data.value.detractors}
            more={data.value.more.detractors}
            announce={announce}
          />
        </>
      )}
    </section>
  );
}
