import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { BaselineTotal } from '../../engine/baseline-totals.ts';
import { useT } from '../i18n/use-t.ts';
import { baselineTables, groupByArea } from '../model/baseline-tables.ts';
import { BaselineTable } from './baseline-table.tsx';
import { EmptyState } from './empty-state.tsx';
import { DownloadTable } from './export/download-table.tsx';
import { Localized } from './localized.tsx';

export interface BaselineSectionProps {
  document: CaseDocument;
  /** Paths withheld to protect persons. */
  suppressed: readonly string[];
  /** The server's totals; computed from the rows when not given. */
  totals?: readonly BaselineTotal[] | undefined;
  /** The case and revision shown, for the «Last ned: Excel · CSV» links; no links when not given. */
  download?: { caseId: string; revision: number } | undefined;
}

/** The baseline: per service area, one table per scope (central and decentral), totals from the rows. */
export function BaselineSection({ document, suppressed, totals, download }: BaselineSectionProps) {
  const t = useT();
  const suppressedSet = useMemo(() => new Set(suppressed), [suppressed]);
  const groups = groupByArea(baselineTables(document.baseline, document.serviceAreas, totals));
  return (
    <section aria-labelledby="baseline-heading" className="overview-section">
      <Heading level={2} data-size="md" id="baseline-heading">
        {t('baseline.title')}
      </Heading>
      <Paragraph>{t('baseline.intro')}</Paragraph>
      {groups.length === 0 && <EmptyState message={t('baseline.empty')} />}
      {groups.length > 0 && download && (
        <DownloadTable caseId={download.caseId} table="baseline" revision={download.revision} />
      )}
      {groups.map((tables) => {
        const first = tables[0];
        if (!first) return null;
        return (
          <section key={first.areaId} aria-labelledby={`baseline-${first.areaId}`} className="baseline-area">
            <Heading level={3} data-size="sm" id={`baseline-${first.areaId}`}>
              {first.area ? <Localized text={first.area.name} /> : first.areaId}
            </Heading>
            {tables.map((table) => (
              <BaselineTable key={table.scope} table={table} document={document} suppressed={suppressedSet} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
