// Our extension pages (popup, options, library) speak the notes language: the document
// says which, so screen readers pronounce it and the browser hyphenates and translates right.
import { useEffect } from 'preact/hooks';
import type { NoteLang } from '@/lib/types';

export function usePageLang(lang: NoteLang, title?: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    if (title) document.title = title;
  }, [lang, title]);
}
