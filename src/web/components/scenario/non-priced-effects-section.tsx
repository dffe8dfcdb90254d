import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type {
  NonPricedCell,
  NonPricedEffectView,
  NonPricedView,
} from '../../../case/scenario/non-priced-view.ts';
import { consequenceSymbols } from '../../../engine/non-priced/plus-minus.ts';
import { formatNok } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import { catalogue, translate, type MessageKey, type MessageParams } from '../../i18n/catalogues.ts';
import { pickText } from '../../i18n/localized-text.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface NonPricedEffectsSectionProps {
  view: NonPricedView;
  language: Language;
}

type Words = (key: MessageKey, params?: MessageParams) => string;

/** −4..4 → the key suffix: m4 … m1, 0, p1 … p4. */
const step = (value: number) => (value < 0 ? `m${-value}` : value > 0 ? `p${value}` : '0');
/** An extent with its sign: `+3`, `0`, `−4` (minus sign U+2212, as Norwegian figures are written). */
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '\u2212' : ''}${Math.abs(value)}`;
const EXTENT_KEY = (value: number) => `nonPriced.extent.${step(value)}` as MessageKey;
const CONSEQUENCE_KEY = (value: number) => `nonPriced.consequence.${step(value)}` as MessageKey;
const SIGNIFICANCE_KEY = {
  small: 'nonPriced.significance.small',
  medium: 'nonPriced.significance.medium',
  large: 'nonPriced.significance.large',
} as const satisfies Record<string, MessageKey>;

/** A consequence as signs and words, so that it never rests on colour or symbols alone. */
function ConsequenceText({ value, words }: { value: number; words: Words }) {
  return (
    <>
      <span className="non-priced-symbols" style={{ whiteSpace: 'nowrap' }}>
        {consequenceSymbols(value)}
      </span>{' '}
      <span>({words(CONSEQUENCE_KEY(value))})</span>
    </>
  );
}

function Basis({ cell, words }: { cell: NonPricedCell; words: Words }) {
  if (cell.basis === 'placeholder')
    return (
      <>
        <br />
        <Tag data-color="warning" data-size="sm">
          {words('nonPriced.placeholder')}
        </Tag>
        {cell.toBeSetBy !== undefined && (
          <>
            {' '}
            <span>{words('nonPriced.toBeSetBy', { role: cell.toBeSetBy })}</span>
          </>
        )}
      </>
    );
  if (cell.basis === null) return null;
  return (
    <>
      <br />
      <span>{words(cell.basis === 'source' ? 'nonPriced.basis.source' : 'nonPriced.basis.decision')}</span>
    </>
  );
}

function EffectTable(props: {
  effect: NonPricedEffectView;
  municipalityName: (n: string) => string;
  language: Language;
  words: Words;
}) {
  const { effect, municipalityName, language, words } = props;
  const name = pickText(effect.name, language);
  const description = effect.description ? pickText(effect.description, language) : null;
  const { summary } = effect;
  const headingId = `non-priced-${effect.id}`;
  const caption = words('nonPriced.caption', { effect: name.text });
  return (
    <section aria-labelledby={headingId} className="non-priced-effect">
      <Heading
        level={3}
        data-size="sm"
        id={headingId}
        lang={name.language === language ? undefined : name.language}
      >
        {name.text}
      </Heading>
      {description && (
        <Paragraph lang={description.language === language ? undefined : description.language}>
          {description.text}
        </Paragraph>
      )}
      {effect.source && (
        <Paragraph data-size="sm">
          {effect.source.locator === undefined
            ? words('nonPriced.sourceNoLocator', { title: effect.source.title })
            : words('nonPriced.source', { title: effect.source.title, locator: effect.source.locator })}
        </Paragraph>
      )}
      <ScrollRegion label={caption}>
        <Table border data-color="neutral" data-size="sm">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{words('nonPriced.col.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{words('nonPriced.col.significance')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{words('nonPriced.col.extent')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{words('nonPriced.col.consequence')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {effect.cells.map((cell) => (
              <Table.Row key={cell.municipality}>
                <Table.HeaderCell scope="row">{municipalityName(cell.municipality)}</Table.HeaderCell>
                <Table.Cell>
                  {cell.significance === null
                    ? words('nonPriced.notAssessed')
                    : words(SIGNIFICANCE_KEY[cell.significance])}
                </Table.Cell>
                <Table.Cell>
                  {cell.extent === null
                    ? words('nonPriced.notAssessed')
                    : `${signed(cell.extent)} ${words(EXTENT_KEY(cell.extent))}`}
                </Table.Cell>
                <Table.Cell>
                  {cell.consequence === null ? (
                    <strong>{words('nonPriced.notAssessed')}</strong>
                  ) : (
                    <ConsequenceText value={cell.consequence} words={words} />
                  )}
                  <Basis cell={cell} words={words} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <Paragraph data-size="sm">
        {summary.lowest === null || summary.highest === null
          ? words('nonPriced.summaryNone')
          : words('nonPriced.summary', {
              assessed: summary.assessed,
              total: summary.assessed + summary.notAssessed,
              lowest: consequenceSymbols(summary.lowest),
              highest: consequenceSymbols(summary.highest),
            })}
      </Paragraph>
    </section>
  );
}

function VulnerabilityFigure(props: { view: NonPricedView; language: Language; words: Words }) {
  const { view, language, words } = props;
  if (view.vulnerability.length === 0) return null;
  const persons = (count: number, onePerson: boolean, fromFte: boolean) => {
    const shown = onePerson ? words('nonPriced.vulnerability.onePerson', { count }) : String(count);
    return fromFte ? words('nonPriced.vulnerability.atLeast', { count: shown }) : shown;
  };
  const caption = words('nonPriced.vulnerability.caption');
  return (
    <div className="non-priced-vulnerability">
      <Paragraph data-size="sm">{words('nonPriced.vulnerability.intro')}</Paragraph>
      <ScrollRegion label={caption}>
        <Table border data-color="neutral" data-size="sm">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{words('nonPriced.vulnerability.area')}</Table.HeaderCell>
              {view.municipalities.map((m) => (
                <Table.HeaderCell key={m.number} scope="col" className="numeric">
                  {m.name}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="numeric">
                {words('nonPriced.vulnerability.joint')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {view.vulnerability.map((area) => (
              <Table.Row key={area.areaId}>
                <Table.HeaderCell scope="row">{pickText(area.name, language).text}</Table.HeaderCell>
                {view.municipalities.map((m) => {
                  const cell = area.before.find((b) => b.municipalityNumber === m.number);
                  return (
                    <Table.Cell key={m.number} className="numeric">
                      {cell
                        ? persons(cell.qualifiedPersons, cell.onePersonFunction, area.headcountFromFte)
                        : '..'}
                    </Table.Cell>
                  );
                })}
                <Table.Cell className="numeric">
                  {persons(area.after.qualifiedPersons, area.after.onePersonFunction, area.headcountFromFte)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {view.vulnerability.some((a) => a.headcountFromFte) && (
        <Paragraph data-size="sm">{words('nonPriced.vulnerability.fromFte')}</Paragraph>
      )}
    </div>
  );
}

/**
 * The non-priced effects of a scenario: what the term means, the note that the matrix is Flokk's reading,
 * the break-even sentence, and per effect a table of municipalities with the consequence as signs and words
 * («ikke vurdert» where nobody has assessed it), placeholders tagged, and Flokk's vulnerability figure beside
 * «sårbarhet». Shown beside the priced result, never added into it.
 */
export function NonPricedEffectsSection({ view, language }: NonPricedEffectsSectionProps) {
  const words: Words = (key, params) => translate(catalogue(language), key, params);
  const municipalityName = (n: string) => view.municipalities.find((m) => m.number === n)?.name ?? n;
  const { breakEven } = view;
  const cells = view.effects.reduce((sum, e) => sum + e.cells.length, 0);
  const shownVulnerabilityInline = view.effects.some((e) => e.showsVulnerability);
  const figure = <VulnerabilityFigure view={view} language={language} words={words} />;
  return (
    <section aria-labelledby="non-priced-heading" className="non-priced-section">
      <Heading level={2} data-size="md" id="non-priced-heading">
        {words('nonPriced.heading')}
      </Heading>
      <Paragraph>{words('nonPriced.explanation')}</Paragraph>
      <Paragraph>{words('nonPriced.beside')}</Paragraph>
      <Alert data-color="info">
        <Paragraph>{words('nonPriced.unconfirmed')}</Paragraph>
      </Alert>
      <Paragraph>
        {breakEven.yearlyValue > 0
          ? words('nonPriced.breakEven.negative', {
              npv: formatNok(Math.round(breakEven.npv), language),
              value: formatNok(Math.ceil(breakEven.yearlyValue), language),
              first: breakEven.firstYear,
              last: breakEven.lastYear,
              baseYear: breakEven.baseYear,
            })
          : words('nonPriced.breakEven.positive', { npv: formatNok(Math.round(breakEven.npv), language) })}
      </Paragraph>
      {view.effects.length === 0 ? (
        <Paragraph>{words('nonPriced.noEffects')}</Paragraph>
      ) : (
        <Paragraph>
          {words('nonPriced.status', { notAssessed: view.notAssessedCount, cells })}
          {view.placeholderCount > 0 && (
            <> {words('nonPriced.placeholders', { count: view.placeholderCount })}</>
          )}
        </Paragraph>
      )}
      {view.effects.map((effect) => (
        <div key={effect.id}>
          <EffectTable
            effect={effect}
            municipalityName={municipalityName}
            language={language}
            words={words}
          />
          {effect.showsVulnerability && figure}
        </div>
      ))}
      {!shownVulnerabilityInline && figure}
    </section>
  );
}
