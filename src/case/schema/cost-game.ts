/**
 * A study's own coalition costs: what a group of municipalities would pay for a service area of a scenario
 * (or for the scenario's package of all areas) if only they cooperated. Flokk derives every c(S) from the
 * scenario model (`case/cost-sharing/coalition-costs.ts`); a value typed here overrides the derived one for
 * that group and is marked as typed wherever it is shown.
 * @module
 */
import { z } from 'zod';
import { MAX_PLAYERS } from '../../engine/games/game.ts';
import { Id, MAX_NOK, MunicipalityNumber, list } from './common.ts';
import { TEXT_LIMITS, note } from './text.ts';
import { Provenance } from './provenance.ts';

/** One group and its annual cost, in whole kroner of the scenario's base year. */
export const CoalitionCost = z.strictObject({
  coalition: list(MunicipalityNumber, MAX_PLAYERS)
    .min(1)
    .meta({ description: 'The municipalities of the group; one number alone is its stand-alone cost' }),
  cost: z
    .number()
    .int({ message: 'Beløp i hele kroner' })
    .nonnegative()
    .max(MAX_NOK)
    .meta({ description: 'Annual running cost of the group solving the task together, kroner' }),
  note: note(TEXT_LIMITS.paragraph).optional(),
});
export type CoalitionCost = z.infer<typeof CoalitionCost>;

export const CostGame = z.strictObject({
  id: Id,
  scenarioId: Id.meta({ description: 'Id of a scenario in `scenarios`' }),
  areaId: Id.optional().meta({
    description: 'A service area of that scenario; omitted for the package of all its areas',
  }),
  /** Where the figures come from: the study's report, or an assumption someone owns. */
  provenance: Provenance,
  /** One row per group at most: a game has at most `MAX_PLAYERS` municipalities, so 2^20 − 1 groups. */
  costs: list(CoalitionCost, 2 ** MAX_PLAYERS - 1).min(1),
});
export type CostGame = z.infer<typeof CostGame>;
