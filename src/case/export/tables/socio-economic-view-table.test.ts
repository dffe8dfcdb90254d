import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { analyseDeterministic } from '../../scenario/analyse-scenario.ts';
import { socioEconomicViewTable } from './socio-economic-view-table.ts';

const document = defaultCase();

describe('socioEconomicViewTable', () => {
  const table = socioEconomicViewTable(document, { language: 'nb', role: 'reader' });
  const view = analyseDeterministic(document, 'administrative-tjenester')?.socioEconomic;

  it('shows the page’s lines per year and its three present values', () => {
    if (!table || !view) throw new Error('no table');
    expect(table.columns[0]?.header).toBe('Post');
    expect(table.columns.at(-1)?.header).toBe('Nåverdi (kr)');
    expect(table.rows.map((r) => r[0])).toEqual([
      'Ressursvirkning (uten tilskudd)',
      'Tilskudd holdt utenfor (overføring)',
      `Skattefinansieringskostnad (${Math.round(view.convention.taxFinancingRate * 100)} %)`,
      'Netto for samfunnet',
      `Nåverdi i analyseperioden (${view.convention.analysisPeriodYears} år)`,
      'Restverdi',
      'Samfunnsøkonomisk netto nåverdi',
    ]);
    expect(table.rows[0]?.slice(1, -1)).toEqual(view.resourceEffect.map(Math.round));
    expect(table.rows.at(-1)?.at(-1)).toBe(Math.round(view.npv));
  });

  it('adds up by hand: net = resource effect + tax financing, and NPV = period + residual value', () => {
    if (!table) throw new Error('no table');
    const [resource, , tax, net, period, residual, npv] = table.rows;
    for (let i = 1; i < table.columns.length - 1; i++) {
      expect(
        Math.abs((net?.[i] as number) - (resource?.[i] as number) - (tax?.[i] as number)),
      ).toBeLessThanOrEqual(1);
    }
    expect(
      Math.abs((npv?.at(-1) as number) - (period?.at(-1) as number) - (residual?.at(-1) as number)),
    ).toBeLessThanOrEqual(1);
    expect(
      Math.abs((period?.at(-1) as number) - (resource?.at(-1) as number) - (tax?.at(-1) as number)),
    ).toBeLessThanOrEqual(1);
    // A present value has no years: those cells are empty, not «..».
    expect(period?.slice(1, -1).every((cell) => cell === '')).toBe(true);
  });

  it('has English headers when asked', () => {
    const en = socioEconomicViewTable(document, { language: 'en', role: 'reader' });
    expect(en?.columns.at(-1)?.header).toBe('Net present value (NOK)');
    expect(en?.rows[3]?.[0]).toBe('Net for society');
  });
});
