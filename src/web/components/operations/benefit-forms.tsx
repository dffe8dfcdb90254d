import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import {
  applyMeasurement,
  applyTarget,
  type DraftProblem,
  type MeasurementDraft,
  type TargetDraft,
} from '../../editing/benefit-draft.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { useT } from '../../i18n/use-t.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import type { FormError } from '../form-error-summary.tsx';
import { SaveNotices } from '../model-choice/save-notices.tsx';

export interface BenefitFormProps {
  caseId: string;
  planId: string;
  benefit: string;
  /** Shared by the page's forms, so each save builds on the one before. */
  saver: RevisionSave;
  /** Called with the new revision after a save. */
  onSaved: (revision: number) => void;
}

const PROBLEM: Record<DraftProblem<string>['kind'], MessageKey> = {
  required: 'benefits.error.required',
  number: 'benefits.error.number',
  date: 'benefits.error.date',
};

/** The form's state shared by both forms: its errors and how a save goes. */
function useBenefitForm<F extends string>(
  props: BenefitFormProps,
  form: string,
  labels: Record<F, string>,
  ids: Record<F, string>,
) {
  const t = useT();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errorOf = (field: F) => errors.find((e) => e.fieldId === ids[field])?.message;
  async function submit(
    apply: (document: CaseDocument) => { document: CaseDocument; problems: DraftProblem<F>[] },
    comment: string,
  ): Promise<boolean> {
    if (props.saver.saving) return false;
    const { document, problems } = apply(props.saver.baseDocument);
    const found = problems.map((p) => ({
      fieldId: ids[p.field],
      message: t(PROBLEM[p.kind], { field: labels[p.field] }),
    }));
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return false;
    const saved = await props.saver.save(
      form,
      () => document,
      comment,
      (r) => t('benefits.saved', { revision: r }),
    );
    if (saved === null) return false;
    props.onSaved(saved);
    return true;
  }
  const notices = (
    <SaveNotices caseId={props.caseId} saver={props.saver} form={form} errors={errors} attempt={attempt} />
  );
  const status = props.saver.owner === form ? props.saver.status : '';
  return { submit, errorOf, notices, status };
}

/** «Registrer måling»: the date, the value and the source document with the place in it; saved as a revision. */
export function MeasurementForm(props: BenefitFormProps) {
  const t = useT();
  const prefix = useId();
  const empty: MeasurementDraft = { date: '', value: '', document: '', locator: '' };
  const [draft, setDraft] = useState(empty);
  const labels = {
    date: t('benefits.measure.date'),
    value: t('benefits.measure.value'),
    document: t('benefits.measure.document'),
    locator: t('benefits.measure.locator'),
  };
  const ids = {
    date: `${prefix}-date`,
    value: `${prefix}-value`,
    document: `${prefix}-document`,
    locator: `${prefix}-locator`,
  };
  const form = `measurement-${props.planId}`;
  const { submit, errorOf, notices, status } = useBenefitForm(props, form, labels, ids);
  const set = (field: keyof MeasurementDraft) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await submit(
      (document) => applyMeasurement(document, props.planId, draft),
      t('benefits.measure.comment', { benefit: props.benefit }),
    );
    if (ok) setDraft(empty);
  }
  return (
    <form className="benefit-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <Heading level={4} data-size="2xs">
        {t('benefits.measure.heading')}
      </Heading>
      {notices}
      <div className="field-grid">
        <Textfield
          id={ids.date}
          type="date"
          label={labels.date}
          value={draft.date}
          onChange={(e) => set('date')(e.target.value)}
          error={errorOf('date')}
        />
        <Textfield
          id={ids.value}
          inputMode="decimal"
          label={labels.value}
          value={draft.value}
          onChange={(e) => set('value')(e.target.value)}
          error={errorOf('value')}
        />
        <Field>
          <Label htmlFor={ids.document}>{labels.document}</Label>
          <Select
            id={ids.document}
            value={draft.document}
            aria-invalid={errorOf('document') ? true : undefined}
            onChange={(e) => set('document')(e.target.value)}
          >
            <Select.Option value="">{t('benefits.measure.chooseDocument')}</Select.Option>
            {props.saver.baseDocument.sources.map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {s.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={ids.locator}
          label={labels.locator}
          value={draft.locator}
          onChange={(e) => set('locator')(e.target.value)}
        />
      </div>
      <Button type="submit" data-size="sm" disabled={props.saver.saving}>
        {t('benefits.measure.submit')}
        <span className="ds-sr-only"> – {props.benefit}</span>
      </Button>
      <Paragraph data-size="sm" role="status">
        {status}
      </Paragraph>
    </form>
  );
}

/** «Sett mål»: the target value, its date and the point of the resolution it comes from; saved as a revision. */
export function TargetForm(props: BenefitFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const prefix = useId();
  const empty: TargetDraft = { value: '', date: '', resolutionId: '', point: '' };
  const [draft, setDraft] = useState(empty);
  const labels = {
    value: t('benefits.setTarget.value'),
    date: t('benefits.setTarget.date'),
    resolutionId: t('benefits.setTarget.resolution'),
    point: t('benefits.setTarget.point'),
  };
  const ids = {
    value: `${prefix}-value`,
    date: `${prefix}-date`,
    resolutionId: `${prefix}-resolution`,
    point: `${prefix}-point`,
  };
  const form = `target-${props.planId}`;
  const { submit, errorOf, notices, status } = useBenefitForm(props, form, labels, ids);
  const set = (field: keyof TargetDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const resolutions = props.saver.baseDocument.resolutions;
  if (resolutions.length === 0) {
    return (
      <div className="benefit-form">
        <Heading level={4} data-size="2xs">
          {t('benefits.setTarget.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('benefits.setTarget.noResolutions')}</Paragraph>
      </div>
    );
  }
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await submit(
      (document) => applyTarget(document, props.planId, draft),
      t('benefits.setTarget.comment', { benefit: props.benefit }),
    );
    if (ok) setDraft(empty);
  }
  return (
    <form className="benefit-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <Heading level={4} data-size="2xs">
        {t('benefits.setTarget.heading')}
      </Heading>
      {notices}
      <div className="field-grid">
        <Textfield
          id={ids.value}
          inputMode="decimal"
          label={labels.value}
          value={draft.value}
          onChange={(e) => set('value')(e.target.value)}
          error={errorOf('value')}
        />
        <Textfield
          id={ids.date}
          type="date"
          label={labels.date}
          value={draft.date}
          onChange={(e) => set('date')(e.target.value)}
          error={errorOf('date')}
        />
        <Field>
          <Label htmlFor={ids.resolutionId}>{labels.resolutionId}</Label>
          <Select
            id={ids.resolutionId}
            value={draft.resolutionId}
            aria-invalid={errorOf('resolutionId') ? true : undefined}
            onChange={(e) => set('resolutionId')(e.target.value)}
          >
            <Select.Option value="">{t('benefits.setTarget.chooseResolution')}</Select.Option>
            {resolutions.map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {localized(r.title, language)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={ids.point}
          inputMode="numeric"
          label={labels.point}
          value={draft.point}
          onChange={(e) => set('point')(e.target.value)}
          error={errorOf('point')}
        />
      </div>
      <Button type="submit" data-size="sm" disabled={props.saver.saving}>
        {t('benefits.setTarget.submit')}
        <span className="ds-sr-only"> – {props.benefit}</span>
      </Button>
      <Paragraph data-size="sm" role="status">
        {status}
      </Paragraph>
    </form>
  );
}
