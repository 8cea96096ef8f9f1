// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/entrypoints/background/background-state';
import type { ReportedMention, ScanReport } from '@/lib/messages';
import { contentScript, sendAsOwnPage } from '@/tests/fakes/messaging';
import { getSettings, updateSettings } from '@/utils/settings';
import { PopupApp } from './PopupApp';

const mention = (id: number, topic: ReportedMention['topic'], excerpt: string): ReportedMention => ({
  id, topic, alias: topic === 'vsse' ? 'VSSE' : 'Cainiao', why: 'exact alias', excerpt,
});
const report = (url: string, mentions: ReportedMention[]): ScanReport => ({ type: 'scan-report', url, paused: false, mentions });
const fromTab = (tabId: number) => contentScript(tabId);

/** Opens a tab and makes it the active one (the fake browser does not track focus). */
async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
  return tab.id!;
}

describe('PopupApp with the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(false);
    startBackground();
    sendAsOwnPage();
    history.replaceState(null, '', '/popup.html');
  });
  afterEach(cleanup);

  it('shows what the background holds for the active tab and scrolls to a mention', async () => {
    const tabId = await openTab('https://www.lesoir.be/a');
    await fakeBrowser.runtime.onMessage.trigger(
      report('https://www.lesoir.be/a', [mention(0, 'vsse', 'The VSSE warned of spying.'), mention(1, 'cainiao', 'Cainiao denied it.')]),
      fromTab(tabId),
    );
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    render(<PopupApp />);
    await screen.findByRole('heading', { name: /^VSSE/ });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Cainiao1 mention',
      'VSSE (Belgian State Security)1 mention',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /warned of spying/ }));
    expect(sent).toHaveBeenCalledWith(tabId, { type: 'scroll-to-mention', id: 0 }, { frameId: 0 });
  });

  it('uses the tab named in the query', async () => {
    const tabId = await openTab('https://www.lesoir.be/other');
    await openTab('https://www.bbc.co.uk/news');
    await fakeBrowser.runtime.onMessage.trigger(report('https://www.lesoir.be/other', [mention(0, 'vsse', 'VSSE')]), fromTab(tabId));
    history.replaceState(null, '', `/popup.html?tabId=${tabId}`);
    render(<PopupApp />);
    expect(await screen.findByText('1 mention')).toBeTruthy();
  });

  it('pauses and resumes the site in the settings', async () => {
    const tabId = await openTab('https://www.lesoir.be/a');
    await fakeBrowser.runtime.onMessage.trigger(report('https://www.lesoir.be/a', []), fromTab(tabId));
    await updateSettings({ pausedSites: ['example.org'] });
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause on lesoir.be' }));
    expect(await screen.findByText('Paused on lesoir.be: nothing is marked here.')).toBeTruthy();
    expect((await getSettings()).pausedSites).toEqual(['example.org', 'lesoir.be']);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await getSettings()).pausedSites).toEqual(['example.org']));
  });

  it('scans a page outside the default sites and shows what the scan reports', async () => {
    const tabId = await openTab('https://example.org/story');
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const style = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue();
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByRole('button', { name: 'Scanning…' })).toBeTruthy();
    await waitFor(() => expect(inject).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] }));
    // The marks' look comes with the manifest's script on news sites; here the popup brings it.
    expect(style).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/highlights.css'] });
    await fakeBrowser.runtime.onMessage.trigger(report('https://example.org/story', [mention(0, 'cainiao', 'Cainiao')]), fromTab(tabId));
    expect(await screen.findByText('1 mention')).toBeTruthy();
  });

  it('says so when the browser refuses the scan', async () => {
    await openTab('https://example.org/story');
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValue(new Error('Cannot access contents of the page.'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not let Fact Notes read this page/);
  });

  it('does not offer anything on a browser page', async () => {
    await openTab('chrome://extensions/');
    render(<PopupApp />);
    expect(await screen.findByText(/cannot read browser pages/)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
