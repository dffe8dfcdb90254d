import type { z } from 'zod';
import type { Benchmark, ExistingCooperation, Grant } from '../schema/references.ts';
import { MELHUS, MIDTRE_GAULDAL, SKAUN } from './participants.ts';
import { SRC } from './sources.ts';

const existing = {
  document: SRC.caseReport,
  locator: 'Etablerte interkommunale samarbeid mellom de tre kommunene',
};

export const existingCooperations: z.input<typeof ExistingCooperation>[] = [
  {
    id: 'itmidt',
    name: { nb: 'ITMidt (IT-samarbeid)', en: 'ITMidt (IT cooperation)' },
    members: [MELHUS, SKAUN, MIDTRE_GAULDAL],
    note: 'Midtre Gauldal sluttet seg formelt til ITMidt 01.01.25.',
    source: existing,
  },
  {
    id: 'nav',
    name: { nb: 'Felles Nav-kontor', en: 'Shared NAV office' },
    members: [MELHUS, SKAUN],
    source: existing,
  },
  { id: 'innkjop', name: { nb: 'Innkjøp', en: 'Procurement' }, members: [MELHUS, SKAUN], source: existing },
  {
    id: 'barnevern',
    name: { nb: 'Barnevern', en: 'Child welfare' },
    members: [MELHUS, SKAUN],
    source: existing,
  },
  {
    id: 'sammen-om-helsetjenester',
    name: {
      nb: 'Prosjektet «Sammen om framtidens helsetjenester»',
      en: 'Project "Together on future health services"',
    },
    members: [MELHUS, SKAUN, MIDTRE_GAULDAL],
    note: 'Saksframlegget: de tre kommunene «har hatt» prosjektet; det sier ikke om det pågår.',
    source: existing,
  },
  {
    id: 'trondheimsalliansen',
    name: { nb: 'Trondheimsalliansen', en: 'Trondheimsalliansen (political alliance)' },
    members: [MELHUS, SKAUN, MIDTRE_GAULDAL],
    note: '«Alle tre kommuner er deltakere i Trondheimsalliansen, et rent politisk samarbeid».',
    source: existing,
  },
];

export const benchmarks: z.input<typeof Benchmark>[] = [
  {
    id: 'akst',
    name: {
      nb: 'Agder kommunale støttetjenester (AKST), Arendal og Grimstad',
      en: 'AKST, Arendal and Grimstad',
    },
    fteReduction: 0.21,
    note: 'Lønn, regnskap, arkiv og dokumentsenter siden 2015; «innsparing på 21 prosent i heltidsstillinger»; 37 ansatte. NIVI Rapport 2024:2 som sitert i saksframlegget.',
    source: {
      document: SRC.caseReport,
      locator: 'Eksempler på økonomisk innsparing og bedre kvalitet (NIVI 2024:2)',
    },
  },
  {
    id: 'andre-samarbeid',
    name: {
      nb: 'Andre interkommunale samarbeid om tilsvarende oppgaver',
      en: 'Other cooperations on similar tasks',
    },
    fteReduction: null,
    reportedRange: [0.1, 0.3],
    // The sentence follows the NIVI quotation but does not say it is NIVI's; it is not attributed to NIVI here.
    note: 'Saksframlegget: «Fra andre interkommunale samarbeid om tilsvarende oppgaver er det kjent at innsparingspotensial ligger i størrelsesorden 10-30 prosent». Det sies ikke om det gjelder årsverk eller kroner.',
    source: {
      document: SRC.caseReport,
      locator: 'Eksempler på økonomisk innsparing og bedre kvalitet, etter AKST-eksempelet',
    },
  },
];

export const grants: z.input<typeof Grant>[] = [
  {
    id: 'prosjektskjonn',
    name: {
      nb: 'Prosjektskjønn (skjønnsmidler) fra Statsforvalteren',
      en: 'Discretionary project grant from the County Governor',
    },
    grantor: 'Statsforvalteren i Trøndelag',
    amount: 1_100_000,
    // The year is the presentation's («søknad til Statsforvalter om prosjektskjønn 2026»); the amount the saksframlegg's.
    year: 2026,
    source: {
      document: SRC.caseReport,
      locator:
        'c) Skjønnsmidler, prosjektorganisering og framdrift: «kommunene i fellesskap fikk tildelt 1,1 mill. kr»',
    },
  },
];
