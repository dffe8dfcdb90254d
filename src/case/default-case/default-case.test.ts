import { describe, expect, it } from 'vitest';
import { baselineTotals } from '../../engine/baseline-totals.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { defaultCase, defaultCaseInput } from './default-case.ts';
import { SOURCED_FIELDS, isDocumentSource, sourceDeviation } from '../baseline-field-source.ts';

const doc: CaseDocument = defaultCase();

/** The TOTALT rows of the three staffing tables in the saksframlegg («Kort beskrivelse av dagens bemanning»). */
const DOCUMENT_TOTALS = {
  'lonn-regnskap-fakturering': { fte: 17.6, labourCost: 14_800_000 },
  sentralbord: { fte: 2.6, labourCost: 2_080_000 },
  'arkiv-postmottak': { fte: 7.9, labourCost: 6_420_000 },
} as const;

function centralTotal(areaId: string) {
  const total = baselineTotals(doc.baseline).find((t) => t.areaId === areaId && t.scope === 'central');
  if (!total) throw new Error(`no central total for ${areaId}`);
  return total;
}

describe('the default case', () => {
  it('validates through the same parser as every other case', () => {
    const result = parseCase(structuredClone(defaultCaseInput));
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(doc.id).toBe('skaun-melhus-midtre-gauldal');
  });

  it('does not change the embedded input when parsed', () => {
    const before = JSON.stringify(defaultCaseInput);
    defaultCase();
    expect(JSON.stringify(defaultCaseInput)).toBe(before);
  });
});

describe('baseline totals against the documents’ TOTALT rows', () => {
  it('payroll, accounting and invoicing: 6.2 + 6.4 + 5.0 = 17.6 FTE; 5 500 000 + 5 200 000 + 4 100 000 = 14 800 000 kr', () => {
    const total = centralTotal('lonn-regnskap-fakturering');
    expect(total.rows).toBe(3);
    expect(total.fte.value).toBe(DOCUMENT_TOTALS['lonn-regnskap-fakturering'].fte);
    expect(total.labourCost.value).toBe(DOCUMENT_TOTALS['lonn-regnskap-fakturering'].labourCost);
  });

  it('switchboard: 0.8 + 1 + 0.8 = 2.6 FTE; 640 000 + 800 000 + 640 000 = 2 080 000 kr', () => {
    const total = centralTotal('sentralbord');
    expect(total.fte.value).toBe(DOCUMENT_TOTALS.sentralbord.fte);
    expect(total.labourCost.value).toBe(DOCUMENT_TOTALS.sentralbord.labourCost);
  });

  it('archive and mail: 1.7 + 3.7 + 2.5 = 7.9 FTE, as the TOTALT row says', () => {
    expect(centralTotal('arkiv-postmottak').fte.value).toBe(DOCUMENT_TOTALS['arkiv-postmottak'].fte);
  });

  // The saksframlegg's TOTALT row says 6 420 000 kr, but its own rows sum to 1 360 000 + 2 960 000 + 2 000 000
  // = 6 320 000 kr (each row is exactly 800 000 kr per FTE, and 7.9 × 800 000 = 6 320 000). The rows are kept
  // as given and the total is computed, so Flokk shows 6 320 000 kr. This test pins the discrepancy.
  it('archive and mail: the rows sum to 6 320 000 kr, 100 000 kr below the document’s TOTALT row', () => {
    const total = centralTotal('arkiv-postmottak');
    expect(total.labourCost.value).toBe(6_320_000);
    expect(DOCUMENT_TOTALS['arkiv-postmottak'].labourCost - 6_320_000).toBe(100_000);
  });

  it('keeps Melhus’s 6.44 decentral FTE costing 4 200 000 kr as a separate row, outside the central total', () => {
    const decentral = doc.baseline.filter((row) => row.scope === 'decentral');
    expect(decentral).toHaveLength(1);
    expect(decentral[0]).toMatchObject({
      areaId: 'lonn-regnskap-fakturering',
      municipalityNumber: '5028',
      fte: 6.44,
      labourCost: 4_200_000,
      ages: null,
    });
    const total = baselineTotals(doc.baseline).find((t) => t.scope === 'decentral');
    expect(total).toMatchObject({ rows: 1, fte: { value: 6.44 }, labourCost: { value: 4_200_000 } });
  });

  it('has every central figure of the tables: no FTE or labour cost is missing', () => {
    for (const total of baselineTotals(doc.baseline)) {
      expect(total.fte.missing).toBe(0);
      expect(total.labourCost.missing).toBe(0);
    }
  });
});

describe('figures and their sources', () => {
  it('gives the populations on 1 January 2025 from SSB table 07459', () => {
    const populations = Object.fromEntries(
      doc.participants.map((p) => [
        p.municipalityNumber,
        p.population.map((f) => [f.value, f.referenceDate, f.source.document]),
      ]),
    );
    expect(populations).toEqual({
      '5027': [[6_141, '2025-01-01', 'ssb-07459']],
      '5028': [[17_812, '2025-01-01', 'ssb-07459']],
      '5029': [[8_521, '2025-01-01', 'ssb-07459']],
    });
    expect(doc.participants.map((p) => p.name)).toEqual(['Midtre Gauldal', 'Melhus', 'Skaun']);
  });

  it('gives the combined 32 338 inhabitants of August 2024 as the saksframlegg states them', () => {
    expect(doc.combinedPopulation).toEqual([
      expect.objectContaining({
        value: 32_338,
        referenceDate: '2024-08',
        source: expect.objectContaining({ document: 'saksframlegg-bik2030' }),
      }),
    ]);
  });

  it('gives every baseline figure a source, and every source exists', () => {
    const sourceIds = new Set(doc.sources.map((s) => s.id));
    for (const row of doc.baseline) {
      for (const field of ['fte', 'labourCost', 'ages'] as const) {
        if (row[field] === null) continue;
        const source = row.sources[field];
        expect(source, `${row.areaId}/${row.municipalityNumber}/${row.scope}.${field}`).toBeDefined();
        expect(sourceIds.has(isDocumentSource(source) ? source.document : '')).toBe(true);
      }
    }
  });

  it('states in every baseline source the value the document gives, equal to the figure, so none is marked', () => {
    for (const row of doc.baseline) {
      for (const field of SOURCED_FIELDS) {
        const source = row.sources[field];
        if (!isDocumentSource(source)) continue;
        expect(source.statedValue, `${row.areaId}/${row.municipalityNumber}.${field}`).toEqual(row[field]);
        expect(sourceDeviation(row, field)).toBeNull();
      }
    }
  });

  it('marks a changed figure that keeps its source with what the source states', () => {
    const changed = structuredClone(doc.baseline.find((r) => r.municipalityNumber === '5028'));
    if (!changed) throw new Error('row missing');
    const stated = changed.labourCost;
    changed.labourCost = 5_300_000 as typeof changed.labourCost;
    expect(sourceDeviation(changed, 'labourCost')).toEqual({ stated });
  });

  it('cites only sources that exist, everywhere in the document', () => {
    const sourceIds = new Set(doc.sources.map((s) => s.id));
    const cited: string[] = [];
    JSON.stringify(doc, (key, value: unknown) => {
      if (key === 'document' && typeof value === 'string') cited.push(value);
      return value;
    });
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('leaves headcount empty (null, never 0) everywhere, as no source gives it', () => {
    expect(doc.baseline.map((row) => row.headcount)).toEqual(doc.baseline.map(() => null));
  });

  it('gives the grant of 1 100 000 kr', () => {
    expect(doc.grants.map((g) => g.amount)).toEqual([1_100_000]);
  });

  it('gives the AKST reference of 21 % fewer FTEs and the reported 10–30 % range', () => {
    expect(doc.benchmarks.find((b) => b.id === 'akst')?.fteReduction).toBe(0.21);
    expect(doc.benchmarks.flatMap((b) => (b.reportedRange ? [b.reportedRange] : []))).toEqual([[0.1, 0.3]]);
  });
});

describe('criteria, legal models and the recommendation', () => {
  it('has the five gain criteria, Skaun’s twelve (strategy of 29.10.24, sak 74/24) and the eleven for choosing a model', () => {
    const count = Object.fromEntries(doc.criteriaSets.map((set) => [set.purpose, set.criteria.length]));
    expect(count).toEqual({ gain: 5, strategy: 12, modelChoice: 11 });
    const skaun = doc.criteriaSets.find((set) => set.purpose === 'strategy');
    expect(skaun?.ownerMunicipality).toBe('5029');
    expect(skaun?.source?.date).toBe('2024-10-29');
    expect(skaun?.name.nb).toContain('74/24');
  });

  it('has the models of kommuneloven § 17-1 (vertskommune split in two) plus professional networks', () => {
    expect(doc.legalModels).toHaveLength(9);
    const listed = doc.legalModels.filter((m) => m.listedInSection17_1).map((m) => m.name.nb);
    expect(listed).toEqual([
      'Interkommunalt politisk råd',
      'Kommunalt oppgavefellesskap',
      'Administrativt vertskommunesamarbeid',
      'Vertskommunesamarbeid med felles folkevalgt nemnd',
      'Interkommunalt selskap (IKS)',
      'Aksjeselskap (AS)',
      'Samvirkeforetak (SA)',
      'Forening',
    ]);
    expect(doc.legalModels.filter((m) => !m.listedInSection17_1).map((m) => m.id)).toEqual(['fagnettverk']);
  });

  it('has the six points of the chief executive’s recommendation', () => {
    const recommendation = doc.resolutions.find((r) => r.kind === 'recommendation');
    expect(recommendation?.points.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(recommendation?.points.every((p) => p.status === 'proposed')).toBe(true);
    expect(recommendation?.points[2]?.text).toContain('sentralbordtjenesten våren 2026');
    expect(recommendation?.points[5]?.text).toContain('likeverd mellom kommunene');
  });
});

describe('the process', () => {
  const meetingsOn = (date: string) => doc.meetings.filter((m) => m.date === date).map((m) => m.bodyId);

  it('has one joint executive committee meeting on 24 February 2026 and the councils on 10 March 2026 in all three', () => {
    // «Første politisk behandling i formannskap 24.2 (felles alle kommuner) og i kommunestyret den 10.3.»
    expect(meetingsOn('2026-02-24')).toEqual(['felles-formannskap']);
    expect(meetingsOn('2026-03-10')).toEqual([
      'midtre-gauldal-kommunestyre',
      'melhus-kommunestyre',
      'skaun-kommunestyre',
    ]);
  });

  it('has the joint executive committee meeting on 21 April 2026 and the councils in June 2026', () => {
    expect(meetingsOn('2026-04-21')).toEqual(['felles-formannskap']);
    expect(meetingsOn('2026-06')).toEqual([
      'midtre-gauldal-kommunestyre',
      'melhus-kommunestyre',
      'skaun-kommunestyre',
    ]);
  });

  it('plans the start of concrete cooperation in January and August 2027', () => {
    const starts = doc.milestones.filter((m) => m.title.nb.startsWith('Oppstart')).map((m) => m.date);
    expect(starts).toEqual(['2027-01', '2027-08']);
  });
});
