import { Details, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

export interface AssumptionsSectionProps {
  /** True while the form inside has changes not yet saved; the section then stays open. */
  dirty?: boolean;
  children: ReactNode;
}

/**
 * «Endre forutsetninger»: the editors' inputs below the results, closed until asked for (issue 17). The
 * content stays mounted when closed, so edits survive a toggle; with unsaved changes it opens again when
 * closed, so they are never out of sight. Left out of print, so a printed page shows the results only.
 * Uncontrolled, so that a link to a field inside (the placeholder list) can open it by setting `open`.
 */
export function AssumptionsSection({ dirty = false, children }: AssumptionsSectionProps) {
  const t = useT();
  return (
    <Details
      className="assumptions-section"
      onToggle={(event) => {
        const details = event.currentTarget;
        if (dirty && details instanceof HTMLDetailsElement && !details.open) details.open = true;
      }}
    >
      <Details.Summary>{t('assumptions.toggle')}</Details.Summary>
      <Details.Content>
        {dirty && <Paragraph data-size="sm">{t('assumptions.keptOpen')}</Paragraph>}
        {children}
      </Details.Content>
    </Details>
  );
}
