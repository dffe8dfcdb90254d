/** The words of `flokk document`, per language. @module */
import type { Language } from '../../i18n/language.ts';

export interface DocumentText {
  missingKind: string;
  missingFile: string;
  missingOutput: string;
  missingFormat: string;
  noRevision: string;
  documentLanguage: string;
  badYear: string;
  cannotWrite: (path: string) => string;
  wrote: (path: string, size: number, sha256: string) => string;
}

export const DOCUMENT_TEXT: Record<Language, DocumentText> = {
  nb: {
    missingKind:
      'Oppgi dokumentet: saksframlegg, summary, agreement, settlement-statement eller benefit-report',
    missingFile: 'Oppgi saksfilen, eller --default for den innebygde saken',
    missingOutput: 'Oppgi filen det skal skrives til med -o FIL',
    missingFormat: 'Oppgi --format docx eller --format pdf',
    noRevision: '--revision: en saksfil har ingen revisjoner; dokumentet lages av filen slik den er',
    documentLanguage: '--lang: dokumenter skrives på nb eller nn',
    badYear: '--year: oppgi året med fire sifre, for eksempel --year 2027',
    cannotWrite: (path) => `Kunne ikke skrive ${path}`,
    wrote: (path, size, sha256) => `Skrev ${path} (${size} byte)\nSHA-256: ${sha256}\n`,
  },
  nn: {
    missingKind:
      'Oppgi dokumentet: saksframlegg, summary, agreement, settlement-statement eller benefit-report',
    missingFile: 'Oppgi saksfila, eller --default for den innebygde saka',
    missingOutput: 'Oppgi fila det skal skrivast til med -o FIL',
    missingFormat: 'Oppgi --format docx eller --format pdf',
    noRevision: '--revision: ei saksfil har ingen revisjonar; dokumentet blir laga av fila slik ho er',
    documentLanguage: '--lang: dokument blir skrivne på nb eller nn',
    badYear: '--year: oppgi året med fire siffer, til dømes --year 2027',
    cannotWrite: (path) => `Kunne ikkje skrive ${path}`,
    wrote: (path, size, sha256) => `Skreiv ${path} (${size} byte)\nSHA-256: ${sha256}\n`,
  },
  en: {
    missingKind:
      'Give the document: saksframlegg, summary, agreement, settlement-statement or benefit-report',
    missingFile: 'Give the case file, or --default for the embedded case',
    missingOutput: 'Give the file to write with -o FILE',
    missingFormat: 'Give --format docx or --format pdf',
    noRevision: '--revision: a case file has no revisions; the document is made from the file as it is',
    documentLanguage: '--lang: documents are written in nb or nn',
    badYear: '--year: give the year in four digits, such as --year 2027',
    cannotWrite: (path) => `Could not write ${path}`,
    wrote: (path, size, sha256) => `Wrote ${path} (${size} bytes)\nSHA-256: ${sha256}\n`,
  },
};

const OPTIONS_HELP = {
  nb: `Valg:\n  --municipality N  kommunenummeret versjonen er for (saksframlegg, summary, settlement-statement)\n  --model ID        avtalemodellen (agreement): vertskommune-administrativ, vertskommune-nemnd,\n                    kommunalt-oppgavefellesskap, interkommunalt-politisk-rad, interkommunalt-selskap\n  --scenario ID     scenarioet (standard: det første med kommunen; for avtalen scenarioet i avtalevilkårene)\n  --unit ID         den felles enheten (settlement-statement, benefit-report)\n  --year ÅR         året (settlement-statement, benefit-report)\n  --final           merk avtalen «Endelig utkast»; nektes (exit 1) mens et punkt i minsteinnholdet mangler\n  --format docx|pdf filformatet\n  --lang nb|nn      dokumentets målform (standard nb)\n  -o FIL            filen det skrives til`,
  nn: `Val:\n  --municipality N  kommunenummeret versjonen er for (saksframlegg, summary, settlement-statement)\n  --model ID        avtalemodellen (agreement): vertskommune-administrativ, vertskommune-nemnd,\n                    kommunalt-oppgavefellesskap, interkommunalt-politisk-rad, interkommunalt-selskap\n  --scenario ID     scenarioet (standard: det første med kommunen; for avtalen scenarioet i avtalevilkåra)\n  --unit ID         den felles eininga (settlement-statement, benefit-report)\n  --year ÅR         året (settlement-statement, benefit-report)\n  --final           merk avtalen «Endeleg utkast»; blir nekta (exit 1) medan eit punkt i minsteinnhaldet manglar\n  --format docx|pdf filformatet\n  --lang nb|nn      målforma til dokumentet (standard nb)\n  -o FIL            fila det blir skrive til`,
  en: `Options:\n  --municipality N  the municipality number of the version (saksframlegg, summary, settlement-statement)\n  --model ID        the agreement model (agreement): vertskommune-administrativ, vertskommune-nemnd,\n                    kommunalt-oppgavefellesskap, interkommunalt-politisk-rad, interkommunalt-selskap\n  --scenario ID     the scenario (default: the first with the municipality; for the agreement, that of its terms)\n  --unit ID         the joint unit (settlement-statement, benefit-report)\n  --year YEAR       the year (settlement-statement, benefit-report)\n  --final           mark the agreement «Endelig utkast»; refused (exit 1) while a point of the minimum content is missing\n  --format docx|pdf the file format\n  --lang nb|nn      the document's written standard (default nb)\n  -o FILE           the file to write`,
};

export const DOCUMENT_HELP: Record<Language, string> = {
  nb: `Lager et dokument kommunestyrene behandler, fra saken: saksframlegget eller ettsidesammendraget for én kommune,\nutkastet til samarbeidsavtale for en modell, årsoppgjøret for én kommune i en felles enhet og et år, eller gevinstrapporten for en felles enhet og et år, som DOCX eller PDF, og skriver filens SHA-256 og størrelse.\nEn saksfil har ingen revisjoner: dokumentet dateres 2000-01-01T00:00:00Z, så samme fil gir samme bytes. Dokumenter\nfra en lagret revisjon (med revisjonens dato) lages i API-et: POST /api/cases/:caseId/documents.\n\n${OPTIONS_HELP.nb}`,
  nn: `Lagar eit dokument kommunestyra behandlar, frå saka: saksframlegget eller eittsidesamandraget for éin kommune,\nutkastet til samarbeidsavtale for ein modell, årsoppgjeret for éin kommune i ei felles eining og eit år, eller gevinstrapporten for ei felles eining og eit år, som DOCX eller PDF, og skriv SHA-256 og storleiken til fila.\nEi saksfil har ingen revisjonar: dokumentet blir datert 2000-01-01T00:00:00Z, så same fil gir same bytes. Dokument\nfrå ein lagra revisjon (med datoen til revisjonen) blir laga i API-et: POST /api/cases/:caseId/documents.\n\n${OPTIONS_HELP.nn}`,
  en: `Makes a document the councils vote on from the case: one municipality's saksframlegg or one-page summary, the draft\ncooperation agreement for a model, one municipality's settlement statement of a joint unit's year, or a joint unit's benefit report for a year, as DOCX or PDF, and prints the file's SHA-256 and size.\nA case file has no revisions: the document is dated 2000-01-01T00:00:00Z, so the same file gives the same bytes.\nDocuments of a saved revision (dated by the revision) are made through the API: POST /api/cases/:caseId/documents.\n\n${OPTIONS_HELP.en}`,
};
