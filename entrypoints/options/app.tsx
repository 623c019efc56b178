// The options page: a settings app with one section per capability (brands, tone, snippets, trolls,
// sharing, AI, general), opened by the URL's hash (options.html#tone); see components/settings-shell.
import { SettingsShell } from '../../components/settings-shell';
import { DEFAULT_SECTION, SECTIONS } from './sections';

export function App() {
  return <SettingsShell heading="options.heading" sections={SECTIONS} fallback={DEFAULT_SECTION} />;
}
