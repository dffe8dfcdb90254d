import { Popover } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/use-t.ts';
import { termKeys, type TermId } from './term-glossary.ts';
import './term.css';

export interface TermProps {
  id: TermId;
  /** The words as the sentence has them («frøet»); the glossary's name when left out. */
  children?: string;
}

/**
 * A technical term in running text that opens its short explanation on click, tap or Enter (Designsystemet's
 * popover; Escape closes it). The button's name is a question that contains the visible words, so a screen
 * reader user hears what it does and speech control finds it by what is shown.
 */
export function Term({ id, children }: TermProps) {
  const t = useT();
  const keys = termKeys(id);
  const shown = children ?? t(keys.name);
  return (
    <Popover.TriggerContext>
      <Popover.Trigger inline className="term" aria-label={t('term.open', { term: shown })}>
        {shown}
      </Popover.Trigger>
      {/* A span, not a div, so a term may stand inside a paragraph. */}
      <Popover asChild placement="top" data-color="neutral">
        <span className="term-explanation">{t(keys.text)}</span>
      </Popover>
    </Popover.TriggerContext>
  );
}

/** «Ord som brukes her:» and each term of a section, for terms that appear in headings and table columns. */
export function TermList({ ids }: { ids: readonly TermId[] }) {
  const t = useT();
  return (
    <p className="term-list ds-paragraph" data-size="sm">
      {t('term.onThisPage')}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Term id={id} />
        </span>
      ))}
    </p>
  );
}
