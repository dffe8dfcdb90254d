import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link as DsLink,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error.ts';
import {
  createDocument,
  documentFileUrl,
  DOCUMENT_FORMATS,
  DOCUMENT_KINDS,
  DOCUMENT_LANGUAGES,
  type DocumentMeta,
} from '../../api/documents-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorState, errorMessage } from '../error-state.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';
import { AgreementCheckList, FinalCheckbox } from './agreement-check-list.tsx';
import {
  checkDraft,
  DOCUMENT_FIELD_ID,
  needsModel,
  needsMunicipality,
  needsUnitYear,
  parseRevision,
  serverFormErrors,
  type DocumentDraft,
} from './document-draft.ts';
import { useAgreementCheck } from './use-agreement-check.ts';

/** One choice of a select: a kommunenummer or a model id, and its name. */
export interface DocumentOption {
  value: string;
  label: string;
}

export interface DocumentFormProps {
  caseId: string;
  /** The case's participants, by kommunenummer. */
  municipalities: readonly DocumentOption[];
  /** The case's legal models, by id. */
  models: readonly DocumentOption[];
  /** The joint units' budget years (`unitYearValue`); the settlement statement is offered only when there are some. */
  unitYears: readonly DocumentOption[];
  latestRevision: number;
  /** How the form starts. */
  initial: DocumentDraft;
  /** Called with the document once it is made, so the list can be read again. */
  onMade: (document: DocumentMeta) => void;
}

/**
 * Makes a saksframlegg, a summary, the agreement or a settlement statement from a saved revision (editors and
 * owners). Checked here
 * first; making the file may take seconds, so the button says so and the page stays usable.
 */
export function DocumentForm({
  caseId,
  municipalities,
  models,
  unitYears,
  latestRevision,
  initial,
  onMade,
}: DocumentFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<DocumentMeta | null>(null);
  const update = (change: Partial<DocumentDraft>) => setDraft((current) => ({ ...current, ...change }));
  const errorFor = (id: string) => errors.find((error) => error.fieldId === id)?.message;
  const checkRevision = parseRevision(draft.revision, latestRevision);
  const agreementChosen = needsModel(draft.kind) && models.some((m) => m.value === draft.model);
  const agreementCheck = useAgreementCheck(
    caseId,
    agreementChosen && checkRevision !== null
      ? { model: draft.model, revision: checkRevision, language: draft.language }
      : null,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setMade(null);
    setFailure(null);
    const check = checkDraft(
      draft,
      {
        municipalities: municipalities.map((m) => m.value),
        models: models.map((m) => m.value),
        latestRevision,
        unitYears: unitYears.map((u) => u.value),
      },
      t,
    );
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const document = await createDocument(caseId, check.request);
      setMade(document);
      onMade(document);
    } catch (error) {
      if (isApiError(error) && error.code === 'validation' && error.issues.length > 0)
        setErrors(serverFormErrors(error.issues));
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="document-form-heading" className="overview-section">
      <Heading level={2} data-size="md" id="document-form-heading">
        {t('documents.form.heading')}
      </Heading>
      {errors.length > 0 && <FormErrorSummary heading={t('documents.errorSummary')} errors={errors} />}
      {failure !== null && <FailureAlert error={failure} />}
      <form noValidate onSubmit={(event) => void submit(event)} className="document-form">
        <Fieldset>
          <Fieldset.Legend>{t('documents.field.kind')}</Fieldset.Legend>
          {DOCUMENT_KINDS.filter((kind) => !needsUnitYear(kind) || unitYears.length > 0).map((kind) => (
            <Radio
              key={kind}
              id={`document-kind-${kind}`}
              name="document-kind"
              value={kind}
              label={t(`documents.kind.${kind}`)}
              checked={draft.kind === kind}
              onChange={() => {
                update({ kind });
                // An error about the select that the new kind hides could not be followed to its field.
                setErrors([]);
              }}
            />
          ))}
        </Fieldset>
        {needsMunicipality(draft.kind) && (
          <Field>
            <Label htmlFor={DOCUMENT_FIELD_ID.municipality}>{t('documents.field.municipality')}</Label>
            <Field.Description>{t('documents.field.municipalityHint')}</Field.Description>
            <Select
              id={DOCUMENT_FIELD_ID.municipality}
              value={draft.municipality}
              width="auto"
              aria-invalid={errorFor(DOCUMENT_FIELD_ID.municipality) ? true : undefined}
              onChange={(event) => update({ municipality: event.target.value })}
            >
              <Select.Option value="">{t('documents.field.chooseMunicipality')}</Select.Option>
              {municipalities.map((option) => (
                <Select.Option key={option.value} value={option.value}>
                  {option.label}
                </Select.Option>
              ))}
            </Select>
            {errorFor(DOCUMENT_FIELD_ID.municipality) && (
              <ValidationMessage>{errorFor(DOCUMENT_FIELD_ID.municipality)}</ValidationMessage>
            )}
          </Field>
        )}
        {needsModel(draft.kind) && (
          <Field>
            <Label htmlFor={DOCUMENT_FIELD_ID.model}>{t('documents.field.model')}</Label>
            <Field.Description>{t('documents.field.modelHint')}</Field.Description>
            <Select
              id={DOCUMENT_FIELD_ID.model}
              value={draft.model}
              width="auto"
              aria-invalid={errorFor(DOCUMENT_FIELD_ID.model) ? true : undefined}
              // Final is decided per draft: another model's check has not been seen.
              onChange={(event) => update({ model: event.target.value, final: false })}
            >
              <Select.Option value="">{t('documents.field.chooseModel')}</Select.Option>
              {models.map((option) => (
                <Select.Option key={option.value} value={option.value}>
                  {option.label}
                </Select.Option>
              ))}
            </Select>
            {errorFor(DOCUMENT_FIELD_ID.model) && (
              <ValidationMessage>{errorFor(DOCUMENT_FIELD_ID.model)}</ValidationMessage>
            )}
          </Field>
        )}
        {needsUnitYear(draft.kind) && (
          <Field>
            <Label htmlFor={DOCUMENT_FIELD_ID.unitId}>{t('documents.field.unitYear')}</Label>
            <Field.Description>{t('documents.field.unitYearHint')}</Field.Description>
            <Select
              id={DOCUMENT_FIELD_ID.unitId}
              value={draft.unitYear}
              width="auto"
              aria-invalid={errorFor(DOCUMENT_FIELD_ID.unitId) ? true : undefined}
              onChange={(event) => update({ unitYear: event.target.value })}
            >
              <Select.Option value="">{t('documents.field.chooseUnitYear')}</Select.Option>
              {unitYears.map((option) => (
                <Select.Option key={option.value} value={option.value}>
                  {option.label}
                </Select.Option>
              ))}
            </Select>
            {errorFor(DOCUMENT_FIELD_ID.unitId) && (
              <ValidationMessage>{errorFor(DOCUMENT_FIELD_ID.unitId)}</ValidationMessage>
            )}
          </Field>
        )}
        <Fieldset>
          <Fieldset.Legend>{t('documents.field.format')}</Fieldset.Legend>
          {DOCUMENT_FORMATS.map((format) => (
            <Radio
              key={format}
              id={`document-format-${format}`}
              name="document-format"
              value={format}
              label={t(`documents.format.${format}`)}
              checked={draft.format === format}
              onChange={() => update({ format })}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('documents.field.language')}</Fieldset.Legend>
          {DOCUMENT_LANGUAGES.map((language) => (
            <Radio
              key={language}
              id={`document-language-${language}`}
              name="document-language"
              value={language}
              label={t(`documents.language.${language}`)}
              checked={draft.language === language}
              onChange={() => update({ language })}
            />
          ))}
        </Fieldset>
        <Textfield
          id={DOCUMENT_FIELD_ID.revision}
          label={t('documents.field.revision')}
          description={t('documents.field.revisionHint', { latest: latestRevision })}
          inputMode="numeric"
          autoComplete="off"
          size={6}
          value={draft.revision}
          onChange={(event) => update({ revision: event.target.value, final: false })}
          error={errorFor(DOCUMENT_FIELD_ID.revision)}
        />
        {agreementChosen && (
          <>
            {agreementCheck.state === 'ready' && <AgreementCheckList check={agreementCheck.check} />}
            {agreementCheck.state === 'loading' && (
              <Paragraph role="status">{t('documents.check.loading')}</Paragraph>
            )}
            {agreementCheck.state === 'failed' && <Paragraph>{t('documents.check.failed')}</Paragraph>}
            <FinalCheckbox
              checked={draft.final}
              check={agreementCheck.state === 'ready' ? agreementCheck.check : null}
              onChange={(final) => update({ final })}
            />
            {errorFor(DOCUMENT_FIELD_ID.final) && (
              <ValidationMessage>{errorFor(DOCUMENT_FIELD_ID.final)}</ValidationMessage>
            )}
          </>
        )}
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
            {busy ? t('documents.making') : t('documents.submit')}
          </Button>
        </div>
        <p role="status" className="save-status">
          {busy ? t('documents.makingHint') : ''}
        </p>
      </form>
      {made && <MadeNotice caseId={caseId} document={made} />}
    </section>
  );
}

/** The server's refusal, in its own words when it gave any. */
function FailureAlert({ error }: { error: unknown }) {
  const t = useT();
  if (isApiError(error) && error.code === 'unauthenticated') return <ErrorState error={error} />;
  const message =
    isApiError(error) && error.status > 0 && error.message !== '' && error.code !== 'unexpected'
      ? error.message
      : errorMessage(error, t);
  return (
    <Alert data-color="danger" className="page-notice">
      <Heading level={3} data-size="2xs">
        {t('documents.failed')}
      </Heading>
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}

/** «Dokumentet er laget fra revisjon 1», with the download; takes the focus so it is heard. */
function MadeNotice({ caseId, document }: { caseId: string; document: DocumentMeta }) {
  const t = useT();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), [document.id]);
  return (
    <Alert ref={notice} tabIndex={-1} data-color="success" className="page-notice">
      <Paragraph>{t('documents.made', { revision: document.revision })}</Paragraph>
      <Paragraph>
        <DsLink href={documentFileUrl(caseId, document.id)} download={document.fileName}>
          {t('documents.downloadFile', { fileName: document.fileName })}
        </DsLink>
      </Paragraph>
    </Alert>
  );
}
