/**
 * The one wrapper for a table (or figure) wider than a phone: it scrolls sideways inside its own region, so
 * the page itself never does, and shows a shadow on the side that has more to see.
 * @module
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface ScrollRegionProps {
  /**
   * Names the region for screen readers, usually the table's caption. Left out, the caption (or the
   * heading the table is labelled by) is read from the table inside, so the two cannot disagree.
   */
  label?: string;
  /** Extra class names for a region that needs its own spacing. */
  className?: string;
  children: ReactNode;
}

/** The name a table inside already has: its caption, or the text of what it is labelled by. */
function tableName(region: HTMLElement): string {
  const table = region.querySelector('table');
  if (!table) return '';
  const caption = table.querySelector('caption')?.textContent?.trim();
  if (caption) return caption;
  const labelledBy = table.getAttribute('aria-labelledby');
  const labelElement = labelledBy ? region.ownerDocument.getElementById(labelledBy) : null;
  return (labelElement?.textContent ?? table.getAttribute('aria-label') ?? '').trim();
}

/**
 * A region that scrolls sideways on a narrow screen. It takes focus, so keyboard users can scroll it with the
 * arrow keys (WCAG 2.1.1), and is named after its content so a screen reader says what it holds. It needs no
 * language context, so sections rendered on their own (with a `language` prop) can use it too.
 */
export function ScrollRegion({ label, className, children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [derived, setDerived] = useState('');
  // Read after every change of content (a new language changes the caption); before paint, so the region is
  // never announced without a name.
  useLayoutEffect(() => {
    if (label === undefined && ref.current) setDerived(tableName(ref.current));
  }, [label, children]);
  const name = label ?? derived;
  return (
    <div
      ref={ref}
      className={className ? `scroll-region ${className}` : 'scroll-region'}
      role="region"
      aria-label={name || undefined}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
