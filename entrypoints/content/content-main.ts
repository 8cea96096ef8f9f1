// The content script: scan, mark, explain, and keep up with a changing page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteListCovers } from '@/lib/default-sites';
import { createFinder } from '@/lib/find-mentions';
import { TOPIC_PATTERNS } from '@/lib/topic-patterns';
import { TOPIC_IDS } from '@/lib/types';
import { createCard } from './card';
import { addDismissed, getDismissed, mentionKey } from './dismissed';
import { applyHighlightStyle, setActiveHighlight, setHighlights } from './highlights';
import type { Message, ScanReport } from '@/lib/messages';
import { inDocumentOrder, mentionAtPoint, outsideRoots, rangesByTopic } from './page-mentions';
import { scanSubtree, type PageMention } from './scanner';
import { getSettings, resolveNoteLang, watchSettings, type Settings } from '@/utils/settings';
import { runInSlices } from './slices';
import { leftOutCheck, OWN_UI_ATTR } from './text-nodes';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 400;
const MUTATION_BATCH_MS = 200;
const STARTED = Symbol.for('fact-notes.started');

const finder = createFinder(TOPIC_PATTERNS);

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  // "Scan this page" may inject us where we already run: one instance per frame.
  const g = globalThis as Record<symbol, unknown>;
  if (g[STARTED]) return;
  g[STARTED] = true;

  let settings: Settings = await getSettings();
  let dismissed = await getDismissed(location.href);
  let mentions: PageMention[] = [];
  let stepIndex = -1;

  const paused = () => siteListCovers(settings.pausedSites, location.hostname);
  const findOptions = () => ({ strictness: settings.strictness, topics: TOPIC_IDS.filter((t) => settings.topics[t]) });

  const card = createCard(() => setActiveHighlight(null, null));

  let lastReport = '';
  function publish(): void {
    setHighlights(rangesByTopic(mentions));
    if (card.current && !mentions.includes(card.current)) card.close();
    // Busy pages rescan often; tell the background only when the findings changed.
    const summary = `${location.href}|${paused()}|${mentions.map((m) => m.topic + m.paragraph).join('|')}`;
    if (summary === lastReport) return;
    lastReport = summary;
    const report: ScanReport = {
      type: 'scan-report',
      url: location.href,
      paused: paused(),
      mentions: mentions.map((m, id) => ({ id, topic: m.topic, alias: m.alias, why: m.why, excerpt: m.paragraph.slice(0, 240) })),
    };
    browser.runtime.sendMessage(report).catch(() => undefined);
  }

  /** Scans `roots` (the whole body when omitted) and replaces the mentions found there. */
  async function scan(roots?: Node[]): Promise<void> {
    if (paused() || !document.body) {
      mentions = [];
      return publish();
    }
    const found: PageMention[] = [];
    const options = findOptions();
    const work = (function* () {
      for (const root of roots ?? [document.body]) yield* scanSubtree(root, finder, options, found);
    })();
    if (!(await runInSlices(work, () => ctx.isInvalid))) return;
    const kept = roots ? outsideRoots(mentions, roots) : [];
    mentions = inDocumentOrder([...kept, ...found.filter((m) => !dismissed.has(mentionKey(m)))]);
    publish();
  }

  // One scan at a time; requests that arrive meanwhile merge into the next one.
  let running = false;
  let next: { full: boolean; roots: Set<Node> } | null = null;
  async function requestScan(roots?: Node[]): Promise<void> {
    next ??= { full: false, roots: new Set() };
    if (roots) roots.forEach((r) => next!.roots.add(r));
    else next.full = true;
    if (running) return;
    running = true;
    try {
      while (next) {
        const job: { full: boolean; roots: Set<Node> } = next;
        next = null;
        await scan(job.full ? undefined : topmost([...job.roots].filter((n) => n.isConnected)));
      }
    } finally {
      // A scan that throws (a page we did not foresee) must not stop every later one.
      running = false;
    }
  }

  // Page changes: rescan only the blocks that changed, batched.
  const dirty = new Set<Node>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const leftOut = leftOutCheck(); // one per batch: each ancestor asked once
    for (const r of records) {
      if (leftOut(r.target) || isOwnUiChange(r)) continue;
      dirty.add(blockAncestor(r.target));
    }
    if (dirty.size && !flushTimer) {
      flushTimer = setTimeout(() => {
        flushTimer = undefined;
        const roots = [...dirty];
        dirty.clear();
        void requestScan(roots);
      }, MUTATION_BATCH_MS);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    card.close();
    setHighlights(new Map());
  });

  watchSettings(async (next) => {
    settings = next;
    applyHighlightStyle(settings.mark === 'none' ? 'none' : settings.highlightStyle);
    await requestScan();
  });
  // A page restored from the back/forward cache or activated from prerender is shown in a
  // tab whose result the background cleared: report again.
  const reportAgain = () => {
    lastReport = '';
    publish();
  };
  ctx.addEventListener(window, 'pageshow', (e: PageTransitionEvent) => e.persisted && reportAgain());
  ctx.addEventListener(document, 'prerenderingchange', reportAgain);
  ctx.addEventListener(window, 'wxt:locationchange', async () => {
    dismissed = await getDismissed(location.href);
    await requestScan();
  });

  // The card: opens when the pointer rests on a mention, closes when it leaves.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: { x: number; y: number } | null = null;
  const lang = () => resolveNoteLang(settings.language, navigator.language);
  const openCard = (m: PageMention, focus: boolean) => {
    const index = mentions.indexOf(m);
    void card.open(m, {
      lang: lang(),
      focus,
      step: focus ? `${index + 1} / ${mentions.length}` : undefined,
      onDismiss: () => {
        dismissed.add(mentionKey(m));
        void addDismissed(location.href, mentionKey(m));
        mentions = mentions.filter((x) => x !== m);
        card.close();
        publish();
      },
    });
    setActiveHighlight(m.topic, m.range);
  };
  const onPointer = () => {
    if (!pending) return;
    const { x, y } = pending;
    pending = null;
    const m = mentionAtPoint(mentions, x, y);
    clearTimeout(hoverTimer);
    if (m && m !== card.current) hoverTimer = setTimeout(() => openCard(m, false), HOVER_OPEN_MS);
    else if (!m && card.current) hoverTimer = setTimeout(() => card.close(), HOVER_CLOSE_MS);
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (e: PointerEvent) => {
      if (card.owns(e)) return clearTimeout(hoverTimer);
      if (!pending) requestAnimationFrame(onPointer);
      pending = { x: e.clientX, y: e.clientY };
    },
    { passive: true },
  );
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.current) card.close();
  });

  const show = (m: PageMention, focus: boolean) => {
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    openCard(m, focus);
  };
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = raw as Message;
    if (msg.type === 'scroll-to-mention' && mentions[msg.id]) show(mentions[msg.id], false);
    if (msg.type === 'step-mention' && mentions.length) {
      stepIndex = (stepIndex + msg.step + mentions.length) % mentions.length;
      show(mentions[stepIndex], true);
    }
    if (msg.type === 'close-card') card.close();
    return undefined;
  });

  applyHighlightStyle(settings.mark === 'none' ? 'none' : settings.highlightStyle);
  await requestScan();
}

const BLOCKISH = /^(P|DIV|LI|ARTICLE|SECTION|MAIN|BODY|TD|TH|BLOCKQUOTE|H[1-6]|DD|DT|FIGCAPTION|HEADER|FOOTER|ASIDE|NAV|UL|OL|TABLE|FORM)$/;

/** The nearest block-level ancestor: the smallest subtree whose text can hold the change. */
function blockAncestor(node: Node): Node {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCKISH.test(el.nodeName) && !el.hasAttribute(OWN_UI_ATTR)) return el;
  }
  return document.body ?? document.documentElement;
}

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
