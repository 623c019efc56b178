// The side panel's newcomers to welcome, live from the database: per brand, who posted in its
// community for the first time in the last 24 hours and was not welcomed yet (never a spammer or a
// troll), on which platform, their first message, "Go to it" (items.open) and "Mark welcomed"
// (care.welcomed). Inserting a welcome suggestion on the page marks them welcomed too.
import { useI18n } from '../../../components/i18n';
import { pageDb } from '../../../components/db';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import { platformName } from '../../platforms/descriptor-data';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import { newcomersToWelcome, type NewcomerRow } from '../members-repo';

const TEXT_SHOWN = 200;
const isPlatform = (p: string): p is Platform => (PLATFORMS as readonly string[]).includes(p);

function Newcomer({ row, announce }: { row: NewcomerRow; announce: Announce }) {
  const { t, lang, reason } = useI18n();
  const m = row.member;
  const name = m.name || m.handle || '?';
  const when = new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(m.firstSeenAt);
  const open = async () => {
    try {
      const { opened } = await send('items.open', { key: m.firstItemKey });
      announce({ kind: opened === 'none' ? 'error' : 'ok', text: t(`inbox.opened.${opened}`) });
    } catch (error) {
      announce({ kind: 'error', text: t('care.newcomers.failed', { reason: reason(error) }) });
    }
  };
  const welcomed = async () => {
    try {
      const { updated } = await send('care.welcomed', { key: m.firstItemKey });
      announce({
        kind: 'ok',
        text: t(updated ? 'care.newcomers.welcomedDone' : 'care.newcomers.welcomedGone', { name }),
      });
    } catch (error) {
      announce({ kind: 'error', text: t('care.newcomers.failed', { reason: reason(error) }) });
    }
  };
  const headingId = `care-newcomer-${m.key.replace(/[^\w-]/gu, '_')}`;
  return (
    <li class="newcomer" data-item-key={m.firstItemKey} aria-labelledby={headingId}>
      <p class="newcomer-head" id={headingId}>
        <strong class="author">{name}</strong>
        {m.handle && m.handle !== name ? <span class="handle"> ({m.handle})</span> : null} ·{' '}
        <span class="platform">{isPlatform(m.platform) ? platformName(m.platform) : m.platform}</span> ·{' '}
        <time dateTime={new Date(m.firstSeenAt).toISOString()}>{when}</time>
      </p>
      <p class="item-text" title={t('care.newcomers.firstMessage')}>
        {row.text
          ? row.text.length > TEXT_SHOWN
            ? `${row.text.slice(0, TEXT_SHOWN)}…`
            : row.text
          : t('care.newcomers.noText')}
      </p>
      <p class="actions">
        <button type="button" aria-label={t('care.newcomers.openLabel', { name })} onClick={() => void open()}>
          {t('care.newcomers.open')}
        </button>{' '}
        <button type="button" aria-label={t('care.newcomers.welcomedLabel', { name })} onClick={() => void welcomed()}>
          {t('care.newcomers.welcomed')}
        </button>
      </p>
    </li>
  );
}

export function Newcomers({ announce, now }: { announce: Announce; now?: number }) {
  const { t } = useI18n();
  // The 24 hours end now at each read (or at the given time, for tests); the list follows every write.
  const data = useLiveQuery(() => newcomersToWelcome(pageDb(), now ?? Date.now()), [now]);
  const groups = new Map<string, NewcomerRow[]>();
  if (data.status === 'ok') {
    for (const row of data.value) {
      const list = groups.get(row.member.brandId) ?? [];
      list.push(row);
      groups.set(row.member.brandId, list);
    }
  }
  return (
    <section class="care-newcomers" aria-labelledby="care-newcomers-heading" data-testid="care-newcomers">
      <h3 id="care-newcomers-heading">{t('care.newcomers.heading')}</h3>
      <p class="hint">{t('care.newcomers.intro')}</p>
      {data.status === 'loading' ? (
        <p>{t('common.loading')}</p>
      ) : data.status === 'error' ? (
        <p class="error">{t('common.readError', { message: String(data.error) })}</p>
      ) : groups.size === 0 ? (
        <p class="empty">{t('care.newcomers.empty')}</p>
      ) : (
        [...groups.entries()].map(([brandId, rows]) => (
          <section key={brandId} class="newcomers-brand" aria-labelledby={`care-newcomers-${brandId}`}>
            <h4 id={`care-newcomers-${brandId}`}>
              {t('care.newcomers.brand', { brand: rows[0]!.brandName, count: rows.length })}
            </h4>
            <ul class="newcomers">
              {rows.map((row) => (
                <Newcomer key={row.member.key} row={row} announce={announce} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
