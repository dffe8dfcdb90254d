import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { createDocument, documentFileUrl, type DocumentFormat } from '../../api/documents-api.ts';
import type { SettlementSummary } from '../../api/settlement-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';

/** Starts the browser's download of a stored document, as a link with `download` would. */
function download(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

export interface SettlementDownloadsProps {
  caseId: string;
  summary: SettlementSummary;
  revision: number;
}

/**
 * «Last ned oppgjørsbrev»: the settlement statement per municipality as Word or PDF, made through the
 * documents API (kind `settlement-statement`) from the revision shown, and kept in the case's documents.
 */
export function SettlementDownloads({ caseId, summary, revision }: SettlementDownloadsProps) {
  const t = useT();
  const { language } = useLanguage();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function make(municipality: string, format: DocumentFormat) {
    setBusy(`${municipality}-${format}`);
    setError(null);
    try {
      const made = await createDocument(caseId, {
        kind: 'settlement-statement',
        municipality,
        unitId: summary.unitId,
        year: summary.year,
        format,
        language: language === 'nn' ? 'nn' : 'nb',
        revision,
      });
      download(documentFileUrl(caseId, made.id));
    } catch (cause) {
      setError(
        isApiError(cause) && cause.issues.length > 0
          ? cause.issues.map((i) => i.message).join(' · ')
          : cause instanceof Error
            ? cause.message
            : String(cause),
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="settlement-downloads-heading" className="overview-section">
      <Heading level={2} data-size="sm" id="settlement-downloads-heading">
        {t('settlement.downloads.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('settlement.downloads.intro')}</Paragraph>
      <ul className="settlement-downloads">
        {summary.rows.map((row) => (
          <li key={row.municipality}>
            <Button
              variant="secondary"
              data-size="sm"
              disabled={busy !== null}
              onClick={() => void make(row.municipality, 'docx')}
            >
              {t('settlement.downloads.word', { name: row.name })}
            </Button>{' '}
            <Button
              variant="secondary"
              data-size="sm"
              disabled={busy !== null}
              onClick={() => void make(row.municipality, 'pdf')}
            >
              {t('settlement.downloads.pdf', { name: row.name })}
            </Button>
          </li>
        ))}
      </ul>
      <div role="status">{busy !== null && <Paragraph>{t('settlement.downloads.making')}</Paragraph>}</div>
      {error !== null && (
        <Alert data-color="danger">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
