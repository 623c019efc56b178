// The items a tab showed, read live from the database: sightings for the tab → items → their
// mention verdicts. Mentions come first; each item has its status select and a link to the post.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { z } from '../../shared/zod';
import type { Mention } from '../core/match';
import type { StoredItem, TactDB } from '../../db/schema';
import { itemStatusSchema, mentionSchema, type ItemStatus } from '../core/item-state';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { ItemText } from './item-text';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { platformOfUrl } from '../../platforms/hosts';
import { platformName } from '../../platforms/descriptor-data';

export interface TabItem {
  item: StoredItem;
  mentions: Mention[];
}

const mentionsSchema = z.array(mentionSchema);

/** Everything the tab showed, in the order it was seen (page order within a batch). */
export async function loadTabItems(db: TactDB, tabId: number): Promise<TabItem[]> {
  const sightings = await db.sightings.where('tabId').equals(tabId).toArray();
  sightings.sort((a, b) => a.at - b.at);
  const keys = sightings.map((s) => s.itemKey);
  const [items, verdicts] = await Promise.all([
    db.items.bulkGet(keys),
    db.verdicts.bulkGet(keys.map((k): [string, string] => [k, 'mention'])),
  ]);
  const out: TabItem[] = [];
  items.forEach((item, i) => {
    if (item) out.push({ item, mentions: mentionsOf(verdicts[i]) });
  });
  return out;
}

/** The mention spans of a verdict row; none when it is missing or malformed. */
export function mentionsOf(verdict: { data: Record<string, unknown> } | undefined): Mention[] {
  return mentionsSchema.safeParse(verdict?.data.mentions).data ?? [];
}

/** "12 min", "3 h", "2 d": a duration in the largest unit that keeps it readable. */
export function formatDuration(ms: number, t: ReturnType<typeof useI18n>['t']): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 120) return t('duration.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('duration.hours', { n: hours });
  return t('duration.days', { n: Math.round(hours / 24) });
}

/** Mentions first (each group keeps its order); only them when `onlyMentions`. */
export function orderTabItems(items: readonly TabItem[], onlyMentions: boolean): TabItem[] {
  const mentions = items.filter((i) => i.mentions.length > 0);
  return onlyMentions ? mentions : [...mentions, ...items.filter((i) => i.mentions.length === 0)];
}

export function TabItems({ tabId, announce }: { tabId: number; announce: Announce }) {
  const { t } = useI18n();
  const [onlyMentions, setOnlyMentions] = useState(true);
  const listLabel = useId();
  const data = useLiveQuery(() => loadTabItems(pageDb(), tabId), [tabId]);

  if (data.status === 'loading') return <p>{t('common.loading')}</p>;
  if (data.status === 'error') return <p class="error">{t('common.readError', { message: String(data.error) })}</p>;
  const all = data.value;
  const shown = orderTabItems(all, onlyMentions);
  const mentionCount = all.filter((i) => i.mentions.length > 0).length;

  return (
    <div class="tab-items">
      <div class="toolbar">
        <label class="check">
          <input type="checkbox" checked={onlyMentions} onChange={(e) => setOnlyMentions(e.currentTarget.checked)} />
          {t('sidepanel.onlyMentions')}
        </label>
        <p class="counts">{t('sidepanel.counts', { mentions: mentionCount, items: all.length })}</p>
      </div>
      <h3 id={listLabel} class="visually-hidden">
        {t('sidepanel.listLabel')}
      </h3>
      {all.length === 0 ? (
        <p class="empty">{t('sidepanel.empty')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('sidepanel.emptyMentions')}</p>
      ) : (
        <ul class="items" role="list" aria-labelledby={listLabel}>
          {shown.map((entry) => (
            <ItemCard key={entry.item.key} entry={entry} announce={announce} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** The inbox's line under an item: its intent, its priority, and how long the first reply took. */
function ItemTriage({ item }: { item: StoredItem }) {
  const { t } = useI18n();
  return (
    <p class="triage">
      <span class={`intent intent-${item.intent}`} data-intent={item.intent}>
        {t(`intent.${item.intent}` as 'intent.other')}
      </span>{' '}
      · {t('inbox.priority', { value: Math.round(item.priority) })}
      {item.repliedAt ? (
        <> · {t('inbox.firstResponse', { duration: formatDuration(item.repliedAt - item.firstSeenAt, t) })}</>
      ) : null}
    </p>
  );
}

export function ItemCard({
  entry: { item, mentions },
  announce,
  showTriage = false,
  children,
}: {
  entry: TabItem;
  announce: Announce;
  showTriage?: boolean;
  /** More of the card under its actions (the inbox's correction). */
  children?: ComponentChildren;
}) {
  const { t, reason } = useI18n();
  const id = useId();
  const platform = platformName(item.platform);
  const brands = [...new Set(mentions.map((m) => m.brandName))];
  const author = item.author.name || item.author.handle || t('item.unknownAuthor');
  const handle = item.author.name && item.author.handle ? item.author.handle : '';

  async function setStatus(select: HTMLSelectElement) {
    const stored = item.status;
    try {
      const status = itemStatusSchema.parse(select.value);
      await send('items.setStatus', { key: item.key, status });
      announce({ kind: 'ok', text: t('item.statusChanged', { status: t(`status.${status}`) }) });
    } catch (error) {
      // Nothing re-renders when nothing changed: put the stored status back in the control itself,
      // so it never shows a choice that was not saved.
      select.value = stored;
      announce({
        kind: 'error',
        text: t('item.statusReverted', { status: t(`status.${stored}`), reason: reason(error) }),
      });
    }
  }

  async function openItem() {
    try {
      const { opened } = await send('items.open', { key: item.key });
      announce({ kind: opened === 'none' ? 'error' : 'ok', text: t(`inbox.opened.${opened}`) });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    }
  }

  return (
    <li class={`item ${mentions.length ? 'has-mention' : ''}`} data-item-key={item.key}>
      <p class="item-head" id={`${id}-head`}>
        <span class="platform">{platform}</span> · <span class="author">{author}</span>
        {handle ? <span class="handle"> {handle}</span> : null} ·{' '}
        <span class="kind">{t(`item.kind.${item.kind}`)}</span>
        {item.attention === 1 ? <span class="badge"> {t('item.attention')}</span> : null}
      </p>
      <ItemText text={item.text} mentions={mentions} />
      {item.truncated ? <p class="note">{t('item.truncated')}</p> : null}
      {brands.length ? <p class="brands">{t('item.mentions', { brands: brands.join(', ') })}</p> : null}
      {showTriage ? <ItemTriage item={item} /> : null}
      <div class="item-actions">
        <label for={`${id}-status`}>{t('item.status')}</label>
        <select
          id={`${id}-status`}
          value={item.status}
          aria-describedby={`${id}-head`}
          onChange={(e) => void setStatus(e.currentTarget)}
        >
          {itemStatusSchema.options.map((s: ItemStatus) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        {showTriage ? (
          // The name starts with the visible text (WCAG 2.5.3, label in name); the rest says where it goes.
          <button type="button" aria-label={t('inbox.openLabel', { platform })} onClick={() => void openItem()}>
            {t('inbox.open')}
          </button>
        ) : null}
        {platformOfUrl(item.permalink) === item.platform ? (
          <a href={item.permalink} target="_blank" rel="noopener noreferrer">
            {t('item.open', { platform })}
          </a>
        ) : null}
      </div>
      {children}
    </li>
  );
}
