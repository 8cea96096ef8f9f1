// Regenerates docs/card.png: the card open on a real article page from ../shared/pages,
// with one paragraph of ours inserted after the article body's first paragraph.
import { join } from 'node:path';
import { hoverHighlight, launchExtension, NO_PAGE_SCRIPTS, readSharedPage, ROOT, waitForCard, waitForHighlights } from '../tests/e2e/harness';

const PARAGRAPH =
  '<p><strong>[Inserted by Fact Notes for this screenshot]</strong> Belgium’s State Security Service (VSSE) has said it keeps watch on the parcel hub that Cainiao runs at Liège Airport.</p>';
const URL = 'https://www.theguardian.com/world/fact-notes-screenshot';

const html = readSharedPage('guardian-1.html');
const firstP = html.indexOf('</p>', html.indexOf('itemprop="articleBody"')) + 4;
const session = await launchExtension();
session.serve(URL, { body: html.slice(0, firstP) + PARAGRAPH + html.slice(firstP), headers: NO_PAGE_SCRIPTS });
const page = await session.open(URL);
await page.setViewportSize({ width: 1100, height: 760 });
await waitForHighlights(page, (c) => Object.keys(c).length === 3);
await hoverHighlight(page, 'VSSE');
await waitForCard(page);
await page.waitForTimeout(300);
await page.screenshot({ path: join(ROOT, 'docs/card.png') });
await session.close();
console.log('docs/card.png written');
