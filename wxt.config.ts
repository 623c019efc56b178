// WXT build configuration: one manifest for Chrome/Edge (MV3) and Firefox (MV3).
import { defineConfig } from 'wxt';
import { PLATFORM_HOSTS } from './utils/platforms/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Auto-imports hide where things come from; every file imports what it uses.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // notifications: the spike alert (a burst of negative mentions) must reach a CM on another tab.
    // alarms: team sync runs every few minutes without keeping the service worker alive.
    permissions: ['storage', 'sidePanel', 'notifications', 'alarms'].filter((p) => browser !== 'firefox' || p !== 'sidePanel'),
    host_permissions: PLATFORM_HOSTS.map((h) => `https://${h}/*`),
    // Asked for one origin at a time, when the user joins a team server (localhost: a server on this machine).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'tact@tact-extension.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
