// The content script's context: everything it starts ends with it. It stands in for
// WXT 0.21's ContentScriptContext (wxt.config.ts points WXT's content-script entry at
// this module), which announces every start to the page (window.postMessage and a
// document event, both named after our extension id) and shuts itself down when it
// hears such an event: any page could read our id and switch us off. This one says
// nothing to the page and hears nothing from it. It ends when the extension goes away
// (reload, update, uninstall: browser.runtime.id is gone) or when end() is called.
import { browser } from 'wxt/browser';

/** Nothing tells a content script that its extension is gone: look this often while something of ours is in the page. */
const EXTENSION_CHECK_MS = 1000;

export class ContentContext {
  private readonly controller = new AbortController();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private watching?: ReturnType<typeof setInterval>;

  constructor() {
    this.onInvalidated(() => {
      this.timers.forEach(clearTimeout);
      clearInterval(this.watching);
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once ended; asks the browser whether the extension is still there. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && !browser.runtime?.id) this.end();
    return this.signal.aborted;
  }

  end(): void {
    this.controller.abort();
  }

  /** Runs `cb` when the context ends, or at once when it has ended already. */
  onInvalidated(cb: () => void): void {
    if (this.signal.aborted) return cb();
    this.signal.addEventListener('abort', cb, { once: true });
  }

  /**
   * Checks every second that the extension is still there, so what we put in the page
   * goes within a second or two of a reload or update. Call it once the page holds
   * something of ours: pages without a mention get no timer.
   */
  watchExtension(): void {
    this.watching ??= setInterval(() => this.isInvalid, EXTENSION_CHECK_MS);
  }

  setTimeout(handler: () => void, ms?: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => {
      this.timers.delete(id);
      if (!this.isInvalid) handler();
    }, ms);
    this.timers.add(id);
    return id;
  }

  clearTimeout(id: ReturnType<typeof setTimeout> | undefined): void {
    clearTimeout(id);
    this.timers.delete(id!);
  }

  /** A frame's callback runs only while the context lasts (a frame comes soon: nothing to cancel). */
  requestAnimationFrame(cb: () => void): void {
    requestAnimationFrame(() => this.isInvalid || cb());
  }

  /** Listens, to the browser's own events only (see `trusted`), until the context ends. */
  addEventListener<E extends Event>(target: EventTarget, type: string, handler: (e: E) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, trusted(handler) as EventListener, { ...options, signal: this.signal });
  }
}

/**
 * Only events the browser dispatched, from the reader or its own life cycle: a page can
 * dispatch any event it likes (pointer moves over a mark that open the card, a `pageshow`
 * that sends a report, 500 times over). Every listener of ours in a page goes through it.
 */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}

/** The name WXT's content-script entry imports (see wxt.config.ts); it passes a name and the options, which we do not need. */
export { ContentContext as ContentScriptContext };
