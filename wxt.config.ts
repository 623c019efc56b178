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
    // alarms: polling subscribed brand kits and team sync without keeping the service worker alive.
    permissions: ['storage', 'sidePanel', 'notifications', 'alarms'].filter(
      (p) => browser !== 'firefox' || p !== 'sidePanel',
    ),
    host_permissions: PLATFORM_HOSTS.map((h) => `https://${h}/*`),
    // Asked for one origin at a time, when the user saves it: the OpenAI-compatible endpoint of AI
    // rewriting (off by default; may be local), a subscribed brand kit's site, a team sync server.
    optional_host_permissions: ['http://localhost/*', 'http://127.0.0.1/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Remappable at chrome://extensions/shortcuts (Firefox: about:addons → Manage Extension Shortcuts).
    // Alt+Shift+R and Alt+Shift+T are free in Chrome and Firefox and on the four sites.
    commands: {
      'insert-suggestion': {
        suggested_key: { default: 'Alt+Shift+R', mac: 'Alt+Shift+R' },
        description: '__MSG_commandInsertSuggestion__',
      },
      'focus-tone-meter': {
        suggested_key: { default: 'Alt+Shift+T', mac: 'Alt+Shift+T' },
        description: '__MSG_commandFocusToneMeter__',
      },
    },
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
