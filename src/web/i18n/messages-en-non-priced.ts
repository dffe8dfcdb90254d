/**
 * English messages for the non-priced effects of a scenario (ikke-prissatte virkninger).
 * @module
 */
import type { NonPricedMessages } from './messages-nb-non-priced.ts';

export const nonPricedEn: NonPricedMessages = {
  'nonPriced.heading': 'Non-priced effects',
  'nonPriced.explanation':
    'Non-priced effects (ikke-prissatte virkninger) are effects of the cooperation that are assessed but not converted into kroner – less vulnerability or a stronger professional environment, for example. Each effect is assessed by the plus-minus method: significance (small, medium, large) and extent (from large negative to large positive) give a consequence on a scale from − − − − to + + + +.',
  'nonPriced.beside':
    'The effects stand beside the priced result and are not added to the net present value. The scale shows order, not quantity: two pluses are more than one but not twice as much, so consequences are never summed.',
  'nonPriced.unconfirmed':
    'The table that turns significance and extent into a consequence is Flokk’s reading of the plus-minus method and has not been checked against the DFØ guide.',
  'nonPriced.breakEven.negative':
    'The priced socio-economic net present value is {npv}. For the cooperation to pay, the non-priced effects must together be worth at least {value} a year in {first}–{last} (kroner at {baseYear} prices).',
  'nonPriced.breakEven.positive':
    'The priced socio-economic net present value is {npv}, so not negative: the cooperation pays without the non-priced effects. They must still be assessed, as the decision rests on both.',
  'nonPriced.status': '{notAssessed} of {cells} assessments have not been made yet.',
  'nonPriced.placeholders': 'Assessments that are placeholders, set by nobody: {count}.',
  'nonPriced.noEffects': 'The case has no non-priced effects yet.',
  'nonPriced.source': 'Named in: {title}, {locator}',
  'nonPriced.sourceNoLocator': 'Named in: {title}',
  'nonPriced.caption': '{effect}: consequence per municipality',
  'nonPriced.col.municipality': 'Municipality',
  'nonPriced.col.significance': 'Significance',
  'nonPriced.col.extent': 'Extent',
  'nonPriced.col.consequence': 'Consequence',
  'nonPriced.notAssessed': 'Not assessed',
  'nonPriced.placeholder': 'Placeholder – not set',
  'nonPriced.toBeSetBy': 'Ought to be set by: {role}',
  'nonPriced.basis.source': 'From a source',
  'nonPriced.basis.decision': 'From a resolution',
  'nonPriced.summary': 'Assessed for {assessed} of {total} municipalities; from {lowest} to {highest}.',
  'nonPriced.summaryNone': 'Not assessed for any municipality.',
  'nonPriced.significance.small': 'Small',
  'nonPriced.significance.medium': 'Medium',
  'nonPriced.significance.large': 'Large',
  'nonPriced.extent.m4': 'Large negative',
  'nonPriced.extent.m3': 'Medium negative',
  'nonPriced.extent.m2': 'Small negative',
  'nonPriced.extent.m1': 'Very small negative',
  'nonPriced.extent.0': 'None',
  'nonPriced.extent.p1': 'Very small positive',
  'nonPriced.extent.p2': 'Small positive',
  'nonPriced.extent.p3': 'Medium positive',
  'nonPriced.extent.p4': 'Large positive',
  'nonPriced.consequence.m4': 'very large negative consequence',
  'nonPriced.consequence.m3': 'large negative consequence',
  'nonPriced.consequence.m2': 'medium negative consequence',
  'nonPriced.consequence.m1': 'small negative consequence',
  'nonPriced.consequence.0': 'no significant consequence',
  'nonPriced.consequence.p1': 'small positive consequence',
  'nonPriced.consequence.p2': 'medium positive consequence',
  'nonPriced.consequence.p3': 'large positive consequence',
  'nonPriced.consequence.p4': 'very large positive consequence',
  'nonPriced.vulnerability.caption':
    'Basis for vulnerability: persons who can do the tasks, today and in the joint unit',
  'nonPriced.vulnerability.intro':
    'Flokk’s vulnerability figure, as on the people page: how many persons can do the tasks in each municipality today and in the joint unit. The figure is a basis for assessing vulnerability, not an assessment in itself.',
  'nonPriced.vulnerability.area': 'Area',
  'nonPriced.vulnerability.joint': 'Joint unit',
  'nonPriced.vulnerability.onePerson': '{count} (one-person function)',
  'nonPriced.vulnerability.atLeast': 'at least {count}',
  'nonPriced.vulnerability.fromFte':
    '“At least” means the number of persons is worked out from FTE because the headcount is not given.',
};
