// Fact Notes' own UI lives in a shadow root on an element of its own, added to
// <html> (not <body>) only when first needed. Styles come from a constructed
// stylesheet, which page CSS and strict page CSPs cannot touch.
import { OWN_UI_ATTR } from './text-nodes';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** True when an event came from inside our UI. */
  owns(event: Event): boolean;
  remove(): void;
}

export function createShadowHost(css: string): ShadowHost {
  const host = document.createElement('fact-notes-ui');
  host.setAttribute(OWN_UI_ATTR, '');
  // Inline !important beats page rules such as `* { display: none !important }` … mostly:
  // a page can always hide anything, but it cannot restyle what is inside the root.
  for (const [prop, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['z-index', '2147483647'],
    ['display', 'block'],
    ['overflow', 'visible'],
  ]) host.style.setProperty(prop, value, 'important');
  // Closed: page scripts cannot reach in to read or rewrite the card's notes and links.
  // Assistive tech still reads it (closed roots stay in the accessibility tree).
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  document.documentElement.append(host);
  return {
    host,
    root,
    owns: (event) => event.composedPath().includes(host),
    remove: () => host.remove(),
  };
}
