/**
 * The names of the scenario editor's fields, in one place: the inputs' labels and the error summary use
 * the same words, so «Innsparing høy (%) – Lønn, regnskap og fakturering» names the same field in both.
 * A label is a short visible part and a context that only screen readers hear (see `DraftFieldLabel`).
 * @module
 */
import type { MessageKey } from '../../i18n/catalogues.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { CostList } from './cost-draft.ts';
import { isParameterName, type ParameterName, type QuantityUnit } from './distribution-draft.ts';

export interface FieldLabel {
  /** Shown, e.g. «Innsparing høy (%)». */
  field: string;
  /** Read by screen readers only, e.g. «– Lønn, regnskap og fakturering». */
  context: string;
}

/** What an uncertain quantity is, for its labels. */
export type QuantityName = 'savings' | 'realWageGrowth' | 'amount' | 'annualAmount';

export const PARAMETER_LABEL: Record<ParameterName, MessageKey> = {
  value: 'parameter.value',
  min: 'parameter.min',
  mode: 'parameter.mode',
  max: 'parameter.max',
  mean: 'parameter.mean',
  sd: 'parameter.sd',
  p10: 'parameter.p10',
  p90: 'parameter.p90',
};

export const UNIT_LABEL: Record<QuantityUnit, MessageKey> = {
  percent: 'unit.percent',
  kroner: 'unit.kroner',
};

/** The flat text of a label, as the accessible name reads. */
export function labelText(label: FieldLabel): string {
  return label.context === '' ? label.field : `${label.field} ${label.context}`;
}

export function areaContext(t: Translate, area: string): string {
  return t('scenarioEdit.areaContext', { area });
}

export function costName(t: Translate, list: CostList, index: number): string {
  return t(list === 'oneOffCosts' ? 'scenarioEdit.oneOffCostN' : 'scenarioEdit.recurringCostN', {
    n: index + 1,
  });
}

export function costContext(t: Translate, list: CostList, index: number, area: string): string {
  return t('scenarioEdit.costContext', { cost: costName(t, list, index), area });
}

/** «Kostnad i nullalternativet 1». */
export function zeroAlternativeCostName(t: Translate, index: number): string {
  return t('scenarioEdit.zeroAlternativeCostN', { n: index + 1 });
}

/** «– Kostnad i nullalternativet 1, Lønn, regnskap og fakturering». */
export function zeroAlternativeCostContext(t: Translate, index: number, area: string): string {
  return t('scenarioEdit.costContext', { cost: zeroAlternativeCostName(t, index), area });
}

/** «– punkt 2, Lønn, regnskap og fakturering»: which point of an area's economies-of-scale curve. */
export function scalePointContext(t: Translate, index: number, area: string): string {
  return t('scenarioEdit.pointContext', { n: index + 1, area });
}

/** «– Prosjektskjønn»: which grant a field belongs to. */
export function grantContext(t: Translate, grant: string): string {
  return t('scenarioEdit.grantContext', { grant });
}

export function quantityWord(t: Translate, quantity: QuantityName): string {
  return t(`quantity.${quantity}`);
}

/** «Innsparing høy (%)». */
export function parameterField(
  t: Translate,
  quantity: QuantityName,
  parameter: ParameterName,
  unit: QuantityUnit,
): string {
  return t('quantity.parameter', {
    quantity: quantityWord(t, quantity),
    parameter: t(PARAMETER_LABEL[parameter]),
    unit: t(UNIT_LABEL[unit]),
  });
}

/** The names the describer needs from the case. */
export interface PathNames {
  area: (index: number) => string;
  municipality: (number: string) => string;
  /** The name of the scenario's grant number `index`. */
  grant: (index: number) => string;
}

type Describe = (match: RegExpExecArray, t: Translate, names: PathNames) => FieldLabel;

const plain =
  (key: MessageKey): Describe =>
  (_, t) => ({ field: t(key), context: '' });

const inArea =
  (key: MessageKey): Describe =>
  (m, t, names) => ({ field: t(key), context: areaContext(t, names.area(Number(m[1]))) });

const quantityIn = (
  quantity: QuantityName,
  unit: QuantityUnit,
  context: (m: RegExpExecArray, t: Translate, names: PathNames) => string,
) =>
  ((m, t, names) => {
    const rest = m[m.length - 1] ?? '';
    const parameter = /^distribution\.(\w+)$/.exec(rest)?.[1];
    if (parameter !== undefined && isParameterName(parameter))
      return { field: parameterField(t, quantity, parameter, unit), context: context(m, t, names) };
    if (rest.startsWith('provenance'))
      return provenanceLabel(rest, quantityWord(t, quantity), context(m, t, names), t);
    return {
      field: t('quantity.distribution', { quantity: quantityWord(t, quantity) }),
      context: context(m, t, names),
    };
  }) satisfies Describe;

const PROVENANCE_FIELD: [RegExp, MessageKey][] = [
  [/\.placeholder\.toBeSetBy$/, 'provenance.toBeSetBy'],
  [/\.source\.document$/, 'provenance.document'],
  [/\.source\.locator$/, 'provenance.locator'],
  [/\.decision(\.|$)/, 'provenance.decision'],
  // The note of a placeholder (`placeholder.note`) and of a source or decision (`note`).
  [/\.note$/, 'provenance.note'],
];

/** The label of a provenance field (`provenance.placeholder.toBeSetBy`) of an input. */
export function provenanceLabel(rest: string, quantity: string, context: string, t: Translate): FieldLabel {
  const lower = quantity.toLocaleLowerCase();
  const key = PROVENANCE_FIELD.find(([pattern]) => pattern.test(rest))?.[1];
  if (key === undefined) return { field: t('provenance.legend', { quantity: lower }), context };
  return { field: t(key), context: provenanceContext(t, lower, context) };
}

/** «for innsparing – Lønn, regnskap og fakturering»: which input a provenance field belongs to. */
export function provenanceContext(t: Translate, quantity: string, context: string): string {
  return t('provenance.context', { quantity, context }).trim();
}

const areaOf = (m: RegExpExecArray, t: Translate, names: PathNames) =>
  areaContext(t, names.area(Number(m[1])));
const costOf = (list: CostList) => (m: RegExpExecArray, t: Translate, names: PathNames) =>
  costContext(t, list, Number(m[2]), names.area(Number(m[1])));

const costField =
  (list: CostList): Describe =>
  (m, t, names) => {
    const field = m[3] ?? '';
    const key: MessageKey =
      field === 'kind'
        ? 'scenarioField.costKind'
        : field === 'endYear'
          ? 'scenarioField.endYear'
          : 'scenarioField.year';
    return { field: t(key), context: costOf(list)(m, t, names) };
  };

const zeroAlternativeOf = (m: RegExpExecArray, t: Translate, names: PathNames) =>
  zeroAlternativeCostContext(t, Number(m[2]), names.area(Number(m[1])));

const ZERO_ALTERNATIVE_FIELD: Record<string, MessageKey> = {
  municipality: 'scenarioField.municipality',
  startYear: 'scenarioField.fromYear',
  endYear: 'scenarioField.endYear',
};

const zeroAlternativeField: Describe = (m, t, names) => ({
  field: t(ZERO_ALTERNATIVE_FIELD[m[3] ?? ''] ?? 'scenarioEdit.zeroAlternativeCosts'),
  context: zeroAlternativeOf(m, t, names),
});

const scalePoint: Describe = (m, t, names) => ({
  field: t(m[3] === 'relative' ? 'scenarioField.scaleRelative' : 'scenarioField.scaleFte'),
  context: scalePointContext(t, Number(m[2]), names.area(Number(m[1]))),
});

const KEY_OPTION: Record<string, MessageKey> = {
  measure: 'scenarioField.measure',
  fixedShare: 'scenarioField.fixedShare',
  referenceDate: 'scenarioField.referenceDate',
};

/** «– Kostnadsnøkkel – Lønn, regnskap og fakturering»: which key an option belongs to. */
export function keyContext(t: Translate, key: 'costKey' | 'oneOffKey', area: string): string {
  return t('scenarioEdit.keyContext', {
    key: t(key === 'costKey' ? 'scenarioField.costKey' : 'scenarioField.oneOffKey'),
    context: areaContext(t, area),
  });
}

const keyOption: Describe = (m, t, names) => ({
  field: t(KEY_OPTION[m[3] ?? ''] ?? 'scenarioField.costKey'),
  context: keyContext(t, m[2] === 'oneOffKey' ? 'oneOffKey' : 'costKey', names.area(Number(m[1]))),
});

// Paths after `scenarios[i].`; the first match wins.
const PATTERNS: [RegExp, Describe][] = [
  [/^baseYear$/, plain('scenarioField.baseYear')],
  [/^firstYear$/, plain('scenarioField.firstYear')],
  [/^horizonYears$/, plain('scenarioField.horizonYears')],
  [/^inflation\.value$/, plain('scenarioField.inflation')],
  [/^inflation\.(provenance.*)$/, (m, t) => provenanceLabel(m[1] ?? '', t('quantity.inflation'), '', t)],
  [/^realWageGrowth\.(.*)$/, quantityIn('realWageGrowth', 'percent', () => '')],
  [
    /^discountSchedule\[(\d+)\]\.(fromYear|rate)$/,
    (m, t) => ({
      field: t(m[2] === 'rate' ? 'scenarioField.discountRate' : 'scenarioField.discountFromYear'),
      context: t('scenarioEdit.stepContext', { n: Number(m[1]) + 1 }),
    }),
  ],
  [/^areas\[(\d+)\]\.savingsShare\.(.*)$/, quantityIn('savings', 'percent', areaOf)],
  [
    /^areas\[(\d+)\]\.oneOffCosts\[(\d+)\]\.amount\.(.*)$/,
    quantityIn('amount', 'kroner', costOf('oneOffCosts')),
  ],
  [
    /^areas\[(\d+)\]\.recurringCosts\[(\d+)\]\.amount\.(.*)$/,
    quantityIn('annualAmount', 'kroner', costOf('recurringCosts')),
  ],
  [/^areas\[(\d+)\]\.oneOffCosts\[(\d+)\]\.?(\w*)/, costField('oneOffCosts')],
  [/^areas\[(\d+)\]\.recurringCosts\[(\d+)\]\.?(\w*)/, costField('recurringCosts')],
  [
    /^areas\[(\d+)\]\.zeroAlternativeCosts\[(\d+)\]\.amount\.(.*)$/,
    quantityIn('annualAmount', 'kroner', zeroAlternativeOf),
  ],
  [/^areas\[(\d+)\]\.zeroAlternativeCosts\[(\d+)\]\.?(\w*)/, zeroAlternativeField],
  [/^areas\[(\d+)\]\.zeroAlternativeCosts/, inArea('scenarioEdit.zeroAlternativeCosts')],
  [/^areas\[(\d+)\]\.scale\.points\[(\d+)\]\.(fte|relative)$/, scalePoint],
  [
    /^areas\[(\d+)\]\.scale\.(provenance.*)$/,
    (m, t, names) => provenanceLabel(m[2] ?? '', t('scenarioField.scale'), areaOf(m, t, names), t),
  ],
  [/^areas\[(\d+)\]\.scale/, inArea('scenarioField.scale')],
  [
    /^grants\[(\d+)\]\.financesCost/,
    (m, t, names) => ({
      field: t('scenarioField.financesCost'),
      context: grantContext(t, names.grant(Number(m[1]))),
    }),
  ],
  [/^areas\[(\d+)\]\.startYear$/, inArea('scenarioField.startYear')],
  [/^areas\[(\d+)\]\.rampUpYears$/, inArea('scenarioField.rampUpYears')],
  [/^areas\[(\d+)\]\.attritionCap$/, inArea('scenarioField.attritionCap')],
  [/^areas\[(\d+)\]\.participants/, inArea('scenarioField.participants')],
  [/^areas\[(\d+)\]\.(costKey|oneOffKey)\.options\.(measure|fixedShare|referenceDate)$/, keyOption],
  [/^areas\[(\d+)\]\.costKey/, inArea('scenarioField.costKey')],
  [/^areas\[(\d+)\]\.oneOffKey/, inArea('scenarioField.oneOffKey')],
  [
    /^areas\[(\d+)\]\.volumes\.(\d+)\.(.+)$/,
    (m, t, names) => ({
      field: t('scenarioField.volume', { measure: m[3] ?? '' }),
      context: t('scenarioEdit.volumeContext', {
        municipality: names.municipality(m[2] ?? ''),
        area: names.area(Number(m[1])),
      }),
    }),
  ],
];

/**
 * The label of the field at a document path inside a scenario, or `undefined` for a path the form does
 * not edit.
 * @example describeScenarioPath('scenarios[0].areas[0].savingsShare.distribution.max', t, names) // → { field: 'Innsparing høy (%)', context: '– Lønn, regnskap og fakturering' }
 */
export function describeScenarioPath(path: string, t: Translate, names: PathNames): FieldLabel | undefined {
  const inner = /^scenarios\[\d+\]\.(.*)$/.exec(path)?.[1];
  if (inner === undefined) return undefined;
  for (const [pattern, describe] of PATTERNS) {
    const match = pattern.exec(inner);
    if (match) return describe(match, t, names);
  }
  return undefined;
}
