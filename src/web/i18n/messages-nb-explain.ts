/**
 * Bokmål messages for the explanation of a figure (issue 15): the control on each figure and the panel with
 * the formula, the inputs and their sources. The figure's own words come from the API. Spread into
 * `messages-nb.ts`.
 * @module
 */
export const nbExplain = {
  'explain.open': 'Forklar: {label}, {value}',
  'explain.loading': 'Henter forklaringen …',
  'explain.loadingInput': 'Henter {label} …',
  'explain.notFound': 'Dette tallet har ingen forklaring i den lagrede revisjonen.',
  'explain.revision': 'Revisjon {revision}, lagret {date} kl. {hour}.{minute}',
  'explain.unsaved':
    'Forklaringen gjelder den lagrede revisjonen. Endringer du ikke har lagret ennå, er ikke med, så tallet på siden kan avvike.',
  'explain.formulaHeading': 'Slik er tallet regnet ut',
  'explain.symbols': 'Formel',
  'explain.inputsHeading': 'Tallene det bygger på',
  'explain.inputsHint': 'Åpne et tall for å se hva det bygger på, og kilden til hvert tall i saken.',
  'explain.noInputs': 'Ingen andre tall inngår.',
  'explain.fieldHeading': 'Verdi i saken',
  'explain.field': 'Felt: {label}',
  'explain.source': 'Kilde: {source}',
  'explain.sourceDate': 'per {date}',
  'explain.statedValue': 'Kilden oppgir {value}.',
  'explain.differsFromSource': 'Avviker fra kilden, som oppgir {value}.',
  'explain.placeholder': 'Plassholder – ikke fastsatt',
  'explain.placeholderBy': 'bør fastsettes av {who}',
  'explain.decision': 'Vedtak: {title}, punkt {point}',
  'explain.decisionUntitled': 'Vedtak, punkt {point}',
  'explain.entered': 'Egen verdi – lagt inn av {name} {date}',
  'explain.none': 'Kilden er ikke oppgitt.',
  'explain.edit': 'Endre',
  'explain.editLabel': 'Endre {field}',
  'explain.label.npv': 'Netto nåverdi for {name}',
  'explain.label.npvTotal': 'Netto nåverdi i alt',
  'explain.label.net': 'Netto virkning for {name} i {year}',
  'explain.label.netTotal': 'Netto virkning i alt i {year}',
  'explain.label.allocation': '{method}: hva {name} betaler per år',
} as const satisfies Record<string, string>;
