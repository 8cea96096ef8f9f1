// The pairing rule every view of the notes follows (card, popup, library): a claim is
// shown with the responses recorded to it (`respondsTo`), directly after it. Pure.
import type { Fact } from './types';

/**
 * `notes` grouped into threads, in their order: a claim with those of its responses that
 * are in `notes`, or a note on its own. A response whose claim is among `notes` joins that
 * claim's thread (wherever it stood); one whose claim is not stands alone.
 */
export function noteThreads(notes: readonly Fact[]): Fact[][] {
  const present = new Set(notes.map((f) => f.id));
  const responses = new Map<string, Fact[]>();
  for (const f of notes) {
    if (f.respondsTo && present.has(f.respondsTo)) responses.set(f.respondsTo, [...(responses.get(f.respondsTo) ?? []), f]);
  }
  return notes
    .filter((f) => !(f.respondsTo && present.has(f.respondsTo)))
    .map((f) => [f, ...(f.kind === 'claim' ? (responses.get(f.id) ?? []) : [])]);
}
