// Where sources differ (data/conflicts.json), as the library shows them: each conflict in its
// topic's panel, and a link to it on every note that is part of it. Only the library imports
// this module, so no other page carries the data.
import conflictsJson from '../data/conflicts.json';
import type { Conflict } from './types';

export const CONFLICTS = conflictsJson as Conflict[];

/** The notes a conflict links to: those on each side, then those that take none, once each. */
export const conflictNotes = (conflict: Conflict): string[] => [...new Set([...conflict.sides.flatMap((s) => s.facts), ...conflict.about])];

/** Each note's conflicts, in their order: fact id → the conflicts that name it. */
export function conflictsByNote(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  const byNote = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const id of conflictNotes(conflict)) byNote.set(id, [...(byNote.get(id) ?? []), conflict]);
  }
  return byNote;
}

/**
 * The start of a note's text, to name a link to it: whole words up to `max` characters,
 * "…" where it was cut. A note's first words say what it is about.
 */
export function gist(text: string, max = 80): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const cut = /\S\s/.test(head) ? head.replace(/\s+\S*$/, '') : text.slice(0, max);
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}
