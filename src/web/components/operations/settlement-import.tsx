import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { formatNok } from '../../../i18n/format.ts';
import { isApiError } from '../../api/api-error.ts';
import {
  previewLedger,
  saveLedger,
  type LedgerColumns,
  type LedgerPreview,
  type LedgerRuleInput,
} from '../../api/settlement-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import type { UnmappedGroup } from '../../../case/operations/ledger-import.ts';
import { useT } from '../../i18n/use-t.ts';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { FormErrorSummary } from '../form-error-summary.tsx';
import { ActualPerComponentTable } from './settlement-results.tsx';

const FILE_ID = 'ledger-file';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; file: File }
  | { kind: 'mapping'; file: File; preview: LedgerPreview; checked: boolean }
  | { kind: 'saving'; file: File; preview: LedgerPreview }
  | { kind: 'saved'; revision: number }
  | { kind: 'failed'; message: string };

/** The mapping's dimension columns, in the order of the form; the amount's columns follow by its kind. */
const DIMENSION_FIELDS = ['account', 'responsibility', 'function', 'project'] as const;
type ColumnField = (typeof DIMENSION_FIELDS)[number] | 'amount' | 'debit' | 'credit';
const FIELD_KEY: Record<ColumnField, MessageKey> = {
  account: 'settlement.import.field.account',
  responsibility: 'settlement.import.field.responsibility',
  function: 'settlement.import.field.function',
  project: 'settlement.import.field.project',
  amount: 'settlement.import.field.amount',
  debit: 'settlement.import.field.debit',
  credit: 'settlement.import.field.credit',
};

/** The columns the form asks for: one signed amount, or debit and credit, as the export gives them. */
const columnFields = (mapping: LedgerColumns | null): readonly ColumnField[] => [
  ...DIMENSION_FIELDS,
  ...(mapping?.amount.kind === 'debitCredit' ? (['debit', 'credit'] as const) : (['amount'] as const)),
];

const THOUSANDS = ['none', 'space', 'point', 'comma'] as const;
type Thousands = (typeof THOUSANDS)[number];
const THOUSANDS_KEY: Record<Thousands, MessageKey> = {
  none: 'settlement.import.thousandsNone',
  space: 'settlement.import.thousandsSpace',
  point: 'settlement.import.thousandsPoint',
  comma: 'settlement.import.thousandsComma',
};

/** The form's label for a refused part of the mapping (`mapping.account`, `mapping.amount.debit`, `mapping.thousands`). */
function mappingLabel(path: string): MessageKey {
  const [, field, part] = path.split('.');
  if (field === 'amount' && (part === 'debit' || part === 'credit')) return FIELD_KEY[part];
  if (field === 'thousands') return 'settlement.import.thousands';
  if (field === 'decimal') return 'settlement.import.decimal';
  return field !== undefined && field in FIELD_KEY
    ? FIELD_KEY[field as ColumnField]
    : 'settlement.import.mapping';
}

function columnOf(mapping: LedgerColumns, field: ColumnField): string {
  const amount = mapping.amount;
  if (field === 'amount') return amount.kind === 'signed' ? amount.column : '';
  if (field === 'debit') return amount.kind === 'debitCredit' ? amount.debit : '';
  if (field === 'credit') return amount.kind === 'debitCredit' ? amount.credit : '';
  return mapping[field] ?? '';
}

/** The mapping with `field` set to `header` ('' leaves an optional column out). */
function withColumn(mapping: LedgerColumns, field: ColumnField, header: string): LedgerColumns {
  if (field === 'amount') return { ...mapping, amount: { kind: 'signed', column: header } };
  if (field === 'debit' || field === 'credit') {
    const now = mapping.amount.kind === 'debitCredit' ? mapping.amount : { debit: '', credit: '' };
    return {
      ...mapping,
      amount: { kind: 'debitCredit', debit: now.debit, credit: now.credit, [field]: header },
    };
  }
  if (field === 'project') {
    const rest = { ...mapping };
    delete rest.project;
    return header === '' ? rest : { ...rest, project: header };
  }
  return { ...mapping, [field]: header };
}

/** The group's key, as the select for it is named. */
const groupKey = (g: { account: string; responsibility: string; function: string; project: string | null }) =>
  `${g.account}|${g.responsibility}|${g.function}|${g.project ?? ''}`;

export interface SettlementImportProps {
  caseId: string;
  unitId: string;
  year: number;
  components: { id: string; name: string }[];
  /** Called with the notice to show once the new revision is saved. */
  onSaved: (message: string) => void;
}

/**
 * The import wizard: choose the host's ledger export (hovedbok, CSV or .xlsx) → the columns as selects,
 * filled in from the remembered mapping or Flokk's guess (it says which) → «Kontroller» shows every error by
 * row and column, the totals per budget component and the lines no rule takes, grouped, each with a select of
 * budget components → «Lagre årsoppgjøret» saves one new revision. Nothing is saved before that.
 */
export function SettlementImport({ caseId, unitId, year, components, onSaved }: SettlementImportProps) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [mapping, setMapping] = useState<LedgerColumns | null>(null);
  const [assigned, setAssigned] = useState<Record<string, { group: UnmappedGroup; component: string }>>({});
  const input = useRef<HTMLInputElement>(null);

  // The groups' assignments are kept with the group, not looked up in the newest preview: once assigned, a
  // group is no longer unmapped there, but its rule must still be sent with the save.
  const rules = (): LedgerRuleInput[] =>
    Object.values(assigned).flatMap(({ group: g, component }) =>
      component === ''
        ? []
        : [
            {
              component,
              account: g.account,
              responsibility: g.responsibility,
              function: g.function,
              ...(g.project === null ? {} : { project: g.project }),
            },
          ],
    );

  const failed = (error: unknown) =>
    setStep({
      kind: 'failed',
      message:
        isApiError(error) && error.code === 'conflict'
          ? t('settlement.conflict')
          : isApiError(error) && error.issues.length > 0
            ? error.issues.map((i) => i.message).join(' · ')
            : t('settlement.import.failed', {
                message: error instanceof Error ? error.message : String(error),
              }),
    });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setStep({ kind: 'reading', file });
    setAssigned({});
    try {
      const preview = await previewLedger(caseId, file, { unitId, year, fileName: file.name });
      setMapping(preview.mapping);
      setStep({ kind: 'mapping', file, preview, checked: false });
    } catch (error) {
      failed(error);
    }
  }

  async function check(file: File, previous: LedgerPreview) {
    setStep({ kind: 'reading', file });
    try {
      const preview = await previewLedger(caseId, file, {
        unitId,
        year,
        fileName: file.name,
        mapping: mapping ?? undefined,
        rules: rules(),
      });
      setStep({ kind: 'mapping', file, preview, checked: true });
    } catch (error) {
      // A column left unchosen is refused (400) naming `mapping.account` &c.: shown beside the selects, in
      // the form's words, so the mapping stays on screen to correct.
      if (isApiError(error) && error.status === 400 && error.issues.length > 0) {
        const errors = error.issues.map((issue) => {
          const label = t(mappingLabel(issue.path));
          const text = `${label}: ${issue.message}`;
          return { sheet: null, row: null, column: null, code: issue.code, message: issue.message, text };
        });
        setStep({ kind: 'mapping', file, preview: { ...previous, errors }, checked: false });
        return;
      }
      failed(error);
    }
  }

  async function save(file: File, preview: LedgerPreview) {
    setStep({ kind: 'saving', file, preview });
    try {
      const saved = await saveLedger(
        caseId,
        file,
        { unitId, year, fileName: file.name, mapping: mapping ?? undefined, rules: rules() },
        preview.baseRevision,
      );
      setStep({ kind: 'saved', revision: saved.revision.revision });
      onSaved(t('settlement.import.saved', { revision: saved.revision.revision }));
    } catch (error) {
      failed(error);
    }
  }

  function cancel() {
    setStep({ kind: 'idle' });
    setMapping(null);
    if (input.current) input.current.value = '';
  }

  const busy = step.kind === 'reading' || step.kind === 'saving';
  return (
    <section aria-labelledby="settlement-import-heading" className="overview-section">
      <Heading level={2} data-size="md" id="settlement-import-heading">
        {t('settlement.import.heading', { year })}
      </Heading>
      <Paragraph data-size="sm">{t('settlement.import.intro')}</Paragraph>
      <div className="import-file">
        <Label htmlFor={FILE_ID}>{t('settlement.import.chooseFile')}</Label>
        <input
          ref={input}
          id={FILE_ID}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => void choose(event)}
          disabled={busy}
        />
      </div>
      <div role="status">
        {step.kind === 'reading' && <Paragraph>{t('settlement.import.reading')}</Paragraph>}
        {step.kind === 'saving' && <Paragraph>{t('settlement.import.saving')}</Paragraph>}
        {/* «Saved» is said once, by the page, whose notice outlives the reload that follows the save. */}
      </div>
      {step.kind === 'failed' && (
        <Alert data-color="danger">
          <Paragraph>{step.message}</Paragraph>
        </Alert>
      )}
      {(step.kind === 'mapping' || step.kind === 'saving') && (
        <>
          <Paragraph>
            {step.preview.mappingFrom === 'remembered'
              ? t('settlement.import.remembered')
              : step.preview.mappingFrom === 'guessed'
                ? t('settlement.import.guessed')
                : step.preview.mappingFrom === 'given'
                  ? t('settlement.import.given')
                  : t('settlement.import.noGuess')}
          </Paragraph>
          <div className="settlement-mapping">
            <Field>
              <Label htmlFor="ledger-amount-kind">{t('settlement.import.amountKind')}</Label>
              <Select
                id="ledger-amount-kind"
                width="auto"
                value={mapping?.amount.kind ?? 'signed'}
                onChange={(e) =>
                  setMapping((m) =>
                    m
                      ? {
                          ...m,
                          amount:
                            e.target.value === 'debitCredit'
                              ? { kind: 'debitCredit', debit: '', credit: '' }
                              : { kind: 'signed', column: '' },
                        }
                      : m,
                  )
                }
              >
                <Select.Option value="signed">{t('settlement.import.amountSigned')}</Select.Option>
                <Select.Option value="debitCredit">{t('settlement.import.amountDebitCredit')}</Select.Option>
              </Select>
            </Field>
            {columnFields(mapping).map((field) => (
              <Field key={field}>
                <Label htmlFor={`ledger-column-${field}`}>{t(FIELD_KEY[field])}</Label>
                <Select
                  id={`ledger-column-${field}`}
                  width="auto"
                  value={mapping ? columnOf(mapping, field) : ''}
                  onChange={(e) => {
                    const header = e.target.value;
                    setMapping((m) =>
                      m
                        ? withColumn(m, field, header)
                        : withColumn(
                            {
                              headerRow: 1,
                              account: '',
                              responsibility: '',
                              function: '',
                              amount: { kind: 'signed', column: '' },
                              decimal: 'comma',
                              thousands: 'none',
                              delimiter: 'auto',
                            },
                            field,
                            header,
                          ),
                    );
                  }}
                >
                  <Select.Option value="">{t('settlement.import.noColumn')}</Select.Option>
                  {step.preview.headers
                    .filter((h) => h !== '')
                    .map((h) => (
                      <Select.Option key={h} value={h}>
                        {h}
                      </Select.Option>
                    ))}
                </Select>
              </Field>
            ))}
            <Field>
              <Label htmlFor="ledger-decimal">{t('settlement.import.decimal')}</Label>
              <Select
                id="ledger-decimal"
                width="auto"
                value={mapping?.decimal ?? 'comma'}
                onChange={(e) =>
                  setMapping((m) =>
                    m ? { ...m, decimal: e.target.value === 'point' ? 'point' : 'comma' } : m,
                  )
                }
              >
                <Select.Option value="comma">{t('settlement.import.decimalComma')}</Select.Option>
                <Select.Option value="point">{t('settlement.import.decimalPoint')}</Select.Option>
              </Select>
            </Field>
            <Field>
              <Label htmlFor="ledger-thousands">{t('settlement.import.thousands')}</Label>
              <Select
                id="ledger-thousands"
                width="auto"
                value={mapping?.thousands ?? 'none'}
                onChange={(e) =>
                  setMapping((m) =>
                    m ? { ...m, thousands: THOUSANDS.find((x) => x === e.target.value) ?? 'none' } : m,
                  )
                }
              >
                {THOUSANDS.map((x) => (
                  <Select.Option key={x} value={x}>
                    {t(THOUSANDS_KEY[x])}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => step.kind === 'mapping' && void check(step.file, step.preview)}
          >
            {t('settlement.import.check')}
          </Button>
          {step.preview.errors.length > 0 && (
            <FormErrorSummary
              heading={t('settlement.import.errors', { count: step.preview.errors.length })}
              errors={step.preview.errors.map((e) => ({ message: e.text }))}
            />
          )}
          {step.kind === 'mapping' && step.checked && step.preview.errors.length === 0 && (
            <PreviewFigures
              preview={step.preview}
              components={components}
              assigned={assigned}
              onAssign={(group, component) =>
                setAssigned((a) => ({ ...a, [groupKey(group)]: { group, component } }))
              }
            />
          )}
          <div className="button-row">
            <Button
              disabled={busy || step.kind !== 'mapping' || !step.checked || step.preview.errors.length > 0}
              onClick={() => step.kind === 'mapping' && void save(step.file, step.preview)}
            >
              {t('settlement.import.save')}
            </Button>
            <Button variant="tertiary" onClick={cancel} disabled={busy}>
              {t('settlement.import.cancel')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

interface PreviewFiguresProps {
  preview: LedgerPreview;
  components: { id: string; name: string }[];
  assigned: Record<string, { component: string }>;
  onAssign: (group: UnmappedGroup, component: string) => void;
}

/** The checked file: lines read, totals per component, and the unmapped groups with a component to choose. */
function PreviewFigures({ preview, components, assigned, onAssign }: PreviewFiguresProps) {
  const t = useT();
  const { language } = useLanguage();
  const nok = (value: number) => formatNok(value, language);
  const unmapped = preview.unmapped;
  return (
    <div className="settlement-preview">
      <Paragraph>{t('settlement.import.lines', { lines: preview.lines })}</Paragraph>
      <ActualPerComponentTable
        caption={t('settlement.import.totalsCaption')}
        rows={preview.actual.map((a) => ({ id: a.componentId, name: a.name, amount: a.amount }))}
      />
      {unmapped !== null && unmapped.lines > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('settlement.import.unmappedHeading', { lines: unmapped.lines, amount: nok(unmapped.amount) })}
          </Heading>
          <Paragraph data-size="sm">{t('settlement.import.unmappedHint')}</Paragraph>
          {unmapped.groupCount > unmapped.groups.length && (
            <Paragraph data-size="sm">
              {t('settlement.import.moreGroups', {
                shown: unmapped.groups.length,
                count: unmapped.groupCount,
              })}
            </Paragraph>
          )}
          <ul className="settlement-groups">
            {unmapped.groups.map((g) => {
              const key = groupKey(g);
              const id = `ledger-group-${key.replace(/[^A-Za-z0-9]/g, '-')}`;
              return (
                <li key={key}>
                  <Field>
                    <Label htmlFor={id}>
                      {t('settlement.import.group', {
                        account: g.account,
                        responsibility: g.responsibility,
                        function: g.function,
                        project: g.project ?? t('settlement.import.noProject'),
                        lines: g.lines,
                        amount: nok(g.amount),
                      })}
                    </Label>
                    <Select
                      id={id}
                      width="auto"
                      value={assigned[key]?.component ?? ''}
                      onChange={(e) => onAssign(g, e.target.value)}
                    >
                      <Select.Option value="">{t('settlement.import.whichComponent')}</Select.Option>
                      {components.map((c) => (
                        <Select.Option key={c.id} value={c.id}>
                          {c.name}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                </li>
              );
            })}
          </ul>
          <Paragraph data-size="sm">{t('settlement.import.recheck')}</Paragraph>
        </>
      )}
      {preview.settlement !== null && !preview.settlement.ok && (
        <Alert data-color="info">
          <Paragraph>{preview.settlement.message}</Paragraph>
        </Alert>
      )}
      {preview.settlement?.ok && (
        <ul>
          {preview.settlement.rows.map((row) => (
            <li key={row.municipality}>
              {row.balance >= 0
                ? t('settlement.pays', { name: row.name, amount: nok(row.balance) })
                : t('settlement.refund', { name: row.name, amount: nok(-row.balance) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
