// The card follows the reader's choice (settings "Open the card"): it opens when the pointer
// rests on a marked mention, or rests there with a key held, or on a click. A card opened by
// the pointer closes when the pointer leaves; one opened by a click, on a click elsewhere.
// While the page has no marked mention, a pointer move costs nothing.
import type { CardOpener, HoverKey } from '@/lib/settings-schema';
import type { CardController } from './card';
import type { ContentContext } from './context';
import { mentionAtPoint } from './page-mentions';
import type { PageMention } from './scanner';

const HOVER_CLOSE_MS = 400;

export interface Opening {
  openCard: CardOpener;
  hoverDelayMs: number;
  hoverKey: HoverKey;
}

const KEY_HELD: Record<HoverKey, (e: MouseEvent | KeyboardEvent) => boolean> = {
  shift: (e) => e.shiftKey,
  alt: (e) => e.altKey,
  ctrl: (e) => e.ctrlKey,
};
const KEY_NAME: Record<HoverKey, string> = { shift: 'Shift', alt: 'Alt', ctrl: 'Control' };
/** What a click does something in: a click on a mention there is the page's, not ours. */
const PAGE_CONTROL = [
  'a[href]', 'area[href]', 'button', 'summary', 'label', 'select', 'option', '[contenteditable]:not([contenteditable=false])',
  ...['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option'].map((r) => `[role=${r}]`),
].join();

/** A key pressed in a text field, an editable region or our own card is typing, not a request. */
function typing(e: KeyboardEvent): boolean {
  const t = e.composedPath()[0];
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

export function followPointer(
  ctx: ContentContext,
  card: CardController,
  marked: () => PageMention[],
  open: (m: PageMention) => void,
  opening: () => Opening,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The mention the timer will open: moves within it do not restart the delay. */
  let opening_: PageMention | undefined;
  let pending: { x: number; y: number; keyHeld: boolean } | null = null;
  let last: { x: number; y: number } | null = null;
  const cancel = () => {
    ctx.clearTimeout(timer);
    opening_ = undefined;
  };
  const onFrame = () => {
    if (!pending) return;
    const { x, y, keyHeld } = pending;
    pending = null;
    const { openCard, hoverDelayMs } = opening();
    const m = mentionAtPoint(marked(), x, y);
    const opens = openCard === 'hover' || (openCard === 'hover-key' && keyHeld);
    if (m && m === opening_ && opens) return;
    cancel();
    if (m && m !== card.current && opens) {
      opening_ = m;
      timer = ctx.setTimeout(() => {
        opening_ = undefined;
        open(m);
      }, hoverDelayMs);
    } else if (!m && card.current) timer = ctx.setTimeout(() => card.close(), HOVER_CLOSE_MS);
  };
  const look = (x: number, y: number, keyHeld: boolean) => {
    if (!pending) ctx.requestAnimationFrame(onFrame);
    pending = { x, y, keyHeld };
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (e: PointerEvent) => {
      if (card.owns(e)) return cancel();
      last = { x: e.clientX, y: e.clientY };
      // No marked mention, no caret lookup (an open card always has its mention); a click opens.
      if (!marked().length || opening().openCard === 'click') return;
      look(e.clientX, e.clientY, KEY_HELD[opening().hoverKey](e));
    },
    { passive: true },
  );
  // The key pressed while the pointer already rests on a mention (not while typing: Shift
  // makes capitals); released before the delay ends, it opens nothing.
  const isKey = (e: KeyboardEvent) => opening().openCard === 'hover-key' && e.key === KEY_NAME[opening().hoverKey];
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (!isKey(e) || e.repeat || typing(e) || !last || !marked().length) return;
    look(last.x, last.y, true);
  });
  ctx.addEventListener(document, 'keyup', (e: KeyboardEvent) => isKey(e) && cancel());
  ctx.addEventListener(document, 'click', (e: MouseEvent) => {
    if (opening().openCard !== 'click' || card.owns(e) || e.button !== 0) return;
    const m = marked().length ? mentionAtPoint(marked(), e.clientX, e.clientY) : undefined;
    // Never hijack a link or another control, and a click that ends a text selection selects, it does not open.
    const inControl = e.composedPath().some((n) => n instanceof Element && n.matches(PAGE_CONTROL));
    const selecting = !document.getSelection()?.isCollapsed;
    if (m && !inControl && !selecting) {
      if (m !== card.current) open(m);
    } else if (card.current) card.close();
  });
}
