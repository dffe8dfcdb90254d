import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { getBenefits } from '../api/benefits-api.ts';
import { getCase } from '../api/cases-api.ts';
import type { CaseView } from '../api/types.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { BenefitCard } from '../components/operations/benefit-card.tsx';
import { OperationsTabs } from '../components/operations/operations-tabs.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { TermList } from '../components/terms/term.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { useT } from '../i18n/use-t.ts';
import { useRevisionSave } from '../model/model-choice/use-revision-save.ts';
import '../components/operations/benefits.css';

type Loaded = { view: CaseView; benefits: Awaited<ReturnType<typeof getBenefits>> | null };

/** The benefits and forms of one loaded unit; the forms share one save, so each builds on the one before. */
function BenefitsContent({ caseId, data, onSaved }: { caseId: string; data: Loaded; onSaved: () => void }) {
  const t = useT();
  const { view, benefits } = data;
  const saver = useRevisionSave(caseId, view.document, view.revision.revision);
  if (benefits === null) return <EmptyState message={t('benefits.noUnits')} />;
  return (
    <>
      <Paragraph className="answer" data-size="lg">
        {benefits.answer}
      </Paragraph>
      {benefits.hasPlaceholders && <Paragraph data-size="sm">{t('benefits.placeholderNote')}</Paragraph>}
      {view.role === 'reader' && <Paragraph data-size="sm">{t('benefits.readOnly')}</Paragraph>}
      <Heading level={2} data-size="md">
        {benefits.unitName}
      </Heading>
      {benefits.plans.length === 0 && <EmptyState message={benefits.answer} />}
      {benefits.plans.map((entry) => (
        <BenefitCard
          key={entry.id}
          caseId={caseId}
          entry={entry}
          document={view.document}
          saver={view.role === 'reader' ? null : saver}
          onSaved={onSaved}
        />
      ))}
    </>
  );
}

function UnitChooser({ document, unit }: { document: CaseDocument; unit: string | null }) {
  const t = useT();
  const { language } = useLanguage();
  const [, setSearch] = useSearchParams();
  const units = document.operations.units;
  if (units.length < 2) return null;
  return (
    <Field className="benefit-unit">
      <Label htmlFor="benefit-unit">{t('benefits.unit')}</Label>
      <Select
        id="benefit-unit"
        width="auto"
        value={unit ?? units[0]?.id ?? ''}
        onChange={(e) => setSearch({ enhet: e.target.value })}
      >
        {units.map((u) => (
          <Select.Option key={u.id} value={u.id}>
            {localized(u.name, language)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** `/saker/:caseId/drift/gevinster`: benefit realisation of a joint unit (`?enhet=`), the answer first. */
export default function BenefitsPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  const [search] = useSearchParams();
  const unit = search.get('enhet');
  usePageTitle(t('benefits.title'));
  const resource = useApiResource(
    useCallback(
      async (signal: AbortSignal): Promise<Loaded> => {
        const view = await getCase(caseId, signal);
        // A case without a joint unit has no benefits to ask for.
        if (view.document.operations.units.length === 0) return { view, benefits: null };
        return { view, benefits: await getBenefits(caseId, unit, signal) };
      },
      [caseId, unit],
    ),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('benefits.title')}
      </Heading>
      <OperationsTabs caseId={caseId} />
      <ResourceView resource={resource} loadingLabel={t('benefits.loading')}>
        {(data) => (
          <>
            <UnitChooser document={data.view.document} unit={unit} />
            <BenefitsContent
              key={`${data.view.revision.revision}-${unit ?? ''}`}
              caseId={caseId}
              data={data}
              onSaved={resource.reload}
            />
            <Paragraph>{t('benefits.intro')}</Paragraph>
            <TermList ids={['benefitRealisation', 'indicator', 'baselineMeasurement', 'benefitOwner']} />
          </>
        )}
      </ResourceView>
    </>
  );
}
