/**
 * The legal attributes of every service code: individual decisions (enkeltvedtak), principled cases,
 * statutory task, what must stay with each municipality and the service-specific rules of special acts,
 * each with its paragraph and LAW.md source (LAW.md sections 0 and 3). One module per service in
 * `services/`; adding a service is one module plus one line here.
 * @module
 */
import type { ServiceAttributes } from './service-attribute.ts';
import { SERVICE_CODES, type ServiceCode } from './service-code.ts';
import { accounting } from './services/accounting.ts';
import { agriculture } from './services/agriculture.ts';
import { archive } from './services/archive.ts';
import { buildingPermits } from './services/building-permits.ts';
import { civilProtection } from './services/civil-protection.ts';
import { climateEnvironment } from './services/climate-environment.ts';
import { communication } from './services/communication.ts';
import { geodata } from './services/geodata.ts';
import { humanResources } from './services/human-resources.ts';
import { invoicing } from './services/invoicing.ts';
import { landUsePlanning } from './services/land-use-planning.ts';
import { mailReception } from './services/mail-reception.ts';
import { payroll } from './services/payroll.ts';
import { serviceDesk } from './services/service-desk.ts';
import { surveying } from './services/surveying.ts';
import { switchboard } from './services/switchboard.ts';

const BY_CODE: Readonly<Record<ServiceCode, ServiceAttributes>> = {
  switchboard,
  serviceDesk,
  mailReception,
  archive,
  payroll,
  accounting,
  invoicing,
  humanResources,
  communication,
  landUsePlanning,
  buildingPermits,
  surveying,
  geodata,
  agriculture,
  civilProtection,
  climateEnvironment,
};

/** The attributes of every service, in the order of `SERVICE_CODES`. */
export const serviceAttributes: readonly ServiceAttributes[] = SERVICE_CODES.map((code) => BY_CODE[code]);

/**
 * The attributes of one service.
 * @example serviceAttributesFor('buildingPermits').individualDecisions.value // → 'core'
 */
export function serviceAttributesFor(code: ServiceCode): ServiceAttributes {
  return BY_CODE[code];
}
