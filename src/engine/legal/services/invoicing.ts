/**
 * Fakturering (invoicing): administrative; individual fee reductions may be individual decisions. LAW.md
 * gives no source for this row, so its readings are UNCONFIRMED. Invoicing for another body is a typical
 * processor relation (Datatilsynet) [L21c].
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { assumedNoPrincipled, preparation, statutoryUnknown } from './shared.ts';

export const invoicing: ServiceAttributes = {
  code: 'invoicing',
  name: { nb: 'Fakturering', nn: 'Fakturering', en: 'Invoicing' },
  individualDecisions: unconfirmedFact(
    'incidental',
    {
      nb: 'Å sende fakturaer er administrativt; enkeltvise gebyrreduksjoner kan være enkeltvedtak (ikke kildebelagt, ikke bekreftet).',
      nn: 'Å sende fakturaer er administrativt; einskilde gebyrreduksjonar kan vere enkeltvedtak (utan kjelde, ikkje stadfesta).',
      en: 'Issuing invoices is administrative; individual fee reductions may be individual decisions (no source, not confirmed).',
    },
    [],
  ),
  principledCases: assumedNoPrincipled,
  statutoryTask: statutoryUnknown,
  preparation: preparation({
    nb: 'Lage og sende fakturaer og følge opp innbetalinger for kommunene.',
    nn: 'Lage og sende fakturaer og følgje opp innbetalingar for kommunane.',
    en: 'Issuing invoices and following up payments for the municipalities.',
  }),
  personalData: fact(
    true,
    {
      nb: 'Fakturering behandler opplysninger om innbyggere; Datatilsynet nevner fakturering som et typisk databehandlerforhold.',
      nn: 'Fakturering handsamar opplysningar om innbyggjarar; Datatilsynet nemner fakturering som eit typisk databehandlartilhøve.',
      en: 'Invoicing processes data about inhabitants; Datatilsynet names invoicing as a typical processor relation.',
    },
    [ref('datatilsynet', null, 'L21c')],
  ),
  retained: [
    {
      code: 'fee_tariffs',
      part: 'decision',
      text: {
        nb: 'Gebyrsatsene (for eksempel bygge- og oppmålingsgebyr) fastsettes av hver kommune; om kommunestyret selv må vedta dem, er ikke bekreftet.',
        nn: 'Gebyrsatsane (til dømes byggje- og oppmålingsgebyr) blir fastsette av kvar kommune; om kommunestyret sjølv må vedta dei, er ikkje stadfesta.',
        en: 'Fee tariffs (e.g. building and surveying fees) are set by each municipality; whether the council itself must adopt them is not confirmed.',
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
