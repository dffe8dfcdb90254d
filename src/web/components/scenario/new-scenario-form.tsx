import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { createScenario } from '../../api/scenarios-api.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { localized } from '../../i18n/localized-text.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { casePaths } from '../../routes/case-paths.ts';
import { errorMessage } from '../error-state.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';

const NAME_ID = 'new-scenario-name';
const START_ID = 'new-scenario-start';
const BLANK = '';

export interface NewScenarioFormProps {
  caseId: string;
  document: CaseDocument;
  /** The newest revision on the page: creating over a newer save is refused, never merged. */
  latestRevision: number;
}

/**
 * «Nytt scenario»: a name and what to start from (blank, or a copy of one of the case's scenarios). The
 * server saves it as a new revision; then the new scenario's page opens, so the user can change it at once.
 */
export function NewScenarioForm({ caseId, document, latestRevision }: NewScenarioFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [start, setStart] = useState(document.scenarios[0]?.id ?? BLANK);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const nameError = errors.find((e) => e.fieldId === NAME_ID)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setErrors([{ fieldId: NAME_ID, message: t('scenarioNew.nameMissing') }]);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      const created = await createScenario(caseId, {
        baseRevision: latestRevision,
        name: name.trim(),
        ...(start === BLANK ? {} : { copyOf: start }),
      });
      await navigate(casePaths(caseId).scenario(created.scenarioId));
    } catch (failure) {
      setBusy(false);
      if (isApiError(failure) && failure.code === 'conflict') {
        setErrors([{ message: t('scenarioNew.conflict') }]);
      } else if (isApiError(failure) && failure.issues.length > 0) {
        setErrors(
          failure.issues.map((issue) => ({
            fieldId: issue.path === 'name' ? NAME_ID : issue.path === 'copyOf' ? START_ID : undefined,
            message:
              issue.path === 'name'
                ? t('scenarioNew.nameInvalid', { message: issue.message })
                : issue.message,
          })),
        );
      } else {
        setErrors([{ message: errorMessage(failure, t) }]);
      }
    }
  }

  return (
    <section aria-labelledby="new-scenario-heading" className="overview-section">
      <Heading level={2} data-size="md" id="new-scenario-heading">
        {t('scenarioNew.heading')}
      </Heading>
      <Paragraph>{t('scenarioNew.intro')}</Paragraph>
      {errors.length > 0 && <FormErrorSummary heading={t('scenarioNew.errorHeading')} errors={errors} />}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          id={NAME_ID}
          label={t('scenarioNew.name')}
          description={t('scenarioNew.nameHint')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={nameError}
        />
        <Field>
          <Label htmlFor={START_ID}>{t('scenarioNew.start')}</Label>
          <Select id={START_ID} value={start} onChange={(event) => setStart(event.target.value)}>
            {document.scenarios.map((scenario) => (
              <Select.Option key={scenario.id} value={scenario.id}>
                {t('scenarioNew.copyOf', { name: localized(scenario.name, language) })}
              </Select.Option>
            ))}
            <Select.Option value={BLANK}>{t('scenarioNew.blank')}</Select.Option>
          </Select>
        </Field>
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('scenarioNew.creating') : t('scenarioNew.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
