// The card's UI, injected on demand (see utils/card-ui-contract.ts).
import { render } from 'preact';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import figuresCss from '@/components/FigureCheck.css?inline';
import notesCss from '@/components/NoteList.css?inline';
import { TOPICS } from '@/lib/topics';
import { registerCardUi } from '@/utils/card-ui-contract';

export default defineUnlistedScript(() => {
  registerCardUi({
    css: `${cardCss}\n${notesCss}\n${figuresCss}`,
    render: (mount, { topicId, ...props }) => {
      const topic = TOPICS.find((t) => t.id === topicId);
      render(topic ? <Card topic={topic} {...props} /> : null, mount);
    },
    unmount: (mount) => render(null, mount),
  });
});
