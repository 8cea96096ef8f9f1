import { describe, expect, it } from 'vitest';
import { highlightCss, highlightLooksCss, highlightName, highlightsSheet, shadowHighlightCss } from './highlight-css';
import { HIGHLIGHT_STYLES } from './settings-schema';
import { TOPIC_IDS } from './types';

describe('the marks’ stylesheet', () => {
  it.each([
    ['cainiao', 'underline', 'fact-notes-cainiao'],
    ['vsse', 'background', 'fact-notes-vsse-background'],
    ['liege-airport', 'active', 'fact-notes-liege-airport-active'],
  ] as const)('names %s marks drawn as %s %s', (topic, style, name) => {
    expect(highlightName(topic, style)).toBe(name);
  });

  it('draws marks in shadow roots (Firefox) only with the looks the extension’s own sheet sets on :root', () => {
    const looks = new Map([...highlightLooksCss().matchAll(/(--[\w-]+): ([^;]+);/g)].map(([, name, value]) => [name, value]));
    const resolved = shadowHighlightCss().replace(/var\((--[\w-]+)\)/g, (_, name: string) => looks.get(name) ?? 'missing');
    expect(resolved).toBe(highlightCss());
    expect(shadowHighlightCss()).not.toMatch(/#|color-mix|underline /);
  });

  it('has one rule for every name a mark can take', () => {
    const css = highlightCss();
    for (const topic of TOPIC_IDS) {
      for (const style of [...HIGHLIGHT_STYLES, 'active'] as const) {
        expect(css.match(new RegExp(`::highlight\\(${highlightName(topic, style)}\\) \\{`, 'g')), `${topic} ${style}`).toHaveLength(1);
      }
    }
  });

  // Chromium: rules on :root only, inherited by every element (a page's style passes stay
  // as cheap as without us); Firefox 153 does not inherit them, so its rules match every element.
  it.each([
    ['chrome', /^:root::highlight\(/],
    ['firefox', /^::highlight\(/],
  ] as const)('the %s build’s sheet scopes every rule as its browser draws it', (browser, start) => {
    const rules = highlightsSheet(browser).split('\n').filter((line) => line.includes('::highlight('));
    expect(rules).toHaveLength(TOPIC_IDS.length * (HIGHLIGHT_STYLES.length + 1));
    for (const line of rules) expect(line).toMatch(start);
  });
});
