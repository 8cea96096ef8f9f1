// The popup's data and actions: the tab, its result, the settings, and what the user does.
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { parseToPage, type FromPage, type Replies, type TabResult, type ToContent } from '@/lib/messages';
import { getSettings, resolveNoteLang, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import { usePageLang } from '@/utils/page-lang';
import { siteListCovers } from '@/lib/default-sites';
import { HIGHLIGHTS_CSS_FILE } from '@/lib/highlight-css';
import { popupState, type PopupInput, type ScanStatus } from '@/components/popup/popup-state';
import type { PopupViewProps } from '@/components/popup/PopupView';

/** Where WXT builds the content script; "scan this page" injects the same file. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
/** A scan reports back within a second or two even on long pages. */
const SCAN_TIMEOUT_MS = 15_000;

type PopupTab = NonNullable<PopupInput['tab']>;

/** The tab named in the query (tests open the popup in a tab of its own), else the active one. */
async function findTab(): Promise<PopupTab | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = fromQuery
    ? await browser.tabs.get(fromQuery).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export function usePopup(): PopupViewProps {
  const [tab, setTab] = useState<PopupTab | null>();
  const [result, setResult] = useState<TabResult | null>();
  const [settings, setSettings] = useState<Settings>();
  const [fileAccess, setFileAccess] = useState(false);
  const [scan, setScan] = useState<ScanStatus>('idle');

  useEffect(() => {
    void findTab().then(setTab, () => setTab(null));
    void getSettings().then(setSettings);
    void browser.extension.isAllowedFileSchemeAccess().then(setFileAccess, () => undefined);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (tab === undefined) return;
    if (tab === null) return setResult(null);
    // The background tells open pages each change of a tab's result (a scan finishing, a pause taking effect).
    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      const msg = parseToPage(raw);
      // From our background only: a content script's message has a tab.
      if (msg?.tabId === tab.id && !sender.tab && sender.id === browser.runtime.id) {
        setResult(msg.result);
        setScan('idle');
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const ask: FromPage = { type: 'get-tab-result', tabId: tab.id };
    void browser.runtime
      .sendMessage(ask)
      .then((r) => (r as Replies['get-tab-result'] | undefined) ?? null, () => null)
      // A report that arrived meanwhile is newer than the stored one.
      .then((stored) => setResult((live) => live ?? stored));
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tab]);

  const lang = resolveNoteLang(settings?.language ?? 'auto', navigator.language);
  usePageLang(lang);

  const state = popupState({ tab, result, settings, fileAccess, scan });
  const site = 'site' in state ? state.site : undefined;

  const setPaused = async (paused: boolean) => {
    if (!site) return;
    // Settings that cannot be read are not saved over: the button then does nothing.
    const next = await updateSettings(({ pausedSites }) => {
      const others = pausedSites.filter((p) => !siteListCovers([p], site));
      return { pausedSites: paused ? [...others, site] : others };
    }).catch(() => null);
    if (next) setSettings(next);
  };

  return {
    state,
    lang,
    onPause: () => void setPaused(true),
    onResume: () => void setPaused(false),
    onScan: async () => {
      if (!tab) return;
      setScan('scanning');
      try {
        // Where our registered scripts run, the marks' stylesheet came with them; elsewhere it goes first.
        const covered = state.kind === 'not-scanned' && state.known;
        if (!covered) await browser.scripting.insertCSS({ target: { tabId: tab.id }, files: [`/${HIGHLIGHTS_CSS_FILE}`] });
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
      } catch {
        // No access: the popup was not opened from this tab's toolbar button, or the page is off limits.
        return setScan('failed');
      }
      setTimeout(() => setScan((s) => (s === 'scanning' ? 'failed' : s)), SCAN_TIMEOUT_MS);
    },
    onShowMention: ({ id, frameId }) => {
      if (!tab) return;
      const msg: ToContent = { type: 'scroll-to-mention', id };
      void browser.tabs.sendMessage(tab.id, msg, { frameId }).catch(() => undefined);
    },
  };
}
