/**
 * English messages for where baseline figures come from.
 * @module
 */
import type { SourcesMessages } from './messages-nb-sources.ts';

export const sourcesEn: SourcesMessages = {
  'field.fteSource': 'Source of FTEs',
  'field.headcountSource': 'Source of headcount',
  'field.labourCostSource': 'Source of labour cost',
  'field.agesSource': 'Source of ages',
  'field.fteSourceText': 'Place in the source of FTEs',
  'field.headcountSourceText': 'Place in the source of headcount',
  'field.labourCostSourceText': 'Place in the source of labour cost',
  'field.agesSourceText': 'Place in the source of ages',
  'edit.sourceLegend.fte': 'New source for FTEs',
  'edit.sourceLegend.headcount': 'New source for headcount',
  'edit.sourceLegend.labourCost': 'New source for labour cost',
  'edit.sourceLegend.ages': 'New source for ages',
  'edit.sourceHint':
    'The figure has changed, so its old source no longer holds. Choose the document the new figure is in, or “Own value”.',
  'edit.sourceWas': 'The source was: {source}',
  'edit.sourceChoose': 'Choose a source',
  'edit.sourceOwn': 'Own value',
  'edit.sourceLocatorHint': 'Page, table or section',
  'edit.sourceNote': 'Note on the own value (optional)',
  'edit.sourceNoteHint': 'Your name and the date are saved with the value.',
  'edit.sourceRequired': 'Give a new source for the figure or mark it as your own value',
  'edit.locatorRequired': 'Write where in the source the figure is, for example a page or table.',
  'source.ownValue': 'Own value – entered by {name} {date}',
  'baseline.deviates': '{municipality}, {field}: Differs from the source: the source states {stated}',
  'baseline.deviatesMark': 'differs',
};
