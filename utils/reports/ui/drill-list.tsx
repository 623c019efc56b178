// Drill-down: the items behind a bar, slice, cell or figure, each with "go to it" (items.open brings
// its tab forward or opens its permalink). The list's heading takes the focus when it opens.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import { platformName } from '../../platforms/descriptor-data';
import type { MessageKey } from '../../i18n/translate';
import type { ReportItem } from '../core/types';
import { formatDate } from './format';

const SHOWN = 100;

export interface Drill {
  label: string;
  keys: string[];
}

function DrillRow({ item, tz, announce }: { item: ReportItem; tz: string; announce: Announce }) {
  const { t, lang, reason } = useI18n();
  const open = async () => {
    try {
      const { opened } = await send('items.open', { key: item.key });
      announce({ kind: opened === 'none' ? 'error' : 'ok', text: t(`inbox.opened.${opened}`) });
    } catch (error) {
      announce({ kind: 'error', text: t('report.drill.failed', { reason: reason(error) }) });
    }
  };
  const at = item.postedAt ?? item.seenAt;
  return (
    <li class="item" data-item-key={item.key}>
      <p class="item-head">
        <span class="platform">{platformName(item.platform)}</span> ·{' '}
        <span class="author">{item.author.replace(/^[^:]*:/, '') || '—'}</span> ·{' '}
        <time dateTime={new Date(at).toISOString()}>{formatDate(lang, tz, at, true)}</time> ·{' '}
        <span class="intent">{t(`intent.${item.intent}` as MessageKey)}</span> ·{' '}
        <span class="status-label">{t(`status.${item.status}`)}</span>
      </p>
      <p class="item-text">{item.text.length > 280 ? `${item.text.slice(0, 280)}…` : item.text}</p>
      <button type="button" class="no-print" onClick={() => void open()}>
        {t('report.drill.open')}
      </button>
    </li>
  );
}

export function DrillList(props: {
  drill: Drill;
  items: ReadonlyMap<string, ReportItem>;
  tz: string;
  announce: Announce;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.drill]);
  const rows = props.drill.keys
    .map((k) => props.items.get(k))
    .filter((i): i is ReportItem => i !== undefined)
    .slice(0, SHOWN);
  const more = props.drill.keys.length - rows.length;
  return (
    <section class="drill" aria-labelledby="report-drill-heading" data-testid="drill">
      <h2 id="report-drill-heading" tabIndex={-1} ref={heading}>
        {t('report.drill.heading', { label: props.drill.label })}
      </h2>
      <button type="button" class="no-print" onClick={props.onClose}>
        {t('report.drill.close')}
      </button>
      {rows.length === 0 ? <p class="empty">{t('report.drill.empty')}</p> : null}
      <ul class="items">
        {rows.map((item) => (
          <DrillRow key={item.key} item={item} tz={props.tz} announce={props.announce} />
        ))}
      </ul>
      {more > 0 ? (
        <p class="note">{t('report.drill.more', { count: new Intl.NumberFormat(lang).format(more) })}</p>
      ) : null}
    </section>
  );
}
