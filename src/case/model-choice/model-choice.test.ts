import { describe, expect, it } from 'vitest';
import { defaultCase, defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { ModelScore, WeightingSession } from '../schema/model-choice.ts';
import { analyseModelChoice } from './analyse-model-choice.ts';
import { caseFeasibilityMatrix } from './feasibility-matrix.ts';
import { personWeights } from './person-weights.ts';
import { sessionWeights } from './session-weights.ts';

const HOST_MODELS = ['vertskommune-administrativ', 'vertskommune-nemnd'];
const PREPARING_MODELS = ['kommunalt-oppgavefellesskap', 'interkommunalt-selskap', 'kjop-av-tjenester'];
const AUTHORITY_AREAS = ['byggesak', 'oppmaling-geodata', 'landbruk'];
const ADMIN_AREAS = ['sentralbord', 'arkiv-postmottak', 'lonn-regnskap-fakturering'];

function cell(modelId: string, areaId: string) {
  const matrix = caseFeasibilityMatrix(defaultCase());
  const found = matrix.models.find((m) => m.modelId === modelId)?.cells.find((c) => c.areaId === areaId);
  if (!found) throw new Error(`no cell ${modelId} × ${areaId}`);
  return found;
}

describe('the feasibility matrix of the default case (issues 6 and 14)', () => {
  it('covers the switchboard, mail, archive, payroll, accounting and invoicing in the administrative areas', () => {
    const areas = defaultCase().serviceAreas.filter((a) => ADMIN_AREAS.includes(a.id));
    expect(areas.flatMap((a) => a.services).sort()).toEqual(
      ['accounting', 'archive', 'invoicing', 'mailReception', 'payroll', 'switchboard'].sort(),
    );
  });

  // Kommuneloven § 19-1 second para. and § 5-4 bar KO and IKS from the decisions, not from preparing them.
  it.each(AUTHORITY_AREAS)(
    '%s: KO, IKS and purchase prepare while each municipality decides; hosts may decide',
    (area) => {
      for (const model of PREPARING_MODELS) expect(cell(model, area).verdict, model).toBe('conditional');
      for (const model of HOST_MODELS) expect(['lawful', 'conditional']).toContain(cell(model, area).verdict);
      expect(cell('interkommunalt-politisk-rad', area).verdict).toBe('notSuited');
    },
  );

  it('the KO keeps building-permit decisions at home under kommuneloven § 19-1 annet ledd', () => {
    const reasons = cell('kommunalt-oppgavefellesskap', 'byggesak').services[0]?.reasons ?? [];
    const decision = reasons.find((r) => r.code === 'cannot_decide_prepares_only');
    expect(decision?.effect).toBe('condition');
    expect(decision?.references.map((r) => `${r.act} ${r.provision}`)).toContain(
      'kommuneloven § 19-1 annet ledd',
    );
  });

  it('the switchboard is lawful in every service-producing model; the other administrative areas carry conditions', () => {
    const matrix = caseFeasibilityMatrix(defaultCase());
    const producing = matrix.models.filter((m) => m.producesServices);
    expect(producing.map((m) => m.modelId)).toEqual([
      'kommunalt-oppgavefellesskap',
      'vertskommune-administrativ',
      'vertskommune-nemnd',
      'interkommunalt-selskap',
      'aksjeselskap',
      'samvirkeforetak',
      'forening',
      'kjop-av-tjenester',
    ]);
    for (const model of producing) {
      expect(model.cells.find((c) => c.areaId === 'sentralbord')?.verdict, model.modelId).toBe('lawful');
      // Payroll needs a data processing agreement (GDPR art. 28, Datatilsynet [L21a][L21c]).
      expect(model.cells.find((c) => c.areaId === 'lonn-regnskap-fakturering')?.verdict).toBe('conditional');
    }
  });

  it('the political council is not suited for any area; a network only shares knowledge', () => {
    const matrix = caseFeasibilityMatrix(defaultCase());
    const ipr = matrix.models.find((m) => m.modelId === 'interkommunalt-politisk-rad');
    expect(ipr?.cells.every((c) => c.verdict === 'notSuited')).toBe(true);
    expect(ipr?.cells[0]?.services[0]?.reasons[0]?.code).toBe('model_not_suited_for_services');
    const network = matrix.models.find((m) => m.modelId === 'fagnettverk');
    expect(network?.cells.every((c) => c.verdict === 'conditional')).toBe(true);
  });

  it('every cell cites a paragraph for each service; the informal network cites the saksframlegg', () => {
    const matrix = caseFeasibilityMatrix(defaultCase());
    for (const model of matrix.models) {
      for (const c of model.cells) {
        for (const service of c.services) {
          const references = service.reasons.flatMap((r) => r.references);
          const cited = model.modelId === 'fagnettverk' ? references : references.filter((r) => r.provision);
          expect(cited.length, `${model.modelId} × ${c.areaId} × ${service.service}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('flags verdicts that rest on unconfirmed facts (payroll in a KO) and not confirmed ones (switchboard)', () => {
    expect(cell('kommunalt-oppgavefellesskap', 'lonn-regnskap-fakturering').unconfirmed).toBe(true);
    expect(cell('kommunalt-oppgavefellesskap', 'sentralbord').unconfirmed).toBe(false);
  });

  it('reads the case’s procurement answers into the verdict (anskaffelsesforskriften § 3-3 [L1][L3])', () => {
    const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
    raw.legalAssessment = {
      procurementAnswers: ['common-public-objectives', 'public-interest-only', 'market-under-20'].map(
        (conditionId) => ({ modelId: 'kjop-av-tjenester', conditionId, answer: 'yes' }),
      ),
    };
    const parsed = parseCase(raw);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const purchase = caseFeasibilityMatrix(parsed.data).models.find((m) => m.modelId === 'kjop-av-tjenester');
    expect(purchase?.procurement.verdict).toBe('noTenderNeeded');
    expect(
      caseFeasibilityMatrix(defaultCase()).models.find((m) => m.modelId === 'kjop-av-tjenester')?.procurement
        .verdict,
    ).toBe('onlyIfConditionsHold');
  });
});

const CRITERIA = ['styringsstruktur', 'demokratisk-kontroll', 'okonomi-kostnadsdeling'];

function withSession(session: Partial<WeightingSession>): CaseDocument {
  const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
  raw.weightingSessions = [
    {
      id: 'styringsgruppen',
      criteriaSetId: 'modellkriterier',
      aggregation: 'aip',
      persons: [],
      scores: [],
      ...session,
    },
  ];
  const parsed = parseCase(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

/** Test scores (not from the seeds): the administrative host is strong on cost, the board on control. */
function scores(): ModelScore[] {
  const table: Record<string, number[]> = {
    'vertskommune-administrativ': [3, 2, 5],
    'vertskommune-nemnd': [4, 5, 2],
    'interkommunalt-politisk-rad': [5, 5, 5],
  };
  const all = ['styringsstruktur', 'demokratisk-kontroll', 'okonomi-kostnadsdeling'];
  const criteria = defaultCase().criteriaSets.find((s) => s.id === 'modellkriterier')?.criteria ?? [];
  return Object.entries(table).flatMap(([modelId, values]) =>
    criteria.map((c) => ({
      modelId,
      criterionId: c.id,
      score: all.includes(c.id) ? (values[all.indexOf(c.id)] as number) : 3,
      scoredBy: 'Test',
    })),
  );
}

describe('weights per person and for the group', () => {
  it('points 50/30/20 give 0.5/0.3/0.2; an empty form gives no weights, not equal ones', () => {
    const p = personWeights(CRITERIA, {
      id: 'a',
      role: 'Rådmann',
      weighting: {
        method: 'points',
        points: { styringsstruktur: 50, 'demokratisk-kontroll': 30, 'okonomi-kostnadsdeling': 20 },
      },
    });
    expect(p.weights).toEqual({
      styringsstruktur: 0.5,
      'demokratisk-kontroll': 0.3,
      'okonomi-kostnadsdeling': 0.2,
    });
    const empty = personWeights(CRITERIA, {
      id: 'b',
      role: 'Ordfører',
      weighting: { method: 'points', points: {} },
    });
    expect(empty.weights).toBeNull();
    expect(empty.warnings[0]?.code).toBe('person_has_no_weights');
  });

  it('pairwise judgements give AHP weights with CR and the random index named (consistent: CR 0)', () => {
    const p = personWeights(CRITERIA, {
      id: 'a',
      role: 'Styringsgruppen',
      weighting: {
        method: 'pairwise',
        judgements: [
          { a: 'styringsstruktur', b: 'demokratisk-kontroll', value: 2 },
          { a: 'styringsstruktur', b: 'okonomi-kostnadsdeling', value: 4 },
          { a: 'demokratisk-kontroll', b: 'okonomi-kostnadsdeling', value: 2 },
        ],
      },
    });
    expect(p.weights?.styringsstruktur).toBeCloseTo(4 / 7, 9);
    expect(p.ahp?.consistencyRatio).toBeCloseTo(0, 9);
    expect(p.ahp?.randomIndex).toEqual({ value: 0.58, unconfirmed: false, source: 'Saaty (1980)' });
  });

  it('AIP averages the weights and shows the disagreement; AIJ with points falls back to AIP and says so', () => {
    const persons: WeightingSession['persons'] = [
      { id: 'a', role: 'Skaun', weighting: { method: 'points', points: { styringsstruktur: 1 } } },
      { id: 'b', role: 'Melhus', weighting: { method: 'points', points: { 'demokratisk-kontroll': 1 } } },
    ];
    const group = sessionWeights(CRITERIA, {
      id: 's',
      criteriaSetId: 'x',
      aggregation: 'aij',
      persons,
      scores: [],
    });
    expect(group.method).toBe('aip');
    expect(group.warnings.map((w) => w.code)).toContain('aij_needs_pairwise');
    expect(group.weights?.styringsstruktur).toBeCloseTo(0.5, 12);
    const d = group.disagreement.find((x) => x.criterionId === 'styringsstruktur');
    expect(d).toMatchObject({ min: 0, max: 1, range: 1, lowestPersonId: 'b', highestPersonId: 'a' });
  });
});

describe('AIJ: the geometric mean of the judgements', () => {
  it('combines two pairwise persons judgement by judgement (a/b: 4 and 1 → 2), with the group CR', () => {
    const pair = (value: number) => ({
      method: 'pairwise' as const,
      judgements: [
        { a: 'styringsstruktur', b: 'demokratisk-kontroll', value },
        { a: 'styringsstruktur', b: 'okonomi-kostnadsdeling', value },
        { a: 'demokratisk-kontroll', b: 'okonomi-kostnadsdeling', value: 1 },
      ],
    });
    const group = sessionWeights(CRITERIA, {
      id: 's',
      criteriaSetId: 'x',
      aggregation: 'aij',
      persons: [
        { id: 'a', role: 'Skaun', weighting: pair(4) },
        { id: 'b', role: 'Melhus', weighting: pair(1) },
      ],
      scores: [],
    });
    expect(group.method).toBe('aij');
    // The combined matrix is [[1, 2, 2], [1/2, 1, 1], [1/2, 1, 1]]: consistent, weights 1/2, 1/4, 1/4.
    expect(group.weights?.styringsstruktur).toBeCloseTo(0.5, 9);
    expect(group.weights?.['demokratisk-kontroll']).toBeCloseTo(0.25, 9);
    expect(group.groupAhp?.consistencyRatio).toBeCloseTo(0, 9);
    expect(group.disagreement.find((d) => d.criterionId === 'styringsstruktur')?.highestPersonId).toBe('a');
  });
});

describe('the choice per criteria set', () => {
  it('the default case has no weights or scores, so every set says so and nothing is ranked', () => {
    const analysis = analyseModelChoice(defaultCase());
    expect(analysis.sets.map((s) => [s.criteriaSetId, s.status])).toEqual([
      ['gevinstkriterier', 'noSession'],
      ['skaun-strategi-74-24', 'noSession'],
      ['modellkriterier', 'noSession'],
    ]);
  });

  it('ranks only usable models (the political council is not suited) and finds the weight change that flips the top model', () => {
    const doc = withSession({
      serviceAreaIds: ['byggesak'],
      persons: [
        {
          id: 'a',
          role: 'Skaun',
          weighting: {
            method: 'points',
            points: { 'okonomi-kostnadsdeling': 60, 'demokratisk-kontroll': 40 },
          },
        },
      ],
      scores: scores(),
    });
    const choice = analyseModelChoice(doc, { iterations: 2000 }).sets.find(
      (s) => s.criteriaSetId === 'modellkriterier',
    );
    expect(choice?.status).toBe('ranked');
    expect(choice?.ranking?.notLawful).toEqual([]);
    expect(choice?.ranking?.notSuited).toEqual(['interkommunalt-politisk-rad']);
    // 0.6·5 + 0.4·2 = 3.8 for the administrative host against 0.6·2 + 0.4·5 = 3.2 for the board.
    expect(choice?.ranking?.ranking.ranking.map((r) => [r.id, r.value])).toEqual([
      ['vertskommune-administrativ', 3.8],
      ['vertskommune-nemnd', 3.2],
    ]);
    // The board overtakes when demokratisk-kontroll reaches 0.5 (from 0.4): a change of +0.1.
    const control = choice?.ranking?.sensitivity.criteria.find(
      (c) => c.criterionId === 'demokratisk-kontroll',
    );
    expect(control?.smallest?.newTop).toBe('vertskommune-nemnd');
    expect(control?.smallest?.change).toBeCloseTo(0.1, 9);
    const p = choice?.ranking?.monteCarlo.probabilityFirst ?? {};
    expect((p['vertskommune-administrativ'] ?? 0) + (p['vertskommune-nemnd'] ?? 0)).toBeCloseTo(1, 9);
    expect(p['vertskommune-administrativ']).toBeGreaterThan(0.5);
  });

  it('ranks for the service areas the user chooses, leaving out ids the case does not have', () => {
    const doc = withSession({
      serviceAreaIds: ['byggesak'],
      persons: [
        {
          id: 'a',
          role: 'Skaun',
          weighting: {
            method: 'points',
            points: { 'okonomi-kostnadsdeling': 60, 'demokratisk-kontroll': 40 },
          },
        },
      ],
      scores: scores(),
    });
    const setOf = (areaIds?: string[]) =>
      analyseModelChoice(doc, { iterations: 200, areaIds }).sets.find(
        (s) => s.criteriaSetId === 'modellkriterier',
      );
    // Without a choice: the session's package.
    expect(setOf()?.package.areaIds).toEqual(['byggesak']);
    const all = doc.serviceAreas.map((a) => a.id);
    const chosen = setOf(all);
    expect(chosen?.package.areaIds).toEqual(all);
    expect(setOf(['byggesak', 'finnes-ikke'])?.package.areaIds).toEqual(['byggesak']);
    expect(setOf(['byggesak'])?.ranking?.ranking).toEqual(setOf()?.ranking?.ranking);
    // The user's choice ranks exactly as a session whose package is those areas.
    const asSession = doc.weightingSessions.map((session) => ({ ...session, serviceAreaIds: all }));
    const sessionChoice = analyseModelChoice(
      { ...doc, weightingSessions: asSession },
      { iterations: 200 },
    ).sets.find((s) => s.criteriaSetId === 'modellkriterier');
    expect(chosen?.ranking).toEqual(sessionChoice?.ranking);
  });

  it('is the same for the same seed', () => {
    const doc = withSession({
      persons: [
        {
          id: 'a',
          role: 'Skaun',
          weighting: {
            method: 'swing',
            ratings: { 'okonomi-kostnadsdeling': 100, 'demokratisk-kontroll': 70 },
          },
        },
      ],
      scores: scores(),
    });
    const once = analyseModelChoice(doc, { seed: 7, iterations: 500 });
    expect(analyseModelChoice(doc, { seed: 7, iterations: 500 })).toEqual(once);
  });

  it('says noWeights when persons are listed but none has weighed, and noScores when no lawful model is scored', () => {
    const noWeights = withSession({
      persons: [{ id: 'a', role: 'Skaun', weighting: { method: 'points', points: {} } }],
    });
    expect(analyseModelChoice(noWeights).sets[2]?.status).toBe('noWeights');
    const noScores = withSession({
      persons: [{ id: 'a', role: 'Skaun', weighting: { method: 'points', points: { fagmiljo: 1 } } }],
    });
    expect(analyseModelChoice(noScores).sets[2]?.status).toBe('noScores');
  });
});

describe('references of the weighting sessions', () => {
  it('names the field of an unknown criterion, model and criteria set', () => {
    const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
    raw.weightingSessions = [
      {
        id: 's',
        criteriaSetId: 'modellkriterier',
        aggregation: 'aip',
        persons: [{ id: 'a', role: 'Skaun', weighting: { method: 'points', points: { ukjent: 1 } } }],
        scores: [{ modelId: 'ukjent-modell', criterionId: 'fagmiljo', score: 3, scoredBy: 'Test' }],
      },
      { id: 't', criteriaSetId: 'finnes-ikke', aggregation: 'aip', persons: [], scores: [] },
    ];
    const parsed = parseCase(raw);
    expect(parsed.success).toBe(false);
    const paths = parsed.success ? [] : parsed.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'weightingSessions[0].persons[0].weighting.points.ukjent',
        'weightingSessions[0].scores[0].modelId',
        'weightingSessions[1].criteriaSetId',
      ]),
    );
  });
});
