import { Button, Fieldset, Input, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import {
  callsId,
  cellKey,
  clockText,
  hoursId,
  openIntervals,
  WEEKDAYS,
  type MunicipalityDraft,
  type WeekdayNumber,
} from '../../editing/people/switchboard-draft.ts';
import { useT } from '../../i18n/use-t.ts';

export interface CallVolumeGridProps {
  municipality: MunicipalityDraft;
  name: string;
  intervalMinutes: number;
  /**
   * Shows the figures without inputs to change them.
   * @default false
   */
  readOnly?: boolean;
  invalid: (id: string) => boolean;
  onHours: (weekday: WeekdayNumber, edge: 'opens' | 'closes', text: string) => void;
  onCalls: (key: string, text: string) => void;
  onFill: (text: string) => void;
}

function HoursTable(props: CallVolumeGridProps) {
  const t = useT();
  const { municipality: m, name } = props;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('peopleForm.hoursLegend', { municipality: name })}</Fieldset.Legend>
      <Fieldset.Description>{t('peopleForm.hoursHint')}</Fieldset.Description>
      <Table data-size="sm" className="opening-hours-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('peopleForm.weekday')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('peopleForm.opens')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('peopleForm.closes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {WEEKDAYS.map((d) => (
            <Table.Row key={d}>
              <Table.HeaderCell scope="row">{t(`switchboard.weekday.${d}`)}</Table.HeaderCell>
              {(['opens', 'closes'] as const).map((edge) => {
                const id = hoursId(m.municipalityNumber, d, edge);
                return (
                  <Table.Cell key={edge}>
                    <Input
                      id={id}
                      size={5}
                      inputMode="numeric"
                      readOnly={props.readOnly ?? false}
                      aria-invalid={props.invalid(id) || undefined}
                      aria-label={t('peopleForm.hoursLabel', {
                        edge: t(`peopleForm.${edge}`),
                        weekday: t(`switchboard.weekday.${d}`),
                        municipality: name,
                      })}
                      value={m.hours[d][edge]}
                      onChange={(event) => props.onHours(d, edge, event.target.value)}
                    />
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Fieldset>
  );
}

function QuickFill({ name, onFill }: { name: string; onFill: (text: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  return (
    <div className="button-row quick-fill">
      <Textfield
        label={t('peopleForm.fillLabel', { municipality: name })}
        inputMode="decimal"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="button" variant="secondary" onClick={() => onFill(text)}>
        {t('peopleForm.fill')}
        <span className="ds-sr-only"> ({name})</span>
      </Button>
    </div>
  );
}

/** One municipality's opening hours, and its calls as a grid of weekday rows × open-interval columns. */
export function CallVolumeGrid(props: CallVolumeGridProps) {
  const t = useT();
  const { municipality: m, name, intervalMinutes } = props;
  const open = new Map(WEEKDAYS.map((d) => [d, openIntervals(m, d, intervalMinutes)]));
  const rows = WEEKDAYS.filter((d) => (open.get(d) ?? []).length > 0);
  const columns = [...new Set(rows.flatMap((d) => open.get(d) ?? []))].sort((a, b) => a - b);
  return (
    <div className="call-volume-grid">
      <HoursTable {...props} />
      {rows.length === 0 ? (
        <p>{t('peopleForm.gridEmpty', { municipality: name })}</p>
      ) : (
        <>
          {!props.readOnly && <QuickFill name={name} onFill={props.onFill} />}
          <div className="people-grid-scroll">
            <Table data-size="sm" border>
              <caption>{t('peopleForm.gridCaption', { municipality: name })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('peopleForm.weekday')}</Table.HeaderCell>
                  {columns.map((s) => (
                    <Table.HeaderCell key={s} scope="col" className="numeric">
                      {clockText(s)}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((d) => (
                  <Table.Row key={d}>
                    <Table.HeaderCell scope="row">{t(`switchboard.weekday.${d}`)}</Table.HeaderCell>
                    {columns.map((s) => {
                      const id = callsId(m.municipalityNumber, d, s);
                      const key = cellKey(d, s);
                      return (
                        <Table.Cell key={s} className="numeric">
                          {(open.get(d) ?? []).includes(s) && (
                            <Input
                              id={id}
                              size={4}
                              inputMode="decimal"
                              readOnly={props.readOnly ?? false}
                              aria-invalid={props.invalid(id) || undefined}
                              aria-label={t('peopleForm.cellLabel', {
                                weekday: t(`switchboard.weekday.${d}`),
                                time: clockText(s),
                                municipality: name,
                              })}
                              value={m.calls[key] ?? ''}
                              onChange={(event) => props.onCalls(key, event.target.value)}
                            />
                          )}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
