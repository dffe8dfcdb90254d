import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { parseCase } from '../../../case/parse-case.ts';
import { translate } from '../../i18n/catalogues.ts';
import { nb } from '../../i18n/messages-nb.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { buildScenario } from './build-scenario.ts';
import { costRef, financeableCosts } from './grant-draft.ts';
import { newCostDraft } from './cost-draft.ts';
import { addScalePoint, newScaleDraft, removeScalePoint } from './scale-draft.ts';
import { scenarioDraft, type AreaDraft, type ScenarioDraft } from './scenario-draft.ts';
import { describeScenarioPath, labelText } from './scenario-field-labels.ts';
import { scenarioErrors, validateScenario } from './validate-scenario.ts';
import { newZeroAlternativeCostDraft } from './zero-alternative-draft.ts';

const t: Translate = (key, params) => translate(nb, key, params);
const LRF = 'Lønn, regnskap og fakturering';
const names = { area: () => LRF, municipality: () => 'Skaun', grant: () => 'Prosjektskjønn' };
const describePath = (path: string) => {
  const label = describeScenarioPath(path, t, names);
  return label && labelText(label);
};

const document = defaultCase();
const scenario = document.scenarios[0]!;

function withArea(draft: ScenarioDraft, change: (area: AreaDraft) => AreaDraft): ScenarioDraft {
  return { ...draft, areas: draft.areas.map((area, i) => (i === 0 ? change(area) : area)) };
}

/** The case with the draft's scenario in place, through the server's parser. */
function parsed(draft: ScenarioDraft) {
  const built = buildScenario(scenario, draft, 'scenarios[0]');
  expect(built.issues).toEqual([]);
  const result = parseCase(
    { ...document, scenarios: [built.scenario, ...document.scenarios.slice(1)] },
    'nb',
  );
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data.scenarios[0]!;
}

describe('economies-of-scale curve', () => {
  it('builds the saved curve back unchanged, and an edited one that parseCase accepts', () => {
    const draft = scenarioDraft(scenario);
    expect(parsed(draft).areas[0]?.scale).toEqual(scenario.areas[0]?.scale);
    const edited = withArea(draft, (area) => ({
      ...area,
      scale: {
        ...newScaleDraft(),
        points: [
          { fte: '0', relative: '0' },
          { fte: '10,5', relative: '60' },
          { fte: '30', relative: '100' },
        ],
      },
    }));
    expect(addScalePoint(newScaleDraft()).points).toHaveLength(3);
    expect(parsed(edited).areas[0]?.scale).toEqual({
      points: [
        { fte: 0, relative: 0 },
        { fte: 10.5, relative: 0.6 },
        { fte: 30, relative: 1 },
      ],
      provenance: { placeholder: {} },
    });
  });

  it('leaves the curve out when it is removed (every group saves the same share)', () => {
    const draft = withArea(scenarioDraft(scenario), (area) => ({ ...area, scale: null }));
    expect(parsed(draft).areas[0]).not.toHaveProperty('scale');
  });

  it('keeps two points', () => {
    expect(removeScalePoint(newScaleDraft(), 0).points).toHaveLength(2);
  });

  it('names a point out of order «Stordriftskurve …», as the form labels it', () => {
    const draft = withArea(scenarioDraft(scenario), (area) => ({
      ...area,
      scale: {
        ...newScaleDraft(),
        points: [
          { fte: '20', relative: '50' },
          { fte: '10', relative: '100' },
        ],
      },
    }));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['scenarios[0].areas[0].scale.points[1].fte']);
    const summary = scenarioErrors(result.issues, t, describePath).summary;
    expect(summary[0]?.message).toMatch(
      /^Stordriftskurve: årsverk – punkt 2, Lønn, regnskap og fakturering: .*stigende rekkefølge/,
    );
    expect(summary[0]?.fieldId).toBe('f-scenarios-0-areas-0-scale-points-1-fte');
    expect(describePath('scenarios[0].areas[0].scale.provenance.placeholder.toBeSetBy')).toBe(
      `Hvem bør fastsette verdien (rolle) for stordriftskurve – ${LRF}`,
    );
  });
});

describe('costs of the zero alternative', () => {
  const filled = (municipality: string) => {
    const cost = newZeroAlternativeCostDraft([], municipality, '2028');
    return {
      ...cost,
      amount: {
        ...cost.amount,
        parameters: { ...cost.amount.parameters, min: '100 000', mode: '200 000', max: '400 000' },
      },
      endYear: '2030',
    };
  };

  it('saves a new cost per municipality as a placeholder that parseCase accepts', () => {
    const draft = withArea(scenarioDraft(scenario), (area) => ({
      ...area,
      zeroAlternativeCosts: [filled(area.participants[0]!)],
    }));
    expect(parsed(draft).areas[0]?.zeroAlternativeCosts).toEqual([
      {
        id: 'zero-alternative-1',
        municipality: scenario.areas[0]!.participants[0],
        amount: {
          distribution: { kind: 'pert', min: 100_000, mode: 200_000, max: 400_000 },
          provenance: { placeholder: {} },
        },
        startYear: 2028,
        endYear: 2030,
      },
    ]);
    expect(newZeroAlternativeCostDraft(['zero-alternative-1'], '5029', '2027').id).toBe('zero-alternative-2');
  });

  it('refuses a municipality that has left the area, naming the field', () => {
    const draft = withArea(scenarioDraft(scenario), (area) => ({
      ...area,
      participants: area.participants.slice(1),
      zeroAlternativeCosts: [filled(area.participants[0]!)],
    }));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({
      path: 'scenarios[0].areas[0].zeroAlternativeCosts[0].municipality',
      code: 'notParticipant',
    });
    expect(describePath('scenarios[0].areas[0].zeroAlternativeCosts[0].municipality')).toBe(
      `Kommune – Kostnad i nullalternativet 1, ${LRF}`,
    );
    expect(describePath('scenarios[0].areas[0].zeroAlternativeCosts[0].amount.distribution.max')).toBe(
      `Beløp per år høy (kr) – Kostnad i nullalternativet 1, ${LRF}`,
    );
  });
});

describe('the cost a grant finances', () => {
  it('ties a grant to a one-off cost, and unties it again', () => {
    const cost = newCostDraft('projectManagement', [], '2027');
    const base = withArea(scenarioDraft(scenario), (area) => ({
      ...area,
      oneOffCosts: [
        {
          ...cost,
          amount: {
            ...cost.amount,
            parameters: { ...cost.amount.parameters, min: '1', mode: '2', max: '3' },
          },
        },
      ],
    }));
    const areaId = scenario.areas[0]!.areaId;
    expect(financeableCosts(base.areas).map((c) => c.ref)).toEqual([costRef(areaId, cost.id)]);
    expect(base.grants).toEqual([{ grantId: 'prosjektskjonn', financesCost: '' }]);
    const tied = { ...base, grants: [{ grantId: 'prosjektskjonn', financesCost: costRef(areaId, cost.id) }] };
    const saved = parsed(tied);
    expect(saved.grants[0]).toEqual({
      grantId: 'prosjektskjonn',
      year: 2026,
      key: { keyId: 'equal' },
      financesCost: { areaId, costId: cost.id },
    });
    const untied = scenarioDraft(saved);
    expect(
      parsed({ ...untied, grants: [{ grantId: 'prosjektskjonn', financesCost: '' }] }).grants[0],
    ).not.toHaveProperty('financesCost');
    expect(describePath('scenarios[0].grants[0].financesCost')).toBe('Finansierer – Prosjektskjønn');
  });
});
