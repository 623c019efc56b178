// "My figures / The team's": the report page's switch between this device's report (the children)
// and the team's figures for the same period, read from the team server through the background
// (reports.team), under the local report's KPI names. Admins also get a CM-vs-CM table. Without team
// sync, for a viewer, or offline, it says so plainly instead of showing figures.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import { send } from '../../messaging/client';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import { platformName } from '../../platforms/descriptor-data';
import { dayNamer } from '../core/daily';
import type { Period } from '../core/types';
import type { TeamFigures as Figures, TeamReport } from '../../sync/core/reports-protocol';
import type { TeamReportAnswer } from '../team-routes';
import { formatCount, formatMinutes, formatShare } from './format';

export interface TeamFiguresProps {
  period: Period;
  /** The report's IANA zone: the team's days are local days. */
  tz: string;
  /** A brand's name from its id (the team's brands are synced); the id when unknown. */
  brandName?: (id: string) => string;
  /** This device's own report, shown under "My figures". */
  children?: ComponentChildren;
}

type Split = 'brand' | 'platform' | 'intent';
const INTENTS = ['question', 'complaint', 'praise', 'purchase_intent', 'urgent', 'other'];
type Loaded = { answer: TeamReportAnswer; byCm: TeamReport | null } | 'loading';

/** The local days [from, to) that cover a period (a partial last day counts). */
export function periodDays(period: Period, tz: string): { from: string; to: string } {
  const dayOf = dayNamer(tz);
  const last = dayOf(Math.max(period.from, period.to - 1));
  const next = new Date(Date.parse(`${last}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: dayOf(period.from), to: next };
}

export function TeamFigures({ period, tz, brandName, children }: TeamFiguresProps) {
  const { t } = useI18n();
  const [whose, setWhose] = useState<'mine' | 'team'>('mine');
  return (
    <section class="team-figures">
      <fieldset class="team-switch">
        <legend>{t('report.team.switch')}</legend>
        {(['mine', 'team'] as const).map((w) => (
          <label key={w}>
            <input type="radio" name="report-whose" value={w} checked={whose === w} onChange={() => setWhose(w)} />{' '}
            {t(w === 'mine' ? 'report.team.mine' : 'report.team.team')}
          </label>
        ))}
      </fieldset>
      {whose === 'mine' ? children : <TeamView period={period} tz={tz} brandName={brandName ?? ((id) => id)} />}
    </section>
  );
}

function useTeamReport(from: string, to: string, split: Split, attempt: number): Loaded {
  const [loaded, setLoaded] = useState<Loaded>('loading');
  useEffect(() => {
    let live = true;
    setLoaded('loading');
    void (async () => {
      let answer: TeamReportAnswer;
      try {
        answer = await send('reports.team', { from, to, by: split });
      } catch {
        answer = { state: 'offline' };
      }
      let byCm: TeamReport | null = null;
      if (answer.state === 'ok' && answer.role === 'admin') {
        const cm = await send('reports.team', { from, to, by: 'cm' }).catch(() => null);
        byCm = cm?.state === 'ok' ? cm.report : null;
      }
      if (live) setLoaded({ answer, byCm });
    })();
    return () => {
      live = false;
    };
  }, [from, to, split, attempt]);
  return loaded;
}

function TeamView({ period, tz, brandName }: { period: Period; tz: string; brandName: (id: string) => string }) {
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [split, setSplit] = useState<Split>('brand');
  const { from, to } = periodDays(period, tz);
  const loaded = useTeamReport(from, to, split, attempt);
  if (loaded === 'loading') return <p role="status">{t('report.team.loading')}</p>;
  const { answer, byCm } = loaded;
  if (answer.state !== 'ok') {
    const message =
      answer.state === 'off'
        ? t('report.team.off')
        : answer.state === 'forbidden'
          ? t('report.team.forbidden')
          : answer.state === 'offline'
            ? t('report.team.offline')
            : t('report.team.error', { code: answer.code });
    return (
      <div class="team-message" role="status">
        <p>{message}</p>
        {answer.state === 'offline' || answer.state === 'error' ? (
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('report.team.retry')}
          </button>
        ) : null}
      </div>
    );
  }
  const label = (key: string) =>
    split === 'brand'
      ? brandName(key)
      : split === 'platform'
        ? platformLabel(key)
        : INTENTS.includes(key)
          ? t(`intent.${key}` as MessageKey)
          : key;
  return (
    <div class="team-view">
      <h2>{t('report.team.heading')}</h2>
      {answer.report.total.mentions === 0 ? <p role="status">{t('report.team.empty')}</p> : null}
      <TeamTiles figures={answer.report.total} />
      {byCm && byCm.groups.length ? (
        <GroupTable caption={t('report.team.byCm')} head={t('report.team.cm')} report={byCm} label={(k) => k} />
      ) : null}
      <label class="team-split">
        {t('report.team.splitBy')}{' '}
        <select value={split} onChange={(e) => setSplit((e.target as HTMLSelectElement).value as Split)}>
          {(['brand', 'platform', 'intent'] as const).map((d) => (
            <option key={d} value={d}>
              {t(`report.team.split.${d}`)}
            </option>
          ))}
        </select>
      </label>
      {answer.report.groups.length ? (
        <GroupTable
          caption={t(`report.team.split.${split}`)}
          head={t(`report.team.split.${split}`)}
          report={answer.report}
          label={label}
        />
      ) : null}
      <p class="team-note">{t('report.team.note')}</p>
    </div>
  );
}

function platformLabel(id: string): string {
  return (PLATFORMS as readonly string[]).includes(id) ? platformName(id as Platform) : id;
}

function TeamTiles({ figures }: { figures: Figures }) {
  const { t, lang } = useI18n();
  const tiles: [string, string][] = [
    [t('report.kpi.mentions'), formatCount(lang, figures.mentions)],
    [t('report.kpi.responseRate'), formatShare(lang, figures.responseRate)],
    [t('report.kpi.medianMinutes'), formatMinutes(lang, t, figures.firstResponseMinutes.median)],
    [t('report.kpi.p90Minutes'), formatMinutes(lang, t, figures.firstResponseMinutes.p90)],
    [t('report.kpi.backlog'), formatCount(lang, figures.backlog)],
    [t('report.kpi.net'), formatShare(lang, figures.sentiment.net)],
  ];
  return (
    <dl class="team-tiles">
      {tiles.map(([name, value]) => (
        <div class="kpi-tile" key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function GroupTable(props: { caption: string; head: string; report: TeamReport; label: (key: string) => string }) {
  const { t, lang } = useI18n();
  return (
    <table class="team-groups">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col">{t('report.kpi.mentions')}</th>
          <th scope="col">{t('report.team.answered')}</th>
          <th scope="col">{t('report.kpi.responseRate')}</th>
          <th scope="col">{t('report.kpi.medianMinutes')}</th>
          <th scope="col">{t('report.kpi.p90Minutes')}</th>
          <th scope="col">{t('report.kpi.backlog')}</th>
        </tr>
      </thead>
      <tbody>
        {props.report.groups.map((g) => (
          <tr key={g.key}>
            <th scope="row">{g.key ? props.label(g.key) : t('report.team.unnamed')}</th>
            <td>{formatCount(lang, g.figures.mentions)}</td>
            <td>{formatCount(lang, g.figures.answered)}</td>
            <td>{formatShare(lang, g.figures.responseRate)}</td>
            <td>{formatMinutes(lang, t, g.figures.firstResponseMinutes.median)}</td>
            <td>{formatMinutes(lang, t, g.figures.firstResponseMinutes.p90)}</td>
            <td>{formatCount(lang, g.figures.backlog)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
