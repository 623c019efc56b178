// One of the brand's holding statements during an incident: its text, its tone check, and Copy.
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { statementProblems, statementToCopy } from '../core/crisis';
import type { HoldingStatement } from '../core/crisis-kit';
import type { ToneProfile } from '../../tone/core/profile';

export function Statement(props: {
  s: HoldingStatement;
  brandName: string;
  profile?: ToneProfile;
  announce: Announce;
}) {
  const { s, profile, announce } = props;
  const { t, lang } = useI18n();
  const problems = profile ? statementProblems(s.body, profile, s.language) : [];
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(statementToCopy(s.body, props.brandName));
      announce({ kind: 'ok', text: t('crisis.holding.copied', { title: s.title }) });
    } catch {
      announce({ kind: 'error', text: t('crisis.holding.copyFailed') });
    }
  };
  return (
    <li data-statement-id={s.id}>
      <p>
        <strong>{s.title}</strong> ({t(`crisis.kit.lang.${s.language}`)})
      </p>
      <p class="statement-body">{s.body}</p>
      {profile && (
        <p class={problems.length ? 'tone-issues' : 'tone-ok'}>
          {problems.length ? t('crisis.tone.issues', { n: problems.length }) : t('crisis.tone.ok')}
        </p>
      )}
      {problems.length > 0 && (
        <ul class="tone-problems">
          {problems.map((p, n) => (
            <li key={n}>{p.message[lang]}</li>
          ))}
        </ul>
      )}
      <button type="button" aria-label={t('crisis.holding.copyNamed', { title: s.title })} onClick={() => void copy()}>
        {t('crisis.holding.copy')}
      </button>
    </li>
  );
}
