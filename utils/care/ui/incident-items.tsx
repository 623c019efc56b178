// An incident's mentions, newest first: their status, who handled or answered them, and "Go to it".
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import type { MessageKey } from '../../i18n/translate';
import type { IncidentRow } from '../crisis-repo';
import { platformLabel, useFormat } from './incident-format';

const TEXT_SHOWN = 200;
const ITEMS_SHOWN = 30;

export function Items({ row, announce }: { row: IncidentRow; announce: Announce }) {
  const { t, reason } = useI18n();
  const { when } = useFormat();
  const open = async (key: string) => {
    try {
      const { opened } = await send('items.open', { key });
      announce({ kind: opened === 'none' ? 'error' : 'ok', text: t(`inbox.opened.${opened}`) });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    }
  };
  const items = [...row.items].sort((a, b) => b.firstSeenAt - a.firstSeenAt);
  return (
    <details class="incident-items">
      <summary>{t('crisis.items.heading', { n: items.length })}</summary>
      <ul>
        {items.slice(0, ITEMS_SHOWN).map((i) => {
          const who = [
            i.statusBy
              ? t('crisis.items.handledBy', { status: t(`status.${i.status}` as MessageKey), by: i.statusBy })
              : '',
            i.repliedBy || i.answeredBy ? t('crisis.items.answeredBy', { by: (i.repliedBy || i.answeredBy)! }) : '',
          ].filter(Boolean);
          return (
            <li key={i.key} data-item-key={i.key}>
              <p class="item-head">
                <time dateTime={new Date(i.firstSeenAt).toISOString()}>{when(i.firstSeenAt)}</time> ·{' '}
                {platformLabel(i.platform)} · {t(`intent.${i.intent}` as MessageKey)} ·{' '}
                <span class="status">
                  {who.length > 0
                    ? who.join(', ')
                    : `${t(`status.${i.status}` as MessageKey)} (${t('crisis.items.nobody')})`}
                </span>
              </p>
              <p class="item-text">{i.text.length > TEXT_SHOWN ? `${i.text.slice(0, TEXT_SHOWN)}…` : i.text}</p>
              <button type="button" onClick={() => void open(i.key)}>
                {t('crisis.items.open')}
              </button>
            </li>
          );
        })}
      </ul>
      {items.length > ITEMS_SHOWN && <p class="note">{t('crisis.items.more', { n: items.length - ITEMS_SHOWN })}</p>}
    </details>
  );
}
