/**
 * Bokmål messages for running the cooperation: the budget and a-konto, the annual settlement and benefit realisation.
 * @module
 */
export const operationsNb = {
  'nav.operations': 'Drift',
  'operations.tabs': 'Driften av samarbeidet',
  'operations.tab.budget': 'Budsjett og a-konto',
  'operations.tab.settlement': 'Årsoppgjør',
  'operations.tab.benefits': 'Gevinstrealisering',
};
