import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyTriggers, MAX_SNAP, snapOut, stretchesAround, type Candidates } from './find-candidates';
import { createFinder, oneScope } from './find-mentions';
import { buildTopicIndex } from './topic-index';
import { createFuzzyMatcher } from './find-mentions-fuzzy';
import { TOPICS } from './topics';

const fuzzyOf = (topics: typeof TOPICS) => createFuzzyMatcher(buildTopicIndex(topics)).aliases;
import type { Strictness } from './types';

describe('stretchesAround', () => {
  const margins = { near: 50, wide: 100 };
  it.each([
    ['one candidate', [500], [], 1000, [[450, 550]]],
    ['a candidate that needs context gets the wide margin', [], [500], 1000, [[400, 600]]],
    ['overlapping stretches merge', [300], [400], 1000, [[250, 500]]],
    ['stretches whose snapped edges could meet merge', [300, 400 + 2 * MAX_SNAP], [], 1000, [[250, 450 + 2 * MAX_SNAP]]],
    ['far apart stay apart', [100, 600], [], 1000, [[50, 150], [550, 650]]],
    ['clamped to the text', [0], [34], 34, [[0, 34]]],
  ] as const)('%s', (_, near, wide, length, expected) => {
    expect(stretchesAround(length, { near: [...near], wide: [...wide] }, margins)).toEqual(expected);
  });
});

describe('fuzzyTriggers', () => {
  it('watches each alias through a seed word or the first letter of one of its long words, with few letters', () => {
    const aliases = [['cainiao'], ['cainiao', 'network'], ['liege', 'airport'], ['bierset', 'airport'], ['aeroport', 'de', 'bierset'], ['luik', 'bierset']];
    expect(fuzzyTriggers(aliases)).toEqual({ seeds: ['liege', 'luik', 'cainiao', 'bierset'], letters: ['b', 'c'] });
  });

  it('covers every fuzzy alias of the bundled topics', () => {
    const { seeds, letters } = fuzzyTriggers(fuzzyOf(TOPICS));
    for (const words of fuzzyOf(TOPICS)) {
      expect(words.some((w) => seeds.includes(w) || (w.length >= 6 && letters.includes(w[0])))).toBe(true);
    }
  });
});

describe('snapOut', () => {
  const text = 'aaaa bbbb cccc dddd eeee ffff gggg';
  it.each([
    ['edges move out to spaces', 7, 17, [5, 19]],
    ['edges on spaces stay', 5, 9, [5, 9]],
    ['the ends of the text count as spaces', 2, 32, [0, 34]],
  ] as const)('%s', (_, from, to, expected) => {
    expect(snapOut(text, from, to)).toEqual(expected);
  });

  it('cuts text without spaces where it is', () => {
    expect(snapOut('菜'.repeat(300), 140, 160)).toEqual([140, 160]);
  });
});

describe('the candidate pass over pieces', () => {
  const finder = createFinder(TOPICS);
  it('finds the same as over the joined text, a gap between pieces being a line break', () => {
    const pieces = ['The Cai', 'niao hub at ', 'Liège', ' Airport', 'Cainaio', 'VSSE'];
    const gaps = [false, false, false, false, true, true];
    let at = 0;
    const scan = finder.startScan();
    const joined = pieces.map((p, i) => {
      if (gaps[i]) at += 1;
      scan.push(p, at);
      at += p.length;
      return (gaps[i] ? '\n' : '') + p;
    }).join('');
    const whole = finder.startScan();
    whole.push(joined, 0);
    const sorted = ({ near, wide }: Candidates) => ({ near: near.sort(), wide: wide.sort() });
    expect(sorted(scan.end())).toEqual(sorted(whole.end()));
    expect(joined).toBe('The Cainiao hub at Liège Airport\nCainaio\nVSSE');
  });
});

// The first pass only decides where to look: with it, the finder must mark exactly
// what the full pass over the whole text marks.
describe('the candidate pass changes no result', () => {
  const full = createFinder(TOPICS, { prefilter: false });
  const fast = createFinder(TOPICS);
  const token = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(
      'Cainiao', 'Cainio', 'Caïniao', 'CAINIAO', 'Cai\u00ADniao', 'Cainiao Smart Logistics', 'Cainaio', 'Caixin', '菜鸟', '菜鸟网络', '阿里巴巴',
      'Liège Airport', 'Liege-Bierset airprot', 'Liège', 'University of Liège', 'LGG', 'lgg', 'aéroport de Liège', 'luchthaven van Luik',
      'VSSE', 'State Security', 'Staatsveiligheid', 'la Sûreté', 'Ministry of State Security', 'Belgian', 'Alibaba', 'parcel', 'cargo',
      'www.cainiao.com', 'Straße', '—', '’s', '\u200B', '  ', '\n',
      // Near misses of each word of multi-word aliases, alone and with the others exact.
      'Cainiao Netwrok', 'Cainio Network Technolgy', 'China Smart Logistcs Network', 'Biersett airport', 'Bierset Airprot',
      'aeroprt de Bierset', 'aéroport liégois', 'Aeroport Liegeoise', 'Luiks luchthaven', 'luikse luchthavn', 'Flughafn Lüttich',
      'Flughafen Lütich', 'Lütticher Flughafn', 'Frachtflughafn Lüttich', 'aeropuerto de Lieja', 'aeroporta di Liegi', 'Luik-Biersett',
    ) },
    { weight: 2, arbitrary: fc.constantFrom('the', 'council', 'caution', 'coalition', 'said', 'report', 'airport', 'security', 'network', 'logistic') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    // Long filler pushes mentions into separate stretches and context words out of reach.
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 1500 }).map((n) => 'word '.repeat(n / 5)) },
  );
  const text = fc.array(token, { maxLength: 40 }).chain((parts) =>
    fc.array(fc.constantFrom(' ', ' ', '. ', ', ', '\n', ''), { minLength: parts.length, maxLength: parts.length }).map((seps) =>
      parts.map((p, i) => p + seps[i]).join(''),
    ),
  );

  /**
   * The first pass fed as a page's text nodes feed it: the text cut anywhere (inline
   * tags), and at each line break, which is no character there but a place where two
   * nodes meet like any other (a paragraph's end). The full pass then reads each stretch
   * with its line breaks, as the scanner puts them back.
   */
  const findInPieces = (t: string, cuts: number[], perChunk: number, strictness: Strictness) => {
    const joined = t.replaceAll('\n', '');
    // original[i]: where joined[i] is in t.
    const original = [...t].flatMap((ch, i) => (ch === '\n' ? [] : [i]));
    original.push(t.length);
    const breaks = original.flatMap((at, i) => (t[at - 1] === '\n' ? [i] : []));
    const bounds = [...new Set([0, ...breaks, ...cuts.map((c) => c % (joined.length + 1)), joined.length])].sort((a, b) => a - b);
    // The pieces come a chunk of a few to a string, as the walk reads a page's text nodes.
    const scan = fast.startScan({ strictness });
    for (let k = 0; k + 1 < bounds.length; k += perChunk) {
      const end = Math.min(k + perChunk, bounds.length - 1);
      scan.pushAll(joined.slice(bounds[k], bounds[end]), bounds[k], bounds, k, end);
    }
    const scopes = oneScope();
    return fast.stretches(scan.end(), joined.length).flatMap(([from, to]) => fast.findAround(t, original[from], original[to], { strictness }, scopes));
  };

  it('sees a word start after a zero-width character where a node starts after a word', () => {
    // A run open at the meeting point ("security"), then a node starting with U+200B.
    const t = 'security security\n\u200bCainio Network Technolgy';
    expect(findInPieces(t, [], 1, 'loose')).toEqual(full.find(t, { strictness: 'loose' }));
    expect(full.find(t, { strictness: 'loose' })).toHaveLength(1);
  });

  it.each(['strict', 'balanced', 'loose'] as Strictness[])('%s', (strictness) => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (t, cuts, perChunk) => {
        const expected = full.find(t, { strictness });
        expect(fast.find(t, { strictness })).toEqual(expected);
        expect(findInPieces(t, cuts, perChunk, strictness)).toEqual(expected);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
