/**
 * The default case in operation: the joint unit for administrative services of the main scenario, its 2027
 * budget and its first benefit plans. The seeds give today's labour cost per area (budget 2025) and the
 * start in January 2027; they name no host municipality (the saksframlegg weighs vertskommunesamarbeid
 * against kommunalt oppgavefellesskap and chooses neither), no key, no a-konto calendar, no surplus policy
 * and no fund, and set no target for any benefit. None of those is filled in here: the host, the calendar,
 * the policy and the fund are left out (the views say they are not set), the key and the targets are
 * placeholders naming the role that ought to set them, and the benefit owner is a placeholder naming no role.
 * @module
 */
import type { z } from 'zod';
import type { Operations } from '../schema/operations.ts';
import { placeholder } from '../schema/provenance.ts';
import { MELHUS, MIDTRE_GAULDAL, SKAUN } from './participants.ts';
import { AREA } from './service-areas.ts';
import { SRC } from './sources.ts';

type OperationsInput = z.input<typeof Operations>;
type Component = NonNullable<OperationsInput['budgets']>[number]['components'][number];

const ALL = [MIDTRE_GAULDAL, MELHUS, SKAUN];
export const ADMIN_UNIT = 'administrative-tjenester';

const KEY = {
  keyId: 'population' as const,
  provenance: placeholder(
    'Kommunestyrene',
    'Saksframlegget nevner fire mulige fordelingsmodeller og velger ingen. Scenarioet regner med Shapley-verdien, som ikke kan brukes i et årsbudsjett; folketall per 1. januar er brukt bare for å kunne vise et budsjett.',
  ),
};

const NOT_ADJUSTED =
  'Dagens lønnskostnad i de tre kommunene (budsjett 2025, kroneår 2025). Scenarioets innsparing og pris- og lønnsvekst fram til 2027 er ikke regnet inn.';

function component(
  id: string,
  name: string,
  areaId: string,
  amount: number,
  locator: string,
  extra = '',
): Component {
  return {
    id,
    name,
    kind: 'mandatory',
    amount,
    provenance: {
      source: { document: SRC.caseReport, locator },
      note: extra === '' ? NOT_ADJUSTED : `${NOT_ADJUSTED} ${extra}`,
    },
    key: { keyId: KEY.keyId },
    keyProvenance: KEY.provenance,
    participants: ALL,
    areaId,
  };
}

/**
 * The first indicators are the study's own figures for each area: FTE today and the number of municipalities
 * where the area is a one-person function today (the people page's vulnerability). Their baseline date is
 * 1 January 2025, the start of the budget year the tables give.
 */
function studyIndicators(areaId: string, areaName: string) {
  const target = {
    value: null,
    date: null,
    provenance: placeholder('Styringsgruppen', 'Ingen kilde setter et mål eller en dato for gevinsten.'),
  };
  const common = {
    unitId: ADMIN_UNIT,
    direction: 'lowerIsBetter' as const,
    // No source names a benefit owner; DFØ leaves naming one to top management [E10d], so none is credited here.
    benefitOwner: {
      role: null,
      provenance: placeholder(
        undefined,
        'Ingen kilde navngir en gevinstansvarlig. Etter DFØ skal ledelsen utpeke en gevinstansvarlig med myndighet i linjen.',
      ),
    },
    measures: ['Samle oppgavene i én felles enhet fra januar 2027'],
    target,
  };
  return [
    {
      ...common,
      id: `sarbarhet-${areaId}`,
      benefit: `Mindre sårbarhet – ${areaName}`,
      indicator: 'Antall kommuner der oppgaven er en enpersonsfunksjon',
      baseline: { date: '2025-01-01', studyFigure: { kind: 'onePersonFunctions' as const, areaId } },
    },
    {
      ...common,
      id: `arsverk-${areaId}`,
      benefit: `Effektiv drift – ${areaName}`,
      indicator: 'Årsverk i enheten',
      baseline: { date: '2025-01-01', studyFigure: { kind: 'fte' as const, areaId } },
    },
  ];
}

const TABLE = {
  finance: 'Tabell: dagens bemanning og ressursbruk – lønn, regnskap og fakturering, TOTALT',
  switchboard: 'Tabell: sentralbordtjeneste (beregnet ut fra åpningstid), TOTALT',
  archive: 'Tabell: bemanning og ressurser – arkiv og postmottak, radene for de tre kommunene',
} as const;

export const operations: OperationsInput = {
  units: [
    {
      id: ADMIN_UNIT,
      name: {
        nb: 'Felles enhet for administrative tjenester',
        nn: 'Felles eining for administrative tenester',
        en: 'Joint unit for administrative services',
      },
      // Made from the scenario «administrative-tjenester», but not linked to it by `scenarioId`: the link would
      // stop that scenario from being removed or replaced while the study is still choosing between scenarios.
      areaIds: [AREA.finance, AREA.switchboard, AREA.archive],
      members: ALL.map((municipality) => ({ municipality })),
    },
  ],
  budgets: [
    {
      unitId: ADMIN_UNIT,
      year: 2027,
      components: [
        component(
          'lonn-regnskap-fakturering',
          'Lønn, regnskap og fakturering',
          AREA.finance,
          14_800_000,
          TABLE.finance,
        ),
        component('sentralbord', 'Sentralbord', AREA.switchboard, 2_080_000, TABLE.switchboard),
        // The table's TOTALT row says 6 420 000, but its rows sum to 6 320 000; the rows are used, as the baseline does.
        component(
          'arkiv-postmottak',
          'Arkiv og postmottak',
          AREA.archive,
          6_320_000,
          TABLE.archive,
          'TOTALT-raden i tabellen sier 6 420 000 kr; summen av radene er 6 320 000 kr.',
        ),
      ],
      note: 'Ingen kilde gir nye driftskostnader (systemer, lokaler, ledelse) for den felles enheten; de er ikke tatt med.',
    },
  ],
  benefitPlans: [
    ...studyIndicators(AREA.finance, 'lønn, regnskap og fakturering'),
    ...studyIndicators(AREA.switchboard, 'sentralbord'),
    ...studyIndicators(AREA.archive, 'arkiv og postmottak'),
  ],
};
