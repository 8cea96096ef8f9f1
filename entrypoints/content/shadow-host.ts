// Fact Notes' own UI lives in a shadow root on an element of its own, added to
// <html> (not <body>) only when first needed. Styles come from a constructed
// stylesheet, which page CSS and strict page CSPs cannot touch.
// The host is a plain <div>, known by an attribute: never a custom element. A page that
// defines a hyphenated tag before we create it gets our element built by its own class,
// which can keep the element's internals (their shadowRoot is then our closed root) or
// attach a root of its own first (ours then fails).
import { OWN_UI_ATTR } from './text-nodes';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** True when an event came from inside our UI. */
  owns(event: Event): boolean;
  remove(): void;
}

export function createShadowHost(css: string): ShadowHost {
  const host = document.createElement('div');
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
  // Closed, on an element no page class can build: page scripts cannot reach in to read
  // or rewrite the card's notes and links. A page that patches attachShadow or
  // ElementInternals patches its own world's prototypes, not the ones we call (Chromium's
  // isolated world, Firefox's Xrays); and the root exists before the page can see the host.
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
