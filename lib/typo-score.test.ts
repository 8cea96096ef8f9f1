import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { buildTopicIndex } from './topic-index';
import { createFuzzyMatcher } from './find-mentions-fuzzy';
import { TOPICS } from './topics';
import { typoScore } from './typo-score';

/** The score find-mentions-fuzzy.ts took from fuse.js before typo-score.ts replaced it. */
const fuseScore = (query: string, item: string) =>
  new Fuse([item], { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 1, isCaseSensitive: true }).search(query)[0]?.score ?? 1;

/** A small seeded generator, so a failure names a case that comes back. */
function random(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

/** Up to `edits` random substitutions, insertions, deletions and swaps of neighbours. */
function typos(word: string, edits: number, rand: () => number, letters: string): string {
  let w = word;
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rand() * (w.length + 1));
    const ch = letters[Math.floor(rand() * letters.length)];
    const kind = Math.floor(rand() * 4);
    if (kind === 0) w = w.slice(0, i) + ch + w.slice(i + 1);
    else if (kind === 1) w = w.slice(0, i) + ch + w.slice(i);
    else if (kind === 2) w = w.slice(0, i) + w.slice(i + 1);
    else if (i + 1 < w.length) w = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
  return w;
}

describe('typoScore gives fuse.js 7.5 scores', () => {
  const aliasWords = [...new Set(createFuzzyMatcher(buildTopicIndex(TOPICS)).aliases.flat())];

  it('on hand-picked pairs', () => {
    const pairs: Array<[string, string]> = [
      ['cainio', 'cainiao'], ['cainiao', 'cainiao'], ['', 'cainiao'], ['x', 'cainiao'], ['cainiaocainiao', 'cainiao'],
      ['staatsveilgheid', 'staatsveiligheid'], ['airprot', 'airport'], ['zzzzzzzz', 'airport'], ['bierset', 'liege'],
      ['a'.repeat(40), 'a'.repeat(38)], ['abcdefghijklmnopqrstuvwxyzabcdefghijklmn', 'abcdefghijklmnopqrstuvwxyzabcdefghij'],
    ];
    for (const [query, item] of pairs) expect(typoScore(query, item), `${query} / ${item}`).toBe(fuseScore(query, item));
  });

  it('on every fuzzy alias word and thousands of typos of each, in and out of the gate', () => {
    expect(aliasWords.length).toBeGreaterThan(10);
    const rand = random(21);
    let compared = 0;
    for (const item of aliasWords) {
      const letters = `${item}abcdefghijklmnopqrstuvwxyz'-`;
      const queries = new Set([item]);
      // Other alias words as queries too: words of one topic look alike.
      for (const other of aliasWords) if (other[0] === item[0]) queries.add(other);
      while (queries.size < 400) queries.add(typos(item, 1 + Math.floor(rand() * 4), rand, letters));
      for (const query of queries) {
        expect(typoScore(query, item), `${query} / ${item}`).toBe(fuseScore(query, item));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(4000);
  });

  it('on queries longer than 32 units, which both cut in pieces', () => {
    const rand = random(7);
    for (let k = 0; k < 300; k++) {
      const item = typos('abcdefghijklmnopqrstuvwxyzabcdefghijklmnop'.slice(0, 20 + Math.floor(rand() * 30)), 3, rand, 'abcxyz');
      const query = typos(item, 1 + Math.floor(rand() * 5), rand, 'abcdefxyz');
      expect(typoScore(query, item), `${query} / ${item}`).toBe(fuseScore(query, item));
    }
  });
});
