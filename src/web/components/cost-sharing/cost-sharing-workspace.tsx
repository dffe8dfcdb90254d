import { Field, Heading, Label, Link as DsLink, Paragraph, Select } from '@digdir/designsystemet-react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CostSharingScope } from '../../../case/cost-sharing/coalition-costs.ts';
import { costSharingScopes } from '../../../case/cost-sharing/scopes.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { getCostSharing } from '../../api/cost-sharing-api.ts';
import { useApiResource } from '../../hooks/use-api-resource.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { casePaths } from '../../routes/case-paths.ts';
import { ExplainContext } from '../explain/explain-context.tsx';
import { ResourceView } from '../resource-view.tsx';
import { DownloadTable } from '../export/download-table.tsx';
import { AllocationTables } from './allocation-tables.tsx';
import { CostSharingAnswer } from './cost-sharing-answer.tsx';
import { CoalitionCostTable } from './coalition-cost-table.tsx';
import { CoreSummaryTables } from './core-summary-tables.tsx';
import { CoreTriangleFigure } from './core-triangle-figure.tsx';
import { NetEffectTable } from './net-effect-table.tsx';
import './cost-sharing.css';

export interface CostSharingWorkspaceProps {
  caseId: string;
  document: CaseDocument;
  /** Editors and owners get a link to the scenario's assumptions; the figures here come from them. */
  canEdit: boolean;
}

const PACKAGE = 'package';
const scopeValue = (scope: CostSharingScope) => (scope.kind === 'package' ? PACKAGE : scope.areaId);

/**
 * The scenario and area chosen in the address (`?scenario=ID&scope=AREA|package`), the core check for every
 * area of the scenario, and the details of the chosen one.
 */
export function CostSharingWorkspace({ caseId, document, canEdit }: CostSharingWorkspaceProps) {
  const t = useT();
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const scenario = document.scenarios.find((s) => s.id === search.get('scenario')) ?? document.scenarios[0];
  const scenarioId = scenario?.id ?? '';
  const scopes = useMemo(() => costSharingScopes(document, scenarioId), [document, scenarioId]);
  const chosen = scopes.find((s) => scopeValue(s) === search.get('scope')) ?? scopes[0];
  const scopeName = useCallback(
    (scope: CostSharingScope) => {
      if (scope.kind === 'package') return t('costSharing.package');
      const area = document.serviceAreas.find((a) => a.id === scope.areaId);
      return area ? localized(area.name, language) : scope.areaId;
    },
    [document, language, t],
  );
  const choose = (key: 'scenario' | 'scope', value: string) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(key, value);
        if (key === 'scenario') next.delete('scope');
        return next;
      },
      { replace: true },
    );
  const chooser = (
    <section aria-labelledby="choose-heading" className="cost-sharing-section">
      <Heading level={2} data-size="md" id="choose-heading">
        {t('costSharing.chooseHeading')}
      </Heading>
      <div className="field-grid">
        <Field>
          <Label>{t('costSharing.scenario')}</Label>
          <Select
            id="cost-sharing-scenario"
            value={scenarioId}
            width="auto"
            onChange={(e) => choose('scenario', e.target.value)}
          >
            {document.scenarios.map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {localized(s.name, language)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('costSharing.scope')}</Label>
          <Select
            id="cost-sharing-scope"
            value={chosen ? scopeValue(chosen) : ''}
            width="auto"
            onChange={(e) => choose('scope', e.target.value)}
          >
            {scopes.map((scope) => (
              <Select.Option key={scopeValue(scope)} value={scopeValue(scope)}>
                {scopeName(scope)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {canEdit && scenario && (
        <Paragraph data-size="sm">
          <DsLink asChild>
            <Link to={casePaths(caseId).scenario(scenario.id)}>{t('assumptions.scenarioLink')}</Link>
          </DsLink>
        </Paragraph>
      )}
    </section>
  );
  return (
    <>
      {/* The API words its answers in the interface language, so a new language loads them again. */}
      <CostSharingResults
        key={`${scenarioId}|${language}`}
        caseId={caseId}
        scenarioId={scenarioId}
        scenarioName={scenario ? localized(scenario.name, language) : ''}
        commonKeyId={commonKeyId(scenario)}
        scopes={scopes}
        chosen={chosen}
        scopeName={scopeName}
        chooser={chooser}
      />
    </>
  );
}

/** The running-cost key every area of the scenario uses, when they all use the same one without options. */
function commonKeyId(scenario: CaseDocument['scenarios'][number] | undefined): string | undefined {
  const keys = scenario?.areas.map((area) => area.costKey) ?? [];
  const first = keys[0];
  if (!first || first.options) return undefined;
  return keys.every((key) => key.keyId === first.keyId && !key.options) ? first.keyId : undefined;
}

interface CostSharingResultsProps {
  caseId: string;
  /** The running-cost key all areas share, to mark it in the package's net effect. */
  commonKeyId: string | undefined;
  scenarioId: string;
  scenarioName: string;
  scopes: readonly CostSharingScope[];
  chosen: CostSharingScope | undefined;
  scopeName: (scope: CostSharingScope) => string;
  /** The scenario and area choice, shown after the answer and before the tables. */
  chooser: ReactNode;
}

/**
 * The row of the scenario's own key (marked by the server for an area; for the package, the key all areas
 * share), shown first in the net effect.
 */
function netEffectKey(
  rows: readonly { id: string; registryId: string; scenarioKey: boolean; options?: unknown }[],
  sharedKey: string | undefined,
): { initialMethod?: string; scenarioKeyRowId?: string } {
  const row =
    rows.find((r) => r.scenarioKey) ??
    (sharedKey ? rows.find((r) => r.registryId === sharedKey && !r.options) : undefined);
  return row ? { initialMethod: row.id, scenarioKeyRowId: row.id } : {};
}

/** Loads the comparison of every scope of the scenario, then shows the summary and the chosen scope. */
function CostSharingResults({
  caseId,
  scenarioId,
  scenarioName,
  commonKeyId: sharedKey,
  scopes,
  chosen,
  scopeName,
  chooser,
}: CostSharingResultsProps) {
  const t = useT();
  const resource = useApiResource(
    useCallback(
      (signal: AbortSignal) =>
        Promise.all(scopes.map((scope) => getCostSharing(caseId, scenarioId, scope, signal))),
      [caseId, scenarioId, scopes],
    ),
  );
  return (
    <ResourceView resource={resource} loadingLabel={t('costSharing.loading')}>
      {(comparisons) => {
        const named = comparisons.map((comparison, i) => ({
          name: scopeName(scopes[i] ?? comparison.scope),
          comparison,
        }));
        const current = named[chosen ? scopes.indexOf(chosen) : 0];
        return (
          <>
            <CostSharingAnswer
              scenarioName={scenarioName}
              comparisons={named.map((n, i) => ({ ...n, package: scopes[i]?.kind === 'package' }))}
            />
            {chooser}
            <CoreSummaryTables comparisons={named} scenarioName={scenarioName} />
            <DownloadTable caseId={caseId} table="fairness" scenarioId={scenarioId} />
            {current && (
              <section aria-labelledby="details-heading" className="cost-sharing-section" key={current.name}>
                <Heading level={2} data-size="md" id="details-heading">
                  {t('costSharing.detailsHeading', { scope: current.name })}
                </Heading>
                <CoalitionCostTable comparison={current.comparison} />
                {current.comparison.analysis ? (
                  <>
                    <ExplainContext.Provider value={{ caseId, revision: current.comparison.revision }}>
                      <AllocationTables
                        comparison={current.comparison}
                        analysis={current.comparison.analysis}
                      />
                    </ExplainContext.Provider>
                    <DownloadTable caseId={caseId} table="cost-sharing" scenarioId={scenarioId} />
                    <CoreTriangleFigure
                      comparison={current.comparison}
                      analysis={current.comparison.analysis}
                    />
                    <NetEffectTable
                      comparison={current.comparison}
                      analysis={current.comparison.analysis}
                      {...netEffectKey(current.comparison.analysis.allocations, sharedKey)}
                    />
                  </>
                ) : (
                  <Paragraph>{t('costSharing.incomplete')}</Paragraph>
                )}
              </section>
            )}
          </>
        );
      }}
    </ResourceView>
  );
}
