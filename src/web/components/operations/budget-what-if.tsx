import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { MembershipWhatIf } from '../../../case/operations/membership-what-if.ts';
import type { UnitIndexEntry } from '../../../case/operations/operations-index.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { formatNok, formatNumber } from '../../../i18n/format.ts';
import { getWhatIf } from '../../api/operations-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ErrorState } from '../error-state.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface BudgetWhatIfProps {
  caseId: string;
  document: CaseDocument;
  unit: UnitIndexEntry;
  year: number;
}

type Answer = Awaited<ReturnType<typeof getWhatIf>>;

const DATE_ID = 'what-if-date';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * «What if a municipality leaves or joins?»: a member leaving with the date notice is given, or a participant of
 * the case joining on a date, and the year's split recomputed by the server. A view only: nothing is saved.
 */
export function BudgetWhatIf({ caseId, document, unit, year }: BudgetWhatIfProps) {
  const t = useT();
  const { language } = useLanguage();
  const members = unit.members.map((m) => ({ number: m.municipality, name: m.name }));
  const memberIds = new Set(members.map((m) => m.number));
  const candidates = document.participants
    .filter((p) => !memberIds.has(p.municipalityNumber))
    .map((p) => ({ number: p.municipalityNumber as string, name: p.name }));
  const [kind, setKind] = useState<'leave' | 'join'>('leave');
  const [municipality, setMunicipality] = useState(members.at(-1)?.number ?? '');
  const [date, setDate] = useState(`${year - 1}-03-01`);
  const [dateError, setDateError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const options = kind === 'leave' ? members : candidates;

  function choose(next: 'leave' | 'join') {
    setKind(next);
    setMunicipality((next === 'leave' ? members.at(-1)?.number : candidates[0]?.number) ?? '');
    setAnswer(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ISO_DATE.test(date.trim())) return setDateError(t('budget.whatIf.dateInvalid'));
    setDateError(null);
    const change: MembershipWhatIf =
      kind === 'leave'
        ? { kind, municipality, noticeGiven: date.trim() }
        : { kind, municipality, joins: date.trim() };
    try {
      setFailure(null);
      setAnswer(await getWhatIf(caseId, unit.id, year, change));
    } catch (error) {
      setAnswer(null);
      setFailure(error);
    }
  }

  return (
    <section aria-labelledby="budget-what-if-heading">
      <Heading level={2} data-size="md" id="budget-what-if-heading">
        {t('budget.whatIf.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('budget.whatIf.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="budget-what-if-form">
        <Fieldset>
          <Fieldset.Legend>{t('budget.whatIf.kind')}</Fieldset.Legend>
          <Radio
            name="what-if-kind"
            value="leave"
            label={t('budget.whatIf.leave')}
            checked={kind === 'leave'}
            onChange={() => choose('leave')}
          />
          <Radio
            name="what-if-kind"
            value="join"
            label={t('budget.whatIf.join')}
            checked={kind === 'join'}
            onChange={() => choose('join')}
          />
        </Fieldset>
        {options.length === 0 ? (
          <Paragraph>{t('budget.whatIf.noCandidates')}</Paragraph>
        ) : (
          <>
            <Field>
              <Label htmlFor="what-if-municipality">{t('budget.whatIf.municipality')}</Label>
              <Select
                id="what-if-municipality"
                value={municipality}
                onChange={(event) => setMunicipality(event.target.value)}
              >
                {options.map((m) => (
                  <Select.Option key={m.number} value={m.number}>
                    {m.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              id={DATE_ID}
              label={t(kind === 'leave' ? 'budget.whatIf.noticeGiven' : 'budget.whatIf.joins')}
              autoComplete="off"
              size={10}
              value={date}
              onChange={(event) => setDate(event.target.value)}
              error={dateError ?? undefined}
            />
            <Button type="submit">{t('budget.whatIf.submit')}</Button>
          </>
        )}
      </form>
      {failure !== null && <ErrorState error={failure} headingLevel={3} />}
      <div role="status">
        {answer !== null && !answer.ok && <Paragraph>{answer.message}</Paragraph>}
        {answer !== null && answer.ok && (
          <>
            {answer.exitDate !== null && answer.change.kind === 'leave' && (
              <Paragraph>
                {t('budget.whatIf.exit', {
                  months: answer.noticeMonths,
                  noticeGiven: answer.change.noticeGiven,
                  exit: answer.exitDate,
                })}{' '}
                {answer.noticeFrom === 'statutory' && t('budget.whatIf.statutory')}{' '}
                {!answer.changesThisYear && t('budget.whatIf.outside', { year })}
              </Paragraph>
            )}
            <ScrollRegion>
              <Table border data-color="neutral" data-size="sm">
                <caption>{t('budget.whatIf.caption', { year })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('budget.whatIf.col.municipality')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('budget.whatIf.col.months')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('budget.whatIf.col.before')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('budget.whatIf.col.after')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('budget.whatIf.col.shareAfter')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {answer.members.map((m) => (
                    <Table.Row key={m.municipality}>
                      <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                      <Table.Cell className="numeric">{m.months}</Table.Cell>
                      <Table.Cell className="numeric">{formatNok(m.amountBefore, language)}</Table.Cell>
                      <Table.Cell className="numeric">{formatNok(m.amountAfter, language)}</Table.Cell>
                      <Table.Cell className="numeric">{`${formatNumber(m.shareAfter * 100, 1, language)} %`}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
            {answer.after.hasPlaceholders && (
              <Paragraph data-size="sm">{t('budget.whatIf.placeholders')}</Paragraph>
            )}
          </>
        )}
      </div>
    </section>
  );
}
