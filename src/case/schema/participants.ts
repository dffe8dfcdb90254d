import { z } from 'zod';
import { MAX_POPULATION, MunicipalityNumber, PlanDate, SourceRef, list } from './common.ts';
import { TEXT_LIMITS, text } from './text.ts';

/** A population count at a reference date, with its source. */
export const PopulationFigure = z.strictObject({
  value: z.number().int().positive().max(MAX_POPULATION),
  referenceDate: PlanDate,
  source: SourceRef,
});
export type PopulationFigure = z.infer<typeof PopulationFigure>;

/** A municipality taking part in the study. */
export const Participant = z.strictObject({
  municipalityNumber: MunicipalityNumber,
  name: text(TEXT_LIMITS.name),
  population: list(PopulationFigure).meta({ description: 'Population figures, any reference dates' }),
});
export type Participant = z.infer<typeof Participant>;

/** A population figure the sources give only for the group as a whole. */
export const CombinedPopulation = PopulationFigure;
