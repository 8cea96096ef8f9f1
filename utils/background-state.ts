import { browser } from 'wxt/browser';
import type { Message, ScanReport, TabResult } from './messages';

// Per-tab results live in memory: they describe the page as it is now, and a
// restarted service worker gets them again from the next scan report.
const results = new Map<number, TabResult>();

export function toTabResult(report: ScanReport): TabResult {
  const byTopic: TabResult['byTopic'] = {};
  for (const m of report.mentions) (byTopic[m.topic] ??= []).push(m);
  return { url: report.url, paused: report.paused, byTopic, total: report.mentions.length };
}

async function showBadge(tabId: number, result: TabResult | undefined): Promise<void> {
  const text = !result ? '' : result.paused ? '❚❚' : result.total ? String(result.total) : '';
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: result?.paused ? '#6b7280' : '#1d4ed8' }).catch(() => undefined);
}

export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as Message;
    if (msg.type === 'scan-report' && sender.tab?.id !== undefined && sender.frameId === 0) {
      const result = toTabResult(msg);
      results.set(sender.tab.id, result);
      void showBadge(sender.tab.id, result);
      return undefined;
    }
    if (msg.type === 'get-tab-result') return Promise.resolve(results.get(msg.tabId) ?? null);
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => results.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) {
      results.delete(tabId);
      void showBadge(tabId, undefined);
    }
  });
}
