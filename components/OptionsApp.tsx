import { DEFAULT_SITES } from '@/lib/default-sites';
import { TOPICS } from '@/lib/topics';
import { OptionsView } from './options/OptionsView';
import { useOptions } from './options/use-options';

export function OptionsApp() {
  return <OptionsView {...useOptions()} topics={TOPICS} defaultSites={DEFAULT_SITES} browserLanguage={navigator.language} />;
}
