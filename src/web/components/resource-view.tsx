import type { ReactNode } from 'react';
import type { ApiResource } from '../hooks/use-api-resource.ts';
import { ErrorState } from './error-state.tsx';
import { LoadingState } from './loading-state.tsx';

export interface ResourceViewProps<T> {
  resource: ApiResource<T>;
  /** Read out while loading. */
  loadingLabel: string;
  /** Renders the loaded data. */
  children: (data: T) => ReactNode;
  /**
   * Heading level of the error alert.
   * @default 2
   */
  errorHeadingLevel?: 2 | 3;
}

/** Shows loading, error (with "Try again") or the content of one API resource. */
export function ResourceView<T>({
  resource,
  loadingLabel,
  children,
  errorHeadingLevel = 2,
}: ResourceViewProps<T>) {
  const { state, reload } = resource;
  if (state.status === 'loading') return <LoadingState label={loadingLabel} />;
  if (state.status === 'error')
    return <ErrorState error={state.error} onRetry={reload} headingLevel={errorHeadingLevel} />;
  return <>{children(state.data)}</>;
}
