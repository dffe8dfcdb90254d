/**
 * Bokmål messages for filling the participants' population from the SSB figures Flokk has.
 * @module
 */
export const populationNb = {
  'population.fill': 'Hent folketall fra SSB-tallene Flokk har',
  'population.fillTitle': 'Hent folketall fra SSB',
  'population.fillIntro':
    'Flokk har folketallet per 1. januar for alle kommuner fra Statistisk sentralbyrå (SSB, tabell 07459). Velg årene du vil ha med. Tallene lagres med SSB som kilde, som en ny revisjon som vises i historikken. Tall for andre datoer blir stående.',
  'population.years': 'Folketall per 1. januar',
  'population.loading': 'Henter det som vil endres …',
  'population.previewCaption': 'Dette vil endres',
  'population.colMunicipality': 'Kommune',
  'population.colDate': 'Per',
  'population.colNow': 'I saken nå',
  'population.colNew': 'Fra SSB',
  'population.noYears': 'Velg minst ett år.',
  'population.noChanges': 'Saken har allerede disse tallene for årene du har valgt. Ingenting å lagre.',
  'population.missing':
    'SSB-tallene Flokk har, mangler {municipality} per 1. januar {year}. Det vises som «..».',
  'population.confirm': 'Lagre som ny revisjon',
  'population.cancel': 'Avbryt',
  'population.saving': 'Lagrer …',
  'population.failed': 'Folketallene ble ikke hentet',
  'population.conflict':
    'Noen andre har lagret revisjon {latest} mens du så på dette. Last siden på nytt og prøv igjen.',
  'population.attribution':
    'Kilde: Statistisk sentralbyrå (SSB), tabell 07459. Norsk lisens for offentlige data (NLOD).',
};
export type PopulationMessages = typeof populationNb;
