/**
 * English messages for the scenario screens: list, editor, results, simulation and comparison.
 * @module
 */
import type { ScenarioMessages } from './messages-nb-scenarios.ts';

export const scenariosEn: ScenarioMessages = {
  'nav.scenarios': 'Scenarios',

  'scenarios.title': 'Scenarios',
  'scenarios.intro':
    'A scenario says which municipalities join which services, when, what it costs and what it may save. The net present value here has every uncertain input at its median.',
  'scenarios.caption': 'The scenarios of the case',
  'scenarios.colName': 'Scenario',
  'scenarios.colDescription': 'Description',
  'scenarios.colNpv': 'Net present value, total (medians)',
  'scenarios.empty': 'The case has no scenarios yet.',
  'scenarios.notFound': 'The case has no scenario with id “{id}”.',
  'scenarios.backToList': 'To all scenarios',

  'compare.title': 'Compare scenarios',
  'compare.formHeading': 'Compare two scenarios',
  'compare.scenarioA': 'Scenario A',
  'compare.scenarioB': 'Scenario B',
  'compare.submit': 'Compare',
  'compare.sameScenario': 'Choose two different scenarios.',
  'compare.choose': 'Choose two scenarios to compare.',
  'compare.caption': 'Scenarios A and B side by side (medians, base-year kroner)',
  'compare.measure': 'Measure',
  'compare.columnA': 'A: {name}',
  'compare.columnB': 'B: {name}',
  'compare.difference': 'Difference (B − A)',
  'compare.total': 'total',
  'compare.npv': 'Net present value – {who}',
  'compare.payback': 'Payback (year) – {who}',
  'compare.irr': 'Internal rate of return – total',
  'compare.quantile': '{quantile} net present value – {who}',
  'compare.notSimulated': 'not simulated',
  'compare.simulationHeading': 'Uncertainty',
  'compare.simulationIntro':
    'P10, P50 and P90 appear once the scenarios have been simulated with {draws} draws and seed {seed}, here or on the scenario’s own page.',
  'compare.simulateBoth': 'Simulate both',
  'compare.simulating': 'Simulating “{name}” …',

  'results.keyFigures': 'Key figures',
  'results.live': 'The figures are recomputed as you change the inputs, before you save.',
  'results.staleDraft': 'The figures show the last valid draft. Fix this to update them: {problem}',
  'results.npvCaption': 'Net present value at the medians ({baseYear} kroner)',
  'results.npv': 'Net present value',
  'results.payback': 'Payback (year)',
  'results.irr': 'Internal rate of return',
  'results.total': 'Total',
  'results.paybackExplained':
    'Payback is the year from which the cumulative net effect stays at zero or above after an outlay. “No outlay to earn back” means the cumulative net effect is never negative: no cost comes before the gains, so there is nothing to earn back and no payback year. The internal rate of return is the rate that gives a net present value of zero; it is shown only when money goes out first and comes back later. Otherwise it says “not meaningful”, and the net present value is the figure to read.',
  'results.heading': 'Results',
  'results.cashFlowHeading': 'Cash flow per municipality and year',
  'results.cashFlowIntro':
    'Net effect = cost today − share of the joint unit − share of one-off costs + share of grants. Choose a municipality to see the lines.',
  'results.cashFlowCaption': 'Net effect per municipality and year ({baseYear} kroner, real prices)',
  'results.sumYears': 'Sum',
  'results.lines': '– show or hide the lines',
  'results.budgetHeading': 'Budget view',
  'results.budgetCaption': 'Net effect in nominal kroner (price growth {inflation} a year)',
  'results.budgetMissingYears':
    'These years of the økonomiplan period are outside the analysis period: {years}.',

  'line.costToday': 'Cost today – {source}',
  'line.jointUnitShare': 'Share of the joint unit – {source}',
  'line.oneOffShare': 'Share of one-off costs – {source}',
  'line.grantShare': 'Share of grants – {source}',

  'payback.none': 'not within the period',
  'irr.none': 'none',
  'irr.several': 'several ({rates})',

  'discount.stepRange': '{rate} years {from}–{to}',
  'discount.stepRest': '{rate} after that',
  'discount.stepAll': '{rate} every year',
  'discount.conventionState':
    'The net present value is in real {baseYear} kroner, discounted to {baseYear} by the Ministry of Finance’s circular R-109/21: {steps}.',
  'discount.conventionCustom':
    'The net present value is in real {baseYear} kroner, discounted to {baseYear} at the scenario’s own discount rate: {steps}.',

  'tornado.heading': 'Sensitivity (tornado)',
  'tornado.intro':
    'Each bar shows the total net present value when one uncertain input changes by ±{change} and the others stay at their medians.',
  'tornado.label': 'Tornado chart: total net present value when one input at a time changes by ±{change}',
  'tornado.summary':
    'The net present value is most sensitive to {input}: it ranges from {low} to {high} when the value changes by ±{change} (base {base}).',
  'tornado.lowLegend': 'Input lower',
  'tornado.highLegend': 'Input higher',
  'tornado.caption': 'Total net present value when one input changes by ±{change}',
  'tornado.lowValue': 'Low value',
  'tornado.lowNpv': 'Net present value, low',
  'tornado.highValue': 'High value',
  'tornado.highNpv': 'Net present value, high',
  'tornado.swing': 'Swing',
  'tornado.none': 'The scenario has no uncertain inputs.',

  'switching.heading': 'Switching values',
  'switching.caption': 'The value of each input at which the net present value is zero',
  'switching.none': 'not in the range',
  'switching.explained':
    'The value at which the net present value changes sign, with the other inputs at their medians. For savings the range searched is −100 % to 100 %. “Not in the range” means the net present value keeps its sign throughout.',

  'chart.showTable': 'Show the figures as a table',
  'chart.npvAxis': 'Net present value (million kr)',
  'chart.yearAxis': 'Year',
  'chart.cumulativeAxis': 'Cumulative cash flow (million kr)',

  'fan.label': 'Fan chart: cumulative net cash flow per year, P10–P90 and P50',
  'fan.summary':
    'By the end of {year} the cumulative net cash flow is between {p10} and {p90} in 80 % of the draws, with a median of {p50}.',
  'fan.caption': 'Cumulative net cash flow per year, undiscounted (real kroner)',
  'fan.bandLegend': 'P10–P90',
  'fan.lineLegend': 'P50 (median)',

  'simulation.heading': 'Uncertainty (Monte Carlo)',
  'simulation.intro':
    'The simulation draws every uncertain input many times and shows the spread of the net present value. The same seed gives the same figures here, on the server and in the command line.',
  'simulation.draws': 'Number of draws',
  'simulation.drawsHint': 'From 1 to {max}.',
  'simulation.drawsInvalid': 'Enter a whole number from 1 to {max}.',
  'simulation.seed': 'Seed',
  'simulation.seedHint': 'A whole number; the same seed gives the same result.',
  'simulation.seedInvalid': 'Enter a whole number from 0 to 4 294 967 295.',
  'simulation.run': 'Run simulation',
  'simulation.cancel': 'Cancel',
  'simulation.progressLabel': 'Simulation',
  'simulation.progressText': '{percent} % ({done} of {draws} draws)',
  'simulation.running': 'The simulation is running …',
  'simulation.cancelled': 'The simulation was cancelled after {done} of {draws} draws.',
  'simulation.finished': 'The simulation has finished: {draws} draws with seed {seed}.',
  'simulation.failed': 'The simulation failed: {message}',
  'simulation.stale': 'The inputs have changed since the simulation. Run it again to update the figures.',
  'simulation.tableCaption': 'Net present value – uncertainty',
  'simulation.mean': 'Mean',
  'simulation.probabilityOfLoss': 'Probability of a loss',

  'scenarioEdit.heading': 'Inputs',
  'scenarioEdit.intro':
    'Use a comma or a point as the decimal sign (6,4). Shares and rates are in percent, amounts in kroner. Every input needs a source. If nobody has set a figure yet, mark it as a placeholder: Flokk only uses it so that it can compute, and shows it as «Placeholder – not set» everywhere.',
  'scenarioEdit.readerNotice': 'You have read access and can see, but not change, the inputs.',
  'scenarioEdit.settings': 'For the whole scenario',
  'scenarioEdit.baseYearHint':
    'Every amount is in kroner of this year, and the net present value is taken to this year.',
  'scenarioEdit.firstYearHint': 'Empty: the base year.',
  'scenarioEdit.inflationHint': 'Used only in the budget view (nominal kroner).',
  'scenarioEdit.discountLegend': 'Discount rate (real)',
  'scenarioEdit.discountDefault': 'Default by circular R-109/21: {steps}.',
  'scenarioEdit.customDiscount': 'Use a discount rate of my own',
  'scenarioEdit.stepContext': '– step {n}',
  'scenarioEdit.addStep': 'Add a step',
  'scenarioEdit.removeStep': 'Remove step {n}',
  'scenarioEdit.stateSteps': 'Set to R-109/21',
  'scenarioEdit.areaContext': '– {area}',
  'scenarioEdit.costContext': '– {cost}, {area}',
  'scenarioEdit.keyContext': '– {key} {context}',
  'scenarioEdit.volumeContext': '– {municipality}, {area}',
  'scenarioEdit.savings': 'Savings',
  'scenarioEdit.phasing': 'Phasing',
  'scenarioEdit.sharing': 'Sharing of costs',
  'scenarioEdit.attritionHint':
    'The largest share of today’s FTE that natural attrition can remove per year. Empty: no limit.',
  'scenarioEdit.latestCommonDate': 'Latest date everyone has figures for',
  'scenarioEdit.measureHint': 'For example payslips, invoices, journal posts, calls or cases.',
  'scenarioEdit.oneOffCosts': 'One-off costs',
  'scenarioEdit.recurringCosts': 'New recurring costs',
  'scenarioEdit.noOneOffCosts': 'No one-off costs have been entered.',
  'scenarioEdit.noRecurringCosts': 'No new recurring costs have been entered.',
  'scenarioEdit.addOneOffCost': 'Add a one-off cost',
  'scenarioEdit.addRecurringCost': 'Add a recurring cost',
  'scenarioEdit.removeCost': 'Remove {cost}',
  'scenarioEdit.oneOffCostN': 'One-off cost {n}',
  'scenarioEdit.recurringCostN': 'Recurring cost {n}',
  'scenarioEdit.noCostsWarning':
    'No one-off costs or new recurring costs have been estimated yet for {areas}. The baseline names project management, harmonising systems, relocation, ICT investment and legal work, but gives no amounts. The net present value therefore shows the savings alone and is too high until the costs are entered.',
  'scenarioEdit.commentHint': 'Describe what you changed and why, and where the figures come from.',
  'scenarioEdit.invalidNumber': 'Enter a number, for example 21 or 6,4.',
  'scenarioEdit.required': 'Required.',
  'scenarioEdit.sourceRequired': 'Choose the document the figure comes from.',
  'scenarioEdit.outOfOrder': 'Low must be below high, and most likely between them.',
  'scenarioEdit.notPositive': 'Must be above zero.',
  'scenarioEdit.rebasedOverlap':
    'The scenario was changed in revision {revision} too; your values are kept. Review them before saving.',

  'scenarioField.baseYear': 'Base year (price year)',
  'scenarioField.firstYear': 'First year of the table',
  'scenarioField.horizonYears': 'Number of years',
  'scenarioField.inflation': 'Price growth (% a year)',
  'scenarioField.discountFromYear': 'From year',
  'scenarioField.discountRate': 'Rate (%)',
  'scenarioField.participants': 'Participating municipalities',
  'scenarioField.startYear': 'Start year',
  'scenarioField.rampUpYears': 'Ramp-up years',
  'scenarioField.attritionCap': 'Natural attrition cap (% a year)',
  'scenarioField.costKey': 'Cost key',
  'scenarioField.oneOffKey': 'Key for one-off costs',
  'scenarioField.referenceDate': 'Population as of',
  'scenarioField.measure': 'Volume measure',
  'scenarioField.fixedShare': 'Fixed share, split equally (%)',
  'scenarioField.restKey': 'The rest shared by',
  'scenarioField.volume': 'Volume ({measure})',
  'scenarioField.costKind': 'Kind',
  'scenarioField.year': 'Year',
  'scenarioField.fromYear': 'From year',
  'scenarioField.endYear': 'Up to and including year (empty: to the end)',
  'scenarioEdit.scaleHeading': 'Economies of scale',
  'scenarioEdit.scaleHint':
    'How much less a group of two saves than all three: the share at X FTE relative to the whole unit. The curve is straight between the points and flat beyond them.',
  'scenarioEdit.noScale': 'No economies-of-scale curve: every group of municipalities saves the same share.',
  'scenarioEdit.addScale': 'Add an economies-of-scale curve',
  'scenarioEdit.removeScale': 'Remove the curve (every group then saves the same share)',
  'scenarioEdit.scalePoints': 'Points on the curve, in increasing FTE',
  'scenarioEdit.addPoint': 'Add a point',
  'scenarioEdit.removePoint': 'Remove point {n}',
  'scenarioEdit.pointN': 'Point {n}',
  'scenarioEdit.pointContext': '– point {n}, {area}',
  'scenarioField.scale': 'Economies-of-scale curve',
  'scenarioField.scaleFte': 'Economies-of-scale curve: FTE',
  'scenarioField.scaleRelative': 'Economies-of-scale curve: share of the whole unit (%)',
  'scenarioEdit.zeroAlternativeCosts': 'Costs of going on alone (the zero alternative)',
  'scenarioEdit.zeroAlternativeHint':
    'Known costs a municipality faces if it goes on alone, such as a new system, vacancies or statutory changes. They are avoided once the joint unit runs. The amount is per year.',
  'scenarioEdit.noZeroAlternativeCosts': 'No costs of the zero alternative have been entered.',
  'scenarioEdit.addZeroAlternativeCost': 'Add a cost of the zero alternative',
  'scenarioEdit.zeroAlternativeCostN': 'Zero-alternative cost {n}',
  'scenarioField.municipality': 'Municipality',
  'scenarioEdit.notParticipant':
    'The municipality does not take part in this area. Choose one of the participating municipalities.',
  'scenarioEdit.grantsHeading': 'Grants',
  'scenarioEdit.grantsHint':
    'A grant is counted only up to the cost it finances. Choose the one-off cost the grant covers.',
  'scenarioEdit.grantFacts': '{amount} from {grantor}',
  'scenarioEdit.grantContext': '– {grant}',
  'scenarioField.financesCost': 'Finances',
  'scenarioEdit.noFinancedCost': 'None (the grant is not counted)',
  'scenarioEdit.financedCostOption': '{cost}: {kind}, {year} – {area}',
  'scenarioEdit.missingFinancedCost': 'A cost not entered ({cost})',

  'quantity.savings': 'Savings',
  'quantity.realWageGrowth': 'Real wage growth',
  'quantity.amount': 'Amount',
  'quantity.annualAmount': 'Amount a year',
  'quantity.inflation': 'Price growth',
  'quantity.parameter': '{quantity} {parameter} ({unit})',
  'quantity.distribution': '{quantity}: distribution',
  'parameter.value': 'value',
  'parameter.min': 'low',
  'parameter.mode': 'most likely',
  'parameter.max': 'high',
  'parameter.mean': 'mean',
  'parameter.sd': 'standard deviation',
  'parameter.p10': 'low (P10)',
  'parameter.p90': 'high (P90)',
  'unit.percent': '%',
  'unit.kroner': 'NOK',

  'distribution.fixed': 'Fixed value',
  'distribution.uniform': 'Uniform',
  'distribution.triangular': 'Triangular',
  'distribution.pert': 'PERT',
  'distribution.normal': 'Normal',
  'distribution.lognormal': 'Lognormal',

  'costKey.population.label': 'Population',
  'costKey.volume.label': 'Volume',
  'costKey.equal.label': 'Equal shares',
  'costKey.hybrid.label': 'Hybrid (fixed share and a key)',

  'costKind.projectManagement': 'Project management',
  'costKind.systemHarmonisation': 'Harmonising systems',
  'costKind.relocation': 'Relocation',
  'costKind.ictInvestment': 'ICT investment',
  'costKind.legalWork': 'Legal work',
  'costKind.management': 'Management',
  'costKind.premises': 'Premises',
  'costKind.systems': 'Systems',
  'costKind.travel': 'Travel',
  'costKind.other': 'Other',

  'provenance.legend': 'Source of {quantity}',
  'provenance.source': 'Source',
  'provenance.placeholder': 'Placeholder – not set',
  'provenance.decision': 'Resolution',
  'provenance.keepDecision': 'The resolution (as saved)',
  'provenance.document': 'Document',
  'provenance.chooseDocument': 'Choose a document',
  'provenance.locator': 'Place in the document',
  'provenance.toBeSetBy': 'Who ought to set the value (role)',
  'provenance.note': 'Note',
  'provenance.context': 'for {quantity} {context}',
  'provenance.change': 'Change the source of {quantity}',
  'provenance.sourceText': 'Source: {source}.',
  'provenance.decisionText': 'Resolution: {resolution}, item {point}',
  'provenance.placeholderText': 'Placeholder – not set',
  'provenance.toBeSetByText': 'To be set by: {role}',
  'provenance.help':
    'Choose source when the figure is in a document. Choose placeholder when nobody has set the figure yet: Flokk only uses it so that it can compute, and shows it as «Placeholder – not set» wherever it is used. You may name the role that ought to set the figure, but not as if anyone had.',

  'input.savingsShare': 'Savings – {area}',
  'input.realWageGrowth': 'Real wage growth',
  'input.oneOffCost': 'One-off cost {n}: {kind} – {area}',
  'input.recurringCost': 'Recurring cost {n}: {kind} – {area}',
  'col.input': 'Input',
  'col.year': 'Year',

  'warning.heading': 'Notes on the calculation',
  'warning.missing_baseline':
    '{municipality} has no figures today for {area}; the municipality counts as 0 kr.',
  'warning.area_starts_after_horizon': '{area} starts after the analysis period and has no effect.',
  'warning.cost_outside_horizon':
    'A cost in {area} ({year}) falls outside the analysis period and is left out.',
  'warning.grant_outside_horizon': 'A grant ({year}) falls outside the analysis period and is left out.',
  'warning.attrition_limits_savings': 'Natural attrition limits the savings in {area} from {year}.',
  'warning.unknown': 'Note from the calculation: {code}.',

  'analysisError.heading': 'The results cannot be computed',
  'analysisError.at': '{reason} Field: {field}.',
  'analysisError.missing_volume': 'A municipality has no figure for the volume measure the key uses.',
  'analysisError.missing_population': 'A municipality has no population figure at the date the key uses.',
  'analysisError.zero_total_weight':
    'The key gives every municipality a weight of zero, so no share can be computed.',
  'analysisError.invalid_weight': 'The key has an invalid figure (negative or not a number).',
  'analysisError.invalid_option': 'The key is missing a setting or has an invalid one.',
  'analysisError.no_participants': 'There are no municipalities to share among.',
  'analysisError.unknown_key': 'Unknown cost key.',
  'analysisError.non_integer_total': 'The amount to share is not a whole number of kroner.',
  'analysisError.invalid_discount_schedule':
    'The discount rate must start at year 0, with increasing years and rates above −100 %.',
  'analysisError.invalid_scenario': 'An input is outside what the calculation can use.',
  'analysisError.distribution_parameter':
    'A distribution has values the calculation cannot use: low must be below high, and the standard deviation above zero.',
  'analysisError.unknown': 'An unexpected error stopped the calculation.',
  'results.npvExplained':
    'Net present value is the sum of every year’s gains and costs, with amounts far in the future counting less, converted to kroner of the base year. A positive net present value means the cooperation pays off for the municipality.',
  'results.budgetConvention':
    'The budget view shows each municipality’s net effect in nominal kroner (with price growth of {inflation} a year) for the years of the økonomiplan (the four-year financial plan), {from}–{to}. These are the figures the finance managers put in their budgets. Grants count as income for the municipality that receives them. Positive figures are savings, negative ones extra cost.',
  'results.solverLoading':
    'The allocation method in the cost key needs a tool of its own (an LP solver). It is loading; the figures follow shortly.',
  'results.solverFailed':
    'The tool the allocation method needs could not be loaded in the browser. Choose another cost key, or see the figures on the cost-sharing page, which are computed on the server.',
  'payback.noOutlay': 'No outlay to earn back',
  'results.irrNotMeaningfulFor': 'The internal rate of return is not meaningful for {names}: {reason}',
  'irr.notMeaningful': 'not meaningful',
  'irr.reason.no_outlay': 'No year has a net cost, so nothing is invested to earn a return on.',
  'irr.reason.gain_first':
    'The gain comes before the cost; a higher rate then gives a better figure, and the rate says nothing.',
  'irr.reason.several_sign_changes':
    'The cash flow changes sign more than once, so several rates or none fit.',
  'irr.reason.never_positive': 'The cash flow never turns positive: nothing is earned back.',
  'irr.reason.no_rate_in_range': 'No rate between −99 % and 1,000 % gives a net present value of zero.',
  'headline.gain': '{name}: a gain of {amount} in net present value over {years} years ({from}–{to}).',
  'headline.loss': '{name}: a loss of {amount} in net present value over {years} years ({from}–{to}).',
  'headline.none': '{name}: no effect in net present value over {years} years ({from}–{to}).',
  'headline.restsOnShort': 'The figure rests on placeholders.',
  'headline.restsOn': 'The result rests on {placeholders} and {missing}.',
  'headline.seeList': 'See what the result rests on.',
  'headline.grantsNotCounted':
    '{n} grant(s) not counted, because the cost they finance has not been entered.',
  'headline.noPlaceholders': 'Every figure the result rests on has a source or a decision.',
  'count.placeholder': '{n} placeholder',
  'count.placeholders': '{n} placeholders',
  'count.missingCost': '{n} cost not estimated',
  'count.missingCosts': '{n} costs not estimated',
  'placeholders.heading': 'What the result rests on',
  'placeholders.intro':
    'A placeholder is a value Flokk uses only so that it can compute. Nobody has set it, and it does not come from a source. Choose a value to go to its field in the form.',
  'placeholders.none': 'The result uses no placeholders.',
  'placeholders.listHeading': 'Placeholders ({n})',
  'placeholders.missingHeading': 'Costs not estimated ({n})',
  'placeholders.missingIntro':
    'The studies name these costs, but the scenario has no amount for them yet. The net present value is therefore too high until they are entered.',
  'placeholders.grantsHeading': 'Grants not counted',
  'placeholders.grantsIntro':
    'A grant is counted only up to the cost it finances. Without that cost the grant would look like a pure gain.',
  'placeholders.grant.finances_no_cost': 'the grant is not tied to any cost it finances.',
  'placeholders.grant.cost_not_entered': 'the cost the grant finances has not been entered yet.',
  'zero.heading': 'The zero alternative: each municipality going on alone',
  'zero.intro':
    'The zero alternative (nullalternativet) is what happens without the cooperation: each municipality runs the services alone, with today’s cost, wage growth and the known extra costs of going alone. It is the reference the scenario is measured against. The net effect is the difference between the cost alone and the cost with the cooperation.',
  'zero.caption':
    'Cost alone and with the cooperation per municipality and year ({baseYear} kroner, real prices)',
  'zero.alone': '{name} – alone (zero alternative)',
  'zero.together': '{name} – with the cooperation',
  'socio.heading': 'Socio-economic view',
  'socio.convention':
    'The socio-economic view looks at society as a whole: the three municipalities and the state together, in real {baseYear} kroner, over {years} years, discounted at the discount rate {steps}. It shows what the cooperation gives society, not who gets the gain.',
  'socio.termTransfer':
    'Grants are left out: a grant is a transfer between public bodies, where the state’s expense is the municipalities’ income, so it nets out. The cost the grant finances stays in.',
  'socio.termTaxFinancing':
    'Tax financing cost (skattefinansieringskostnad): every krone public bodies spend must be raised by taxes, and taxes cause an efficiency loss in the economy. Here {rate} of the net change in public spending counts as an extra cost (or a gain when spending falls).',
  'socio.termResidual':
    'Residual value (restverdi): the cooperation is assumed to last {lifetime} years. The value of the {rest} years after the analysis period is included as residual value: the last year’s net effect continued and discounted.',
  'socio.termNoResidual':
    'Residual value (restverdi): the lifetime equals the analysis period ({lifetime} years), so there is no residual value after it.',
  'socio.termDiscount':
    'Discount rate (kalkulasjonsrente): the rate that converts future kroner to their value today. Circular R-109/21 is followed as good practice; the municipalities are not bound by it.',
  'socio.caption': 'Socio-economic effect per year ({baseYear} kroner, real prices)',
  'socio.colLine': 'Item',
  'socio.resourceEffect': 'Resource effect (without grants)',
  'socio.transfersLeftOut': 'Grants left out (transfer)',
  'socio.taxFinancing': 'Tax financing cost ({rate})',
  'socio.net': 'Net for society',
  'socio.npvPeriod': 'Net present value over the analysis period ({years} years)',
  'socio.residualValue': 'Residual value',
  'socio.npv': 'Socio-economic net present value',
  'socio.distribution':
    'The distribution between the municipalities is a separate matter: it is in the budget view and on the cost-sharing page.',
  'attrition.heading': 'FTE and natural attrition',
  'attrition.intro':
    'The savings assume fewer FTE in the joint unit. Natural attrition is staff retiring or leaving of their own accord, estimated from the ages of today’s staff. What natural attrition does not cover must go by other means: moving people to other work, leaving vacancies unfilled, or as a last resort dismissal.',
  'attrition.caption': 'Fewer FTE and expected natural attrition per year – {area}',
  'attrition.sentence':
    'The scenario assumes {reduction} FTE fewer in {year}; expected natural attrition is {departed} FTE; at least {atLeast} FTE must go by other means (up to {atMost}).',
  'attrition.sentenceMaybe':
    'The scenario assumes {reduction} FTE fewer in {year}; expected natural attrition is {departed} FTE. Natural attrition may cover it all, but at worst up to {atMost} FTE must go by other means.',
  'attrition.covered': 'Expected natural attrition covers the reduction in FTE every year.',
  'attrition.agesMissing':
    'The baseline has no ages for the staff of at least one municipality, so natural attrition cannot be estimated.',
  'attrition.colReduction': 'Fewer FTE',
  'attrition.colDeparted': 'Expected natural attrition (FTE)',
  'attrition.colBeyond': 'Must go by other means (FTE)',
  'attrition.rulesHeading': 'Rules for the staff',
  'attrition.ruleTransfer':
    'Staff moved to the joint unit have the rights of a transfer of undertaking under chapter 16 of the Working Environment Act (arbeidsmiljøloven).',
  'attrition.ruleDismissal':
    'A reduction beyond natural attrition engages the protection against dismissal in section 15-7 of the Working Environment Act: a dismissal must be objectively justified, and the employer must first offer other suitable work.',
  'attrition.ruleConsultation':
    'The changes must be discussed with the union representatives (drøfting med tillitsvalgte) before decisions are made.',
  'attrition.modelChoiceLink': 'Read more about transfer of undertaking and the choice of cooperation model',
  'analysisError.allocation_unavailable':
    'The allocation method cannot be used for this area, for example because a group of municipalities has no cost.',
  'analysisError.solver_loading':
    'The cost key is an allocation method that is computed when you open the scenario.',
  'scenarioField.lifetimeYears': 'Lifetime (years)',
  'scenarioField.taxFinancingRate': 'Tax financing cost (%)',
  'scenarioEdit.socioHeading': 'Socio-economic view',
  'scenarioEdit.lifetimeHint':
    'How many years the cooperation is assumed to last from the first year. The years after the analysis period give the residual value. Empty: the analysis period, no residual value.',
  'scenarioEdit.taxFinancingHint':
    'Tax financing cost: the loss to the economy per krone raised by taxes, in percent. Used only in the socio-economic view. Empty: none.',
  'keyMethod.option': 'Allocation method: {name}',
  'keyExplain.population': 'Each municipality pays by its share of the population.',
  'keyExplain.volume':
    'Each municipality pays by its share of a volume measure, such as the number of payslips.',
  'keyExplain.equal': 'The municipalities pay the same each.',
  'keyExplain.hybrid': 'A fixed share is split equally; the rest by another key.',
  'keyExplain.shapley':
    'Each municipality pays its average contribution to the cost, over every order in which the municipalities could join.',
  'keyExplain.nucleolus':
    'The allocation that makes the least satisfied group of municipalities as satisfied as possible, compared with going alone.',
  'keyExplain.per-capita-nucleolus': 'Like the nucleolus, but a group’s gain is counted per member.',
  'keyExplain.proportional-nucleolus':
    'Like the nucleolus, but a group’s gain is counted relative to its cost alone.',
  'keyExplain.least-core':
    'A point of the least core: no group of municipalities pays more than it would alone, as far as possible.',
  'keyExplain.scrb': 'Each municipality pays the cost it alone causes, and shares the rest by what it saves.',
  'keyExplain.equal-profit':
    'Every municipality gets the same percentage gain compared with going alone, as far as the core allows.',
  'keyExplain.method': 'A game-theoretic allocation method, applied to the area’s group costs.',
};
