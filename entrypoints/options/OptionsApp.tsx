import { DEFAULT_SITES } from '@/lib/default-sites';
import { TOPICS } from '@/lib/topics';
import { OptionsView } from '@/components/options/OptionsView';
import { useOptions } from './use-options';

export function OptionsApp() {
  return <OptionsView {...useOptions()} topics={TOPICS} defaultSites={DEFAULT_SITES} browserLanguage={navigator.language} />;
}
