// The hostile-page cases (hostile-cases.ts) in Firefox (the MV2 build in firefox-esr).
// The card's root is closed and nothing reaches into it here, so the cases check what
// a reader sees of it: drawn over the page beside the words, unreadable to the page.
import { beforeAll, describe, expect, it } from 'vitest';
import { asPlaywright, asPuppeteer, firefoxForTests, waitForCardOver } from './firefox-harness';
import { highlightsDrawnIn, hoverHighlight } from './harness';
import { hostileCases, type HostileBrowser } from './hostile-cases';

describe('hostile and odd pages in Firefox', () => {
  const ff = firefoxForTests();
  let firefox: HostileBrowser;
  beforeAll(() => {
    firefox = {
      serve: (url, page) => ff().serve(url, page),
      open: async (url) => asPlaywright(await ff().open(url)),
      errors: ff().errors,
      xrays: true,
      async openCard(page, words) {
        await hoverHighlight(page, words);
        await waitForCardOver(asPuppeteer(page), words);
        return {};
      },
      // WebDriver BiDi evaluates from outside the page's world: its broken built-ins do not matter.
      pageValue: (page, expression) => asPuppeteer(page).evaluate(expression),
      highlightsDrawnIn: async (page, selector) => highlightsDrawnIn(page, (await asPuppeteer(page).$(selector))!),
    };
  });

  hostileCases(() => firefox);

  it('leaves no page errors behind', () => {
    expect(ff().errors).toEqual([]);
  });
});
