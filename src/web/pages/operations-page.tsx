import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { LabelledBudgetView } from '../../case/operations/labelled-budget.ts';
import type { UnitIndexEntry } from '../../case/operations/operations-index.ts';
import { getCase } from '../api/cases-api.ts';
import { setApiLanguage } from '../api/http-client.ts';
import { getAKonto, getBudget, getOperations } from '../api/operations-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { BudgetAKonto } from '../components/operations/budget-a-konto.tsx';
import { BudgetAnswer } from '../components/operations/budget-answer.tsx';
import { BudgetComponents } from '../components/operations/budget-components.tsx';
import { BudgetWhatIf } from '../components/operations/budget-what-if.tsx';
import { OperationsTabs } from '../components/operations/operations-tabs.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/** The unit and year the address asks for (`?enhet=&ar=`), else the first unit and its latest budget year. */
function chosen(units: UnitIndexEntry[], unitParam: string | null, yearParam: string | null) {
  const unit = units.find((u) => u.id === unitParam) ?? units[0];
  if (unit === undefined) return null;
  const years = unit.budgets.map((b) => b.year);
  const asked = Number(yearParam);
  const year = years.includes(asked) ? asked : years.at(-1);
  return { unit, year };
}

/**
 * `/saker/:caseId/drift`: a joint unit's budget for a year, answer first (what each municipality pays), the
 * placeholders it rests on by name, the components with each member's share, the key's inputs, the a-konto
 * payments with their download (and the form that sets the calendar), and «what if» a member leaves or joins.
 */
export default function OperationsPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  const [params] = useSearchParams();
  usePageTitle(t('budget.title'));
  const unitParam = params.get('enhet');
  const yearParam = params.get('ar');
  const resource = useApiResource(
    useCallback(
      async (signal: AbortSignal) => {
        setApiLanguage(language);
        const [view, index] = await Promise.all([getCase(caseId, signal), getOperations(caseId, signal)]);
        const choice = chosen(index.units, unitParam, yearParam);
        if (choice === null || choice.year === undefined)
          return { view, index, choice, budget: null, aKonto: null };
        const [budget, aKonto] = await Promise.all([
          getBudget(caseId, choice.unit.id, choice.year, signal),
          getAKonto(caseId, choice.unit.id, choice.year, signal),
        ]);
        return { view, index, choice, budget, aKonto };
      },
      [caseId, language, unitParam, yearParam],
    ),
  );
  const link = (unitId: string, year?: number) =>
    `${casePaths(caseId).operations}?${new URLSearchParams({ enhet: unitId, ...(year === undefined ? {} : { ar: String(year) }) })}`;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('budget.title')}
      </Heading>
      <OperationsTabs caseId={caseId} />
      <ResourceView resource={resource} loadingLabel={t('budget.loading')}>
        {({ view, index, choice, budget, aKonto }) => {
          if (choice === null) return <EmptyState message={t('budget.noUnits')} />;
          const { unit, year } = choice;
          return (
            <>
              {index.units.length > 1 && (
                <nav aria-label={t('budget.unitChoice')} className="budget-choice">
                  <ul>
                    {index.units.map((u) => (
                      <li key={u.id}>
                        <Link to={link(u.id)} aria-current={u.id === unit.id ? 'page' : undefined}>
                          {u.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {unit.budgets.length > 1 && (
                <nav aria-label={t('budget.yearChoice')} className="budget-choice">
                  <ul>
                    {unit.budgets.map((b) => (
                      <li key={b.year}>
                        <Link to={link(unit.id, b.year)} aria-current={b.year === year ? 'page' : undefined}>
                          {b.year}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {year === undefined || budget === null || aKonto === null ? (
                <EmptyState message={t('budget.noBudgets')} />
              ) : !budget.ok ? (
                <Paragraph>{t('budget.error', { message: budget.message })}</Paragraph>
              ) : (
                <BudgetYear
                  caseId={caseId}
                  unit={unit}
                  budget={budget}
                  aKonto={aKonto}
                  view={view}
                  reload={resource.reload}
                />
              )}
            </>
          );
        }}
      </ResourceView>
    </>
  );
}

interface BudgetYearProps {
  caseId: string;
  unit: UnitIndexEntry;
  budget: LabelledBudgetView;
  aKonto: Awaited<ReturnType<typeof getAKonto>>;
  view: Awaited<ReturnType<typeof getCase>>;
  reload: () => void;
}

function BudgetYear({ caseId, unit, budget, aKonto, view, reload }: BudgetYearProps) {
  const revision = view.revision.revision;
  const form =
    view.role === 'reader'
      ? null
      : {
          caseId,
          document: view.document,
          revision,
          // The saved calendar is read back from the new revision, as every reader will see it.
          onSaved: () => reload(),
        };
  return (
    <>
      <BudgetAnswer unit={unit} view={budget} />
      <BudgetComponents document={view.document} view={budget} />
      <BudgetAKonto
        caseId={caseId}
        year={budget.year}
        unitId={unit.id}
        revision={revision}
        view={aKonto}
        form={form}
      />
      <BudgetWhatIf caseId={caseId} document={view.document} unit={unit} year={budget.year} />
    </>
  );
}
