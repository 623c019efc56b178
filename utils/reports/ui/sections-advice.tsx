// Risks and recommendations: what the core's rules (core/recommend.ts) derive from the figures, each
// with the rule that produced it. Risks are the warnings and alerts; recommendations, all of them.
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import type { Recommendation } from '../core/types';
import type { SectionCtx } from './section-ctx';

function AdviceList({ ctx, list }: { ctx: SectionCtx; list: readonly Recommendation[] }) {
  const { t } = useI18n();
  if (list.length === 0) return <p class="empty">{t('report.rec.none')}</p>;
  return (
    <ul class="advice">
      {list.map((r) => {
        const params = { ...r.params };
        if (typeof params.brand === 'string') params.brand = ctx.brandName(params.brand);
        return (
          <li key={r.rule} class={`advice-${r.severity}`} data-rule={r.rule}>
            <p>{t(r.key as MessageKey, params)}</p>
            <p class="hint">{t('report.recommend.rule', { rule: r.rule })}</p>
          </li>
        );
      })}
    </ul>
  );
}

export function Risks({ ctx, list }: { ctx: SectionCtx; list: readonly Recommendation[] }) {
  return <AdviceList ctx={ctx} list={list.filter((r) => r.severity !== 'info')} />;
}

export function Recommendations({ ctx, list }: { ctx: SectionCtx; list: readonly Recommendation[] }) {
  return <AdviceList ctx={ctx} list={list} />;
}
