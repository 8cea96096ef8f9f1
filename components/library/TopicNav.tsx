// The library's menu of topics: a link to each one's section, with its number of notes. Props only.
import { topicHash } from '@/lib/library-hash';
import { TOPIC_COLORS } from '@/lib/topic-colors';
import type { NoteLang, Topic } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';

export function TopicNav({ lang, topics, counts }: { lang: NoteLang; topics: readonly Topic[]; counts: Record<string, number> }) {
  const t = uiStrings(lang).library;
  return (
    <nav class="topic-nav" aria-label={t.topicsNav}>
      <ul>
        {topics.map((topic) => (
          <li key={topic.id}>
            <a href={topicHash(topic.id)}>
              <span class="dot" style={{ background: TOPIC_COLORS[topic.id] }} aria-hidden="true" />
              {topic.names[lang]} <span class="count">({t.notes(counts[topic.id] ?? 0)})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
