// The options page in real Chromium: switching a topic applies live to open tabs
// and to pages loaded afterwards; the reset asks in an in-page dialog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, waitForHighlights, type ExtensionSession } from './harness';

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/options-article.html'), 'utf8');
const ARTICLE_URL = 'https://www.lesoir.be/fact-notes-options-test';
const LATER_URL = 'https://www.lesoir.be/fact-notes-options-test-later';
const ALL = ['fact-notes-cainiao', 'fact-notes-liege-airport', 'fact-notes-vsse'];
const WITHOUT_CAINIAO = ['fact-notes-liege-airport', 'fact-notes-vsse'];
/** "Within a second" in the issue; a little slack for two busy cores. */
const LIVE_MS = 3000;

const topicsShown = async (page: Page, expected: string[], timeoutMs = LIVE_MS) =>
  Object.keys(await waitForHighlights(page, (c) => Object.keys(c).sort().join() === expected.join(), timeoutMs)).sort();

async function setTopic(options: Page, name: string, on: boolean): Promise<void> {
  const box = options.getByRole('checkbox', { name });
  await box.setChecked(on);
  await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

describe('options page in Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
    s.serve(ARTICLE_URL, ARTICLE);
    s.serve(LATER_URL, ARTICLE);
  });
  afterAll(async () => s?.close());

  it('switching Cainiao off removes its highlights from open and new pages, keeps the others, and on brings them back', async () => {
    const article = await s.open(ARTICLE_URL);
    expect(await topicsShown(article, ALL, 5000)).toEqual(ALL);

    const options = await s.openOptions();
    await setTopic(options, 'Cainiao', false);
    expect(await topicsShown(article, WITHOUT_CAINIAO)).toEqual(WITHOUT_CAINIAO);
    expect(await article.evaluate(() => CSS.highlights.has('fact-notes-cainiao'))).toBe(false);

    const later = await s.open(LATER_URL);
    expect(await topicsShown(later, WITHOUT_CAINIAO, 5000)).toEqual(WITHOUT_CAINIAO);

    await options.bringToFront();
    await setTopic(options, 'Cainiao', true);
    expect(await topicsShown(article, ALL)).toEqual(ALL);
    expect(await topicsShown(later, ALL)).toEqual(ALL);

    await Promise.all([article.close(), later.close(), options.close()]);
    expect(s.errors).toEqual([]);
  });

  it('works from the keyboard: Tab reaches the first switch (after the link to the library), Space toggles it', async () => {
    const options = await s.openOptions();
    const cainiao = options.getByRole('checkbox', { name: 'Cainiao' });
    await cainiao.waitFor();
    await options.keyboard.press('Tab');
    expect(await options.getByRole('link', { name: 'Notes library' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await options.keyboard.press('Tab');
    expect(await cainiao.evaluate((el) => el === document.activeElement)).toBe(true);
    await options.keyboard.press('Space');
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await cainiao.isChecked()).toBe(false);
    await options.keyboard.press('Space');
    await expect.poll(() => cainiao.isChecked()).toBe(true);
    await options.close();
  });

  it('asks before resetting, in the page, and Escape keeps the settings', async () => {
    const options = await s.openOptions();
    await setTopic(options, 'Liège Airport', false);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Reset all settings?' });
    await dialog.waitFor();
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await options.getByRole('checkbox', { name: 'Liège Airport' }).isChecked()).toBe(false);

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => options.getByRole('checkbox', { name: 'Liège Airport' }).isChecked()).toBe(true);
    await options.close();
    expect(s.errors).toEqual([]);
  });
});
