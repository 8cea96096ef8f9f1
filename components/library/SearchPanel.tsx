// The search box, the filters and the result count. Props only.
import { useRef } from 'preact/hooks';
import { isFiltering, NO_FILTERS, UNDATED, type LibraryFilters } from '@/lib/library-search';
import type { FactKind, NoteLang, Topic, TopicId } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';

export interface SearchPanelProps {
  lang: NoteLang;
  topics: readonly Topic[];
  years: readonly string[];
  filters: LibraryFilters;
  /** Notes the search and filters find, of `total`. */
  matched: number;
  total: number;
  /** Claims and responses shown besides, with the found notes in their threads. */
  partners: { claims: number; responses: number };
  /** Conflicts between sources shown, told after the notes' count while searching. */
  conflicts: number;
  onFilters(next: LibraryFilters): void;
}

const KINDS: readonly FactKind[] = ['fact', 'claim', 'response', 'context'];

/** A labelled <select> whose first option, "", means "any". */
function Filter<T extends string>(props: {
  id: string;
  label: string;
  any: string;
  value: T | null;
  options: ReadonlyArray<[T, string]>;
  onChange(value: T | null): void;
}) {
  return (
    <div class="filter">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange((e.currentTarget.value || null) as T | null)}>
        <option value="">{props.any}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchPanel({ lang, topics, years, filters, matched, total, partners, conflicts, onFilters }: SearchPanelProps) {
  const t = uiStrings(lang).library;
  const set = (change: Partial<LibraryFilters>) => onFilters({ ...filters, ...change });
  const box = useRef<HTMLInputElement>(null);
  // The button disables itself as it clears: focus would fall to the page's start.
  const clear = () => {
    onFilters(NO_FILTERS);
    box.current?.focus();
  };
  return (
    <form role="search" class="search-panel" onSubmit={(e) => e.preventDefault()}>
      <label for="library-search" class="search-label">
        {t.search}
      </label>
      <input
        ref={box}
        id="library-search"
        type="search"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="library-search-hint"
        value={filters.query}
        onInput={(e) => set({ query: e.currentTarget.value })}
      />
      <p id="library-search-hint" class="hint">
        {t.searchHint}
      </p>
      <fieldset class="filters">
        <legend>{t.filters}</legend>
        <Filter<TopicId>
          id="filter-topic"
          label={t.topic}
          any={t.allTopics}
          value={filters.topic}
          options={topics.map((topic) => [topic.id, topic.names[lang]])}
          onChange={(topic) => set({ topic })}
        />
        <Filter<FactKind> id="filter-kind" label={t.kind} any={t.allKinds} value={filters.kind} options={KINDS.map((k) => [k, t.kinds[k]])} onChange={(kind) => set({ kind })} />
        <Filter<string>
          id="filter-year"
          label={t.year}
          any={t.allYears}
          value={filters.year}
          options={years.map((y) => [y, y === UNDATED ? t.undated : y])}
          onChange={(year) => set({ year })}
        />
        <button type="button" class="clear" onClick={clear} disabled={!isFiltering(filters)}>
          {t.clear}
        </button>
      </fieldset>
      <p class="count" role="status">
        {t.count(matched, total)}
        {(partners.claims > 0 || partners.responses > 0) && ` · ${t.shownWith(matched, partners.claims, partners.responses)}`}
        {isFiltering(filters) && conflicts > 0 && ` · ${t.conflictsFound(conflicts)}`}
      </p>
    </form>
  );
}
