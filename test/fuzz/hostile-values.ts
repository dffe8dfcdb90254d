/**
 * Generators of hostile input for the fuzz suite (`npm test`) and the soak (`npm run soak`): what an attacker,
 * a broken client or a careless paste sends to a boundary. Each generator mixes values that are merely odd
 * with values that broke Flokk before (issue 11): NUL bytes, lone surrogates, bidirectional overrides,
 * invisible-only names, impossible dates, `javascript:` URLs, numbers at and past the edges of what
 * PostgreSQL and the engine take, huge and deeply nested values.
 * @module
 */
import fc from 'fast-check';

/** How many inputs each boundary gets: small in `npm test`, 10 000 in the soak. */
export const FUZZ_RUNS = Number(process.env['FLOKK_FUZZ_RUNS'] ?? 60);

/** Time for one property: a save with its reads takes up to about 0,2 s on this machine's 2 cores. */
export const FUZZ_TIMEOUT_MS = Math.max(30_000, FUZZ_RUNS * 1_000);

/** Strings that broke something once, or that are classic probes. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u200B\u200B\u200B',
  '\u200D',
  '\uFEFF',
  '\u202Egnp.exe',
  '\u2066isolate\u2069',
  '\u0007bell',
  '\u001B[31mred',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  "'; DROP TABLE case_revisions; --",
  '$1',
  '${process.exit()}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '2026-02-30',
  '2026-04-31',
  '0000-01-01',
  '9999-12-31',
  '2026-13-01',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '-1',
  '2147483648',
  '4294967296',
  '9007199254740993',
  '0x10',
  ' 5 ',
  '5,5',
  '1_000',
  'ÆØÅ æøå',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  '\r\n',
  'a'.repeat(600),
  'ø'.repeat(6000),
];

/** Numbers at the edges: of JavaScript, of PostgreSQL's integer, of the engine's seed, of a budget. */
export const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  0.1 + 0.2,
  1e-320,
  0.5,
  1.005,
  12.345,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e15,
  1e16,
  1e100,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 10 }))
      .map(([nasty, plain]) => `${plain}${nasty}${plain}`),
  },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
);

/** A nesting far deeper than any document has: recursion over it must not overflow the stack. */
export function deeplyNested(depth: number): unknown {
  return new DeeplyNested(depth);
}

/**
 * A stand-in for `[{"a":[{"a":… "bunn" …}]}]` nested `depth` times. JSON.stringify and fast-check's printer
 * recurse and would overflow on the real thing, so `jsonText` writes it out as text, as an attacker would.
 */
class DeeplyNested {
  constructor(readonly depth: number) {}
  toJSON(): string {
    return `@@deep:${this.depth}@@`;
  }
  [fc.toStringMethod](): string {
    return `deeplyNested(${this.depth})`;
  }
}

function nestedText(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += i % 2 === 0 ? '[' : '{"a":';
    close = (i % 2 === 0 ? ']' : '}') + close;
  }
  return `${open}"bunn"${close}`;
}

/** The JSON text a client sends for `value`, deep nestings written out in full. */
export function jsonText(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/"@@deep:(\d+)@@"/g, (_, depth: string) =>
    nestedText(Number(depth)),
  );
}

/** JSON for a failure message, shortened; values too deep to print are named as such. */
export function describeInput(input: unknown): string {
  try {
    return (JSON.stringify(input) ?? String(input)).slice(0, 300);
  } catch {
    return '(too deeply nested to print)';
  }
}

/**
 * A path segment as a client would send it. Text with a lone surrogate cannot be percent-encoded as UTF-8;
 * a hostile client sends the raw bytes instead, which is what this gives.
 */
export function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80%FF';
  }
}

/** Any JSON value, with the hostile strings and numbers, odd keys, and now and then a very deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null)) },
  {
    weight: 2,
    arbitrary: fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        hostileString,
        hostileNumber,
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')), tie('value'), {
          maxKeys: 4,
        }),
      ),
    })).value,
  },
  { weight: 1, arbitrary: fc.constantFrom(2_000, 20_000).map((depth) => deeplyNested(depth)) },
);

type Path = (string | number)[];

/** Every path in a JSON value, parents before children. */
export function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => allPaths(item, [...path, index], out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allPaths(item, [...path, key], out);
  }
  return out;
}

/** A copy of `value` with the value at `path` replaced (or, for `undefined`, removed). */
export function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    // An earlier accepted save may have changed the shape: then there is nothing at this path to change.
    if (next === null || typeof next !== 'object') return copy;
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else {
    // defineProperty, so a "__proto__" key becomes data as JSON.parse would make it, not a prototype.
    Object.defineProperty(node, last, {
      value: replacement,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** One change to a document: a field replaced by a hostile value, removed, or an unknown field added. */
export interface DocumentMutation {
  path: Path;
  kind: 'replace' | 'remove' | 'add';
  value: unknown;
}

/** Mutations of `document`, choosing any of its fields, so every field of the schema is reached in time. */
export function documentMutation(document: unknown): fc.Arbitrary<DocumentMutation> {
  const paths = allPaths(document).filter((p) => p.length > 0);
  return fc.record({
    path: fc.constantFrom(...paths),
    kind: fc.constantFrom('replace', 'replace', 'replace', 'remove', 'add'),
    value: hostileValue,
  }) as fc.Arbitrary<DocumentMutation>;
}

export function applyMutation(document: unknown, mutation: DocumentMutation): unknown {
  if (mutation.kind === 'remove') return replaceAt(document, mutation.path, undefined);
  if (mutation.kind === 'add')
    return replaceAt(document, [...mutation.path.slice(0, -1), 'ukjentFelt'], mutation.value);
  return replaceAt(document, mutation.path, mutation.value);
}

/** True when `message` reads as a sentence for a person rather than a code or key (`text_invisible`). */
export function isSentence(message: string): boolean {
  return message.trim().length > 0 && !/^[a-z0-9_.]+$/.test(message.trim());
}
