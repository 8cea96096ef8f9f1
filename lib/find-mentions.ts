import type { Mention, Strictness, Topic, TopicId } from './types';

export interface FindOptions {
  strictness?: Strictness;
  /** Topics to look for; all when omitted. */
  topics?: readonly TopicId[];
}

export interface Finder {
  find(text: string, options?: FindOptions): Mention[];
}

// Placeholder: exact, case-insensitive alias hits. Replaced by the real finder (issue 4).
export function createFinder(topics: readonly Topic[]): Finder {
  return {
    find(text, options = {}) {
      const out: Mention[] = [];
      const lower = text.toLowerCase();
      for (const topic of topics) {
        if (options.topics && !options.topics.includes(topic.id)) continue;
        for (const alias of topic.aliases) {
          const needle = alias.caseSensitive ? alias.text : alias.text.toLowerCase();
          const hay = alias.caseSensitive ? text : lower;
          for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
            out.push({ topic: topic.id, alias: alias.text, start: i, end: i + needle.length, score: 1, why: 'exact alias' });
          }
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
