// The library's deep links: `library.html#<fact id>` shows one note, `#topic=<topic id>`
// one topic. Pure: parsed on the library page, written by the card, popup and options.
import { TOPIC_IDS, type TopicId } from './types';

export type LibraryTarget =
  | { kind: 'none' }
  | { kind: 'note'; id: string }
  | { kind: 'topic'; topic: TopicId }
  /** A fragment that names no note or topic we have (an old link, a typo). */
  | { kind: 'unknown'; fragment: string };

const TOPIC_PREFIX = 'topic=';

/** What a location's hash ("#vsse-bostyn-staff", "#topic=vsse", "") points at. */
export function parseLibraryHash(hash: string, noteIds: ReadonlySet<string>): LibraryTarget {
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
  return noteIds.has(fragment) ? { kind: 'note', id: fragment } : { kind: 'unknown', fragment };
}

/** The hash that opens a topic: "#topic=vsse". */
export const topicHash = (topic: TopicId): string => `#${TOPIC_PREFIX}${topic}`;
