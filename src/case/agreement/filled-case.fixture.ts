/**
 * Test data: the default case with every agreement term filled, as the councils might settle them, so the
 * minimum-content check has no missing point. Used by the agreement, API, CLI and web tests.
 * @module
 */
import { defaultCase } from '../default-case/default-case.ts';
import type { AgreementModelId } from './agreement-points.ts';
import { AgreementTerms, type AgreementCase } from './agreement-terms.ts';

const SCENARIO = 'administrative-tjenester';

/** Names that meet the name rule of §§ 18-1 and 19-1 where it applies. */
const NAMES: Record<AgreementModelId, string> = {
  'vertskommune-administrativ': 'Administrative tjenester Gauldal og Skaun',
  'vertskommune-nemnd': 'Administrative tjenester Gauldal og Skaun',
  'kommunalt-oppgavefellesskap': 'Gauldal og Skaun kommunalt oppgavefellesskap',
  'interkommunalt-politisk-rad': 'Gauldal og Skaun IPR',
  'interkommunalt-selskap': 'Gauldal og Skaun administrasjon IKS',
};

/** Every term an agreement can hold, as the councils might settle them (test data, not the default case). */
export function filledTerms(modelId: AgreementModelId): AgreementTerms {
  const each = (value: number) => ({ '5027': value, '5028': value, '5029': value });
  // Parsed, so the test data also passes the terms' schema.
  return AgreementTerms.parse({
    modelId,
    scenarioId: SCENARIO,
    name: NAMES[modelId],
    ownLegalEntity: false,
    hostMunicipality: '5028',
    headOfficeMunicipality: '5028',
    purpose: 'Levere lønn, regnskap, fakturering, sentralbord og arkiv til eierne.',
    matters: 'Saker om regional utvikling.',
    delegatedAuthority:
      'Myndighet etter kommunedirektørens delegeringsreglement i saker uten prinsipiell betydning.',
    notifiedDecisions: 'Vedtak som gjelder budsjett, bemanning og avvik.',
    representatives: each(2),
    boardMembers: each(2),
    ownershipShares: { '5027': 0.25, '5028': 0.5, '5029': 0.25 },
    contributions: 'Ingen innskuddsplikt ut over de årlige tilskuddene.',
    borrowing: { allowed: true, ceiling: 5_000_000 },
    paymentSchedule: 'quarterly',
    reporting: 'Årsrapport og tertialrapporter til deltakerne.',
    withdrawal: { noticeMonths: 12 },
    dissolution: 'Samarbeidet oppløses når alle deltakerne vedtar det.',
    archiveKeeper: 'Melhus kommune',
    otherStatutoryTerms: 'Ingen andre lover krever egne vilkår for disse oppgavene.',
    disputes: 'Tvister løses ved forhandlinger mellom kommunedirektørene.',
  });
}

/** The default case with the terms filled and the scenario's cost keys recorded as decided. */
export function filledCase(
  modelId: AgreementModelId,
  document: AgreementCase = defaultCase(),
): AgreementCase {
  // Test data: as if the councils had decided the keys in a resolution.
  const decided = { decision: { resolutionId: 'innstilling-2026', point: 6 } };
  const scenarios = document.scenarios.map((scenario) => ({
    ...scenario,
    areas: scenario.areas.map((area) => ({
      ...area,
      fieldProvenance: { ...area.fieldProvenance, costKey: decided, oneOffKey: decided },
    })),
  }));
  return { ...document, scenarios, agreementTerms: [filledTerms(modelId)] };
}
