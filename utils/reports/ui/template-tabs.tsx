// The three templates as tabs (WAI-ARIA tabs: one tab stop, arrows and Home/End move, the panel
// follows). `panelId` is the tab panel the page draws.
import { useRef } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { TemplateId } from '../core/types';

export const TEMPLATE_IDS: readonly TemplateId[] = ['weekly', 'monthly', 'strategic'];

export function TemplateTabs(props: { value: TemplateId; panelId: string; onChange(t: TemplateId): void }) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent, index: number) => {
    const n = TEMPLATE_IDS.length;
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % n
        : e.key === 'ArrowLeft'
          ? (index - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    props.onChange(TEMPLATE_IDS[next]!);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="template-tabs no-print" role="tablist" aria-label={t('report.template.label')} ref={list}>
      {TEMPLATE_IDS.map((id, i) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`report-tab-${id}`}
          aria-selected={props.value === id}
          aria-controls={props.panelId}
          tabIndex={props.value === id ? 0 : -1}
          onClick={() => props.onChange(id)}
          onKeyDown={(e) => move(e, i)}
        >
          {t(`report.template.${id}`)}
        </button>
      ))}
    </div>
  );
}
