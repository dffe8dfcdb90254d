import { Button, Field, Heading, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Scenario } from '../../../case/schema/scenario.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { casePaths } from '../../routes/case-paths.ts';

export interface CompareFormProps {
  caseId: string;
  scenarios: readonly Scenario[];
  /** Preselected scenario A. @default the first */
  a?: string | undefined;
  /** Preselected scenario B. @default the second */
  b?: string | undefined;
}

/** «Sammenlign»: choose two scenarios and open them side by side. */
export function CompareForm({ caseId, scenarios, a, b }: CompareFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [first, setFirst] = useState(a ?? scenarios[0]?.id ?? '');
  const [second, setSecond] = useState(b ?? scenarios[1]?.id ?? scenarios[0]?.id ?? '');
  const [error, setError] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (first === second) return setError(true);
    setError(false);
    navigate(casePaths(caseId).compareScenarios(first, second));
  }
  const select = (
    id: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    invalid: boolean,
  ) => (
    <Field className="draft-field">
      <Label>{label}</Label>
      <Select
        id={id}
        value={value}
        width="auto"
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {scenarios.map((scenario) => (
          <Select.Option key={scenario.id} value={scenario.id}>
            {localized(scenario.name, language)}
          </Select.Option>
        ))}
      </Select>
      {invalid && <ValidationMessage>{t('compare.sameScenario')}</ValidationMessage>}
    </Field>
  );
  return (
    <section aria-labelledby="compare-form-heading" className="results-section">
      <Heading level={2} data-size="sm" id="compare-form-heading">
        {t('compare.formHeading')}
      </Heading>
      <form noValidate onSubmit={submit}>
        <div className="field-grid">
          {select('compare-a', t('compare.scenarioA'), first, setFirst, false)}
          {select('compare-b', t('compare.scenarioB'), second, setSecond, error)}
        </div>
        <div className="button-row">
          <Button type="submit" disabled={scenarios.length < 2}>
            {t('compare.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
