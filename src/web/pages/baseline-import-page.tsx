import { Alert, Button, Heading, Label, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useRef, useState, type ChangeEvent } from 'react';
import { Link, useParams } from 'react-router';
import { confirmImport, previewImport, templateUrl, type ImportPreview } from '../api/baseline-import-api.ts';
import { isApiError } from '../api/api-error.ts';
import { getCase } from '../api/cases-api.ts';
import { ImportChangesTable } from '../components/baseline-import/import-changes-table.tsx';
import { FormErrorSummary } from '../components/form-error-summary.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

const FILE_INPUT_ID = 'import-file';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; file: File; preview: ImportPreview }
  | { kind: 'saving'; file: File; preview: ImportPreview }
  | { kind: 'saved'; revision: number }
  | { kind: 'failed'; message: string };

/**
 * `/saker/:caseId/grunnlag/import`: download the baseline template, upload it filled in, see every error by
 * sheet, row and column or the changes grouped as added, changed and removed, and save them as one new
 * revision. Cancelling loses nothing: nothing is saved before «Lagre som ny revisjon».
 */
export default function BaselineImportPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  usePageTitle(t('import.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  const paths = casePaths(caseId);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('import.title')}
      </Heading>
      <Paragraph className="lead">{t('import.intro')}</Paragraph>
      <Paragraph>
        <DsLink href={templateUrl(caseId, language)} download>
          {t('import.download')}
        </DsLink>
      </Paragraph>
      <Paragraph data-size="sm">{t('import.downloadHint')}</Paragraph>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) =>
          view.role === 'reader' ? (
            <Alert data-color="info" className="page-notice">
              <Paragraph>{t('import.readerNotice')}</Paragraph>
            </Alert>
          ) : (
            <ImportForm caseId={caseId} />
          )
        }
      </ResourceView>
      <Paragraph>
        <DsLink asChild>
          <Link to={paths.baseline}>{t('import.toBaseline')}</Link>
        </DsLink>
      </Paragraph>
    </>
  );
}

function ImportForm({ caseId }: { caseId: string }) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setStep({ kind: 'reading' });
    try {
      setStep({ kind: 'preview', file, preview: await previewImport(caseId, file, file.name) });
    } catch (error) {
      setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function save(file: File, preview: ImportPreview) {
    setStep({ kind: 'saving', file, preview });
    try {
      const saved = await confirmImport(caseId, file, file.name, preview.baseRevision);
      setStep({ kind: 'saved', revision: saved.revision.revision });
    } catch (error) {
      // A 422 lists the workbook's problems: shown like the preview's, in the error summary.
      if (isApiError(error) && error.status === 422 && error.issues.length > 0) {
        const errors = error.issues.map((issue) => ({
          sheet: null,
          row: null,
          column: null,
          code: issue.code,
          message: issue.message,
          text: issue.message,
        }));
        setStep({ kind: 'preview', file, preview: { ...preview, changes: [], errors } });
        return;
      }
      const message =
        isApiError(error) && error.code === 'conflict'
          ? t('import.conflict')
          : t('import.failed', { message: error instanceof Error ? error.message : String(error) });
      setStep({ kind: 'failed', message });
    }
  }

  function cancel() {
    setStep({ kind: 'idle' });
    if (input.current) input.current.value = '';
  }

  return (
    <div>
      <div className="import-file">
        <Label htmlFor={FILE_INPUT_ID}>{t('import.chooseFile')}</Label>
        <input
          ref={input}
          id={FILE_INPUT_ID}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => void choose(event)}
          disabled={step.kind === 'reading' || step.kind === 'saving'}
        />
      </div>
      <div role="status">{step.kind === 'reading' && <Paragraph>{t('import.reading')}</Paragraph>}</div>
      {step.kind === 'failed' && (
        <Alert data-color="danger">
          <Paragraph>{step.message}</Paragraph>
        </Alert>
      )}
      {step.kind === 'saved' && (
        <Alert data-color="success">
          <Paragraph>{t('import.saved', { revision: step.revision })}</Paragraph>
          <DsLink asChild>
            <Link to={casePaths(caseId).history}>{t('import.toHistory')}</Link>
          </DsLink>
        </Alert>
      )}
      {(step.kind === 'preview' || step.kind === 'saving') && (
        <Preview
          preview={step.preview}
          saving={step.kind === 'saving'}
          onSave={() => void save(step.file, step.preview)}
          onCancel={cancel}
        />
      )}
    </div>
  );
}

function Preview(props: {
  preview: ImportPreview;
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { preview } = props;
  if (preview.errors.length > 0) {
    return (
      <FormErrorSummary
        heading={t('import.errorsHeading')}
        errors={preview.errors.map((issue) => ({ fieldId: FILE_INPUT_ID, message: issue.text }))}
      />
    );
  }
  if (preview.changes.length === 0)
    return <Paragraph>{t('import.noChanges', { revision: preview.baseRevision })}</Paragraph>;
  const groups = (['added', 'changed', 'removed'] as const)
    .map((kind) => ({ kind, changes: preview.changes.filter((change) => change.kind === kind) }))
    .filter((group) => group.changes.length > 0);
  return (
    <section aria-labelledby="import-preview-heading" className="overview-section">
      <Heading level={2} data-size="md" id="import-preview-heading">
        {t('import.previewHeading', { revision: preview.baseRevision })}
      </Heading>
      {preview.changes.some((change) => change.sourceText !== undefined) && (
        <Paragraph data-size="sm">{t('import.ownValueNote')}</Paragraph>
      )}
      {groups.map((group) => (
        <ImportChangesTable
          key={group.kind}
          heading={t(`import.group.${group.kind}`, { count: group.changes.length })}
          headingId={`import-${group.kind}`}
          changes={group.changes}
        />
      ))}
      <div className="import-actions">
        <Button onClick={props.onSave} aria-disabled={props.saving || undefined}>
          {props.saving ? t('import.saving') : t('import.save')}
        </Button>
        <Button variant="secondary" onClick={props.onCancel} disabled={props.saving}>
          {t('import.cancel')}
        </Button>
      </div>
    </section>
  );
}
