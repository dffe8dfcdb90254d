/**
 * Scenarios for the default case. The seeds give today's figures (budget 2025), the 10–30 % savings range
 * from other cooperations and AKST's 21 %, the 1.1 MNOK grant and the start in January 2027. They choose
 * no cost key (they list four possible ones), give no amount for any establishment or new running cost,
 * and set no horizon, ramp-up, wage growth or price growth. Every such setting here is a placeholder
 * (`provenance.ts`): used so that something can be computed, shown as «plassholder – ikke fastsatt»
 * wherever it is used, naming at most the role that ought to set it. No cost is invented: the cost kinds
 * the studies name are listed as missing until someone enters them.
 * @module
 */
import type { z } from 'zod';
import type { Provenance } from '../schema/provenance.ts';
import { placeholder } from '../schema/provenance.ts';
import type { Scenario } from '../schema/scenario.ts';
import { MELHUS, MIDTRE_GAULDAL, SKAUN } from './participants.ts';
import { AREA } from './service-areas.ts';
import { SRC } from './sources.ts';

type ScenarioInput = z.input<typeof Scenario>;
type Area = ScenarioInput['areas'][number];

const ALL = [MIDTRE_GAULDAL, MELHUS, SKAUN];
const FINANCE_MANAGERS = 'Økonomisjefene';
const PROJECT_MANAGER = 'Prosjektleder';

const benchmark: Provenance = {
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

const KEY_NOTE =
  'Saksframlegget nevner fire mulige fordelingsmodeller (folketall, bruk/volum, lik andel, hybrid) og velger ingen. Shapley-verdien brukes bare for å kunne regne; den holder hver kommune på eller under kostnaden ved å fortsette alene når stordriftsfordelene vokser med enhetens størrelse.';

const areaSettings = (startNote: string): NonNullable<Area['fieldProvenance']> => ({
  startYear: {
    source: { document: SRC.status, locator: 'Milepæler: oppstart for konkrete samarbeid – januar 2027' },
    note: startNote,
  },
  rampUpYears: placeholder(PROJECT_MANAGER, 'Ingen kilde sier hvor lang tid det tar før full effekt.'),
  costKey: placeholder('Kommunestyrene', KEY_NOTE),
  oneOffKey: placeholder('Kommunestyrene', KEY_NOTE),
});

/**
 * A placeholder curve for economies of scale: the savings share grows in proportion to the joint unit's
 * FTE, so that two municipalities save less than three (issue 13, point 7).
 */
function proportionalScale(totalFte: number): NonNullable<Area['scale']> {
  return {
    points: [
      { fte: 0, relative: 0 },
      { fte: totalFte, relative: 1 },
    ],
    provenance: placeholder(
      PROJECT_MANAGER,
      'Ingen kilde for hvordan innsparingen avhenger av enhetens størrelse. Plassholderen lar andelen vokse i takt med årsverkene i den felles enheten.',
    ),
  };
}

function area(areaId: string, savingsShare: Area['savingsShare'], totalFte: number, startNote = ''): Area {
  return {
    areaId,
    participants: ALL,
    savingsShare,
    startYear: 2027,
    rampUpYears: 3,
    attritionCap: null,
    recurringCosts: [],
    oneOffCosts: [],
    costKey: { keyId: 'shapley' },
    oneOffKey: { keyId: 'shapley' },
    scale: proportionalScale(totalFte),
    fieldProvenance: areaSettings(startNote),
  };
}

const common: Pick<
  ScenarioInput,
  | 'baseYear'
  | 'firstYear'
  | 'horizonYears'
  | 'grants'
  | 'realWageGrowth'
  | 'inflation'
  | 'lifetimeYears'
  | 'taxFinancingCost'
  | 'fieldProvenance'
> = {
  baseYear: 2025,
  firstYear: 2026,
  horizonYears: 10,
  lifetimeYears: {
    value: 10,
    provenance: placeholder(
      FINANCE_MANAGERS,
      'Ingen restverdi lagt inn. En vertskommuneavtale kan sies opp med ett års varsel, så levetiden er usikker.',
    ),
  },
  // The seeds say what the grant paid for (capacity for the study, a project manager) but not its cost, so
  // it finances no cost entered here and is not counted.
  grants: [
    {
      grantId: 'prosjektskjonn',
      year: 2026,
      key: { keyId: 'equal' },
    },
  ],
  realWageGrowth: {
    distribution: { kind: 'fixed', value: 0 },
    provenance: placeholder(
      FINANCE_MANAGERS,
      'Ingen reallønnsvekst lagt inn. Verdien R-109 anbefaler er ikke bekreftet.',
    ),
  },
  inflation: {
    value: 0.03,
    provenance: placeholder(
      FINANCE_MANAGERS,
      'Pris- og lønnsvekst for budsjettvisningen; ingen kilde i sakspapirene.',
    ),
  },
  taxFinancingCost: {
    rate: 0.2,
    provenance: placeholder(
      FINANCE_MANAGERS,
      '20 øre per krone er vanlig i statlige analyser, men satsen i rundskriv R-109 er ikke bekreftet. Brukes bare i den samfunnsøkonomiske visningen.',
    ),
  },
  fieldProvenance: {
    baseYear: { source: { document: SRC.caseReport, locator: 'Kostnadstabellene: Budsjett 2025' } },
    firstYear: placeholder(undefined, 'Tabellen begynner i utredningsåret 2026.'),
    horizonYears: placeholder(
      FINANCE_MANAGERS,
      'Ingen kilde fastsetter analyseperioden. For et administrativt samarbeid er en kort periode (5–10 år) vanlig.',
    ),
    discountSchedule: placeholder(
      FINANCE_MANAGERS,
      'Rentetrappen i rundskriv R-109 (4 %, 3 %, 2 %) brukes som god praksis; kommuner er ikke bundet av R-109.',
    ),
  },
};

const SWITCHBOARD_START =
  'Innstillingen pkt. 3 åpner for å prøve ut samarbeid om sentralbord våren 2026 dersom det ligger til rette for det; når en felles tjeneste starter, er ikke fastsatt.';

export const scenarios: ScenarioInput[] = [
  {
    id: 'administrative-tjenester',
    name: {
      nb: 'Felles enhet for administrative tjenester',
      nn: 'Felles eining for administrative tenester',
      en: 'Joint unit for administrative services',
    },
    description:
      'Lønn, regnskap og fakturering, sentralbord og arkiv/postmottak i én enhet fra januar 2027. Innsparing 10 / 21 / 30 % (lav / mest sannsynlig / høy) etter erfaringer fra andre samarbeid. Fordelingsnøkkel, etableringskostnader og nye driftskostnader er ikke fastsatt.',
    ...common,
    areas: [
      area(AREA.finance, savings10to30, 17.6),
      area(
        AREA.switchboard,
        {
          distribution: { kind: 'triangular', min: 0, mode: 0.1, max: 0.2 },
          provenance: placeholder(
            PROJECT_MANAGER,
            'Ingen kilde for innsparing på sentralbord; saksframlegget sier at bemanningen er den samme uansett kommunestørrelse.',
          ),
        },
        2.6,
        SWITCHBOARD_START,
      ),
      area(AREA.archive, savings10to30, 7.9),
    ],
  },
  {
    id: 'lonn-regnskap-lik-andel',
    name: {
      nb: 'Bare lønn, regnskap og fakturering, lik andel',
      nn: 'Berre løn, rekneskap og fakturering, lik del',
      en: 'Payroll, accounting and invoicing only, equal shares',
    },
    description:
      'Som hovedscenarioet, men bare lønn, regnskap og fakturering, og kostnadene delt likt (en av de fire fordelingsmodellene saksframlegget nevner).',
    ...common,
    areas: [
      {
        ...area(AREA.finance, savings10to30, 17.6),
        costKey: { keyId: 'equal' },
        oneOffKey: { keyId: 'equal' },
      },
    ],
  },
];
