import { Checkbox, Heading, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import type { AgreementCheckView } from '../../api/documents-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { DOCUMENT_FIELD_ID } from './document-draft.ts';

/**
 * The minimum-content check of the chosen model's draft: each point the statute requires, present (with the
 * part of the draft it is in) or missing (with the paragraph and why), in words, not only a mark.
 */
export function AgreementCheckList({ check }: { check: AgreementCheckView }) {
  const t = useT();
  const missing = check.points.filter((p) => p.status === 'missing').length;
  return (
    <section aria-labelledby="agreement-check-heading" className="agreement-check">
      <Heading level={3} data-size="xs" id="agreement-check-heading">
        {t('documents.check.heading', { revision: check.revision })}
      </Heading>
      <Paragraph>
        {missing === 0
          ? t('documents.check.complete')
          : t('documents.check.missingCount', { count: missing })}
      </Paragraph>
      <ul className="agreement-check__points">
        {check.points.map((point) => (
          <li key={point.id} data-status={point.status}>
            <span aria-hidden="true" className="agreement-check__mark">
              {point.status === 'present' ? '✓' : '✗'}
            </span>{' '}
            <strong>{point.label}</strong>{' '}
            {point.status === 'present'
              ? t('documents.check.present', { section: point.section ?? '' })
              : t('documents.check.missing', { paragraph: point.paragraph })}
            {point.status === 'missing' && point.reason ? ` ${point.reason}.` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface FinalCheckboxProps {
  checked: boolean;
  /** The check of the draft; `null` while it is read (the box is then disabled). */
  check: AgreementCheckView | null;
  onChange: (final: boolean) => void;
}

/** «Merk som endelig»: disabled, with the reason beside it, while a point is missing or the check is unread. */
export function FinalCheckbox({ checked, check, onChange }: FinalCheckboxProps) {
  const t = useT();
  const allowed = check?.final === true;
  const explanation =
    check === null ? t('documents.final.checking') : allowed ? '' : t('documents.final.blocked');
  return (
    <div className="agreement-final">
      <Checkbox
        id={DOCUMENT_FIELD_ID.final}
        label={t('documents.final.label')}
        description={t('documents.final.hint')}
        value="final"
        checked={allowed && checked}
        disabled={!allowed}
        aria-describedby={explanation ? 'document-final-blocked' : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      {explanation && (
        <ValidationMessage id="document-final-blocked" data-color="info">
          {explanation}
        </ValidationMessage>
      )}
    </div>
  );
}
