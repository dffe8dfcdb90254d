/**
 * The case the current address is about (`/saker/:caseId/...` or `/status/:caseId`), for the header.
 * @module
 */
import { matchPath, useLocation } from 'react-router';

const CASE_PATTERNS = ['/saker/:caseId/*', '/status/:caseId'];

export function useCurrentCaseId(): string | undefined {
  const { pathname } = useLocation();
  for (const pattern of CASE_PATTERNS) {
    const match = matchPath(pattern, pathname);
    if (match?.params['caseId']) return match.params['caseId'];
  }
  return undefined;
}
