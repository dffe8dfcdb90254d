/**
 * The operations page's index: the case's joint units as a person reads them (name in the language, the
 * vertskommune or that none is set, the members with any date they join, leave or gave notice, the notice
 * period and the surplus policy) with their budget years and whether a settlement is recorded for each.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { STATUTORY_NOTICE_MONTHS } from '../../engine/operations/membership-change.ts';
import { textOf } from '../field-label.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { provenanceKind, type ProvenanceKind } from './budget-view.ts';

export interface UnitIndexEntry {
  id: string;
  name: string;
  /** The vertskommune; `null` while the case sets none (the page says «ikke satt»). */
  host: { municipality: string; name: string; provenance: ProvenanceKind } | null;
  members: {
    municipality: string;
    name: string;
    joins: string | null;
    leaves: string | null;
    noticeGiven: string | null;
  }[];
  /** Months of notice to leave; `statutory` when the unit sets none (kommuneloven § 20-8: 12 months). */
  notice: { months: number; provenance: ProvenanceKind | 'statutory' };
  surplusPolicy: { value: 'to-fund' | 'to-members'; provenance: ProvenanceKind } | null;
  /** Budget years in order, each with its total as entered and whether the year's settlement is recorded. */
  budgets: { year: number; components: number; settled: boolean }[];
}

export interface OperationsIndex {
  units: UnitIndexEntry[];
}

/** The municipality's name as the case's participants give it, else its number. */
export function participantName(document: CaseDocument, municipality: string): string {
  return document.participants.find((p) => p.municipalityNumber === municipality)?.name ?? municipality;
}

/**
 * The units of the case, in the document's order, with their budget years ascending.
 * @example operationsIndex(defaultCase(), 'nb').units[0]?.budgets // → [{ year: 2027, components: 3, settled: false }]
 */
export function operationsIndex(document: CaseDocument, language: Language): OperationsIndex {
  const { units, budgets, settlements } = document.operations;
  return {
    units: units.map((unit) => {
      const host = unit.hostMunicipality;
      return {
        id: unit.id,
        name: textOf(unit.name, language) ?? unit.id,
        host:
          host === undefined
            ? null
            : {
                municipality: host.value,
                name: participantName(document, host.value),
                provenance: provenanceKind(host.provenance),
              },
        members: unit.members.map((m) => ({
          municipality: m.municipality,
          name: participantName(document, m.municipality),
          joins: m.joins ?? null,
          leaves: m.leaves ?? null,
          noticeGiven: m.noticeGiven ?? null,
        })),
        notice:
          unit.noticeMonths === undefined
            ? { months: STATUTORY_NOTICE_MONTHS, provenance: 'statutory' }
            : { months: unit.noticeMonths.value, provenance: provenanceKind(unit.noticeMonths.provenance) },
        surplusPolicy:
          unit.surplusPolicy === undefined
            ? null
            : { value: unit.surplusPolicy.value, provenance: provenanceKind(unit.surplusPolicy.provenance) },
        budgets: budgets
          .filter((b) => b.unitId === unit.id)
          .map((b) => ({
            year: b.year,
            components: b.components.length,
            settled: settlements.some((s) => s.unitId === unit.id && s.year === b.year),
          }))
          .sort((a, b) => a.year - b.year),
      };
    }),
  };
}
