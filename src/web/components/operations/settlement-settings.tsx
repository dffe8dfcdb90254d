import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { textOf } from '../../../case/field-label.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Nok } from '../../../case/schema/common.ts';
import type { JointUnit } from '../../../case/schema/operations.ts';
import type { Provenance } from '../../../case/schema/provenance.ts';
import { isApiError } from '../../api/api-error.ts';
import { saveRevision } from '../../api/cases-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';

/** A provenance as the select holds it: `placeholder`, or `decision:<resolutionId>:<point>`. */
const PLACEHOLDER = 'placeholder';

function provenanceValue(provenance: Provenance | undefined): string {
  if (provenance !== undefined && 'decision' in provenance)
    return `decision:${provenance.decision.resolutionId}:${provenance.decision.point}`;
  return PLACEHOLDER;
}

/** The provenance chosen; a placeholder keeps who ought to set it, if the saved one named that. */
function provenanceOf(value: string, was: Provenance | undefined): Provenance {
  const [kind, resolutionId, point] = value.split(':');
  if (kind === 'decision' && resolutionId && point)
    return { decision: { resolutionId, point: Number(point) } };
  return was !== undefined && 'placeholder' in was ? was : { placeholder: {} };
}

interface Draft {
  host: string;
  hostFrom: string;
  policy: string;
  policyFrom: string;
  notice: string;
  noticeFrom: string;
  fund: string;
  fundYear: string;
  fundFrom: string;
}

function draftOf(unit: JointUnit): Draft {
  return {
    host: unit.hostMunicipality?.value ?? '',
    hostFrom: provenanceValue(unit.hostMunicipality?.provenance),
    policy: unit.surplusPolicy?.value ?? '',
    policyFrom: provenanceValue(unit.surplusPolicy?.provenance),
    notice: unit.noticeMonths === undefined ? '' : String(unit.noticeMonths.value),
    noticeFrom: provenanceValue(unit.noticeMonths?.provenance),
    fund: unit.fundOpening === undefined ? '' : String(unit.fundOpening.amount),
    fundYear: unit.fundOpening === undefined ? '' : String(unit.fundOpening.year),
    fundFrom: provenanceValue(unit.fundOpening?.provenance),
  };
}

/** Whole kroner or months as typed («1 200 000» too); `null` when it is no whole number. */
function wholeNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '');
  return /^\d{1,12}$/.test(cleaned) ? Number(cleaned) : null;
}

export interface SettlementSettingsProps {
  caseId: string;
  document: CaseDocument;
  baseRevision: number;
  unit: JointUnit;
  /** Called with the notice to show once the new revision is saved. */
  onSaved: (message: string) => void;
}

/**
 * «Innstillinger for enheten»: the host municipality, what happens to a surplus, the notice in months and
 * the fund's opening balance, each with where it comes from (a point of a recorded resolution, or a
 * placeholder nobody has decided). Saved as a new revision through the normal save, so the server's checks,
 * owner-only fields and conflicts work as for every other form.
 */
export function SettlementSettings({
  caseId,
  document,
  baseRevision,
  unit,
  onSaved,
}: SettlementSettingsProps) {
  const t = useT();
  const { language } = useLanguage();
  const [draft, setDraft] = useState<Draft>(() => draftOf(unit));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const set = (field: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setState('idle');
  };
  const name = (n: string) => document.participants.find((p) => p.municipalityNumber === n)?.name ?? n;
  // Only resolutions (vedtak) record a decision; a recommendation (innstilling) is not one.
  const points = document.resolutions
    .filter((r) => r.kind === 'resolution')
    .flatMap((r) =>
      r.points.map((p) => ({
        value: `decision:${r.id}:${p.number}`,
        label: t('settlement.settings.decision', {
          title: textOf(r.title, language) ?? r.id,
          point: p.number,
        }),
      })),
    );

  function check(): FormError[] {
    const found: FormError[] = [];
    if (
      draft.notice !== '' &&
      (wholeNumber(draft.notice) === null || (wholeNumber(draft.notice) as number) > 60)
    )
      found.push({ fieldId: 'settings-notice', message: t('settlement.settings.noticeInvalid') });
    if (draft.fund !== '' && wholeNumber(draft.fund) === null)
      found.push({ fieldId: 'settings-fund', message: t('settlement.settings.fundInvalid') });
    const year = wholeNumber(draft.fundYear);
    if (draft.fund !== '' && (year === null || year < 2000 || year > 2100))
      found.push({ fieldId: 'settings-fund-year', message: t('settlement.settings.fundYearInvalid') });
    return found;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (found.length > 0) return;
    const next: JointUnit = { ...unit };
    delete next.hostMunicipality;
    delete next.surplusPolicy;
    delete next.noticeMonths;
    delete next.fundOpening;
    const host = unit.members.find((m) => m.municipality === draft.host)?.municipality;
    if (host !== undefined)
      next.hostMunicipality = {
        value: host,
        provenance: provenanceOf(draft.hostFrom, unit.hostMunicipality?.provenance),
      };
    if (draft.policy === 'to-fund' || draft.policy === 'to-members')
      next.surplusPolicy = {
        value: draft.policy,
        provenance: provenanceOf(draft.policyFrom, unit.surplusPolicy?.provenance),
      };
    if (draft.notice !== '')
      next.noticeMonths = {
        value: wholeNumber(draft.notice) as number,
        provenance: provenanceOf(draft.noticeFrom, unit.noticeMonths?.provenance),
      };
    if (draft.fund !== '')
      next.fundOpening = {
        // A whole number of kroner, checked above; the server checks the bound as for every save.
        amount: wholeNumber(draft.fund) as Nok,
        year: wholeNumber(draft.fundYear) as number,
        provenance: provenanceOf(draft.fundFrom, unit.fundOpening?.provenance),
      };
    const units = document.operations.units.map((u) => (u.id === unit.id ? next : u));
    setState('saving');
    try {
      await saveRevision(caseId, {
        baseRevision,
        comment: t('settlement.settings.comment', { unit: textOf(unit.name, language) ?? unit.id }),
        document: { ...document, operations: { ...document.operations, units } },
      });
      setState('saved');
      onSaved(t('settlement.settings.saved'));
    } catch (error) {
      setState('idle');
      if (isApiError(error) && error.code === 'conflict') {
        setErrors([{ message: t('settlement.conflict') }]);
      } else if (isApiError(error) && error.issues.length > 0) {
        setErrors(error.issues.map((issue) => ({ message: `${issue.label ?? ''} ${issue.message}`.trim() })));
      } else {
        setErrors([{ message: error instanceof Error ? error.message : String(error) }]);
      }
    }
  }

  const from = (id: string, value: string, onChange: (v: string) => void) => (
    <Field>
      <Label htmlFor={id}>{t('settlement.settings.from')}</Label>
      <Select id={id} value={value} width="auto" onChange={(e) => onChange(e.target.value)}>
        <Select.Option value={PLACEHOLDER}>{t('settlement.settings.placeholder')}</Select.Option>
        {points.map((p) => (
          <Select.Option key={p.value} value={p.value}>
            {p.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section aria-labelledby="settlement-settings-heading" className="overview-section">
      <Heading level={2} data-size="md" id="settlement-settings-heading">
        {t('settlement.settings.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('settlement.settings.intro')}</Paragraph>
      {errors.length > 0 && <FormErrorSummary heading={t('settlement.settings.errors')} errors={errors} />}
      <form onSubmit={(e) => void save(e)} className="settlement-settings">
        <Fieldset>
          <Fieldset.Legend>{t('settlement.settings.hostLegend')}</Fieldset.Legend>
          <Field>
            <Label htmlFor="settings-host">{t('settlement.settings.host')}</Label>
            <Select
              id="settings-host"
              value={draft.host}
              width="auto"
              onChange={(e) => set('host')(e.target.value)}
            >
              <Select.Option value="">{t('settlement.settings.notSet')}</Select.Option>
              {unit.members.map((m) => (
                <Select.Option key={m.municipality} value={m.municipality}>
                  {name(m.municipality)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {draft.host !== '' && from('settings-host-from', draft.hostFrom, set('hostFrom'))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('settlement.settings.policyLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('settlement.settings.policyHint')}</Fieldset.Description>
          <Field>
            <Label htmlFor="settings-policy">{t('settlement.settings.policy')}</Label>
            <Select
              id="settings-policy"
              value={draft.policy}
              width="auto"
              onChange={(e) => set('policy')(e.target.value)}
            >
              <Select.Option value="">{t('settlement.settings.notSet')}</Select.Option>
              <Select.Option value="to-fund">{t('settlement.settings.toFund')}</Select.Option>
              <Select.Option value="to-members">{t('settlement.settings.toMembers')}</Select.Option>
            </Select>
          </Field>
          {draft.policy !== '' && from('settings-policy-from', draft.policyFrom, set('policyFrom'))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('settlement.settings.notice')}</Fieldset.Legend>
          <Fieldset.Description>{t('settlement.settings.noticeHint')}</Fieldset.Description>
          <Textfield
            id="settings-notice"
            label={t('settlement.settings.noticeMonths')}
            inputMode="numeric"
            value={draft.notice}
            onChange={(e) => set('notice')(e.target.value)}
          />
          {draft.notice !== '' && from('settings-notice-from', draft.noticeFrom, set('noticeFrom'))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('settlement.settings.fund')}</Fieldset.Legend>
          <Fieldset.Description>{t('settlement.settings.fundHint')}</Fieldset.Description>
          <Textfield
            id="settings-fund"
            label={t('settlement.settings.fundAmount')}
            inputMode="numeric"
            value={draft.fund}
            onChange={(e) => set('fund')(e.target.value)}
          />
          <Textfield
            id="settings-fund-year"
            label={t('settlement.settings.fundYear')}
            inputMode="numeric"
            value={draft.fundYear}
            onChange={(e) => set('fundYear')(e.target.value)}
          />
          {draft.fund !== '' && from('settings-fund-from', draft.fundFrom, set('fundFrom'))}
        </Fieldset>
        <Button type="submit" disabled={state === 'saving'}>
          {state === 'saving' ? t('settlement.settings.saving') : t('settlement.settings.save')}
        </Button>
        {/* «Saved» is said once, by the page (SettlementPage), whose notice outlives the reload that follows. */}
      </form>
    </section>
  );
}
