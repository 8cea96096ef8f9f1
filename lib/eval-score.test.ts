import { describe, expect, it } from 'vitest';
import { matchSpans, parseCorpus, scoreCorpus, type CorpusText, type Span } from './eval-score';

const texts: CorpusText[] = [
  { id: 'a', lang: 'en', text: 'Cainiao at Liège Airport', mentions: [{ topic: 'cainiao', start: 0, end: 7 }, { topic: 'liege-airport', start: 11, end: 24 }] },
  { id: 'b', lang: 'en', text: 'the VSSE said', mentions: [{ topic: 'vsse', start: 4, end: 8 }] },
  { id: 'decoy', lang: 'en', text: 'Standard Liège', mentions: [] },
];

const v = (start: number, end: number): Span => ({ topic: 'vsse', start, end });

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

  // One-to-one (GUIDELINES.md): text "die belgische Staatssicherheit VSSE warnt", one labelled span [4, 35).
  const one = (labelled: Span[], found: Span[]) => {
    const text = 'die belgische Staatssicherheit VSSE warnt und die VSSE schweigt';
    return scoreCorpus([{ id: 'x', lang: 'de', text, mentions: labelled }], [found]).topics.vsse;
  };
  it.each([
    ['two found spans on one labelled span: one tp, one split', [v(4, 35)], [v(4, 30), v(31, 35)], { tp: 1, fp: 0, fn: 0, split: 1, labelled: 1, precision: 1, recall: 1 }],
    ['three found spans on one labelled span', [v(4, 35)], [v(4, 13), v(14, 30), v(31, 35)], { tp: 1, fp: 0, fn: 0, split: 2, labelled: 1 }],
    ['one found span over two labelled spans: one tp, one miss', [v(4, 30), v(31, 35)], [v(4, 35)], { tp: 1, fp: 0, fn: 1, split: 0, labelled: 2, recall: 0.5 }],
    ['each labelled span with its own found span', [v(4, 30), v(31, 35)], [v(4, 30), v(31, 35)], { tp: 2, fp: 0, fn: 0, split: 0, labelled: 2 }],
    ['the most matches there can be, not the first come', [v(4, 30), v(31, 35)], [v(20, 35), v(10, 15)], { tp: 2, fp: 0, fn: 0, split: 0 }],
    ['a found span outside every labelled span is still wrong', [v(4, 35)], [v(4, 35), v(50, 54)], { tp: 1, fp: 1, fn: 0, split: 0, precision: 0.5 }],
  ])('%s', (_, labelled, found, expected) => {
    const s = one(labelled, found);
    expect(s).toMatchObject(expected);
    expect(s.tp + s.fn).toBe(labelled.length);
  });

  it('lists split spans apart from false positives', () => {
    const text = 'die belgische Staatssicherheit VSSE warnt';
    const r = scoreCorpus([{ id: 'x', lang: 'de', text, mentions: [v(4, 35)] }], [[v(4, 30), v(31, 35)]]);
    expect(r.splits.map((m) => m.words)).toEqual(['VSSE']);
    expect(r.falsePositives).toEqual([]);
    expect(r.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, split: 1, labelled: 1 });
  });

  it('matchSpans pairs each labelled span with at most one found span', () => {
    expect(matchSpans([v(0, 10), v(20, 30)], [v(5, 25), v(0, 3)])).toEqual([1, 0]);
    expect(matchSpans([v(0, 10)], [v(0, 10), v(2, 4)])).toEqual([0]);
    expect(matchSpans([v(0, 10)], [{ topic: 'cainiao', start: 0, end: 10 }])).toEqual([-1]);
  });

  it('parses JSONL, skipping blank lines', () => {
    expect(parseCorpus(`${JSON.stringify(texts[0])}\n\n${JSON.stringify(texts[1])}\n`)).toEqual(texts.slice(0, 2));
  });
});
