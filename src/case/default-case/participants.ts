import type { z } from 'zod';
import type { Participant, PopulationFigure } from '../schema/participants.ts';
import { SRC } from './sources.ts';

export const MIDTRE_GAULDAL = '5027';
export const MELHUS = '5028';
export const SKAUN = '5029';

function ssb2025(value: number): PopulationFigure {
  return {
    value,
    referenceDate: '2025-01-01',
    source: { document: SRC.ssb07459, locator: 'Folkemengde 1. januar 2025' },
  };
}

export const participants: z.input<typeof Participant>[] = [
  { municipalityNumber: MIDTRE_GAULDAL, name: 'Midtre Gauldal', population: [ssb2025(6141)] },
  { municipalityNumber: MELHUS, name: 'Melhus', population: [ssb2025(17812)] },
  { municipalityNumber: SKAUN, name: 'Skaun', population: [ssb2025(8521)] },
];

/** The seed gives only the three together: «rundt 32 338 innbyggere (tall fra august 2024)». */
export const combinedPopulation: PopulationFigure[] = [
  {
    value: 32338,
    referenceDate: '2024-08',
    source: { document: SRC.caseReport, locator: 'Sammendrag', date: '2024-08' },
  },
];
