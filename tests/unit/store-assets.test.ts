// The store pictures npm run store-assets writes, at the sizes the stores ask for, and the
// README showing one of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';
import { pngSize } from '../png-size';

it.each(['card', 'popup', 'options'].flatMap((view) => [`${view}-light.png`, `${view}-dark.png`]))('docs/store/%s is 1280×800', (file) => {
  expect(pngSize(join(ROOT, 'docs/store', file))).toEqual({ width: 1280, height: 800 });
});

it('docs/store/promo-440x280.png is 440×280', () => {
  expect(pngSize(join(ROOT, 'docs/store/promo-440x280.png'))).toEqual({ width: 440, height: 280 });
});

it('the README shows a store picture', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/!\[[^\]]+\]\(docs\/store\/[a-z-]+\.png\)/);
});
