/**
 * The annual settlement (årsoppgjør) of a joint unit: the host's ledger imported in two steps, preview and
 * save, and the settlement view of a revision. Reading the file is CPU work, so both import steps run in the
 * compute pool (the `ledger-import` job); the save stores one new revision (the recorded settlement, the
 * remembered column mapping, the ledger rules the user added) through the save route's checks, and nothing
 * while any error remains. The settlement view is cached per revision like every derived read.
 * @module
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '../../common/errors.ts';
import { textOf } from '../../case/field-label.ts';
import { labelIssues } from '../../case/field-label.ts';
import { parseLedgerColumns, type LedgerColumns } from '../../case/ledger/ledger-columns.ts';
import { toFieldIssues } from '../../case/issue-path.ts';
import { changedOwnerOnlyFields, ownerOnlyMessage } from '../../case/owner-only-fields.ts';
import { parseCase } from '../../case/parse-case.ts';
import { MAX_REVISION, RevisionParam } from '../../case/query-params.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { Id } from '../../case/schema/common.ts';
import { LedgerRule, type LedgerRuleInput } from '../../case/schema/operations.ts';
import { TEXT_LIMITS, text } from '../../case/schema/text.ts';
import { checkSourceIntegrity } from '../../case/source-integrity.ts';
import type { LedgerFileResult } from '../../documents/spreadsheet/import-ledger-file.ts';
import { MAX_WORKBOOK_BYTES } from '../../documents/spreadsheet/read-workbook.ts';
import { customMessage, zodErrorMap } from '../../i18n/issue-messages.ts';
import type { Language } from '../../i18n/language.ts';
import { saveRevision } from '../../storage/cases.ts';
import { ConflictError } from '../../common/errors.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { revisionMeta } from '../case-view.ts';
import type { AppEnv } from '../context.ts';
import { readQuery } from '../read-query.ts';
import { loadRevision, revisionFromCache, type LoadedRevision } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const Year = z.coerce.number().int().min(2000).max(2100);
/** A mapping or a list of rules sent as JSON in the query: a few kilobytes at most. */
const JsonParam = z.string().max(16_000);
/** Most ledger rules one import may add: one per unmapped group listed, with room to spare. */
const MAX_ADDED_RULES = 200;

const UnitYear = { unit: Id, year: Year };

const PreviewQuery = z.strictObject({
  ...UnitYear,
  fileName: text(TEXT_LIMITS.name).optional(),
  mapping: JsonParam.optional(),
  rules: JsonParam.optional(),
});

const SaveQuery = PreviewQuery.extend({
  baseRevision: z.coerce.number().int().min(1).max(MAX_REVISION).optional(),
});

const SettlementQuery = z.strictObject({ ...UnitYear, revision: RevisionParam.optional() });

function words(language: Language, nb: string, nn: string, en: string): string {
  return { nb, nn, en }[language];
}

function notJson(parameter: string, language: Language): ValidationError {
  const message = words(language, 'Må være gyldig JSON', 'Må vere gyldig JSON', 'Must be valid JSON');
  return new ValidationError([{ path: parameter, code: 'invalid_json', message }]);
}

function parseJson(raw: string, parameter: string, language: Language): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw notJson(parameter, language);
  }
}

/** The `mapping` parameter, checked as the stored mapping is; every problem names `mapping.<field>`. */
function mappingParam(raw: string | undefined, language: Language): LedgerColumns | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseLedgerColumns(parseJson(raw, 'mapping', language), language);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.issues.map((issue) => ({ ...issue, path: issue.path ? `mapping.${issue.path}` : 'mapping' })),
  );
}

const AddedRules = z.array(LedgerRule).max(MAX_ADDED_RULES);

/** The `rules` parameter: ledger rules for unmapped groups, each naming a component of the year's budget. */
function rulesParam(raw: string | undefined, language: Language): LedgerRuleInput[] {
  if (raw === undefined) return [];
  const parsed = AddedRules.safeParse(parseJson(raw, 'rules', language), { error: zodErrorMap(language) });
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error.issues, (key) => customMessage(key, language));
    throw new ValidationError(
      issues.map((issue) => ({ ...issue, path: `rules${issue.path ? `.${issue.path}` : ''}` })),
    );
  }
  return parsed.data;
}

/** The unit and its budget for the year, or 404 saying which is missing. */
function requireUnitYear(document: CaseDocument, unitId: string, year: number, language: Language) {
  const unit = document.operations.units.find((u) => u.id === unitId);
  if (unit === undefined)
    throw new NotFoundError(
      words(
        language,
        `Ingen felles enhet «${unitId}»`,
        `Inga felles eining «${unitId}»`,
        `No joint unit «${unitId}»`,
      ),
    );
  const budget = document.operations.budgets.find((b) => b.unitId === unitId && b.year === year);
  if (budget === undefined)
    throw new NotFoundError(
      words(
        language,
        `Enheten har ikke budsjett for ${year}`,
        `Eininga har ikkje budsjett for ${year}`,
        `The unit has no budget for ${year}`,
      ),
    );
  return { unit, budget };
}

/** Every added rule names a component of the budget; else 400 naming the rule. */
function checkRules(rules: readonly LedgerRuleInput[], componentIds: readonly string[], language: Language) {
  const issues = rules.flatMap((rule, r) =>
    componentIds.includes(rule.component)
      ? []
      : [
          {
            path: `rules[${r}].component`,
            code: 'unknown_component',
            message: words(
              language,
              `Budsjettet har ingen budsjettpost «${rule.component}»`,
              `Budsjettet har ingen budsjettpost «${rule.component}»`,
              `The budget has no component «${rule.component}»`,
            ),
          },
        ],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Today in Oslo as YYYY-MM-DD: the day the settlement is recorded. */
function osloDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** The request's ledger against `base` in the compute pool. */
async function runImport(
  c: Context<AppEnv>,
  base: LoadedRevision,
  query: z.infer<typeof PreviewQuery>,
): Promise<LedgerFileResult> {
  const language = c.var.language;
  const columns = mappingParam(query.mapping, language);
  const addRules = rulesParam(query.rules, language);
  const { budget } = requireUnitYear(base.document, query.unit, query.year, language);
  checkRules(
    addRules,
    budget.components.map((k) => k.id),
    language,
  );
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const result = await c.var.deps.compute.run({
    kind: 'ledger-import',
    document: base.document,
    revision: base.meta.revision,
    unitId: query.unit,
    year: query.year,
    base64: Buffer.from(bytes).toString('base64'),
    columns,
    fileName: query.fileName,
    addRules,
    recordedOn: osloDate(c.var.deps.now()),
    language,
  });
  if (result === null) throw new Error('The ledger import job returned nothing');
  return JSON.parse(result) as LedgerFileResult;
}

/** «Årsoppgjør 2027 for Administrative tjenester fra fil hovedbok-2027.csv» */
function saveComment(
  unitName: string,
  year: number,
  fileName: string | undefined,
  language: Language,
): string {
  const file = fileName ?? '';
  if (language === 'nn')
    return `Årsoppgjer ${year} for ${unitName} frå ${file ? `fil ${file}` : 'rekneskapsfil'}`;
  if (language === 'en')
    return `Annual settlement ${year} for ${unitName} from ${file ? `file ${file}` : 'ledger file'}`;
  return `Årsoppgjør ${year} for ${unitName} fra ${file ? `fil ${file}` : 'regnskapsfil'}`;
}

const Issue = z.object({
  sheet: z.string().nullable(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  text: z.string().meta({ description: '«Rad 7, kolonne Beløp: Må være et tall, ikke «12,3,4»»' }),
});

export const settlementRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/operations/ledger/preview',
    access: 'editor',
    tag: 'operations',
    summary:
      'Preview the import of the host’s ledger for ?unit=ID&year=YYYY (body: the CSV or .xlsx bytes; ?mapping=JSON the column mapping, else the unit’s remembered one, else a guess; ?rules=JSON ledger rules to add; ?fileName): headers, mapping and where it came from, line count, every error by row and column, actual cost per component, unmapped groups, and the settlement it would give. Saves nothing',
    maxBodyBytes: MAX_WORKBOOK_BYTES,
    response: z.object({
      baseRevision: z.number().int(),
      headers: z.array(z.string()),
      mapping: z.unknown(),
      mappingFrom: z.enum(['given', 'remembered', 'guessed']).nullable(),
      lines: z.number().int(),
      errors: z.array(Issue),
      actual: z.array(z.object({ componentId: z.string(), name: z.string(), amount: z.number() })),
      unmapped: z.unknown(),
      settlement: z.unknown(),
    }),
    async handle(c) {
      const query = readQuery(c, PreviewQuery);
      const base = await loadRevision(c);
      const { preview } = await runImport(c, base, query);
      return c.json({ baseRevision: base.meta.revision, ...preview });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/operations/ledger',
    access: 'editor',
    tag: 'operations',
    summary:
      'Import the host’s ledger for ?unit=ID&year=YYYY as the year’s settlement (body and parameters as the preview; ?baseRevision=N): one new revision recording the settlement (file fingerprint and totals), the mapping as the unit’s and the added ledger rules; 409 if baseRevision is not the newest; 422 listing every error by row and column and saving nothing while any remains',
    maxBodyBytes: MAX_WORKBOOK_BYTES,
    successStatus: 201,
    async handle(c) {
      const query = readQuery(c, SaveQuery);
      const language = c.var.language;
      const caseId = caseIdParam(c);
      const latest = await loadRevision(c);
      const base = query.baseRevision ?? latest.meta.revision;
      if (base !== latest.meta.revision) throw new ConflictError(latest.meta.revision, base);
      const { unit } = requireUnitYear(latest.document, query.unit, query.year, language);
      const result = await runImport(c, latest, query);
      if (result.document === null || result.preview.errors.length > 0) {
        throw new RuleViolationError(
          result.preview.errors.map((issue) => ({
            path: '',
            code: issue.code,
            message: issue.text,
            label: issue.text,
          })),
        );
      }
      // The save route's checks once more on the server's thread: the import must not be a way around them.
      const parsed = parseCase(result.document, language);
      if (!parsed.success) throw new ValidationError(labelIssues(parsed.issues, result.document, language));
      if (c.var.role !== 'owner') {
        const changed = changedOwnerOnlyFields(latest.document, parsed.data);
        if (changed.length > 0) throw new ForbiddenError(ownerOnlyMessage(changed, language));
      }
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      const entry = { by: user.displayName, at: c.var.deps.now().toISOString() };
      const sourced = checkSourceIntegrity(latest.document, parsed.data, entry, language);
      if (sourced.issues.length > 0)
        throw new RuleViolationError(labelIssues(sourced.issues, parsed.data, language));
      const meta = await saveRevision(c.var.deps.db, {
        caseId,
        baseRevision: base,
        document: sourced.document,
        authorId: user.id,
        authorName: user.displayName,
        comment: saveComment(textOf(unit.name, language) ?? unit.id, query.year, query.fileName, language),
      });
      return c.json(
        { revision: revisionMeta(meta), recorded: result.recorded, settlement: result.preview.settlement },
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/operations/settlement',
    access: 'reader',
    tag: 'operations',
    summary:
      'The settlement of ?unit=ID&year=YYYY (?revision, default the newest): per municipality its share of the actual cost, paid on account, to or from the fund and the balance to invoice (+) or refund (−); the fund over the years; where each figure came from; the placeholders it rests on, named as the forms name them; or, before the year is imported, what is missing in words',
    async handle(c) {
      const { unit, year, revision } = readQuery(c, SettlementQuery);
      const ref = await revisionRef(c, revision);
      const language = c.var.language;
      const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
      if (!loaded) throw new NotFoundError();
      requireUnitYear(loaded.document, unit, year, language);
      return cachedResponse(c, resultKey(ref, 'settlement', { unit, year, language }), async () =>
        c.var.deps.compute.run({
          kind: 'settlement',
          document: loaded.document,
          revision: ref.revision,
          unitId: unit,
          year,
          language,
        }),
      );
    },
  }),
];
