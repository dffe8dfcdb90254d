import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import type { SwitchboardView } from '../../case/people/switchboard-view.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { formatFte, formatNok, formatNumber } from '../../i18n/format.ts';
import { getCase } from '../api/cases-api.ts';
import { getPeople } from '../api/people-api.ts';
import { DownloadTable } from '../components/export/download-table.tsx';
import { Figure } from '../components/figure.tsx';
import { ErlangCalculatorForm } from '../components/people/erlang-calculator-form.tsx';
import { IntervalStaffingTable } from '../components/people/interval-staffing-table.tsx';
import { PeopleInputsSection } from '../components/people/people-inputs-section.tsx';
import { SwitchboardInputsForm } from '../components/people/switchboard-inputs-form.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import type { Translate } from '../i18n/use-t.ts';
import { messageKeyOr } from '../i18n/message-key.ts';
import { useT } from '../i18n/use-t.ts';
import { ExplainContext } from '../components/explain/explain-context.tsx';
import { ExplainableFigure } from '../components/explain/explainable-figure.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';

/** A missing-input path such as `people.switchboard.calls.5029` in words. */
function missingLabel(path: string, t: Translate, name: (id: string) => string): string {
  const [, , field = '', municipality] = path.split('.');
  const key = messageKeyOr(`switchboard.missing.${field}`, 'switchboard.missingHeading');
  return municipality === undefined ? t(key) : t(key, { municipality: name(municipality) });
}

function TodayTable({ view, name }: { view: SwitchboardView; name: (id: string) => string }) {
  const t = useT();
  return (
    <ScrollRegion>
      <Table border zebra data-color="neutral">
        <caption>{t('switchboard.todayCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('col.fte')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('switchboard.col.cost')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {view.today.map((row) => (
            <Table.Row key={row.municipalityNumber}>
              <Table.HeaderCell scope="row">{name(row.municipalityNumber)}</Table.HeaderCell>
              <Table.Cell className="numeric">
                <Figure value={row.fte === null ? null : formatFte(row.fte)} />
              </Table.Cell>
              <Table.Cell className="numeric">
                <Figure value={row.labourCost === null ? null : formatNok(row.labourCost)} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

function SizingTable({ view, name }: { view: SwitchboardView; name: (id: string) => string }) {
  const t = useT();
  const sizing = view.sizing;
  if (!sizing) return null;
  const rows = [
    ...sizing.separate.map((s) => ({
      figure: `switchboard:${s.municipalityNumber}/fte`,
      label: name(s.municipalityNumber),
      fte: s.fte,
      fractional: s.fractionalFte,
      cost: s.costNok,
    })),
    ...(sizing.pooled
      ? [
          {
            figure: 'switchboard:pooled/fte',
            label: t('switchboard.pooled'),
            fte: sizing.pooled.fte,
            fractional: sizing.pooled.fractionalFte,
            cost: sizing.pooled.costNok,
          },
        ]
      : []),
    ...(sizing.poolingGain
      ? [
          {
            figure: 'switchboard:gain/fte',
            label: t('switchboard.gain'),
            fte: sizing.poolingGain.fte,
            fractional: sizing.poolingGain.fractionalFte,
            cost: sizing.poolingGain.costNok,
          },
        ]
      : []),
  ];
  return (
    <ScrollRegion>
      <Table border zebra data-color="neutral">
        <caption>{t('switchboard.sizingCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('switchboard.col.unit')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('switchboard.col.fte')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('switchboard.col.fractionalFte')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('switchboard.col.cost')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.label}>
              <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
              <Table.Cell className="numeric">
                <ExplainableFigure
                  figure={r.figure}
                  text={formatNumber(r.fte, 2)}
                  label={`${r.label}: ${t('switchboard.col.fte')}`}
                />
              </Table.Cell>
              <Table.Cell className="numeric">{formatNumber(r.fractional, 2)}</Table.Cell>
              <Table.Cell className="numeric">
                <Figure value={r.cost === null ? null : formatNok(Math.round(r.cost))} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

function Sizing({ view, document }: { view: SwitchboardView; document: CaseDocument }) {
  const t = useT();
  const name = (id: string) => document.participants.find((p) => p.municipalityNumber === id)?.name ?? id;
  return (
    <>
      <TodayTable view={view} name={name} />
      {view.missing.length > 0 && (
        <Alert data-color="warning" className="page-notice">
          <Heading level={2} data-size="xs">
            {t('switchboard.missingHeading')}
          </Heading>
          <Paragraph>{t('switchboard.missingIntro')}</Paragraph>
          <ul data-testid="switchboard-missing">
            {view.missing.map((path) => (
              <li key={path}>{missingLabel(path, t, name)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <SizingTable view={view} name={name} />
      {view.sizing && <IntervalStaffingTable sizing={view.sizing} />}
      {view.sizing && <Paragraph data-size="sm">{t('erlang.poisson')}</Paragraph>}
      {view.costShares.map((share) => (
        <Table key={share.keyId} border zebra data-color="neutral">
          <caption>
            {t('switchboard.sharesCaption')}:{' '}
            {t(messageKeyOr(`switchboard.key.${share.keyId}`, 'switchboard.key.equal'))}
          </caption>
          <Table.Body>
            {Object.entries(share.shares).map(([id, amount]) => (
              <Table.Row key={id}>
                <Table.HeaderCell scope="row">{name(id)}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatNok(amount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ))}
    </>
  );
}

const SWITCHBOARD_FORMS = [SwitchboardInputsForm];

/** `/saker/:caseId/sentralbord`: today's switchboards, separate against pooled sizing, and the Erlang calculator. */
export default function SwitchboardPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('switchboard.title'));
  const resource = useApiResource(
    useCallback(
      async (signal: AbortSignal) => {
        const [view, people] = await Promise.all([getCase(caseId, signal), getPeople(caseId, signal)]);
        return { document: view.document, switchboard: people.switchboard, revision: people.revision };
      },
      [caseId],
    ),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('switchboard.title')}
      </Heading>
      <Paragraph>{t('switchboard.intro')}</Paragraph>
      <ResourceView resource={resource} loadingLabel={t('loading.people')}>
        {({ document, switchboard, revision }) => (
          // Each FTE figure opens its explanation (Erlang agents per interval, down to the inputs).
          <ExplainContext.Provider value={{ caseId, revision }}>
            <Sizing view={switchboard} document={document} />
            <DownloadTable caseId={caseId} table="switchboard" revision={revision} />
          </ExplainContext.Provider>
        )}
      </ResourceView>
      <PeopleInputsSection caseId={caseId} forms={SWITCHBOARD_FORMS} onSaved={resource.reload} />
      <ErlangCalculatorForm />
    </>
  );
}
