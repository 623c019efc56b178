// One report chart, drawn with Chart.js v4 (see docs/reports.md for why): a bar chart or a doughnut of
// counts by category. Beside the canvas: its data table (a toggle, for screen readers and anyone who
// prefers numbers), a PNG download, and drill-down: a click on a bar or slice, Enter on the focused
// chart (arrows pick the bar) or the table's "List" button lists that category's items.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { formatCount } from './format';

// Tree-shaken: only what these two chart kinds need is registered (and bundled).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

/** Okabe–Ito: told apart with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export interface ChartSpec {
  id: string;
  title: string;
  kind: 'bar' | 'doughnut';
  labels: string[];
  values: number[];
  colors?: string[];
}

/** PNGs get a white background instead of a transparent one. */
const whiteBackground: Plugin = {
  id: 'tactBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

function useChart(spec: ChartSpec, onSelect: (index: number) => void) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    const el = canvas.current;
    // No 2D context (a test DOM, a locked-down browser): the table still carries the data.
    if (!el?.getContext('2d')) return;
    const colors = spec.colors ?? spec.labels.map((_, i) => PALETTE[i % PALETTE.length]!);
    chart.current = new Chart(el, {
      type: spec.kind,
      data: { labels: spec.labels, datasets: [{ label: spec.title, data: spec.values, backgroundColor: colors }] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: spec.kind === 'doughnut' } },
        onClick: (_event, elements) => {
          if (elements[0]) select.current(elements[0].index);
        },
      },
      plugins: [whiteBackground],
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [spec.kind, spec.title, spec.labels.join('\n'), spec.values.join(','), spec.colors?.join(',')]);
  return { canvas, chart };
}

function showActive(chart: Chart | null, index: number) {
  if (!chart) return;
  const active = [{ datasetIndex: 0, index }];
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
  chart.update();
}

export function ReportChart({ spec, onSelect }: { spec: ChartSpec; onSelect: (index: number) => void }) {
  const { t, lang } = useI18n();
  const { canvas, chart } = useChart(spec, onSelect);
  const [table, setTable] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const summary = spec.labels.map((l, i) => `${l} ${formatCount(lang, spec.values[i] ?? 0)}`).join(', ');

  const onKey = (e: KeyboardEvent) => {
    const n = spec.labels.length;
    if (n === 0) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
      const next = active < 0 ? 0 : (active + step + n) % n;
      setActive(next);
      showActive(chart.current, next);
    } else if ((e.key === 'Enter' || e.key === ' ') && active >= 0) {
      e.preventDefault();
      onSelect(active);
    }
  };

  const png = () => {
    const url = chart.current?.toBase64Image('image/png', 1);
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `tact-${spec.id}.png`;
    a.click();
  };

  return (
    <figure class="report-chart" data-chart={spec.id}>
      <figcaption id={`${id}-title`}>{spec.title}</figcaption>
      <div class="chart-canvas">
        <canvas
          ref={canvas}
          role="img"
          tabIndex={0}
          aria-label={t('report.chart.summary', { title: spec.title, values: summary })}
          aria-describedby={`${id}-hint`}
          onKeyDown={onKey}
        >
          {summary}
        </canvas>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {active >= 0 ? `${spec.labels[active]}: ${formatCount(lang, spec.values[active] ?? 0)}` : ''}
      </p>
      <p class="hint no-print" id={`${id}-hint`}>
        {t('report.chart.hint')}
      </p>
      <div class="actions no-print">
        <button type="button" aria-expanded={table} aria-controls={`${id}-table`} onClick={() => setTable(!table)}>
          {t(table ? 'report.chart.table.hide' : 'report.chart.table.show')}
        </button>
        <button type="button" onClick={png}>
          {t('report.chart.png')}
        </button>
      </div>
      <ChartTable id={`${id}-table`} spec={spec} hidden={!table} onSelect={onSelect} />
    </figure>
  );
}

function ChartTable(props: { id: string; spec: ChartSpec; hidden: boolean; onSelect: (index: number) => void }) {
  const { t, lang } = useI18n();
  const { spec } = props;
  return (
    <table id={props.id} class="chart-table" hidden={props.hidden}>
      <caption>{spec.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.chart.category')}</th>
          <th scope="col">{t('report.chart.count')}</th>
          <th scope="col" class="no-print">
            <span class="visually-hidden">{t('report.chart.list')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {spec.labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td class="num">{formatCount(lang, spec.values[i] ?? 0)}</td>
            <td class="no-print">
              <button type="button" class="link" onClick={() => props.onSelect(i)}>
                {t('report.chart.list')}
                <span class="visually-hidden"> {label}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
