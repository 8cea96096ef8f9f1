import { describe, expect, it } from 'vitest';
import { NUMBER, parseNumber, standsAlone } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['3,000', false, 3000],
    ['3.000', false, 3000],
    ['3 000', false, 3000],
    ['3\u00a0000', false, 3000],
    ['3\u202f000', false, 3000],
    ['1,162,899', false, 1162899],
    ['1.162.899', false, 1162899],
    ['1 120 643', false, 1120643],
    ['1,2', false, 1.2],
    ['1.16', false, 1.16],
    ['29,6', false, 29.6],
    ['1,234.5', false, 1234.5],
    ['1.234,5', false, 1234.5],
    ['1.163', true, 1.163], // "1.163 million"
    ['1,163', true, 1.163],
    ['0.620', false, 0.62],
    ['04', false, null], // a code or a phone prefix, not an amount
  ])('%s (before a multiplier: %s) → %s', (written, beforeMultiplier, value) => {
    expect(parseNumber(written, beforeMultiplier)).toBe(value);
  });
});

describe('NUMBER', () => {
  const numbers = (s: string) => [...s.matchAll(NUMBER)].filter((m) => standsAlone(s, m.index)).map((m) => m[0]);
  it.each([
    ['30 000 m² and 1,2 million', ['30 000', '1,2']],
    ['A380, COVID-19, F-84', []],
    ['on 30.09.2019 at 23:00, 24/7', []],
    ['call +32 4 234 84 11', []],
    ['in 2023 33.548 bewegingen', ['33.548']],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });
});
