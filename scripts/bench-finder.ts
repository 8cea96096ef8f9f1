// Finder throughput on a large generated page (pure Node).
//   npx tsx scripts/bench-finder.ts [sizeMB]
import { pathToFileURL } from 'node:url';
import { createFinder } from '../lib/find-mentions';
import { TOPICS } from '../lib/topics';

const FILLER = [
  'The council met on Tuesday to discuss the budget for the coming year and the state of the roads.',
  'Shoppers across Europe ordered more goods online during the holidays than in any previous season.',
  'Le gouvernement régional a présenté un plan de mobilité pour les dix prochaines années.',
  'De gemeenteraad keurde het nieuwe parkeerbeleid goed na een lang debat over de binnenstad.',
  'Die Landesregierung kündigte neue Investitionen in Schulen und Krankenhäuser an.',
  'Analysts said the company, a major carrier, would cut capacity on several routes next winter.',
  '市政府宣布将在明年扩建公共交通网络，并增加公园和绿地。',
  'Readers can find the full report, with tables and maps, on the ministry’s website.',
];
const MENTIONS = [
  'Cainiao', 'Liège Airport', 'the VSSE', 'Sûreté de l’État', 'Cainio', 'luchthaven van Luik',
  'Flughafen Lüttich', '菜鸟网络', 'flights to LGG', 'Belgium’s State Security',
];

/** A deterministic page of about `sizeMB` MB (UTF-16 units / 1e6) with a mention every ~15 kB. */
export function generatePage(sizeMB = 5): string {
  const target = sizeMB * 1e6;
  const parts: string[] = [];
  let length = 0;
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  let sinceMention = 0;
  while (length < target) {
    let paragraph = FILLER[next(FILLER.length)] + ' ' + FILLER[next(FILLER.length)];
    if (sinceMention > 15_000) {
      paragraph += ` Officials mentioned ${MENTIONS[next(MENTIONS.length)]} in passing.`;
      sinceMention = 0;
    }
    parts.push(paragraph);
    length += paragraph.length + 1;
    sinceMention += paragraph.length + 1;
  }
  return parts.join('\n');
}

export function benchFinder(sizeMB = 5): { buildMs: number; mbPerSec: number; mentions: number } {
  const text = generatePage(sizeMB);
  const t0 = performance.now();
  const finder = createFinder(TOPICS);
  const buildMs = performance.now() - t0;
  let mentions = finder.find(text).length; // warm up the JIT and the fuzzy cache
  // Best of a few runs: the least disturbed by other work on the machine.
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t1 = performance.now();
    mentions = finder.find(text).length;
    best = Math.min(best, performance.now() - t1);
  }
  return { buildMs, mbPerSec: text.length / 1e6 / (best / 1000), mentions };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchFinder(Number(process.argv[2] ?? 5));
  console.log(`finder: index build ${r.buildMs.toFixed(1)} ms, ${r.mbPerSec.toFixed(1)} MB/s, ${r.mentions} mentions`);
}
