import { Link as DsLink, Table } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Scenario } from '../../../case/schema/scenario.ts';
import { formatMillionNok, MISSING } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { runAnalysis } from '../../model/scenario/run-analysis.ts';
import { casePaths } from '../../routes/case-paths.ts';
import { Localized } from '../localized.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface ScenarioTableProps {
  caseId: string;
  /** The case whose scenarios are listed. */
  document: CaseDocument;
  /** What a user who may change the case can do with each scenario (a column of its own); none for readers. */
  actions?: ((scenario: Scenario) => ReactNode) | undefined;
}

/** The case's scenarios with their total NPV at the inputs' medians. */
export function ScenarioTable({ caseId, document, actions }: ScenarioTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const npvs = useMemo(
    () =>
      document.scenarios.map((scenario) => {
        const outcome = runAnalysis(document, scenario.id);
        return outcome?.ok ? formatMillionNok(outcome.analysis.summary.total.npv, language) : MISSING;
      }),
    [document, language],
  );
  return (
    <ScrollRegion>
      <Table border data-color="neutral">
        <caption>{t('scenarios.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('scenarios.colName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('scenarios.colDescription')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('scenarios.colNpv')}
            </Table.HeaderCell>
            {actions && <Table.HeaderCell scope="col">{t('scenarios.colActions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {document.scenarios.map((scenario, i) => (
            <Table.Row key={scenario.id}>
              <Table.HeaderCell scope="row">
                <DsLink asChild data-color="accent">
                  <Link to={casePaths(caseId).scenario(scenario.id)}>
                    <Localized text={scenario.name} />
                  </Link>
                </DsLink>
              </Table.HeaderCell>
              <Table.Cell>{scenario.description ?? ''}</Table.Cell>
              <Table.Cell className="numeric">{npvs[i]}</Table.Cell>
              {actions && <Table.Cell>{actions(scenario)}</Table.Cell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
