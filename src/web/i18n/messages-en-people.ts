/**
 * English messages for the people screens (Staff, Switchboard) and the Erlang calculator.
 * @module
 */
import { peopleFormsEn } from './messages-en-people-forms.ts';
import type { PeopleMessages } from './messages-nb-people.ts';

export const peopleEn: PeopleMessages = {
  ...peopleFormsEn,
  'nav.people': 'Staff',
  'nav.switchboard': 'Switchboard',
  'loading.people': 'Loading staff and capacity …',

  'people.title': 'Staff and natural attrition',
  'people.intro':
    'Expected departures per year for each municipality and for the joint unit, from the ages in the baseline and the retirement and turnover assumptions.',
  'people.missingHeading': 'Missing assumptions',
  'people.boundsNote':
    'The case’s sources give neither the share retiring with AFP at 62, the share retiring at the ordinary age, nor the yearly turnover. Instead of guessing, Flokk shows two bounds: low = nobody leaves before the upper age limit, high = everybody leaves at the first possible age. Turnover is left out until it is entered.',
  'people.field.earlyRetirementAge': 'AFP age',
  'people.field.earlyRetirementShare': 'Share retiring with AFP at 62',
  'people.field.ordinaryRetirementAge': 'Ordinary retirement age',
  'people.field.ordinaryRetirementShare': 'Share retiring at the ordinary age',
  'people.field.upperAgeLimit': 'Upper age limit',
  'people.field.yearlyTurnover': 'Yearly turnover',
  'people.caption': '{area}: FTE departed up to and including the year (low–high)',
  'people.col.departedBy': 'to {year}',
  'people.col.target': 'Scenario reduction (FTE)',
  'people.col.covered': 'Covered by attrition (year)',
  'people.joint': 'Joint unit',
  'people.coveredOrNot': '{year}, or not by {last}',
  'people.notCovered': 'not by {year}',
  'people.simulation':
    'Monte Carlo ({runs} runs, seed {seed}): FTE departed by {year}, P10–P90: low {low}, high {high}.',
  'people.suppressedNote':
    '":" means the figure is withheld: the group may have fewer than 5 persons, and ages and departures could identify individuals. Where the joint unit minus the other municipalities would give a withheld figure back, more figures are withheld. Only those who entered the data (editors and owners) see them.',
  'people.vulnerabilityHeading': 'Vulnerability before and after cooperation',
  'people.vulnerabilityIntro':
    'Persons who can do the work in each municipality today and in a joint unit. Where the headcount is not given, the fewest persons the FTE allows is used.',
  'people.vulnerabilityCaption': 'Persons who can do the work, before and after cooperation',
  'people.col.area': 'Service area',
  'people.col.after': 'Joint unit',
  'people.col.onePerson': 'One-person functions before',
  'people.col.probability': 'Probability nobody is at work (after)',
  'people.absenceMissing':
    'Absence rates have not been entered, so the probability that nobody qualified is at work cannot be computed yet.',
  'people.chartLabel':
    'Bar chart: persons per municipality before cooperation and in the joint unit. The table below gives the same figures.',

  'switchboard.title': 'Switchboard',
  'switchboard.intro':
    'Today’s staffing is calculated from opening hours (the case report). A pilot of a joint switchboard is planned for spring 2026.',
  'switchboard.todayCaption': 'Switchboard today (budget 2025)',
  'switchboard.col.cost': 'Labour cost',
  'switchboard.missingHeading': 'The staffing cannot be computed yet',
  'switchboard.missingIntro': 'These inputs are missing. Flokk invents no figures; enter them with a source:',
  'switchboard.missing.ahtSeconds': 'Average handling time per call',
  'switchboard.missing.targetServiceLevel': 'Service level target (share answered within the target)',
  'switchboard.missing.targetSeconds': 'Answer time in the target (seconds)',
  'switchboard.missing.shrinkage': 'Shrinkage (breaks, meetings, absence)',
  'switchboard.missing.openWeeksPerYear': 'Weeks open per year',
  'switchboard.missing.calls': 'Calls per weekday and hour: {municipality}',
  'switchboard.missing.openingHours': 'Opening hours: {municipality}',
  'switchboard.sizingCaption': 'Three separate switchboards against one pooled',
  'switchboard.col.unit': 'Switchboard',
  'switchboard.col.fte': 'FTE (whole agents)',
  'switchboard.col.fractionalFte': 'FTE (fractional)',
  'switchboard.weekday.1': 'Monday',
  'switchboard.weekday.2': 'Tuesday',
  'switchboard.weekday.3': 'Wednesday',
  'switchboard.weekday.4': 'Thursday',
  'switchboard.weekday.5': 'Friday',
  'switchboard.weekday.6': 'Saturday',
  'switchboard.weekday.7': 'Sunday',
  'switchboard.warningCount': '{warning} ({count} intervals)',
  'switchboard.outsideHours': 'Some calls fall outside the opening hours and are left out.',
  'switchboard.intervalsSummary': 'Show staffing per interval for the pooled switchboard',
  'switchboard.intervalsCaption': 'Pooled switchboard: agents per interval',
  'switchboard.col.interval': 'Interval',
  'switchboard.pooled': 'Pooled switchboard',
  'switchboard.gain': 'Pooling gain',
  'switchboard.sharesCaption': 'The pooled switchboard’s cost shared with the cost keys',
  'switchboard.key.population': 'Population',
  'switchboard.key.equal': 'Equal share',

  'erlang.heading': 'Erlang calculator',
  'erlang.intro': 'Compute how many people must answer in one interval to reach a service level (Erlang C).',
  'erlang.calls': 'Calls in the interval',
  'erlang.interval': 'Interval (minutes)',
  'erlang.aht': 'Handling time per call (seconds)',
  'erlang.serviceLevel': 'Service level (%)',
  'erlang.targetSeconds': 'Within (seconds)',
  'erlang.shrinkage': 'Shrinkage (%)',
  'erlang.maxOccupancy': 'Maximum occupancy (%, optional)',
  'erlang.errorSummary': 'Correct this before calculating:',
  'erlang.submit': 'Calculate',
  'erlang.invalid': 'Check the field "{field}": enter a valid number.',
  'erlang.resultCaption': 'Result',
  'erlang.traffic': 'Traffic (Erlangs)',
  'erlang.agents': 'Agents (whole)',
  'erlang.fractionalAgents': 'Agents (fractional)',
  'erlang.wait': 'Probability of waiting',
  'erlang.result.serviceLevel': 'Service level',
  'erlang.asa': 'Average speed of answer (seconds)',
  'erlang.occupancy': 'Occupancy',
  'erlang.staff': 'Staff after shrinkage (whole)',
  'erlang.fractionalStaff': 'Staff after shrinkage (fractional)',
  'erlang.warning.high-occupancy':
    'Occupancy is above 90 %. Such occupancy wears staff out and makes the queue unstable.',
  'erlang.warning.traffic-reaches-agents':
    'Traffic reaches the number of agents: the queue grows without limit.',
  'erlang.warning.target-unreachable': 'The target cannot be met.',
  'erlang.warning.queue-truncated': 'The queue was truncated in the calculation.',
  'erlang.poisson':
    'Assumption: calls arrive independently at a steady rate within the interval (Poisson), handling times are exponential, and nobody hangs up (Erlang C).',
  'erlang.metric': 'Measure',
  'erlang.value': 'Value',
};
