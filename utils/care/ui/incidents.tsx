// The side panel's incidents, live from the database: the open ones and those of the last 7 days,
// each with why it is one, its mentions per 10 minutes (a table, read out as numbers), its mentions
// with their status and who handled them, the brand's holding statements (Copy, tone check), the
// checklist (ticks timed, with who), and "Close with a post-mortem". "Declare an incident" on top.
// Every change goes through the background (care.incident.*).
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { pageDb } from '../../../components/db';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import { platformName } from '../../platforms/descriptor-data';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import type { MessageKey } from '../../i18n/translate';
import { explainIncident, incidentTimeline, statementProblems, statementToCopy } from '../core/crisis';
import { whyText } from '../core/crisis-text';
import { loadIncidents, type IncidentRow } from '../crisis-repo';
import type { HoldingStatement } from '../core/crisis-kit';
import type { ToneProfile } from '../../tone/core/profile';

const TEXT_SHOWN = 200;
const ITEMS_SHOWN = 30;

function useFormat() {
  const { lang } = useI18n();
  const full = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
  return { when: (ms: number) => full.format(ms), time: (ms: number) => time.format(ms) };
}

const platformLabel = (p: string) => ((PLATFORMS as readonly string[]).includes(p) ? platformName(p as Platform) : p);

function Declare({ announce }: { announce: Announce }) {
  const { t, reason } = useI18n();
  const brands = useLiveQuery(() => pageDb().brands.orderBy('name').toArray(), []);
  const [picked, setPicked] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (brands.status !== 'ok') return null;
  const own = brands.value.filter((b) => !b.competitor);
  if (own.length === 0) return <p class="empty">{t('crisis.declare.noBrand')}</p>;
  const brand = own.find((b) => b.id === picked) ?? own[0]!;
  const declare = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const before = await pageDb()
        .incidents.where('brandId')
        .equals(brand.id)
        .filter((i) => i.end === null)
        .count();
      await send('care.incident.declare', { brandId: brand.id, note });
      setNote('');
      announce({
        kind: 'ok',
        text: t(before > 0 ? 'crisis.declare.already' : 'crisis.declare.done', { brand: brand.name }),
      });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="incident-declare" onSubmit={(e) => void declare(e)} aria-labelledby="incident-declare-heading">
      <h4 id="incident-declare-heading">{t('crisis.declare.heading')}</h4>
      {own.length > 1 && (
        <p>
          <label for="incident-declare-brand">{t('crisis.declare.brand')}</label>{' '}
          <select
            id="incident-declare-brand"
            value={brand.id}
            onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}
          >
            {own.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <p>
        <label for="incident-declare-note">{t('crisis.declare.note')}</label>
        <textarea
          id="incident-declare-note"
          rows={2}
          maxLength={2000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </p>
      <button type="submit" disabled={busy}>
        {t('crisis.declare.submit')}
      </button>
    </form>
  );
}

function Timeline({ row, now, id }: { row: IncidentRow; now: number; id: string }) {
  const { t } = useI18n();
  const { time } = useFormat();
  const { incident } = row;
  const buckets = incidentTimeline(row.items, incident.start, incident.end ?? Math.max(now, incident.start));
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return (
    <table class="incident-timeline" data-testid="incident-timeline">
      <caption id={`${id}-timeline`}>{t('crisis.timeline.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('crisis.timeline.time')}</th>
          <th scope="col">{t('crisis.timeline.count')}</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.from}>
            <th scope="row">
              <time dateTime={new Date(b.from).toISOString()}>{time(b.from)}</time>
            </th>
            <td>
              {b.count}{' '}
              <span
                class="bar"
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  height: '0.6em',
                  width: `${(b.count / max) * 6}em`,
                  background: 'currentColor',
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Items({ row, announce }: { row: IncidentRow; announce: Announce }) {
  const { t, reason } = useI18n();
  const { when } = useFormat();
  const open = async (key: string) => {
    try {
      const { opened } = await send('items.open', { key });
      announce({ kind: opened === 'none' ? 'error' : 'ok', text: t(`inbox.opened.${opened}`) });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    }
  };
  const items = [...row.items].sort((a, b) => b.firstSeenAt - a.firstSeenAt);
  return (
    <details class="incident-items">
      <summary>{t('crisis.items.heading', { n: items.length })}</summary>
      <ul>
        {items.slice(0, ITEMS_SHOWN).map((i) => {
          const who = [
            i.statusBy
              ? t('crisis.items.handledBy', { status: t(`status.${i.status}` as MessageKey), by: i.statusBy })
              : '',
            i.repliedBy || i.answeredBy ? t('crisis.items.answeredBy', { by: (i.repliedBy || i.answeredBy)! }) : '',
          ].filter(Boolean);
          return (
            <li key={i.key} data-item-key={i.key}>
              <p class="item-head">
                <time dateTime={new Date(i.firstSeenAt).toISOString()}>{when(i.firstSeenAt)}</time> ·{' '}
                {platformLabel(i.platform)} · {t(`intent.${i.intent}` as MessageKey)} ·{' '}
                <span class="status">
                  {who.length > 0
                    ? who.join(', ')
                    : `${t(`status.${i.status}` as MessageKey)} (${t('crisis.items.nobody')})`}
                </span>
              </p>
              <p class="item-text">{i.text.length > TEXT_SHOWN ? `${i.text.slice(0, TEXT_SHOWN)}…` : i.text}</p>
              <button type="button" onClick={() => void open(i.key)}>
                {t('crisis.items.open')}
              </button>
            </li>
          );
        })}
      </ul>
      {items.length > ITEMS_SHOWN && <p class="note">{t('crisis.items.more', { n: items.length - ITEMS_SHOWN })}</p>}
    </details>
  );
}

function Statement(props: { s: HoldingStatement; brandName: string; profile?: ToneProfile; announce: Announce }) {
  const { s, profile, announce } = props;
  const { t, lang } = useI18n();
  const problems = profile ? statementProblems(s.body, profile, s.language) : [];
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(statementToCopy(s.body, props.brandName));
      announce({ kind: 'ok', text: t('crisis.holding.copied', { title: s.title }) });
    } catch {
      announce({ kind: 'error', text: t('crisis.holding.copyFailed') });
    }
  };
  return (
    <li data-statement-id={s.id}>
      <p>
        <strong>{s.title}</strong> ({t(`crisis.kit.lang.${s.language}`)})
      </p>
      <p class="statement-body">{s.body}</p>
      {profile && (
        <p class={problems.length ? 'tone-issues' : 'tone-ok'}>
          {problems.length ? t('crisis.tone.issues', { n: problems.length }) : t('crisis.tone.ok')}
        </p>
      )}
      {problems.length > 0 && (
        <ul class="tone-problems">
          {problems.map((p, n) => (
            <li key={n}>{p.message[lang]}</li>
          ))}
        </ul>
      )}
      <button type="button" aria-label={t('crisis.holding.copyNamed', { title: s.title })} onClick={() => void copy()}>
        {t('crisis.holding.copy')}
      </button>
    </li>
  );
}

function Checklist({ row, announce }: { row: IncidentRow; announce: Announce }) {
  const { t, reason } = useI18n();
  const { time } = useFormat();
  // What the CM just asked for, shown until the database has it (the live query), or the request failed.
  const [pending, setPending] = useState<{ id: string; done: boolean } | null>(null);
  const ticks = new Map((row.incident.checks ?? []).map((c) => [c.id, c]));
  // The brand's checklist, then steps ticked on this incident that have left it since (kept, with their tick).
  const listed = row.brand?.crisisChecklist ?? [];
  const steps = [...listed, ...[...ticks.values()].filter((c) => !listed.some((s) => s.id === c.id))];
  const shown = pending !== null && ticks.has(pending.id) === pending.done;
  useEffect(() => {
    if (shown) setPending(null);
  }, [shown]);
  if (steps.length === 0)
    return <p class="empty">{t('crisis.checklist.none', { brand: row.brand?.name ?? row.incident.brandId })}</p>;
  const tick = async (id: string, label: string, done: boolean) => {
    setPending({ id, done });
    try {
      await send('care.incident.tick', { id: row.incident.id, checkId: id, done });
      announce({ kind: 'ok', text: t(done ? 'crisis.checklist.saved' : 'crisis.checklist.unticked', { label }) });
    } catch (error) {
      setPending(null);
      announce({ kind: 'error', text: reason(error) });
    }
  };
  return (
    <ul class="incident-checklist" data-testid="incident-checklist">
      {steps.map((s) => {
        const done = ticks.get(s.id);
        const inputId = `check-${row.incident.id}-${s.id}`;
        return (
          <li key={s.id} data-check-id={s.id}>
            <input
              type="checkbox"
              id={inputId}
              checked={pending?.id === s.id ? pending.done : done !== undefined}
              disabled={pending !== null}
              onChange={(e) => void tick(s.id, s.label, e.currentTarget.checked)}
            />{' '}
            <label for={inputId}>{s.label}</label>
            {done && (
              <span class="tick" data-testid="tick">
                {' '}
                (
                {done.by
                  ? t('crisis.checklist.ticked', { at: time(done.at), by: done.by })
                  : t('crisis.checklist.tickedNoName', { at: time(done.at) })}
                )
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function PostMortem({ row, announce }: { row: IncidentRow; announce: Announce }) {
  const { t, reason } = useI18n();
  const { incident } = row;
  const [draft, setDraft] = useState(incident.postmortem ?? '');
  const [busy, setBusy] = useState(false);
  const open = incident.end === null;
  const id = `postmortem-${incident.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!open && draft.trim() === '') return announce({ kind: 'error', text: t('crisis.postmortem.empty') });
    setBusy(true);
    try {
      await send('care.incident.close', { id: incident.id, postmortem: draft });
      announce({ kind: 'ok', text: t(open ? 'crisis.close.done' : 'crisis.postmortem.saved') });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="incident-close" onSubmit={(e) => void submit(e)}>
      <label for={id}>{t('crisis.close.label')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={4000}
        value={draft}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <p class="hint" id={`${id}-hint`}>
        {t('crisis.close.hint')}
      </p>
      <button type="submit" disabled={busy || (!open && draft.trim() === (incident.postmortem ?? ''))}>
        {t(open ? 'crisis.close.submit' : 'crisis.postmortem.save')}
      </button>
    </form>
  );
}

function IncidentCard({ row, now, announce }: { row: IncidentRow; now: number; announce: Announce }) {
  const { t, lang } = useI18n();
  const { when } = useFormat();
  const { incident, brand } = row;
  const brandName = brand?.name ?? incident.brandId;
  const id = `incident-${incident.id.replace(/[^\w-]/gu, '_')}`;
  const title =
    incident.end === null
      ? t('crisis.title.open', { brand: brandName, start: when(incident.start) })
      : t('crisis.title.closed', { brand: brandName, start: when(incident.start), end: when(incident.end) });
  const why = explainIncident(row.items, { exclude: brand ? [brand.name, ...brand.aliases] : [] });
  const origin = incident.manual
    ? incident.declaredBy
      ? t('crisis.declaredBy', { by: incident.declaredBy })
      : t('crisis.declaredByHand')
    : t('crisis.bySpike');
  const statements = brand?.holdingStatements ?? [];
  return (
    <li
      class={`incident ${incident.end === null ? 'incident-open' : 'incident-closed'}`}
      data-incident-id={incident.id}
      aria-labelledby={`${id}-title`}
    >
      <h4 id={`${id}-title`}>{title}</h4>
      <p class="incident-origin">
        {origin}
        {incident.closedBy ? ` · ${t('crisis.closedBy', { by: incident.closedBy })}` : ''}
      </p>
      {incident.note && <p class="incident-note">{t('crisis.note', { note: incident.note })}</p>}
      <h5>{t('crisis.why.heading')}</h5>
      {why.total === 0 ? (
        <p class="empty">{t('crisis.why.none')}</p>
      ) : (
        <>
          <p class="incident-why" data-testid="incident-why">
            {whyText(lang, why)}
          </p>
          <p class="examples-heading">{t('crisis.examples')}</p>
          <ul class="incident-examples">
            {why.examples.map((e) => (
              <li key={e.key}>
                {platformLabel(e.platform)}: {e.text}
              </li>
            ))}
          </ul>
          <Timeline row={row} now={now} id={id} />
          <Items row={row} announce={announce} />
        </>
      )}
      <h5>{t('crisis.holding.heading')}</h5>
      {statements.length === 0 ? (
        <p class="empty">{t('crisis.holding.none', { brand: brandName })}</p>
      ) : (
        <ul class="incident-statements">
          {statements.map((s) => (
            <Statement key={s.id} s={s} brandName={brandName} profile={row.profiles[s.language]} announce={announce} />
          ))}
        </ul>
      )}
      <h5>{t('crisis.checklist.heading')}</h5>
      <Checklist row={row} announce={announce} />
      <PostMortem key={`${incident.id}-${incident.postmortem ?? ''}`} row={row} announce={announce} />
    </li>
  );
}

export function Incidents({ announce, now }: { announce: Announce; now?: number }) {
  const { t } = useI18n();
  const data = useLiveQuery(
    async () => ({ rows: await loadIncidents(pageDb(), now ?? Date.now()), at: now ?? Date.now() }),
    [now],
  );
  return (
    <section class="care-incidents" aria-labelledby="care-incidents-heading" data-testid="care-incidents">
      <h3 id="care-incidents-heading">{t('crisis.heading')}</h3>
      {data.status === 'loading' ? (
        <p>{t('common.loading')}</p>
      ) : data.status === 'error' ? (
        <p class="error">{t('common.readError', { message: String(data.error) })}</p>
      ) : data.value.rows.length === 0 ? (
        <p class="empty">{t('crisis.empty')}</p>
      ) : (
        <ul class="incidents">
          {data.value.rows.map((row) => (
            <IncidentCard key={row.incident.id} row={row} now={data.value.at} announce={announce} />
          ))}
        </ul>
      )}
      <Declare announce={announce} />
    </section>
  );
}
