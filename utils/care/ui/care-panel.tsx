// The side panel's Community view: who to welcome, advocates and detractors, and incidents.
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { Newcomers } from './newcomers';
import { Standings } from './standings';
import { Incidents } from './incidents';

export function CarePanel({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('care.panel.heading')}</h2>
      <Incidents announce={announce} />
      <Newcomers announce={announce} />
      <Standings announce={announce} />
    </>
  );
}
