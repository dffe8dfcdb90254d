/**
 * The service codes of the glossary, as the case document's `ServiceCode` enum lists them. The engine keeps
 * its own copy because it imports no other layer; a test in the case layer can check the two agree.
 * @module
 */

export const SERVICE_CODES = [
  'switchboard',
  'serviceDesk',
  'mailReception',
  'archive',
  'payroll',
  'accounting',
  'invoicing',
  'landUsePlanning',
  'buildingPermits',
  'surveying',
  'geodata',
  'agriculture',
  'civilProtection',
  'climateEnvironment',
  'humanResources',
  'communication',
] as const;

/** A service as named in the glossary (sentralbord = `switchboard`, byggesak = `buildingPermits`, …). */
export type ServiceCode = (typeof SERVICE_CODES)[number];
