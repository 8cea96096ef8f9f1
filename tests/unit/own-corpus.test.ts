// Our own mention corpus is in step with its hand-marked source, and holds texts for
// every family of real-article forms of issue 18 (GUIDELINES.md), positives and decoys.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/build';
import { parseCorpus } from '@/lib/eval-score';

const file = (name: string) => fileURLToPath(new URL(`../corpus/${name}`, import.meta.url));
const jsonl = readFileSync(file('own.jsonl'), 'utf8');
const texts = parseCorpus(jsonl);

/** Id infix -> family: "own-nl-lc03" is a text of the Dutch lower-case family. */
const FAMILIES = {
  lc: 'Dutch lower-case staatsveiligheid',
  st: 'German Staatssicherheit alone',
  sl: 'misspellings as printed',
  cp: 'compounds and mixed forms',
  su: 'a bare Sûreté after the name',
  lo: 'context that stays local',
  bi: 'Bierset the base or village',
  cn: "another country's service",
};

describe('tests/corpus/own.jsonl', () => {
  it('is built from own.txt', () => {
    expect(buildCorpus(readFileSync(file('own.txt'), 'utf8'))).toBe(jsonl);
  });

  it.each(Object.entries(FAMILIES))('has 8+ texts of family %s (%s), positives and decoys', (code) => {
    const family = texts.filter((t) => new RegExp(`^own-[a-z]{2}-${code}\\d+$`).test(t.id));
    expect(family.length).toBeGreaterThanOrEqual(8);
    expect(family.some((t) => t.mentions.length > 0)).toBe(true);
    expect(family.some((t) => t.mentions.length === 0)).toBe(true);
  });

  it('is written in EN, FR, NL, DE and ZH (and one IT text)', () => {
    expect(new Set(texts.map((t) => t.lang))).toEqual(new Set(['en', 'fr', 'nl', 'de', 'zh', 'it']));
  });
});
