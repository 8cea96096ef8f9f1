// `npm start`: opens Debian's Chromium with the built extension on the bundled demo
// article, served at a real news-site URL (no network). Headless when there is no
// display or FACT_NOTES_HEADLESS=1: then it prints what was found, saves a
// screenshot to .tmp/start.png and exits.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchExtension, ROOT, waitForHighlights } from '../tests/e2e/harness';
import { cli } from './cli';

cli({
  usage: `usage: npm start
Installs Chromium from Debian when it is missing, builds the extension and opens it on our
demo article (served at a news-site URL, no network). Without a display, or with
FACT_NOTES_HEADLESS=1, it runs headless, prints what was marked, saves .tmp/start.png and exits.
  --help   this text`,
});
// Only now, so --help and a wrong flag cost nothing.
execFileSync('bash', [join(ROOT, 'scripts/ensure-browser.sh')], { stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const DEMO_URL = 'https://www.brusselstimes.com/fact-notes-demo';
const headless = process.env.FACT_NOTES_HEADLESS === '1' || !process.env.DISPLAY;

const session = await launchExtension({ headless });
const page = await session.open(DEMO_URL, readFileSync(join(ROOT, 'tests/fixtures/demo-article.html'), 'utf8'));
const counts = await waitForHighlights(page, (c) => Object.keys(c).length > 0);
console.log(`Fact Notes is running on ${DEMO_URL}`);
for (const [name, n] of Object.entries(counts)) console.log(`  ${name}: ${n} highlighted`);

if (headless) {
  await mkdir(join(ROOT, '.tmp'), { recursive: true });
  await page.screenshot({ path: join(ROOT, '.tmp/start.png') });
  console.log('Headless run (no display): screenshot saved to .tmp/start.png');
  await session.close();
} else {
  console.log('Close the browser window to stop.');
  await new Promise((done) => session.context.on('close', done));
}
