/**
 * The one upgrade path every loaded case document passes through (database, file, import, API), before
 * validation. Saved revisions are never rewritten: upgrades happen in memory on read.
 * @module
 */
import { CURRENT_SCHEMA_VERSION } from './schema/case-document-shape.ts';

type Upgrade = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * `UPGRADES[n]` turns a version-n document into version n+1. Add one entry per schema change; never edit
 * an entry once released.
 */
const UPGRADES: Record<number, Upgrade> = {
  // Version 0: drafts written before `schemaVersion` existed. Their shape is version 1's.
  0: (doc) => ({ ...doc, schemaVersion: 1 }),
  // Version 1 → 2: `{ assumption: { owner, note } }` becomes `{ placeholder: { toBeSetBy: owner, note } }`.
  // Nothing in a version-1 document shows that the owner set the value, so it is a placeholder they ought to set.
  1: (doc) => ({ ...(assumptionsToPlaceholders(doc) as Record<string, unknown>), schemaVersion: 2 }),
};

function assumptionsToPlaceholders(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(assumptionsToPlaceholders);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, child]) => {
    if (key === 'assumption' && child && typeof child === 'object' && !Array.isArray(child)) {
      const { owner, ...rest } = child as Record<string, unknown>;
      return ['placeholder', owner === undefined ? rest : { toBeSetBy: owner, ...rest }];
    }
    return [key, assumptionsToPlaceholders(child)];
  });
  return Object.fromEntries(entries);
}

export type MigrationResult =
  | { ok: true; document: unknown; fromVersion: number }
  | { ok: false; code: 'not_an_object' | 'unsupported_schema_version'; fromVersion?: number };

function versionOf(doc: Record<string, unknown>): number | null {
  const version = doc['schemaVersion'];
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** Upgrades a raw document to `CURRENT_SCHEMA_VERSION`. Does not validate; `parseCase` does that next. */
export function migrateCase(raw: unknown): MigrationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, code: 'not_an_object' };
  let doc = raw as Record<string, unknown>;
  const fromVersion = versionOf(doc);
  if (fromVersion === null || fromVersion > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'unsupported_schema_version',
      ...(fromVersion === null ? {} : { fromVersion }),
    };
  }
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const upgrade = UPGRADES[version];
    if (!upgrade) throw new Error(`No upgrade from schema version ${version}`);
    doc = upgrade(doc);
  }
  return { ok: true, document: doc, fromVersion };
}
