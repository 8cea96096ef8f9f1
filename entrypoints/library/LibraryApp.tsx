import { LibraryView } from '@/components/library/LibraryView';
import { useLibrary } from './use-library';

export function LibraryApp() {
  const props = useLibrary();
  return props ? <LibraryView {...props} /> : null;
}
