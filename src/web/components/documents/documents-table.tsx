import { Link as DsLink, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { formatTimestamp } from '../../../i18n/format.ts';
import { documentFileUrl, type DocumentMeta } from '../../api/documents-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { casePaths } from '../../routes/case-paths.ts';
import { EmptyState } from '../empty-state.tsx';
import { formatKilobytes, shortHash } from './document-text.ts';

export interface DocumentsTableProps {
  caseId: string;
  documents: readonly DocumentMeta[];
  /** The name of a municipality (by kommunenummer) or a legal model (by id); the code itself when unknown. */
  subjectName: (document: DocumentMeta) => string;
}

/**
 * The documents made, newest first: what, for whom, format, language, the revision (linked), who and when,
 * the checksum and the size, and the file. On a phone the table scrolls sideways in a focusable region.
 */
export function DocumentsTable({ caseId, documents, subjectName }: DocumentsTableProps) {
  const t = useT();
  const paths = casePaths(caseId);
  if (documents.length === 0) return <EmptyState message={t('documents.empty')} />;
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1); tabIndex 0 makes it so.
    <div
      className="table-scroll documents-scroll"
      role="region"
      aria-label={t('documents.region')}
      tabIndex={0}
    >
      <Table border className="documents-table" data-color="neutral" data-size="sm">
        <caption>{t('documents.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('documents.col.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.subject')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.format')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.language')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.revision')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.createdBy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.createdAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.sha256')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="documents-table__number">
              {t('documents.col.size')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('documents.col.file')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {documents.map((document) => (
            <Table.Row key={document.id} data-document={document.id}>
              <Table.HeaderCell scope="row">
                {t(`documents.kindName.${document.kind}`)}
                {document.final && (
                  <>
                    {' '}
                    <span className="documents-final">{t('documents.finalMark')}</span>
                  </>
                )}
              </Table.HeaderCell>
              <Table.Cell>{subjectName(document)}</Table.Cell>
              <Table.Cell>{t(`documents.formatName.${document.format}`)}</Table.Cell>
              <Table.Cell>{t(`documents.language.${document.language}`)}</Table.Cell>
              <Table.Cell className="documents-table__revision">
                <DsLink asChild data-color="accent">
                  <Link to={paths.revision(document.revision)}>
                    {t('documents.revisionLink', { revision: document.revision })}
                  </Link>
                </DsLink>
              </Table.Cell>
              <Table.Cell>{document.createdBy}</Table.Cell>
              <Table.Cell>
                <time dateTime={document.createdAt}>{formatTimestamp(document.createdAt)}</time>
              </Table.Cell>
              <Table.Cell>
                <HashDetails sha256={document.sha256} />
              </Table.Cell>
              <Table.Cell className="documents-table__number">{formatKilobytes(document.size)}</Table.Cell>
              <Table.Cell className="documents-table__file">
                <DsLink
                  href={documentFileUrl(caseId, document.id)}
                  download={document.fileName}
                  data-color="accent"
                >
                  {t('documents.download')}{' '}
                  <span className="ds-sr-only">
                    {t('documents.downloadWhich', { fileName: document.fileName })}
                  </span>
                </DsLink>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The first 12 characters of the checksum; the whole value one click (or Enter) away, never cut off. */
function HashDetails({ sha256 }: { sha256: string }) {
  const t = useT();
  return (
    <details className="documents-hash">
      <summary>
        <code className="documents-hash__short" data-sha256-prefix={shortHash(sha256)}>
          {shortHash(sha256)}
        </code>
        <span aria-hidden="true">…</span>
        <span className="ds-sr-only"> {t('documents.showFullHash')}</span>
      </summary>
      <code className="documents-hash__full">{sha256}</code>
    </details>
  );
}
