/**
 * Scenarios for the default case. The seeds give today's figures, the 10–30 % savings range from other
 * cooperations and AKST's 21 %, the 1.1 MNOK grant and the start in January 2027. Everything else is an
 * assumption, marked with its owner, for the project to replace; no costs are invented: where the seeds
 * name a cost (project management, harmonisation, ICT, …) without an amount, the scenario has none and the
 * screens say so.
 * @module
 */
import type { z } from 'zod';
import type { Scenario } from '../schema/scenario.ts';
import { MELHUS, MIDTRE_GAULDAL, SKAUN } from './participants.ts';
import { AREA } from './service-areas.ts';
import { SRC } from './sources.ts';

type ScenarioInput = z.input<typeof Scenario>;
type Area = ScenarioInput['areas'][number];

const ALL = [MIDTRE_GAULDAL, MELHUS, SKAUN];
const projectManager = (note: string) => ({ assumption: { owner: 'Prosjektleder', note } });
const benchmark = {
  source: {
    document: SRC.caseReport,
    locator: 'Eksempler på økonomisk innsparing (NIVI 2024:2): 10–30 %, AKST 21 %',
  },
};

/** 10 % / 21 % / 30 % as low / most likely / high (beta-PERT). */
const savings10to30: Area['savingsShare'] = {
  distribution: { kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 },
  provenance: benchmark,
};

function area(areaId: string, savingsShare: Area['savingsShare'], key: Area['costKey']): Area {
  return {
    areaId,
    participants: ALL,
    savingsShare,
    startYear: 2027,
    // Start January 2027 per the milestone plan; three years of ramp-up is the project manager's assumption.
    rampUpYears: 3,
    attritionCap: null,
    recurringCosts: [],
    oneOffCosts: [],
    costKey: key,
    oneOffKey: key,
  };
}

const common: Pick<
  ScenarioInput,
  'baseYear' | 'firstYear' | 'horizonYears' | 'grants' | 'realWageGrowth' | 'inflation'
> = {
  baseYear: 2025,
  firstYear: 2026,
  horizonYears: 10,
  grants: [{ grantId: 'prosjektskjonn', year: 2026, key: { keyId: 'population' } }],
  realWageGrowth: {
    distribution: { kind: 'fixed', value: 0 },
    provenance: projectManager('Ingen reallønnsvekst lagt inn; sett en egen forutsetning.'),
  },
  inflation: {
    value: 0.03,
    provenance: { assumption: { owner: 'Økonomisjefene', note: 'Prisvekst for budsjettvisningen.' } },
  },
};

export const scenarios: ScenarioInput[] = [
  {
    id: 'administrative-tjenester',
    name: {
      nb: 'Felles enhet for administrative tjenester',
      nn: 'Felles eining for administrative tenester',
      en: 'Joint unit for administrative services',
    },
    description:
      'Lønn, regnskap og fakturering, sentralbord og arkiv/postmottak i én enhet fra januar 2027. Innsparing 10 / 21 / 30 % (lav / mest sannsynlig / høy). Kostnader deles etter folketall.',
    ...common,
    areas: [
      area(AREA.finance, savings10to30, { keyId: 'population' }),
      area(
        AREA.switchboard,
        {
          distribution: { kind: 'triangular', min: 0, mode: 0.1, max: 0.2 },
          provenance: projectManager(
            'Ingen kilde for sentralbord; samme årsverk uavhengig av kommunestørrelse (saksframlegget).',
          ),
        },
        { keyId: 'population' },
      ),
      area(AREA.archive, savings10to30, { keyId: 'population' }),
    ],
  },
  {
    id: 'lonn-regnskap-lik-andel',
    name: {
      nb: 'Bare lønn, regnskap og fakturering, lik andel',
      nn: 'Berre løn, rekneskap og fakturering, lik del',
      en: 'Payroll, accounting and invoicing only, equal shares',
    },
    description: 'Som hovedscenarioet, men bare lønn, regnskap og fakturering, og kostnadene delt likt.',
    ...common,
    grants: [{ grantId: 'prosjektskjonn', year: 2026, key: { keyId: 'equal' } }],
    areas: [area(AREA.finance, savings10to30, { keyId: 'equal' })],
  },
];
