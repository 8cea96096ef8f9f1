import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_MATCHES } from './lib/default-sites';

// See DESIGN.md: least permissions, no remote code, no network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Fact Notes',
    description:
      'Marks mentions of Cainiao, Liège Airport and Belgian State Security (VSSE) on news pages, with dated, sourced background notes. Works offline.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // Extra sites the user adds in the options page are requested at that moment.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Show the next mention and its notes' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Show the previous mention and its notes' },
      'close-card': { description: 'Close the notes card' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fact-notes@factnotes.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
