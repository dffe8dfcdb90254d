/**
 * How a made document is shown: its hash shortened, its size in kilobytes.
 * @module
 */
import { formatNumber } from '../../../i18n/format.ts';

/** How many characters of the SHA-256 are shown; the full value is always there too. */
export const SHORT_HASH_LENGTH = 12;

/** The first 12 hexadecimal characters: enough to tell two files apart by eye. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, SHORT_HASH_LENGTH);
}

/** `23,4 kB` under 100 kB, `412 kB` above; never 0 for a file with something in it. */
export function formatKilobytes(bytes: number): string {
  const kilobytes = bytes / 1000;
  if (kilobytes >= 100) return `${formatNumber(Math.round(kilobytes))} kB`;
  return `${formatNumber(Math.max(kilobytes, bytes > 0 ? 0.1 : 0), 1)} kB`;
}
