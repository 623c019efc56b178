// A settings app: a header, a side navigation of sections with a search box, the open section, one
// status region, and the unsaved-changes guard. Sections are data (see entrypoints/options/sections).
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { AppHeader } from './app-header';
import { DirtyProvider, createDirtyRegistry } from './dirty';
import { useI18n } from './i18n';
import { LeaveDialog } from './leave-dialog';
import { SettingsSearch, type SearchableSection } from './settings-search';
import { StatusRegion, useStatus, type Announce } from './status';
import { useHashSection } from './use-hash-section';
import type { MessageKey } from '../utils/i18n/translate';

export interface SettingsSection extends SearchableSection {
  Component: ComponentType<{ announce: Announce }>;
}

export interface SettingsShellProps {
  /** The page's name, its h1. */
  heading: MessageKey;
  sections: readonly SettingsSection[];
  /** The section an empty or unknown hash opens. */
  fallback: string;
}

export function SettingsShell(props: SettingsShellProps) {
  const registry = useMemo(createDirtyRegistry, []);
  return (
    <DirtyProvider registry={registry}>
      <ShellBody {...props} registry={registry} />
    </DirtyProvider>
  );
}

function ShellBody({
  heading,
  sections,
  fallback,
  registry,
}: SettingsShellProps & { registry: ReturnType<typeof createDirtyRegistry> }) {
  const { t } = useI18n();
  const ids = useMemo(() => sections.map((s) => s.id), [sections]);
  const { current, pending, leave, stay } = useHashSection(ids, fallback, registry);
  const [status, announce] = useStatus();
  const main = useRef<HTMLElement>(null);
  const opened = useRef(false);
  const section = sections.find((s) => s.id === current) ?? sections[0]!;

  useEffect(() => {
    document.title = `${t(section.title)} — ${t(heading)}`;
  }, [t, section.title, heading]);

  // After a change of section (not on load), focus lands on its first heading: keyboard and screen
  // reader users start reading the new content, as after a page load. An old message is cleared.
  useLayoutEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    announce(null);
    focusSection();
  }, [current, announce]);

  function focusSection() {
    const first = main.current?.querySelector<HTMLElement>('h2, h3');
    if (first) {
      if (!first.hasAttribute('tabindex')) first.tabIndex = -1;
      first.focus();
    } else main.current?.focus();
  }

  return (
    <div class="settings">
      {/* Not a #fragment link: the hash names the open section. */}
      <a
        class="skip-link"
        href="#"
        onClick={(e) => {
          e.preventDefault();
          focusSection();
        }}
      >
        {t('settings.skip')}
      </a>
      <AppHeader title={t(heading)} />
      <div class="settings-body">
        <aside class="settings-sidebar">
          <SettingsSearch sections={sections} />
          <nav aria-label={t('settings.nav')} class="settings-nav">
            <ul>
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`} aria-current={s.id === current ? 'page' : undefined} data-section={s.id}>
                    {t(s.title)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
        <main class="settings-main" ref={main} tabIndex={-1} data-section={current}>
          <section.Component key={current} announce={announce} />
          <StatusRegion message={status} />
        </main>
      </div>
      <LeaveDialog open={pending !== null} onStay={stay} onLeave={leave} />
    </div>
  );
}
