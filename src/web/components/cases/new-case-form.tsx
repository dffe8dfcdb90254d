import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
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
import { BlankParticipantsFieldset } from './blank-participants-fieldset.tsx';

const TITLE_ID = 'new-case-title';
const SOURCE_ID = 'new-case-source';
const MUNICIPALITIES_ID = 'new-case-municipalities';

type Start = 'blank' | 'copy';

/** Which form field an API issue belongs to, by the path the server names. */
const FIELD_OF_PATH: Record<string, string> = {
  title: TITLE_ID,
  copyOf: SOURCE_ID,
  'blank.from': SOURCE_ID,
  'blank.participants': MUNICIPALITIES_ID,
};

/**
 * «Ny sak»: a title and how to start — blank with municipalities of one of the user's cases (any role, since
 * only names are taken), or a copy of a case the user edits or owns. The user becomes the new case's owner;
 * its first page opens when it is made.
 */
export function NewCaseForm({ cases }: { cases: readonly CaseSummary[] }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const editable = cases.filter((c) => c.role !== 'reader');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState<Start>(editable.length > 0 ? 'copy' : 'blank');
  const sources = start === 'copy' ? editable : cases;
  const [picked, setPicked] = useState(sources[0]?.id ?? '');
  const source = sources.some((c) => c.id === picked) ? picked : (sources[0]?.id ?? '');
  // `null` until the source case's municipalities have loaded; then all of them are chosen at first.
  const [participants, setParticipants] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  if (cases.length === 0) return null;

  function pickSource(id: string) {
    setPicked(id);
    setParticipants(null);
  }

  function localErrors(): FormError[] {
    const found: FormError[] = [];
    if (title.trim() === '') found.push({ fieldId: TITLE_ID, message: t('caseNew.titleMissing') });
    if (start === 'blank' && participants?.length === 0)
      found.push({ fieldId: MUNICIPALITIES_ID, message: t('caseNew.municipalitiesMissing') });
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found = localErrors();
    setErrors(found);
    if (found.length > 0 || (start === 'blank' && participants === null)) return;
    setBusy(true);
    try {
      const created = await createCase(
        title.trim(),
        start === 'copy' ? { copyOf: source } : { blank: { from: source, participants: participants ?? [] } },
      );
      await navigate(casePaths(created.caseId).decision);
    } catch (failure) {
      setBusy(false);
      setErrors(
        isApiError(failure) && failure.issues.length > 0
          ? failure.issues.map((issue) => ({
              fieldId: FIELD_OF_PATH[issue.path],
              message:
                issue.path === 'title'
                  ? t('caseNew.titleInvalid', { message: issue.message })
                  : issue.message,
            }))
          : [{ message: errorMessage(failure, t) }],
      );
    }
  }

  const startOptions: { value: Start; label: string }[] = [
    { value: 'blank', label: t('caseNew.startBlank') },
    ...(editable.length > 0 ? [{ value: 'copy' as const, label: t('caseNew.startCopy') }] : []),
  ];
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
        <Fieldset>
          <Fieldset.Legend>{t('caseNew.start')}</Fieldset.Legend>
          <div className="button-row">
            {startOptions.map((option) => (
              <Radio
                key={option.value}
                name="new-case-start"
                label={option.label}
                value={option.value}
                checked={start === option.value}
                onChange={() => {
                  setStart(option.value);
                  setParticipants(null);
                  setErrors([]);
                }}
              />
            ))}
          </div>
        </Fieldset>
        <Field>
          <Label htmlFor={SOURCE_ID}>{start === 'copy' ? t('caseNew.source') : t('caseNew.blankFrom')}</Label>
          <Select id={SOURCE_ID} value={source} onChange={(event) => pickSource(event.target.value)}>
            {sources.map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {t('caseNew.copyOf', { title: localized(c.title, language) })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {start === 'blank' && (
          <BlankParticipantsFieldset
            from={source}
            id={MUNICIPALITIES_ID}
            value={participants}
            onChange={setParticipants}
            error={errors.find((e) => e.fieldId === MUNICIPALITIES_ID)?.message}
          />
        )}
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('caseNew.creating') : t('caseNew.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
