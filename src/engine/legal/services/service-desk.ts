/**
 * Servicekontor (service desk): LAW.md has no row for it; read like the switchboard, a front desk without
 * individual decisions. Every attribute is UNCONFIRMED.
 * @module
 */
import { unconfirmedFact } from '../legal-fact.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { notCoveredNote, statutoryUnknown } from './shared.ts';

export const serviceDesk: ServiceAttributes = {
  code: 'serviceDesk',
  name: { nb: 'Servicekontor', en: 'Service desk' },
  individualDecisions: unconfirmedFact(
    'none',
    {
      nb: 'Antatt som sentralbordet: publikumsmottak uten enkeltvedtak (UNCONFIRMED).',
      en: 'Assumed like the switchboard: a front desk without individual decisions (UNCONFIRMED).',
    },
    [],
  ),
  principledCases: unconfirmedFact(
    'no',
    { nb: 'Antatt nei (UNCONFIRMED).', en: 'Assumed no (UNCONFIRMED).' },
    [],
  ),
  statutoryTask: statutoryUnknown,
  retained: [],
  modelRules: [],
  notes: [notCoveredNote],
  coveredBySources: false,
};
