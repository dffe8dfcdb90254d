import { z } from 'zod';
import { Id, LocalizedText, SourceRef, list } from './common.ts';
import { SourceDisagreement } from './process.ts';
import { TEXT_LIMITS, note, text } from './text.ts';

/** Services as named in the glossary; an area of study may cover several. */
export const ServiceCode = z.enum([
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
]);
export type ServiceCode = z.infer<typeof ServiceCode>;

/** administrative: internal support services · communityDevelopment: services and authority towards citizens. */
export const Domain = z.enum(['administrative', 'communityDevelopment']);
/** study: studied for a formal cooperation · professionalNetwork: informal network · pilot: tried out in practice. */
export const AreaKind = z.enum(['study', 'professionalNetwork', 'pilot']);
/** Status of the area's work; `notStated` where the sources do not say. */
export const AreaStatus = z.enum([
  'notStarted',
  'ongoing',
  'reported',
  'decided',
  'established',
  'dropped',
  'notStated',
]);

export const ServiceArea = z.strictObject({
  id: Id,
  code: text(16).meta({ description: 'Short code shown in tables' }),
  name: LocalizedText,
  services: list(ServiceCode, 100).min(1),
  domain: Domain,
  kind: AreaKind,
  phase: z
    .number()
    .int()
    .min(1)
    .max(3)
    .nullable()
    .meta({ description: 'Study phase (1 or 2); null if none' }),
  status: AreaStatus,
  source: SourceRef.optional(),
  /** What the sources say about the area beyond its name, e.g. where it is only named in one of them. */
  note: note(TEXT_LIMITS.paragraph).optional(),
  /** Where the sources disagree about the area (its phase or status). */
  sourcesDisagree: SourceDisagreement.optional(),
});
export type ServiceArea = z.infer<typeof ServiceArea>;
