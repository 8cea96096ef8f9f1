// How marks look: one rule per topic and style, keyed by the highlight's name, in a
// stylesheet the manifest injects with the content script (wxt.config.ts writes it from
// highlightsSheet()). Injected sheets are in the page before its first style pass and page
// scripts cannot see them; registering marks, or switching their style by switching
// names, then only repaints. Adopting a sheet once the page is built restyles every
// element (0.3-1.5 s on the benchmark's 5 MB page), which is what this avoids.
import type { HighlightStyle } from './settings-schema';
import { TOPIC_COLORS } from './topic-colors';
import { TOPIC_IDS, type TopicId } from './types';

/** Where the build puts the sheet, in the extension package. */
export const HIGHLIGHTS_CSS_FILE = 'content-scripts/highlights.css';

/** The name of a topic's marks in `style` (underline keeps the plain name); `active` is the card's mention. */
export const highlightName = (topic: TopicId, style: HighlightStyle | 'active' = 'underline') =>
  style === 'underline' ? `fact-notes-${topic}` : `fact-notes-${topic}-${style}`;

/** Every name a mark can take, with the property that draws it and its value. */
function looks(): Array<[name: string, property: string, value: string]> {
  return TOPIC_IDS.flatMap((topic) => {
    const color = TOPIC_COLORS[topic];
    return [
      [highlightName(topic), 'text-decoration', `underline 2px ${color}`],
      [highlightName(topic, 'background'), 'background-color', `color-mix(in srgb, ${color} 28%, transparent)`],
      [highlightName(topic, 'active'), 'background-color', `color-mix(in srgb, ${color} 45%, transparent)`],
    ] as Array<[string, string, string]>;
  });
}

const rule = (name: string, property: string, value: string) =>
  `::highlight(${name}) { ${property}: ${value};${property === 'text-decoration' ? ' text-underline-offset: 3px;' : ''} }`;

/** The document's rules, each on every element (`::highlight(name)`), or on `scope` only. */
export function highlightCss(scope = ''): string {
  return looks().map(([name, property, value]) => scope + rule(name, property, value)).join('\n');
}

/**
 * The sheet the manifest injects. In Chromium a ::highlight() takes what its parent
 * element's has (highlight inheritance, in shadow trees too), so the rules need match only
 * :root. Rules every element matches make each of the page's style passes dearer, ours or
 * not: a full restyle of the benchmark's 5 MB page took about twice as long with them as
 * without, and a fifth longer with them on :root (docs/PERFORMANCE.md). Firefox
 * 153 does not inherit them, so it keeps rules for every element, and the looks on :root
 * for the rules in pages' shadow roots (below).
 */
export function highlightsSheet(browser: string): string {
  return browser === 'firefox' ? `${highlightCss()}\n${highlightLooksCss()}` : highlightCss(':root');
}

/*
 * Firefox draws a ::highlight() only by the rules of the tree its text is in, so a page's
 * shadow roots need rules of their own, which the content script adopts into them. Those
 * read each look from a custom property the manifest's sheet sets on :root (custom
 * properties reach into shadow trees): when Firefox takes the extension's sheet out
 * (disable, update, uninstall: the content script cannot run any more to clean up), the
 * marks in shadow roots go with it, as the document's do.
 */

/** The looks as custom properties on :root, after highlightCss() in the Firefox build's sheet. */
export function highlightLooksCss(): string {
  return `:root { ${looks().map(([name, , value]) => `--${name}: ${value};`).join(' ')} }`;
}

/** The rules for a page's shadow roots (Firefox): each reads its look from :root. */
export function shadowHighlightCss(): string {
  return looks().map(([name, property]) => rule(name, property, `var(--${name})`)).join('\n');
}
