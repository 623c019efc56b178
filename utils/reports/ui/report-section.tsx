// One section of a template, by id (core/templates.ts lists them): its heading and its content.
// The CM's reading ('notes') is drawn by the page itself.
import type { JSX } from 'preact';
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import type { Recommendation, Report, SectionId } from '../core/types';
import type { SectionCtx } from './section-ctx';
import { Heatmaps, Sentiment, ShareOfVoice, TopTopics, Volume } from './sections-charts';
import { Advocates, CoverageSection, Engagement, Moderation, ReplyQualitySection, Trends } from './sections-more';
import { Backlog, Incidents, Responsiveness, SlaMisses, Waiting } from './sections-ops';
import { Recommendations, Risks } from './sections-advice';

type Props = { ctx: SectionCtx; report: Report; advice: readonly Recommendation[] };

const CONTENT: Record<Exclude<SectionId, 'notes'>, (p: Props) => JSX.Element> = {
  backlog: (p) => <Backlog {...p} />,
  waiting: (p) => <Waiting {...p} />,
  slaMisses: (p) => <SlaMisses {...p} />,
  incidents: (p) => <Incidents {...p} />,
  volume: (p) => <Volume {...p} />,
  sentiment: (p) => <Sentiment {...p} />,
  responsiveness: (p) => <Responsiveness {...p} />,
  heatmaps: (p) => <Heatmaps {...p} />,
  moderation: (p) => <Moderation report={p.report} />,
  replyQuality: (p) => <ReplyQualitySection report={p.report} />,
  coverage: (p) => <CoverageSection report={p.report} />,
  topTopics: (p) => <TopTopics {...p} />,
  trends: (p) => <Trends ctx={p.ctx} />,
  risks: (p) => <Risks ctx={p.ctx} list={p.advice} />,
  shareOfVoice: (p) => <ShareOfVoice {...p} />,
  engagement: (p) => <Engagement report={p.report} />,
  advocates: (p) => <Advocates {...p} />,
  recommendations: (p) => <Recommendations ctx={p.ctx} list={p.advice} />,
};

export function ReportSection(props: Props & { id: Exclude<SectionId, 'notes'> }) {
  const { t } = useI18n();
  const headingId = `report-section-${props.id}`;
  return (
    <section class={`report-section section-${props.id}`} aria-labelledby={headingId} data-section={props.id}>
      <h2 id={headingId}>{t(`report.section.${props.id}` as MessageKey)}</h2>
      {CONTENT[props.id](props)}
    </section>
  );
}
