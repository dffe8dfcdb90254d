/**
 * English messages for results first (issue 17). Spread into `messages-en.ts`.
 * @module
 */
import type { nbTerms } from './messages-nb-terms.ts';

export const enTerms: Record<keyof typeof nbTerms, string> = {
  'term.open': 'What does {term} mean?',
  'term.onThisPage': 'Terms used here:',
  'term.seed.name': 'seed',
  'term.seed.text':
    'A starting number for the random draws. The same seed gives exactly the same result next time, so others can check the figures.',
  'term.percentiles.name': 'P10/P50/P90',
  'term.percentiles.text':
    'P50 is the middle value: half of the simulations gave a lower figure. 10 % fell below P10 and 90 % below P90, so eight in ten outcomes lie between P10 and P90.',
  'term.nucleolus.name': 'nucleolus',
  'term.nucleolus.text':
    'A rule for sharing a joint cost so that the municipality that gains least from the cooperation gains as much as possible. No municipality or group then gains by leaving, whenever such a sharing exists.',
  'term.shapley.name': 'Shapley',
  'term.shapley.text':
    'The Shapley value shares the gain by how much each municipality adds on average when the cooperation is built up one municipality at a time, in every possible order.',
  'term.scrb.name': 'SCRB',
  'term.scrb.text':
    'SCRB (separable costs, remaining benefits): each municipality first pays what only it causes, and the rest is shared by how much each saves by taking part.',
  'term.epm.name': 'EPM',
  'term.epm.text':
    'EPM (equal profit method): the sharing in which every municipality saves the same share of what it would pay alone.',
  'term.aip.name': 'AIP',
  'term.aip.text':
    "AIP (aggregating individual priorities): each participant's weights are computed separately, then the weights are averaged.",
  'term.aij.name': 'AIJ',
  'term.aij.text':
    "AIJ (aggregating individual judgements): the participants' pairwise comparisons are combined into one joint comparison before the weights are computed.",
  'term.ahp.name': 'AHP',
  'term.ahp.text':
    'AHP (analytic hierarchy process): the criteria are compared two at a time ("how much more important is A than B?"), and the weights are computed from those answers.',
  'term.npv.name': 'net present value',
  'term.npv.text':
    "The sum of all future savings and costs converted into today's kroner. A krone in ten years counts for less than a krone today.",
  'term.irr.name': 'internal rate of return',
  'term.irr.text':
    'The interest rate that makes the net present value zero. It only means something when an outlay comes first and savings after.',
  'term.zeroAlternative.name': 'zero alternative',
  'term.zeroAlternative.text':
    'What happens without cooperation: each municipality carries on as today. Gains and costs are measured against it.',
  'term.fte.name': 'FTE',
  'term.fte.text': 'A full-time equivalent: one full position for one year. Two half positions make one FTE.',
  'term.monteCarlo.name': 'Monte Carlo',
  'term.monteCarlo.text':
    'The scenario is computed thousands of times with random values within the uncertainty of each figure. That shows how much the result can vary.',

  'assumptions.toggle': 'Change assumptions',
  'assumptions.keptOpen': 'You have unsaved changes, so the form is kept open.',
  'assumptions.scenarioLink': "Change the scenario's assumptions",

  'simulation.readerSettings':
    'The simulation uses {draws} draws and seed {seed}, so the result can be checked.',
  'answer.heading': 'The answer in brief',
  'answer.scenario': 'The scenario gives a total net present value of {amount} over {from}–{to}.',
  'answer.scenarioNone': 'The scenario cannot be computed as it stands; see why below.',
  'answer.costSharing':
    'In "{scenario}" the nucleolus shares the total cost like this: {shares}. The sharing is for the whole package.',
  'answer.costSharingScope': 'In "{scenario}" the nucleolus shares the cost of {scope} like this: {shares}.',
  'answer.costSharingNone':
    'The cost cannot be shared yet because the figures for "{scenario}" are incomplete.',
  'answer.costSharingCore': 'The sharing is in the core: no municipality gains by leaving.',
  'answer.costSharingNoCore': 'No sharing is in the core: at least one municipality gains by leaving.',
  'answer.modelChoice': 'With the weights "{set}", {first} comes out best, ahead of {second}.',
  'answer.modelChoiceOne': 'With the weights "{set}", {first} comes out best.',
  'answer.modelChoiceNone':
    'No model is ranked yet, because nobody has weighted the criteria. See which models are lawful below.',
  'answer.people':
    'Up to {year}, about {fte} FTEs are expected to leave naturally (retirement and other departures) in {areas}.',
  'answer.peopleNone': 'No natural attrition can be estimated yet, because the baseline lacks figures.',
  'term.kostra.name': 'KOSTRA',
  'term.kostra.text':
    'Municipality–State reporting: the figures every municipality reports to Statistics Norway on its finances and services, so that municipalities can be compared. A KOSTRA group is municipalities of about the same population and economic frame.',
  'term.netExpenditure.name': 'net operating expenditure',
  'term.netExpenditure.text':
    'What the municipality spends on the day-to-day running of an area in a year, less the income in that same area, such as fees and refunds.',
  'term.perInhabitant.name': 'per inhabitant',
  'term.perInhabitant.text':
    'The amount divided by the population on 31 December of the same year, as KOSTRA does, so that large and small municipalities can be compared.',
};
