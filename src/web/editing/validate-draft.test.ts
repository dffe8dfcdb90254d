import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { CATALOGUES, translate } from '../i18n/all-catalogues.ts';
import type { Translate } from '../i18n/use-t.ts';
import { draftFromDocument, type RowDraft } from './baseline-draft.ts';
import { fieldLabel } from '../../case/field-label.ts';
import { issuesToErrors, validateDraft } from './validate-draft.ts';

const t: Translate = (key, params) => translate(CATALOGUES.nb, key, params);
const describeField = ({ index, field }: { index: number; field: string }) => `${field}@${index}`;

function edited(index: number, change: Partial<RowDraft>) {
  const document = defaultCase();
  const draft = draftFromDocument(document).map((row, i) => (i === index ? { ...row, ...change } : row));
  return { document, draft };
}

describe('validateDraft', () => {
  it('accepts the draft of a valid document unchanged', () => {
    const document = defaultCase();
    const result = validateDraft(document, draftFromDocument(document), 'nb', t, describeField);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.baseline).toEqual(document.baseline);
  });

  it('reads a decimal comma and turns an empty field into null, not 0', () => {
    const { document, draft } = edited(2, { fte: '5,5', headcount: '' });
    const result = validateDraft(document, draft, 'nb', t, describeField);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.baseline[2]?.fte).toBe(5.5);
      expect(result.document.baseline[2]?.headcount).toBeNull();
    }
  });

  it('names the field of text that is not a number by its input, once, never by its path', () => {
    const { document, draft } = edited(2, { fte: 'abc' });
    const result = validateDraft(document, draft, 'nb', t, describeField);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.summary).toHaveLength(1);
    expect(result.errors.summary[0]?.fieldId).toBe('baseline-2-fte');
    expect(result.errors.byField.get('baseline-2-fte')).toBe(t('edit.invalidNumber'));
    expect(result.errors.summary[0]?.message).toBe(`fte@2: ${t('edit.invalidNumber')}`);
  });

  it('reports schema errors from parseCase at the input that edits them', () => {
    const { document, draft } = edited(0, { ageMax: '90', labourCost: '1,5' });
    const result = validateDraft(document, draft, 'nb', t, describeField);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...result.errors.byField.keys()]).toEqual(['baseline-0-labourCost', 'baseline-0-ageMax']);
    expect(result.errors.byField.get('baseline-0-ageMax')).toBe('Kan ikke være mer enn 75');
    expect(result.errors.summary.map((error) => error.message).join()).not.toContain('baseline[');
  });

  it('asks for an age when the kind needs one', () => {
    const { document, draft } = edited(4, { ageKind: 'single', ageValue: '' });
    const result = validateDraft(document, draft, 'nb', t, describeField);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.byField.get('baseline-4-ageValue')).toBe(t('edit.ageRequired'));
  });

  it('drops an emptied note instead of saving ""', () => {
    const { document, draft } = edited(3, { notes: '  ' });
    const result = validateDraft(document, draft, 'nb', t, describeField);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.baseline[3]).not.toHaveProperty('notes');
  });

  it('names an issue outside the form by the field in words', () => {
    const document = defaultCase();
    const labelOf = (path: string) => fieldLabel(path, document, 'nb');
    const issue = { path: 'title.nb', code: 'too_small', message: 'Må fylles ut' };
    const errors = issuesToErrors([issue], t, describeField, labelOf);
    expect(errors.summary).toEqual([{ message: 'Må fylles ut (Tittel: bokmål)' }]);
  });
});
