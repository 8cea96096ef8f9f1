import { describe, expect, it } from 'vitest';
import { conflictIdsOf, conflictNotes, conflictsByNote, gist, isConflictOf } from './conflicts';
import type { Conflict } from './types';

const words = (en: string) => ({ en, fr: en, nl: en });
const conflict = (id: string, sides: string[][], about: string[] = []): Conflict => ({
  id,
  topic: 'vsse',
  title: words(id),
  text: words(id),
  sides: sides.map((facts, i) => ({ says: words(`side ${i}`), sources: ['S001'], facts })),
  about,
});

describe('gist', () => {
  it.each<[string, string, number, string]>([
    ['short text whole', 'The VSSE has 900 staff.', 80, 'The VSSE has 900 staff.'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['cut at a word', 'Liège handled more than a million tonnes', 20, 'Liège handled more…'],
    ['a word ending at the limit stays', 'Liège handled more than', 18, 'Liège handled more…'],
    ['no comma or dash before the ellipsis', 'In 2021, the minister – then new – said', 9, 'In 2021…'],
    ['one long word is cut inside', 'Vliegtuigbewegingen', 8, 'Vliegtui…'],
  ])('%s', (_name, text, max, expected) => {
    expect(gist(text, max)).toBe(expected);
  });
});

describe('conflictNotes and conflictsByNote', () => {
  const a = conflict('a', [['n1'], ['n2', 'n1']], ['n3']);
  const b = conflict('b', [[], []], ['n1']);
  it('lists each note of a conflict once: sides first, then the notes that take none', () => {
    expect(conflictNotes(a)).toEqual(['n1', 'n2', 'n3']);
    expect(conflictNotes(b)).toEqual(['n1']);
  });

  it('gives each note the conflicts it is part of, in their order', () => {
    const byNote = conflictsByNote([a, b]);
    expect([...byNote].map(([id, cs]) => [id, cs.map((c) => c.id)])).toEqual([
      ['n1', ['a', 'b']],
      ['n2', ['a']],
      ['n3', ['a']],
    ]);
  });

  it('gives the card and popup ids only, for the notes shown that are part of a conflict', () => {
    expect(conflictIdsOf([{ id: 'n2' }, { id: 'n4' }, { id: 'n1' }], [a, b])).toEqual({ n2: ['a'], n1: ['a', 'b'] });
    expect(conflictIdsOf([{ id: '__proto__' }, { id: 'toString' }], [a, b])).toEqual({});
  });
});

describe('isConflictOf', () => {
  it.each<[unknown, string, boolean]>([
    ['cainiao-building-size-differs', 'cainiao', true],
    ['cainiao-building-size-differs', 'vsse', false],
    ['cainiao-building-size', 'cainiao', false],
    [' cainiao-building-size-differs', 'cainiao', false],
    [['cainiao-building-size-differs'], 'cainiao', false],
    [undefined, 'cainiao', false],
  ])('%j of %s: %s', (id, topic, expected) => {
    expect(isConflictOf(id, topic as 'cainiao')).toBe(expected);
  });
});
