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
    // alarms: polling subscribed brand kits (a service worker cannot keep a timer for 6 hours).
    permissions: ['storage', 'sidePanel', 'notifications', 'alarms'].filter((p) => browser !== 'firefox' || p !== 'sidePanel'),
    host_permissions: PLATFORM_HOSTS.map((h) => `https://${h}/*`),
    // A subscribed brand kit's site, asked for (that origin only) when the user subscribes to it.
    optional_host_permissions: ['https://*/*'],
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
