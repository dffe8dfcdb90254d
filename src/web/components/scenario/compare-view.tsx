import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../../../case/scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Scenario } from '../../../case/schema/scenario.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useMonteCarlo } from '../../hooks/use-monte-carlo.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { compareRows, type ComparedScenario } from '../../model/scenario/compare-rows.ts';
import { runAnalysis } from '../../model/scenario/run-analysis.ts';
import { cachedSimulation, simulationKey } from '../../workers/simulation-cache.ts';
import { CompareTable } from './compare-table.tsx';
import { SimulationProgress } from './simulation-progress.tsx';

export interface CompareViewProps {
  document: CaseDocument;
  a: Scenario;
  b: Scenario;
}

function compared(document: CaseDocument, scenario: Scenario): ComparedScenario {
  const outcome = runAnalysis(document, scenario.id);
  const analysis = outcome?.ok ? outcome.analysis : null;
  const key = analysis ? simulationKey(analysis.mapped.input, DEFAULT_DRAWS, DEFAULT_SEED) : null;
  return { analysis, simulation: key === null ? undefined : cachedSimulation(key) };
}

/**
 * Two scenarios side by side at the inputs' medians, and, once simulated with the default draws and seed
 * (here or on a scenario's own page), their P10 / P50 / P90.
 */
export function CompareView({ document, a, b }: CompareViewProps) {
  const t = useT();
  const { language } = useLanguage();
  const runner = useMonteCarlo();
  const [current, setCurrent] = useState<string | null>(null);
  const analysed = useMemo(
    () => [runAnalysis(document, a.id), runAnalysis(document, b.id)],
    [document, a, b],
  );
  // Simulations are looked up on every render: a finished run (a state change) makes them appear.
  const [first, second] = [compared(document, a), compared(document, b)];
  const municipalities = document.participants.map((p) => ({ id: p.municipalityNumber, name: p.name }));
  const rows = compareRows(first, second, municipalities, t, language);

  async function simulateBoth() {
    for (const [scenario, outcome] of [
      [a, analysed[0]],
      [b, analysed[1]],
    ] as const) {
      if (!outcome?.ok) continue;
      setCurrent(localized(scenario.name, language));
      const result = await runner.run(outcome.analysis.mapped.input, DEFAULT_DRAWS, DEFAULT_SEED);
      if (result?.status !== 'done') break;
    }
    setCurrent(null);
  }

  const state = runner.state;
  return (
    <>
      <CompareTable rows={rows} nameA={localized(a.name, language)} nameB={localized(b.name, language)} />
      <section aria-labelledby="compare-simulation-heading" className="results-section">
        <Heading level={2} data-size="sm" id="compare-simulation-heading">
          {t('compare.simulationHeading')}
        </Heading>
        <Paragraph>
          {t('compare.simulationIntro', { draws: formatNumber(DEFAULT_DRAWS), seed: DEFAULT_SEED })}
        </Paragraph>
        <div className="button-row">
          <Button onClick={() => void simulateBoth()} disabled={state.status === 'running'}>
            {t('compare.simulateBoth')}
          </Button>
        </div>
        {state.status === 'running' && (
          <SimulationProgress done={state.done} draws={state.draws} onCancel={runner.cancel} />
        )}
        <p role="status" aria-live="polite" className="save-status">
          {state.status === 'running' && current !== null
            ? t('compare.simulating', { name: current })
            : state.status === 'cancelled'
              ? t('simulation.cancelled', {
                  done: formatNumber(state.done),
                  draws: formatNumber(state.draws),
                })
              : state.status === 'failed'
                ? t('simulation.failed', { message: state.message })
                : ''}
        </p>
      </section>
    </>
  );
}
