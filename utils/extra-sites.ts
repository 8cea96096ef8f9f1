// Sites the user adds in the options page run the same content script as the
// default sites: it is registered at run time for the hosts they granted.
import { browser } from 'wxt/browser';
import { DEFAULT_MATCHES, isDefaultSite } from '@/lib/default-sites';
import { sitePattern } from '@/lib/settings-schema';
import { readSettings, watchSettings } from './settings';

const EXTRA_SITES_SCRIPT_ID = 'fact-notes-extra';

/** The files of the manifest's own news-site content script, so both inject the same thing. */
function staticContentScript(): { js?: string[]; css?: string[] } | undefined {
  return browser.runtime.getManifest().content_scripts?.find((cs) => cs.matches?.includes(DEFAULT_MATCHES[0]));
}

const originsOf = (host: string) => ({ origins: [sitePattern(host)] });

/** Asks the user for access to a site and its subdomains. Call it straight from the click handler. */
export const requestSiteAccess = (host: string): Promise<boolean> => browser.permissions.request(originsOf(host));

export const revokeSiteAccess = (host: string): Promise<boolean> => browser.permissions.remove(originsOf(host)).catch(() => false);

export const hasSiteAccess = (host: string): Promise<boolean> => browser.permissions.contains(originsOf(host)).catch(() => false);

/** Match patterns of the extra sites whose host permission is granted right now. */
async function grantedPatterns(hosts: string[]): Promise<string[]> {
  const extra = hosts.filter((h) => !isDefaultSite(h));
  const granted = await Promise.all(extra.map(hasSiteAccess));
  return extra.filter((_, i) => granted[i]).map(sitePattern);
}

async function sync(): Promise<void> {
  const files = staticContentScript();
  if (!files?.js || !browser.scripting?.registerContentScripts) return;
  // Unreadable settings throw here: the registered script stays as it is.
  const matches = await grantedPatterns((await readSettings()).extraSites);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
  if (!matches.length) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
    return;
  }
  if (current && [...(current.matches ?? [])].sort().join() === [...matches].sort().join()) return;
  const script = {
    id: EXTRA_SITES_SCRIPT_ID,
    js: files.js,
    css: files.css,
    matches,
    allFrames: true,
    runAt: 'document_idle' as const,
  };
  await (current ? browser.scripting.updateContentScripts([script]) : browser.scripting.registerContentScripts([script]));
}

// One pass at a time: overlapping register calls would fail on the duplicate id.
let queue: Promise<void> = Promise.resolve();

/** Brings the registered extra-site script in line with settings and granted permissions. Never rejects. */
export function syncExtraSiteScripts(): Promise<void> {
  queue = queue.then(sync).catch((err) => console.error('[Fact Notes] could not update the extra-site content script', err));
  return queue;
}

/** Syncs now and whenever the settings or the granted permissions change (background only). */
export function keepExtraSiteScriptsInSync(): void {
  const resync = () => void syncExtraSiteScripts();
  try {
    browser.permissions.onAdded.addListener(resync);
    browser.permissions.onRemoved.addListener(resync);
  } catch {
    // No permission events here (e.g. a bare test double): extra sites stay off;
    // the rest of the background must still start.
    return;
  }
  watchSettings(resync);
  resync();
}
