import { describe, expect, it } from 'vitest';
import { noteThreads } from './note-threads';
import type { Fact, FactKind } from './types';

const note = (id: string, kind: FactKind = 'fact', respondsTo?: string): Fact => ({
  id, topic: 'vsse', kind, text: { en: id, fr: id, nl: id }, date: null, asOf: '2024-01-01', sources: ['S001'], ...(respondsTo ? { respondsTo } : {}),
});
const shape = (threads: Fact[][]) => threads.map((t) => t.map((f) => f.id).join('+'));

describe('noteThreads', () => {
  it.each<[string, Fact[], string[]]>([
    ['notes on their own keep their order', [note('a'), note('b')], ['a', 'b']],
    ['a claim is followed by its responses', [note('c', 'claim'), note('x'), note('r1', 'response', 'c'), note('r2', 'response', 'c')], ['c+r1+r2', 'x']],
    ['a response listed before its claim moves to it', [note('r', 'response', 'c'), note('x'), note('c', 'claim')], ['x', 'c+r']],
    ['a response whose claim is absent stands alone', [note('r', 'response', 'gone'), note('x')], ['r', 'x']],
    ['two claims keep their own responses', [note('c1', 'claim'), note('c2', 'claim'), note('r2', 'response', 'c2'), note('r1', 'response', 'c1')], ['c1+r1', 'c2+r2']],
    ['nothing in, nothing out', [], []],
  ])('%s', (_name, notes, expected) => {
    expect(shape(noteThreads(notes))).toEqual(expected);
  });
});
