// `tact report --backup <file>`: the extension's full backup as a report input, read with the same
// row mappers as the report page (utils/reports/repo.ts), so both report the same figures.
import { LATEST_VERSION } from '../../utils/db/schema';
import type { HealthRow, Reply, StoredItem, TactEvent } from '../../utils/db/schema';
import { parseBackup } from '../../utils/reports/core/backup';
import type { ReportEvent, ReportInput, ReportItem, ReportReply } from '../../utils/reports/core/types';
import { healthEvent, toReportEvent, toReportItem, toReportReply } from '../../utils/reports/repo';
import { issueText } from './issues';

type Row = Record<string, unknown>;

/** The report input a backup holds, or the reason it cannot be read. */
export function backupInput(text: string): { ok: true; input: ReportInput } | { ok: false; error: string } {
  const parsed = parseBackup(text, LATEST_VERSION);
  if (!parsed.ok) {
    const detail = parsed.issues.map((i) => `${i.path}: ${issueText(i.message)}`).join('; ');
    return {
      ok: false,
      error: `This backup cannot be read: ${issueText(parsed.error)}${detail ? ` (${detail})` : ''}`,
    };
  }
  const t = parsed.backup.tables as Record<string, Row[]>;
  const replies = (t.replies ?? []).map((r) => toReportReply(r as unknown as Reply));
  const first = new Map<string, ReportReply>();
  for (const r of replies) {
    const known = first.get(r.itemKey);
    if (!known || r.at < known.at) first.set(r.itemKey, r);
  }
  const items: ReportItem[] = [];
  for (const row of t.items ?? []) {
    const item = toReportItem(row as unknown as StoredItem, first.get(String(row.key)));
    if (item) items.push(item);
  }
  const events = (t.events ?? [])
    .map((e) => toReportEvent(e as unknown as TactEvent))
    .filter((e): e is ReportEvent => e !== null);
  if (!events.some((e) => e.type === 'page'))
    events.push(...(t.health ?? []).map((h) => healthEvent(h as unknown as HealthRow)));
  return {
    ok: true,
    input: {
      items,
      replies,
      events,
      incidents: (t.incidents ?? []).map((i) => ({
        id: String(i.id),
        brandId: String(i.brandId),
        start: Number(i.start),
        end: typeof i.end === 'number' ? i.end : null,
        itemKeys: Array.isArray(i.itemKeys) ? i.itemKeys.map(String) : [],
      })),
      brands: (t.brands ?? []).map((b) => ({
        id: String(b.id),
        name: String(b.name ?? ''),
        competitor: b.competitor === true,
      })),
    },
  };
}
