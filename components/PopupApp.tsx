import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TOPICS } from '@/lib/topics';
import type { TabResult } from '@/utils/messages';

async function activeTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function PopupApp() {
  const [result, setResult] = useState<TabResult | null | undefined>(undefined);
  useEffect(() => {
    void activeTabId().then(async (tabId) => {
      if (tabId === undefined) return setResult(null);
      setResult((await browser.runtime.sendMessage({ type: 'get-tab-result', tabId })) as TabResult | null);
    });
  }, []);
  return (
    <main>
      <h1>Fact Notes</h1>
      {result === undefined && <p>Loading…</p>}
      {result === null && <p>Nothing scanned on this page.</p>}
      {result && result.total === 0 && <p>No mentions found on this page.</p>}
      {result && result.total > 0 && (
        <ul>
          {TOPICS.filter((t) => result.byTopic[t.id]?.length).map((t) => (
            <li key={t.id}>
              {t.names.en}: {result.byTopic[t.id]!.length}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
