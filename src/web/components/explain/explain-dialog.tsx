import { Alert, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useContext, useId, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { ExplainResponse } from '../../api/explain-api.ts';
import { savedAtParts } from '../../format/format-explained.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { LoadingState } from '../loading-state.tsx';
import { FieldProvenance } from './field-provenance.tsx';
import {
  ExplainError,
  ExplainPanelContext,
  Formula,
  InputTree,
  useExplanation,
  type ExplainPanel,
} from './explanation-tree.tsx';

export interface ExplainDialogProps {
  caseId: string;
  /** The revision to explain; the newest when left out. */
  revision: number | undefined;
  /** The page shows a draft that differs from the saved revision. */
  unsaved: boolean;
  figure: string;
  /** The figure as the page shows it. */
  text: string;
  /** The figure in words, until the explanation gives its own. */
  label: string;
  onClose: () => void;
}

/** The revision and when it was saved, the figure's source or formula, and its inputs as a tree. */
export function ExplanationBody({ response, unsaved }: { response: ExplainResponse; unsaved: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const panel = useContext(ExplainPanelContext);
  const { figure } = response;
  const saved = savedAtParts(response.savedAt, language);
  return (
    <>
      <Paragraph data-size="sm" className="explain-revision">
        {t('explain.revision', { revision: response.revision, ...saved })}
      </Paragraph>
      {unsaved && (
        <Alert data-color="info" data-size="sm">
          <Paragraph data-size="sm">{t('explain.unsaved')}</Paragraph>
        </Alert>
      )}
      {figure.field && (
        <FieldProvenance
          field={figure.field}
          unit={figure.unit}
          onEdit={panel.close}
          shownAs={figure.label}
        />
      )}
      {(figure.symbols || figure.formula) && (
        <section className="explain-section">
          <Heading level={3} data-size="2xs">
            {t('explain.formulaHeading')}
          </Heading>
          <Formula figure={figure} />
        </section>
      )}
      <section className="explain-section">
        <Heading level={3} data-size="2xs">
          {t('explain.inputsHeading')}
        </Heading>
        {figure.inputs.length > 0 ? (
          <>
            <Paragraph data-size="sm">{t('explain.inputsHint')}</Paragraph>
            <InputTree inputs={figure.inputs} />
          </>
        ) : (
          <Paragraph data-size="sm">{t('explain.noInputs')}</Paragraph>
        )}
      </section>
    </>
  );
}

/**
 * The explanation of one figure in a modal dialog: focus moves in, Escape or the close button closes it and
 * focus returns to the figure. Loaded lazily by `ExplainableFigure`, and only in the browser.
 */
export default function ExplainDialog(props: ExplainDialogProps) {
  const { caseId, revision, unsaved, figure, text, label, onClose } = props;
  const t = useT();
  const headingId = useId();
  const { state, reload } = useExplanation(caseId, figure, revision);
  const explainedAt = state.status === 'success' ? state.data.revision : revision;
  const panel = useMemo<ExplainPanel>(
    () => ({ caseId, revision: explainedAt ?? 0, close: onClose }),
    [caseId, explainedAt, onClose],
  );
  // In the body, not in the table cell of the figure, so that it inherits nothing of the table's layout.
  return createPortal(
    <Dialog
      open
      closeButton={t('dialog.close')}
      aria-labelledby={headingId}
      onClose={onClose}
      className="explain-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {state.status === 'success' ? state.data.figure.label : label}
        </Heading>
        <Paragraph className="explain-value">{text}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <ExplainPanelContext.Provider value={panel}>
          {state.status === 'loading' && <LoadingState label={t('explain.loading')} />}
          {state.status === 'error' && <ExplainError error={state.error} onRetry={reload} />}
          {state.status === 'success' && <ExplanationBody response={state.data} unsaved={unsaved} />}
        </ExplainPanelContext.Provider>
      </Dialog.Block>
    </Dialog>,
    document.body,
  );
}
