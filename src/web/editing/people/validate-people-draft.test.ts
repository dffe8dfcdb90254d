import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { CATALOGUES, translate } from '../../i18n/all-catalogues.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { ProvenanceDraft } from './people-draft-common.ts';
import { applyWorkforceDraft, workforceDraft } from './workforce-draft.ts';
import { checkPeopleDraft, provenanceInput, type PeopleDraftCheck } from './validate-people-draft.ts';

const t: Translate = (key, params) => translate(CATALOGUES.nb, key, params);
const ids = { toBeSetBy: 'wf-role', document: 'wf-document', comment: 'wf-comment' };

function check(provenance: ProvenanceDraft): PeopleDraftCheck {
  const before = defaultCase();
  const draft = workforceDraft(before);
  const values = { ...draft.values, earlyRetirementShare: '25' };
  const { document: after } = applyWorkforceDraft(before, { values, provenance });
  return {
    before,
    after,
    provenance,
    comment: 'Nye andeler',
    local: [],
    prefix: 'people.workforce',
    inputFor: () => provenanceInput(ids, provenance),
    ids,
  };
}

const empty: ProvenanceDraft = { mode: 'placeholder', document: '', locator: '', toBeSetBy: '' };

describe('checkPeopleDraft', () => {
  it('saves changed figures as a placeholder without asking who set them', () => {
    expect(checkPeopleDraft(check(empty), t, 'nb')).toEqual([]);
    expect(checkPeopleDraft(check({ ...empty, toBeSetBy: 'HR-sjefene' }), t, 'nb')).toEqual([]);
  });

  it('asks for the document of a source, once, at the document input', () => {
    const source = { ...empty, mode: 'source' as const };
    expect(checkPeopleDraft(check(source), t, 'nb')).toEqual([
      { fieldId: 'wf-document', message: t('peopleForm.documentRequired') },
    ]);
  });

  it('points provenance issues at the input the chosen mode shows', () => {
    expect(provenanceInput(ids, empty)).toBe('wf-role');
    expect(provenanceInput(ids, { ...empty, mode: 'source' })).toBe('wf-document');
  });
});
