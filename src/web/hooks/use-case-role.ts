/**
 * The signed-in user's role in one case, from the case list, for showing owner-only links.
 * @module
 */
import { useEffect, useState } from 'react';
import { listCases } from '../api/cases-api.ts';
import type { CaseRole } from '../api/types.ts';

/** The user's role in the case; `null` while loading, on error or when not a member. */
export function useCaseRole(caseId: string): CaseRole | null {
  const [role, setRole] = useState<CaseRole | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setRole(null);
    listCases(controller.signal).then(
      (cases) => {
        if (!controller.signal.aborted) setRole(cases.find((c) => c.id === caseId)?.role ?? null);
      },
      () => {
        // Without the role the owner-only links stay hidden; the pages themselves still check access.
      },
    );
    return () => controller.abort();
  }, [caseId]);
  return role;
}
