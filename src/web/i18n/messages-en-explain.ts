/**
 * English messages for the explanation of a figure (issue 15). Spread into `messages-en.ts`.
 * @module
 */
import type { nbExplain } from './messages-nb-explain.ts';

export const enExplain: Record<keyof typeof nbExplain, string> = {
  'explain.open': 'Explain: {label}, {value}',
  'explain.loading': 'Fetching the explanation …',
  'explain.loadingInput': 'Fetching {label} …',
  'explain.notFound': 'This figure has no explanation in the saved revision.',
  'explain.revision': 'Revision {revision}, saved {date} at {hour}:{minute}',
  'explain.unsaved':
    'The explanation is of the saved revision. Changes you have not saved yet are not included, so the figure on the page may differ.',
  'explain.formulaHeading': 'How the figure is computed',
  'explain.symbols': 'Formula',
  'explain.inputsHeading': 'The figures it rests on',
  'explain.inputsHint': 'Open a figure to see what it rests on, and the source of each figure in the case.',
  'explain.noInputs': 'No other figures go into it.',
  'explain.fieldHeading': 'Value in the case',
  'explain.field': 'Field: {label}',
  'explain.source': 'Source: {source}',
  'explain.sourceDate': 'as of {date}',
  'explain.statedValue': 'The source states {value}.',
  'explain.differsFromSource': 'Differs from the source, which states {value}.',
  'explain.placeholder': 'Placeholder – not settled',
  'explain.placeholderBy': 'to be set by {who}',
  'explain.decision': 'Decision: {title}, item {point}',
  'explain.decisionUntitled': 'Decision, item {point}',
  'explain.entered': 'Own value – entered by {name} {date}',
  'explain.none': 'No source is given.',
  'explain.edit': 'Edit',
  'explain.editLabel': 'Edit {field}',
  'explain.label.npv': 'Net present value for {name}',
  'explain.label.npvTotal': 'Net present value in total',
  'explain.label.net': 'Net effect for {name} in {year}',
  'explain.label.netTotal': 'Net effect in total in {year}',
  'explain.label.allocation': '{method}: what {name} pays per year',
};
