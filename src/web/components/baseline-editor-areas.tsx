import { Heading } from '@digdir/designsystemet-react';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { DRAFT_FIELDS, type BaselineDraft, type DraftField } from '../editing/baseline-draft.ts';
import { fieldId } from '../editing/field-paths.ts';
import { localized } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { baselineTables, groupByArea } from '../model/baseline-tables.ts';
import { BaselineRowFieldset } from './baseline-row-fieldset.tsx';
import { LiveTotals } from './live-totals.tsx';
import { Localized } from './localized.tsx';

export interface BaselineEditorAreasProps {
  document: CaseDocument;
  draft: BaselineDraft;
  /** Error messages by input id. */
  errors: ReadonlyMap<string, string>;
  onChange: (index: number, field: DraftField, value: string) => void;
}

/** The editor's form sections: per service area a heading, per scope the rows' fieldsets and live totals. */
export function BaselineEditorAreas({ document, draft, errors, onChange }: BaselineEditorAreasProps) {
  const t = useT();
  const { language } = useLanguage();
  const municipality = (number: string) =>
    document.participants.find((p) => p.municipalityNumber === number)?.name ?? number;
  const groups = groupByArea(baselineTables(document.baseline, document.serviceAreas, []));
  return (
    <>
      {groups.map((tables) => {
        const first = tables[0];
        if (!first) return null;
        const areaName = first.area ? localized(first.area.name, language) : first.areaId;
        return (
          <section key={first.areaId} aria-labelledby={`edit-${first.areaId}`} className="editor-area">
            <Heading level={2} data-size="sm" id={`edit-${first.areaId}`}>
              {first.area ? <Localized text={first.area.name} /> : first.areaId}
            </Heading>
            {tables.map((table) => {
              const scope = t(`scope.${table.scope}`);
              return (
                <div key={table.scope} className="editor-scope">
                  <Heading level={3} data-size="2xs">
                    {scope.charAt(0).toLocaleUpperCase(language) + scope.slice(1)}
                  </Heading>
                  {table.rows.map(({ row, index }) => {
                    const rowDraft = draft[index];
                    if (!rowDraft) return null;
                    const rowErrors: Partial<Record<DraftField, string>> = {};
                    for (const field of DRAFT_FIELDS) {
                      const message = errors.get(fieldId({ index, field }));
                      if (message !== undefined) rowErrors[field] = message;
                    }
                    return (
                      <BaselineRowFieldset
                        key={index}
                        index={index}
                        row={row}
                        draft={rowDraft}
                        municipality={municipality(row.municipalityNumber)}
                        area={areaName}
                        sources={document.sources}
                        errors={rowErrors}
                        onChange={onChange}
                      />
                    );
                  })}
                  <LiveTotals table={table} draft={draft} />
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
