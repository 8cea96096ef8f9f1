import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DEFAULT_MATCHES } from './lib/default-sites';
import { highlightsSheet, HIGHLIGHTS_CSS_FILE } from './lib/highlight-css';
import { iconSet } from './lib/icons';

// Preact's only innerHTML write is its dangerouslySetInnerHTML support, which we never
// use (web-ext lint flags it). Rewritten to textContent, any such HTML would show as
// inert text. Fails the build if Preact changes, so the rewrite cannot silently lapse.
const PREACT_INNER_HTML = /\b([\w$]+)\.innerHTML=([\w$]+)\.__html\b/g;
const noPreactInnerHtml = (): Plugin => ({
  name: 'fact-notes:no-preact-innerhtml',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/node_modules\/preact\/dist\/preact\.mjs$/.test(id.split('?')[0])) return;
    const out = code.replace(PREACT_INNER_HTML, '$1.textContent=$2.__html');
    if (out === code || /\.innerHTML\s*=[^=]/.test(out)) throw new Error('preact: innerHTML write not found or not the only one');
    return { code: out, map: null };
  },
});

// "data/topics.json?patterns" is the topics cut down to what the finder matches on
// (lib/topic-patterns.ts): the content script ships no names, summaries or relations,
// nor the aliases' languages.
const PATTERN_FIELDS = ['id', 'aliases', 'context', 'exclude'];
const withoutLang = ({ lang: _, ...alias }: Record<string, unknown>) => alias;
export const topicPatterns = (): Plugin => ({
  name: 'fact-notes:topic-patterns',
  enforce: 'pre',
  load(id) {
    const [file, query] = id.split('?');
    if (query !== 'patterns' || !file.endsWith('/data/topics.json')) return;
    const topics: Array<Record<string, unknown>> = JSON.parse(readFileSync(file, 'utf8'));
    // Still JSON: Vite's JSON plugin turns it into a module as for any .json import.
    const cut = (k: string, v: unknown) => (k === 'aliases' ? (v as Array<Record<string, unknown>>).map(withoutLang) : v);
    return JSON.stringify(topics.map((t) => Object.fromEntries(PATTERN_FIELDS.filter((k) => k in t).map((k) => [k, cut(k, t[k])]))));
  },
});

// WXT's content-script entry builds our own context (entrypoints/content/context.ts)
// instead of its ContentScriptContext, whose start-up announcement tells every page our
// extension id and lets any page switch us off. The build fails if WXT's class would
// still ship anywhere (a WXT update that moves the import, say).
const CONTEXT_MODULE = 'wxt/utils/content-script-context';
const OWN_CONTEXT = fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url));
export const ownContentContext = (): Plugin => ({
  name: 'fact-notes:own-content-context',
  enforce: 'pre',
  resolveId: (source) => (source === CONTEXT_MODULE ? OWN_CONTEXT : undefined),
  transform(code, id) {
    if (id.includes('/node_modules/') && code.includes('wxt:content-script-started')) this.error(`${id}: WXT's content-script context would ship`);
  },
});

// The content script, which every news page loads and evaluates, uses the browser's own
// promise-based API (chrome.* in Chromium MV3, browser.* in Firefox), as WXT does without
// webextension-polyfill: it sends messages, answers at once (never after an await: Chromium
// drops a late sendResponse unless the listener returned true) and reads storage, which
// need nothing the polyfill adds (~2.5 KB gzip). Extension pages keep it.
const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
export const nativeBrowserInContentScript = (): Plugin => {
  let content = false;
  return {
    name: 'fact-notes:native-browser-in-content-script',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      content = [entry ?? []].flat().some((e) => String(e).replace(/\\/g, '/').includes('/entrypoints/content/'));
    },
    resolveId(source, importer, options) {
      if (content && source === POLYFILL) return this.resolve('@wxt-dev/browser', importer, { ...options, skipSelf: true });
    },
  };
};

const SITE_ACCESS = ['https://*/*', 'http://*/*'];

// The marks' stylesheet (lib/highlight-css.ts), written at build time and injected by the
// manifest with the news-site content script: in the page before it is styled, so marking
// never restyles it, and out of page scripts' sight.
const marksSheet = {
  'build:publicAssets': (wxt: { config: { browser: string } }, files: Array<{ relativeDest: string; contents: string }>) => {
    files.push({ relativeDest: HIGHLIGHTS_CSS_FILE, contents: highlightsSheet(wxt.config.browser) });
  },
  'build:manifestGenerated': (_: unknown, manifest: { content_scripts?: Array<{ matches?: string[]; css?: string[] }> }) => {
    const script = manifest.content_scripts?.find((cs) => cs.matches?.includes(DEFAULT_MATCHES[0]));
    if (!script) throw new Error('the news-site content script is missing from the manifest');
    script.css = [...(script.css ?? []), HIGHLIGHTS_CSS_FILE];
  },
};

// See DESIGN.md: least permissions, no remote code, no network.
export default defineConfig({
  // The Firefox sources zip (wxt zip -b firefox) holds what rebuilds the add-on: not the
  // store pictures, which are made from a build.
  zip: { excludeSources: ['docs/store/**'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: marksSheet,
  vite: () => ({
    plugins: [noPreactInnerHtml(), topicPatterns(), ownContentContext(), nativeBrowserInContentScript(), preact()],
    // Extension pages load their chunks from the package; the polyfill would only add
    // a fetch() of our own chunks, and no-network.test forbids fetch in the bundles.
    build: {
      modulePreload: { polyfill: false },
      // Terser packs the content script, which every news page loads, ~7% smaller than esbuild.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and shortcut names follow the browser's language (public/_locales).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: iconSet(),
    // WXT 0.21 turns `action` into MV2's browser_action without its icon: named for both.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: iconSet(), default_title: '__MSG_extName__' },
    permissions: ['storage', 'activeTab', 'scripting'],
    // The same sites the content script runs on (so the same install prompt): lets the
    // background inject the card UI there only when a page has a mention.
    host_permissions: DEFAULT_MATCHES,
    // Extra sites the user adds in the options page are requested at that moment.
    optional_host_permissions: SITE_ACCESS,
    // MV2 (the Firefox build) has no optional_host_permissions: origins go here instead.
    ...(manifestVersion === 2 ? { optional_permissions: SITE_ACCESS } : {}),
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPreviousMention__' },
      'close-card': { description: '__MSG_cmdCloseCard__' },
      'toggle-marks': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleMarks__' },
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
