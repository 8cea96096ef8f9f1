// The card's UI, injected on demand (see utils/card-ui-contract.ts).
import { render } from 'preact';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import notesCss from '@/components/NoteList.css?inline';
import { registerCardUi } from '@/utils/card-ui-contract';

export default defineUnlistedScript(() => {
  registerCardUi({
    css: `${cardCss}\n${notesCss}`,
    render: (mount, props) => render(<Card {...props} />, mount),
    unmount: (mount) => render(null, mount),
  });
});
