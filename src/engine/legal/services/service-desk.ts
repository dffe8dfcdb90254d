/**
 * Servicekontor (service desk): LAW.md has no row for it; read like the switchboard, a front desk without
 * individual decisions. Every attribute is UNCONFIRMED.
 * @module
 */
import { unconfirmedFact } from '../legal-fact.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import {
  assumedNoPrincipled,
  caseFilePersonalData,
  notCoveredNote,
  preparation,
  statutoryUnknown,
} from './shared.ts';

export const serviceDesk: ServiceAttributes = {
  code: 'serviceDesk',
  name: { nb: 'Servicekontor', nn: 'Servicekontor', en: 'Service desk' },
  individualDecisions: unconfirmedFact(
    'none',
    {
      nb: 'Antatt som sentralbordet: publikumsmottak uten enkeltvedtak (ikke bekreftet).',
      nn: 'Rekna som sentralbordet: publikumsmottak utan enkeltvedtak (ikkje stadfesta).',
      en: 'Assumed like the switchboard: a front desk without individual decisions (not confirmed).',
    },
    [],
  ),
  principledCases: assumedNoPrincipled,
  statutoryTask: statutoryUnknown,
  preparation: preparation({
    nb: 'Ta imot og veilede innbyggere på vegne av kommunene.',
    nn: 'Ta imot og rettleie innbyggjarar på vegner av kommunane.',
    en: 'Receiving and guiding inhabitants on the municipalities’ behalf.',
  }),
  personalData: caseFilePersonalData,
  retained: [],
  modelRules: [],
  notes: [notCoveredNote],
  coveredBySources: false,
};
