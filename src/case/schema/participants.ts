import { z } from 'zod';
import { MunicipalityNumber, PlanDate, SourceRef } from './common.ts';

/** A population count at a reference date, with its source. */
export const PopulationFigure = z.strictObject({
  value: z.number().int().positive(),
  referenceDate: PlanDate,
  source: SourceRef,
});
export type PopulationFigure = z.infer<typeof PopulationFigure>;

/** A municipality taking part in the study. */
export const Participant = z.strictObject({
  municipalityNumber: MunicipalityNumber,
  name: z.string().trim().min(1),
  population: z.array(PopulationFigure).meta({ description: 'Population figures, any reference dates' }),
});
export type Participant = z.infer<typeof Participant>;

/** A population figure the sources give only for the group as a whole. */
export const CombinedPopulation = PopulationFigure;
