import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';

export interface ScrollRegionProps {
  /** The caption of the table inside, repeated as the region's name. */
  caption: string;
  children: ReactNode;
}

/** A wide table that scrolls sideways on a phone; focusable, so the keyboard can scroll it too (WCAG 2.1.1). */
export function ScrollRegion({ caption, children }: ScrollRegionProps) {
  const t = useT();
  return (
    <div
      className="table-scroll cost-sharing-scroll"
      role="region"
      aria-label={t('costSharing.tableRegion', { caption })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
