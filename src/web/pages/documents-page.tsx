import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { listDocuments, type DocumentMeta } from '../api/documents-api.ts';
import { isAgreementModelId } from '../../case/agreement/agreement-points.ts';
import type { Language } from '../../i18n/language.ts';
import type { CaseView } from '../api/types.ts';
import { initialDraft, unitYearValue } from '../components/documents/document-draft.ts';
import { DocumentForm } from '../components/documents/document-form.tsx';
import { DocumentsTable } from '../components/documents/documents-table.tsx';
import { DownloadWholeCase } from '../components/export/download-whole-case.tsx';
import '../components/documents/documents.css';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * `/saker/:caseId/dokumenter`: editors and owners make the saksframlegg, a municipality's summary, the
 * agreement or a municipality's settlement statement (årsoppgjør) of a joint unit's year from a saved revision, as DOCX or PDF/A; everyone in the case sees what was made, from which
 * revision, by whom, with its checksum, and downloads it.
 */
export default function DocumentsPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  usePageTitle(t('documents.title'));
  const caseView = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  const documents = useApiResource(
    useCallback((signal: AbortSignal) => listDocuments(caseId, signal), [caseId]),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('documents.title')}
      </Heading>
      <Paragraph className="lead">{t('documents.intro')}</Paragraph>
      <details className="documents-terms">
        <summary>{t('documents.termsHeading')}</summary>
        <ul>
          <li>{t('documents.term.docx')}</li>
          <li>{t('documents.term.pdf')}</li>
          <li>{t('documents.term.sha256')}</li>
        </ul>
      </details>
      <ResourceView resource={caseView} loadingLabel={t('loading.case')}>
        {(view) => (
          <>
            {view.role === 'reader' ? (
              <Paragraph>{t('documents.readerOnly')}</Paragraph>
            ) : (
              <MakeDocument key={view.revision.revision} view={view} onMade={documents.reload} />
            )}
            <section aria-labelledby="documents-list-heading" className="overview-section">
              <Heading level={2} data-size="md" id="documents-list-heading">
                {t('documents.list.heading')}
              </Heading>
              <ResourceView resource={documents} loadingLabel={t('loading.documents')} errorHeadingLevel={3}>
                {(items) => (
                  <DocumentsTable
                    caseId={caseId}
                    documents={items}
                    subjectName={subjectNamer(view, language)}
                  />
                )}
              </ResourceView>
            </section>
            <DownloadWholeCase caseId={caseId} revision={view.revision.revision} />
          </>
        )}
      </ResourceView>
    </>
  );
}

/** The form, with the case's municipalities and models to choose from. */
function MakeDocument({ view, onMade }: { view: CaseView; onMade: (document: DocumentMeta) => void }) {
  const { language } = useLanguage();
  const municipalities = view.document.participants.map((p) => ({
    value: p.municipalityNumber,
    label: p.name,
  }));
  // Only a model whose agreement the statute regulates has a draft agreement to make.
  const models = view.document.legalModels
    .filter((m) => isAgreementModelId(m.id))
    .map((m) => ({ value: m.id, label: localized(m.name, language) }));
  // The settlement statement is made for a unit's year: the years a unit has a budget for.
  const unitYears = view.document.operations.budgets.map((b) => {
    const unit = view.document.operations.units.find((u) => u.id === b.unitId);
    return {
      value: unitYearValue(b.unitId, b.year),
      label: `${unit ? localized(unit.name, language) : b.unitId} – ${b.year}`,
    };
  });
  return (
    <DocumentForm
      caseId={view.caseId}
      municipalities={municipalities}
      models={models}
      unitYears={unitYears}
      latestRevision={view.revision.revision}
      initial={initialDraft(view.revision.revision, language === 'nn' ? 'nn' : 'nb')}
      onMade={onMade}
    />
  );
}

/** Names a document's municipality or model from the case; the code itself when the case no longer has it. */
function subjectNamer(view: CaseView, language: Language) {
  return (document: DocumentMeta): string => {
    if (document.municipality !== null) {
      const name =
        view.document.participants.find((p) => p.municipalityNumber === document.municipality)?.name ??
        document.municipality;
      // A settlement statement is one municipality's, for one year.
      return document.year === null ? name : `${name}, ${document.year}`;
    }
    if (document.unitId !== null) {
      const unit = view.document.operations.units.find((u) => u.id === document.unitId);
      return `${unit ? localized(unit.name, language) : document.unitId}, ${document.year ?? ''}`;
    }
    if (document.model !== null) {
      const model = view.document.legalModels.find((m) => m.id === document.model);
      return model ? localized(model.name, language) : document.model;
    }
    return '';
  };
}
