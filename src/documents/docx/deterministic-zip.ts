/**
 * Makes a DOCX the same bytes every time for the same document. The `docx` library stamps the package with
 * the clock twice: `dcterms:created`/`dcterms:modified` in docProps/core.xml, and each zip entry's
 * modification time. Both are replaced by the revision's timestamp, and the parts are zipped again in the
 * order the library wrote them, so a document of a revision can be checked by its SHA-256.
 * @module
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** `2026-06-10T08:30:00Z`: W3CDTF as Word writes it, to the second. */
export function w3cdtf(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${timestamp}`);
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The zip entries' time. The zip format stores a local date and time without a zone, and fflate reads the
 * local fields of the Date it is given; a Date built from the revision's UTC fields with the local-time
 * constructor gives the same fields, so the same bytes, whatever the machine's time zone.
 */
function zipTime(timestamp: string): Date {
  const d = new Date(timestamp);
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

const STAMP = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/** The package `docx` wrote, with its clock readings replaced by `timestamp`. */
export function fixPackageTimes(packed: Uint8Array, timestamp: string): Uint8Array {
  const parts = unzipSync(packed);
  const stamp = w3cdtf(timestamp);
  const mtime = zipTime(timestamp);
  const files: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) {
    const content =
      name === 'docProps/core.xml' ? strToU8(strFromU8(bytes).replace(STAMP, `$1${stamp}$3`)) : bytes;
    files[name] = [content, { mtime, level: 6 }];
  }
  return zipSync(files);
}
