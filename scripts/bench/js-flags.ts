// What V8's tiers do to the first scan: the time to marks and the blocking time, from
// outside as `npm run bench` takes them (the 5 MB page at a news URL, a fresh browser
// per load), under several sets of V8 flags, interleaved. An extension cannot set V8
// flags: this says where the time goes, not what to ship.
//   V='default=|maglev-only=--js-flags=--max-opt=2' RUNS=16 npx tsx scripts/bench/js-flags.ts
// V: name=switches, '|' between variants (switches may be empty). RUNS (default 16) loads
// each; the order of the variants flips every round. EXT: another build's directory (one
// built without name mangling, for flags that name functions, like --turbo-filter).
import { generatePage } from './generate-page';
import { median } from './median';
import { NEWS_URL, PAGE_CSP, withExtension } from './time-to-marks';

const RUNS = Number(process.env.RUNS ?? 16);
const variants = (process.env.V ?? 'default=|maglev-only=--js-flags=--max-opt=2').split('|').map((v) => {
  const at = v.indexOf('=');
  return { name: v.slice(0, at), args: v.slice(at + 1) ? [v.slice(at + 1)] : [] };
});
const { html } = generatePage();
const results = new Map<string, Array<{ registered: number; blocking: number }>>();

for (let round = 0; round < RUNS; round++) {
  for (const { name, args } of round % 2 ? [...variants].reverse() : variants) {
    const load = await withExtension(NEWS_URL, html, { 'Content-Security-Policy': PAGE_CSP }, async () => undefined, {
      extraArgs: args,
      extensionDir: process.env.EXT,
    });
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
