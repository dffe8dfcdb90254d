import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Table,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { formatNumber, formatPlanDate } from '../../i18n/format.ts';
import { isApiError } from '../api/api-error.ts';
import { fillPopulation, type PopulationFillAnswer } from '../api/population-api.ts';
import type { RevisionMeta } from '../api/types.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { errorMessage } from './error-state.tsx';
import { ScrollRegion } from './scroll-region.tsx';

export interface PopulationFillProps {
  caseId: string;
  /** The newest revision on the page: a fill over a newer save is refused (409), never merged. */
  latestRevision: number;
  onSaved: (saved: RevisionMeta) => void;
}

type Preview =
  | { status: 'loading' }
  | { status: 'ready'; answer: PopulationFillAnswer }
  | { status: 'failed'; error: unknown };

/** What would change, as a table: municipality, date, the case's figure now (`..` if none) and SSB's. */
function ChangesTable({ answer }: { answer: PopulationFillAnswer }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <ScrollRegion>
      <Table border data-color="neutral">
        <caption>{t('population.previewCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('population.colMunicipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('population.colDate')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('population.colNow')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('population.colNew')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {answer.changes.map((change) => (
            <Table.Row key={`${change.municipalityNumber}-${change.referenceDate}`}>
              <Table.HeaderCell scope="row">{change.name}</Table.HeaderCell>
              <Table.Cell className="nowrap">{formatPlanDate(change.referenceDate, language)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(change.before)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(change.after)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

/**
 * «Hent folketall fra SSB-tallene Flokk har»: a dialog that lets an editor choose years, shows what would change
 * (asked of the server, which holds the figures) and saves it as one new revision when confirmed. Cancel has the
 * focus first, so Enter alone never saves.
 */
export function PopulationFill({ caseId, latestRevision, onSaved }: PopulationFillProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [years, setYears] = useState<number[] | null>(null);
  const [available, setAvailable] = useState<number[]>([]);
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);

  // Asks the server what the chosen years would change; the first call (no years yet) lists the years it has.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    setPreview({ status: 'loading' });
    fillPopulation(
      caseId,
      { baseRevision: latestRevision, years: years ?? [], preview: true },
      controller.signal,
    ).then(
      (answer) => {
        setAvailable(answer.availableYears);
        if (years === null) setYears(answer.availableYears.slice(0, 1));
        setPreview({ status: 'ready', answer });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setPreview({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [open, years, caseId, latestRevision]);

  const close = () => {
    if (busy) return;
    setOpen(false);
    setYears(null);
    setSaveError(null);
  };

  const save = () => {
    if (!years || years.length === 0) return;
    setBusy(true);
    setSaveError(null);
    fillPopulation(caseId, { baseRevision: latestRevision, years, preview: false }).then(
      (answer) => {
        setBusy(false);
        setOpen(false);
        setYears(null);
        if (answer.revision) onSaved(answer.revision);
      },
      (error: unknown) => {
        setBusy(false);
        setSaveError(error);
      },
    );
  };

  const answer = preview.status === 'ready' ? preview.answer : null;
  const chosen = years ?? [];
  const canSave = answer !== null && answer.changes.length > 0 && chosen.length > 0 && !busy;
  const failure = (error: unknown) =>
    isApiError(error) && error.code === 'conflict'
      ? t('population.conflict', { latest: error.latestRevision ?? latestRevision + 1 })
      : errorMessage(error, t);

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('population.fill')}
      </Button>
      <Dialog open={open} closeButton={t('dialog.close')} aria-labelledby={`${id}-title`} onClose={close}>
        <Dialog.Block>
          <Heading level={2} data-size="xs" id={`${id}-title`}>
            {t('population.fillTitle')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>{t('population.fillIntro')}</Paragraph>
          {available.length > 0 && (
            <Fieldset>
              <Fieldset.Legend>{t('population.years')}</Fieldset.Legend>
              <div className="button-row">
                {[...available]
                  .sort((a, b) => a - b)
                  .map((year) => (
                    <Checkbox
                      key={year}
                      label={String(year)}
                      value={String(year)}
                      checked={chosen.includes(year)}
                      disabled={busy}
                      onChange={(event) => {
                        const on = event.target.checked;
                        setYears(available.filter((y) => (y === year ? on : chosen.includes(y))));
                      }}
                    />
                  ))}
              </div>
            </Fieldset>
          )}
          <div aria-live="polite">
            {preview.status === 'loading' && <Paragraph>{t('population.loading')}</Paragraph>}
            {preview.status === 'failed' && (
              <Alert data-color="danger" className="page-notice">
                <Paragraph>{failure(preview.error)}</Paragraph>
              </Alert>
            )}
            {answer && chosen.length === 0 && <Paragraph>{t('population.noYears')}</Paragraph>}
            {answer && chosen.length > 0 && answer.changes.length === 0 && (
              <Paragraph>{t('population.noChanges')}</Paragraph>
            )}
          </div>
          {answer && answer.changes.length > 0 && <ChangesTable answer={answer} />}
          {answer?.missing.map((gap) => (
            <Paragraph key={`${gap.municipalityNumber}-${gap.year}`} data-size="sm">
              {t('population.missing', { municipality: gap.name, year: gap.year })}
            </Paragraph>
          ))}
          <Paragraph data-size="sm">{t('population.attribution')}</Paragraph>
          {saveError !== null && (
            <Alert data-color="danger" className="page-notice">
              <Heading level={3} data-size="2xs">
                {t('population.failed')}
              </Heading>
              <Paragraph>{failure(saveError)}</Paragraph>
            </Alert>
          )}
          <div className="button-row">
            <Button ref={cancel} variant="secondary" onClick={close} disabled={busy}>
              {t('population.cancel')}
            </Button>
            <Button onClick={save} aria-busy={busy} disabled={!canSave}>
              {busy ? t('population.saving') : t('population.confirm')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
