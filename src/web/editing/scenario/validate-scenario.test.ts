import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { CATALOGUES, translate } from '../../i18n/all-catalogues.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { runAnalysis } from '../../model/scenario/run-analysis.ts';
import { newCostDraft } from './cost-draft.ts';
import type { ProvenanceDraft } from './provenance-draft.ts';
import { scenarioDraft, type AreaDraft, type ScenarioDraft } from './scenario-draft.ts';
import { validateScenario } from './validate-scenario.ts';

const t: Translate = (key, params) => translate(CATALOGUES.nb, key, params);

function withArea(
  draft: ScenarioDraft,
  index: number,
  change: (area: AreaDraft) => AreaDraft,
): ScenarioDraft {
  return { ...draft, areas: draft.areas.map((area, i) => (i === index ? change(area) : area)) };
}

function setSavings(area: AreaDraft, name: 'min' | 'mode' | 'max', text: string): AreaDraft {
  const distribution = area.savingsShare.distribution;
  return {
    ...area,
    savingsShare: {
      ...area.savingsShare,
      distribution: { ...distribution, parameters: { ...distribution.parameters, [name]: text } },
    },
  };
}

describe('validateScenario', () => {
  const document = defaultCase();

  it.each(document.scenarios.map((s, i) => [s.id, i] as const))(
    'gives back scenario %s unchanged from its own draft',
    (_, index) => {
      const scenario = document.scenarios[index]!;
      const result = validateScenario(document, index, scenarioDraft(scenario), 'nb', t);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.document.scenarios[index]).toEqual(scenario);
    },
  );

  it('reads percent with a decimal comma', () => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) =>
      setSavings(area, 'max', '35,5'),
    );
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.document.scenarios[0]?.areas[0]?.savingsShare.distribution).toEqual({
        kind: 'pert',
        min: 0.1,
        mode: 0.21,
        max: 0.355,
      });
  });

  it('names the path of text that is not a number, once', () => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) =>
      setSavings(area, 'max', 'mye'),
    );
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['scenarios[0].areas[0].savingsShare.distribution.max']);
  });

  it('reports an estimate out of order with parseCase at the field', () => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) => setSavings(area, 'max', '15'));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        path: 'scenarios[0].areas[0].savingsShare.distribution.max',
        code: 'distribution_order',
      }),
    );
  });

  it('saves a new cost as a placeholder without asking who set it, and asks for its amounts', () => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) => ({
      ...area,
      oneOffCosts: [newCostDraft('projectManagement', [], '2027')],
    }));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toContain('scenarios[0].areas[0].oneOffCosts[0].amount.distribution.min');
    // A placeholder needs no role: nothing is asked about where the amount comes from.
    expect(paths.filter((path) => path.includes('.provenance'))).toEqual([]);
  });

  const filledCost = (provenance: Partial<ProvenanceDraft> = {}) => {
    const cost = newCostDraft('projectManagement', [], '2027');
    return {
      ...cost,
      amount: {
        ...cost.amount,
        parameters: { ...cost.amount.parameters, min: '400 000', mode: '600 000', max: '1 000 000' },
      },
      provenance: { ...cost.provenance, ...provenance },
    };
  };
  const savedCost = (provenance: Partial<ProvenanceDraft> = {}) => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) => ({
      ...area,
      oneOffCosts: [filledCost(provenance)],
    }));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(true);
    return result.ok ? result.document.scenarios[0]?.areas[0]?.oneOffCosts[0] : undefined;
  };

  it('saves a filled-in new cost as a placeholder that names no one', () => {
    expect(savedCost()).toEqual({
      id: 'project-management-1',
      kind: 'projectManagement',
      amount: {
        distribution: { kind: 'pert', min: 400_000, mode: 600_000, max: 1_000_000 },
        provenance: { placeholder: {} },
      },
      year: 2027,
    });
  });

  it('saves a filled-in new cost as a placeholder with the role that ought to set it', () => {
    expect(savedCost({ toBeSetBy: ' Prosjektleder ', note: 'Anslag til møtet' })?.amount.provenance).toEqual({
      placeholder: { toBeSetBy: 'Prosjektleder', note: 'Anslag til møtet' },
    });
  });

  it('asks for the document of a cost whose source is chosen', () => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) => ({
      ...area,
      oneOffCosts: [filledCost({ mode: 'source' })],
    }));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'scenarios[0].areas[0].oneOffCosts[0].amount.provenance.source.document',
        code: 'sourceRequired',
      }),
    ]);
  });

  it('moves money between municipalities, not in total, when the key changes to equal shares', () => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) => ({
      ...area,
      costKey: { ...area.costKey, keyId: 'equal' },
    }));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const before = runAnalysis(document, 'administrative-tjenester');
    const after = runAnalysis(result.document, 'administrative-tjenester');
    if (!before?.ok || !after?.ok) throw new Error('analysis failed');
    expect(after.analysis.summary.total.npv).toBeCloseTo(before.analysis.summary.total.npv, 6);
    expect(after.analysis.summary.perMunicipality['5029']?.npv).not.toBeCloseTo(
      before.analysis.summary.perMunicipality['5029']?.npv ?? 0,
      0,
    );
  });

  it('asks for the volume measure of a volume key', () => {
    const draft = withArea(scenarioDraft(document.scenarios[0]!), 0, (area) => ({
      ...area,
      costKey: { ...area.costKey, keyId: 'volume', measure: ' ' },
    }));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.path)).toEqual(['scenarios[0].areas[0].costKey.options.measure']);
  });
});

describe('validateScenario with the engine’s parameter checks', () => {
  it('refuses a PERT with low equal to high, which the schema lets through but the engine cannot draw', () => {
    const document = defaultCase();
    let draft = scenarioDraft(document.scenarios[0]!);
    for (const name of ['min', 'mode', 'max'] as const)
      draft = withArea(draft, 0, (area) => setSavings(area, name, '20'));
    const result = validateScenario(document, 0, draft, 'nb', t);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        expect.objectContaining({
          path: 'scenarios[0].areas[0].savingsShare.distribution.max',
          code: 'outOfOrder',
        }),
      ]);
  });
});
