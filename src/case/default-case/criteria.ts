import type { z } from 'zod';
import type { CriteriaSet } from '../schema/criteria.ts';
import { SKAUN } from './participants.ts';
import { SRC } from './sources.ts';

type Set = z.input<typeof CriteriaSet>;

function criteria(names: [id: string, nb: string][]): Set['criteria'] {
  return names.map(([id, nb]) => ({ id, name: { nb } }));
}

export const criteriaSets: Set[] = [
  {
    id: 'gevinstkriterier',
    name: {
      nb: 'Kriterier for gevinster av samarbeid',
      nn: 'Kriterium for vinstar av samarbeid',
      en: 'Criteria for gains',
    },
    purpose: 'gain',
    criteria: criteria([
      [
        'kostnadseffektivitet',
        'Større grad av kostnadseffektivitet og evne til å ta ut stordriftsfordeler/synergier',
      ],
      ['sarbarhet', 'Redusere sårbarhet ift. kapasitet i tjenesteytingen'],
      ['fagmiljo', 'Styrket fagmiljø, med større mulighet for fleksibel oppgaveløsning'],
      ['service', 'Tjeneste med god service og tilgjengelighet for brukerne'],
      [
        'endringsevne',
        'Evne og mulighet til å forholde seg til endringer i tjenestene, faglig og teknologisk',
      ],
    ]),
    source: {
      document: SRC.caseReport,
      locator: 'Om interkommunal dialog og utredninger så langt, a) Stab/støttetjenester',
    },
  },
  {
    id: 'skaun-strategi-74-24',
    name: {
      nb: 'Skauns kriterier ved vurdering av samarbeid (strategi vedtatt 29.10.24, sak 74/24)',
      en: "Skaun's criteria for judging a cooperation (strategy of 29.10.24, case 74/24)",
    },
    purpose: 'strategy',
    ownerMunicipality: SKAUN,
    criteria: criteria([
      ['okonomi', 'Økonomi/effektivisering'],
      ['kvalitet', 'Kvalitet og kompetanse'],
      ['arbeidskraft', 'Tilgang på kvalifisert arbeidskraft'],
      ['fagmiljo', 'Oppbygging av fagmiljø'],
      ['sarbarhet', 'Intern sårbarhet i kritiske funksjoner'],
      ['samordning', 'Samordning mot kommunens øvrige tjenesteapparat'],
      ['demokrati', 'Demokratisk forankring/politisk styring'],
      ['demografi', 'Demografisk utvikling'],
      ['lovpalagt', 'Lovpålagt vs. ikke-lovpålagte oppgaver'],
      ['statlige-palegg', 'Statlige pålegg/nye oppgaver'],
      ['regionale-behov', 'Regionale eller lokale behov/ Tjenester og oppgaver som er grenseoverskridende'],
      ['tilgjengelighet', 'Tilgjengelighet for kommunens innbyggere'],
    ]),
    source: {
      document: SRC.caseReport,
      locator: 'Geografisk retning for interkommunalt samarbeid; strategiens pkt. 2.2',
      date: '2024-10-29',
    },
  },
  {
    id: 'modellkriterier',
    name: {
      nb: 'Vurderingskriterier for valg av organisasjonsmodell',
      en: 'Criteria for choosing the organisational model',
    },
    purpose: 'modelChoice',
    criteria: criteria([
      ['styringsstruktur', 'Styringsstruktur'],
      ['demokratisk-kontroll', 'Demokratisk kontroll'],
      ['okonomi-kostnadsdeling', 'Økonomi og kostnadsdeling'],
      ['fleksibilitet', 'Fleksibilitet og endringsmuligheter'],
      ['skalerbarhet', 'Skalerbarhet'],
      ['fagmiljo', 'Fagmiljø og kompetanse'],
      ['likeverdighet', 'Likeverdighet mellom kommunene'],
      ['digitalisering', 'Digitalisering / systemavhengighet'],
      ['tjenestekvalitet', 'Tjenestekvalitet'],
      ['implementeringstid', 'Implementeringstid'],
      ['ansatte', 'Konsekvenser for ansatte'],
    ]),
    source: { document: SRC.caseReport, locator: 'Om samarbeidsmodeller: sentrale vurderingskriterier' },
  },
];
