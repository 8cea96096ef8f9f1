import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowsAround } from './find-candidates';
import { createFinder } from './find-mentions';
import { TOPICS } from './topics';
import type { Strictness } from './types';

describe('windowsAround', () => {
  const text = 'aaaa bbbb cccc dddd eeee ffff gggg';
  it.each([
    ['one candidate, edges moved out to spaces', [12], 4, [[5, 19]]],
    ['overlapping windows merge', [7, 12], 4, [[0, 19]]],
    ['far apart stay apart', [2, 31], 2, [[0, 4], [25, 34]]],
    ['clamped to the text', [0, 34], 100, [[0, 34]]],
  ] as const)('%s', (_, candidates, margin, expected) => {
    expect(windowsAround(text, candidates, margin)).toEqual(expected);
  });

  it('cuts text without spaces where it is', () => {
    expect(windowsAround('菜'.repeat(300), [150], 10)).toEqual([[140, 160]]);
  });
});

// The first pass only decides where to look: with it, the finder must mark exactly
// what the full pass over the whole text marks.
describe('the candidate pass changes no result', () => {
  const full = createFinder(TOPICS, { prefilter: false });
  const fast = createFinder(TOPICS);
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(
      'Cainiao', 'Cainio', 'Caïniao', 'CAINIAO', 'Cai\u00ADniao', 'Cainiao Smart Logistics', 'Cainaio', 'Caixin', '菜鸟', '菜鸟网络', '阿里巴巴',
      'Liège Airport', 'Liege-Bierset airprot', 'Liège', 'University of Liège', 'LGG', 'lgg', 'aéroport de Liège', 'luchthaven van Luik',
      'VSSE', 'State Security', 'Staatsveiligheid', 'la Sûreté', 'Ministry of State Security', 'Belgian', 'Alibaba', 'parcel', 'cargo',
      'www.cainiao.com', 'Straße', '—', '’s', '\u200B', '  ', '\n',
    ) },
    { weight: 2, arbitrary: fc.constantFrom('the', 'council', 'caution', 'coalition', 'said', 'report', 'airport', 'security', 'network', 'logistic') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    // Long filler pushes mentions into separate windows and context words out of reach.
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 1500 }).map((n) => 'word '.repeat(n / 5)) },
  );
  const text = fc.array(piece, { maxLength: 40 }).chain((parts) =>
    fc.array(fc.constantFrom(' ', ' ', '. ', ', ', '\n', ''), { minLength: parts.length, maxLength: parts.length }).map((seps) =>
      parts.map((p, i) => p + seps[i]).join(''),
    ),
  );

  it.each(['strict', 'balanced', 'loose'] as Strictness[])('%s', (strictness) => {
    fc.assert(
      fc.property(text, (t) => {
        expect(fast.find(t, { strictness })).toEqual(full.find(t, { strictness }));
      }),
      { numRuns: 300 },
    );
  });
});
