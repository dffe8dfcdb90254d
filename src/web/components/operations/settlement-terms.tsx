import { Heading } from '@digdir/designsystemet-react';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { useT } from '../../i18n/use-t.ts';

/** The words of the settlement page, each with a short explanation. */
const TERMS: readonly { term: MessageKey; text: MessageKey }[] = [
  { term: 'settlement.term.settlement', text: 'settlement.term.settlementText' },
  { term: 'settlement.term.aKonto', text: 'settlement.term.aKontoText' },
  { term: 'settlement.term.fund', text: 'settlement.term.fundText' },
  { term: 'settlement.term.key', text: 'settlement.term.keyText' },
  { term: 'settlement.term.ledger', text: 'settlement.term.ledgerText' },
  { term: 'settlement.term.dimensions', text: 'settlement.term.dimensionsText' },
];

/**
 * «Ord på denne siden»: a-konto, årsoppgjør, fond, fordelingsnøkkel, hovedbok and ansvar/funksjon/art
 * explained where the page uses them, in plain words.
 */
export function SettlementTerms() {
  const t = useT();
  return (
    <section aria-labelledby="settlement-terms-heading" className="overview-section">
      <Heading level={2} data-size="sm" id="settlement-terms-heading">
        {t('settlement.term.heading')}
      </Heading>
      <dl className="settlement-terms">
        {TERMS.map(({ term, text }) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>{t(text)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
