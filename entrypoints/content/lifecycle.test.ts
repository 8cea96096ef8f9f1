// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.lesoir.be/article"}
// The content script's life in a page: started as WXT's entry starts it (with the
// context wxt.config.ts builds it with), injected again, shut down, paused, a mention
// dismissed from its card.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { asReader, fakeHighlightApi, marked, until } from '@/tests/fakes/page';
import type { ScanReport } from '@/lib/messages';
import { registerCardUi, registeredCardUi } from '@/utils/card-ui-contract';
import { updateSettings } from '@/utils/settings';
import cardUi from '../card-ui';
import definition from './index';

// Calls `finderBuilt` whenever the content script builds its finder, `scanStarted` whenever it starts reading the page,
// `sliced` with whether each run of slices went to its end (false: stopped; a scan runs twice: its roots' own
// text, then their shadow roots and paragraphs).
const hooks = vi.hoisted(() => ({ finderBuilt: () => {}, scanStarted: () => {}, sliced: (_done: boolean) => {} }));
vi.mock('./slices', async (importOriginal) => {
  const real = await importOriginal<typeof import('./slices')>();
  return {
    ...real,
    runInSlices: async (...args: Parameters<typeof real.runInSlices>) => {
      const done = await real.runInSlices(...args);
      hooks.sliced(done);
      return done;
    },
  };
});
vi.mock('@/lib/find-mentions', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/find-mentions')>();
  return {
    ...real,
    createFinder: (...args: Parameters<typeof real.createFinder>) => {
      hooks.finderBuilt();
      const finder = real.createFinder(...args);
      return { ...finder, startScan: (...a: Parameters<typeof finder.startScan>) => (hooks.scanStarted(), finder.startScan(...a)) };
    },
  };
});

const ARTICLE = '<article><p>Cainiao runs a hub at Liège Airport.</p><p>The VSSE watches it.</p></article>';
const THREE = ['cainiao:Cainiao', 'liege-airport:Liège Airport', 'vsse:VSSE'];

let page: ReturnType<typeof fakeHighlightApi>;
const started: Array<{ signal: AbortSignal; abort?(): void; end?(): void }> = [];

/** What WXT's content-script entry does: a new context, then main(ctx). */
function inject() {
  const ctx = new ContentScriptContext('content', {});
  started.push(ctx as never);
  void definition.main(ctx);
  return ctx as unknown as { signal: AbortSignal; end(): void };
}

const addParagraph = (html: string) => {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.querySelector('article')!.append(p);
};

describe('the content script’s lifecycle', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    hooks.scanStarted = () => {};
    hooks.sliced = () => {};
    page = fakeHighlightApi();
    document.body.innerHTML = ARTICLE;
    // Reports go to a background that is not there: that must not matter.
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  });
  afterEach(() => {
    started.splice(0).forEach((ctx) => (ctx.end ?? ctx.abort)?.call(ctx));
  });

  it('marks the page and keeps following it', async () => {
    inject();
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
    addParagraph('Cainiao again, and the VSSE again.');
    await until(() => expect(marked(page.highlights)).toHaveLength(5));
  });

  /** Calls `seen` each time one of our highlights is set (a publish sets one per topic). */
  function onMarksSet(seen: (ranges: Set<Range>) => void): void {
    const set = page.highlights.set.bind(page.highlights);
    page.highlights.set = (name, ranges) => (set(name, ranges), seen(ranges), page.highlights);
  }
  /** What is marked each time our highlights change. */
  function markChanges(): string[][] {
    const changes: string[][] = [];
    onMarksSet(() => changes.push(marked(page.highlights)));
    return changes;
  }
  /** How many mentions each report to the background held. */
  const reports = () =>
    vi.mocked(browser.runtime.sendMessage).mock.calls.flatMap(([msg]: unknown[]) => {
      const report = msg as ScanReport;
      return report.type === 'scan-report' ? [report.mentions.length] : [];
    });

  it("marks the page's own text first, then what its shadow roots add, and reports them together", async () => {
    document.body.appendChild(document.createElement('news-box')).attachShadow({ mode: 'open' }).innerHTML = '<p>Cainiao parcels.</p>';
    const changes = markChanges();
    // Texts read when the page's own marks came: the component's not yet.
    let reading = 0;
    const readingWhenMarked: number[] = [];
    hooks.scanStarted = () => reading++;
    onMarksSet(() => marked(page.highlights).join() === THREE.join() && readingWhenMarked.push(reading));
    inject();
    await until(() => expect(marked(page.highlights)).toEqual([...THREE, 'cainiao:Cainiao'].sort()));
    expect(changes).toContainEqual(THREE);
    expect(readingWhenMarked).toEqual([1]);
    await until(() => expect(reports()).toEqual([4]));
  });

  it('waits for the shadow roots before marking only the first mention of each topic', async () => {
    await updateSettings({ mark: 'first' });
    document.body.innerHTML = '<news-box></news-box><p>Cainiao runs a hub.</p>';
    document.querySelector('news-box')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Cainiao parcels.</p>';
    // Whether each range marked was in the component, at each change.
    const inComponent: boolean[][] = [];
    onMarksSet((ranges) => inComponent.push([...ranges].map((r) => r.startContainer.getRootNode() instanceof ShadowRoot)));
    inject();
    await until(() => expect(reports()).toEqual([2]));
    expect(inComponent).toEqual([[true]]); // the component's comes first in the page: never the page's own, then it
  });

  it("marks a component's words once when the block around it changes", async () => {
    document.querySelector('article')!.appendChild(document.createElement('news-box')).attachShadow({ mode: 'open' }).innerHTML = '<p>Cainiao parcels.</p>';
    inject();
    await until(() => expect(marked(page.highlights)).toHaveLength(4));
    addParagraph('The VSSE again.');
    await until(() => expect(marked(page.highlights)).toEqual([...THREE, 'cainiao:Cainiao', 'vsse:VSSE'].sort()));
  });

  it('changes the highlights once when the page has no shadow roots to add to them', async () => {
    const changes = markChanges();
    inject();
    await until(() => expect(reports()).toEqual([3]));
    expect(changes).toHaveLength(3); // one highlight per topic, set once
  });

  it('survives a second injection: one instance keeps the page marked and followed', async () => {
    inject();
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
    const second = inject();
    expect(second.signal.aborted).toBe(true); // the first one goes on
    await new Promise((r) => setTimeout(r, 50));
    expect(marked(page.highlights)).toEqual(THREE);
    addParagraph('Cainiao again, and the VSSE again.');
    await until(() => expect(marked(page.highlights)).toHaveLength(5));
  });

  it('tells the page nothing, and nothing the page posts or dispatches switches it off', async () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    inject();
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    // What WXT 0.21's context announced, replayed by a page that knows our id.
    const type = `${browser.runtime.id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
    await new Promise((r) => setTimeout(r, 50));
    addParagraph('Cainiao again, and the VSSE again.');
    await until(() => expect(marked(page.highlights)).toHaveLength(5));
  });

  it('reports again when the browser shows the page from its cache, not when the page says so', async () => {
    inject();
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
    await until(() => expect(browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'scan-report' })));
    const reports = () => vi.mocked(browser.runtime.sendMessage).mock.calls.filter(([m]) => (m as unknown as { type: string }).type === 'scan-report').length;
    const shown = () => Object.assign(new Event('pageshow'), { persisted: true });
    const before = reports();
    for (let i = 0; i < 50; i++) {
      window.dispatchEvent(shown());
      document.dispatchEvent(new Event('prerenderingchange'));
    }
    expect(reports()).toBe(before);
    window.dispatchEvent(asReader(shown()));
    document.dispatchEvent(asReader(new Event('prerenderingchange')));
    expect(reports()).toBe(before + 2);
  });

  it('takes everything of its own out of the page when it ends', async () => {
    const ctx = inject();
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
    // The marks' look comes with the manifest (lib/highlight-css.ts): no sheet of ours to take out.
    expect(document.adoptedStyleSheets).toHaveLength(0);
    ctx.end();
    expect(page.highlights.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelector('[data-fact-notes-ui]')).toBeNull();
    expect((fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()).toBe(false);
    // No observer, no settings watcher left: nothing marks the page again.
    addParagraph('Cainiao again.');
    await updateSettings({ highlightStyle: 'background' });
    await new Promise((r) => setTimeout(r, 400));
    expect(page.highlights.size).toBe(0);
  });

  it('ends within seconds once the extension is gone (reload, update), leaving nothing behind', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const ctx = inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as never);
      vi.advanceTimersByTime(1500);
      expect(ctx.signal.aborted).toBe(true);
      expect(page.highlights.size).toBe(0);
      expect(document.adoptedStyleSheets).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does no caret lookup on pointer moves while the page has no mention', async () => {
    document.body.innerHTML = '<p>Nothing to see here.</p>';
    inject();
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(asReader(new PointerEvent('pointermove', { clientX: 10 + i, clientY: 10 })));
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect(page.caretLookups()).toBe(0);
  });

  it('starts reading storage before it builds the finder', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    let readsWhenBuilt = -1;
    hooks.finderBuilt = () => (readsWhenBuilt = reads.mock.calls.length);
    inject();
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
    expect(readsWhenBuilt).toBeGreaterThan(0);
  });

  /** Holds every storage read until `answer()` (the page's own load work holds a real answer back); counts scans started. */
  function holdStorage() {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((async (keys: never) => (await held, get(keys))) as never);
    let scans = 0;
    hooks.scanStarted = () => scans++;
    return { answer, scans: () => scans };
  }

  it('reads the page while its settings are on their way, and marks it once they are back', async () => {
    const storage = holdStorage();
    inject();
    await until(() => expect(storage.scans()).toBe(1));
    expect(page.highlights.size).toBe(0); // nothing marked before the settings say how
    storage.answer();
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
    expect(storage.scans()).toBe(1); // what that first scan found, not a second scan
  });

  it('marks what the page adds while its settings are on their way, after the early scan read past it', async () => {
    const storage = holdStorage();
    inject();
    await until(() => expect(storage.scans()).toBe(1));
    addParagraph('Cainiao again, and the VSSE again.');
    await new Promise((r) => setTimeout(r, 0)); // the page's change is observed before the settings come
    storage.answer();
    await until(() => expect(marked(page.highlights)).toHaveLength(5));
  });

  it('stops watching the page when it ends while its settings are on their way', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const storage = holdStorage();
    const ctx = inject();
    await until(() => expect(storage.scans()).toBe(1));
    ctx.end();
    expect(disconnect).toHaveBeenCalled();
  });

  it('stops the early scan as soon as the site turns out to be paused', async () => {
    // A page long enough for many slices: the settings come back while the early scan reads it.
    const runs = longPage();
    await updateSettings({ pausedSites: ['lesoir.be'] });
    const storage = holdStorage();
    inject();
    await until(() => expect(storage.scans()).toBe(1));
    storage.answer();
    await stoppedAndPaused(runs);
  }, 20_000);

  it('stops the scan under way when the reader pauses the site', async () => {
    const runs = longPage();
    let scans = 0;
    hooks.scanStarted = () => scans++;
    inject();
    await until(() => expect(scans).toBe(1));
    await updateSettings({ pausedSites: ['lesoir.be'] });
    await stoppedAndPaused(runs);
  }, 20_000);

  /** A page long enough for many slices; records each scan's end (true: read to the end). */
  function longPage(): boolean[] {
    document.body.innerHTML = '<article>' + '<p>Cainiao runs a hub at Liège Airport, and the VSSE watches it.</p>'.repeat(300) + '</article>';
    const runs: boolean[] = [];
    hooks.sliced = (done) => runs.push(done);
    return runs;
  }

  /** The first scan stopped rather than read to the end, the site reported paused, nothing marked. */
  async function stoppedAndPaused(runs: boolean[]): Promise<void> {
    await until(() => expect(runs).toHaveLength(1));
    expect(runs).toEqual([false]);
    await until(() => expect(browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ paused: true })));
    expect(page.highlights.size).toBe(0);
  }

  it('drops that early scan when the stored settings find otherwise', async () => {
    await updateSettings({ topics: { vsse: false } });
    inject();
    await until(() => expect(marked(page.highlights)).toEqual(THREE.slice(0, 2)));
    await new Promise((r) => setTimeout(r, 100));
    expect(marked(page.highlights)).toEqual(THREE.slice(0, 2));
  });

  it('marks nothing on a paused site, and marks it once resumed', async () => {
    await updateSettings({ pausedSites: ['lesoir.be'] });
    inject();
    await until(() => expect(browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ paused: true })));
    expect(page.highlights.size).toBe(0);
    await updateSettings({ pausedSites: [] });
    await until(() => expect(marked(page.highlights)).toEqual(THREE));
  });

  it('rescans the page on a settings change only when it changes what is found', async () => {
    document.body.innerHTML = ARTICLE.replace('watches it.', 'watches it. The VSSE again.');
    let scans = 0; // readings of the page (it has no shadow roots: one per scan)
    hooks.scanStarted = () => scans++;
    inject();
    await until(() => expect(marked(page.highlights)).toHaveLength(4));
    const styled = (n: number) => expect(marked(page.highlights).filter((m) => /^[a-z-]+-background:/.test(m))).toHaveLength(n);
    await updateSettings({ highlightStyle: 'background' });
    await until(() => styled(4));
    await updateSettings({ mark: 'first', language: 'nl', hoverDelayMs: 500, openCard: 'click' });
    await until(() => styled(3));
    expect(scans).toBe(1); // the first scan only
    await updateSettings({ topics: { vsse: false } });
    await until(() => styled(2));
    expect(scans).toBe(2);
  });

  describe('marks the reader hid on the tab', () => {
    const toggle = () => fakeBrowser.runtime.onMessage.trigger({ type: 'toggle-marks' }, {});
    const asked = (msg: unknown) => (msg as { type?: string }).type === 'get-marks-hidden';
    /** The background answers a frame's question `answer`. */
    const tabSays = (answer: unknown) => vi.mocked(browser.runtime.sendMessage).mockImplementation(async (msg: unknown) => (asked(msg) ? answer : undefined));

    it('stay hidden in a frame that starts later in that tab, until the reader shows them', async () => {
      vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window); // a frame, not the top
      tabSays(true);
      inject();
      await until(() => expect(browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'scan-report' })));
      expect(browser.runtime.sendMessage).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'scan-report', hidden: true }));
      expect(marked(page.highlights)).toEqual([]);
      await toggle();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
    });

    it.each([
      ['a frame whose tab shows them', false, false],
      ['a frame told anything but true', false, 'yes'],
      ['a top frame, which does not ask (it starts a new page)', true, true],
    ] as const)('are shown in %s', async (_, top, answer) => {
      if (!top) vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
      tabSays(answer);
      inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      expect(vi.mocked(browser.runtime.sendMessage).mock.calls.some(([m]) => asked(m))).toBe(!top);
    });

    it('flip on the shortcut, answered with the new state; a state the background sets is set, not flipped', async () => {
      inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      const answers: unknown[] = [];
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
      await trigger({ type: 'toggle-marks' }, {}, (a: unknown) => answers.push(a));
      expect(answers).toEqual([true]);
      await until(() => expect(marked(page.highlights)).toEqual([]));
      // Every frame is then told the top frame's state: this one has it already, so nothing flips back.
      await trigger({ type: 'set-marks-hidden', hidden: true }, {});
      expect(marked(page.highlights)).toEqual([]);
      await trigger({ type: 'set-marks-hidden', hidden: false }, {});
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      await trigger({ type: 'set-marks-hidden', hidden: false }, {});
      expect(marked(page.highlights)).toEqual(THREE);
    });

    it('are answered for and flipped in the top frame from the start, while its settings are on their way', async () => {
      const storage = holdStorage();
      inject();
      await until(() => expect(storage.scans()).toBe(1)); // started; its settings not back
      const answers: unknown[] = [];
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
      await trigger({ type: 'get-marks-hidden' }, {}, (a: unknown) => answers.push(a));
      await trigger({ type: 'toggle-marks' }, {}, (a: unknown) => answers.push(a));
      expect(answers).toEqual([false, true]);
      storage.answer();
      await until(() => expect(browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'scan-report', hidden: true })));
      expect(marked(page.highlights)).toEqual([]);
      await trigger({ type: 'set-marks-hidden', hidden: false }, {});
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
    });

    it('are hidden or not as the top frame tells the background, for a frame that starts', async () => {
      inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      const answers: unknown[] = [];
      // As the browser calls a listener: the message, its sender, and how to answer.
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
      const ask = () => trigger({ type: 'get-marks-hidden' }, {}, (a: unknown) => answers.push(a));
      await ask();
      await toggle();
      await ask();
      expect(answers).toEqual([false, true]);
    });
  });

  describe('"Not this topic" in the card', () => {
    /** Where the card draws (its shadow root is closed): the real card UI, its mount kept. */
    let mount: HTMLElement | undefined;
    beforeEach(() => {
      cardUi.main();
      const ui = registeredCardUi()!;
      registerCardUi({ ...ui, render: (m, props) => ui.render((mount = m), props) });
    });
    /** Opens the card of mention `id` (as the popup asks) and clicks its "Not this topic". */
    async function dismiss(id: number) {
      mount = undefined;
      await fakeBrowser.runtime.onMessage.trigger({ type: 'scroll-to-mention', id }, {});
      const button = await until(() => {
        const found = mount?.querySelector<HTMLButtonElement>('button.dismiss');
        if (!found) throw new Error('the card never opened');
        return found;
      });
      expect(button.textContent).toBe('Not this topic');
      button.click();
    }
    /** Opens the card of mention `id` as the popup asks, and waits until it shows. */
    async function openFromPopup(id: number) {
      mount = undefined;
      await fakeBrowser.runtime.onMessage.trigger({ type: 'scroll-to-mention', id }, {});
      await until(() => expect(cardOpen()).toBe(true));
    }
    const cardOpen = () => !!mount?.querySelector('button.dismiss');
    const stored = async () => ((await fakeBrowser.storage.local.get('dismissed')).dismissed ?? {}) as Record<string, string[]>;

    it('removes that mention’s mark, keeps it off through rescans, and writes each dismissal in turn', async () => {
      // Slow writes: a second dismissal comes while the first is being saved.
      const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
      vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
        await new Promise((r) => setTimeout(r, 50));
        return set(items);
      });
      const ctx = inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      await dismiss(2);
      await until(() => expect(marked(page.highlights)).toEqual(THREE.slice(0, 2)));
      await dismiss(0);
      await until(() => expect(marked(page.highlights)).toEqual(['liege-airport:Liège Airport']));
      // The page re-renders the dismissed mentions' paragraphs and adds one: once it is marked, that batch was rescanned.
      for (const p of document.querySelectorAll('p')) p.firstChild!.replaceWith(p.textContent!);
      addParagraph('Liège Airport again.');
      await until(() => expect(marked(page.highlights)).toHaveLength(2));
      expect(marked(page.highlights)).toEqual(['liege-airport:Liège Airport', 'liege-airport:Liège Airport']);
      // Both dismissals saved, neither written over by the other; a new instance (a reload) reads them.
      await until(async () => expect(Object.values(await stored())).toEqual([[expect.stringMatching(/^vsse\|vsse\|/), expect.stringMatching(/^cainiao\|cainiao\|/)]]));
      ctx.end();
      inject();
      await until(() => expect(marked(page.highlights)).toHaveLength(2));
      expect(marked(page.highlights)).toEqual(['liege-airport:Liège Airport', 'liege-airport:Liège Airport']);
    }, 20_000); // room for a wait to fail with what it saw

    it.each([
      ['its topic is switched off', { topics: { vsse: false } }, 2, THREE.slice(0, 2)],
      ['only the first mention of each topic is marked', { mark: 'first' }, 3, [...THREE.slice(0, 2), 'vsse:VSSE']],
    ] as const)('closes when its mention is no longer marked: %s', async (_, change, id, after) => {
      document.body.innerHTML = ARTICLE.replace('watches it.', 'watches it. The VSSE again.');
      inject();
      await until(() => expect(marked(page.highlights)).toHaveLength(4));
      await openFromPopup(id);
      await updateSettings(change);
      await until(() => expect(marked(page.highlights)).toEqual(after));
      await until(() => expect(cardOpen()).toBe(false), 2000);
    });

    it('stays open through a settings change that still finds its mention, and "Not this topic" then takes that mention', async () => {
      inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      await openFromPopup(2);
      await updateSettings({ topics: { cainiao: false } }); // a rescan: new records
      await until(() => expect(marked(page.highlights)).toEqual(THREE.slice(1)));
      expect(cardOpen()).toBe(true);
      mount!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
      await until(() => expect(marked(page.highlights)).toEqual(['liege-airport:Liège Airport']));
      expect(cardOpen()).toBe(false);
    });

    it('shows its new place among the marks when it stays through a settings change', async () => {
      inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      await fakeBrowser.runtime.onMessage.trigger({ type: 'step-mention', step: 1 }, {});
      await until(() => expect(mount?.querySelector('.step')?.textContent).toBe('1 / 3'));
      await updateSettings({ topics: { vsse: false } });
      await until(() => expect(mount!.querySelector('.step')!.textContent).toBe('1 / 2'));
      expect(cardOpen()).toBe(true);
    });

    it('shows its notes in the language the reader picks, in place, focus left where the reader had it', async () => {
      inject();
      await until(() => expect(marked(page.highlights)).toEqual(THREE));
      await fakeBrowser.runtime.onMessage.trigger({ type: 'step-mention', step: 1 }, {});
      await until(() => expect(cardOpen()).toBe(true));
      const root = mount!.getRootNode() as ShadowRoot;
      await until(() => expect(root.activeElement?.getAttribute('role')).toBe('dialog'));
      mount!.querySelector<HTMLButtonElement>('button.dismiss')!.focus();
      await updateSettings({ language: 'fr' });
      await until(() => expect(mount!.querySelector('button.dismiss')!.textContent).toBe('Pas ce sujet'));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r))); // the card's effects have run
      expect(root.activeElement).toBe(mount!.querySelector('button.dismiss'));
    });

    it('opens from the popup and stays open through a rescan when the reader marks nothing', async () => {
      await updateSettings({ mark: 'none' });
      document.body.innerHTML = `${ARTICLE}<p>Nothing yet.</p>`;
      inject();
      const reported = (n: number) => expect(browser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'scan-report', mentions: Array(n).fill(expect.anything()) }));
      await until(() => reported(3));
      expect(marked(page.highlights)).toEqual([]);
      await openFromPopup(1);
      document.querySelector('body > p')!.firstChild!.textContent = 'The VSSE, once more.'; // elsewhere in the page
      await until(() => reported(4));
      expect(cardOpen()).toBe(true);
    });
  });
});
