/**
 * Running the cooperation: the index of the case's joint units, a unit's budget for a year (with the
 * placeholders it rests on named as the forms label them, and the population the keys read), its a-konto
 * invoice lines, and «what if» a member gives notice or a participant joins (computed, never saved). Each is
 * a few milliseconds of arithmetic on one revision, so it runs here rather than in the compute pool, and is
 * cached per revision, parameters and language. A unit or year the revision does not have is 404; a budget
 * that cannot be computed (no a-konto calendar, a key without figures) is answered as `ok: false` naming the
 * field in words, since that is the state of the case, not a fault of the request.
 * @module
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { aKontoView } from '../../case/operations/a-konto-view.ts';
import { budgetView, type OperationsViewError } from '../../case/operations/budget-view.ts';
import { labelBudget, labelError } from '../../case/operations/labelled-budget.ts';
import { membershipWhatIf, type MembershipWhatIf } from '../../case/operations/membership-what-if.ts';
import { operationsIndex } from '../../case/operations/operations-index.ts';
import { RevisionParam } from '../../case/query-params.ts';
import { Id, IsoDate, MunicipalityNumber } from '../../case/schema/common.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { ValidationError } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import type { AppEnv } from '../context.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

const RevisionQuery = z.strictObject({ revision: RevisionParam.optional() });
/** The budget year, within the years the case document accepts. */
export const YearParam = z.coerce.number().int().min(2000).max(2100);
const UnitYearQuery = RevisionQuery.extend({ unit: Id, year: YearParam });
const BudgetQuery = UnitYearQuery.extend({
  leave: MunicipalityNumber.optional(),
  noticeGiven: IsoDate.optional(),
  join: MunicipalityNumber.optional(),
  joins: IsoDate.optional(),
});
type BudgetQuery = z.infer<typeof BudgetQuery>;

const PAIR_WORDS: Record<Language, Record<string, string>> = {
  nb: {
    noticeGiven: 'Oppgi datoen kommunen sier opp (noticeGiven) sammen med leave.',
    leave: 'Oppgi kommunen som går ut (leave) sammen med noticeGiven.',
    joins: 'Oppgi datoen kommunen går inn (joins) sammen med join.',
    join: 'Oppgi kommunen som går inn (join) sammen med joins.',
    both: 'Spør om én endring om gangen: enten en kommune som går ut, eller en som kommer inn.',
  },
  nn: {
    noticeGiven: 'Oppgje datoen kommunen seier opp (noticeGiven) saman med leave.',
    leave: 'Oppgje kommunen som går ut (leave) saman med noticeGiven.',
    joins: 'Oppgje datoen kommunen går inn (joins) saman med join.',
    join: 'Oppgje kommunen som går inn (join) saman med joins.',
    both: 'Spør om éi endring om gongen: anten ein kommune som går ut, eller ein som kjem inn.',
  },
  en: {
    noticeGiven: 'Give the date notice is given (noticeGiven) together with leave.',
    leave: 'Give the municipality that leaves (leave) together with noticeGiven.',
    joins: 'Give the date the municipality joins (joins) together with join.',
    join: 'Give the municipality that joins (join) together with joins.',
    both: 'Ask about one change at a time: a municipality leaving, or one joining.',
  },
};

const REFUSAL_WORDS: Record<Language, Record<string, (n: string) => string>> = {
  nb: {
    not_a_member: (n) => `Kommune ${n} er ikke medlem av enheten, og kan ikke gå ut.`,
    already_member: (n) => `Kommune ${n} er allerede medlem av enheten.`,
    not_a_participant: (n) =>
      `Kommune ${n} er ikke med i saken, så Flokk har ikke folketallet fordelingsnøkkelen trenger. Legg kommunen til som deltaker først.`,
  },
  nn: {
    not_a_member: (n) => `Kommune ${n} er ikkje medlem av eininga, og kan ikkje gå ut.`,
    already_member: (n) => `Kommune ${n} er alt medlem av eininga.`,
    not_a_participant: (n) =>
      `Kommune ${n} er ikkje med i saka, så Flokk har ikkje folketalet fordelingsnøkkelen treng. Legg kommunen til som deltakar først.`,
  },
  en: {
    not_a_member: (n) => `Municipality ${n} is not a member of the unit, so it cannot leave.`,
    already_member: (n) => `Municipality ${n} is already a member of the unit.`,
    not_a_participant: (n) =>
      `Municipality ${n} is not in the case, so Flokk has no population for the cost key. Add it as a participant first.`,
  },
};

/** The what-if the query asks, if any; a half-given pair or both kinds at once is refused naming the field. */
function whatIfOf(query: BudgetQuery, language: Language): MembershipWhatIf | null {
  const words = PAIR_WORDS[language];
  const refuse = (path: string, key: string): never => {
    throw new ValidationError([{ path, code: 'invalid_combination', message: words[key] ?? key }]);
  };
  const leaving = query.leave !== undefined || query.noticeGiven !== undefined;
  const joining = query.join !== undefined || query.joins !== undefined;
  if (leaving && joining) refuse(query.leave !== undefined ? 'join' : 'leave', 'both');
  if (leaving) {
    if (query.leave === undefined) return refuse('leave', 'leave');
    if (query.noticeGiven === undefined) return refuse('noticeGiven', 'noticeGiven');
    return { kind: 'leave', municipality: query.leave, noticeGiven: query.noticeGiven };
  }
  if (joining) {
    if (query.join === undefined) return refuse('join', 'join');
    if (query.joins === undefined) return refuse('joins', 'joins');
    return { kind: 'join', municipality: query.join, joins: query.joins };
  }
  return null;
}

/** `null` (404) for a unit or year the revision does not have; other view errors are answers. */
function notFound(error: OperationsViewError): boolean {
  return error.code === 'no_unit' || error.code === 'no_budget';
}

/** Reads the revision, computes `view` from its document, and caches the JSON per key. */
async function operationsResponse(
  c: Context<AppEnv>,
  what: string,
  revision: number | undefined,
  parameters: object,
  view: (document: CaseDocument) => object | null,
) {
  const ref = await revisionRef(c, revision);
  const language = c.var.language;
  return cachedResponse(c, resultKey(ref, what, { ...parameters, language }), async () => {
    const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
    if (!loaded) return null;
    const body = view(loaded.document);
    return body === null ? null : JSON.stringify(body);
  });
}

export const operationsRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/operations',
    access: 'reader',
    tag: 'operations',
    summary:
      'The joint units of the case: name, host municipality (null while not set), members with the dates they join, leave or gave notice, notice months (statutory 12 when the unit sets none), surplus policy, and the budget years with whether a settlement is recorded for each (?revision)',
    async handle(c) {
      const { revision } = readQuery(c, RevisionQuery);
      const language = c.var.language;
      return operationsResponse(c, 'operations-index', revision, {}, (document) =>
        operationsIndex(document, language),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/operations/budget',
    access: 'reader',
    tag: 'operations',
    summary:
      'A joint unit’s budget for a year (?unit&year, ?revision): per component and municipality in whole kroner, the placeholders it rests on labelled as the forms label them, and the population the keys read (1 January of the year, or the earlier date used). What if: &leave=NNNN&noticeGiven=YYYY-MM-DD (the exit date the notice gives, and the year recomputed) or &join=NNNN&joins=YYYY-MM-DD (a participant of the case joining; it takes part in the mandatory components). Nothing is saved. `ok: false` names a field the budget cannot be computed without; 404 for an unknown unit, year or revision',
    async handle(c) {
      const query = readQuery(c, BudgetQuery);
      const language = c.var.language;
      const change = whatIfOf(query, language);
      const { unit, year } = query;
      return operationsResponse(
        c,
        'operations-budget',
        query.revision,
        { unit, year, change },
        (document) => {
          if (change === null) {
            const view = budgetView(document, unit, year);
            if (view.ok) return labelBudget(view, document, language);
            return notFound(view) ? null : labelError(view, document, language);
          }
          const view = membershipWhatIf(document, unit, year, change);
          if ('refused' in view) {
            const message = REFUSAL_WORDS[language][view.refused]?.(change.municipality) ?? view.refused;
            throw new ValidationError([{ path: view.parameter, code: view.refused, message }]);
          }
          if (!view.ok) return notFound(view) ? null : labelError(view, document, language);
          return { ...view, after: labelBudget(view.after, document, language) };
        },
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/operations/a-konto',
    access: 'reader',
    tag: 'operations',
    summary:
      'A joint unit’s a-konto invoice lines for a year (?unit&year, ?revision): per municipality and period the due date and whole kroner, each municipality’s lines summing to its share and all lines to the budget (largest remainder). `ok: false, code: no_periods` with the field in words while the a-konto calendar is not set; 404 for an unknown unit, year or revision',
    async handle(c) {
      const { unit, year, revision } = readQuery(c, UnitYearQuery);
      const language = c.var.language;
      return operationsResponse(c, 'operations-a-konto', revision, { unit, year }, (document) => {
        const view = aKontoView(document, unit, year);
        if (view.ok) return view;
        return notFound(view) ? null : labelError(view, document, language);
      });
    },
  }),
];
