// The page's figures in the popup, grouped by quantity, each group beside the notes' figures
// for it: a section below the topic rows, closed until the reader opens it.
import { useMemo } from 'preact/hooks';
import { FigureComparison, FigureSection } from '@/components/FigureCheck';
import { pageFigures } from '@/lib/figures/page-figures';
import type { ReportedMention } from '@/lib/messages';
import { FACTS, sourceById } from '@/lib/notes';
import type { NoteLang } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';

export function PageFigures({ mentions, lang }: { mentions: ReportedMention[]; lang: NoteLang }) {
  const groups = useMemo(() => pageFigures(mentions, FACTS), [mentions]);
  if (!groups.length) return null;
  const t = uiStrings(lang).figures;
  return (
    <FigureSection heading={t.pageHeading} initiallyOpen={false}>
      {groups.map((group) => (
        <div key={group.quantity} class="figure-group">
          <h4>{t.quantities[group.quantity]}</h4>
          <FigureComparison written={group.written} notes={group.notes} lang={lang} sourceById={sourceById} />
        </div>
      ))}
    </FigureSection>
  );
}
