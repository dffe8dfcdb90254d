/**
 * Tables as files: one table, or the whole case, as XLSX (real numbers, Norwegian number formats, a «Kilder»
 * sheet) or one table as CSV as Norwegian Excel opens it. Built in the compute pool from the revision as the
 * reader's role may see it, cached per revision, parameters, role and day.
 * @module
 */
import { z } from 'zod';
import { exportUsesReferenceData } from '../../case/export/export-bundle.ts';
import { EXPORT_TABLE_IDS } from '../../case/export/export-table.ts';
import { RevisionParam } from '../../case/query-params.ts';
import { Id } from '../../case/schema/common.ts';
import { NotFoundError, ValidationError } from '../../common/errors.ts';
import { LANGUAGES, type Language } from '../../i18n/language.ts';
import { cachedFileResponse, resultKey, revisionRef } from '../cached-response.ts';
import { EXPORT_FORMATS } from '../compute/export-job.ts';
import { referenceDataOf } from '../reference-data.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';
import { readQuery } from '../read-query.ts';
import { YearParam } from './operations.ts';

const ExportQuery = z.strictObject({
  table: z.enum(['all', ...EXPORT_TABLE_IDS]),
  format: z.enum(EXPORT_FORMATS),
  scenario: Id.optional(),
  unit: Id.optional(),
  year: YearParam.optional(),
  revision: RevisionParam.optional(),
  language: z.enum(LANGUAGES).optional(),
});

function csvNeedsOneTable(language: Language): string {
  return {
    nb: 'CSV gir én tabell per fil. Velg en tabell, eller last ned hele saken som Excel-arbeidsbok (format=xlsx).',
    nn: 'CSV gir éin tabell per fil. Vel ein tabell, eller last ned heile saka som Excel-arbeidsbok (format=xlsx).',
    en: 'CSV holds one table per file. Choose a table, or download the whole case as an Excel workbook (format=xlsx).',
  }[language];
}

function nothingToExport(language: Language): string {
  return {
    nb: 'Saken har ikke denne tabellen (ennå), eller ikke denne revisjonen, dette scenarioet, denne enheten eller dette budsjettåret',
    nn: 'Saka har ikkje denne tabellen (enno), eller ikkje denne revisjonen, dette scenarioet, denne eininga eller dette budsjettåret',
    en: 'The case has no such table (yet), or no such revision, scenario, joint unit or budget year',
  }[language];
}

/** Today in Norway: part of the cache key, since the «Kilder» sheet states the day of the export. */
function osloDay(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

export const exportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/export',
    access: 'reader',
    tag: 'export',
    summary:
      'A table (?table=baseline|cash-flows|…) or the whole case (?table=all) as a file: format=xlsx (one sheet per table and a «Kilder» sheet with the revision, dates, sources and placeholders) or format=csv (one table; semicolon, decimal comma, UTF-8 with BOM). ?scenario for scenario tables, ?unit and ?year for the operations tables (operations-budget, a-konto; default the first unit and its latest budget year), ?revision (default the newest), ?language nb|nn|en (default the message language). Readers get small groups withheld exactly as on the pages. 400 names a bad parameter (table=all with csv is refused); 404 for an unknown revision or scenario, or a table the case has nothing for',
    async handle(c) {
      const query = readQuery(c, ExportQuery);
      const language = query.language ?? c.var.language;
      if (query.table === 'all' && query.format === 'csv') {
        throw new ValidationError([
          { path: 'format', code: 'csv_single_table', message: csvNeedsOneTable(c.var.language) },
        ]);
      }
      const ref = await revisionRef(c, query.revision);
      const role = c.var.role ?? 'reader';
      const now = new Date();
      const parameters = { ...query, language, role, day: osloDay(now) };
      try {
        return await cachedFileResponse(c, resultKey(ref, 'export', parameters), async () => {
          const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
          if (!loaded) return null;
          const { scenario } = query;
          if (scenario !== undefined && !loaded.document.scenarios.some((s) => s.id === scenario))
            return null;
          return c.var.deps.compute.run({
            kind: 'export',
            document: loaded.document,
            revision: ref.revision,
            caseId: ref.caseId,
            savedAt: loaded.meta.createdAt,
            exportedAt: now.toISOString(),
            table: query.table,
            format: query.format,
            scenarioId: scenario,
            unitId: query.unit,
            year: query.year,
            role,
            language,
            // The dataset the comparison page answers from (a refreshed file may replace the shipped one).
            ...(exportUsesReferenceData(query.table) ? { referenceData: referenceDataOf(c.var.deps) } : {}),
          });
        });
      } catch (error) {
        if (error instanceof NotFoundError) throw new NotFoundError(nothingToExport(c.var.language));
        throw error;
      }
    },
  }),
];
