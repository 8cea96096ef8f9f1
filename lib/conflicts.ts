// Where sources differ (data/conflicts.json): the library shows each conflict in its topic's
// panel and links every note that is part of one to it; the card and the popup link such notes
// to the library. The library, the popup and the background import this module; the card gets
// only ids from the background (conflictIdsOf), so no web page's scripts carry the texts.
import conflictsJson from '../data/conflicts.json';
import type { Conflict, TopicId } from './types';

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

/** The conflicts of those notes that are part of one (fact id → conflict ids, in their order):
 * ids only, for the card and the popup to link to the library. */
export function conflictIdsOf(facts: readonly { id: string }[], conflicts: readonly Conflict[] = CONFLICTS): Record<string, string[]> {
  const byNote = conflictsByNote(conflicts);
  return Object.fromEntries(facts.flatMap((f) => (byNote.has(f.id) ? [[f.id, byNote.get(f.id)!.map((c) => c.id)]] : [])));
}

/** Whether `id` names one of the topic's conflicts: a page's word is checked before we open a link with it. */
export const isConflictOf = (id: unknown, topic: TopicId): id is string => CONFLICTS.some((c) => c.id === id && c.topic === topic);

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
