import { Spinner } from '@digdir/designsystemet-react';

export interface LoadingStateProps {
  /** What is loading, read out by screen readers and shown beside the spinner. */
  label: string;
}

/** A spinner with its label, announced politely while something loads. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="loading-state" role="status">
      <Spinner aria-label={label} data-size="md" />
      <span aria-hidden="true">{label}</span>
    </div>
  );
}
