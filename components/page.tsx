// Mounting an extension page: its App inside the live language provider, into #app.
import { render, type ComponentType } from 'preact';
import { LiveI18nProvider } from './i18n';

export function mountPage(App: ComponentType) {
  const root = document.getElementById('app');
  if (!root) throw new Error('Tact: the page has no #app element.');
  render(
    <LiveI18nProvider>
      <App />
    </LiveI18nProvider>,
    root,
  );
}
