/**
 * Debian's PDF readers (poppler-utils' `pdfinfo` and `pdftotext`, and `qpdf`), run on a file, for the tests
 * that check what readers find in Flokk's PDFs. A missing reader is an error, never a skipped test:
 * `.ci/run` installs them.
 * @module
 */
import { spawnSync } from 'node:child_process';

/** The reader's standard output; throws when it is missing or fails (qpdf's exit 3 means warnings only). */
export function read(command: string, args: string[], okExits: number[] = [0]): string {
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC' },
  });
  if (run.error) {
    throw new Error(
      `${command} could not run (${run.error.message}): install Debian's poppler-utils and qpdf (.ci/run does)`,
    );
  }
  if (!okExits.includes(run.status ?? -1)) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${String(run.status)}:\n${run.stdout}${run.stderr}`,
    );
  }
  return run.stdout;
}

/** `pdfinfo -isodates` as a record: `Tagged` → `yes`, `CreationDate` → `2026-06-10T08:30:00Z`. */
export function pdfinfo(file: string): Record<string, string> {
  const lines = read('pdfinfo', ['-isodates', file]).split('\n');
  return Object.fromEntries(
    lines.flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1] ?? '', match[2] ?? '']] : [];
    }),
  );
}

/** The text `pdftotext` finds, with every run of white space (line breaks, no-break spaces) as one space. */
export function pdftotext(file: string): string {
  return read('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/gu, ' ');
}

type QpdfObject = { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } };

/** The file's objects as `qpdf --json=2` gives them, with the streams' decoded data, and its catalog. */
export function qpdfJson(file: string) {
  const args = [
    '--json=2',
    '--json-key=qpdf',
    '--json-stream-data=inline',
    '--decode-level=generalized',
    file,
  ];
  const json = JSON.parse(read('qpdf', args)) as { qpdf: [unknown, Record<string, QpdfObject>] };
  const objects = json.qpdf[1];
  const object = (ref: unknown): QpdfObject => objects[`obj:${String(ref)}`] ?? {};
  const trailer = objects.trailer?.value as Record<string, unknown>;
  const catalog = object(trailer['/Root']).value as Record<string, unknown>;
  /** A stream's data as text. */
  const streamText = (ref: unknown) => Buffer.from(object(ref).stream?.data ?? '', 'base64').toString('utf8');
  /** Every structure element's dictionary (`/S` its type, `/Alt` a figure's alt text, …). */
  const structureElements = Object.values(objects).flatMap((o) => {
    const v = o.value as Record<string, unknown> | undefined;
    return v && typeof v === 'object' && '/S' in v && '/P' in v ? [v] : [];
  });
  /** The structure types (`/H1`, `/Table`, …) of every structure element. */
  const structureTypes = new Set(structureElements.map((v) => String(v['/S'])));
  return { object, catalog, streamText, structureElements, structureTypes };
}
