import { DEFAULT_SITES } from '@/lib/default-sites';
import { TOPICS } from '@/lib/topics';
import { uiStrings } from '@/lib/ui-strings';
import { OptionsView } from '@/components/options/OptionsView';
import { usePageLang } from '@/utils/page-lang';
import { useOptions } from './use-options';

export function OptionsApp() {
  const options = useOptions();
  usePageLang(options.lang, uiStrings(options.lang).options.title);
  return <OptionsView {...options} topics={TOPICS} defaultSites={DEFAULT_SITES} browserLanguage={navigator.language} mac={/Mac/i.test(navigator.platform)} />;
}
