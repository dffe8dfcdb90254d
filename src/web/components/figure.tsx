import { MISSING, SUPPRESSED } from '../../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';

export interface FigureProps {
  /** The formatted figure, or `null` when the sources give none. */
  value: string | null;
  /**
   * Withheld to protect persons: shown as ":" with an explanation, never as missing.
   * @default false
   */
  suppressed?: boolean;
}

/** One figure in a table: the value, ".." when missing, ":" when withheld, each explained on hover. */
export function Figure({ value, suppressed = false }: FigureProps) {
  const t = useT();
  if (suppressed) {
    return (
      <abbr title={t('baseline.suppressedTitle')} className="figure figure--suppressed">
        {SUPPRESSED}
      </abbr>
    );
  }
  if (value === null || value === MISSING) {
    return (
      <abbr title={t('baseline.missingTitle')} className="figure figure--missing">
        {MISSING}
      </abbr>
    );
  }
  return <span className="figure">{value}</span>;
}
