/**
 * Reads a case document from a JSON or YAML file and validates it through `parseCase`, the same boundary
 * parser as every other load. The extension decides the syntax; syntax errors are `invalid_json` issues
 * that give the line and column.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { labelIssues } from '../case/field-label.ts';
import { parseCase } from '../case/parse-case.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { ValidationError, type FieldIssue } from '../common/errors.ts';
import { customMessage } from '../i18n/issue-messages.ts';
import type { Language } from '../i18n/language.ts';
import { CommandFailedError, UsageError } from './cli-errors.ts';
import { cliMessages } from './messages.ts';

type Syntax = 'json' | 'yaml';

const SYNTAX_BY_EXTENSION: Record<string, Syntax> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml' };

interface TextPosition {
  line: number;
  column: number;
}

function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where `JSON.parse` stopped, from its message (V8 gives an offset, or nothing at the end of input). */
function jsonErrorPosition(text: string, error: SyntaxError): TextPosition {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /position (\d+)/.exec(error.message);
  return positionAt(text, offset ? Number(offset[1]) : text.length);
}

function syntaxPosition(text: string, syntax: Syntax, error: unknown): TextPosition | null {
  if (syntax === 'json' && error instanceof SyntaxError) return jsonErrorPosition(text, error);
  if (syntax === 'yaml' && error instanceof YAMLParseError) {
    const start = error.linePos?.[0];
    return start ? { line: start.line, column: start.col } : positionAt(text, error.pos[0]);
  }
  return null;
}

/** Parses the text as JSON or YAML; a syntax error becomes an `invalid_json` issue with its position. */
export function parseCaseText(
  text: string,
  syntax: Syntax,
  language: Language,
): { ok: true; value: unknown } | { ok: false; issue: FieldIssue } {
  try {
    return {
      ok: true,
      value: syntax === 'json' ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown),
    };
  } catch (error) {
    const position = syntaxPosition(text, syntax, error);
    if (position === null) {
      // The YAML reader refuses documents whose aliases expand without bound ("billion laughs") and
      // nestings too deep to follow; both are bad input, not a fault of Flokk.
      if (!(error instanceof Error)) throw error;
      return {
        ok: false,
        issue: {
          path: '',
          code: 'invalid_json',
          message: `${customMessage('invalid_json', language)} (${error.message})`,
        },
      };
    }
    const where = cliMessages(language).atPosition(position.line, position.column);
    return {
      ok: false,
      issue: {
        path: '',
        code: 'invalid_json',
        message: `${customMessage('invalid_json', language)} (${where})`,
      },
    };
  }
}

async function readText(path: string, shownAs: string, language: Language): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const messages = cliMessages(language);
    const notFound = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new CommandFailedError(
      notFound ? messages.fileNotFound(shownAs) : messages.fileUnreadable(shownAs),
      { cause: error },
    );
  }
}

/**
 * Reads, parses, migrates and validates the case in `file` (relative to `cwd`).
 * @throws ValidationError naming each invalid field in words («Skaun, Sentralbord: årsverk»), CommandFailedError,
 *   UsageError.
 */
export async function readCaseFile(
  file: string,
  options: { cwd: string; language: Language; commandName: string },
): Promise<CaseDocument> {
  const { language } = options;
  const syntax = SYNTAX_BY_EXTENSION[extname(file).toLowerCase()];
  if (syntax === undefined)
    throw new UsageError(cliMessages(language).unsupportedExtension(file), options.commandName);
  const text = await readText(resolve(options.cwd, file), file, language);
  const invalid = (issues: FieldIssue[]) =>
    new ValidationError(issues, cliMessages(language).invalidCase(file));
  const raw = parseCaseText(text, syntax, language);
  if (!raw.ok) throw invalid([raw.issue]);
  const result = parseCase(raw.value, language);
  // Each field named in words from the file itself; the path stays on the issue for programs.
  if (!result.success) throw invalid(labelIssues(result.issues, raw.value, language));
  return result.data;
}
