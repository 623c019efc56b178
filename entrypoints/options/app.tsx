// The options page: brand list, brand form (new or editing), language switcher, one status region.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Brand } from '../../utils/mentions/core/brand';
import { send } from '../../utils/messaging/client';
import { BrandForm } from '../../utils/mentions/ui/brand-form';
import { BrandKit } from '../../utils/kit/ui/brand-kit';
import { RoamingToggle } from '../../utils/sync/ui/roaming-toggle';
import { KitSubscriptions } from '../../utils/kit/ui/kit-subscriptions';
import { BrandList } from '../../utils/mentions/ui/brand-list';
import { useI18n, usePageTitle } from '../../components/i18n';
import { LanguageSwitcher } from '../../components/language-switcher';
import { StatusRegion, useStatus } from '../../components/status';
import { AiSettings } from '../../utils/tone/ui/ai-settings';
import { browserAiApi } from '../../utils/tone/ui/ai-api';
import { ToneOptions } from '../../utils/tone/ui/tone-form';
import { SnippetOptions } from '../../utils/snippets/ui/snippet-library';
import { TrollSettings } from '../../utils/trolls/ui/troll-settings';
import { TeamSync } from '../../utils/sync/ui/team-sync';

export function App() {
  const { t } = useI18n();
  usePageTitle('options.title');
  const [status, announce] = useStatus();
  const [editing, setEditing] = useState<Brand | undefined>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  // Starting or ending an edit moves focus to the form's heading, which names what is edited.
  useLayoutEffect(() => {
    if (started.current) formHeading.current?.focus();
    started.current = true;
  }, [editing]);

  return (
    <main class="page options">
      <header class="page-header">
        <h1>{t('options.heading')}</h1>
        <LanguageSwitcher announce={announce} />
      </header>
      <p class="note">{t('common.privacy')}</p>
      <section aria-labelledby="brands-heading">
        <h2 id="brands-heading">{t('options.brands')}</h2>
        <BrandList onEdit={setEditing} announce={announce} labelledBy="brands-heading" />
      </section>
      <section aria-labelledby="brand-form-heading">
        <h2 id="brand-form-heading" tabIndex={-1} ref={formHeading}>
          {editing ? t('brand.form.edit', { name: editing.name }) : t('brand.form.new')}
        </h2>
        <BrandForm
          key={editing?.id ?? 'new'}
          brand={editing}
          save={(brand) => send('brands.save', { brand })}
          onSaved={() => setEditing(undefined)}
          onCancel={editing ? () => setEditing(undefined) : undefined}
          announce={announce}
          labelledBy="brand-form-heading"
        />
      </section>
      <ToneOptions announce={announce} />
      <SnippetOptions announce={announce} />
      <TrollSettings announce={announce} />
      <BrandKit announce={announce} />
      <KitSubscriptions announce={announce} />
      <RoamingToggle announce={announce} />
      <AiSettings api={browserAiApi} announce={announce} />
      <section aria-labelledby="team-sync-heading">
        <h2 id="team-sync-heading">{t('sync.heading')}</h2>
        <TeamSync announce={announce} />
      </section>
      <StatusRegion message={status} />
    </main>
  );
}
