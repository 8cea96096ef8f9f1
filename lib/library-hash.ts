// The library's deep links: `library.html#<fact id>` shows one note, `#topic=<topic id>`
// one topic, `#conflict=<id>` one conflict between sources. Pure: parsed on the library
// page, written by the card, popup, options and the library's own links.
import { TOPIC_IDS, type TopicId } from './types';

export type LibraryTarget =
  | { kind: 'none' }
  | { kind: 'note'; id: string }
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'conflict'; id: string }
  /** A fragment that names no note or topic we have (an old link, a typo). */
  | { kind: 'unknown'; fragment: string };

const TOPIC_PREFIX = 'topic=';
const CONFLICT_PREFIX = 'conflict=';
const NONE: ReadonlySet<string> = new Set();

/** What a location's hash ("#vsse-bostyn-staff", "#topic=vsse", "#conflict=vsse-staff-differs", "") points at. */
export function parseLibraryHash(hash: string, noteIds: ReadonlySet<string>, conflictIds = NONE): LibraryTarget {
  const raw = hash.replace(/^#/, '');
  if (!raw) return { kind: 'none' };
  let fragment: string;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    return { kind: 'unknown', fragment: raw };
  }
  if (fragment.startsWith(TOPIC_PREFIX)) {
    const topic = fragment.slice(TOPIC_PREFIX.length);
    return (TOPIC_IDS as readonly string[]).includes(topic) ? { kind: 'topic', topic: topic as TopicId } : { kind: 'unknown', fragment };
  }
  if (fragment.startsWith(CONFLICT_PREFIX)) {
    const id = fragment.slice(CONFLICT_PREFIX.length);
    return conflictIds.has(id) ? { kind: 'conflict', id } : { kind: 'unknown', fragment };
  }
  return noteIds.has(fragment) ? { kind: 'note', id: fragment } : { kind: 'unknown', fragment };
}

/** The hash that opens a topic: "#topic=vsse". */
export const topicHash = (topic: TopicId): string => `#${TOPIC_PREFIX}${topic}`;

/** The hash that shows a conflict between sources: "#conflict=vsse-staff-differs". */
export const conflictHash = (id: string): string => `#${CONFLICT_PREFIX}${id}`;

/** A conflict's element id: apart from the fact ids, which are element ids too. */
export const conflictElementId = (id: string): string => `conflict-${id}`;
