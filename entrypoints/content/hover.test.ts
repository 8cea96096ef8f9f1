// @vitest-environment happy-dom
// How the card opens, in each mode the reader can choose (settings "Open the card").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CardController } from './card';
import { ContentContext } from './context';
import { followPointer, type Opening } from './hover';
import type { PageMention } from './scanner';
import { asReader } from '@/tests/fakes/page';

// The caret lookup is the browser's: here a mention sits at x < 100, nothing beyond.
const MENTION = { topic: 'vsse' } as PageMention;
vi.mock('./page-mentions', () => ({ mentionAtPoint: (ms: PageMention[], x: number) => (x < 100 ? ms[0] : undefined) }));

let ctx: ContentContext;
let opened: PageMention[];
let card: CardController;
function start(opening: Partial<Opening>, marked: PageMention[] = [MENTION]) {
  const settings: Opening = { openCard: 'hover', hoverDelayMs: 250, hoverKey: 'shift', ...opening };
  followPointer(ctx, card, () => marked, (m) => opened.push(m), () => settings);
}
// What the reader does, as the browser dispatches it; `made` (by a page script) when `trusted` is false.
const move = (x: number, init: MouseEventInit = {}, trusted = true) =>
  document.dispatchEvent(byWhom(new PointerEvent('pointermove', { clientX: x, clientY: 5, ...init }), trusted));
const click = (x: number, target: EventTarget = document.body, trusted = true) =>
  target.dispatchEvent(byWhom(new MouseEvent('click', { clientX: x, clientY: 5, bubbles: true, composed: true }), trusted));
const key = (type: 'keydown' | 'keyup', init: KeyboardEventInit, target: EventTarget = document, trusted = true) =>
  target.dispatchEvent(byWhom(new KeyboardEvent(type, init), trusted));
const byWhom = <E extends Event>(e: E, trusted: boolean) => (trusted ? asReader(e) : e);
/** Runs the pending animation frame and timers. */
const settle = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(20);
  await vi.advanceTimersByTimeAsync(ms);
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  ctx = new ContentContext();
  opened = [];
  card = { current: null, open: vi.fn(), follow: vi.fn(), showIn: vi.fn(), close: vi.fn(), owns: () => false, remove: vi.fn() };
  document.body.innerHTML = '<p id="text">A mention</p><a id="link" href="https://example.org/"><span id="in-link">A mention in a link</span></a>';
});
afterEach(() => {
  ctx.end();
  vi.useRealTimers();
});

describe('opening the card', () => {
  it('on hover: after the chosen delay, not before', async () => {
    start({ hoverDelayMs: 900 });
    move(10);
    await settle(800);
    expect(opened).toEqual([]);
    await settle(150);
    expect(opened).toEqual([MENTION]);
  });

  it('on hover with a key: only while the key is held, or when it is pressed over a mention', async () => {
    start({ openCard: 'hover-key', hoverKey: 'alt' });
    move(10);
    await settle(500);
    expect(opened).toEqual([]);
    move(11, { altKey: true });
    await settle(300);
    expect(opened).toEqual([MENTION]);
    opened = [];
    move(12);
    key('keydown', { key: 'Alt' });
    await settle(300);
    expect(opened).toEqual([MENTION]);
  });

  it('on hover with a key: typing a capital in a text field opens nothing, a held key that repeats does not restart the delay, releasing it cancels', async () => {
    start({ openCard: 'hover-key', hoverKey: 'shift', hoverDelayMs: 600 });
    move(10);
    const field = document.body.appendChild(document.createElement('textarea'));
    key('keydown', { key: 'Shift', bubbles: true, composed: true }, field);
    await settle(700);
    expect(opened).toEqual([]);
    const press = (repeat: boolean) => key('keydown', { key: 'Shift', repeat });
    press(false);
    for (let t = 0; t < 6; t++) {
      await vi.advanceTimersByTimeAsync(100);
      press(true);
    }
    await settle(100);
    expect(opened).toEqual([MENTION]);
    opened = [];
    move(20, { shiftKey: true });
    await settle(200);
    key('keyup', { key: 'Shift' });
    await settle(800);
    expect(opened).toEqual([]);
  });

  it('on click: resting opens nothing; a click opens, but not in a link nor at the end of a selection', async () => {
    start({ openCard: 'click' });
    move(10);
    await settle(2000);
    expect(opened).toEqual([]);
    click(10, document.getElementById('in-link')!);
    expect(opened).toEqual([]);
    const selection = document.getSelection()!;
    selection.selectAllChildren(document.getElementById('text')!);
    click(10, document.getElementById('text')!);
    expect(opened).toEqual([]);
    selection.removeAllRanges();
    click(10, document.getElementById('text')!);
    expect(opened).toEqual([MENTION]);
  });

  it('on click: a mention inside a control of the page is the page’s to click, in a plain paragraph it is ours', async () => {
    const controls = [
      '<button>',
      '<summary>',
      '<label>',
      '<select><option>',
      '<div role="button">',
      '<span role="link">',
      '<div role="checkbox">',
      '<div role="tab">',
      '<li role="menuitem">',
      '<div contenteditable="true">',
      '<p contenteditable>',
    ];
    start({ openCard: 'click' });
    for (const control of controls) {
      document.body.innerHTML = `${control}<span id="words">A mention</span>`;
      click(10, document.getElementById('words')!);
      expect(opened, control).toEqual([]);
    }
    for (const plain of ['<p>', '<div contenteditable="false">', '<div role="note">']) {
      opened = [];
      document.body.innerHTML = `${plain}<span id="words">A mention</span>`;
      click(10, document.getElementById('words')!);
      expect(opened, plain).toEqual([MENTION]);
    }
  });

  it('opens nothing on moves, keys and clicks a page makes up, in every mode', async () => {
    const modes: Array<[Partial<Opening>, () => void]> = [
      [{ openCard: 'hover' }, () => move(10, {}, false)],
      // The reader rests on the mention without the key; the page makes up the key.
      [{ openCard: 'hover-key', hoverKey: 'alt' }, () => (move(10), key('keydown', { key: 'Alt' }, document, false))],
      [{ openCard: 'click' }, () => click(10, document.getElementById('text')!, false)],
    ];
    for (const [opening, attack] of modes) {
      ctx.end();
      ctx = new ContentContext();
      start(opening);
      attack();
      await settle(1000);
      expect(opened, opening.openCard).toEqual([]);
    }
  });

  it('a move away or a key release that a page makes up does not cancel the reader’s hover', async () => {
    start({ openCard: 'hover-key', hoverKey: 'alt', hoverDelayMs: 300 });
    move(10, { altKey: true });
    move(500, {}, false);
    key('keyup', { key: 'Alt' }, document, false);
    await settle(400);
    expect(opened).toEqual([MENTION]);
  });

  it('opens nothing when no mention is marked (nothing in the page, or hidden)', async () => {
    start({}, []);
    move(10);
    await settle(1000);
    click(10);
    expect(opened).toEqual([]);
  });
});
