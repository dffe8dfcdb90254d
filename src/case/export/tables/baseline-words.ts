/**
 * The words of the baseline export in bokmål, nynorsk and English: headers with their unit, the scope, the
 * source of a figure, the notes. Kept beside the builder, as the case layer's other views keep theirs.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import type { BaselineScope, SourcedField } from '../../schema/baseline.ts';

export interface BaselineWords {
  sheetName: string;
  title: (caseTitle: string) => string;
  headers: {
    municipality: string;
    area: string;
    scope: string;
    year: string;
    fte: string;
    headcount: string;
    labourCost: string;
    otherCosts: string;
    ages: string;
    source: string;
  };
  scope: Record<BaselineScope, string>;
  asOfDocument: string;
  field: Record<SourcedField, string>;
  ownValue: (by: string, day: string) => string;
  ownValueLabel: (municipality: string, area: string, field: string) => string;
  stated: (value: string) => string;
  noSource: string;
  missingNote: string;
  withheldNote: (count: number) => string;
  otherCostsNote: string;
  yearNote: string;
}

const NB: BaselineWords = {
  sheetName: 'Grunnlag',
  title: (caseTitle) =>
    `Grunnlag – dagens bemanning og kostnader per kommune og tjenesteområde (${caseTitle})`,
  headers: {
    municipality: 'Kommune',
    area: 'Tjenesteområde',
    scope: 'Omfang',
    year: 'Budsjettår',
    fte: 'Årsverk',
    headcount: 'Antall personer',
    labourCost: 'Lønnskostnad inkl. sosiale kostnader (kr)',
    otherCosts: 'Andre årlige kostnader (kr)',
    ages: 'Alder',
    source: 'Kilde',
  },
  scope: { central: 'Sentral enhet', decentral: 'Desentralt i enhetene' },
  asOfDocument: 'Per dato',
  field: { fte: 'Årsverk', headcount: 'Antall personer', labourCost: 'Lønnskostnad', ages: 'Alder' },
  ownValue: (by, day) => `egen verdi, lagt inn av ${by} ${day}`,
  ownValueLabel: (municipality, area, field) => `${municipality}, ${area}: ${field}`,
  stated: (value) => `kilden oppgir ${value}`,
  noSource: 'ingen kilde oppgitt',
  missingNote: '«..» betyr at kildene ikke gir tallet.',
  withheldNote: (count) =>
    `«:» betyr at alderen er skjermet fordi gruppen kan ha færre enn 5 personer (${count} ${count === 1 ? 'rad' : 'rader'}).`,
  otherCostsNote:
    'Andre årlige kostnader er summen av radens kostnader; «..» når ingen er oppgitt eller ett beløp mangler.',
  yearNote: '«Per dato»: tallene gjelder per kildens dato, ikke et budsjettår.',
};

const NN: BaselineWords = {
  sheetName: 'Grunnlag',
  title: (caseTitle) => `Grunnlag – bemanning og kostnader i dag per kommune og tenesteområde (${caseTitle})`,
  headers: {
    municipality: 'Kommune',
    area: 'Tenesteområde',
    scope: 'Omfang',
    year: 'Budsjettår',
    fte: 'Årsverk',
    headcount: 'Tal på personar',
    labourCost: 'Lønskostnad inkl. sosiale kostnader (kr)',
    otherCosts: 'Andre årlege kostnader (kr)',
    ages: 'Alder',
    source: 'Kjelde',
  },
  scope: { central: 'Sentral eining', decentral: 'Desentralt i einingane' },
  asOfDocument: 'Per dato',
  field: { fte: 'Årsverk', headcount: 'Tal på personar', labourCost: 'Lønskostnad', ages: 'Alder' },
  ownValue: (by, day) => `eigen verdi, lagd inn av ${by} ${day}`,
  ownValueLabel: (municipality, area, field) => `${municipality}, ${area}: ${field}`,
  stated: (value) => `kjelda oppgir ${value}`,
  noSource: 'inga kjelde oppgitt',
  missingNote: '«..» tyder at kjeldene ikkje gir talet.',
  withheldNote: (count) =>
    `«:» tyder at alderen er skjerma fordi gruppa kan ha færre enn 5 personar (${count} ${count === 1 ? 'rad' : 'rader'}).`,
  otherCostsNote:
    'Andre årlege kostnader er summen av kostnadene i rada; «..» når ingen er oppgitt eller eitt beløp manglar.',
  yearNote: '«Per dato»: tala gjeld per datoen til kjelda, ikkje eit budsjettår.',
};

const EN: BaselineWords = {
  sheetName: 'Baseline',
  title: (caseTitle) =>
    `Baseline – today's staffing and costs per municipality and service area (${caseTitle})`,
  headers: {
    municipality: 'Municipality',
    area: 'Service area',
    scope: 'Scope',
    year: 'Budget year',
    fte: 'FTE',
    headcount: 'Persons',
    labourCost: 'Labour cost incl. social costs (NOK)',
    otherCosts: 'Other annual costs (NOK)',
    ages: 'Ages',
    source: 'Source',
  },
  scope: { central: 'Central unit', decentral: 'Decentral, in the units' },
  asOfDocument: 'As of date',
  field: { fte: 'FTE', headcount: 'Persons', labourCost: 'Labour cost', ages: 'Ages' },
  ownValue: (by, day) => `own value, entered by ${by} ${day}`,
  ownValueLabel: (municipality, area, field) => `${municipality}, ${area}: ${field}`,
  stated: (value) => `the source states ${value}`,
  noSource: 'no source given',
  missingNote: '«..» means the sources give no figure.',
  withheldNote: (count) =>
    `«:» means the ages are withheld because the group may have fewer than 5 persons (${count} ${count === 1 ? 'row' : 'rows'}).`,
  otherCostsNote:
    "Other annual costs are the sum of the row's costs; «..» when none is given or an amount is missing.",
  yearNote: '«As of date»: the figures are as of the source’s date, not a budget year.',
};

export function baselineWords(language: Language): BaselineWords {
  return { nb: NB, nn: NN, en: EN }[language];
}
