/**
 * Everything the people screens, the `flokk staff` command and the people API show for a case: the
 * workforce projection, vulnerability before and after, and the switchboard sizing. Build it with
 * `peopleView`, and pass it through `redactWorkforce` before it leaves for anyone but an editor or owner.
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import { switchboardView, type SwitchboardView } from './switchboard-view.ts';
import { vulnerabilityView, type VulnerabilityView } from './vulnerability-view.ts';
import { workforceProjection, type WorkforceProjectionView } from './workforce-projection.ts';

export interface PeopleView {
  caseId: string;
  workforce: WorkforceProjectionView;
  vulnerability: VulnerabilityView;
  switchboard: SwitchboardView;
  /** Paths withheld to protect persons (show ":"); empty in the full view. */
  suppressed: string[];
}

/**
 * The full, unredacted view: only for those who entered the data.
 * @example peopleView(defaultCase()).switchboard.missing.length > 0 // → true
 */
export function peopleView(document: CaseDocument, scenarioId?: string): PeopleView {
  return {
    caseId: document.id,
    workforce: workforceProjection(document, scenarioId),
    vulnerability: vulnerabilityView(document),
    switchboard: switchboardView(document),
    suppressed: [],
  };
}
