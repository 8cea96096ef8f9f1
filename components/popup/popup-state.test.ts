import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/settings-schema';
import type { TabResult } from '@/lib/messages';
import { popupState, type PopupInput } from './popup-state';

const result = (url: string, total = 2, paused = false): TabResult => ({ url, paused, byTopic: {}, total, scans: 1 });
const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });
const input = (over: Partial<PopupInput>): PopupInput => ({
  tab: { id: 1 }, result: null, settings: settings(), fileAccess: false, scan: 'idle', ...over,
});
const tab = (url?: string) => ({ id: 1, url });

describe('popupState', () => {
  it.each<[string, Partial<PopupInput>, ReturnType<typeof popupState>]>([
    ['tab not known yet', { tab: undefined }, { kind: 'loading' }],
    ['result not known yet', { result: undefined }, { kind: 'loading' }],
    ['settings not known yet', { settings: undefined }, { kind: 'loading' }],
    ['no tab in the window', { tab: null }, { kind: 'no-page' }],
    ['browser settings page', { tab: tab('chrome://settings/') }, { kind: 'unscannable', reason: 'browser' }],
    ['Edge page', { tab: tab('edge://extensions') }, { kind: 'unscannable', reason: 'browser' }],
    ['about: page', { tab: tab('about:blank') }, { kind: 'unscannable', reason: 'browser' }],
    ['view-source', { tab: tab('view-source:https://www.lesoir.be/') }, { kind: 'unscannable', reason: 'browser' }],
    ['another extension', { tab: tab('chrome-extension://abc/page.html') }, { kind: 'unscannable', reason: 'browser' }],
    ['Chrome Web Store', { tab: tab('https://chromewebstore.google.com/detail/x') }, { kind: 'unscannable', reason: 'store' }],
    ['old Web Store', { tab: tab('https://chrome.google.com/webstore/detail/x') }, { kind: 'unscannable', reason: 'store' }],
    ['Firefox add-ons', { tab: tab('https://addons.mozilla.org/en-US/firefox/') }, { kind: 'unscannable', reason: 'store' }],
    ['local file without access', { tab: tab('file:///home/a.html') }, { kind: 'unscannable', reason: 'file' }],
    ['local file with access', { tab: tab('file:///home/a.html'), fileAccess: true }, { kind: 'not-scanned', site: undefined, known: false, scan: 'idle' }],
    [
      'default site with results',
      { tab: tab('https://www.lesoir.be/a'), result: result('https://www.lesoir.be/a') },
      { kind: 'results', site: 'lesoir.be', result: result('https://www.lesoir.be/a') },
    ],
    [
      'URL hidden from us: the report names the page',
      { result: result('https://www.lesoir.be/a', 0) },
      { kind: 'results', site: 'lesoir.be', result: result('https://www.lesoir.be/a', 0) },
    ],
    [
      'paused site (settings win over an older report)',
      { tab: tab('https://www.lesoir.be/a'), result: result('https://www.lesoir.be/a'), settings: settings({ pausedSites: ['lesoir.be'] }) },
      { kind: 'paused', site: 'lesoir.be' },
    ],
    [
      'resumed: the paused report is stale',
      { tab: tab('https://www.lesoir.be/a'), result: result('https://www.lesoir.be/a', 0, true) },
      { kind: 'not-scanned', site: 'lesoir.be', known: true, scan: 'idle' },
    ],
    ['default site not scanned yet', { tab: tab('https://www.bbc.co.uk/news') }, { kind: 'not-scanned', site: 'bbc.co.uk', known: true, scan: 'idle' }],
    [
      'site the user added',
      { tab: tab('https://news.example.org/x'), settings: settings({ extraSites: ['example.org'] }) },
      { kind: 'not-scanned', site: 'news.example.org', known: true, scan: 'idle' },
    ],
    ['other site', { tab: tab('https://example.org/x'), scan: 'scanning' }, { kind: 'not-scanned', site: 'example.org', known: false, scan: 'scanning' }],
    ['URL hidden and nothing reported', { scan: 'failed' }, { kind: 'not-scanned', site: undefined, known: false, scan: 'failed' }],
  ])('%s', (_, over, expected) => {
    expect(popupState(input(over))).toEqual(expected);
  });
});

