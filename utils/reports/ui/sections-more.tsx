// The remaining sections: moderation, reply quality, coverage, engagement mix, advocates and
// detractors, and trends (every KPI now, before and a year earlier).
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import { platformName } from '../../platforms/descriptor-data';
import type { Platform } from '../../platforms/ids';
import type { AuthorFigure, KpiId, Report } from '../core/types';
import { formatCount, formatShare } from './format';
import { useKpiFormat } from './kpi-tiles';
import type { SectionCtx } from './section-ctx';
import { DrillButton } from './sections-ops';
import { ClauseTable } from './charter-table';

export function Moderation({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const m = report.moderation;
  return (
    <>
      <p>
        {t('report.moderation.line', {
          flags: formatCount(lang, m.flags),
          confirmed: formatCount(lang, m.confirmed),
          dismissed: formatCount(lang, m.dismissed),
          labelled: formatCount(lang, m.authorsLabelled),
        })}
      </p>
      <p>{t('report.corrections.line', { total: formatCount(lang, report.corrections.total) })}</p>
      <ClauseTable rows={report.moderationByClause ?? []} />
    </>
  );
}

export function ReplyQualitySection({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const q = report.replyQuality;
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  return (
    <p>
      {t('report.quality.line', {
        replies: formatCount(lang, q.replies),
        issues: q.issuesPerReply === null ? '—' : nf.format(q.issuesPerReply),
        snippets: formatShare(lang, q.snippetShare),
      })}
    </p>
  );
}

export function CoverageSection({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const platforms = Object.keys(report.coverage.pages).sort();
  if (platforms.length === 0) return <p class="empty">{t('report.none')}</p>;
  return (
    <ul>
      {platforms.map((p) => (
        <li key={p}>
          {t('report.coverage.line', {
            platform: platformName(p as Platform),
            pages: formatCount(lang, report.coverage.pages[p] ?? 0),
            problems: formatCount(lang, report.coverage.problems[p] ?? 0),
          })}
        </li>
      ))}
    </ul>
  );
}

const MIX = ['reactions', 'commenters', 'creators'] as const;

export function Engagement({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const e = report.engagement;
  const rows: Array<[string, readonly (number | null)[]]> = [
    [t('report.title'), MIX.map((k) => e.shares?.[k] ?? null)],
    ['90-9-1', e.references['90-9-1']],
    ['55-30-15', e.references['55-30-15']],
  ];
  return (
    <>
      <table class="engagement">
        <caption>{t('report.chart.engagement')}</caption>
        <thead>
          <tr>
            <td />
            {MIX.map((k) => (
              <th key={k} scope="col">
                {t(`report.engagement.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, values]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {values.map((v, i) => (
                <td key={MIX[i]} class="num">
                  {v === null ? '—' : formatShare(lang, v > 1 ? v / 100 : v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t(e.note as MessageKey)}</p>
    </>
  );
}

function AuthorList({ ctx, title, rows }: { ctx: SectionCtx; title: string; rows: AuthorFigure[] }) {
  const { t, lang } = useI18n();
  return (
    <div>
      <h3>{title}</h3>
      {rows.length === 0 ? <p class="empty">{t('report.none')}</p> : null}
      <ol>
        {rows.map((a) => {
          const name = a.author.replace(/^[^:]*:/, '');
          return (
            <li key={a.author}>
              <DrillButton label={title} onClick={() => ctx.drill({ kind: 'author', value: a.author }, name)}>
                {name} ({formatCount(lang, a.count)} / {formatCount(lang, a.mentions)})
              </DrillButton>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function Advocates({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t } = useI18n();
  return (
    <div class="two-columns">
      <AuthorList ctx={ctx} title={t('report.advocates')} rows={report.advocates} />
      <AuthorList ctx={ctx} title={t('report.detractors')} rows={report.detractors} />
    </div>
  );
}

const TREND_KPIS: KpiId[] = [
  'mentions',
  'uniqueAuthors',
  'net',
  'responseRate',
  'medianMinutes',
  'backlog',
  'incidents',
];

export function Trends({ ctx }: { ctx: SectionCtx }) {
  const { t } = useI18n();
  const format = useKpiFormat();
  const { vsPrevious, vsYear } = ctx.reports;
  return (
    <table class="trends">
      <caption>{t('report.section.trends')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('report.trend.current')}</th>
          <th scope="col">{t('report.trend.previous')}</th>
          {vsYear ? <th scope="col">{t('report.trend.year')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {TREND_KPIS.map((id) => (
          <tr key={id}>
            <th scope="row">{t(`report.kpi.${id}` as MessageKey)}</th>
            <td class="num">{format(id, vsPrevious[id]?.current ?? null)}</td>
            <td class="num">{format(id, vsPrevious[id]?.previous ?? null)}</td>
            {vsYear ? <td class="num">{format(id, vsYear[id]?.previous ?? null)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
