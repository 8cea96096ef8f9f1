import { describe, expect, it } from 'vitest';
import { FACTS } from '../../lib/notes';
import { generateNotes } from '../../scripts/bench/generate-notes';

describe('generateNotes (the bench library, never shipped)', () => {
  const notes = generateNotes(FACTS, 700);

  it('makes 700 notes with distinct ids, every response answering a claim of its own copy', () => {
    expect(notes).toHaveLength(700);
    expect(new Set(notes.map((n) => n.id)).size).toBe(700);
    const ids = new Set(notes.map((n) => n.id));
    const kinds = new Map(notes.map((n) => [n.id, n.kind]));
    const answered = notes.filter((n) => n.respondsTo && ids.has(n.respondsTo));
    expect(answered.length).toBeGreaterThan(50);
    expect(answered.every((n) => kinds.get(n.respondsTo!) === 'claim')).toBe(true);
  });

  it('starts with our own notes and is the same on every run', () => {
    expect(notes.slice(0, FACTS.length)).toEqual(FACTS);
    expect(generateNotes(FACTS, 700)).toEqual(notes);
  });
});
