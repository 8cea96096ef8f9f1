// `npm run store-assets`: the store pictures, taken from the built extension in Chromium on
// our own styled demo article (tests/fixtures/store-article.html): 1280×800 screenshots of the
// card, the popup and the options page in light and dark, and a 440×280 promo tile, in docs/store/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hoverHighlight, launchExtension, ROOT, waitForCard, waitForHighlights } from '../tests/e2e/harness';
import { cli } from './cli';

const args = cli<{ 'no-build': boolean }>({
  usage: `usage: npm run store-assets [-- --no-build]
Builds the extension and writes docs/store/{card,popup,options}-{light,dark}.png (1280×800)
and docs/store/promo-440x280.png from it, in Debian's Chromium.
  --no-build   use the extension already in .output/chrome-mv3
  --help       this text`,
  options: { 'no-build': { type: 'boolean', default: false } },
});

const STORE_DIR = join(ROOT, 'docs/store');
const SIZE = { width: 1280, height: 800 };
const ARTICLE_URL = 'https://www.brusselstimes.com/fact-notes-store-demo';
const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/store-article.html'), 'utf8');
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

if (!args['no-build']) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(STORE_DIR, { recursive: true });
const save = (name: string, png: Buffer) => {
  writeFileSync(join(STORE_DIR, name), png);
  console.log(`docs/store/${name}`);
};

/** Lays `html` out at `size` in a page of its own and takes it. */
async function compose(page: Page, html: string, size: { width: number; height: number }): Promise<Buffer> {
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  return page.screenshot();
}

for (const scheme of ['light', 'dark'] as const) {
  const s = await launchExtension({ colorScheme: scheme, viewport: SIZE });
  try {
    const article = await s.open(ARTICLE_URL, ARTICLE);
    await waitForHighlights(article, (c) => Object.keys(c).length === 3);
    const plain = await article.screenshot();

    await hoverHighlight(article, 'VSSE');
    await waitForCard(article, /VSSE/);
    await article.evaluate(() => document.fonts.ready);
    save(`card-${scheme}.png`, await article.screenshot());

    // The popup beside the toolbar button, over the article as a reader sees it.
    const popup = await s.openPopup(await s.tabId(article));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('heading', { level: 2 }).first().waitFor();
    const shot = await popup.screenshot();
    save(
      `popup-${scheme}.png`,
      await compose(
        popup,
        `<img src="${dataUrl(plain)}" style="display:block">` +
          `<img src="${dataUrl(shot)}" style="position:absolute;top:12px;right:28px;border-radius:10px;` +
          'box-shadow:0 12px 40px rgb(0 0 0 / .35),0 0 0 1px rgb(0 0 0 / .15)">',
        SIZE,
      ),
    );

    const options = await s.openOptions();
    await options.setViewportSize(SIZE);
    await options.getByRole('heading', { level: 1 }).waitFor();
    save(`options-${scheme}.png`, await options.screenshot());

    if (scheme === 'light') {
      const icon = readFileSync(join(ROOT, 'public/icon/128.png'));
      const tile = await compose(
        options,
        `<div style="width:440px;height:280px;box-sizing:border-box;padding:36px;display:flex;flex-direction:column;justify-content:center;
          gap:14px;background:linear-gradient(135deg,#0f1b3d,#1b2d63);color:#fff;font:16px/1.4 system-ui,sans-serif">
          <div style="display:flex;align-items:center;gap:14px"><img src="${dataUrl(icon)}" style="width:88px;height:88px;margin:-12px">
          <span style="font:700 34px/1 system-ui,sans-serif">Fact Notes</span></div>
          <div style="font-size:19px;max-width:340px">Dated, sourced notes on Cainiao, Liège Airport and the VSSE, right in the article.</div>
          <div style="opacity:.8">Works offline · no tracking</div></div>`,
        { width: 440, height: 280 },
      );
      save('promo-440x280.png', tile);
    }
  } finally {
    await s.close();
  }
}
