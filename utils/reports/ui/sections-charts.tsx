// The sections drawn as charts: volume by platform, brand, intent and language, sentiment, share of
// voice, the two hour × weekday heatmaps, and the top topics. A click (or Enter) drills down.
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import { platformName } from '../../platforms/descriptor-data';
import type { Platform } from '../../platforms/ids';
import type { Counts, DrillSelector, Report } from '../core/types';
import { ReportChart, type ChartSpec } from './chart';
import { Heatmap } from './heatmap';
import { formatCount } from './format';
import type { SectionCtx } from './section-ctx';
import { DrillButton } from './sections-ops';

type CountKind = 'platform' | 'brand' | 'intent' | 'lang';

function sorted(counts: Counts): Array<[string, number]> {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function CountsChart(props: { ctx: SectionCtx; id: string; title: string; kind: CountKind; counts: Counts }) {
  const { t } = useI18n();
  const entries = sorted(props.counts);
  const label = (key: string) => {
    if (props.kind === 'platform') return platformName(key as Platform);
    if (props.kind === 'brand') return props.ctx.brandName(key);
    if (props.kind === 'intent') return t(`intent.${key}` as MessageKey);
    return key === 'fr' || key === 'en' ? t(`report.lang.${key}`) : t('report.lang.unknown');
  };
  const spec: ChartSpec = {
    id: props.id,
    title: props.title,
    kind: 'bar',
    labels: entries.map(([k]) => label(k)),
    values: entries.map(([, n]) => n),
  };
  const select = (i: number) => {
    const [key] = entries[i] ?? [];
    if (key !== undefined) props.ctx.drill({ kind: props.kind, value: key }, `${props.title}: ${spec.labels[i]}`);
  };
  return <ReportChart spec={spec} onSelect={select} />;
}

export function Volume({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t } = useI18n();
  return (
    <div class="chart-grid">
      <CountsChart
        ctx={ctx}
        id="by-platform"
        kind="platform"
        title={t('report.chart.byPlatform')}
        counts={report.byPlatform}
      />
      <CountsChart ctx={ctx} id="by-brand" kind="brand" title={t('report.chart.byBrand')} counts={report.byBrand} />
      <CountsChart ctx={ctx} id="by-intent" kind="intent" title={t('report.chart.byIntent')} counts={report.byIntent} />
      <CountsChart ctx={ctx} id="by-lang" kind="lang" title={t('report.chart.byLang')} counts={report.byLang} />
    </div>
  );
}

const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;

export function Sentiment({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t } = useI18n();
  const title = t('report.chart.sentiment');
  const spec: ChartSpec = {
    id: 'sentiment',
    title,
    kind: 'doughnut',
    labels: SENTIMENTS.map((s) => t(`report.sentiment.${s}`)),
    values: SENTIMENTS.map((s) => report.sentiment[s]),
    colors: ['#009E73', '#999999', '#D55E00'],
  };
  const select = (i: number) => {
    const value = SENTIMENTS[i];
    if (value) ctx.drill({ kind: 'sentiment', value }, `${title}: ${spec.labels[i]}`);
  };
  return <ReportChart spec={spec} onSelect={select} />;
}

export function ShareOfVoice({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t } = useI18n();
  const title = t('report.chart.shareOfVoice');
  const rows = report.shareOfVoice;
  if (rows.length === 0) return <p class="empty">{t('report.none')}</p>;
  const spec: ChartSpec = {
    id: 'share-of-voice',
    title,
    kind: 'doughnut',
    labels: rows.map((r) => ctx.brandName(r.brandId)),
    values: rows.map((r) => r.mentions),
  };
  const select = (i: number) => {
    const row = rows[i];
    if (row) ctx.drill({ kind: 'brand', value: row.brandId }, `${title}: ${spec.labels[i]}`);
  };
  return <ReportChart spec={spec} onSelect={select} />;
}

export function Heatmaps({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t } = useI18n();
  const drill = (chart: 'mentions' | 'replies', weekday: number, hour: number) => {
    const selector: DrillSelector = { kind: 'heatmap', chart, weekday, hour };
    const title = t(chart === 'mentions' ? 'report.heatmap.mentions' : 'report.heatmap.replies');
    ctx.drill(selector, `${title}: ${hour}:00`);
  };
  return (
    <>
      <Heatmap
        id="mentions"
        title={t('report.heatmap.mentions')}
        grid={report.heatmaps.mentions}
        onSelect={(d, h) => drill('mentions', d, h)}
      />
      <Heatmap
        id="replies"
        title={t('report.heatmap.replies')}
        grid={report.heatmaps.replies}
        onSelect={(d, h) => drill('replies', d, h)}
      />
    </>
  );
}

export function TopTopics({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t, lang } = useI18n();
  if (report.topTopics.length === 0) return <p class="empty">{t('report.none')}</p>;
  return (
    <ol class="topics">
      {report.topTopics.map((topic) => (
        <li key={topic.term}>
          <DrillButton label={topic.term} onClick={() => ctx.drill({ kind: 'topic', value: topic.term }, topic.term)}>
            {topic.term} ({formatCount(lang, topic.count)})
          </DrillButton>
        </li>
      ))}
    </ol>
  );
}
