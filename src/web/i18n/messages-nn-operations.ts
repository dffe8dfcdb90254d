/**
 * Nynorsk messages for running the cooperation: the budget and a-konto, the annual settlement and benefit realisation.
 * @module
 */
export const operationsNn = {
  'nav.operations': 'Drift',
  'operations.tabs': 'Drifta av samarbeidet',
  'operations.tab.budget': 'Budsjett og a-konto',
  'operations.tab.settlement': 'Årsoppgjer',
  'operations.tab.benefits': 'Gevinstrealisering',
};
