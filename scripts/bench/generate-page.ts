// A long news-article page for the benchmark: ~5 MB of HTML, ~100k text nodes,
// a few hundred planted mentions (some split by inline tags, which mark.js without
// acrossElements cannot see), typos of long aliases that the fuzzy pass must mark, and
// near misses it must not. Deterministic: the same seed gives the same bytes.

export interface GeneratedPage {
  html: string;
  /** Mentions planted in readable text. */
  planted: number;
  /** How many of them are split across inline elements. */
  split: number;
  /** Text nodes in the body (whitespace-only ones included). */
  textNodes: number;
  /**
   * Where each planted thing is: the index of its <p> among the article's, and whether
   * it must be marked (a mention or a typo of one) or not (a near miss).
   */
  plantedAt: Array<{ p: number; kind: PlantedKind }>;
}

export type PlantedKind = 'mention' | 'typo' | 'nearMiss';

// mulberry32: tiny, fast, good enough for picking words.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Neutral vocabulary (no alias, context word or near miss of one), with the accents,
// curly quotes and dashes real articles carry so folding takes its slow paths too.
const WORDS = (
  'the of and to in a is that for on with as was by at from this be have are said which ' +
  'council harbour weather budget market river station minister election village teacher ' +
  'report season festival museum bridge committee hospital street library factory summer ' +
  'winter spring autumn morning evening week month year people families workers students ' +
  'farmers drivers visitors residents officials voters readers neighbours growth traffic ' +
  'planning housing energy water transport schools prices wages trade policy reform plan ' +
  'café naïve façade déjà résumé Zürich Köln São Paulo Málaga Kraków Gdańsk Ørsted Straße ' +
  'économie société été région député “quoted” ‘aside’ — – … 2019 2024 12 45 percent'
).split(' ');
const LINK_WORDS = 'read more analysis live updates opinion video explainer newsletter archive'.split(' ');

/** Mention forms and whether an inline tag splits them. */
const MENTIONS: Array<[html: string, split: boolean]> = [
  ['Cainiao', false],
  ['Liège Airport', false],
  ['VSSE', false],
  ['Cainiao’s', false],
  ['the VSSE', false],
  ['<a href="/topics/cainiao">Cainiao</a>', false],
  ['<strong>Liège Airport</strong>', false],
  ['<b>Liège</b> Airport', true],
  ['Liège <em>Airport</em>', true],
  ['<a href="/topics/liege">Liège</a> Airport', true],
];

/** Typos of long aliases: the fuzzy pass marks them (GUIDELINES: a misspelt name is a mention). */
const TYPOS = ['Cainio', 'Caniao', 'Liège airprot', 'Liege Airpot'];
/**
 * Near misses: words the fuzzy gate must look at (same first letter, about the same
 * length) and phrases the context rules must turn down. None is a mention.
 */
const NEAR_MISSES = [
  'Cairo', 'Caiman', 'Casino', 'Cannon', 'Cain', 'Canton', 'Liberia', 'Lisbon airport',
  'Port of Liège', 'University of Liège', 'Standard de Liège', 'Liège station',
  'the Ministry of State Security', 'vsse', 'VSS',
];

export function generatePage(options: { seed?: number; paragraphs?: number; mentions?: number; typos?: number; nearMisses?: number } = {}): GeneratedPage {
  const random = rng(options.seed ?? 42);
  const paragraphs = options.paragraphs ?? 15_000;
  const mentionCount = options.mentions ?? 300;
  const typoCount = options.typos ?? 30;
  const nearMissCount = options.nearMisses ?? 300;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const words = (min: number, max: number, from = WORDS) => {
    const n = min + Math.floor(random() * (max - min + 1));
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(pick(from));
    return out.join(' ');
  };

  // Distinct paragraphs get the mentions, spread over the whole article.
  const withMention = new Set<number>();
  while (withMention.size < mentionCount) withMention.add(Math.floor(random() * paragraphs));
  // Typos and near misses in other paragraphs, so each paragraph holds one planted thing.
  const others = new Map<number, Exclude<PlantedKind, 'mention'>>();
  const plant = (count: number, kind: Exclude<PlantedKind, 'mention'>) => {
    for (let placed = 0; placed < count; ) {
      const p = Math.floor(random() * paragraphs);
      if (withMention.has(p) || others.has(p)) continue;
      others.set(p, kind);
      placed++;
    }
  };
  plant(typoCount, 'typo');
  plant(nearMissCount, 'nearMiss');
  const plantedAt: GeneratedPage['plantedAt'] = [];

  const parts: string[] = [];
  let textNodes = 0;
  let split = 0;
  const text = (s: string) => {
    textNodes++;
    parts.push(s);
  };
  parts.push(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long read</title>',
    '<style>body{font:17px/1.55 Georgia,serif;max-width:46em;margin:0 auto;padding:1em}.hidden{display:none}</style>',
    '</head><body><header><nav><ul>',
  );
  for (let i = 0; i < 40; i++) {
    parts.push(`<li><a href="/section/${i}">`);
    text(words(1, 2, LINK_WORDS));
    parts.push('</a></li>');
  }
  parts.push('</ul></nav></header><main><article><h1>');
  text(words(6, 10));
  parts.push('</h1>');
  for (let p = 0; p < paragraphs; p++) {
    if (p % 60 === 0) {
      parts.push('<h2>');
      text(words(3, 7));
      parts.push('</h2>');
    }
    if (p % 500 === 250) {
      // Things a scan must skip: a data script, an editor, a hidden block, code.
      parts.push(`<script type="application/json">{"id":${p},"tags":["${words(20, 40)}"]}</script>`);
      parts.push('<div contenteditable="true">');
      text(words(5, 10));
      parts.push('</div><div class="hidden">');
      text(words(5, 10));
      parts.push('</div><pre><code>');
      text(`const x${p} = ${p};`);
      parts.push('</code></pre>');
    }
    parts.push('<p>');
    const inlines = 1 + Math.floor(random() * 5);
    const kind: PlantedKind | undefined = withMention.has(p) ? 'mention' : others.get(p);
    if (kind) plantedAt.push({ p, kind });
    const mentionAt = kind ? Math.floor(random() * (inlines + 1)) : -1;
    for (let k = 0; k <= inlines; k++) {
      if (k === mentionAt && kind !== 'mention') {
        text(`${words(2, 5)} ${pick(kind === 'typo' ? TYPOS : NEAR_MISSES)} ${words(2, 5)} `);
      } else if (k === mentionAt) {
        const [html, isSplit] = pick(MENTIONS);
        if (isSplit) split++;
        // Surrounding words and the mention's own text nodes.
        text(`${words(2, 5)} `);
        parts.push(html);
        textNodes += isSplit ? 2 : 1;
        text(` ${words(2, 5)} `);
      } else text(`${words(5, 10)} `);
      if (k === inlines) break;
      const tag = pick(['a', 'a', 'em', 'b', 'span', 'i']);
      parts.push(tag === 'a' ? `<a href="/news/${Math.floor(random() * 1e6)}">` : `<${tag}>`);
      text(words(2, 5, tag === 'a' ? LINK_WORDS.concat(WORDS) : WORDS));
      parts.push(`</${tag}>`);
    }
    parts.push('</p>\n');
  }
  parts.push('</article></main><footer><p>');
  text(words(10, 20));
  parts.push('</p></footer></body></html>');
  return { html: parts.join(''), planted: mentionCount, split, textNodes, plantedAt };
}
