/**
 * The case roles in the order the members screen lists them, least access first.
 * @module
 */
import type { CaseRole } from '../../api/types.ts';

export const ROLES: readonly CaseRole[] = ['reader', 'editor', 'owner'];

/** True when a change of role takes the ability to manage members away. */
export function isDemotionFromOwner(from: CaseRole, to: CaseRole): boolean {
  return from === 'owner' && to !== 'owner';
}
