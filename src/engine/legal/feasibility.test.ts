import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feasibility, feasibilityMatrix, lawfulModels, serviceFeasibility } from './feasibility.ts';
import type { LegalModelDescriptor } from './legal-model.ts';
import { formatReference } from './legal-reference.ts';
import { legalModelById, legalModels } from './registry.ts';
import { SERVICE_CODES, type ServiceCode } from './service-code.ts';
import { isAtLeastAsPermissive } from './verdict.ts';

function model(id: string): LegalModelDescriptor {
  const found = legalModelById(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

const cell = (id: string, service: ServiceCode) => serviceFeasibility(model(id), service);
const part = (id: string, service: ServiceCode, name: string) => {
  const found = cell(id, service).parts.find((p) => p.part === name);
  if (!found) throw new Error(`no ${name} part in ${id} × ${service}`);
  return found;
};
const citations = (reasons: readonly { references: readonly Parameters<typeof formatReference>[0][] }[]) =>
  reasons.flatMap((r) => r.references.map(formatReference));

const HOST_MODELS = ['vertskommune-administrativ', 'vertskommune-nemnd'];
const COMPANIES = ['interkommunalt-selskap', 'aksjeselskap'];

describe('preparing and deciding are judged part by part (issue 14)', () => {
  // Kommuneloven § 19-1 second para. bars a KO from individual decisions, not from preparing them;
  // § 5-4 first para. bars an IKS unless a special act opens for it. Each municipality keeps the decisions.
  it.each(['kommunalt-oppgavefellesskap', 'interkommunalt-selskap'])(
    '%s may prepare building permits while each municipality decides: lawful with conditions',
    (id) => {
      const building = cell(id, 'buildingPermits');
      expect(building.verdict).toBe('conditional');
      // The preparation is open to the model; its only condition is the data processing agreement (GDPR art. 28).
      const preparation = part(id, 'buildingPermits', 'preparation');
      expect(preparation.reasons[0]?.code).toBe('model_produces_services');
      expect(preparation.reasons.filter((r) => r.effect === 'condition').map((r) => r.code)).toEqual([
        'data_processing_agreement',
      ]);
      const decision = part(id, 'buildingPermits', 'decision');
      expect(decision.verdict).toBe('conditional');
      expect(decision.reasons.map((r) => r.code)).toContain(
        id === 'interkommunalt-selskap'
          ? 'company_prepares_municipality_decides'
          : 'cannot_decide_prepares_only',
      );
      expect(citations(decision.reasons)).toContain(
        id === 'interkommunalt-selskap' ? 'kommuneloven § 5-4 første ledd' : 'kommuneloven § 19-1 annet ledd',
      );
    },
  );

  it('puts the KO on the same footing as purchase of services for building permits, surveying and agriculture', () => {
    for (const service of ['buildingPermits', 'surveying', 'agriculture'] as const) {
      expect(cell('kommunalt-oppgavefellesskap', service).verdict).toBe(
        cell('kjop-av-tjenester', service).verdict,
      );
    }
  });

  // Veileder om interkommunalt samarbeid (2023) kap. 3.2.2: «Interkommunalt politisk råd skal ikke produsere
  // tjenester, men være et samarbeidsforum» [L6] – the model's purpose, not a statutory bar.
  it('calls the political council "not suited" for every service, citing the guide, never "not lawful"', () => {
    for (const service of SERVICE_CODES) {
      const c = cell('interkommunalt-politisk-rad', service);
      expect(c.verdict, service).toBe('notSuited');
      const why = c.reasons.find((r) => r.effect === 'notSuited');
      expect(why?.code).toBe('model_not_suited_for_services');
      expect(why?.text.nb).toContain('skal ikke produsere tjenester');
      expect(citations(c.reasons)).toContain('Veileder om interkommunalt samarbeid (2023) kap. 3.2.2');
    }
  });

  // Plan- og bygningsloven § 1-9: the ministry is the appeals body and has delegated it to the statsforvalter
  // [L18][L19][L20]; kommuneloven § 20-5 makes the host the lower instance.
  it('names the statsforvalter as appeals body for building permits, and the host as lower instance', () => {
    for (const id of legalModels.map((m) => m.id)) {
      const appeal = part(id, 'buildingPermits', 'appeal');
      expect(appeal.reasons[0]?.code).toBe('appeals_body_countyGovernor');
      expect(appeal.reasons[0]?.text.nb).toContain('statsforvalteren');
      expect(citations(appeal.reasons)).toContain('plan- og bygningsloven § 1-9');
    }
    for (const id of HOST_MODELS) {
      expect(citations(part(id, 'buildingPermits', 'appeal').reasons)).toContain('kommuneloven § 20-5');
    }
  });

  // Offentleglova §§ 29 and 32 [L12]: the receiving body decides access requests; appeals go to the
  // statsforvalter. A company cannot take that decision for the municipalities without a legal basis (§ 5-4).
  it('lets the mail room’s access decisions constrain IKS and AS, flagged where the notes are unconfirmed', () => {
    for (const id of COMPANIES) {
      const decision = part(id, 'mailReception', 'decision');
      expect(decision.verdict).toBe('conditional');
      expect(decision.reasons.map((r) => r.code)).toContain('company_prepares_municipality_decides');
      expect(citations(decision.reasons)).toEqual(expect.arrayContaining(['offentleglova § 29']));
      expect(cell(id, 'mailReception').verdict).toBe('conditional');
      expect(cell(id, 'mailReception').unconfirmed).toBe(true);
    }
    expect(part('vertskommune-administrativ', 'mailReception', 'decision').verdict).toBe('lawful');
  });

  // Matrikkellova § 5a second para. [S1a]: only a chapter 20 host or Kartverket keeps the cadastre for the
  // municipality; § 35 second para. [S25]: surveying may be bought from others, the municipality appoints a
  // licensed surveyor. So fieldwork is open to all; the entries and decisions stay home.
  it('restricts only the cadastre entries and decisions in surveying; the fieldwork is open to companies', () => {
    for (const id of COMPANIES) {
      expect(cell(id, 'surveying').verdict).toBe('conditional');
      expect(part(id, 'surveying', 'preparation').verdict).toBe('conditional');
      const registry = part(id, 'surveying', 'registry');
      expect(registry.reasons.map((r) => r.code)).toEqual(['cadastre_stays_home']);
      expect(citations(registry.reasons)).toContain('matrikkellova § 5a annet ledd');
    }
    const host = part('vertskommune-administrativ', 'surveying', 'registry');
    expect(host.verdict).toBe('lawful');
    expect(host.reasons.map((r) => r.code)).toEqual(['cadastre_by_host_agreement']);
  });

  // Kommuneloven § 20-2 first para.: the administrative host only decides cases without principled
  // significance; § 20-3: a joint board decides all.
  it('keeps principled building cases at home in the administrative host model, not with a joint board', () => {
    const admin = part('vertskommune-administrativ', 'buildingPermits', 'decision');
    expect(admin.reasons.map((r) => [r.code, r.effect])).toEqual([
      ['host_may_decide', 'allows'],
      ['principled_cases_stay_home', 'condition'],
    ]);
    expect(part('vertskommune-nemnd', 'buildingPermits', 'decision').verdict).toBe('lawful');
  });

  // GDPR art. 28 [L21a]; Datatilsynet names payroll as a typical processor relation [L21c].
  it('makes a data processing agreement a condition for payroll in every model that processes for others', () => {
    for (const m of legalModels.filter((x) => x.serviceProduction.value === 'yes')) {
      const prep = part(m.id, 'payroll', 'preparation');
      const dpa = prep.reasons.find((r) => r.code === 'data_processing_agreement');
      expect(dpa?.effect, m.id).toBe('condition');
      expect(citations(prep.reasons)).toContain('personvernforordningen (GDPR) art. 28');
    }
    // Applying this to a host municipality is not confirmed in the notes (LAW-ADDENDUM § 6).
    expect(part('vertskommune-administrativ', 'payroll', 'preparation').unconfirmed).toBe(true);
    expect(part('fagnettverk', 'payroll', 'preparation').reasons.map((r) => r.code)).not.toContain(
      'data_processing_agreement',
    );
  });

  it('keeps plan adoption with each council (pbl § 3-3, § 9-3 third para.): conditional in every producing model', () => {
    for (const m of legalModels.filter((x) => x.serviceProduction.value === 'yes')) {
      const decision = part(m.id, 'landUsePlanning', 'decision');
      expect(decision.verdict, m.id).toBe('conditional');
      expect(decision.reasons.filter((r) => r.effect === 'condition').map((r) => r.code)).toEqual([
        'plan_adoption_by_council',
        'final_plan_by_each_council',
      ]);
    }
  });

  it('says "not confirmed" in every language where the notes say UNCONFIRMED, never the English word', () => {
    const matrix = feasibilityMatrix(legalModels, SERVICE_CODES);
    for (const row of matrix)
      for (const c of row.services)
        for (const r of c.reasons) {
          expect(r.text.nb).not.toContain('UNCONFIRMED');
          expect(r.text.nn).not.toContain('UNCONFIRMED');
          expect(r.text.en).not.toContain('UNCONFIRMED');
          expect(r.text.nn.length, `${row.modelId} ${c.service} ${r.code}`).toBeGreaterThan(0);
        }
  });
});

describe('the whole service is never more permissive than its most restricted part', () => {
  it('holds for every service and model (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...legalModels), fc.constantFrom(...SERVICE_CODES), (m, service) => {
        const result = serviceFeasibility(m, service);
        return result.parts.every((p) => isAtLeastAsPermissive(p.verdict, result.verdict));
      }),
      { numRuns: 500 },
    );
  });

  it('holds for a package and its services (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...legalModels),
        fc.uniqueArray(fc.constantFrom(...SERVICE_CODES), { minLength: 1, maxLength: 6 }),
        (m, services) => {
          const pkg = feasibility(m, services);
          return pkg.services.every((s) => isAtLeastAsPermissive(s.verdict, pkg.verdict));
        },
      ),
    );
  });
});

describe('feasibility of a package', () => {
  it('uses the least permissive verdict of its services (saksframlegget)', () => {
    const ko = feasibility(model('kommunalt-oppgavefellesskap'), ['switchboard', 'buildingPermits']);
    expect(ko.services.map((c) => c.verdict)).toEqual(['lawful', 'conditional']);
    expect(ko.verdict).toBe('conditional');
    expect(ko.packageRule.references[0]!.sources).toEqual(['S34c']);
  });

  it('lists every model except the political council as a candidate for the switchboard', () => {
    expect(lawfulModels(legalModels, ['switchboard']).map((m) => m.id)).not.toContain(
      'interkommunalt-politisk-rad',
    );
    expect(lawfulModels(legalModels, ['switchboard'])).toHaveLength(legalModels.length - 1);
  });

  it('refuses an empty package', () => {
    expect(() => feasibility(model('vertskommune-administrativ'), [])).toThrow(RangeError);
  });

  it('gives every model a verdict for every service code, with a cited paragraph in every formal model', () => {
    const matrix = feasibilityMatrix(legalModels, SERVICE_CODES);
    expect(matrix).toHaveLength(legalModels.length);
    for (const row of matrix) {
      expect(row.services).toHaveLength(SERVICE_CODES.length);
      const formal = model(row.modelId).listedInSection17_1 || row.modelId === 'kjop-av-tjenester';
      for (const c of row.services) {
        const references = c.reasons.flatMap((r) => r.references);
        expect(references.length, `${row.modelId} × ${c.service}`).toBeGreaterThan(0);
        if (formal) expect(references.some((r) => r.provision !== null)).toBe(true);
      }
    }
  });
});
