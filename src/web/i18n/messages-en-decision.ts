/**
 * English messages for the decision page per municipality (issue 17). Spread into `messages-en.ts`.
 * @module
 */
import type { nbDecision } from './messages-nb-decision.ts';

export const enDecision: Record<keyof typeof nbDecision, string> = {
  'nav.decision': 'What does it mean?',
  'decision.noScenarios':
    'The case has no scenarios yet, so there is no answer to show. A scenario is a proposal for which services the municipalities provide together and how the costs are shared.',
  'decision.toScenarios': 'Go to the scenarios',
  'decision.titlePlain': 'What does this mean for the municipality?',
  'decision.title': 'What does this mean for {municipality}?',
  'decision.loading': 'Loading the summary …',
  'decision.municipalityChooser': 'Municipality',
  'decision.scenarioChooser': 'Scenario',
  'decision.noDecision':
    'No scenario has been decided on. The figures are for "{scenario}", chosen here, not by a decision.',
  'decision.explainHint': 'Select a figure to see how it is worked out.',
  'decision.millions': 'NOK {value} million',
  'decision.answerHeading': 'In short',
  'decision.netPeriod': 'Net effect {first}–{last}',
  'decision.netPeriodTerm':
    "{municipality}'s savings minus costs, added up in fixed {baseYear} kroner. Positive: the municipality saves.",
  'decision.npv': 'Net present value',
  'decision.npvLabel': 'Net present value for {municipality}',
  'decision.npvTerm':
    'Net present value: the years converted to their value in {baseYear}; later years count less ({rate} a year).',
  'decision.range': 'How certain',
  'decision.rangeBefore': 'In 8 of 10 simulated outcomes between',
  'decision.rangeAnd': 'and',
  'decision.rangeLowLabel': 'Lower bound (P10) of the net present value for {municipality}',
  'decision.rangeHighLabel': 'Upper bound (P90) of the net present value for {municipality}',
  'decision.rangeTerm':
    'Simulated outcomes: the net present value worked out {draws} times with random values for the uncertain estimates.',
  'decision.lossBefore': 'Share of outcomes where the municipality loses money:',
  'decision.lossLabel': 'Probability of a loss for {municipality}',
  'decision.payback': 'Payback',
  'decision.paybackLabel': 'The year {municipality} has earned back its outlay',
  'decision.paybackPaidBack': 'Pays back in',
  'decision.paybackNotWithin': 'Does not pay back by {year}.',
  'decision.paybackNoOutlay': 'No outlay to earn back: the running total is never negative in the period.',
  'decision.paybackTerm':
    'Payback: the year the municipality has got back what it laid out, without interest.',
  'decision.placeholdersHeading': 'What is still a placeholder',
  'decision.placeholdersLead':
    '{count} values are placeholders: estimates with no source or decision, to be replaced before the figures are used in a decision.',
  'decision.placeholdersNone': 'No value in the scenario is a placeholder.',
  'decision.placeholderBy': '{label} (to be set by {who})',
  'decision.missingCosts':
    '{count} costs have not been entered yet, neither as an amount nor as zero, such as project management, moving and IT. The figures will change when they are.',
  'decision.grantsNotCounted': '{count} grants are not counted.',
  'decision.yearsHeading': 'Net effect per year',
  'decision.yearsCaption': 'Net effect for {municipality} per year, in fixed {baseYear} kroner',
  'decision.yearsRegion': 'Net effect per year (scrollable)',
  'decision.year': 'Year',
  'decision.net': 'Net effect',
  'decision.yearLabel': 'Net effect for {municipality} in {year}',
  'decision.nonPricedHeading': 'What is not priced',
  'decision.nonPricedLead':
    'Effects not counted in kroner, to be weighed beside the figures (the plus-minus method, from −4 to +4):',
  'decision.notAssessed': 'not assessed',
  'decision.consequence': 'assessed at {value}',
  'decision.placeholderMark': '(placeholder)',
  'decision.legalHeading': 'Legal model and conditions',
  'decision.legalLead':
    'Cooperation model: the way the municipalities organise the cooperation under the Local Government Act, such as a host municipality. This is the result of the analysis, not a decision.',
  'decision.rankingNone': 'No ranking yet: the municipalities have not weighted the criteria in "{set}".',
  'decision.rankingTop': 'Fits best by the criteria in "{set}": {models}.',
  'decision.lawfulHeading': 'Models the law allows',
  'decision.areaModels': '{area}: {models}.',
  'decision.areaNoModels': '{area}: none of the models is lawful.',
  'decision.unconfirmed': 'not confirmed',
  'decision.conditionsHeading': 'Conditions of the models',
  'decision.staffHeading': 'What happens to the staff',
  'decision.staffLead':
    'FTE (full-time equivalent): one full position for one year. Natural attrition: staff who leave or retire anyway.',
  'decision.staffWorst': '{area}: in {year}, {low}–{high} FTE may have to go beyond natural attrition.',
  'decision.staffCovered': '{area}: natural attrition covers the reduction.',
  'decision.staffAgesMissing': "{area}: the staff's ages are missing, so departures cannot be estimated.",
  'decision.transfers':
    '{title}: {met} of {total} duties on a transfer of undertaking (when staff get a new employer) are met.',
  'decision.noTransfers':
    'No transfer of staff to a new employer has been recorded yet, so the duties on a transfer of undertaking have not been assessed.',
};
