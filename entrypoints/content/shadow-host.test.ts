// @vitest-environment happy-dom
// Our UI's host can never be built by a page's class: a page that defined the tag we
// create would get our closed root (through the element's internals) or break it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createShadowHost } from './shadow-host';

const ROOT = join(import.meta.dirname, '../..');
/** A name customElements.define accepts: lower case, starting with a letter, with a hyphen. */
const CUSTOM_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

describe('the shadow host', () => {
  it('is no element a page’s custom element class can build, and its root stays closed', () => {
    const reached: Array<() => ShadowRoot | null> = [];
    for (const name of ['fact-notes-ui', 'fact-notes-host', 'fact-notes-card']) {
      customElements.define(name, class extends HTMLElement {
        constructor() {
          super();
          const internals = this.attachInternals?.();
          reached.push(() => internals?.shadowRoot ?? null);
        }
      });
    }
    const { host } = createShadowHost('');
    expect(host.localName).not.toMatch(CUSTOM_NAME);
    expect(host.isConnected).toBe(true);
    expect(host.shadowRoot).toBeNull();
    expect(reached).toHaveLength(0); // no page class built it
  });

  it('nothing of ours that a page hosts has a custom element’s name (the card and the content script)', () => {
    const files = [
      ...readdirSync(join(ROOT, 'entrypoints/content')).map((f) => `entrypoints/content/${f}`),
      ...readdirSync(join(ROOT, 'components')).map((f) => `components/${f}`),
      'entrypoints/card-ui.tsx',
    ].filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    const tags = files.flatMap((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      const jsx = [...text.matchAll(/<([a-z][\w.-]*)[\s>/]/g)].map((m) => m[1]);
      const created = [...text.matchAll(/createElement(?:NS)?\([^)]*?['"`]([^'"`]+)['"`]\s*[,)]/g)].map((m) => m[1]);
      return [...jsx, ...created].map((tag) => `${f}: ${tag}`);
    });
    expect(tags.length).toBeGreaterThan(20);
    expect(tags.filter((t) => CUSTOM_NAME.test(t.split(': ')[1]))).toEqual([]);
  });
});
