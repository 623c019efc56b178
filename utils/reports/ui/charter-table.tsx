// The report's moderation by charter clause: flags, confirmations and dismissals per clause of each
// brand's charter (core/report-charter.ts), each clause named by its current title in the page's
// language; a clause since removed from the charter keeps its number.
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { ClauseModeration } from '../core/types';
import { formatCount } from './format';

export function ClauseTable({ rows }: { rows: readonly ClauseModeration[] }) {
  const { t, lang } = useI18n();
  const brands = useLiveQuery(() => pageDb().brands.toArray(), []);
  if (rows.length === 0) return <p class="note">{t('report.charter.none')}</p>;
  const known = brands.status === 'ok' ? brands.value : [];
  const several = new Set(rows.map((r) => r.brandId)).size > 1;
  const name = (r: ClauseModeration) => {
    const clause = known.find((b) => b.id === r.brandId)?.charter?.clauses.find((c) => c.id === r.id);
    const title = clause ? clause.title[lang] || clause.title[lang === 'fr' ? 'en' : 'fr'] : '';
    return clause ? t('report.charter.clauseName', { n: r.n, title }) : t('report.charter.clauseRemoved', { n: r.n });
  };
  return (
    <table class="charter-clauses">
      <caption>{t('report.charter.caption')}</caption>
      <thead>
        <tr>
          {several && <th scope="col">{t('report.charter.brand')}</th>}
          <th scope="col">{t('report.charter.clause')}</th>
          <th scope="col">{t('report.charter.flags')}</th>
          <th scope="col">{t('report.charter.confirmed')}</th>
          <th scope="col">{t('report.charter.dismissed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.brandId}:${r.id}`}>
            {several && <td>{known.find((b) => b.id === r.brandId)?.name ?? r.brandId}</td>}
            <th scope="row">{name(r)}</th>
            <td class="num">{formatCount(lang, r.flags)}</td>
            <td class="num">{formatCount(lang, r.confirmed)}</td>
            <td class="num">{formatCount(lang, r.dismissed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
