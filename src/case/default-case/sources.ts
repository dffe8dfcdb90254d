/**
 * The documents the default case is built from. `../shared/seeds/` holds the two project documents; the
 * rest are the public sources they and LAW.md cite.
 * @module
 */
import type { SourceDocument } from '../schema/common.ts';

/** Ids of the default case's sources, so every figure's reference is checked by the compiler. */
export const SRC = {
  caseReport: 'saksframlegg-bik2030',
  status: 'status-midtre-gauldal-2026-02-03',
  ssb07459: 'ssb-07459',
  localGovernmentAct: 'kommuneloven',
  iksAct: 'iks-loven',
  guide: 'veileder-interkommunalt-samarbeid-2023',
} as const;

export const sources: SourceDocument[] = [
  {
    id: SRC.caseReport,
    title:
      'Saksframlegg: Bærekraftige og innovative kommuner 2030 – etablering av et helhetlig interkommunalt samarbeid mellom Skaun, Melhus og Midtre Gauldal',
    kind: 'case-report',
    publisher: 'Kommunedirektørene i Skaun, Melhus og Midtre Gauldal',
    note: 'Lagt fram likelydende i alle tre kommuner (saksframlegget: «legges fram likelydende i alle tre kommuner»). Udatert; første politiske behandling februar/mars 2026 etter presentasjonen 3.2.2026.',
  },
  {
    id: SRC.status,
    title:
      'Status for arbeidet med utredning av interkommunalt samarbeid – informasjon til kommunestyret i Midtre Gauldal',
    kind: 'presentation',
    publisher: 'Prosjektet «Bærekraftige og innovative kommuner 2030»',
    date: '2026-02-03',
  },
  {
    id: SRC.ssb07459,
    title: 'Statistikkbanken tabell 07459: Befolkning, etter region, kjønn, alder og år (1. januar)',
    kind: 'statistics',
    publisher: 'Statistisk sentralbyrå (SSB)',
    date: '2025-01-01',
    url: 'https://www.ssb.no/statbank/table/07459',
  },
  {
    id: SRC.localGovernmentAct,
    title: 'Lov om kommuner og fylkeskommuner (kommuneloven), LOV-2018-06-22-83',
    kind: 'statute',
    publisher: 'Lovdata',
    url: 'https://lovdata.no/lov/2018-06-22-83',
  },
  {
    id: SRC.iksAct,
    title: 'Lov om interkommunale selskaper (IKS-loven), LOV-1999-01-29-6',
    kind: 'statute',
    publisher: 'Lovdata',
    url: 'https://lovdata.no/lov/1999-01-29-6',
  },
  {
    id: SRC.guide,
    title: 'Veileder om interkommunalt samarbeid',
    kind: 'report',
    publisher: 'Kommunal- og distriktsdepartementet',
    date: '2023-10-05',
    url: 'https://www.regjeringen.no/no/dokumenter/veileder-om-interkommunalt-samarbeid/id2998121/',
  },
];
