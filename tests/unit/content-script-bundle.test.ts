// What every news page loads: the content script as shipped, checked for what it must not
// carry (issue 21: it stays small, so it is quick to evaluate) and for the stylesheet the
// manifest injects beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFLICTS } from '@/lib/conflicts';
import { highlightsSheet, HIGHLIGHTS_CSS_FILE } from '@/lib/highlight-css';
import { buildExtension } from '../e2e/build';

let dir: string;
beforeAll(() => {
  dir = buildExtension('chrome-mv3');
}, 120_000);

describe('the shipped content script', () => {
  it('uses the browser’s own API, not webextension-polyfill (the background still does)', () => {
    const polyfill = /browser-polyfill|Extension context invalidated|alarms:\{clear:/;
    expect(readFileSync(join(dir, 'content-scripts/content.js'), 'utf8')).not.toMatch(polyfill);
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toMatch(polyfill);
  });

  it('comes with the marks’ stylesheet, injected by the manifest on the news sites', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[]; css?: string[] }> };
    const script = manifest.content_scripts.find((cs) => cs.js.includes('content-scripts/content.js'));
    expect(script?.css).toEqual([HIGHLIGHTS_CSS_FILE]);
    expect(readFileSync(join(dir, HIGHLIGHTS_CSS_FILE), 'utf8')).toBe(highlightsSheet('chrome'));
  });

  it('scores typos without fuse.js (lib/typo-score.ts), which the notes library keeps', () => {
    const fuse = /Pattern length exceeds max of/;
    expect(readFileSync(join(dir, 'content-scripts/content.js'), 'utf8')).not.toMatch(fuse);
    const library = readdirSync(join(dir, 'chunks')).filter((f) => f.startsWith('library-'));
    expect(library.map((f) => readFileSync(join(dir, 'chunks', f), 'utf8')).join('')).toMatch(fuse);
  });

  it('carries no conflict between sources, nor does the card UI: the background sends the card ids only', () => {
    const ids = CONFLICTS.map((c) => c.id);
    const has = (file: string) => ids.filter((id) => readFileSync(join(dir, file), 'utf8').includes(id));
    expect(has('content-scripts/content.js')).toEqual([]);
    expect(has('card-ui.js')).toEqual([]);
    expect(has('background.js')).toEqual(ids);
  });

  it('is at most 24 KB gzipped (issue 21)', () => {
    expect(gzipSync(readFileSync(join(dir, 'content-scripts/content.js'))).length).toBeLessThanOrEqual(24_000);
  });
});
