// Interleaved A/B of cold loads: the time to marks and the blocking time, from outside as
// `npm run bench` takes them (the 5 MB page at a news URL, a fresh browser per load), for
// builds of the extension and V8 flags. An extension cannot set V8 flags: those variants
// say where the time goes, not what to ship.
//   V='default=|maglev-only=--js-flags=--max-opt=2' RUNS=16 npx tsx scripts/bench/cold-ab.ts
//   V='main@/tmp/ext-main=|change@.output/chrome-mv3=' npx tsx scripts/bench/cold-ab.ts
// V: variants separated by '|', each `name[@build-dir]=[switch]`: one Chromium switch or none
// (several V8 flags go in one --js-flags='--a --b'); the build is .output/chrome-mv3 unless
// given. RUNS (default 16) loads each, the order flipped every round: 16 a side is about the
// least that tells 25 ms apart on this 2-core machine. Flags that name functions
// (--turbo-filter, --trace-opt) need a build without name mangling: build with terser's
// `mangle: false, keep_fnames: true` in wxt.config.ts, copy .output/chrome-mv3 away, restore.
import { resolve } from 'node:path';
import { generatePage } from './generate-page';
import { median } from './median';
import { NEWS_URL, PAGE_CSP, withExtension } from './time-to-marks';

const RUNS = Number(process.env.RUNS ?? 16);
const variants = (process.env.V ?? 'default=|maglev-only=--js-flags=--max-opt=2').split('|').map((v) => {
  const parts = /^([\w.-]+)(?:@([^=]+))?=(.*)$/.exec(v);
  if (!parts) throw new Error(`V: "${v}" is not name[@build-dir]=[switch]`);
  const [, name, extensionDir, sw] = parts;
  return { name, extensionDir: extensionDir && resolve(extensionDir), extraArgs: sw ? [sw] : [] };
});
const { html } = generatePage();
const results = new Map<string, Array<{ registered: number; blocking: number }>>();

for (let round = 0; round < RUNS; round++) {
  for (const { name, ...launch } of round % 2 ? [...variants].reverse() : variants) {
    const load = await withExtension(NEWS_URL, html, { 'Content-Security-Policy': PAGE_CSP }, async () => undefined, launch);
    const registered = load.timeToMarksMs ?? NaN;
    results.set(name, [...(results.get(name) ?? []), { registered, blocking: load.blockingMs }]);
    console.log(`${name.padEnd(12)} marks registered ${registered.toFixed(0)} ms after load, blocking ${load.blockingMs.toFixed(0)} ms, ${load.ranges} ranges`);
  }
}
for (const [name, loads] of results) {
  const registered = loads.map((l) => l.registered).sort((a, b) => a - b);
  console.log(
    `${name}: registered median ${median(registered).toFixed(0)} (${registered.map((x) => x.toFixed(0)).join(' ')}), blocking median ${median(loads.map((l) => l.blocking)).toFixed(0)}`,
  );
}
