import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import '../../editing/zod-without-eval.ts';
import {
  erlangCalculation,
  type ErlangCalculation,
  type ErlangQuery,
} from '../../../case/people/erlang-calculator.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { useT } from '../../i18n/use-t.ts';
import { FormErrorSummary } from '../form-error-summary.tsx';

type Field = 'calls' | 'interval' | 'aht' | 'serviceLevel' | 'targetSeconds' | 'shrinkage' | 'maxOccupancy';

const FIELDS: {
  id: Field;
  label: MessageKey;
  min: number;
  max: number;
  optional?: boolean;
  percent?: boolean;
}[] = [
  { id: 'calls', label: 'erlang.calls', min: 0, max: 1_000_000 },
  { id: 'interval', label: 'erlang.interval', min: 1, max: 1440 },
  { id: 'aht', label: 'erlang.aht', min: 1, max: 7200 },
  { id: 'serviceLevel', label: 'erlang.serviceLevel', min: 1, max: 99.9, percent: true },
  { id: 'targetSeconds', label: 'erlang.targetSeconds', min: 0, max: 3600 },
  { id: 'shrinkage', label: 'erlang.shrinkage', min: 0, max: 99, percent: true },
  { id: 'maxOccupancy', label: 'erlang.maxOccupancy', min: 1, max: 100, optional: true, percent: true },
];

const INITIAL: Record<Field, string> = {
  calls: '',
  interval: '30',
  aht: '',
  serviceLevel: '80',
  targetSeconds: '20',
  shrinkage: '0',
  maxOccupancy: '',
};

/** Reads a Norwegian or plain decimal number ("0,3" or "0.3"); `null` when it is not one. */
function parseDecimal(text: string): number | null {
  const value = Number(text.trim().replace(/\s/g, '').replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

function toQuery(values: Record<Field, string>): { query: ErlangQuery | null; invalid: Field[] } {
  const invalid: Field[] = [];
  const numbers: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    if (f.optional && values[f.id].trim() === '') continue;
    const v = parseDecimal(values[f.id]);
    if (v === null || v < f.min || v > f.max) invalid.push(f.id);
    else numbers[f.id] = f.percent ? v / 100 : v;
  }
  if (invalid.length > 0) return { query: null, invalid };
  const { calls = 0, interval = 1, aht = 1, serviceLevel = 0.8, targetSeconds = 0, shrinkage = 0 } = numbers;
  return {
    query: {
      calls,
      interval,
      aht,
      serviceLevel,
      targetSeconds,
      shrinkage,
      ...(numbers.maxOccupancy === undefined ? {} : { maxOccupancy: numbers.maxOccupancy }),
    },
    invalid,
  };
}

function ResultTable({ result }: { result: ErlangCalculation }) {
  const t = useT();
  const pct = (v: number | null) => (v === null ? '..' : `${formatNumber(v * 100, 1)} %`);
  const rows: [MessageKey, string][] = [
    ['erlang.traffic', formatNumber(result.trafficErlangs, 2)],
    ['erlang.agents', String(result.agents)],
    ['erlang.fractionalAgents', formatNumber(result.fractionalAgents, 2)],
    ['erlang.wait', pct(result.probabilityOfWaiting)],
    ['erlang.result.serviceLevel', pct(result.serviceLevel)],
    ['erlang.asa', formatNumber(result.averageSpeedOfAnswerSeconds, 1)],
    ['erlang.occupancy', pct(result.occupancy)],
    ['erlang.staff', String(result.staff)],
    ['erlang.fractionalStaff', formatNumber(result.fractionalStaff, 2)],
  ];
  return (
    <Table border zebra data-color="neutral" data-testid="erlang-result">
      <caption>{t('erlang.resultCaption')}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('erlang.metric')}</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="numeric">
            {t('erlang.value')}
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map(([key, value]) => (
          <Table.Row key={key}>
            <Table.HeaderCell scope="row">{t(key)}</Table.HeaderCell>
            <Table.Cell className="numeric">{value}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** The Erlang C calculator for one interval, computed in the browser with the shared case layer. */
export function ErlangCalculatorForm() {
  const t = useT();
  const [values, setValues] = useState(INITIAL);
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [result, setResult] = useState<ErlangCalculation | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = toQuery(values);
    setInvalid(parsed.invalid);
    setResult(parsed.query === null ? null : erlangCalculation(parsed.query));
  };
  const label = (id: Field) => t(FIELDS.find((f) => f.id === id)?.label ?? 'erlang.calls');
  return (
    <section aria-labelledby="erlang-heading">
      <Heading level={2} data-size="md" id="erlang-heading">
        {t('erlang.heading')}
      </Heading>
      <Paragraph>{t('erlang.intro')}</Paragraph>
      {invalid.length > 0 && (
        <FormErrorSummary
          heading={t('erlang.errorSummary')}
          errors={invalid.map((id) => ({
            fieldId: `erlang-${id}`,
            message: t('erlang.invalid', { field: label(id) }),
          }))}
        />
      )}
      <form onSubmit={submit} noValidate className="erlang-form">
        {FIELDS.map((f) => (
          <Textfield
            key={f.id}
            id={`erlang-${f.id}`}
            label={t(f.label)}
            inputMode="decimal"
            value={values[f.id]}
            onChange={(e) => setValues({ ...values, [f.id]: e.target.value })}
            {...(invalid.includes(f.id) ? { error: t('erlang.invalid', { field: t(f.label) }) } : {})}
          />
        ))}
        <Button type="submit">{t('erlang.submit')}</Button>
      </form>
      {result && (
        <div aria-live="polite">
          <ResultTable result={result} />
          {result.warnings.map((w) => (
            <Alert key={w.code} data-color="warning">
              <Paragraph>{t(`erlang.warning.${w.code}`)}</Paragraph>
            </Alert>
          ))}
        </div>
      )}
      <Paragraph data-size="sm">{t('erlang.poisson')}</Paragraph>
    </section>
  );
}
