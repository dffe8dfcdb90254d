import { Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** The colours a status tag can take. */
export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

export interface StatusTagProps {
  children: ReactNode;
  /**
   * Colour of the tag; the text says the same, so colour is never the only cue.
   * @default 'neutral'
   */
  tone?: TagTone;
}

/** A small labelled tag for a category or status. */
export function StatusTag({ children, tone = 'neutral' }: StatusTagProps) {
  return (
    <Tag data-color={tone} data-size="sm" className="status-tag">
      {children}
    </Tag>
  );
}
