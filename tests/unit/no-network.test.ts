// Private by construction: the shipped files (not the sources) are checked, because the
// bundles also hold what dependencies and the bundler add (Vite's modulepreload polyfill
// once brought a fetch() in, without any line of ours asking for it).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import sources from '@/data/sources.json';
import { DEFAULT_MATCHES } from '@/lib/default-sites';
import { TOPICS } from '@/lib/topics';
import { buildExtension } from '../e2e/build';

const NETWORK_APIS: Array<[string, RegExp]> = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['sendBeacon', /sendBeacon/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['RTCPeerConnection', /RTCPeerConnection/],
  ['importScripts', /importScripts/],
  ['eval()', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['CSS @import', /@import\b/],
];

// Text that names a URL without ever loading it.
const INERT_URLS = [
  // The notes' sources, shown as links the reader may follow.
  ...sources.map((s) => s.url),
  // XML namespace names that Preact compares element namespaces against.
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  // Help links inside the text of an error wxt/storage throws outside an extension.
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://wxt.dev/guide/go-further/testing.html',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

let dir: string;
let texts: Array<{ file: string; text: string }>;
beforeAll(() => {
  dir = buildExtension('chrome-mv3');
  texts = filesUnder(dir)
    .filter((f) => /\.(js|html|css|json)$/.test(f))
    .map((file) => ({ file: relative(dir, file), text: readFileSync(file, 'utf8') }));
}, 120_000);

describe('the built extension (chrome-mv3) cannot reach the network', () => {
  it('ships scripts, pages and styles', () => {
    expect(texts.map((t) => t.file)).toEqual(
      expect.arrayContaining(['manifest.json', 'background.js', 'content-scripts/content.js', 'popup.html', 'options.html']),
    );
  });

  it('uses no network API and evaluates no code from strings', () => {
    const found = texts.flatMap(({ file, text }) =>
      NETWORK_APIS.filter(([, re]) => re.test(text)).map(([name]) => `${file}: ${name}`),
    );
    expect(found).toEqual([]);
  });

  it('names no remote URL besides the notes’ sources (no remote script, style, image or font)', () => {
    const remote = texts.flatMap(({ file, text }) => {
      const rest = INERT_URLS.reduce((t, url) => t.replaceAll(url, ''), text);
      return [...rest.matchAll(/https?:\/\/[a-z0-9][^\s"'`<>)]*|url\(\s*["']?\/\//gi)].map((m) => `${file}: ${m[0]}`);
    });
    expect(remote).toEqual([]);
  });

  it('HTML pages load only their own packaged files', () => {
    const refs = texts
      .filter((t) => t.file.endsWith('.html'))
      .flatMap(({ file, text }) => [...text.matchAll(/<(?:script|link|img)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => `${file}: ${m[1]}`));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !/: \/(?!\/)/.test(r))).toEqual([]);
  });
});

describe('the manifest asks for little', () => {
  const manifest = () => JSON.parse(texts.find((t) => t.file === 'manifest.json')!.text);

  it('has exactly storage, activeTab and scripting, and host access only where the content script runs', () => {
    const m = manifest();
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect([...m.host_permissions].sort()).toEqual([...DEFAULT_MATCHES].sort());
    expect([...m.content_scripts[0].matches].sort()).toEqual([...DEFAULT_MATCHES].sort());
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('allows only packaged scripts on extension pages', () => {
    const csp: string = manifest().content_security_policy.extension_pages;
    const scriptSrc = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src');
    expect(scriptSrc).toEqual(['script-src', "'self'"]);
  });
});

// Not about the network, but about what every page loads: the content script carries
// the topics' match patterns and none of their texts (the card UI brings those).
describe('the content script carries only what the finder matches on', () => {
  const script = () => texts.find((t) => t.file === 'content-scripts/content.js')!.text;
  const cardUi = () => texts.find((t) => t.file === 'card-ui.js')!.text;

  it('has every alias but no topic summary; the card UI has the summaries', () => {
    for (const topic of TOPICS) {
      for (const alias of topic.aliases) expect(script()).toContain(JSON.stringify(alias.text).slice(1, -1));
      expect(script()).not.toContain(topic.summary.en.slice(0, 40));
      expect(cardUi()).toContain(topic.summary.en.slice(0, 40));
    }
  });
});

// WXT 0.21's context announced each start to the page (window.postMessage and a document
// event named after our id) and shut down when a page replayed it: ours says nothing.
describe('the content script tells the page nothing', () => {
  const script = () => texts.find((t) => t.file === 'content-scripts/content.js')!.text;

  it('posts no message and dispatches no event into the page', () => {
    expect(script()).not.toContain('content-script-started');
    expect(script()).not.toMatch(/\bdispatchEvent\s*\(/);
    // The one postMessage is a MessageChannel hop of our own (slices.ts): null, to our own port.
    expect([...script().matchAll(/postMessage\(([^)]*)\)/g)].map((m) => m[1])).toEqual(['null']);
  });
});
