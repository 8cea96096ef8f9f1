// Pure helpers behind the toolbar badge: the frames' scan reports become the tab's result, and a
// result becomes the badge's text, colour and icon, by one rule for every state:
// the text is the number of mentions found (marked or not); marks hidden on the tab make
// the badge grey; a paused site shows "II" and the greyed icon; nothing found, no badge.
import type { ScanReport, TabResult } from './messages';

export const BADGE_ACTIVE = '#1d4ed8';
export const BADGE_GREY = '#6b7280';
/** The badge fits about four characters. */
const MAX_COUNT = 999;

/**
 * The tab's result from the latest report of each of its frames (keyed by frame id; the
 * top frame is 0): every frame's mentions count, the top frame says where the tab is.
 */
export function toTabResult(frames: Readonly<Record<number, ScanReport>>, scans: number): TabResult {
  const ids = Object.keys(frames).map(Number).sort((a, b) => a - b);
  const top = frames[0] ?? frames[ids[0]];
  const byTopic: TabResult['byTopic'] = {};
  let total = 0;
  for (const frameId of ids) {
    for (const m of frames[frameId].mentions) (byTopic[m.topic] ??= []).push({ ...m, frameId });
    total += frames[frameId].mentions.length;
  }
  return { url: top.url, paused: top.paused, ...(top.hidden ? { hidden: true } : {}), byTopic, total, scans };
}

export interface Badge {
  text: string;
  color: string;
  icon: 'active' | 'paused';
}

export function badgeFor(result: TabResult | null | undefined): Badge {
  if (result?.paused) return { text: 'II', color: BADGE_GREY, icon: 'paused' };
  const total = result?.total ?? 0;
  const text = total === 0 ? '' : total > MAX_COUNT ? `${MAX_COUNT}+` : String(total);
  return { text, color: result?.hidden ? BADGE_GREY : BADGE_ACTIVE, icon: 'active' };
}
