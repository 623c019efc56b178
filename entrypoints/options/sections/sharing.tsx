// Sharing & team: the brand kit file, subscriptions to a published kit, the team sync server, and
// roaming one's own settings with the browser account (DESIGN.md, "Sync, in layers", in that order).
import { useId } from 'preact/hooks';
import { BrandKit } from '../../../utils/kit/ui/brand-kit';
import { KitSubscriptions } from '../../../utils/kit/ui/kit-subscriptions';
import { RoamingToggle } from '../../../utils/sync/ui/roaming-toggle';
import { TeamSync } from '../../../utils/sync/ui/team-sync';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';

export function SharingSection({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const syncHeading = useId();
  return (
    <>
      <BrandKit announce={announce} />
      <KitSubscriptions announce={announce} />
      <section aria-labelledby={syncHeading}>
        <h2 id={syncHeading}>{t('sync.heading')}</h2>
        <TeamSync announce={announce} />
      </section>
      <RoamingToggle announce={announce} />
    </>
  );
}
