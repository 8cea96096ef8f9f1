// `npm run icons`: renders the hand-drawn SVGs in scripts/icons/ (one per size, each drawn on
// its own pixel grid so 16 px stays legible) to the PNGs the manifest names, in Debian's
// Chromium: public/icon/<size>.png, and public/icon/paused-<size>.png in greys for paused sites.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../tests/e2e/harness';
import { cli } from './cli';
import { ICON_SIZES, iconPath } from '../lib/icons';

/** The paused palette: the same drawing in greys (the badge's paused grey behind). */
const PAUSED_STYLE = '<style>.bg{fill:#6b7280}.ink{fill:#f3f4f6}.mark{fill:#c4c9d0}</style>';

cli({ usage: 'usage: npm run icons   (writes public/icon/{,paused-}{16,32,48,128}.png from scripts/icons/icon-N.svg)' });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
await mkdir(join(ROOT, 'public/icon'), { recursive: true });
for (const size of ICON_SIZES) {
  const svg = readFileSync(join(ROOT, `scripts/icons/icon-${size}.svg`), 'utf8');
  for (const paused of [false, true]) {
    const art = paused ? svg.replace(/<style>[^<]*<\/style>/, PAUSED_STYLE) : svg;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${art}</body>`);
    await page.locator('svg').screenshot({ path: join(ROOT, iconPath(size, paused)), omitBackground: true });
  }
}
await browser.close();
console.log(`wrote ${ICON_SIZES.length * 2} icons to public/icon/`);
