import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { focusFirst, targetIds } from '../../model/scenario/placeholder-target.ts';

export interface FormLinkProps {
  /** The field's path in the case document, e.g. `scenarios[0].areas[0].costKey`. */
  path: string;
  children: ReactNode;
}

/** A link from a result to the field in the scenario form that sets it. */
export function FormLink({ path, children }: FormLinkProps) {
  const ids = targetIds(path);
  return (
    <Link
      href={`#${ids[0] ?? ''}`}
      onClick={(event) => {
        if (focusFirst(ids)) event.preventDefault();
      }}
    >
      {children}
    </Link>
  );
}
