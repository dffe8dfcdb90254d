import { describe, expect, it } from 'vitest';
import { ServiceCode } from '../../case/schema/service-areas.ts';
import { SERVICE_CODES } from './service-code.ts';
import { serviceAttributes, serviceAttributesFor } from './service-attributes.ts';
import { SOURCES } from './sources.ts';

describe('service attributes', () => {
  it('has one row per glossary service code, the same codes as the case schema', () => {
    expect(serviceAttributes.map((s) => s.code)).toEqual([...SERVICE_CODES]);
    expect([...SERVICE_CODES]).toEqual(ServiceCode.options);
  });

  it('marks building permits, cadastral surveying and agriculture as individual decisions (LAW.md § 0 point 6)', () => {
    const core = serviceAttributes.filter((s) => s.individualDecisions.value === 'core').map((s) => s.code);
    expect(core).toEqual(['buildingPermits', 'surveying', 'agriculture']);
  });

  it('keeps plan adoption with each council (pbl § 3-3, § 9-3) and the emergency plan with each municipality (§ 5)', () => {
    const limits = (code: (typeof SERVICE_CODES)[number]) =>
      serviceAttributesFor(code)
        .retained.filter((m) => m.limitsSharing)
        .flatMap((m) => m.references.map((r) => r.provision));
    expect(limits('landUsePlanning')).toEqual(['§ 3-3', '§ 9-3 tredje ledd']);
    expect(limits('civilProtection')).toEqual(['§ 5', '§ 2']);
    expect(limits('payroll')).toEqual([]);
  });

  it('names only sources that exist in LAW.md section 7', () => {
    for (const service of serviceAttributes) {
      const references = [
        ...service.individualDecisions.references,
        ...service.principledCases.references,
        ...service.statutoryTask.references,
        ...(service.specialActOpening?.references ?? []),
        ...service.retained.flatMap((m) => m.references),
        ...service.modelRules.flatMap((r) => r.references),
        ...service.notes.flatMap((n) => n.references),
      ];
      for (const source of references.flatMap((r) => r.sources))
        expect(SOURCES[source], service.code).toBeDefined();
    }
  });

  it('flags the services LAW.md does not cover as UNCONFIRMED readings', () => {
    const uncovered = serviceAttributes.filter((s) => !s.coveredBySources);
    expect(uncovered.map((s) => s.code)).toEqual(['serviceDesk', 'humanResources', 'communication']);
    for (const service of uncovered) expect(service.individualDecisions.unconfirmed).toBe(true);
  });
});
