/**
 * Where in the scenario form a placeholder or a missing cost is edited: the ids of the inputs to move to,
 * the most precise first, so a link from the result lands on the field (or, failing that, on its area).
 * @module
 */
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';

/** Ends of a path whose input has an id of its own further down. */
const INNER: Record<string, string> = {
  savingsShare: '.distribution.kind',
  realWageGrowth: '.distribution.kind',
  amount: '.distribution.kind',
  costKey: '.keyId',
  oneOffKey: '.keyId',
  inflation: '.value',
  lifetimeYears: '.value',
  taxFinancingCost: '.rate',
  discountSchedule: '',
};

/**
 * The candidate ids for a document path, best first.
 * @example targetIds('scenarios[0].areas[1].costKey') // → ['f-scenarios-0-areas-1-costKey-keyId', …, 'f-scenarios-0-areas-1-heading']
 */
export function targetIds(path: string): string[] {
  const last = path.split('.').pop() ?? '';
  const name = last.replace(/\[\d+\]$/, '');
  const inner = INNER[name];
  const ids = [inner ? fieldIdFor(`${path}${inner}`) : '', fieldIdFor(path)].filter((id) => id !== 'f-');
  const area = /^(scenarios\[\d+\]\.areas\[\d+\])/.exec(path)?.[1];
  if (area) ids.push(`${fieldIdFor(area)}-heading`);
  else ids.push('scenario-settings-heading');
  return [...new Set(ids.filter((id) => id !== ''))];
}

/** Moves focus to the first of `ids` on the page; false when none is there. */
export function focusFirst(ids: readonly string[]): boolean {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (!element) continue;
    // A field behind «Endre forutsetninger» cannot take focus until its section is open.
    for (let d = element.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
      d.open = true;
    if (!element.matches('input, select, textarea, button, a[href]')) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({ block: 'center' });
    element.focus();
    return true;
  }
  return false;
}
