import { Paragraph, Table } from '@digdir/designsystemet-react';
import type {
  CaseFeasibilityMatrix,
  MatrixCell,
  MatrixRow,
} from '../../../case/model-choice/feasibility-matrix.ts';
import type { FeasibilityReason } from '../../../engine/legal/feasibility-reason.ts';
import { formatReference, type LegalReference } from '../../../engine/legal/legal-reference.ts';
import { useT } from '../../i18n/use-t.ts';
import { Localized } from '../localized.tsx';

export interface FeasibilityMatrixTableProps {
  matrix: CaseFeasibilityMatrix;
}

/** A verdict as a symbol and a word, so the cell never relies on colour alone. */
const SYMBOL = { lawful: '✓', conditional: '!', notSuited: '–', notLawful: '✗' } as const;

function Refs({ references }: { references: readonly LegalReference[] }) {
  if (references.length === 0) return null;
  return (
    <span className="feasibility-refs"> ({[...new Set(references.map(formatReference))].join('; ')})</span>
  );
}

function Reasons({ reasons }: { reasons: readonly FeasibilityReason[] }) {
  const t = useT();
  return (
    <ul>
      {reasons.map((reason, i) => (
        <li key={`${reason.code}-${i}`}>
          {t(`modelChoice.effect.${reason.effect}`)}: <Localized text={reason.text} />
          <Refs references={reason.references} />
        </li>
      ))}
    </ul>
  );
}

/** Each service, part by part: preparation, decisions, appeals, registers. */
function CellReasons({ cell }: { cell: MatrixCell }) {
  const t = useT();
  return (
    <ul className="feasibility-reasons">
      {cell.services.map((service) => (
        <li key={service.service}>
          <strong>{t(`modelChoice.service.${service.service}`)}</strong>
          {': '}
          {t(`modelChoice.verdict.${service.verdict}`)}
          {service.unconfirmed && ` (${t('modelChoice.unconfirmed')})`}
          <ul>
            {service.parts.map((part) => (
              <li key={part.part}>
                <em>{t(`modelChoice.part.${part.part}`)}</em>: {t(`modelChoice.verdict.${part.verdict}`)}
                <Reasons reasons={part.reasons} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function ProcurementCell({ row }: { row: MatrixRow }) {
  const t = useT();
  const p = row.procurement;
  return (
    <details>
      <summary>
        {t(`modelChoice.procurement.${p.verdict}`)}
        {p.openQuestions.length > 0 && (
          <span className="unconfirmed"> ({t('modelChoice.openQuestion')})</span>
        )}
      </summary>
      <div className="feasibility-reasons">
        <Localized text={p.reason.text} />
        <Refs references={p.reason.references} />
        {p.conditions.length > 0 && (
          <ul>
            {p.conditions.map((c) => (
              <li key={c.id}>
                <strong>{t(`modelChoice.answer.${c.answer}`)}</strong>: <Localized text={c.text} />
                <Refs references={c.references} />
              </li>
            ))}
          </ul>
        )}
        {p.openQuestions.map((q, i) => (
          <p key={i}>
            <Localized text={q.text} />
            <Refs references={q.references} />
          </p>
        ))}
      </div>
    </details>
  );
}

function StaffCell({ row }: { row: MatrixRow }) {
  const t = useT();
  const s = row.staffTransfer;
  return (
    <details>
      <summary>{t(`modelChoice.chapter16.${s.chapter16.value}`)}</summary>
      <dl className="feasibility-reasons">
        <dt>{t('modelChoice.employerBefore')}</dt>
        <dd>
          <Localized text={s.employerBefore.text} />
        </dd>
        <dt>{t('modelChoice.employerAfter')}</dt>
        <dd>
          <Localized text={s.employerAfter.text} />
        </dd>
        <dt>{t('modelChoice.chapter16')}</dt>
        <dd>
          <Localized text={s.chapter16.text} />
          <Refs references={s.chapter16.references} />
        </dd>
        <dt>{t('modelChoice.pension')}</dt>
        <dd>
          <Localized text={s.pension.text} />
          <Refs references={s.pension.references} />
        </dd>
        <dt>{t('modelChoice.collective')}</dt>
        <dd>
          <Localized text={s.collectiveAgreements.text} />
          <Refs references={s.collectiveAgreements.references} />
        </dd>
      </dl>
    </details>
  );
}

/**
 * The matrix model × service area, with a procurement and a staff column. Each cell names its verdict and
 * opens to the reasons, part by part, with their paragraphs.
 */
export function FeasibilityMatrixTable({ matrix }: FeasibilityMatrixTableProps) {
  const t = useT();
  return (
    <>
      <Paragraph data-size="sm">{t('modelChoice.unconfirmedHint')}</Paragraph>
      <Paragraph data-size="sm">{t('modelChoice.procurementHint')}</Paragraph>
      <div
        className="table-scroll matrix-scroll"
        role="region"
        aria-label={t('modelChoice.matrixRegion')}
        tabIndex={0}
      >
        <Table border data-color="neutral" className="feasibility-matrix">
          <caption>{t('modelChoice.matrixCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('modelChoice.model')}</Table.HeaderCell>
              {matrix.areas.map((area) => (
                <Table.HeaderCell scope="col" key={area.id} data-area={area.id}>
                  <Localized text={area.name} />
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col">{t('modelChoice.procurement')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('modelChoice.staff')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {matrix.models.map((row) => (
              <Table.Row key={row.modelId}>
                <Table.HeaderCell scope="row">
                  <Localized text={row.name} />
                </Table.HeaderCell>
                {row.cells.map((cell) => (
                  <Table.Cell
                    key={cell.areaId}
                    data-area={cell.areaId}
                    className={`verdict verdict--${cell.verdict}`}
                  >
                    <details>
                      <summary>
                        <span aria-hidden="true">{SYMBOL[cell.verdict]} </span>
                        {t(`modelChoice.verdict.${cell.verdict}`)}
                        {cell.unconfirmed && (
                          <span className="unconfirmed"> ({t('modelChoice.unconfirmed')})</span>
                        )}
                      </summary>
                      <CellReasons cell={cell} />
                    </details>
                  </Table.Cell>
                ))}
                <Table.Cell data-column="procurement">
                  <ProcurementCell row={row} />
                </Table.Cell>
                <Table.Cell data-column="staff">
                  <StaffCell row={row} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm">
        <Localized text={matrix.packageRule.text} /> (
        {matrix.packageRule.references.map(formatReference).join('; ')})
      </Paragraph>
    </>
  );
}
