import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_UNPACKED_BYTES, checkZip } from './zip-guard.ts';

/** A one-entry zip archive of `content`, deflated, its sizes as `declared` says (a bomb may lie about them). */
function zipOf(content: Uint8Array, declared = content.byteLength): Uint8Array {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.byteLength, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.byteLength, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.byteLength, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.byteLength, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.byteLength + name.byteLength + data.byteLength;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.byteLength + name.byteLength, 12);
  end.writeUInt32LE(directoryAt, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

describe('checkZip', () => {
  it('passes a small archive', () => {
    expect(checkZip(zipOf(new Uint8Array(1_000)))).toBe('ok');
  });

  it('refuses a zip bomb that unpacks past the limit, even when it declares a small size', () => {
    // 65 MB of zeros deflate to about 64 kB; the archive claims 1 000 bytes.
    const bomb = zipOf(new Uint8Array(MAX_UNPACKED_BYTES + 1_000_000), 1_000);
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(checkZip(bomb)).toBe('workbook_too_large');
  });

  it('refuses bytes that are no archive, and an empty file', () => {
    expect(checkZip(new Uint8Array(0))).toBe('not_a_workbook');
    expect(checkZip(new TextEncoder().encode('PK ikke et arkiv, bare tekst som er lengre enn 22 byte'))).toBe(
      'not_a_workbook',
    );
  });
});
