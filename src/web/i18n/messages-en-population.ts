/**
 * English messages for filling the participants' population from the SSB figures Flokk has.
 * @module
 */
import type { PopulationMessages } from './messages-nb-population.ts';

export const populationEn: PopulationMessages = {
  'population.fill': 'Get population from the SSB figures Flokk has',
  'population.fillTitle': 'Get population from SSB',
  'population.fillIntro':
    'Flokk has the population on 1 January of every municipality from Statistics Norway (SSB, table 07459). Choose the years to include. The figures are saved with SSB as their source, as a new revision shown in the history. Figures for other dates stay as they are.',
  'population.years': 'Population on 1 January',
  'population.loading': 'Finding what would change …',
  'population.previewCaption': 'What will change',
  'population.colMunicipality': 'Municipality',
  'population.colDate': 'On',
  'population.colNow': 'In the case now',
  'population.colNew': 'From SSB',
  'population.noYears': 'Choose at least one year.',
  'population.noChanges': 'The case already has these figures for the years you chose. Nothing to save.',
  'population.missing':
    'The SSB figures Flokk has lack {municipality} on 1 January {year}. It is shown as "..".',
  'population.confirm': 'Save as a new revision',
  'population.cancel': 'Cancel',
  'population.saving': 'Saving …',
  'population.failed': 'The population was not fetched',
  'population.conflict':
    'Someone else saved revision {latest} while you were looking at this. Reload the page and try again.',
  'population.attribution':
    'Source: Statistics Norway (SSB), table 07459. Norwegian Licence for Open Government Data (NLOD).',
};
