/**
 * Kart og oppmåling (cadastral surveying): cadastral decisions and surveying procedures are individual
 * decisions; matrikkellova § 5a second para. lets only a chapter 20 host or Kartverket keep the cadastre on
 * the municipality’s behalf [S1a][S25].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { unknownPrincipled } from './shared.ts';

export const surveying: ServiceAttributes = {
  code: 'surveying',
  name: { nb: 'Kart og oppmåling', en: 'Cadastral surveying' },
  individualDecisions: fact(
    'core',
    {
      nb: 'Ja – matrikkelvedtak og oppmålingsforretninger.',
      en: 'Yes – cadastral decisions and surveying procedures.',
    },
    [ref('matrikkellova', '§ 5a', 'S1a'), ref('praksis', null, 'S25')],
  ),
  principledCases: unknownPrincipled,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – kommunen er lokal matrikkelmyndighet.',
      en: 'Yes – the municipality is the local cadastral authority.',
    },
    [ref('matrikkellova', '§ 5a', 'S1a')],
  ),
  specialActOpening: fact(
    false,
    {
      nb: 'Matrikkellova § 5a annet ledd lar bare en annen kommune etter kommuneloven kapittel 20 eller sentral matrikkelmyndighet (Kartverket) føre matrikkelen på kommunens vegne.',
      en: 'Matrikkellova § 5a second para. lets only another municipality under kommuneloven chapter 20 or the central cadastral authority (Kartverket) keep the cadastre on the municipality’s behalf.',
    },
    [ref('matrikkellova', '§ 5a annet ledd', 'S1a')],
  ),
  retained: [
    {
      code: 'surveying_monopoly',
      text: {
        nb: 'Kommunen beholder eneretten til å tilby oppmålingsforretning til innbyggerne.',
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
      appliesTo: ['hostMunicipality'],
      effect: 'allows',
      text: {
        nb: 'Kommunen kan avtale at en annen kommune etter kommuneloven kapittel 20 fører matrikkelen på dens vegne.',
        en: 'The municipality may agree that another municipality under kommuneloven chapter 20 keeps the cadastre on its behalf.',
      },
      references: [ref('matrikkellova', '§ 5a annet ledd', 'S1a')],
      unconfirmed: false,
    },
    {
      code: 'licensed_surveyor_per_procedure',
      appliesTo: ['purchaseOfServices'],
      effect: 'condition',
      text: {
        nb: 'Kommunen kan kjøpe oppmålingstjenester fra andre, også private, men oppnevner selv en landmåler med landmålerbrev for hver forretning.',
        en: 'The municipality may buy surveying services from others, including private firms, but appoints a licensed surveyor for each procedure itself.',
      },
      references: [ref('matrikkellova', '§ 35 annet ledd', 'S25')],
      unconfirmed: false,
    },
  ],
  notes: [
    {
      text: {
        nb: 'Landmålerbrev er påkrevd; overgangsordningen utløp 31.12.2025.',
        en: 'A surveyor’s licence is required; the transition period ended on 31 December 2025.',
      },
      references: [ref('praksis', null, 'S25')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
