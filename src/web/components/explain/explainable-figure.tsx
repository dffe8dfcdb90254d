import { Button } from '@digdir/designsystemet-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useExplainScope } from './explain-context.tsx';
import './explain.css';

// The panel, its tree and its wording load on the first click, outside the first page's size budget.
const ExplainDialog = lazy(() => import('./explain-dialog.tsx'));

export interface ExplainableFigureProps {
  /** The figure's id for the explain API, e.g. `scenario:administrative-tjenester/npv/5028`. */
  figure: string;
  /** The figure as the page shows it, e.g. `−11 744 031 kr`. */
  text: string;
  /** What the figure is, in words, for the control's accessible name: `Netto nåverdi for Melhus`. */
  label: string;
}

/**
 * A computed figure as a control that opens its explanation: the formula, the inputs as a tree, the source
 * of each value in the case and where it is edited. Outside an `ExplainContext` it is the plain figure.
 */
export function ExplainableFigure({ figure, text, label }: ExplainableFigureProps) {
  const t = useT();
  const scope = useExplainScope();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  if (!scope) return <span className="figure">{text}</span>;
  const close = () => {
    setOpen(false);
    // The dialog leaves the page when closed; focus goes back to the figure that opened it.
    trigger.current?.focus();
  };
  return (
    <>
      <Button
        ref={trigger}
        variant="tertiary"
        data-color="accent"
        data-size="sm"
        className="explainable-figure"
        aria-haspopup="dialog"
        aria-label={t('explain.open', { label, value: text })}
        onClick={() => setOpen(true)}
      >
        {text}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ExplainDialog
            caseId={scope.caseId}
            revision={scope.revision}
            unsaved={scope.unsaved ?? false}
            figure={figure}
            text={text}
            label={label}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
