/**
 * English messages for fair cost sharing (issue 5). Spread into `messages-en.ts`.
 * @module
 */
import type { nbCostSharing } from './messages-nb-cost-sharing.ts';

export const enCostSharing: Record<keyof typeof nbCostSharing, string> = {
  'nav.costSharing': 'Cost sharing',
  'costSharing.title': 'Cost sharing',
  'costSharing.lead':
    'How the joint running cost can be shared – by simple keys and by methods from cooperative game theory – and whether any municipality or group of municipalities then pays more than it would alone.',
  'costSharing.loading': 'Computing the cost sharing …',
  'costSharing.noScenarios': 'The case has no scenarios yet. Make a scenario first.',
  'costSharing.chooseHeading': 'Choose scenario and area',
  'costSharing.scenario': 'Scenario',
  'costSharing.scope': 'Area',
  'costSharing.package': 'The whole package (every area)',
  'costSharing.summaryHeading': 'Core check per area',
  'costSharing.summaryIntro':
    'An allocation is in the core when no municipality and no group of municipalities pays more than it would alone. The table shows this for every area of the scenario and for the whole package.',
  'costSharing.gameSummaryCaption':
    'The Shapley value and the nucleolus: what each municipality pays per year, and the net effect in the first year at full effect',
  'costSharing.netAt': 'net {amount} in {year}',
  'costSharing.summaryCaption': 'Is the allocation in the core? {scenario}',
  'costSharing.inCore': 'In the core',
  'costSharing.notInCore': 'Not in the core',
  'costSharing.detailsHeading': 'Details: {scope}',
  'costSharing.modelHeading': 'How the costs are derived',
  'costSharing.costsCaption': 'Annual cost c(S) of every group of municipalities',
  'costSharing.colGroup': 'Group',
  'costSharing.colCost': 'Cost per year',
  'costSharing.colOrigin': 'Origin',
  'costSharing.colDerived': 'Derived value',
  'costSharing.derived': 'Derived',
  'costSharing.typed': 'Typed',
  'costSharing.typedSource':
    'Typed figures come from the cost table "{id}" in the case and replace the derived ones.',
  'costSharing.warningsHeading': 'Notes on the costs',
  'costSharing.allocationsHeading': 'The allocations side by side',
  'costSharing.allocationsCaption':
    'What each municipality pays of the joint running cost (kr per year), and the core check',
  'costSharing.sharesCaption':
    "Each municipality's share of the saving: its cost alone less what it pays, divided by the total saving",
  'costSharing.colAllocation': 'Allocation',
  'costSharing.colCore': 'Core check',
  'costSharing.kindKey': 'Simple keys',
  'costSharing.kindMethod': 'Methods from game theory',
  'costSharing.scenarioKey': "the scenario's key",
  'costSharing.totalSaving':
    'Together the municipalities pay {total} a year against {alone} each on its own: a total saving of {saving}.',
  'costSharing.unavailableKey': '{key} cannot be used here ({reason}).',
  'costSharing.incomplete': 'The table lacks a cost for some groups, so the allocations cannot be computed.',
  'costSharing.triangleHeading': 'The core as a triangle',
  'costSharing.triangleIntro':
    'Every point of the triangle is one way to share the saving of {saving} a year among the three municipalities. At a corner one municipality gets the whole saving; along the side opposite a corner that municipality gets nothing. The shaded area is the core. Filled circles are in the core, open squares outside.',
  'costSharing.triangleTitle': 'The core and the allocations in the triangle of savings',
  'costSharing.corner': '{name} gets all',
  'costSharing.triangleCorePoint': 'The core is a single point: {shares}.',
  'costSharing.triangleCoreArea': 'The core is an area with {count} corners.',
  'costSharing.triangleCoreEmpty': 'The core is empty and is not drawn.',
  'costSharing.triangleInside': 'In the core: {names}.',
  'costSharing.triangleOutside': 'Outside the core: {names}.',
  'costSharing.triangleLegend': 'The numbers in the triangle',
  'costSharing.triangleTable': 'Show the triangle as a table',
  'costSharing.cornersCaption': "The core's corners, as shares of the saving",
  'costSharing.colCorner': 'Corner',
  'costSharing.pointsCaption': 'The allocations as points, shares of the saving',
  'costSharing.colNumber': 'No.',
  'costSharing.noTriangle':
    'The triangle is drawn when three municipalities share and they save something together.',
  'costSharing.netHeading': 'Net effect per year',
  'costSharing.netIntro':
    'The net effect is the same figure the scenario shows: the cost the municipality would have alone (the zero alternative) less its cost with the cooperation, year by year, with every uncertain input at its median. Only the sharing of the area’s joint running cost changes; one-off costs and grants are shared by the scenario’s own keys.',
  'costSharing.netMethod': 'Allocation for the net effect',
  'costSharing.netCaption': 'Net effect per municipality and year under {method} (kr, positive is a gain)',
  'costSharing.colYear': 'Year',
  'costSharing.colTotal': 'Total',
  'costSharing.netUnavailable': 'The scenario cannot be computed year by year, so the net effect is missing.',
  'costSharing.yes': 'yes',
  'costSharing.no': 'no',
  'costSharing.unavailableItem': '{label} – {reason}',
  'costSharing.netMethodUnavailable': '{method}: {reason} The table therefore shows {fallback}.',
  'costSharing.netSumCaption':
    'Net effect per municipality under each allocation, sum {from}–{to} (NOK, positive is a gain)',
  'costSharing.netSameFigure':
    "The row marked «the scenario's key» is the allocation the scenario uses. It gives the same figure, to the krone, as the scenario's own page.",
};
