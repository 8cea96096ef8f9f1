// The notes library: every topic with its summary, key dates, notes and where its sources
// differ, searchable and filterable. Props only: entrypoints/library/use-library.ts brings
// settings and the link.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { conflictsByNote } from '@/lib/conflicts';
import { conflictElementId, type LibraryTarget } from '@/lib/library-hash';
import {
  countShown,
  filterConflicts,
  filterNotes,
  isFiltering,
  threadsShowing,
  topicThreads,
  UNDATED,
  yearsOf,
  type LibraryFilters,
  type NoteSearch,
} from '@/lib/library-search';
import { keyDates } from '@/lib/select-notes';
import type { LanguagePref } from '@/lib/settings-schema';
import { NOTE_LANGS, type Conflict, type Fact, type NoteLang, type Source, type Topic } from '@/lib/types';
import { LANGUAGE_NAMES, uiStrings } from '@/lib/ui-strings';
import { SearchPanel } from './SearchPanel';
import { TopicNav } from './TopicNav';
import { TopicPanel } from './TopicPanel';

export interface LibraryViewProps {
  lang: NoteLang;
  languagePref: LanguagePref;
  /** What "automatic" stands for in this browser. */
  autoLang: NoteLang;
  topics: readonly Topic[];
  facts: readonly Fact[];
  sourceById(id: string): Source | undefined;
  /** The notes search in `lang` (lib/library-search createNoteSearch). */
  search: NoteSearch;
  /** Where sources differ (data/conflicts.json), and the search over them in `lang`. */
  conflicts: readonly Conflict[];
  conflictSearch: NoteSearch;
  filters: LibraryFilters;
  /** Where the page's link pointed; `seq` changes with each new link followed, so the same one scrolls again. */
  target: LibraryTarget;
  seq: number;
  onFilters(next: LibraryFilters): void;
  onLanguage(pref: LanguagePref): void;
}

/** "/" anywhere but in a field brings the reader back to the search box. */
function useSearchShortcut() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || el?.closest('input, select, textarea, [contenteditable]')) return;
      e.preventDefault();
      document.getElementById('library-search')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** Notes a large library draws in its first frame (several screens' worth), and the size from which it does. */
const FIRST_SCREEN = 40;
const STAGED_FROM = 150;

/**
 * How many notes to draw: a library far larger than ours (the bench's 700 notes) shows its
 * first screen at once and builds the rest just after that frame. A link to a note or a
 * conflict needs it drawn at once, so then everything is.
 */
function useFirstScreen(total: number, target: LibraryTarget): number {
  const [all, setAll] = useState(total < STAGED_FROM);
  useEffect(() => {
    if (all) return;
    const timer = setTimeout(() => setAll(true));
    return () => clearTimeout(timer);
  }, [all]);
  return all || target.kind === 'note' || target.kind === 'conflict' ? Infinity : FIRST_SCREEN;
}

/** The first `limit` notes' threads, whole threads only; conflicts once every note is drawn. */
function firstNotes<T>(topics: ReadonlyArray<readonly [T, Fact[][], Conflict[]]>, limit: number): Array<readonly [T, Fact[][], Conflict[]]> {
  if (limit === Infinity) return [...topics];
  let room = limit;
  return topics.map(([topic, threads]) => {
    const drawn: Fact[][] = [];
    for (const thread of threads) {
      if (room <= 0) break;
      drawn.push(thread);
      room -= thread.length;
    }
    return [topic, drawn, []] as const;
  });
}

/** Brings what the link points at into view and moves focus there, once it is rendered. */
function useScrollToTarget(target: LibraryTarget, seq: number) {
  useLayoutEffect(() => {
    const id =
      target.kind === 'note' ? target.id : target.kind === 'topic' ? `section-${target.topic}` : target.kind === 'conflict' ? conflictElementId(target.id) : null;
    const el = id && document.getElementById(id);
    if (!el) return;
    el.scrollIntoView({ block: target.kind === 'note' ? 'center' : 'start' });
    el.focus({ preventScroll: true });
  }, [target, seq]);
}

/** On paper only, where the controls are not printed: which search and filters left these notes. */
function FilteredLine({ lang, topics, filters }: { lang: NoteLang; topics: readonly Topic[]; filters: LibraryFilters }) {
  const t = uiStrings(lang).library;
  const topic = topics.find((x) => x.id === filters.topic);
  return (
    <p class="print-filtered">
      {t.filtered({
        query: filters.query.trim(),
        topic: topic ? topic.names[lang] : '',
        kind: filters.kind ? t.kinds[filters.kind].toLocaleLowerCase(lang) : '',
        year: filters.year === UNDATED ? t.undated.toLocaleLowerCase(lang) : (filters.year ?? ''),
      })}
    </p>
  );
}

export function LibraryView(props: LibraryViewProps) {
  const { lang, topics, facts, conflicts, filters, target } = props;
  const t = uiStrings(lang).library;
  useSearchShortcut();
  useScrollToTarget(target, props.seq);
  const limit = useFirstScreen(facts.length, target);

  const threads = useMemo(() => new Map(topics.map((topic) => [topic.id, topicThreads(facts, topic.id)])), [topics, facts]);
  const timelines = useMemo(() => new Map(topics.map((topic) => [topic.id, keyDates(facts, topic.id)])), [topics, facts]);
  const years = useMemo(() => yearsOf(facts), [facts]);
  const counts = useMemo(() => Object.fromEntries(topics.map((topic) => [topic.id, threads.get(topic.id)!.flat().length])), [topics, threads]);
  const matched = useMemo(() => new Set(filterNotes(facts, filters, props.search).map((f) => f.id)), [facts, filters, props.search]);
  const shownConflicts = useMemo(() => filterConflicts(conflicts, filters, props.conflictSearch), [conflicts, filters, props.conflictSearch]);
  const differs = useMemo(() => conflictsByNote(conflicts), [conflicts]);
  const factById = useMemo(() => {
    const byId = new Map(facts.map((f) => [f.id, f]));
    return (id: string) => byId.get(id);
  }, [facts]);

  const filtering = isFiltering(filters);
  const shownThreads = topics.map((topic) => [topic, threadsShowing(threads.get(topic.id)!, matched), shownConflicts.filter((c) => c.topic === topic.id)] as const);
  const shownNotes = shownThreads.flatMap(([, ts]) => ts.flat());
  const shown = shownNotes.length;
  // A found claim is shown with its responses (and a response with its claim): the counts say
  // how many were found, and how many came along, so "Claims" is not announced as 19 notes.
  const partners = countShown(shownNotes, matched);
  // Counted over every shown thread, also those a large library draws a frame later.
  const topicCounts = new Map(shownThreads.map(([topic, ts]) => [topic.id, countShown(ts.flat(), matched)]));
  const marked = target.kind === 'note' ? target.id : undefined;

  return (
    <div class="library">
      <header class="page-header">
        <h1>Fact Notes · {t.heading}</h1>
        <div class="language">
          <label for="library-language">{t.language}</label>
          <select id="library-language" value={props.languagePref} onChange={(e) => props.onLanguage(e.currentTarget.value as LanguagePref)}>
            <option value="auto">{t.auto(LANGUAGE_NAMES[props.autoLang])}</option>
            {NOTE_LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <p class="lede">{t.lede}</p>
        <TopicNav lang={lang} topics={topics} counts={counts} />
      </header>
      <SearchPanel
        lang={lang}
        topics={topics}
        years={years}
        filters={filters}
        matched={matched.size}
        total={facts.length}
        partners={partners}
        conflicts={shownConflicts.length}
        onFilters={props.onFilters}
      />
      {filtering && <FilteredLine lang={lang} topics={topics} filters={filters} />}
      <main>
        {target.kind === 'unknown' && (
          <p class="notice" role="alert">
            {t.unknownLink(target.fragment)}
          </p>
        )}
        {shown === 0 && shownConflicts.length === 0 && <p class="empty">{t.noMatch}</p>}
        {firstNotes(shownThreads, limit).map(
          ([topic, ts, cs]) =>
            (ts.length > 0 || cs.length > 0) && (
              <TopicPanel
                key={topic.id}
                topic={topic}
                lang={lang}
                threads={ts}
                count={topicCounts.get(topic.id)!}
                kind={filters.kind}
                timeline={filtering ? undefined : timelines.get(topic.id)}
                target={marked}
                conflicts={cs}
                targetConflict={target.kind === 'conflict' ? target.id : undefined}
                differs={differs}
                factById={factById}
                sourceById={props.sourceById}
              />
            ),
        )}
      </main>
    </div>
  );
}
