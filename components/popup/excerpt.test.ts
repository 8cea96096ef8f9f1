import { describe, expect, it } from 'vitest';
import { snippet } from './excerpt';

const LONG = 'The airport said on Tuesday that the parcel hub run by Cainiao at Liège Airport would double in size by 2026, according to a statement.';

describe('snippet', () => {
  it.each([
    ['short excerpt, alias in the middle', 'Agents of the VSSE said so.', 'VSSE', { before: 'Agents of the ', hit: 'VSSE', after: ' said so.' }],
    ['accents and case differ from the alias', 'Flights at LIEGE AIRPORT rose.', 'Liège Airport', { before: 'Flights at ', hit: 'LIEGE AIRPORT', after: ' rose.' }],
    ['alias not found (a fuzzy hit)', 'Cainio opened a hub.', 'Cainiao', { before: '', hit: '', after: 'Cainio opened a hub.' }],
    [
      'long excerpt cut at word boundaries on both sides',
      LONG,
      'Liège Airport',
      { before: '…hub run by Cainiao at ', hit: 'Liège Airport', after: ' would double in size by…' },
    ],
  ])('%s', (_, excerpt, alias, expected) => {
    expect(snippet(excerpt, alias, 25)).toEqual(expected);
  });
});
