import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { formatPlanDate } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import type { ExplainedField, ExplainedProvenance, ExplainedUnit } from '../../api/explain-api.ts';
import { formatDateInWords, formatExplainedValue } from '../../format/format-explained.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT, type Translate } from '../../i18n/use-t.ts';

/** Where a value in the case comes from, in one sentence; never the document path or an id. */
export function provenanceText(
  provenance: ExplainedProvenance,
  unit: ExplainedUnit,
  t: Translate,
  language: Language,
  differsFromSource = false,
): string[] {
  switch (provenance.kind) {
    case 'source': {
      const place = [provenance.document.title, provenance.locator].filter(Boolean).join(', ');
      const dated = provenance.date
        ? `${place} (${t('explain.sourceDate', { date: formatPlanDate(provenance.date, language) })})`
        : place;
      const stated =
        provenance.statedValue === undefined
          ? []
          : [
              t(differsFromSource ? 'explain.differsFromSource' : 'explain.statedValue', {
                value: formatExplainedValue(provenance.statedValue, unit),
              }),
            ];
      return [t('explain.source', { source: dated }), ...stated];
    }
    case 'decision':
      return [
        provenance.title
          ? t('explain.decision', { title: provenance.title, point: provenance.point })
          : t('explain.decisionUntitled', { point: provenance.point }),
      ];
    case 'placeholder': {
      const who = provenance.toBeSetBy
        ? `, ${t('explain.placeholderBy', { who: provenance.toBeSetBy })}`
        : '';
      return [`${t('explain.placeholder')}${who}`, ...(provenance.note ? [provenance.note] : [])];
    }
    case 'entered':
      return [
        t('explain.entered', { name: provenance.by, date: formatDateInWords(provenance.at, language) }),
      ];
    default:
      return [t('explain.none')];
  }
}

export interface FieldProvenanceProps {
  field: ExplainedField;
  unit: ExplainedUnit;
  /** Called when the person follows the link to edit the field, to close the panel. */
  onEdit: () => void;
  /** The name the figure already has above, to leave out the field's label when it says the same. */
  shownAs?: string | undefined;
}

/** A leaf of the tree: the field as the form names it, its source, and a link to where it is edited. */
export function FieldProvenance({ field, unit, onEdit, shownAs }: FieldProvenanceProps) {
  const t = useT();
  const { language } = useLanguage();
  const lines = provenanceText(field.provenance, unit, t, language, field.differsFromSource);
  return (
    <div className="explain-field" data-provenance={field.provenance.kind}>
      {field.label !== shownAs && (
        <Paragraph data-size="sm">{t('explain.field', { label: field.label })}</Paragraph>
      )}
      {lines.map((line) => (
        <Paragraph key={line} data-size="sm" className="explain-provenance">
          {line}
        </Paragraph>
      ))}
      {field.edit && (
        <Paragraph data-size="sm">
          <DsLink asChild>
            <Link
              to={field.edit.href}
              aria-label={t('explain.editLabel', { field: field.label })}
              onClick={onEdit}
            >
              {t('explain.edit')}
            </Link>
          </DsLink>
        </Paragraph>
      )}
    </div>
  );
}
