/**
 * English messages for importing the baseline from a spreadsheet (Baseline → Import).
 * @module
 */
import type { importNb } from './messages-nb-import.ts';

export const importEn: Record<keyof typeof importNb, string> = {
  'import.title': 'Import the baseline from a spreadsheet',
  'import.link': 'Import from a spreadsheet (Excel)',
  'import.intro':
    'Download the template, fill in the figures in Excel and upload it again. You see what changes before anything is saved, and the import is saved as a new revision – earlier revisions never change.',
  'import.download': 'Download the template (Excel)',
  'import.downloadHint':
    'The template holds the figures of the newest revision and a sheet explaining how to fill it in. The columns marked “(key)” say which row it is.',
  'import.chooseFile': 'Choose the filled-in workbook (.xlsx)',
  'import.reading': 'Reading the workbook …',
  'import.errorsHeading':
    'The workbook has errors, and nothing was saved. Correct these cells and upload again:',
  'import.noChanges': 'The workbook changes nothing compared with revision {revision}.',
  'import.previewHeading': 'What changes compared with revision {revision}',
  'import.ownValueNote':
    'A figure you changed without changing its source is saved as your own value (“Own value – imported by …”), since the source says something else.',
  'import.group.added': 'New rows ({count})',
  'import.group.changed': 'Changes ({count})',
  'import.group.removed': 'Rows removed ({count})',
  'import.region': 'Changes, scrolls sideways',
  'import.col.row': 'Row',
  'import.col.field': 'Field',
  'import.col.before': 'Before',
  'import.col.after': 'After',
  'import.col.source': 'Source of the new figure',
  'import.save': 'Save as a new revision',
  'import.saving': 'Saving …',
  'import.cancel': 'Cancel',
  'import.saved': 'The import is saved as revision {revision}.',
  'import.toHistory': 'See the history',
  'import.readerNotice': 'Only editors and owners can import. You can download the template.',
  'import.conflict':
    'Someone saved a new revision since you uploaded. Upload the file again to see the changes against the newest.',
  'import.failed': 'The import was not saved: {message}',
  'import.toBaseline': 'Back to the baseline',
};
