/**
 * Kart og oppmåling (cadastral surveying): only the cadastral decisions and the cadastre entries are
 * restricted. The municipality may buy surveying services from others, including private firms, while it
 * appoints a licensed surveyor for each procedure (matrikkellova § 35 second para.) [S25]; matrikkellova § 5a
 * second para. lets only a chapter 20 host or Kartverket keep the cadastre on the municipality's behalf [S1a].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { caseFilePersonalData, noOpeningFound, preparation, unknownPrincipled } from './shared.ts';

const section5a = ref('matrikkellova', '§ 5a annet ledd', 'S1a');

export const surveying: ServiceAttributes = {
  code: 'surveying',
  name: { nb: 'Kart og oppmåling', nn: 'Kart og oppmåling', en: 'Cadastral surveying' },
  individualDecisions: fact(
    'core',
    {
      nb: 'Ja – vedtakene i matrikkelsakene og oppmålingsforretningene er myndighetsutøvelse.',
      nn: 'Ja – vedtaka i matrikkelsakene og oppmålingsforretningane er myndeutøving.',
      en: 'Yes – the decisions in cadastral cases and surveying procedures exercise public authority.',
    },
    [ref('matrikkellova', '§ 5a', 'S1a'), ref('praksis', null, 'S25')],
  ),
  principledCases: unknownPrincipled,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – kommunen er lokal matrikkelmyndighet.',
      nn: 'Ja – kommunen er lokal matrikkelstyresmakt.',
      en: 'Yes – the municipality is the local cadastral authority.',
    },
    [ref('matrikkellova', '§ 5a', 'S1a')],
  ),
  specialActOpening: noOpeningFound({
    nb: 'Ingen regel som lar et IKS eller AS treffe matrikkelvedtakene, er funnet (ikke bekreftet).',
    nn: 'Ingen regel som lèt eit IKS eller AS gjere matrikkelvedtaka, er funnen (ikkje stadfesta).',
    en: 'No rule has been found that lets an IKS or AS make the cadastral decisions (not confirmed).',
  }),
  preparation: preparation(
    {
      nb: 'Feltarbeid og måling i oppmålingsforretningen, og saksforberedelse. Dette kan kommunen kjøpe fra andre, også private.',
      nn: 'Feltarbeid og måling i oppmålingsforretninga, og saksførebuing. Dette kan kommunen kjøpe frå andre, også private.',
      en: 'Fieldwork and measuring in the surveying procedure, and case preparation. The municipality may buy this from others, including private firms.',
    },
    [ref('matrikkellova', '§ 35 annet ledd', 'S25')],
  ),
  appeal: {
    body: 'unknown',
    text: {
      nb: 'Hvem som er klageinstans for matrikkelvedtak (matrikkellova § 46), er ikke bekreftet.',
      nn: 'Kven som er klageinstans for matrikkelvedtak (matrikkellova § 46), er ikkje stadfesta.',
      en: 'Who decides appeals against cadastral decisions (matrikkellova § 46) is not confirmed.',
    },
    references: [],
    unconfirmed: true,
  },
  registry: {
    text: {
      nb: 'Matrikkelføringen: kommunen er lokal matrikkelmyndighet og fører matrikkelen.',
      nn: 'Matrikkelføringa: kommunen er lokal matrikkelstyresmakt og fører matrikkelen.',
      en: 'Cadastre entries: the municipality is the local cadastral authority and keeps the cadastre.',
    },
    references: [ref('matrikkellova', '§ 5a', 'S1a')],
    unconfirmed: false,
  },
  personalData: caseFilePersonalData,
  retained: [
    {
      code: 'surveying_monopoly',
      part: 'preparation',
      text: {
        nb: 'Kommunen beholder eneretten til å tilby oppmålingsforretning til innbyggerne.',
        nn: 'Kommunen held på einretten til å tilby oppmålingsforretning til innbyggjarane.',
        en: 'The municipality keeps the sole right to offer surveying procedures to its inhabitants.',
      },
      references: [ref('praksis', null, 'S25')],
      unconfirmed: false,
      limitsSharing: false,
    },
  ],
  modelRules: [
    {
      code: 'cadastre_by_host_agreement',
      part: 'registry',
      appliesTo: ['hostMunicipality'],
      effect: 'allows',
      text: {
        nb: 'Kommunen kan avtale at en annen kommune etter kommuneloven kapittel 20 fører matrikkelen på dens vegne.',
        nn: 'Kommunen kan avtale at ein annan kommune etter kommunelova kapittel 20 fører matrikkelen på vegner av han.',
        en: 'The municipality may agree that another municipality under kommuneloven chapter 20 keeps the cadastre on its behalf.',
      },
      references: [section5a],
      unconfirmed: false,
    },
    {
      code: 'cadastre_stays_home',
      part: 'registry',
      appliesTo: ['jointTaskCommunity', 'separateLegalEntity', 'purchaseOfServices'],
      effect: 'condition',
      text: {
        nb: 'Matrikkelen kan bare føres av kommunen selv, av en annen kommune etter kommuneloven kapittel 20 eller av Kartverket: matrikkelføringen blir i hver kommune.',
        nn: 'Matrikkelen kan berre førast av kommunen sjølv, av ein annan kommune etter kommunelova kapittel 20 eller av Kartverket: matrikkelføringa blir verande i kvar kommune.',
        en: 'Only the municipality itself, another municipality under kommuneloven chapter 20 or Kartverket may keep the cadastre: the entries stay with each municipality.',
      },
      references: [section5a],
      unconfirmed: false,
    },
    {
      code: 'licensed_surveyor_per_procedure',
      part: 'preparation',
      appliesTo: ['jointTaskCommunity', 'separateLegalEntity', 'purchaseOfServices'],
      effect: 'condition',
      text: {
        nb: 'Feltarbeidet kan gjøres av samarbeidet, men kommunen oppnevner selv en landmåler med landmålerbrev for hver forretning.',
        nn: 'Feltarbeidet kan gjerast av samarbeidet, men kommunen oppnemner sjølv ein landmålar med landmålarbrev for kvar forretning.',
        en: 'The cooperation may do the fieldwork, but the municipality appoints a licensed surveyor for each procedure itself.',
      },
      references: [ref('matrikkellova', '§ 35 annet ledd', 'S25')],
      unconfirmed: false,
    },
  ],
  notes: [
    {
      text: {
        nb: 'Landmålerbrev er påkrevd; overgangsordningen gikk ut 31.12.2025.',
        nn: 'Landmålarbrev er påkravd; overgangsordninga gjekk ut 31.12.2025.',
        en: 'A surveyor’s licence is required; the transition period ended on 31 December 2025.',
      },
      references: [ref('praksis', null, 'S25')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
