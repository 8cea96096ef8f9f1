// Bundled into an IIFE and evaluated in a benchmark page: the library's view over 700
// generated notes, and a reader typing into its search box, timed from the keystroke to
// the next frame (search, filters, Preact's render, style and layout).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { LibraryView } from '@/components/library/LibraryView';
import { CONFLICTS } from '@/lib/conflicts';
import { createConflictSearch, createNoteSearch, NO_FILTERS } from '@/lib/library-search';
import { FACTS, sourceById } from '@/lib/notes';
import { TOPICS } from '@/lib/topics';
import { generateNotes } from './generate-notes';

const facts = generateNotes(FACTS, 700);
const search = createNoteSearch(facts, sourceById, 'en');
const conflictSearch = createConflictSearch(CONFLICTS, sourceById, 'en');

function Library() {
  const [filters, setFilters] = useState(NO_FILTERS);
  return (
    <LibraryView
      lang="en"
      languagePref="en"
      autoLang="en"
      topics={TOPICS}
      facts={facts}
      sourceById={sourceById}
      search={search}
      conflicts={CONFLICTS}
      conflictSearch={conflictSearch}
      filters={filters}
      target={{ kind: 'none' }}
      seq={0}
      onFilters={setFilters}
      onLanguage={() => undefined}
    />
  );
}

const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const bench = {
  /** To the frame that shows the first screen of notes, and to the one that shows all of them. */
  async mount(): Promise<{ firstScreenMs: number; allMs: number }> {
    const t = performance.now();
    render(<Library />, document.body);
    await afterNextFrame();
    const firstScreenMs = performance.now() - t;
    while (document.querySelectorAll('li.note').length < facts.length) await afterNextFrame();
    return { firstScreenMs, allMs: performance.now() - t };
  },
  /** Types `query` one character at a time; the milliseconds from each keystroke to the frame that shows it. */
  async type(query: string): Promise<number[]> {
    const input = document.getElementById('library-search') as HTMLInputElement;
    const times: number[] = [];
    for (let n = 0; n <= query.length; n++) {
      const t = performance.now();
      input.value = query.slice(0, n);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await afterNextFrame();
      times.push(performance.now() - t);
    }
    return times.slice(1);
  },
  notes: () => document.querySelectorAll('li.note').length,
};

declare global {
  interface Window {
    libraryBench: typeof bench;
  }
}
window.libraryBench = bench;
