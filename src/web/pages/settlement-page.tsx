import { Alert, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { textOf } from '../../case/field-label.ts';
import { getCase } from '../api/cases-api.ts';
import { getSettlement } from '../api/settlement-api.ts';
import type { CaseView } from '../api/types.ts';
import { OperationsTabs } from '../components/operations/operations-tabs.tsx';
import { SettlementDownloads } from '../components/operations/settlement-downloads.tsx';
import { SettlementImport } from '../components/operations/settlement-import.tsx';
import { SettlementAnswerView, SettlementTable } from '../components/operations/settlement-results.tsx';
import { SettlementSettings } from '../components/operations/settlement-settings.tsx';
import { SettlementTerms } from '../components/operations/settlement-terms.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/**
 * `/saker/:caseId/drift/oppgjor?enhet=&ar=`: the annual settlement of a joint unit. The answer first (what
 * each municipality pays or gets back, or what is still missing), then the figures per municipality and the
 * fund over the years; for editors the unit's settings and the import of the host's ledger.
 */
export default function SettlementPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('settlement.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  // Kept outside the loaded view: reloading the case after a save replaces the forms, not this notice.
  const [saved, setSaved] = useState<string | null>(null);
  const { reload } = resource;
  const onChanged = useCallback(
    (message: string) => {
      setSaved(message);
      reload();
    },
    [reload],
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('settlement.title')}
      </Heading>
      <OperationsTabs caseId={caseId} />
      <Paragraph className="lead">{t('settlement.intro')}</Paragraph>
      <div role="status">
        {saved !== null && (
          <Alert data-color="success">
            <Paragraph>{saved}</Paragraph>
          </Alert>
        )}
      </div>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) => <UnitSettlement view={view} onChanged={onChanged} />}
      </ResourceView>
      <SettlementTerms />
    </>
  );
}

function UnitSettlement({ view, onChanged }: { view: CaseView; onChanged: (message: string) => void }) {
  const t = useT();
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const { caseId, document } = view;
  const units = document.operations.units;
  const unit = units.find((u) => u.id === params.get('enhet')) ?? units[0];
  if (unit === undefined) return <Paragraph>{t('settlement.noUnits')}</Paragraph>;
  const years = document.operations.budgets
    .filter((b) => b.unitId === unit.id)
    .map((b) => b.year)
    .sort((a, b) => a - b);
  const asked = Number(params.get('ar'));
  const settled = document.operations.settlements.filter((s) => s.unitId === unit.id).map((s) => s.year);
  const year = years.includes(asked)
    ? asked
    : Math.max(...settled, -Infinity) > 0
      ? Math.max(...settled)
      : years[0];
  const link = (unitId: string, y: number | undefined) =>
    `${casePaths(caseId).settlement}?enhet=${encodeURIComponent(unitId)}${y === undefined ? '' : `&ar=${y}`}`;
  const budget = document.operations.budgets.find((b) => b.unitId === unit.id && b.year === year);
  const editor = view.role !== 'reader';
  return (
    <>
      <nav aria-label={t('settlement.choose')} className="settlement-choose">
        {units.length > 1 && (
          <Paragraph>
            {t('settlement.unit')}{' '}
            {units.map((u) => (
              <span key={u.id}>
                <DsLink asChild>
                  <Link to={link(u.id, undefined)} aria-current={u.id === unit.id ? 'page' : undefined}>
                    {textOf(u.name, language) ?? u.id}
                  </Link>
                </DsLink>{' '}
              </span>
            ))}
          </Paragraph>
        )}
        <Paragraph>
          {t('settlement.unitYear', { unit: textOf(unit.name, language) ?? unit.id })}{' '}
          {years.map((y) => (
            <span key={y}>
              <DsLink asChild>
                <Link to={link(unit.id, y)} aria-current={y === year ? 'page' : undefined}>
                  {y}
                </Link>
              </DsLink>{' '}
            </span>
          ))}
        </Paragraph>
      </nav>
      {year === undefined || budget === undefined ? (
        <Paragraph>{t('settlement.noBudget')}</Paragraph>
      ) : (
        <>
          <YearSettlement
            caseId={caseId}
            unitId={unit.id}
            year={year}
            revision={view.revision.revision}
            editor={editor}
          />
          {editor && (
            <SettlementImport
              key={`${unit.id}-${year}`}
              caseId={caseId}
              unitId={unit.id}
              year={year}
              components={budget.components.map((c) => ({ id: c.id, name: c.name }))}
              onSaved={onChanged}
            />
          )}
        </>
      )}
      {editor && (
        <SettlementSettings
          key={unit.id}
          caseId={caseId}
          document={document}
          baseRevision={view.revision.revision}
          unit={unit}
          onSaved={onChanged}
        />
      )}
    </>
  );
}

function YearSettlement(props: {
  caseId: string;
  unitId: string;
  year: number;
  revision: number;
  editor: boolean;
}) {
  const t = useT();
  const { caseId, unitId, year, revision, editor } = props;
  const resource = useApiResource(
    useCallback(
      (signal: AbortSignal) => getSettlement(caseId, unitId, year, revision, signal),
      [caseId, unitId, year, revision],
    ),
  );
  return (
    <ResourceView resource={resource} loadingLabel={t('settlement.loading')}>
      {(answer) => (
        <>
          <SettlementAnswerView answer={answer} />
          {answer.ok && <SettlementTable summary={answer} />}
          {/* Making a document is an editor's action (the documents API); readers find them under Dokumenter. */}
          {answer.ok && editor && (
            <SettlementDownloads caseId={caseId} summary={answer} revision={revision} />
          )}
        </>
      )}
    </ResourceView>
  );
}
