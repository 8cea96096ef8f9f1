import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

describe('normalize', () => {
  it.each([
    ['Liège Aéroport', 'liege aeroport'],
    ['CAÏNIAO', 'cainiao'],
    ['Łódź Ørsted Straße Ærø Œuvre', 'lodz orsted strasse aero oeuvre'],
    ['e\u0301te\u0301', 'ete'], // decomposed accents
    ['Sûreté de l’État', "surete de l'etat"],
    ['“quoted” ‘single’', `"quoted" 'single'`],
    ['a\u2010b\u2011c\u2013d\u2014e\u2212f', 'a-b-c-d-e-f'],
    ['Cai\u00ADniao\u200B\u200D\uFEFF', 'cainiao'],
    ['a\u00A0\u2009\u3000 \tb', 'a b'], // Unicode spaces, collapsed
    ['one\ntwo', 'one\ntwo'],
    ['ＬＧＧ　ｖｓｓｅ', 'lgg vsse'],
    ['İstanbul ﬁne', 'istanbul fine'],
    ['菜鸟 列日機場 한국', '菜鸟 列日機場 한국'],
    ['\uD800x', '\uFFFDx'], // lone surrogate
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps case on request', () => {
    expect(normalize('Sûreté de l’ÉTAT Łódź', { keepCase: true }).text).toBe("Surete de l'ETAT Lodz");
  });

  it('maps folded offsets back to the original', () => {
    const input = 'Stra\u00DFe Cai\u00ADniao';
    const { text, map } = normalize(input);
    expect(text).toBe('strasse cainiao');
    const at = text.indexOf('cainiao');
    expect(input.slice(map[at], map[at + 'cainiao'.length])).toBe('Cai\u00ADniao');
    expect(map[text.length]).toBe(input.length);
    expect(map).toHaveLength(text.length + 1);
  });

  it('round-trips every mapped range (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom('A', 'é', 'e\u0301', 'ß', 'Æ', '\u00AD', '\u200B', '\u00A0', '  ', '’', '—', 'Ａ', '菜', '😀', '\n', 'ﬁ', 'İ', '\uD800'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((a) => a.join('')), fc.nat(), fc.nat(), (input, x, y) => {
        const { text, map } = normalize(input);
        expect(map).toHaveLength(text.length + 1);
        // Range ends on character boundaries (not inside one original character's expansion).
        const bounds = [...Array(text.length + 1).keys()].filter((i) => i === 0 || i === text.length || map[i] !== map[i - 1]);
        const s = bounds[x % bounds.length];
        const e = bounds[y % bounds.length];
        const [a, b] = s <= e ? [s, e] : [e, s];
        expect(normalize(input.slice(map[a], map[b])).text).toBe(text.slice(a, b));
        expect(map.every((m, i) => i === 0 || m >= map[i - 1])).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 20_000);
});
