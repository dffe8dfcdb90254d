import type { ReactNode } from 'react';

export interface ScrollTableProps {
  /** Names the scrolling region for screen readers, usually the table's caption. */
  label: string;
  children: ReactNode;
}

/**
 * A wide table (a column per year) that scrolls sideways on narrow screens. The region can take focus so
 * keyboard users can scroll it too.
 */
export function ScrollTable({ label, children }: ScrollTableProps) {
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1); tabIndex 0 makes it so.
    <div className="table-scroll table-scroll--wide" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
