// The hour × weekday heatmap: an HTML table (so it is its own data table), each cell coloured by its
// share of the busiest cell and holding its count. One tab stop: the arrow keys move between cells,
// Home/End go to the row's ends, Enter or a click lists that hour's items.
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { formatCount, weekdayNames } from './format';

/** Monday first, as the ISO week the reports use. */
const ROWS = [1, 2, 3, 4, 5, 6, 0];
const HOURS = Array.from({ length: 24 }, (_, h) => h);

export interface HeatmapProps {
  id: string;
  title: string;
  /** [weekday 0 = Sunday][hour], from the core. */
  grid: number[][];
  onSelect(weekday: number, hour: number): void;
}

function nextCell(key: string, row: number, hour: number): [number, number] | null {
  switch (key) {
    case 'ArrowRight':
      return [row, Math.min(23, hour + 1)];
    case 'ArrowLeft':
      return [row, Math.max(0, hour - 1)];
    case 'ArrowDown':
      return [Math.min(6, row + 1), hour];
    case 'ArrowUp':
      return [Math.max(0, row - 1), hour];
    case 'Home':
      return [row, 0];
    case 'End':
      return [row, 23];
    default:
      return null;
  }
}

export function Heatmap({ id, title, grid, onSelect }: HeatmapProps) {
  const { t, lang } = useI18n();
  const days = weekdayNames(lang, 'short');
  const longDays = weekdayNames(lang, 'long');
  const max = Math.max(1, ...grid.flat());
  const [focus, setFocus] = useState<[number, number]>([0, 9]);
  const table = useRef<HTMLTableElement>(null);

  const onKey = (e: KeyboardEvent, row: number, hour: number) => {
    const next = nextCell(e.key, row, hour);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
  };

  return (
    <div class="heatmap-wrap" data-heatmap={id}>
      <table class="heatmap" ref={table}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <td />
            {HOURS.map((h) => (
              <th key={h} scope="col" abbr={`${t('report.heatmap.hour')} ${h}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((weekday, row) => (
            <tr key={weekday}>
              <th scope="row" abbr={longDays[weekday]}>
                {days[weekday]}
              </th>
              {HOURS.map((hour) => {
                const count = grid[weekday]?.[hour] ?? 0;
                const level = count / max;
                return (
                  <td key={hour} style={{ '--level': level.toFixed(3) }}>
                    <button
                      type="button"
                      data-cell={`${row}-${hour}`}
                      tabIndex={focus[0] === row && focus[1] === hour ? 0 : -1}
                      aria-label={t('report.heatmap.cell', {
                        day: longDays[weekday]!,
                        hour,
                        count: formatCount(lang, count),
                      })}
                      onKeyDown={(e) => onKey(e, row, hour)}
                      onFocus={() => setFocus([row, hour])}
                      onClick={() => onSelect(weekday, hour)}
                    >
                      {count || ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
