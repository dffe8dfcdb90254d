/**
 * The settlement of a unit's year as the API, the page and the CLI show it: per municipality its share of the
 * actual cost, what it paid on account, what went to or came from the fund and the balance to invoice (+) or
 * refund (−); the fund over the years; where each figure came from; the placeholders the result rests on,
 * named as the forms name them; or, when it cannot be settled yet, what is missing in words. Every figure is
 * `settlementView`'s (one function), so the fund over the years is the same carry as each year's own.
 * @module
 */
import { fieldLabel, textOf } from '../field-label.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Provenance } from '../schema/provenance.ts';
import type { Language } from '../../i18n/language.ts';
import { budgetView, provenanceKind, type ProvenanceKind } from './budget-view.ts';
import { settlementView } from './settlement-view.ts';

export interface SettlementRow {
  municipality: string;
  name: string;
  shareOfActual: number;
  paid: number;
  /** Positive: the fund covered part of a deficit; negative: a surplus went into the fund. */
  fromFund: number;
  /** Positive: to invoice; negative: to refund. */
  balance: number;
}

export interface FundYear {
  year: number;
  opening: number;
  paidIn: number;
  paidOut: number;
  closing: number;
}

export interface SettlementPlaceholder {
  path: string;
  /** The field as the forms label it («Felles enhet …: overskudd»). */
  label: string;
  toBeSetBy: string | null;
  note: string | null;
}

export interface SettlementSummary {
  ok: true;
  unitId: string;
  unitName: string;
  year: number;
  policy: 'to-fund' | 'to-members';
  rows: SettlementRow[];
  components: { id: string; name: string; actual: number; charged: number; amounts: number[] }[];
  totals: { shareOfActual: number; paid: number; fromFund: number; balance: number };
  /** `null` when the unit keeps no fund (no opening balance, surplus back to the members). */
  fund: FundYear | null;
  fundYears: FundYear[];
  sources: {
    actual: {
      kind: 'recorded';
      fingerprint: string;
      fileName: string | null;
      lines: number;
      recordedOn: string;
    };
    unmapped: { lines: number; amount: number };
    paid: 'recorded' | 'budget';
    surplusPolicy: ProvenanceKind;
    fundOpening: ProvenanceKind | null;
  };
  hasPlaceholders: boolean;
  placeholders: SettlementPlaceholder[];
}

export interface SettlementMissing {
  ok: false;
  code: string;
  path: string;
  /** The field in words, as the forms label it. */
  label: string;
  /** What is missing, in a sentence. */
  message: string;
}

type Words = Record<Language, string>;

/** Why a year cannot be settled yet, in words; `{label}` is the field, `{year}` the year. */
const MISSING: Record<string, Words> = {
  no_unit: {
    nb: 'Saken har ingen slik felles enhet.',
    nn: 'Saka har inga slik felles eining.',
    en: 'The case has no such joint unit.',
  },
  no_budget: {
    nb: 'Enheten har ikke noe budsjett for {year}, så det er ikke noe å gjøre opp mot.',
    nn: 'Eininga har ikkje noko budsjett for {year}, så det er ikkje noko å gjere opp mot.',
    en: 'The unit has no budget for {year}, so there is nothing to settle against.',
  },
  no_settlement: {
    nb: 'Regnskapet (hovedboken) for {year} er ikke lest inn ennå.',
    nn: 'Rekneskapen (hovudboka) for {year} er ikkje lesen inn enno.',
    en: 'The ledger for {year} has not been imported yet.',
  },
  no_surplus_policy: {
    nb: 'Det er ikke bestemt hva som skjer med et overskudd ({label}).',
    nn: 'Det er ikkje bestemt kva som skjer med eit overskot ({label}).',
    en: 'Nobody has decided what happens to a surplus ({label}).',
  },
  no_fund_opening: {
    nb: 'Overskudd skal til fond, men fondets saldo ved start er ikke satt ({label}).',
    nn: 'Overskot skal til fond, men saldoen i fondet ved start er ikkje sett ({label}).',
    en: 'A surplus goes to the fund, but the fund’s opening balance is not set ({label}).',
  },
};

const OTHER: Words = {
  nb: 'Oppgjøret kan ikke regnes ut: {label} mangler eller er ugyldig.',
  nn: 'Oppgjeret kan ikkje reknast ut: {label} manglar eller er ugyldig.',
  en: 'The settlement cannot be computed: {label} is missing or invalid.',
};

function missing(
  document: CaseDocument,
  error: { code: string; path: string },
  year: number,
  language: Language,
): SettlementMissing {
  const label = fieldLabel(error.path, document, language);
  const words = (MISSING[error.code] ?? OTHER)[language];
  return {
    ok: false,
    code: error.code,
    path: error.path,
    label,
    message: words.replace('{label}', label).replace('{year}', String(year)),
  };
}

/** The unit's own placeholders the settlement uses, and the budget's. */
function placeholders(
  document: CaseDocument,
  unitId: string,
  year: number,
  language: Language,
): SettlementPlaceholder[] {
  const u = document.operations.units.findIndex((x) => x.id === unitId);
  const unit = document.operations.units[u];
  const out: Omit<SettlementPlaceholder, 'label'>[] = [];
  const add = (field: string, provenance: Provenance | undefined) => {
    if (provenance === undefined || !('placeholder' in provenance)) return;
    out.push({
      path: `operations.units[${u}].${field}`,
      toBeSetBy: provenance.placeholder.toBeSetBy ?? null,
      note: provenance.placeholder.note ?? null,
    });
  };
  add('surplusPolicy', unit?.surplusPolicy?.provenance);
  add('fundOpening', unit?.fundOpening?.provenance);
  add('hostMunicipality', unit?.hostMunicipality?.provenance);
  const budget = budgetView(document, unitId, year);
  if (budget.ok) out.push(...budget.placeholders);
  return out.map((p) => ({ ...p, label: fieldLabel(p.path, document, language) }));
}

/**
 * The settlement of `unitId`'s `year` from its recorded import, or what is missing in words.
 * @example settlementSummary(document, 'administrative-tjenester', 2027, 'nb').rows[1].balance // → 312 400 (Melhus owes)
 */
export function settlementSummary(
  document: CaseDocument,
  unitId: string,
  year: number,
  language: Language,
): SettlementSummary | SettlementMissing {
  const view = settlementView(document, unitId, year);
  if (!view.ok) return missing(document, view, year, language);
  const unit = document.operations.units.find((u) => u.id === unitId);
  const recorded = document.operations.settlements.find((s) => s.unitId === unitId && s.year === year);
  if (unit === undefined || recorded === undefined || unit.surplusPolicy === undefined)
    return missing(document, { code: 'no_settlement', path: 'operations.settlements' }, year, language);
  const fundYears: FundYear[] = [];
  if (view.fundKnown && unit.fundOpening !== undefined) {
    // Each earlier year settled by the same view (its own recorded import), so the carry is the view's.
    for (let y = unit.fundOpening.year; y <= year; y++) {
      const settled = y === year ? view : settlementView(document, unitId, y);
      if (settled.ok) fundYears.push({ year: y, ...settled.fund });
    }
  }
  const rows = view.municipalities.map((municipality, i) => ({
    municipality,
    name: view.names[i] ?? municipality,
    shareOfActual: view.shareOfActual[i] as number,
    paid: view.paid[i] as number,
    fromFund: view.fromFund[i] as number,
    balance: view.balance[i] as number,
  }));
  const sum = (key: 'shareOfActual' | 'paid' | 'fromFund' | 'balance') =>
    rows.reduce((total, row) => total + row[key], 0);
  const budget = document.operations.budgets.find((b) => b.unitId === unitId && b.year === year);
  const listed = placeholders(document, unitId, year, language);
  return {
    ok: true,
    unitId,
    unitName: textOf(unit.name, language) ?? unitId,
    year,
    policy: view.policy,
    rows,
    components: view.components.map((c, k) => ({
      id: c.componentId,
      name: budget?.components[k]?.name ?? c.componentId,
      actual: recorded.actualPerComponent.find((a) => a.componentId === c.componentId)?.amount ?? 0,
      charged: c.charged,
      amounts: c.amounts,
    })),
    totals: {
      shareOfActual: sum('shareOfActual'),
      paid: sum('paid'),
      fromFund: sum('fromFund'),
      balance: sum('balance'),
    },
    fund: view.fundKnown ? { year, ...view.fund } : null,
    fundYears,
    sources: {
      actual: {
        kind: 'recorded',
        fingerprint: recorded.ledger.fingerprint,
        fileName: recorded.ledger.fileName ?? null,
        lines: recorded.ledger.lines,
        recordedOn: recorded.recordedOn,
      },
      unmapped: recorded.unmapped,
      paid: view.paidFrom,
      surplusPolicy: provenanceKind(unit.surplusPolicy.provenance),
      fundOpening: unit.fundOpening === undefined ? null : provenanceKind(unit.fundOpening.provenance),
    },
    hasPlaceholders: listed.length > 0,
    placeholders: listed,
  };
}
