import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeScripting, fakeSitePermissions } from '@/tests/fakes/extra-sites';

async function load() {
  vi.resetModules();
  const [extra, settings] = await Promise.all([import('./extra-sites'), import('./settings')]);
  return { ...extra, ...settings };
}

let permissions: ReturnType<typeof fakeSitePermissions>;
let scripts: ReturnType<typeof fakeScripting>;
beforeEach(() => {
  fakeBrowser.reset();
  permissions = fakeSitePermissions();
  scripts = fakeScripting();
});

const registered = () => scripts.get('fact-notes-extra');

describe('site access', () => {
  it('asks for the site and all its subdomains, and reports what the user decided', async () => {
    const { requestSiteAccess, hasSiteAccess } = await load();
    expect(await requestSiteAccess('example.com')).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://*.example.com/*'] });
    expect(await hasSiteAccess('example.com')).toBe(true);
  });

  it('reports a refusal without granting anything', async () => {
    const { requestSiteAccess, hasSiteAccess } = await load();
    permissions.refuse = true;
    expect(await requestSiteAccess('example.com')).toBe(false);
    expect(await hasSiteAccess('example.com')).toBe(false);
  });

  it('revokes access', async () => {
    const { requestSiteAccess, revokeSiteAccess, hasSiteAccess } = await load();
    await requestSiteAccess('example.com');
    await revokeSiteAccess('example.com');
    expect(await hasSiteAccess('example.com')).toBe(false);
  });
});

describe('syncExtraSiteScripts', () => {
  it('registers nothing while there are no extra sites', async () => {
    const { syncExtraSiteScripts } = await load();
    await syncExtraSiteScripts();
    expect(scripts.size).toBe(0);
  });

  it('registers the news-site content script for granted extra sites', async () => {
    const { syncExtraSiteScripts, updateSettings } = await load();
    permissions.granted.add('*://*.example.com/*');
    await updateSettings({ extraSites: ['example.com'] });
    await syncExtraSiteScripts();
    expect(registered()).toEqual({
      id: 'fact-notes-extra',
      js: ['content-scripts/content.js'],
      matches: ['*://*.example.com/*'],
      allFrames: true,
      runAt: 'document_idle',
    });
  });

  it('leaves out extra sites whose permission was refused or revoked, and default sites', async () => {
    const { syncExtraSiteScripts, updateSettings } = await load();
    permissions.granted.add('*://*.granted.org/*');
    permissions.granted.add('*://*.lesoir.be/*');
    await updateSettings({ extraSites: ['refused.com', 'granted.org', 'lesoir.be'] });
    await syncExtraSiteScripts();
    expect(registered()?.matches).toEqual(['*://*.granted.org/*']);
  });

  it('updates the registration when the list changes and removes it when empty', async () => {
    const { syncExtraSiteScripts, updateSettings } = await load();
    permissions.granted.add('*://*.a.com/*').add('*://*.b.com/*');
    await updateSettings({ extraSites: ['a.com'] });
    await syncExtraSiteScripts();
    await updateSettings({ extraSites: ['a.com', 'b.com'] });
    await syncExtraSiteScripts();
    expect(registered()?.matches).toEqual(['*://*.a.com/*', '*://*.b.com/*']);
    await updateSettings({ extraSites: [] });
    await syncExtraSiteScripts();
    expect(registered()).toBeUndefined();
  });

  it('survives overlapping calls without a duplicate registration error', async () => {
    const { syncExtraSiteScripts, updateSettings } = await load();
    const error = vi.spyOn(console, 'error');
    permissions.granted.add('*://*.a.com/*');
    await updateSettings({ extraSites: ['a.com'] });
    await Promise.all([syncExtraSiteScripts(), syncExtraSiteScripts(), syncExtraSiteScripts()]);
    expect(registered()?.matches).toEqual(['*://*.a.com/*']);
    expect(error).not.toHaveBeenCalled();
  });

  it('logs and carries on when the browser refuses a registration', async () => {
    const { syncExtraSiteScripts, updateSettings } = await load();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.mocked(fakeBrowser.scripting.registerContentScripts).mockRejectedValueOnce(new Error('Invalid match pattern'));
    permissions.granted.add('*://*.a.com/*');
    await updateSettings({ extraSites: ['a.com'] });
    await expect(syncExtraSiteScripts()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    await syncExtraSiteScripts();
    expect(registered()?.matches).toEqual(['*://*.a.com/*']);
  });
});

describe('keepExtraSiteScriptsInSync', () => {
  it('follows settings changes and permission changes', async () => {
    const { keepExtraSiteScriptsInSync, requestSiteAccess, revokeSiteAccess, updateSettings } = await load();
    keepExtraSiteScriptsInSync();
    await requestSiteAccess('example.com');
    await updateSettings({ extraSites: ['example.com'] });
    await vi.waitFor(() => expect(registered()?.matches).toEqual(['*://*.example.com/*']));
    await revokeSiteAccess('example.com');
    await vi.waitFor(() => expect(registered()).toBeUndefined());
  });
});
