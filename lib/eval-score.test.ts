import { describe, expect, it } from 'vitest';
import { parseCorpus, scoreCorpus, type CorpusText } from './eval-score';

const texts: CorpusText[] = [
  { id: 'a', lang: 'en', text: 'Cainiao at Liège Airport', mentions: [{ topic: 'cainiao', start: 0, end: 7 }, { topic: 'liege-airport', start: 11, end: 24 }] },
  { id: 'b', lang: 'en', text: 'the VSSE said', mentions: [{ topic: 'vsse', start: 4, end: 8 }] },
  { id: 'decoy', lang: 'en', text: 'Standard Liège', mentions: [] },
];

describe('scoreCorpus', () => {
  it('counts overlapping spans of the same topic as right', () => {
    const r = scoreCorpus(texts, [
      [{ topic: 'cainiao', start: 0, end: 5 }, { topic: 'liege-airport', start: 17, end: 24 }],
      [{ topic: 'cainiao', start: 4, end: 8 }], // right place, wrong topic
      [{ topic: 'liege-airport', start: 9, end: 14 }],
    ]);
    expect(r.topics.cainiao).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.topics['liege-airport']).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.topics.vsse).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 1, recall: 0, f1: 0 });
    expect(r.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(r.overall.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(r.decoyHits).toEqual(['decoy']);
    expect(r.falsePositives.map((m) => m.words)).toEqual(['VSSE', 'Liège']);
    expect(r.misses.map((m) => m.words)).toEqual(['VSSE']);
  });

  it('is perfect when everything is found', () => {
    const r = scoreCorpus(texts, texts.map((t) => t.mentions));
    expect(r.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('parses JSONL, skipping blank lines', () => {
    expect(parseCorpus(`${JSON.stringify(texts[0])}\n\n${JSON.stringify(texts[1])}\n`)).toEqual(texts.slice(0, 2));
  });
});
