import { Alert, Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { getExplanation, type ExplainedFigure, type ExplainedInput } from '../../api/explain-api.ts';
import { formatExplainedValue } from '../../format/format-explained.ts';
import { useApiResource } from '../../hooks/use-api-resource.ts';
import { useT } from '../../i18n/use-t.ts';
import { errorMessage } from '../error-state.tsx';
import { LoadingState } from '../loading-state.tsx';
import { FieldProvenance } from './field-provenance.tsx';

/** What every node of one panel shares: the case, the revision the root was explained at, and closing. */
export interface ExplainPanel {
  caseId: string;
  revision: number;
  close: () => void;
}

export const ExplainPanelContext = createContext<ExplainPanel>({ caseId: '', revision: 0, close: () => {} });

/**
 * Loads one figure's explanation, worded in the interface language. The language cannot change while the
 * modal panel is open (the switcher is behind it), so it is not a dependency.
 */
export function useExplanation(caseId: string, figure: string, revision: number | undefined) {
  return useApiResource(
    useCallback(
      (signal: AbortSignal) => getExplanation(caseId, figure, revision, signal),
      [caseId, figure, revision],
    ),
  );
}

export interface ExplainErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** Why an explanation could not be shown, with "Try again" unless the figure has none. */
export function ExplainError({ error, onRetry }: ExplainErrorProps) {
  const t = useT();
  const missing = isApiError(error) && error.status === 404;
  return (
    <Alert data-color={missing ? 'info' : 'danger'} data-size="sm" className="explain-error">
      <Paragraph data-size="sm">{missing ? t('explain.notFound') : errorMessage(error, t)}</Paragraph>
      {!missing && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** The formula in symbols and in words; nothing when the figure has neither. */
export function Formula({ figure }: { figure: ExplainedFigure }) {
  const t = useT();
  return (
    <>
      {figure.symbols && (
        <Paragraph data-size="sm" className="explain-symbols">
          <span className="ds-sr-only">{t('explain.symbols')}: </span>
          <code>{figure.symbols}</code>
        </Paragraph>
      )}
      {figure.formula && <Paragraph data-size="sm">{figure.formula}</Paragraph>}
    </>
  );
}

/** An explained figure below its summary: its source when it is a value in the case, its formula, its inputs. */
function NodeBody({ figure }: { figure: ExplainedFigure }) {
  const panel = useContext(ExplainPanelContext);
  return (
    <div className="explain-node-body">
      {figure.field && (
        <FieldProvenance
          field={figure.field}
          unit={figure.unit}
          onEdit={panel.close}
          shownAs={figure.label}
        />
      )}
      <Formula figure={figure} />
      {figure.inputs.length > 0 && <InputTree inputs={figure.inputs} />}
    </div>
  );
}

/** Loads an input's explanation once its disclosure is opened. */
function InputExplanation({ input }: { input: ExplainedInput }) {
  const t = useT();
  const panel = useContext(ExplainPanelContext);
  const { state, reload } = useExplanation(panel.caseId, input.id, panel.revision);
  if (state.status === 'loading') {
    return <LoadingState label={t('explain.loadingInput', { label: input.label })} />;
  }
  if (state.status === 'error') return <ExplainError error={state.error} onRetry={reload} />;
  return <NodeBody figure={state.data.figure} />;
}

/** One input: its name and value as a disclosure that opens to what it rests on. */
function InputNode({ input }: { input: ExplainedInput }) {
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // The toggle of a nested disclosure reaches this one too; only its own opening counts.
  const onToggle = (event: Event) => {
    if (event.target === details.current && details.current?.open) setOpened(true);
  };
  return (
    <Details ref={details} onToggle={onToggle} className="explain-node" data-step={input.step}>
      <Details.Summary>
        <span className="explain-node-summary">
          <span className="explain-node-label">{input.label}</span>{' '}
          <span className="explain-node-value">{formatExplainedValue(input.value, input.unit)}</span>
        </span>
      </Details.Summary>
      <Details.Content className="explain-node-content">
        {opened && <InputExplanation input={input} />}
      </Details.Content>
    </Details>
  );
}

/** The inputs of a figure as a list, each of which opens further. */
export function InputTree({ inputs }: { inputs: readonly ExplainedInput[] }) {
  return (
    <ul className="explain-tree">
      {inputs.map((input) => (
        <li key={input.id}>
          <InputNode input={input} />
        </li>
      ))}
    </ul>
  );
}
