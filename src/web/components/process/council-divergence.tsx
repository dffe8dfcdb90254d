import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { DivergenceWarning } from '../../../case/process/divergence.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { useT } from '../../i18n/use-t.ts';
import { Localized } from '../localized.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface CouncilDivergenceProps {
  warning: DivergenceWarning;
  bodies: CaseDocument['bodies'];
}

/** The councils decided a point differently: a plain warning with each council's text side by side. */
export function CouncilDivergence({ warning, bodies }: CouncilDivergenceProps) {
  const t = useT();
  const headingId = `divergence-${warning.resolutionId}-${warning.pointNumber}`;
  return (
    <Alert data-color="warning" className="page-notice divergence-alert">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('process.divergence.heading', { point: warning.pointNumber })}
      </Heading>
      <Paragraph>{t('process.divergence.intro')}</Paragraph>
      <ScrollRegion>
        <Table border data-color="neutral" className="divergence-table">
          <caption>{t('process.divergence.caption', { point: warning.pointNumber })}</caption>
          <Table.Head>
            <Table.Row>
              {warning.positions.map((p) => {
                const body = bodies.find((b) => b.id === p.bodyId);
                return (
                  <Table.HeaderCell key={p.bodyId}>
                    {body ? <Localized text={body.name} /> : p.bodyId}
                  </Table.HeaderCell>
                );
              })}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            <Table.Row>
              {warning.positions.map((p) => (
                <Table.Cell key={p.bodyId}>
                  <strong>{t(`outcome.${p.outcome}`)}</strong>
                </Table.Cell>
              ))}
            </Table.Row>
            <Table.Row>
              {warning.positions.map((p) => (
                <Table.Cell key={p.bodyId}>{p.text ?? t('process.divergence.noText')}</Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        </Table>
      </ScrollRegion>
    </Alert>
  );
}
