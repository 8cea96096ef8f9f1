// How marks look: one rule per topic and style, keyed by the highlight's name, in a
// stylesheet the manifest injects with the content script (wxt.config.ts writes it from
// highlightCss()). Injected sheets are in the page before its first style pass and page
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

export function highlightCss(): string {
  return TOPIC_IDS.map((topic) => {
    const color = TOPIC_COLORS[topic];
    return [
      `::highlight(${highlightName(topic)}) { text-decoration: underline 2px ${color}; text-underline-offset: 3px; }`,
      `::highlight(${highlightName(topic, 'background')}) { background-color: color-mix(in srgb, ${color} 28%, transparent); }`,
      `::highlight(${highlightName(topic, 'active')}) { background-color: color-mix(in srgb, ${color} 45%, transparent); }`,
    ].join('\n');
  }).join('\n');
}
