/**
 * Fakturering (invoicing): administrative; individual fee reductions may be individual decisions. LAW.md
 * gives no source for this row, so its readings are UNCONFIRMED.
 * @module
 */
import { unconfirmedFact } from '../legal-fact.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { statutoryUnknown } from './shared.ts';

export const invoicing: ServiceAttributes = {
  code: 'invoicing',
  name: { nb: 'Fakturering', en: 'Invoicing' },
  individualDecisions: unconfirmedFact(
    'incidental',
    {
      nb: 'Å sende fakturaer er administrativt; enkeltvise gebyrreduksjoner kan være enkeltvedtak (ikke kildebelagt, UNCONFIRMED).',
      en: 'Issuing invoices is administrative; individual fee reductions may be individual decisions (no source, UNCONFIRMED).',
    },
    [],
  ),
  principledCases: unconfirmedFact(
    'no',
    { nb: 'Antatt nei (UNCONFIRMED).', en: 'Assumed no (UNCONFIRMED).' },
    [],
  ),
  statutoryTask: statutoryUnknown,
  retained: [
    {
      code: 'fee_tariffs',
      text: {
        nb: 'Gebyrsatsene (f.eks. bygge- og oppmålingsgebyr) fastsettes av hver kommune; om kommunestyret selv må vedta dem, er ikke bekreftet (UNCONFIRMED).',
        en: 'Fee tariffs (e.g. building and surveying fees) are set by each municipality; whether the council itself must adopt them is not confirmed (UNCONFIRMED).',
      },
      references: [],
      unconfirmed: true,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [],
  coveredBySources: true,
};
