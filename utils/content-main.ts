import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createFinder } from '@/lib/find-mentions';
import { TOPICS } from '@/lib/topics';
import { TOPIC_IDS, type Mention, type TopicId } from '@/lib/types';
import { clearHighlights, setHighlights } from './highlights';
import type { ScanReport } from './messages';
import { getSettings, type Settings } from './settings';
import { collectText, locate } from './text-nodes';

const finder = createFinder(TOPICS);

function enabledTopics(settings: Settings): TopicId[] {
  return TOPIC_IDS.filter((id) => settings.topics[id]);
}

export function scanDocument(settings: Settings): { mentions: Mention[]; ranges: Map<TopicId, Range[]>; text: string } {
  const map = collectText(document.body);
  const mentions = finder.find(map.text, { strictness: settings.strictness, topics: enabledTopics(settings) });
  const ranges = new Map<TopicId, Range[]>();
  for (const m of mentions) {
    const a = locate(map, m.start);
    const b = locate(map, m.end, true);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    ranges.set(m.topic, [...(ranges.get(m.topic) ?? []), range]);
  }
  return { mentions, ranges, text: map.text };
}

function excerpt(text: string, m: Mention): string {
  return text.slice(Math.max(0, m.start - 60), Math.min(text.length, m.end + 60)).replace(/\s+/g, ' ').trim();
}

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const settings = await getSettings();
  const paused = settings.pausedSites.includes(location.hostname);
  let mentions: Mention[] = [];
  let text = '';
  if (paused) clearHighlights();
  else {
    const scan = scanDocument(settings);
    mentions = scan.mentions;
    text = scan.text;
    setHighlights(scan.ranges);
  }
  if (ctx.isInvalid) return;
  const report: ScanReport = {
    type: 'scan-report',
    url: location.href,
    paused,
    mentions: mentions.map((m, id) => ({ id, topic: m.topic, alias: m.alias, why: m.why, excerpt: excerpt(text, m) })),
  };
  await browser.runtime.sendMessage(report).catch(() => undefined);
}
