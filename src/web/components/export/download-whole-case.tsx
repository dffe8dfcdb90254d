import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { exportUrl } from '../../api/export-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';

export interface DownloadWholeCaseProps {
  caseId: string;
  /** The revision shown. @default the newest */
  revision?: number | undefined;
}

/** «Hele saken som Excel-arbeidsbok»: every table of the case in one workbook, with its «Kilder» sheet. */
export function DownloadWholeCase({ caseId, revision }: DownloadWholeCaseProps) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="whole-case-heading" className="overview-section">
      <Heading level={2} data-size="md" id="whole-case-heading">
        {t('export.wholeCaseHeading')}
      </Heading>
      <Paragraph>{t('export.wholeCaseHint')}</Paragraph>
      <Paragraph data-size="sm">{t('export.hint')}</Paragraph>
      <Paragraph>
        <DsLink href={exportUrl(caseId, { table: 'all', format: 'xlsx', language, revision })} download>
          {t('export.wholeCase')}
        </DsLink>
      </Paragraph>
    </section>
  );
}
