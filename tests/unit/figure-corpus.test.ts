// The figure corpus is ours, in the format, and in step with its hand-marked source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/build';
import { parseFigureCorpus } from '@/lib/figures/score-figures';
import { FIGURE_QUANTITIES } from '@/lib/types';

const file = (name: string) => fileURLToPath(new URL(`../corpus/${name}`, import.meta.url));
const jsonl = readFileSync(file('figures.jsonl'), 'utf8');
const texts = parseFigureCorpus(jsonl);

describe('tests/corpus/figures.jsonl', () => {
  it('is built from figures.txt', () => {
    expect(buildCorpus(readFileSync(file('figures.txt'), 'utf8'))).toBe(jsonl);
  }, 30_000);

  it('has at least 80 texts in EN, FR, NL and DE, decoys among them', () => {
    expect(texts.length).toBeGreaterThanOrEqual(80);
    expect(new Set(texts.map((t) => t.lang))).toEqual(new Set(['en', 'fr', 'nl', 'de']));
    expect(texts.filter((t) => t.figures.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('holds figures of known quantities, with offsets inside their text', () => {
    for (const t of texts) {
      expect(Object.keys(t).sort()).toEqual(['figures', 'id', 'lang', 'text']);
      for (const f of t.figures) {
        expect(Object.keys(f).sort()).toEqual(['end', 'quantity', 'start', 'value']);
        expect(FIGURE_QUANTITIES).toContain(f.quantity);
        expect(f.value).toBeGreaterThan(0);
        expect(0 <= f.start && f.start < f.end && f.end <= t.text.length).toBe(true);
      }
    }
  });
});
