/**
 * Nynorsk messages for the explanation of a figure (issue 15). Spread into `messages-nn.ts`.
 * @module
 */
import type { nbExplain } from './messages-nb-explain.ts';

export const nnExplain: Record<keyof typeof nbExplain, string> = {
  'explain.open': 'Forklar: {label}, {value}',
  'explain.loading': 'Hentar forklaringa …',
  'explain.loadingInput': 'Hentar {label} …',
  'explain.notFound': 'Dette talet har inga forklaring i den lagra revisjonen.',
  'explain.revision': 'Revisjon {revision}, lagra {date} kl. {hour}.{minute}',
  'explain.unsaved':
    'Forklaringa gjeld den lagra revisjonen. Endringar du ikkje har lagra enno, er ikkje med, så talet på sida kan avvike.',
  'explain.formulaHeading': 'Slik er talet rekna ut',
  'explain.symbols': 'Formel',
  'explain.inputsHeading': 'Tala det byggjer på',
  'explain.inputsHint': 'Opna eit tal for å sjå kva det byggjer på, og kjelda til kvart tal i saka.',
  'explain.noInputs': 'Ingen andre tal inngår.',
  'explain.fieldHeading': 'Verdi i saka',
  'explain.field': 'Felt: {label}',
  'explain.source': 'Kjelde: {source}',
  'explain.sourceDate': 'per {date}',
  'explain.statedValue': 'Kjelda oppgir {value}.',
  'explain.differsFromSource': 'Avvik frå kjelda, som oppgir {value}.',
  'explain.placeholder': 'Plasshaldar – ikkje fastsett',
  'explain.placeholderBy': 'bør fastsetjast av {who}',
  'explain.decision': 'Vedtak: {title}, punkt {point}',
  'explain.decisionUntitled': 'Vedtak, punkt {point}',
  'explain.entered': 'Eigen verdi – lagd inn av {name} {date}',
  'explain.none': 'Kjelda er ikkje oppgitt.',
  'explain.edit': 'Endre',
  'explain.editLabel': 'Endre {field}',
  'explain.label.npv': 'Netto noverdi for {name}',
  'explain.label.npvTotal': 'Netto noverdi i alt',
  'explain.label.net': 'Netto verknad for {name} i {year}',
  'explain.label.netTotal': 'Netto verknad i alt i {year}',
  'explain.label.allocation': '{method}: kva {name} betaler per år',
};
