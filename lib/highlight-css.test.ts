import { describe, expect, it } from 'vitest';
import { highlightCss, highlightName } from './highlight-css';
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

  it('has one rule for every name a mark can take', () => {
    const css = highlightCss();
    for (const topic of TOPIC_IDS) {
      for (const style of [...HIGHLIGHT_STYLES, 'active'] as const) {
        expect(css.match(new RegExp(`::highlight\\(${highlightName(topic, style)}\\) \\{`, 'g')), `${topic} ${style}`).toHaveLength(1);
      }
    }
  });
});
