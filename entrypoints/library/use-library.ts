// The library's data and actions: the notes-language setting (shared with the card and
// popup), the search in that language, and the link the page was opened or re-pointed with.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { uiStrings } from '@/lib/ui-strings';
import type { LibraryViewProps } from '@/components/library/LibraryView';
import { parseLibraryHash, type LibraryTarget } from '@/lib/library-hash';
import { CONFLICTS } from '@/lib/conflicts';
import { createConflictSearch, createNoteSearch, NO_FILTERS, type LibraryFilters } from '@/lib/library-search';
import { FACTS, sourceById } from '@/lib/notes';
import { TOPICS } from '@/lib/topics';
import { usePageLang } from '@/utils/page-lang';
import { getSettings, resolveNoteLang, updateSettings, watchSettings, type Settings } from '@/utils/settings';

const NOTE_IDS = new Set(FACTS.map((f) => f.id));
const CONFLICT_IDS = new Set(CONFLICTS.map((c) => c.id));
const NO_TARGET: LibraryTarget = { kind: 'none' };

interface Link {
  target: LibraryTarget;
  filters: LibraryFilters;
  seq: number;
}

/** Following a link starts afresh: no search, no filter but the topic a topic link names. */
function follow(hash: string, seq: number): Link {
  const target = parseLibraryHash(hash, NOTE_IDS, CONFLICT_IDS);
  return { target, filters: target.kind === 'topic' ? { ...NO_FILTERS, topic: target.topic } : NO_FILTERS, seq };
}

export function useLibrary(): LibraryViewProps | null {
  const [settings, setSettings] = useState<Settings>();
  const [link, setLink] = useState(() => follow(location.hash, 0));

  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    const onHash = () => setLink((old) => follow(location.hash, old.seq + 1));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const languagePref = settings?.language ?? 'auto';
  const lang = resolveNoteLang(languagePref, navigator.language);
  const search = useMemo(() => createNoteSearch(FACTS, sourceById, lang), [lang]);
  const conflictSearch = useMemo(() => createConflictSearch(CONFLICTS, sourceById, lang), [lang]);

  usePageLang(lang, uiStrings(lang).library.title);

  if (!settings) return null;
  return {
    lang,
    languagePref,
    autoLang: resolveNoteLang('auto', navigator.language),
    topics: TOPICS,
    facts: FACTS,
    sourceById,
    search,
    conflicts: CONFLICTS,
    conflictSearch,
    filters: link.filters,
    target: link.target,
    seq: link.seq,
    onFilters: (filters) => {
      // The reader has moved on from the link: drop it from the address, so following the
      // same link again (a topic in the menu, a key date) is a change the page hears, and
      // its mark, so no note is highlighted that the page no longer scrolls to.
      if (location.hash) history.replaceState(null, '', location.pathname + location.search);
      setLink((old) => ({ ...old, target: NO_TARGET, filters }));
    },
    // Not saved (storage unreadable or full): the switch goes back to what is in force.
    onLanguage: (language) => void updateSettings({ language }).then(setSettings, () => setSettings((s) => s && { ...s })),
  };
}
