// The content script: scan, mark, explain, and keep up with a changing page. Everything
// it starts is tied to its context and undone when the context ends (see context.ts).
import { browser } from 'wxt/browser';
import { siteListCovers } from '@/lib/default-sites';
import { createFinder, type FindOptions } from '@/lib/find-mentions';
import { markedMentions } from '@/lib/marking';
import { parseToContent, type ScanReport, type ToContent } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings-schema';
import { TOPIC_PATTERNS } from '@/lib/topic-patterns';
import { TOPIC_IDS } from '@/lib/types';
import { unregisterCardUi } from '@/utils/card-ui-contract';
import { getSettings, resolveNoteLang, watchSettings } from '@/utils/settings';
import { createCard } from './card';
import type { ContentContext } from './context';
import { addDismissed, getDismissed, mentionKey, pageKey } from './dismissed';
import { applyHighlightStyle, removeHighlights, setActiveHighlight, setHighlights, supportsHighlights } from './highlights';
import { followPointer } from './hover';
import { marksHidden } from './marks-hidden';
import { articleOf, blockAncestor, foundAgain, inDocumentOrder, outsideRoots, rangesByTopic } from './page-mentions';
import { scanRoots, type PageMention } from './scanner';
import { nextTask, runInSlices } from './slices';
import { leftOutCheck, OWN_UI_ATTR } from './text-nodes';

const MUTATION_BATCH_MS = 200;
const UNCHANGED_REPORT_MS = 1000;

/**
 * The instance running in this frame, on the isolated world's global object (page
 * scripts cannot see it). Another injection of this script ("scan this page") asks it
 * to scan again; only when it has ended does the new one take over.
 */
const RUNNING = Symbol.for('fact-notes.content');
interface Running {
  /** Scans the page again and reports; false once this instance has ended. */
  rescan(): boolean;
}
type WithRunning = typeof globalThis & { [RUNNING]?: Running };

export async function startContent(ctx: ContentContext): Promise<void> {
  const g = globalThis as WithRunning;
  if (g[RUNNING]?.rescan()) return ctx.end();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const me: Running = { rescan: () => !ctx.isInvalid && (void ready.then(() => requestScan(undefined, true)), true) };
  g[RUNNING] = me;

  // Storage first: once the reads are on their way (a task later), the finder is built meanwhile.
  // Marks hidden on this tab (the reader's shortcut) are hidden in a frame that starts later too.
  const marks = marksHidden(window === window.top);
  const reads = Promise.all([getSettings(), getDismissed(location.href), marks.known]);

  // Listened to from the start: the marks' state is answered at once. What needs the mentions
  // is ignored until the settings are known (`whenReady`): a step pressed then would find
  // nothing to step to, as while the first scan runs; the popup asks for a mention by the
  // number this frame reports, and no card is open yet.
  let whenReady: ((msg: ToContent) => void) | undefined;
  // Answers go out before the listener returns: with the browser's own API (no polyfill
  // here, wxt.config.ts), Chromium drops a sendResponse made after an await.
  const onMessage = (raw: unknown, _: unknown, answer?: (reply: unknown) => void) => {
    const msg = parseToContent(raw);
    if (msg && !marks.handle(msg, answer)) whenReady?.(msg);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => quietly(() => browser.runtime.onMessage.removeListener(onMessage)));
  await nextTask();
  const finder = createFinder(TOPIC_PATTERNS);

  /**
   * What a scan of `roots` (the whole body when omitted) finds in their own text (`own`),
   * then with their shadow roots' too (`all`); null when cancelled.
   */
  function find(roots: Node[] | undefined, options: FindOptions, cancelled: () => boolean): Found {
    const found: PageMention[] = [];
    const { own, rest } = scanRoots(roots ?? [document.body], finder, options, found);
    const ownFound = runInSlices(own, cancelled).then((done) => (done ? [...found] : null));
    // In a task of its own: whoever waits for the roots' own text marks it first.
    const all = ownFound.then(async (first) => first && (await nextTask(), !cancelled()) && (await runInSlices(rest, cancelled)) ? found : null);
    // A first step that throws is reported once, by whoever waits for `own`.
    all.catch(() => undefined);
    return { own: ownFound, all };
  }

  // The early scan: the first scan starts now, with the default settings' options (most
  // readers'), as the storage reads come back only after the page's own load work.
  // Only marking waits for them; other options or a paused site stop it.
  const earlyOptions = findOptionsOf(DEFAULT_SETTINGS);
  /** Counts the settings (stored, then changed) that find otherwise: a scan begun before one stops. */
  let findings = 0;

  // Page changes: rescan only the blocks that changed, batched. Watched from before the
  // early scan reads the page, so that what changes while the settings are on their way
  // is rescanned too; batches are flushed once the settings are known (`flush`).
  const dirty = new Set<Node>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let flush: (() => void) | undefined;
  const scheduleFlush = () => {
    if (dirty.size && flush && !flushTimer) flushTimer = ctx.setTimeout(flush, MUTATION_BATCH_MS);
  };
  const observer = new MutationObserver((records) => {
    if (ctx.isInvalid) return;
    const leftOut = leftOutCheck(); // one per observer callback: each ancestor asked once
    for (const r of records) {
      if (leftOut(r.target) || isOwnUiChange(r)) continue;
      dirty.add(blockAncestor(r.target));
    }
    scheduleFlush();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // Even while the settings are on their way (storage may never answer once the extension is gone).
  ctx.onInvalidated(() => observer.disconnect());

  let early = document.body ? find(undefined, earlyOptions, () => ctx.isInvalid || findings > 0) : null;

  let [settings, dismissed] = await reads;
  if (ctx.isInvalid) return;
  let mentions: PageMention[] = [];

  const paused = () => siteListCovers(settings.pausedSites, location.hostname);
  const findOptions = () => findOptionsOf(settings);
  if (paused() || !sameFindOptions(earlyOptions, findOptions())) {
    findings++;
    early = null;
  }

  const card = createCard(() => setActiveHighlight(null, null));

  // What the reader sees marked: the settings' choice, or nothing while hidden on this tab.
  let marked: PageMention[] = [];

  let lastReport = '';
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    ctx.clearTimeout(reportTimer);
    reportTimer = undefined;
    const msg: ScanReport = {
      type: 'scan-report',
      url: location.href,
      paused: paused(),
      hidden: marks.hidden,
      mentions: mentions.map((m, id) => ({ id, topic: m.topic, alias: m.alias, why: m.why, excerpt: m.paragraph })),
    };
    browser.runtime.sendMessage(msg).catch(() => undefined);
  };
  /** Marks the mentions (the highlights change only when what is marked does). */
  function mark(): void {
    if (mentions.length) ctx.watchExtension();
    const next = marks.hidden ? [] : markedMentions(mentions, settings.mark, articleOf);
    // Each change of the highlights repaints every mark: one that changes nothing is not made
    // (the overlay, where there are no highlights, is drawn again: the page may have moved).
    const same = next.length === marked.length && next.every((m, i) => m === marked[i]);
    if (!same || !supportsHighlights()) setHighlights(rangesByTopic(next));
    marked = next;
    // A rescan makes new records: the card stays while its words are found again.
    if (card.current) {
      const again = foundAgain(card.current, mentions);
      if (again) card.follow(again, stepOf(again));
      else card.close();
    }
  }

  /** Marks the mentions and reports to the background: at once when the findings changed (or when `always`). */
  function publish(always = false): void {
    mark();
    const summary = `${location.href}|${paused()}|${marks.hidden}|${mentions.map((m) => m.topic + m.paragraph).join('|')}`;
    if (summary !== lastReport || always) {
      lastReport = summary;
      return report();
    }
    // Unchanged findings reach the background within a second all the same (its count of
    // scans moves on, which tests wait for); a busy page that rescans often sends one
    // message a second, not one per batch.
    reportTimer ??= ctx.setTimeout(report, UNCHANGED_REPORT_MS);
  }

  /** Scans `roots` (the whole body when omitted) and replaces the mentions found there. */
  async function scan(roots: Node[] | undefined, report: boolean): Promise<void> {
    if (paused() || !document.body) {
      mentions = [];
      return publish(report);
    }
    // The early scan stands for the first full scan (the options are the same: checked above).
    const pending = roots ? null : early;
    early = null;
    const asOf = findings;
    const job = pending ?? find(roots, findOptions(), () => ctx.isInvalid || asOf !== findings);
    const notDismissed = (found: PageMention[]) => (dismissed.size ? found.filter((m) => !dismissed.has(mentionKey(m))) : found);
    // A page with nothing marked yet gets the marks of its own text as soon as they are found,
    // before its shadow roots are looked for; the report waits for those. Only when every
    // mention is marked: a component earlier in the page could hold a topic's first one.
    if (!roots && !mentions.length && settings.mark === 'all') {
      const own = await job.own;
      if (own && !ctx.isInvalid) {
        mentions = notDismissed(own); // in document order: one root, read in order
        mark();
      }
    }
    const found = await job.all;
    // Stopped by settings that find otherwise: the full rescan they asked for reports instead.
    if (!found) return void (report && !ctx.isInvalid && requestScan(undefined, true));
    const kept = roots ? outsideRoots(mentions, roots) : [];
    // Keys are worked out only on pages with dismissals.
    mentions = inDocumentOrder([...kept, ...notDismissed(found)]);
    publish(report);
  }

  // One scan at a time; requests that arrive meanwhile merge into the next one.
  let running = false;
  let next: { full: boolean; report: boolean; roots: Set<Node> } | null = null;
  async function requestScan(roots?: Node[], report = false): Promise<void> {
    next ??= { full: false, report: false, roots: new Set() };
    if (roots) roots.forEach((r) => next!.roots.add(r));
    else next.full = true;
    next.report ||= report;
    if (running) return;
    running = true;
    try {
      while (next && !ctx.isInvalid) {
        const job: typeof next = next;
        next = null;
        await scan(job.full ? undefined : topmost([...job.roots].filter((n) => n.isConnected)), job.report);
      }
    } finally {
      // A scan that throws (a page we did not foresee) must not stop every later one.
      running = false;
    }
  }

  // Another page in the same document (history API): its own dismissals, a full scan.
  let shownUrl = location.href;
  const followUrl = async () => {
    if (location.href === shownUrl) return;
    // Hiding lasts until the tab shows another page; an in-page anchor is the same page.
    if (pageKey(location.href) !== pageKey(shownUrl)) marks.showNewPage();
    shownUrl = location.href;
    dismissed = await getDismissed(shownUrl);
    await requestScan();
  };

  // Page changes batched since the early scan began are rescanned from now on.
  flush = () => {
    flushTimer = undefined;
    const roots = [...dirty];
    dirty.clear();
    // Single-page apps change the URL and the DOM together.
    if (location.href !== shownUrl) return void followUrl();
    void requestScan(roots);
  };
  scheduleFlush();
  // (A new #fragment alone is the same page: its dismissals are keyed without it.)
  ctx.addEventListener(window, 'popstate', followUrl);

  // A page restored from the back/forward cache or activated from prerender is shown in a
  // tab whose result the background cleared: report again.
  ctx.addEventListener(window, 'pageshow', (e: PageTransitionEvent) => e.persisted && publish(true));
  ctx.addEventListener(document, 'prerenderingchange', () => publish(true));

  const lang = () => resolveNoteLang(settings.language, navigator.language);
  /** What the shortcuts step through: the mentions the settings mark (hidden or not), or all of
   * them when the reader marks nothing in the page, so the shortcuts still reach every note. */
  const stepList = () => (settings.mark === 'none' ? mentions : markedMentions(mentions, settings.mark, articleOf));
  /** "2 / 5": where `m` is in that list. */
  const stepOf = (m: PageMention) => {
    const steps = stepList();
    const at = steps.indexOf(m);
    return at < 0 ? undefined : `${at + 1} / ${steps.length}`;
  };
  const dismiss = (m: PageMention) => {
    dismissed.add(mentionKey(m));
    // Unsaved when storage fails: dismissed on this page until it reloads.
    addDismissed(location.href, mentionKey(m)).catch(() => undefined);
    mentions = mentions.filter((x) => x !== m);
    card.close();
    publish();
  };
  const openCard = (m: PageMention, focus: boolean) => {
    void card.open(m, {
      lang: lang(),
      focus,
      step: focus ? stepOf(m) : undefined,
      onDismiss: dismiss,
    });
    setActiveHighlight(m.topic, m.range);
  };
  followPointer(ctx, card, () => marked, (m) => openCard(m, false), () => settings);
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.current) card.close();
  });

  const show = (m: PageMention, focus: boolean) => {
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    openCard(m, focus);
  };
  marks.onChange = () => {
    if (marks.hidden) card.close();
    publish(true);
  };
  whenReady = (msg) => {
    if (msg.type === 'scroll-to-mention' && mentions[msg.id]) show(mentions[msg.id], false);
    if (msg.type === 'step-mention') {
      const steps = stepList();
      // From the open card's mention, so a changed list or a hovered card is where the step starts.
      const at = card.current ? steps.indexOf(card.current) : -1;
      const from = at >= 0 ? at : msg.step > 0 ? -1 : 0;
      if (steps.length) show(steps[(from + msg.step + steps.length) % steps.length], true);
    }
    if (msg.type === 'close-card') card.close();
  };

  const stopWatching = watchSettings((next) => {
    const before = { finds: findOptions(), paused: paused(), mark: settings.mark, lang: lang() };
    settings = next;
    applyHighlightStyle(settings.highlightStyle);
    // The card goes with its mark when the reader's choice of what to mark leaves it out.
    if (settings.mark !== before.mark && card.current && !stepList().includes(card.current)) card.close();
    // Only a change in what is found rescans the page; a new choice of what to mark is
    // marked at once, or by the scan under way when it ends.
    if (paused() !== before.paused || !sameFindOptions(before.finds, findOptions())) {
      findings++;
      void requestScan();
    } else if (settings.mark !== before.mark && !running) publish();
    if (lang() !== before.lang) card.showIn(lang());
  });

  // The end: nothing of ours stays in the page, nothing of ours keeps running.
  ctx.onInvalidated(() => {
    if (g[RUNNING] === me) delete g[RUNNING];
    card.remove();
    removeHighlights();
    unregisterCardUi();
    quietly(stopWatching);
  });

  applyHighlightStyle(settings.highlightStyle);
  markReady();
  await requestScan();
}

/** What a scan finds: in the roots' own text, then with their shadow roots'; null when cancelled. */
interface Found {
  own: Promise<PageMention[] | null>;
  all: Promise<PageMention[] | null>;
}

/** Once the extension is gone, its APIs throw: the page is clean already. */
function quietly(stop: () => void): void {
  try {
    stop();
  } catch {}
}

function findOptionsOf(settings: Readonly<Settings>): Required<FindOptions> {
  return { strictness: settings.strictness, topics: TOPIC_IDS.filter((t) => settings.topics[t]) };
}

const sameFindOptions = (a: Required<FindOptions>, b: Required<FindOptions>) =>
  a.strictness === b.strictness && a.topics.join() === b.topics.join();

/** Our own card host coming or going is not a page change. */
function isOwnUiChange(r: MutationRecord): boolean {
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute(OWN_UI_ATTR));
}

/** Drops nodes that lie inside another node of the list (linear in nodes × depth). */
function topmost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
