/**
 * Checks an .xlsx file (a zip archive) before a workbook library unpacks it: a few kilobytes can unpack to
 * gigabytes (a zip bomb), and the size an archive declares may lie. Each entry is inflated here with a hard
 * limit on its output (`maxOutputLength`), so the check itself never holds more than the budget, and the
 * library only sees archives that unpack to a bounded size.
 * @module
 */
import { inflateRawSync } from 'node:zlib';

/** Most bytes a workbook may unpack to: a 10 000-row baseline is about 5 MB of sheet XML. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** Most entries an archive may have; an .xlsx from Excel has a dozen or two. */
const MAX_ENTRIES = 500;

export type ZipCheck = 'ok' | 'not_a_workbook' | 'workbook_too_large';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65 535.
  const lowest = Math.max(0, view.byteLength - 22 - 65_535);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

/** `ok` when the archive is well-formed and unpacks within `maxUnpacked` bytes ({@link MAX_UNPACKED_BYTES} unless told). */
export function checkZip(bytes: Uint8Array, maxUnpacked: number = MAX_UNPACKED_BYTES): ZipCheck {
  if (bytes.byteLength < 22) return 'not_a_workbook';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return 'not_a_workbook';
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0 || count > MAX_ENTRIES)
    return count > MAX_ENTRIES ? 'workbook_too_large' : 'not_a_workbook';
  let budget = maxUnpacked;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) return 'not_a_workbook';
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) return 'not_a_workbook';
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    // 0xffffffff: a zip64 entry, which no spreadsheet this size needs.
    if (compressed === 0xffffffff || start + compressed > bytes.byteLength) return 'not_a_workbook';
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) budget -= compressed;
    else if (method === 8) {
      try {
        budget -= inflateRawSync(data, { maxOutputLength: budget + 1 }).byteLength;
      } catch (error) {
        if (error instanceof RangeError) return 'workbook_too_large';
        return 'not_a_workbook';
      }
    } else return 'not_a_workbook';
    if (budget < 0) return 'workbook_too_large';
  }
  return 'ok';
}
