import { Button } from '@digdir/designsystemet-react';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';

export interface SimulationProgressProps {
  done: number;
  draws: number;
  onCancel: () => void;
}

/** The running simulation: a progress bar named «Simulering», the percent done, and «Avbryt». */
export function SimulationProgress({ done, draws, onCancel }: SimulationProgressProps) {
  const t = useT();
  const percent = draws > 0 ? Math.floor((100 * done) / draws) : 0;
  return (
    <div className="simulation-progress">
      <progress aria-label={t('simulation.progressLabel')} max={100} value={percent} />
      <span className="simulation-progress__text">
        {t('simulation.progressText', { percent, done: formatNumber(done), draws: formatNumber(draws) })}
      </span>
      <Button variant="secondary" data-color="danger" data-size="sm" onClick={onCancel}>
        {t('simulation.cancel')}
      </Button>
    </div>
  );
}
