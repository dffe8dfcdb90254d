import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { CATALOGUES, translate } from '../i18n/all-catalogues.ts';
import type { Translate } from '../i18n/use-t.ts';
import { draftFromDocument, type RowDraft } from './baseline-draft.ts';
import { fieldLabel } from '../../case/field-label.ts';
import { OWN_VALUE } from './figure-source-draft.ts';
import { issuesToErrors, validateDraft } from './validate-draft.ts';

const t: Translate = (key, params) => translate(CATALOGUES.nb, key, params);
const describeField = ({ index, field }: { index: number; field: string }) => `${field}@${index}`;
const ENTRY = { by: 'Kari Nordmann', at: '2026-12-03T17:00:00.000Z' };

function edited(index: number, change: Partial<RowDraft>) {
  const document = defaultCase();
  const draft = draftFromDocument(document).map((row, i) => (i === index ? { ...row, ...change } : row));
  return { document, draft };
}

describe('validateDraft', () => {
  it('accepts the draft of a valid document unchanged', () => {
    const document = defaultCase();
    const result = validateDraft(document, draftFromDocument(document), 'nb', t, describeField, ENTRY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.baseline).toEqual(document.baseline);
  });

  it('reads a decimal comma and turns an empty field into null, not 0', () => {
    const { document, draft } = edited(2, { fte: '5,5', headcount: '', fteSource: OWN_VALUE });
    const result = validateDraft(document, draft, 'nb', t, describeField, ENTRY);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.baseline[2]?.fte).toBe(5.5);
      expect(result.document.baseline[2]?.headcount).toBeNull();
    }
  });

  it('names the field of text that is not a number by its input, once, never by its path', () => {
    const { document, draft } = edited(2, { fte: 'abc' });
    const result = validateDraft(document, draft, 'nb', t, describeField, ENTRY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.summary).toHaveLength(1);
    expect(result.errors.summary[0]?.fieldId).toBe('baseline-2-fte');
    expect(result.errors.byField.get('baseline-2-fte')).toBe(t('edit.invalidNumber'));
    expect(result.errors.summary[0]?.message).toBe(`fte@2: ${t('edit.invalidNumber')}`);
  });

  it('reports schema errors from parseCase at the input that edits them', () => {
    const { document, draft } = edited(0, {
      ageMax: '90',
      labourCost: '1,5',
      labourCostSource: OWN_VALUE,
      agesSource: OWN_VALUE,
    });
    const result = validateDraft(document, draft, 'nb', t, describeField, ENTRY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...result.errors.byField.keys()]).toEqual(['baseline-0-labourCost', 'baseline-0-ageMax']);
    expect(result.errors.byField.get('baseline-0-ageMax')).toBe('Kan ikke være mer enn 75');
    expect(result.errors.summary.map((error) => error.message).join()).not.toContain('baseline[');
  });

  it('asks for an age when the kind needs one', () => {
    const { document, draft } = edited(4, { ageKind: 'single', ageValue: '' });
    const result = validateDraft(document, draft, 'nb', t, describeField, ENTRY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.byField.get('baseline-4-ageValue')).toBe(t('edit.ageRequired'));
  });

  it('drops an emptied note instead of saving ""', () => {
    const { document, draft } = edited(3, { notes: '  ' });
    const result = validateDraft(document, draft, 'nb', t, describeField, ENTRY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.baseline[3]).not.toHaveProperty('notes');
  });

  it('asks where a changed sourced figure now comes from, at its source chooser', () => {
    const { document, draft } = edited(1, { labourCost: '5 300 000' });
    const result = validateDraft(document, draft, 'nb', t, describeField, ENTRY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.summary).toEqual([
      {
        fieldId: 'baseline-1-labourCostSource',
        message: 'labourCostSource@1: Oppgi ny kilde for tallet eller merk det som egen verdi',
      },
    ]);
  });

  it('asks for the place in a chosen document, and refuses the same place as before', () => {
    const missing = edited(1, { labourCost: '5 300 000', labourCostSource: 'saksframlegg-bik2030' });
    const result = validateDraft(missing.document, missing.draft, 'nb', t, describeField, ENTRY);
    expect(!result.ok && [...result.errors.byField.keys()]).toEqual(['baseline-1-labourCostSourceText']);

    const old = missing.document.baseline[1]?.sources.labourCost;
    const locator = old && 'locator' in old ? (old.locator ?? '') : '';
    const same = edited(1, {
      labourCost: '5 300 000',
      labourCostSource: 'saksframlegg-bik2030',
      labourCostSourceText: locator,
    });
    const again = validateDraft(same.document, same.draft, 'nb', t, describeField, ENTRY);
    expect(!again.ok && [...again.errors.byField.keys()]).toEqual(['baseline-1-labourCostSource']);
  });

  it('records an own value with who and when, and a new document with its place', () => {
    const own = edited(1, {
      labourCost: '5 300 000',
      labourCostSource: OWN_VALUE,
      labourCostSourceText: 'Ny avtale',
    });
    const result = validateDraft(own.document, own.draft, 'nb', t, describeField, ENTRY);
    expect(result.ok && result.document.baseline[1]?.sources.labourCost).toEqual({
      entered: ENTRY,
      note: 'Ny avtale',
    });
    const cited = edited(1, {
      fte: '6,5',
      fteSource: 'saksframlegg-bik2030',
      fteSourceText: 'Vedlegg 2',
    });
    const next = validateDraft(cited.document, cited.draft, 'nb', t, describeField, ENTRY);
    expect(next.ok && next.document.baseline[1]?.sources.fte).toEqual({
      document: 'saksframlegg-bik2030',
      locator: 'Vedlegg 2',
    });
  });

  it('drops the source of a figure emptied to missing', () => {
    const { document, draft } = edited(1, { labourCost: '' });
    const result = validateDraft(document, draft, 'nb', t, describeField, ENTRY);
    expect(result.ok && result.document.baseline[1]?.sources).not.toHaveProperty('labourCost');
  });

  it('names an issue outside the form by the field in words', () => {
    const document = defaultCase();
    const labelOf = (path: string) => fieldLabel(path, document, 'nb');
    const issue = { path: 'title.nb', code: 'too_small', message: 'Må fylles ut' };
    const errors = issuesToErrors([issue], t, describeField, labelOf);
    expect(errors.summary).toEqual([{ message: 'Må fylles ut (Tittel: bokmål)' }]);
  });
});
