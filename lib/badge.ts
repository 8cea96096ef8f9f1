// Pure helpers behind the toolbar badge: a scan report becomes the tab's result,
// and a result becomes the badge's text and colour.
import type { ScanReport, TabResult } from './messages';

export const BADGE_ACTIVE = '#1d4ed8';
export const BADGE_PAUSED = '#6b7280';
/** The badge fits about four characters. */
const MAX_COUNT = 999;

export function toTabResult(report: ScanReport): TabResult {
  const byTopic: TabResult['byTopic'] = {};
  for (const m of report.mentions) (byTopic[m.topic] ??= []).push(m);
  return { url: report.url, paused: report.paused, byTopic, total: report.mentions.length };
}

export function badgeFor(result: TabResult | null | undefined): { text: string; color: string } {
  if (result?.paused) return { text: 'II', color: BADGE_PAUSED };
  const total = result?.total ?? 0;
  return { text: total === 0 ? '' : total > MAX_COUNT ? `${MAX_COUNT}+` : String(total), color: BADGE_ACTIVE };
}
