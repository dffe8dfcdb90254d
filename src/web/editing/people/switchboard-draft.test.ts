import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { parseCase } from '../../../case/parse-case.ts';
import {
  applySwitchboardDraft,
  callsId,
  fillAllOpen,
  parseClock,
  switchboardDraft,
  type SwitchboardDraft,
} from './switchboard-draft.ts';
import { applyWorkforceDraft, workforceDraft } from './workforce-draft.ts';

const placeholder = { mode: 'placeholder', document: '', locator: '', toBeSetBy: 'Testeier' } as const;

function filled(): SwitchboardDraft {
  const draft = switchboardDraft(defaultCase());
  const [first, ...rest] = draft.municipalities;
  if (!first) throw new Error('the default case has participants');
  const hours = { ...first.hours, 1: { opens: '08:00', closes: '10:00' } };
  return {
    ...draft,
    params: { ...draft.params, ahtSeconds: '120,5', targetServiceLevel: '80' },
    municipalities: [fillAllOpen({ ...first, hours }, '12', 60), ...rest],
    provenance: placeholder,
  };
}

describe('switchboard draft', () => {
  it('starts empty for the default case: no figures are invented', () => {
    const draft = switchboardDraft(defaultCase());
    expect(Object.values(draft.params).every((text) => text === '')).toBe(true);
    expect(draft.municipalities.every((m) => Object.keys(m.calls).length === 0)).toBe(true);
  });

  it('reads clock times', () => {
    expect(parseClock('8')).toBe(480);
    expect(parseClock('08:30')).toBe(510);
    expect(parseClock('8.15')).toBe(495);
    expect(parseClock('kl 8')).toBeNull();
  });

  it('writes decimal-comma and percent values as a placeholder, and fills every open hour', () => {
    const { document, problems } = applySwitchboardDraft(defaultCase(), filled());
    expect(problems).toEqual([]);
    const sb = document.people.switchboard;
    expect(sb.ahtSeconds).toEqual({ value: 120.5, provenance: { placeholder: { toBeSetBy: 'Testeier' } } });
    expect(sb.targetServiceLevel.value).toBe(0.8);
    expect(sb.municipalities[0]?.calls).toEqual([
      { weekday: 1, startMinute: 480, calls: 12 },
      { weekday: 1, startMinute: 540, calls: 12 },
    ]);
    expect(parseCase(document).success).toBe(true);
  });

  it('reports unreadable numbers and empty open hours', () => {
    const draft = filled();
    const [first] = draft.municipalities;
    if (!first) throw new Error('participants');
    const m = { ...first, calls: { ...first.calls, '1-480': 'tolv', '1-540': '' } };
    const path = `people.switchboard.municipalities.${m.municipalityNumber}.calls`;
    const { problems } = applySwitchboardDraft(defaultCase(), { ...draft, municipalities: [m] });
    expect(problems).toEqual([
      { fieldId: callsId(m.municipalityNumber, 1, 480), path, kind: 'invalidNumber' },
      { fieldId: callsId(m.municipalityNumber, 1, 540), path, kind: 'missingCalls' },
    ]);
  });

  it('after a rebase keeps what someone else saved in fields the user did not touch', () => {
    const origin = defaultCase();
    const draft = { ...switchboardDraft(origin), provenance: placeholder };
    const mine = { ...draft, params: { ...draft.params, targetSeconds: '20' } };
    const theirs = { value: 90, provenance: { placeholder: { toBeSetBy: 'Annen' } } };
    const newer = {
      ...origin,
      people: { ...origin.people, switchboard: { ...origin.people.switchboard, ahtSeconds: theirs } },
    };
    const { document } = applySwitchboardDraft(newer, mine, origin);
    expect(document.people.switchboard.ahtSeconds).toEqual(theirs);
    expect(document.people.switchboard.targetSeconds.value).toBe(20);
  });

  it('saves a placeholder without a role: nobody is named who did not set the figures', () => {
    const draft = { ...filled(), provenance: { ...placeholder, toBeSetBy: ' ' } };
    const { document } = applySwitchboardDraft(defaultCase(), draft);
    expect(document.people.switchboard.ahtSeconds).toEqual({ value: 120.5, provenance: { placeholder: {} } });
    expect(parseCase(document).success).toBe(true);
  });

  it('needs the document of a source: parseCase names the provenance path', () => {
    const draft = { ...filled(), provenance: { ...placeholder, mode: 'source' as const } };
    const result = parseCase(applySwitchboardDraft(defaultCase(), draft).document);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => i.path)).toContain(
        'people.switchboard.ahtSeconds.provenance.source.document',
      );
  });
});

describe('workforce draft', () => {
  it('keeps the default ages and writes shares typed as percent', () => {
    const draft = workforceDraft(defaultCase());
    expect(draft.values.earlyRetirementAge).toBe('62');
    const values = { ...draft.values, earlyRetirementShare: '25,5', yearlyTurnover: 'x' };
    const { document, invalid } = applyWorkforceDraft(defaultCase(), { values, provenance: placeholder });
    expect(invalid).toEqual(['people-workforce-yearlyTurnover-value']);
    expect(document.people.workforce.earlyRetirementShare.value).toBe(0.255);
    expect(document.people.workforce.earlyRetirementAge).toEqual(
      defaultCase().people.workforce.earlyRetirementAge,
    );
  });
});
