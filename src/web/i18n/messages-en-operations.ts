/**
 * English messages for running the cooperation: the budget and a-konto, the annual settlement and benefit realisation.
 * @module
 */
export const operationsEn = {
  'nav.operations': 'Operations',
  'operations.tabs': 'Running the cooperation',
  'operations.tab.budget': 'Budget and payments on account',
  'operations.tab.settlement': 'Annual settlement',
  'operations.tab.benefits': 'Benefit realisation',
};
