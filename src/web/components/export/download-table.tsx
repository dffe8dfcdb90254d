import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import type { ExportTableId } from '../../../case/export/export-table.ts';
import { exportUrl } from '../../api/export-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';

export interface DownloadTableProps {
  caseId: string;
  table: ExportTableId;
  /** The scenario of a scenario table. @default the case's first scenario (the server's choice) */
  scenarioId?: string | undefined;
  /** The joint unit and budget year of an operations table. @default the first unit and its first year */
  unitId?: string | undefined;
  year?: number | undefined;
  /** The revision shown. @default the newest */
  revision?: number | undefined;
}

/**
 * «Last ned: Excel · CSV» for one table, in the interface's language. Plain links with `download`: the session
 * cookie goes along and the server names the file. The table's name is in the links for screen readers, since
 * a page can have several pairs.
 */
export function DownloadTable({ caseId, table, scenarioId, unitId, year, revision }: DownloadTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const which = t(`export.table.${table}`);
  const link = (format: 'xlsx' | 'csv') =>
    exportUrl(caseId, { table, format, language, scenarioId, unitId, year, revision });
  return (
    <Paragraph data-size="sm" className="download-table">
      {t('export.download')}{' '}
      <DsLink href={link('xlsx')} download>
        {t('export.excel')}
        <span className="ds-sr-only"> – {which}</span>
      </DsLink>
      <span aria-hidden="true"> · </span>
      <DsLink href={link('csv')} download>
        {t('export.csv')}
        <span className="ds-sr-only"> – {which}</span>
      </DsLink>
    </Paragraph>
  );
}
