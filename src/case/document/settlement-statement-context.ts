/**
 * What a settlement statement (årsoppgjør) is built from, gathered once: the settlement of the unit's year
 * (`settlementView`), its budget (`budgetView`), the a-konto plan when the budget has periods (`aKontoView`),
 * the recorded import and the unit. Every figure in the statement comes from these views, so the statement
 * says what the settlement page and the API say.
 * @module
 */
import { keySharesInBudgetYear, percentUnits } from '../../engine/operations/key-reference-date.ts';
import { aKontoView, type AKontoView } from '../operations/a-konto-view.ts';
import { budgetView, type BudgetView } from '../operations/budget-view.ts';
import { findBudget } from '../operations/operations-inputs.ts';
import { settlementView, type SettlementView } from '../operations/settlement-view.ts';
import { splitBudget } from '../operations/budget-view.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { JointUnit, RecordedSettlement, UnitBudget } from '../schema/operations.ts';
import { NotFoundError } from '../../common/errors.ts';
import { formatNok, formatNumber } from '../../i18n/format.ts';
import { allocationLabel } from '../cost-sharing/allocation-labels.ts';
import type { BudgetComponent } from '../schema/operations.ts';
import { say } from './saksframlegg-context.ts';

export interface SettlementStatementOptions {
  municipality: string;
  unitId: string;
  year: number;
  language: 'nb' | 'nn';
}

export interface SettlementStatementContext {
  document: CaseDocument;
  language: 'nb' | 'nn';
  unit: JointUnit;
  unitIndex: number;
  budget: UnitBudget;
  budgetIndex: number;
  year: number;
  municipality: { number: string; name: string };
  /** The municipality's place in the settlement's and the budget's lists. */
  index: number;
  settlement: SettlementView;
  budgetView: BudgetView;
  /** The a-konto plan, or `null` when the budget has no periods. */
  aKonto: AKontoView | null;
  /** The recorded import of the year (the settlement view needs one, so there is one). */
  recorded: RecordedSettlement;
  /**
   * Per component, the municipality's share under the component's key at 1 January of the year in thousandths
   * of a percent (`percentUnits`), or `null` when it takes no part or the component has no key (a direct cost).
   */
  keyShares: (number | null)[];
}

/** Throws NotFoundError when the request was not resolved first (`resolveDocumentRequest` refuses these cases). */
export function settlementStatementContext(
  document: CaseDocument,
  options: SettlementStatementOptions,
): SettlementStatementContext {
  const { unitId, year, language } = options;
  const settlement = settlementView(document, unitId, year);
  const budget = budgetView(document, unitId, year);
  const split = splitBudget(document, unitId, year);
  const found = findBudget(document, unitId, year);
  const recorded = document.operations.settlements.find((s) => s.unitId === unitId && s.year === year);
  if (!settlement.ok || !budget.ok || 'ok' in split || 'missing' in found || recorded === undefined)
    throw new NotFoundError(`settlement of ${unitId} ${year}`);
  const index = settlement.municipalities.indexOf(options.municipality);
  if (index < 0) throw new NotFoundError(`municipality ${options.municipality} in ${unitId} ${year}`);
  const plan = aKontoView(document, unitId, year);
  const { municipalities, components } = split.inputs.budget;
  const keyShares = components.map((c, k) => {
    const taking = municipalities.filter((m) => c.participants.includes(m.id));
    const at = taking.findIndex((m) => m.id === options.municipality);
    if (c.key === undefined || at < 0) return null;
    const shares = keySharesInBudgetYear(taking, c.key, year, ['components', k, 'key']);
    return percentUnits(shares)[at] ?? null;
  });
  return {
    document,
    language,
    unit: found.unit,
    unitIndex: document.operations.units.indexOf(found.unit),
    budget: found.budget,
    budgetIndex: found.index,
    year,
    municipality: { number: options.municipality, name: settlement.names[index] ?? options.municipality },
    index,
    settlement,
    budgetView: budget,
    aKonto: plan.ok ? plan : null,
    recorded,
    keyShares,
  };
}

/** Whole kroner, as an invoice gives them: `312 400 kr`. */
export const kroner = (context: Pick<SettlementStatementContext, 'language'>, value: number) =>
  formatNok(value, context.language);

/** «Melhus'» / «Skauns»: the genitive of a name. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

export const municipalityName = (document: CaseDocument, number: string) =>
  document.participants.find((p) => p.municipalityNumber === number)?.name ?? number;

/** A share in thousandths of a percent as published: `48,774 %`. */
export const percent = (context: Pick<SettlementStatementContext, 'language'>, units: number) =>
  `${formatNumber(units / 1000, 3, context.language)} %`;

/** The component's key in words (`Folketall`, `Hybrid: 30 % likt, 70 % etter folketall`), or that it has none. */
export function keyWords(
  context: Pick<SettlementStatementContext, 'language'>,
  component: BudgetComponent,
): string {
  if (component.key === undefined)
    return say(context, 'ingen nøkkel (direkte kostnad)', 'ingen nøkkel (direkte kostnad)');
  const { keyId, options } = component.key;
  return allocationLabel(
    { labelKey: `costKey.${keyId}.label`, ...(options ? { options } : {}) },
    context.language,
  );
}
