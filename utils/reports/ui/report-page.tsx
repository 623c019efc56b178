// The report page: the period and filters, the template tabs, and the chosen template's KPI tiles and
// sections computed by the core, the CM's reading, exports, drill-down and the report settings.
import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { StatusRegion, useStatus } from '../../../components/status';
import type { Settings } from '../../settings/core/schema';
import { itemsFor } from '../core/drill';
import { PERIOD_KINDS, periodFor } from '../core/period';
import { resolveZone } from '../core/tz';
import { recommendations } from '../core/recommend';
import { TEMPLATES, TEMPLATE_PERIOD } from '../core/templates';
import type { DrillSelector, KpiId, PeriodKind, ReportInput, TemplateId } from '../core/types';
import { Filters, PeriodLine, PeriodPicker } from './controls';
import { DrillList, type Drill } from './drill-list';
import { KpiTiles } from './kpi-tiles';
import { ReportNotes } from './report-notes';
import { ReportSection } from './report-section';
import { ReportSettingsForm } from './report-settings';
import type { SectionCtx } from './section-ctx';
import { TEMPLATE_IDS, TemplateTabs } from './template-tabs';
import { useReportInput, useReports, useSettings, type ReportView } from './use-report';
import { ReportExports } from './exports';
import { BackupRestore } from './backup';
import { TeamFigures } from './team-figures';

const KPIS: Record<TemplateId, readonly KpiId[]> = {
  weekly: ['backlog', 'slaMisses', 'responseRate', 'medianMinutes', 'mentions', 'incidents'],
  monthly: [
    'mentions',
    'uniqueAuthors',
    'newAuthors',
    'net',
    'responseRate',
    'medianMinutes',
    'p90Minutes',
    'withinTarget',
    'flags',
    'afterHoursShare',
  ],
  strategic: ['mentions', 'newAuthors', 'net', 'responseRate', 'withinTarget', 'incidents'],
};

export function initialView(search: string, now: number, tz: string): ReportView {
  const params = new URLSearchParams(search);
  const asked = params.get('template') as TemplateId | null;
  const template = asked && TEMPLATE_IDS.includes(asked) ? asked : 'weekly';
  const asKind = params.get('period') as PeriodKind | null;
  const kind = asKind && PERIOD_KINDS.includes(asKind) && asKind !== 'custom' ? asKind : TEMPLATE_PERIOD[template];
  // ?previous=1: the period before the current one (the reminder opens last week's report).
  const anchor = params.get('previous') === '1' ? periodFor(kind, now, tz).from - 1 : now;
  return { template, kind, anchor, custom: null, filters: {} };
}

function Report({ input, settings, search }: { input: ReportInput; settings: Settings; search: string }) {
  const { t } = useI18n();
  const [now] = useState(() => Date.now());
  const [view, setView] = useState(() => initialView(search, now, resolveZone(settings.reports.timezone)));
  const [drill, setDrill] = useState<Drill | null>(null);
  const [status, announce] = useStatus();
  const reports = useReports(input, settings, view, now)!;
  const items = useMemo(() => new Map(input.items.map((i) => [i.key, i])), [input]);
  const advice = useMemo(() => recommendations(reports.current, reports.previous), [reports]);
  const names = useMemo(() => new Map(input.brands.map((b) => [b.id, b.name])), [input]);
  const ctx: SectionCtx = {
    reports,
    input,
    items,
    brandName: (id) => names.get(id) ?? id,
    drill: (selector: DrillSelector, label: string) =>
      setDrill({ label, keys: itemsFor(input, reports.period, view.filters, selector, settings.reports, now) }),
    announce,
  };
  const setTemplate = (template: TemplateId) =>
    setView({ ...view, template, kind: TEMPLATE_PERIOD[template], anchor: now, custom: null });
  const sections = TEMPLATES[view.template].filter((s) => s !== 'notes');

  return (
    <main class="report-main">
      <div class="report-controls no-print">
        <PeriodPicker view={view} period={reports.period} tz={reports.tz} now={now} onChange={setView} />
        <Filters brands={input.brands} filters={view.filters} onChange={(filters) => setView({ ...view, filters })} />
      </div>
      <TemplateTabs value={view.template} panelId="report-panel" onChange={setTemplate} />
      <div role="tabpanel" id="report-panel" aria-labelledby={`report-tab-${view.template}`} class="report-panel">
        <h2 class="report-heading">{t(`report.template.${view.template}`)}</h2>
        <p class="lead">{t(`report.template.${view.template}.lead`)}</p>
        <PeriodLine period={reports.period} previous={reports.previousPeriod} tz={reports.tz} />
        {reports.current.mentions === 0 ? <p class="empty">{t('report.empty')}</p> : null}
        <TeamFigures period={reports.period} tz={reports.tz}>
          <KpiTiles ids={KPIS[view.template]} vsPrevious={reports.vsPrevious} vsYear={reports.vsYear} />
          {sections.map((id) => (
            <ReportSection key={id} id={id} ctx={ctx} report={reports.current} advice={advice} />
          ))}
        </TeamFigures>
        <section class="report-section section-notes" aria-labelledby="report-section-notes">
          <h2 id="report-section-notes">{t('report.section.notes')}</h2>
          <ReportNotes template={view.template} period={reports.period} announce={announce} />
        </section>
      </div>
      {drill ? (
        <DrillList drill={drill} items={items} tz={reports.tz} announce={announce} onClose={() => setDrill(null)} />
      ) : null}
      <ReportExports input={input} view={view} reports={reports} settings={settings} announce={announce} />
      <details class="no-print report-settings-box">
        <summary>{t('report.settings.open.link')}</summary>
        <ReportSettingsForm stored={settings.reports} announce={announce} />
      </details>
      <details class="no-print report-settings-box">
        <summary>{t('backup.heading')}</summary>
        <BackupRestore announce={announce} />
      </details>
      <StatusRegion message={status} />
    </main>
  );
}

export function ReportPage({ search }: { search: string }) {
  const { t } = useI18n();
  const input = useReportInput();
  const settings = useSettings();
  if (input.status === 'error' || settings.status === 'error') {
    const error = input.status === 'error' ? input.error : settings.status === 'error' ? settings.error : null;
    return (
      <main>
        <p class="status-error">{t('common.readError', { message: String(error) })}</p>
      </main>
    );
  }
  if (input.status === 'loading' || settings.status === 'loading') {
    return (
      <main>
        <p>{t('report.loading')}</p>
      </main>
    );
  }
  return <Report input={input.value} settings={settings.value} search={search} />;
}
