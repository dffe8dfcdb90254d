import { Paragraph } from '@digdir/designsystemet-react';

export interface EmptyStateProps {
  /** Says what is missing and, where it helps, what to do. */
  message: string;
}

/** Shown in place of a list or table with nothing in it. */
export function EmptyState({ message }: EmptyStateProps) {
  return <Paragraph className="empty-state">{message}</Paragraph>;
}
