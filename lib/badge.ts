// Pure helpers behind the toolbar badge: a scan report becomes the tab's result, and a
// result becomes the badge's text, colour and icon, by one rule for every state:
// the text is the number of mentions found (marked or not); marks hidden on the tab make
// the badge grey; a paused site shows "II" and the greyed icon; nothing found, no badge.
import type { ScanReport, TabResult } from './messages';

export const BADGE_ACTIVE = '#1d4ed8';
export const BADGE_GREY = '#6b7280';
/** The badge fits about four characters. */
const MAX_COUNT = 999;

export function toTabResult(report: ScanReport): TabResult {
  const byTopic: TabResult['byTopic'] = {};
  for (const m of report.mentions) (byTopic[m.topic] ??= []).push(m);
  return { url: report.url, paused: report.paused, ...(report.hidden ? { hidden: true } : {}), byTopic, total: report.mentions.length };
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
