/**
 * English messages for the comparison page: the cooperation as one unit and the KOSTRA benchmark.
 * @module
 */
import type { BenchmarkMessages } from './messages-nb-benchmark.ts';

export const benchmarkEn: BenchmarkMessages = {
  'nav.benchmark': 'Comparison',
  'loading.benchmark': 'Loading the comparison …',
  'benchmark.title': 'Comparison with other municipalities',

  'profile.heading': 'The cooperation as one municipality',
  'profile.answer': '{names} have {population} inhabitants together (1 January {year})',
  'profile.answerLike': ' – about as many as {like}.',
  'profile.unknownPopulation':
    'The reference data lacks the population of some of the municipalities, so Flokk shows no total for the cooperation.',
  'profile.area': '{area} km² together, {density} inhabitants per km².',
  'profile.fte': 'The services the case covers have {fte} FTE together, {per1000} FTE per 1 000 inhabitants.',
  'profile.caseSame': 'The case gives {value} inhabitants at {date}, the same as SSB’s figure for that date.',
  'profile.caseDiffers':
    'The case gives {value} inhabitants at {date}, but SSB’s figure for that date is {reference}. Check the case’s source.',
  'profile.caseSource': 'Source in the case: {sources}.',
  'profile.caseCombined':
    'The case also gives {value} inhabitants for the municipalities together ({date}; source: {source}). It is from another date and source than SSB’s, so it may differ.',
  'profile.and': 'and',
  'profile.membersCaption': 'The municipalities in the cooperation',
  'profile.col.municipality': 'Municipality',
  'profile.col.population': 'Inhabitants 1 January {year}',
  'profile.col.areaKm2': 'Area (km²)',
  'profile.col.group': 'KOSTRA group',
  'profile.col.county': 'County',
  'profile.together': 'Together',
  'profile.staffCaption': 'FTE and costs per service area, the municipalities together',
  'profile.col.serviceArea': 'Service area',
  'profile.col.fte': 'FTE',
  'profile.col.decentral': 'Of which outside the unit',
  'profile.col.labourCost': 'Labour cost',
  'profile.col.otherCost': 'Other costs',
  'profile.col.per1000': 'FTE per 1 000 inhabitants',
  'profile.agesHeading': 'Ages of the staff',
  'profile.agesCaption': 'Youngest and oldest employee per service area and municipality',
  'profile.decentral': '{name}, outside the unit',
  'profile.withheldNote':
    '":" means the ages are withheld: the group may have fewer than 5 persons, and someone could then be recognised.',
  'profile.missingNote': '".." means the sources do not give the figure.',
  'profile.comparableHeading': 'Municipalities of the same size',
  'profile.comparableRule':
    'Single municipalities with {min} to {max} inhabitants on 1 January {year}, that is at most {share} per cent more or fewer than the cooperation together. The closest in population come first.',
  'profile.comparableCaption': 'Single municipalities of about the same size as the cooperation',
  'profile.col.admin': 'Administration per inhabitant {year} (NOK)',
  'profile.source':
    'Source: Statistics Norway (SSB), table 07459 (population on 1 January) and the KOSTRA grouping (Klass 112). Area: © Kartverket.',

  'benchmark.heading': 'Compared with the KOSTRA group',
  'benchmark.intro':
    'The figures are net operating expenditure in kroner per inhabitant, as SSB publishes them in KOSTRA. Each municipality stands beside the average of its KOSTRA group, its neighbours and the country without Oslo. Administration comes first, as the study is about administration.',
  'benchmark.answerAdmin': '{name} spent NOK {value} per inhabitant on administration in {year}.',
  'benchmark.answerNone': '{name}: the figures are not in the data Flokk has yet.',
  'benchmark.groupLine': 'KOSTRA group: {description}.',
  'benchmark.neighbours': 'Neighbours: {names}.',
  'benchmark.tableCaption': '{indicator}, kroner per inhabitant – {name}',
  'benchmark.col.year': 'Year',
  'benchmark.col.group': 'Group {number}',
  'benchmark.col.country': 'Country without Oslo',
  'benchmark.missing': '".." means the figure is not in the data Flokk has – fetch it with {command}.',
  'benchmark.missingCount': '{count} of the figures on this page are not in the data Flokk has yet.',
  'benchmark.fetch': 'Fetch the missing figures with: {command}',
  'benchmark.groupNote':
    'The group figure is SSB’s own average for the KOSTRA group. Flokk does not compute it from the group’s municipalities, because SSB weights the group figure by population. Where SSB’s figure is missing, it reads "..".',
  'benchmark.unknown':
    'Municipality number {number} is not in the reference data, so Flokk has no KOSTRA figures for it.',
  'benchmark.preliminary': 'The figures for {year} may be preliminary; SSB revises them in June.',
  'benchmark.sourcesSummary': 'Source of each figure',
  'benchmark.sourceLine': '{region} {year}: SSB table {table}',
  'benchmark.noSources': 'None of the figures in the table are in the data Flokk has.',
  'benchmark.source':
    'Source: Statistics Norway (SSB), KOSTRA, table 12362 (function groups) and 12367 (single functions).',
  'benchmark.chartLabel': 'Line chart: administration per inhabitant for {name}, the group and the country',
  'benchmark.chartSummary': 'Administration per inhabitant for {name}: {values}.',
  'benchmark.yearAxis': 'Year',
  'benchmark.valueAxis': 'Kroner per inhabitant',
  'benchmark.showTable': 'Show the figures as a table',
  'benchmark.otherIndicators': 'More indicators for {name}',
  'benchmark.legend':
    'Solid line: the municipality. Dashed: the KOSTRA group. Dotted: the country without Oslo.',
};
