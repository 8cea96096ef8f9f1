// The extension in a French- or Dutch-speaking browser: its own pages speak the notes
// language (automatic = the browser's), and say so in <html lang>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

const ENGLISH_HEADINGS = /Topics|Highlight style|Match strictness|Changes are saved/;

describe('in a French browser (fr-FR)', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension({ locale: 'fr-FR' });
  });
  afterAll(async () => s?.close());

  it('the options page is in French, says so, and has no English headings', async () => {
    const options = await s.openOptions();
    await options.getByRole('heading', { level: 1, name: 'Réglages de Fact Notes' }).waitFor();
    expect(await options.evaluate(() => navigator.language)).toBe('fr-FR');
    expect(await options.locator('html').getAttribute('lang')).toBe('fr');
    expect(await options.title()).toBe('Fact Notes — Réglages');
    expect(await options.locator('body').innerText()).not.toMatch(ENGLISH_HEADINGS);
    expect(await options.getByRole('radio', { name: 'Automatique (Français dans ce navigateur)' }).isChecked()).toBe(true);
  });

  it('shows the manifest’s French name and description, as the browser’s UI language asks', async () => {
    const { name, description } = await s.worker.evaluate(() => chrome.runtime.getManifest());
    expect(name).toBe('Fact Notes');
    expect(description).toMatch(/^Repère Cainiao, Liège Airport et la Sûreté de l'État/);
  });

  it('switches to Dutch at once when Dutch is chosen, and the popup follows', async () => {
    const options = await s.openOptions();
    await options.getByRole('radio', { name: 'Nederlands' }).check();
    await options.getByRole('heading', { level: 2, name: 'Onderwerpen' }).waitFor();
    expect(await options.locator('html').getAttribute('lang')).toBe('nl');
    const popup = await s.openPopup();
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('nl');
    expect(s.errors).toEqual([]);
  });
});
