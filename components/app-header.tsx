// The header every extension page shares (options, side panel, popup, onboarding): Tact's icon, the
// page's h1, and what the page puts beside it (a view switch, a language choice).
import type { ComponentChildren } from 'preact';

export function AppHeader({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class="app-header">
      <div class="app-title">
        <img class="app-icon" src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{title}</h1>
      </div>
      {children}
    </header>
  );
}
