// The inbox: every mention seen, across tabs and days, one per permalink, highest priority first,
// filtered by platform, brand, intent and status; each card lets the CM correct Tact's reading of it.
// Read live from the database.
import { useId, useState } from 'preact/hooks';
import { PLATFORMS, platformName, type Platform } from '../../platforms/descriptor-data';
import type { Brand } from '../core/brand';
import type { StoredItem, TactDB } from '../../db/schema';
import { itemStatusSchema, type ItemStatus } from '../core/item-state';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { ItemCard, mentionsOf, type TabItem } from './tab-items';
import { CorrectionControls } from './correction';
import { readCorrection, type Correction } from '../core/correction';

export const INTENTS = ['urgent', 'complaint', 'question', 'purchase_intent', 'praise', 'other'] as const;

export interface InboxFilters {
  platform: Platform | '';
  brandId: string;
  intent: string;
  status: ItemStatus | '';
}

const NO_FILTER: InboxFilters = { platform: '', brandId: '', intent: '', status: '' };

/** One entry per permalink (or key when there is none), the highest priority kept, highest first. */
export function dedupeByPermalink(items: readonly StoredItem[]): StoredItem[] {
  const best = new Map<string, StoredItem>();
  for (const item of items) {
    const id = item.permalink || item.key;
    const had = best.get(id);
    if (!had || item.priority > had.priority || (item.priority === had.priority && item.lastSeenAt > had.lastSeenAt))
      best.set(id, item);
  }
  return [...best.values()].sort((a, b) => b.priority - a.priority || b.firstSeenAt - a.firstSeenAt);
}

export function matchesFilters(item: StoredItem, f: InboxFilters): boolean {
  return (
    (!f.platform || item.platform === f.platform) &&
    (!f.brandId || item.brandIds.includes(f.brandId)) &&
    (!f.intent || item.intent === f.intent) &&
    (!f.status || item.status === f.status)
  );
}

/** An inbox entry: the item, its mention spans, and the CM's standing correction (null: none). */
export type InboxItem = TabItem & { correction: Correction | null };

export async function loadInbox(db: TactDB): Promise<{ items: InboxItem[]; brands: Brand[] }> {
  const mentions = await db.items.where('brandIds').notEqual('').distinct().toArray();
  const items = dedupeByPermalink(mentions);
  const verdicts = await db.verdicts.bulkGet(items.map((i): [string, string] => [i.key, 'mention']));
  const corrections = await db.verdicts.bulkGet(items.map((i): [string, string] => [i.key, 'correction']));
  const brands = await db.brands.orderBy('name').toArray();
  return {
    items: items.map((item, i) => ({
      item,
      mentions: mentionsOf(verdicts[i]),
      correction: readCorrection(corrections[i]?.data),
    })),
    brands,
  };
}

export function Inbox({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<InboxFilters>(NO_FILTER);
  const listLabel = useId();
  const id = useId();
  const data = useLiveQuery(() => loadInbox(pageDb()), []);

  if (data.status === 'loading') return <p>{t('common.loading')}</p>;
  if (data.status === 'error') return <p class="error">{t('common.readError', { message: String(data.error) })}</p>;
  const { items, brands } = data.value;
  const shown = items.filter((e) => matchesFilters(e.item, filters));

  const select = (key: keyof InboxFilters, label: string, options: Array<[string, string]>) => (
    <div class="filter">
      <label for={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filters[key]}
        onChange={(e) => setFilters({ ...filters, [key]: e.currentTarget.value })}
      >
        <option value="">{t('inbox.filter.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div class="inbox">
      <h2 id={listLabel}>{t('inbox.heading')}</h2>
      <div class="filters" role="group" aria-label={t('inbox.listLabel')}>
        {select(
          'platform',
          t('inbox.filter.platform'),
          PLATFORMS.map((p) => [p, platformName(p)]),
        )}
        {select(
          'brandId',
          t('inbox.filter.brand'),
          brands.map((b) => [b.id, b.name]),
        )}
        {select(
          'intent',
          t('inbox.filter.intent'),
          INTENTS.map((i) => [i, t(`intent.${i}`)]),
        )}
        {select(
          'status',
          t('inbox.filter.status'),
          itemStatusSchema.options.map((s) => [s, t(`status.${s}`)]),
        )}
      </div>
      <p class="counts" aria-live="polite">
        {t('inbox.count', { shown: shown.length, total: items.length })}
      </p>
      {items.length === 0 ? (
        <p class="empty">{t('inbox.empty')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('inbox.emptyFiltered')}</p>
      ) : (
        <ul class="items" role="list" aria-labelledby={listLabel}>
          {shown.map((entry) => (
            <ItemCard key={entry.item.key} entry={entry} announce={announce} showTriage>
              <CorrectionControls item={entry.item} correction={entry.correction} announce={announce} />
            </ItemCard>
          ))}
        </ul>
      )}
    </div>
  );
}
