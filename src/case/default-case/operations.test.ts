import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../field-label.ts';
import { aKontoView } from '../operations/a-konto-view.ts';
import { benefitView } from '../operations/benefit-view.ts';
import { budgetView } from '../operations/budget-view.ts';
import { settlementView } from '../operations/settlement-view.ts';
import { defaultCase } from './default-case.ts';
import { ADMIN_UNIT } from './operations.ts';

describe('the default case’s 2027 budget for the joint administrative unit', () => {
  const document = defaultCase();
  const view = budgetView(document, ADMIN_UNIT, 2027);
  if (!view.ok) throw new Error(`${view.code} at ${view.path}`);

  it('takes each area’s amount from the saksframlegg’s tables (budget 2025), as the baseline rows sum', () => {
    const rows = (areaId: string) =>
      document.baseline
        .filter((r) => r.areaId === areaId && r.scope === 'central')
        .reduce((sum, r) => sum + (r.labourCost ?? 0), 0);
    // 5 500 000 + 5 200 000 + 4 100 000; 640 000 + 800 000 + 640 000; 1 360 000 + 2 960 000 + 2 000 000.
    expect(view.components.map((c) => [c.id, c.amount])).toEqual([
      ['lonn-regnskap-fakturering', 14_800_000],
      ['sentralbord', 2_080_000],
      ['arkiv-postmottak', 6_320_000],
    ]);
    for (const c of document.operations.budgets[0]?.components ?? [])
      expect(c.amount, c.id).toBe(rows(c.areaId ?? ''));
    expect(view.total).toBe(23_200_000);
    expect(view.components.every((c) => c.amountProvenance === 'source')).toBe(true);
  });

  it('marks the key as a placeholder and names no host, since the seeds choose neither', () => {
    expect(view.components.every((c) => c.keyProvenance === 'placeholder')).toBe(true);
    expect(view.hasPlaceholders).toBe(true);
    expect(view.host).toBeNull();
    // The three keys, each to be set by the councils, named as the forms name them.
    expect(view.placeholders.map((p) => [fieldLabel(p.path, document, 'nb'), p.toBeSetBy])).toEqual([
      [
        'Drift av samarbeidet: budsjett nr. 1, lønn, regnskap og fakturering, fordelingsnøkkel',
        'Kommunestyrene',
      ],
      ['Drift av samarbeidet: budsjett nr. 1, sentralbord, fordelingsnøkkel', 'Kommunestyrene'],
      ['Drift av samarbeidet: budsjett nr. 1, arkiv og postmottak, fordelingsnøkkel', 'Kommunestyrene'],
    ]);
  });

  it('splits by population and says the figure of 1 January 2025 was used, since 2027’s is not in the case', () => {
    expect(view.population.map((p) => [p.municipality, p.wanted, p.used, p.value])).toEqual([
      ['5027', '2027-01-01', '2025-01-01', 6141],
      ['5028', '2027-01-01', '2025-01-01', 17812],
      ['5029', '2027-01-01', '2025-01-01', 8521],
    ]);
    // Per component by 6 141 / 17 812 / 8 521 of 32 474, largest remainder:
    // 14 800 000 → 2 798 755.93, 8 117 805.01, 3 883 439.06 → 2 798 756, 8 117 805, 3 883 439;
    // 2 080 000 → 393 338.67, 1 140 880.70, 545 780.62 → 393 339, 1 140 881, 545 780;
    // 6 320 000 → 1 195 144.42, 3 466 522.14, 1 658 333.44 → 1 195 144, 3 466 522, 1 658 334.
    expect(view.components.map((c) => c.amounts)).toEqual([
      [2_798_756, 8_117_805, 3_883_439],
      [393_339, 1_140_881, 545_780],
      [1_195_144, 3_466_522, 1_658_334],
    ]);
    expect(view.totals).toEqual([4_387_239, 12_725_208, 6_087_553]);
  });

  it('has no a-konto calendar or surplus policy yet, and says so instead of inventing them', () => {
    expect(aKontoView(document, ADMIN_UNIT, 2027)).toMatchObject({ ok: false, code: 'no_periods' });
    expect(settlementView(document, ADMIN_UNIT, 2027, [0, 0, 0])).toMatchObject({
      ok: false,
      code: 'no_surplus_policy',
    });
  });
});

describe('the default case’s first benefit plans', () => {
  const document = defaultCase();

  it('start from the study’s FTE and one-person functions, with the targets not set', () => {
    const figures = document.operations.benefitPlans.map((plan) => {
      const view = benefitView(document, plan.id);
      if (!view.ok) throw new Error(view.code);
      expect(view.status, plan.id).toBe('noTarget');
      expect(view.target.provenance.kind, plan.id).toBe('placeholder');
      expect(view.baseline.from, plan.id).toBe('study');
      return [plan.id, view.baseline.value];
    });
    // FTE: the tables' TOTALT rows (17,6 · 2,6 · 7,9). One-person functions: 0,8 / 1 / 0,8 FTE on the
    // switchboard is one person in each of the three; payroll and archive have more than one everywhere.
    expect(figures).toEqual([
      ['sarbarhet-lonn-regnskap-fakturering', 0],
      ['arsverk-lonn-regnskap-fakturering', 17.6],
      ['sarbarhet-sentralbord', 3],
      ['arsverk-sentralbord', 2.6],
      ['sarbarhet-arkiv-postmottak', 0],
      ['arsverk-arkiv-postmottak', 7.9],
    ]);
  });

  it('credit no role as benefit owner, since no source names one', () => {
    for (const plan of document.operations.benefitPlans) {
      const view = benefitView(document, plan.id);
      if (!view.ok) throw new Error(view.code);
      expect(view.owner.role, plan.id).toBeNull();
      expect(view.owner.provenance.kind, plan.id).toBe('placeholder');
      // The placeholder names nobody who ought to set it either: the sources name no such body.
      expect(view.owner.provenance.toBeSetBy, plan.id).toBeNull();
      expect(view.hasPlaceholders, plan.id).toBe(true);
    }
  });
});
