// @vitest-environment happy-dom
// The options page against (fake) extension storage and permissions.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, SETTINGS_VERSION } from '@/lib/settings-schema';
import { fakeSitePermissions } from '@/tests/fakes/extra-sites';
import { getSettings, updateSettings, type SettingsPatch } from '@/utils/settings';
import { OptionsApp } from './OptionsApp';

let permissions: ReturnType<typeof fakeSitePermissions>;
beforeEach(() => {
  fakeBrowser.reset();
  permissions = fakeSitePermissions();
});
// Inside act, so the page's effect clean-ups run now, while the fake permissions are still installed.
afterEach(() => act(() => cleanup()));

async function open(stored?: SettingsPatch) {
  if (stored) await updateSettings(stored);
  render(<OptionsApp />);
  return (await screen.findByRole('checkbox', { name: 'Cainiao' })) as HTMLInputElement;
}

function addSite(text: string) {
  fireEvent.input(screen.getByRole('textbox', { name: 'Add a site' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
}

const importFile = (name: string, text: string, label = 'Settings file to import') =>
  fireEvent.change(screen.getByLabelText(label), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });

describe('OptionsApp', () => {
  it('shows the stored settings', async () => {
    const cainiao = await open({ topics: { cainiao: false }, strictness: 'strict' });
    expect(cainiao.checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Liège Airport' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Strict' }) as HTMLInputElement).checked).toBe(true);
  });

  it('saves a topic switch at once and says so', async () => {
    const cainiao = await open();
    fireEvent.click(cainiao);
    await Promise.resolve();
    expect(cainiao.checked).toBe(false); // at once, not after storage answers
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect((await getSettings()).topics).toEqual({ cainiao: false, 'liege-airport': true, vsse: true });
    expect(cainiao.checked).toBe(false);
  });

  it('follows changes made elsewhere (the popup, another window)', async () => {
    const cainiao = await open();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), topics: { cainiao: false, 'liege-airport': true, vsse: true } } });
    await vi.waitFor(() => expect(cainiao.checked).toBe(false));
  });

  it('says when saving failed and shows what is still stored', async () => {
    const cainiao = await open();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    fireEvent.click(cainiao);
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: disk full'));
    await vi.waitFor(() => expect(cainiao.checked).toBe(true));
  });

  describe('extra sites', () => {
    it('refuses a site name that is not one, without asking the browser', async () => {
      await open();
      addSite('not a site');
      expect((await screen.findByRole('alert')).textContent).toMatch(/“not a site” is not a site name/);
      expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    });

    it('asks for the site and explains when the user refuses; nothing is added', async () => {
      await open();
      permissions.refuse = true;
      addSite('https://www.Example.com/news');
      expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['*://*.example.com/*'] });
      expect((await screen.findByRole('alert')).textContent).toMatch(/Access to example\.com was not granted/);
      expect((await getSettings()).extraSites).toEqual([]);
      expect((screen.getByRole('textbox', { name: 'Add a site' }) as HTMLInputElement).value).toBe('https://www.Example.com/news');
    });

    it('adds a granted site and shows it as active', async () => {
      await open();
      addSite('example.com');
      const list = await screen.findByRole('list', { name: 'Your extra sites' });
      expect(within(list).getByText('example.com')).toBeTruthy();
      await vi.waitFor(() => expect(within(list).getByText('Active')).toBeTruthy());
      expect((await getSettings()).extraSites).toEqual(['example.com']);
      expect((screen.getByRole('textbox', { name: 'Add a site' }) as HTMLInputElement).value).toBe('');
    });

    it('removes a site and gives its access back', async () => {
      permissions.granted.add('*://*.example.com/*');
      await open({ extraSites: ['example.com', 'other.org'] });
      fireEvent.click(await screen.findByRole('button', { name: 'Remove example.com' }));
      await vi.waitFor(() => expect(permissions.granted.has('*://*.example.com/*')).toBe(false));
      expect((await getSettings()).extraSites).toEqual(['other.org']);
      expect(screen.queryByText('example.com')).toBeNull();
    });

    it('lets the user grant access to a site that lacks it', async () => {
      await open({ extraSites: ['example.com'] });
      fireEvent.click(await screen.findByRole('button', { name: 'Grant access to example.com' }));
      await vi.waitFor(() => expect(screen.getByText('Active')).toBeTruthy());
    });
  });

  it('speaks the notes language: the browser’s when automatic, the chosen one at once when changed', async () => {
    const browserLanguage = vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-BE');
    onTestFinished(() => browserLanguage.mockRestore());
    await open();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Fact Notes — Réglages');
    expect(screen.getByRole('heading', { level: 2, name: 'Sujets' })).toBeTruthy();
    expect(screen.queryByText(/Topics|Highlight style|Match strictness|Changes are saved/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    expect(screen.getByRole('heading', { level: 2, name: 'Onderwerpen' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Automatisch (Français in deze browser)' })).toBeTruthy();
  });

  it('resumes a paused site', async () => {
    await open({ pausedSites: ['hln.be'] });
    fireEvent.click(screen.getByRole('button', { name: 'Resume on hln.be' }));
    await vi.waitFor(async () => expect((await getSettings()).pausedSites).toEqual([]));
  });

  it('resets everything to defaults only after confirming, and gives back site access', async () => {
    permissions.granted.add('*://*.example.com/*');
    await open({ extraSites: ['example.com'], language: 'fr', topics: { vsse: false } });
    // The page speaks the stored notes language.
    fireEvent.click(screen.getByRole('button', { name: 'Rétablir les réglages par défaut…' }));
    expect((await getSettings()).language).toBe('fr');
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser' }));
    await vi.waitFor(async () => expect(await getSettings()).toEqual(defaultSettings()));
    await vi.waitFor(() => expect(permissions.granted.size).toBe(0));
  });

  describe('backup', () => {
    it('exports the settings as a JSON file', async () => {
      await open({ language: 'nl' });
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:settings'));
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      fireEvent.click(screen.getByRole('button', { name: 'Instellingen exporteren' }));
      await vi.waitFor(() => expect(click).toHaveBeenCalled());
      const anchor = click.mock.contexts[0] as HTMLAnchorElement;
      expect(anchor.download).toMatch(/^fact-notes-settings-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(await blobs[0].text());
      expect(file).toMatchObject({ app: 'fact-notes', version: SETTINGS_VERSION, settings: { language: 'nl' } });
    });

    it('refuses a bad file with a clear message and changes nothing', async () => {
      await open({ language: 'fr' });
      importFile('notes.json', '{ not json', 'Fichier de réglages à importer');
      expect((await screen.findByRole('alert')).textContent).toBe(
        'notes.json: Ce fichier n’est pas du JSON valide : ce ne peut pas être un fichier de réglages de Fact Notes.',
      );
      expect((await getSettings()).language).toBe('fr');
    });

    it('imports a good file and points out sites that still need access', async () => {
      await open();
      const settings = { ...defaultSettings(), topics: { cainiao: false, 'liege-airport': true, vsse: true }, extraSites: ['example.com'] };
      importFile('backup.json', JSON.stringify({ app: 'fact-notes', version: SETTINGS_VERSION, settings }));
      await vi.waitFor(() => expect(screen.getByText(/Imported backup\.json\. 1 extra site needs access/)).toBeTruthy());
      expect(await getSettings()).toEqual(settings);
      expect((screen.getByRole('checkbox', { name: 'Cainiao' }) as HTMLInputElement).checked).toBe(false);
      expect(screen.getByRole('button', { name: 'Grant access to example.com' })).toBeTruthy();
    });
  });

  it('never saves over settings it could not read: an error with Retry, controls disabled until a read succeeds', async () => {
    await updateSettings({ topics: { cainiao: false } });
    const get = fakeBrowser.storage.local.get;
    let failing = true;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((...args: Parameters<typeof get>) =>
      failing ? Promise.reject(new Error('storage unavailable')) : get(...args),
    );
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    render(<OptionsApp />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not read your settings/);
    const cainiao = screen.getByRole('checkbox', { name: 'Cainiao' }) as HTMLInputElement;
    expect(cainiao.closest('fieldset')?.disabled).toBe(true);
    // A browser ignores clicks on disabled controls; happy-dom does not, which shows the save refusing too.
    fireEvent.click(cainiao);
    await new Promise((r) => setTimeout(r, 50));
    expect(writes).not.toHaveBeenCalled();
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(cainiao.closest('fieldset')?.disabled).toBe(false);
    expect(cainiao.checked).toBe(false); // what is stored, not the defaults
    expect(writes).not.toHaveBeenCalled();
  });
});
