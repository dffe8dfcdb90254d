import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { createCase } from '../../api/cases-api.ts';
import type { CaseSummary } from '../../api/types.ts';
import { localized } from '../../i18n/localized-text.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { casePaths } from '../../routes/case-paths.ts';
import { errorMessage } from '../error-state.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';

const TITLE_ID = 'new-case-title';
const SOURCE_ID = 'new-case-source';

/**
 * «Ny sak»: a title and the case to copy (one the user edits or owns). The user becomes the new case's owner;
 * its overview opens when it is made.
 */
export function NewCaseForm({ cases }: { cases: readonly CaseSummary[] }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const sources = cases.filter((c) => c.role !== 'reader');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState(sources[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  if (sources.length === 0) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setErrors([{ fieldId: TITLE_ID, message: t('caseNew.titleMissing') }]);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      const created = await createCase(title.trim(), source);
      await navigate(casePaths(created.caseId).decision);
    } catch (failure) {
      setBusy(false);
      setErrors(
        isApiError(failure) && failure.issues.length > 0
          ? failure.issues.map((issue) => ({
              fieldId: issue.path === 'title' ? TITLE_ID : issue.path === 'copyOf' ? SOURCE_ID : undefined,
              message:
                issue.path === 'title'
                  ? t('caseNew.titleInvalid', { message: issue.message })
                  : issue.message,
            }))
          : [{ message: errorMessage(failure, t) }],
      );
    }
  }

  return (
    <section aria-labelledby="new-case-heading" className="overview-section">
      <Heading level={2} data-size="md" id="new-case-heading">
        {t('caseNew.heading')}
      </Heading>
      <Paragraph>{t('caseNew.intro')}</Paragraph>
      {errors.length > 0 && <FormErrorSummary heading={t('caseNew.errorHeading')} errors={errors} />}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={TITLE_ID}
          label={t('caseNew.title')}
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.find((e) => e.fieldId === TITLE_ID)?.message}
        />
        <Field>
          <Label htmlFor={SOURCE_ID}>{t('caseNew.source')}</Label>
          <Select id={SOURCE_ID} value={source} onChange={(event) => setSource(event.target.value)}>
            {sources.map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {t('caseNew.copyOf', { title: localized(c.title, language) })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('caseNew.creating') : t('caseNew.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
