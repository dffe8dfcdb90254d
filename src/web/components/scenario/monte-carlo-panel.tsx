import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../../../case/scenario/analyse-scenario.ts';
import type { ScenarioInput } from '../../../engine/economics/scenario-input.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { numberToInput } from '../../editing/parse-number.ts';
import { MAX_DRAWS, readSimulationSettings } from '../../editing/simulation-settings.ts';
import { useMonteCarlo } from '../../hooks/use-monte-carlo.ts';
import { useT } from '../../i18n/use-t.ts';
import { simulationKey } from '../../workers/simulation-cache.ts';
import { TermList } from '../terms/term.tsx';
import { FanChartSection } from './fan-chart-section.tsx';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { NpvUncertaintyTable } from './npv-uncertainty-table.tsx';
import { SimulationProgress } from './simulation-progress.tsx';

export interface MonteCarloPanelProps {
  /** The engine input of the scenario as it stands; `null` while it cannot be analysed. */
  input: ScenarioInput | null;
  municipalities: readonly MunicipalityName[];
  /** A reader runs the simulation with the standard draws and seed, shown as text rather than fields. */
  readOnly?: boolean;
}

/**
 * The Monte Carlo simulation, run in a Web Worker: number of draws and seed, a progress bar with cancel,
 * then NPV with P10 / P50 / P90 per municipality and the fan chart of cumulative cash.
 */
export function MonteCarloPanel({ input, municipalities, readOnly = false }: MonteCarloPanelProps) {
  const t = useT();
  const { state, run, cancel } = useMonteCarlo();
  const [drawsText, setDrawsText] = useState(numberToInput(DEFAULT_DRAWS, { grouped: true }));
  const [seedText, setSeedText] = useState(String(DEFAULT_SEED));
  const [showErrors, setShowErrors] = useState(false);
  const settings = readSimulationSettings(drawsText, seedText);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (!input || settings.draws === null || settings.seed === null) return;
    void run(input, settings.draws, settings.seed);
  }

  const stale =
    state.status === 'done' &&
    input !== null &&
    simulationKey(input, state.result.draws, state.result.seed) !== state.key;
  const status =
    state.status === 'running'
      ? t('simulation.running')
      : state.status === 'cancelled'
        ? t('simulation.cancelled', { done: formatNumber(state.done), draws: formatNumber(state.draws) })
        : state.status === 'done'
          ? t('simulation.finished', { draws: formatNumber(state.result.draws), seed: state.result.seed })
          : state.status === 'failed'
            ? t('simulation.failed', { message: state.message })
            : '';
  return (
    <>
      <Paragraph>{t('simulation.intro')}</Paragraph>
      <TermList ids={['monteCarlo', 'seed', 'percentiles']} />
      <form noValidate onSubmit={submit} className="simulation-form">
        {readOnly ? (
          <Paragraph data-size="sm">
            {t('simulation.readerSettings', { draws: formatNumber(DEFAULT_DRAWS), seed: DEFAULT_SEED })}
          </Paragraph>
        ) : (
          <div className="field-grid">
            <Textfield
              label={t('simulation.draws')}
              description={t('simulation.drawsHint', { max: formatNumber(MAX_DRAWS) })}
              inputMode="numeric"
              size={10}
              value={drawsText}
              onChange={(event) => setDrawsText(event.target.value)}
              error={
                showErrors && settings.drawsProblem
                  ? t('simulation.drawsInvalid', { max: formatNumber(MAX_DRAWS) })
                  : undefined
              }
            />
            <Textfield
              label={t('simulation.seed')}
              description={t('simulation.seedHint')}
              inputMode="numeric"
              size={12}
              value={seedText}
              onChange={(event) => setSeedText(event.target.value)}
              error={showErrors && settings.seedProblem ? t('simulation.seedInvalid') : undefined}
            />
          </div>
        )}
        <div className="button-row">
          <Button type="submit" disabled={input === null || state.status === 'running'}>
            {t('simulation.run')}
          </Button>
        </div>
      </form>
      {state.status === 'running' && (
        <SimulationProgress done={state.done} draws={state.draws} onCancel={cancel} />
      )}
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
      {state.status === 'done' && (
        <>
          {stale && (
            <Alert data-color="info" className="page-notice">
              <Paragraph>{t('simulation.stale')}</Paragraph>
            </Alert>
          )}
          <NpvUncertaintyTable result={state.result} municipalities={municipalities} />
          <FanChartSection fan={state.result.cumulativeCashFan} />
        </>
      )}
    </>
  );
}
