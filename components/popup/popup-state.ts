// What the popup should show, decided from plain data (pure, table-tested).
import { isDefaultSite, siteListCovers } from '@/lib/default-sites';
import { normalizeHostname, type Settings } from '@/lib/settings-schema';
import type { TabResult } from '@/lib/messages';

export type Unscannable = 'browser' | 'store' | 'file';
export type ScanStatus = 'idle' | 'scanning' | 'failed';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'no-page' }
  | { kind: 'unscannable'; reason: Unscannable }
  | { kind: 'paused'; site: string }
  /** `known`: a site Fact Notes runs on by itself (default or added by the user). */
  | { kind: 'not-scanned'; site?: string; known: boolean; scan: ScanStatus }
  | { kind: 'results'; site?: string; result: TabResult };

export interface PopupInput {
  /** undefined while loading; null when the window has no tab. The URL is hidden without activeTab. */
  tab: { id: number; url?: string } | null | undefined;
  result: TabResult | null | undefined;
  settings: Settings | undefined;
  fileAccess: boolean;
  scan: ScanStatus;
}

// Stores whose pages browsers never let extensions script.
const STORES: Array<[host: string, path: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
];

export function unscannableReason(url: URL, fileAccess: boolean): Unscannable | null {
  if (url.protocol === 'file:') return fileAccess ? null : 'file';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'browser';
  return STORES.some(([host, path]) => url.hostname === host && url.pathname.startsWith(path)) ? 'store' : null;
}

const parse = (url: string | undefined) => (url && URL.canParse(url) ? new URL(url) : null);

export function popupState({ tab, result, settings, fileAccess, scan }: PopupInput): PopupState {
  if (tab === undefined || result === undefined || !settings) return { kind: 'loading' };
  if (tab === null) return { kind: 'no-page' };
  const url = parse(tab.url ?? result?.url);
  const reason = url ? unscannableReason(url, fileAccess) : tab.url ? 'browser' : null;
  if (reason) return { kind: 'unscannable', reason };
  const host = url?.hostname ?? '';
  // The site as settings name it ("lesoir.be" for www.lesoir.be); none for files and bare hosts.
  const site = normalizeHostname(host) ?? undefined;
  if (host && siteListCovers(settings.pausedSites, host)) return { kind: 'paused', site: site ?? host };
  // A report made while paused is stale once the site is resumed: the rescan is on its way.
  if (result && !result.paused) return { kind: 'results', site, result };
  const known = !!host && (isDefaultSite(host) || siteListCovers(settings.extraSites, host));
  return { kind: 'not-scanned', site, known, scan };
}
