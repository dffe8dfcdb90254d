import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { CaseFeasibilityMatrix, MatrixCell } from '../../../case/model-choice/feasibility-matrix.ts';
import { formatReference } from '../../../engine/legal/legal-reference.ts';
import { useT } from '../../i18n/use-t.ts';
import { Localized } from '../localized.tsx';

export interface FeasibilityMatrixTableProps {
  matrix: CaseFeasibilityMatrix;
}

/** A verdict as a symbol and a word, so the cell never relies on colour alone. */
const SYMBOL = { lawful: '✓', conditional: '!', notLawful: '✗' } as const;

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
            {service.reasons.map((reason, i) => (
              <li key={`${reason.code}-${i}`}>
                {t(`modelChoice.effect.${reason.effect}`)}: <Localized text={reason.text} />
                {reason.references.length > 0 && (
                  <span className="feasibility-refs">
                    {' '}
                    ({[...new Set(reason.references.map(formatReference))].join('; ')})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The matrix model × service area. Each cell names its verdict and opens to the reasons and paragraphs. */
export function FeasibilityMatrixTable({ matrix }: FeasibilityMatrixTableProps) {
  const t = useT();
  return (
    <>
      <Paragraph data-size="sm">{t('modelChoice.unconfirmedHint')}</Paragraph>
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
