/**
 * English messages for the documents page (Documents).
 * @module
 */
import type { documentsNb } from './messages-nb-documents.ts';

export const documentsEn: Record<keyof typeof documentsNb, string> = {
  'nav.documents': 'Documents',
  'loading.documents': 'Fetching the documents …',

  'documents.title': 'Documents',
  'documents.intro':
    'Here you make the council report (saksframlegg) and the cooperation agreement as DOCX (for the case and records system) and PDF/A (for the archive), from a saved revision. The same revision always gives exactly the same file – the checksum (SHA-256) shows it.',
  'documents.termsHeading': 'What do DOCX, PDF/A and SHA-256 mean?',
  'documents.term.docx':
    'DOCX is the Word format. The file can be opened and edited, and the case and records system accepts it.',
  'documents.term.pdf':
    'PDF/A is a PDF made for long-term keeping: it holds everything it needs to look the same in many years, and it is what the archive keeps.',
  'documents.term.sha256':
    'The checksum (SHA-256) is a fingerprint of the file, computed from every byte in it. Change one character and the checksum is entirely different. Two files with the same checksum are identical.',
  'documents.readerOnly':
    'You can download the documents that have been made. Only editors and owners can make new documents.',

  'documents.form.heading': 'Make a document',
  'documents.field.kind': 'What do you want to make?',
  'documents.kind.saksframlegg': 'Council report (saksframlegg) for one municipality',
  'documents.kind.summary': 'Summary for one municipality',
  'documents.kind.agreement': 'Cooperation agreement',
  'documents.kind.settlement-statement': 'Settlement statement for one municipality in a joint unit',
  'documents.kind.benefit-report': 'Benefit report for a joint unit',
  'documents.field.municipality': 'Municipality',
  'documents.field.municipalityHint':
    'The council report and the summary are made for one municipality at a time.',
  'documents.field.chooseMunicipality': 'Choose a municipality',
  'documents.field.model': 'Cooperation model',
  'documents.field.modelHint':
    'The agreement is made for one cooperation model. Only the models for which the law says what the agreement must contain can be chosen.',
  'documents.field.chooseModel': 'Choose a model',
  'documents.field.unitYear': 'Joint unit and year',
  'documents.field.unitYearHint':
    'The settlement statement shows what the municipality pays or gets back after the year: its share of the actual costs minus what it paid on account (a-konto, in advance). It can be made once the year’s ledger is imported and it is decided what happens to a surplus. The benefit report shows where the unit’s benefits stand at the end of the year.',
  'documents.field.chooseUnitYear': 'Choose unit and year',
  'documents.error.unitYear': 'Choose the joint unit and the year to make the settlement statement for.',
  'documents.field.format': 'Format',
  'documents.format.docx': 'DOCX (for the case and records system)',
  'documents.format.pdf': 'PDF/A (for the archive)',
  'documents.field.language': 'Written standard',
  'documents.language.nb': 'Bokmål',
  'documents.language.nn': 'Nynorsk',
  'documents.field.revision': 'From revision',
  'documents.field.revisionHint':
    'The newest is revision {latest}. A document from an older revision shows the case as it was then.',
  'documents.submit': 'Make the document',
  'documents.making': 'Making the document …',
  'documents.makingHint': 'Making the document. This can take a few seconds.',
  'documents.errorSummary': 'Correct this before you make the document:',
  'documents.error.municipality': 'Choose the municipality the document is for.',
  'documents.error.model': 'Choose the cooperation model the agreement is for.',
  'documents.error.noModels': 'The case has no cooperation models yet, so the agreement cannot be made.',
  'documents.error.revision': 'Enter a revision number from 1 to {latest}.',
  'documents.failed': 'The document was not made',
  'documents.made': 'The document has been made from revision {revision}.',
  'documents.downloadFile': 'Download {fileName}',

  'documents.list.heading': 'Documents made',
  'documents.caption': 'Documents made from the case, newest first',
  'documents.region': 'Documents made (the table scrolls sideways)',
  'documents.empty': 'No documents have been made yet.',
  'documents.col.kind': 'Document',
  'documents.col.subject': 'Municipality or model',
  'documents.col.format': 'Format',
  'documents.col.language': 'Written standard',
  'documents.col.revision': 'Revision',
  'documents.col.createdBy': 'Made by',
  'documents.col.createdAt': 'Time',
  'documents.col.sha256': 'Checksum (SHA-256)',
  'documents.col.size': 'Size',
  'documents.col.file': 'File',
  'documents.kindName.saksframlegg': 'Council report',
  'documents.kindName.summary': 'Summary',
  'documents.kindName.agreement': 'Cooperation agreement',
  'documents.kindName.settlement-statement': 'Settlement statement',
  'documents.kindName.benefit-report': 'Benefit report',
  'documents.formatName.docx': 'DOCX',
  'documents.formatName.pdf': 'PDF/A',
  'documents.revisionLink': 'revision {revision}',
  'documents.showFullHash': 'Show the full checksum',
  'documents.download': 'Download',
  'documents.downloadWhich': '{fileName}',

  'documents.check.heading': 'The minimum content of the agreement (revision {revision})',
  'documents.check.complete': 'Every point the statute requires is there. The agreement may be marked final.',
  'documents.check.missingCount':
    '{count} of the points the statute requires are missing. The case must settle them before the agreement can be marked final.',
  'documents.check.present': 'is in «{section}».',
  'documents.check.missing': 'is missing ({paragraph}).',
  'documents.check.loading': 'Checking the minimum content of the agreement …',
  'documents.check.failed': 'Could not check the minimum content of the agreement.',
  'documents.final.label': 'Mark as final',
  'documents.final.hint':
    'The agreement then says «Endelig utkast» at the top. Without the mark it says «Utkast – ikke endelig».',
  'documents.final.blocked': 'Cannot be marked final until every point of the minimum content is in place.',
  'documents.final.checking': 'Can be marked final once the minimum content is checked.',
  'documents.finalMark': 'Final',
};
