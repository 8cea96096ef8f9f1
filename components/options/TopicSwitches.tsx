import type { NoteLang, Topic, TopicId } from '@/lib/types';
import { TOPIC_COLORS } from '@/lib/topic-colors';

export interface TopicSwitchesProps {
  topics: readonly Topic[];
  lang: NoteLang;
  enabled: Record<TopicId, boolean>;
  onToggle(id: TopicId, on: boolean): void;
}

/** One switch per topic; its accessible name is exactly the topic's name. */
export function TopicSwitches({ topics, lang, enabled, onToggle }: TopicSwitchesProps) {
  return (
    <ul class="switch-list">
      {topics.map((t) => (
        <li key={t.id}>
          <label class="switch-row">
            <span class="swatch" style={{ background: TOPIC_COLORS[t.id] }} aria-hidden="true" />
            <span class="switch-name">{t.names[lang]}</span>
            <input
              type="checkbox"
              class="switch"
              checked={enabled[t.id]}
              onChange={(e) => onToggle(t.id, e.currentTarget.checked)}
            />
          </label>
        </li>
      ))}
    </ul>
  );
}
