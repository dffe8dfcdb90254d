/**
 * Nynorsk messages for filling the participants' population from the SSB figures Flokk has.
 * @module
 */
import type { PopulationMessages } from './messages-nb-population.ts';

export const populationNn: PopulationMessages = {
  'population.fill': 'Hent folketal frå SSB-tala Flokk har',
  'population.fillTitle': 'Hent folketal frå SSB',
  'population.fillIntro':
    'Flokk har folketalet per 1. januar for alle kommunar frå Statistisk sentralbyrå (SSB, tabell 07459). Vel åra du vil ha med. Tala blir lagra med SSB som kjelde, som ein ny revisjon som blir vist i historikken. Tal for andre datoar blir ståande.',
  'population.years': 'Folketal per 1. januar',
  'population.loading': 'Hentar det som vil bli endra …',
  'population.previewCaption': 'Dette vil bli endra',
  'population.colMunicipality': 'Kommune',
  'population.colDate': 'Per',
  'population.colNow': 'I saka no',
  'population.colNew': 'Frå SSB',
  'population.noYears': 'Vel minst eitt år.',
  'population.noChanges': 'Saka har alt desse tala for åra du har valt. Ingenting å lagre.',
  'population.missing':
    'SSB-tala Flokk har, manglar {municipality} per 1. januar {year}. Det blir vist som «..».',
  'population.confirm': 'Lagre som ny revisjon',
  'population.cancel': 'Avbryt',
  'population.saving': 'Lagrar …',
  'population.failed': 'Folketala vart ikkje henta',
  'population.conflict':
    'Nokon andre har lagra revisjon {latest} medan du såg på dette. Last sida på nytt og prøv igjen.',
  'population.attribution':
    'Kjelde: Statistisk sentralbyrå (SSB), tabell 07459. Norsk lisens for offentlege data (NLOD).',
};
