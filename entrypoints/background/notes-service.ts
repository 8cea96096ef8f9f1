// The background answers the card's requests for notes, so the bundled notes and
// sources ship once (here) and not inside every page's content script.
import { conflictIdsOf } from '@/lib/conflicts';
import { checkFigures } from '@/lib/figures/figure-check';
import { FACTS, sourceById } from '@/lib/notes';
import { selectNotes } from '@/lib/select-notes';
import type { Source } from '@/lib/types';
import { fromContent } from './inbox';

export function startNotesService(): void {
  fromContent('get-notes', async (msg) => {
    const facts = selectNotes(FACTS, msg.topic, msg.paragraph, { lang: msg.lang });
    const figures = checkFigures(msg.paragraph, FACTS);
    const ids = new Set([...facts.flatMap((f) => f.sources), ...figures.flatMap((c) => c.notes.flatMap((n) => n.sources))]);
    const sources = [...ids].map(sourceById).filter((s): s is Source => !!s);
    const total = FACTS.filter((f) => f.topic === msg.topic).length;
    return { facts, figures, sources, total, conflicts: conflictIdsOf(facts) };
  });
}
