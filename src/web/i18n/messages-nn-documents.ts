/**
 * Nynorsk messages for the documents page (Dokument).
 * @module
 */
import type { documentsNb } from './messages-nb-documents.ts';

export const documentsNn: Record<keyof typeof documentsNb, string> = {
  'nav.documents': 'Dokument',
  'loading.documents': 'Hentar dokumenta …',

  'documents.title': 'Dokument',
  'documents.intro':
    'Her lagar du saksframlegget og samarbeidsavtalen som DOCX (til saks- og arkivsystemet) og PDF/A (til arkivet), frå ein lagra revisjon. Same revisjon gir alltid nøyaktig same fil – kontrollsummen (SHA-256) viser det.',
  'documents.termsHeading': 'Kva tyder DOCX, PDF/A og SHA-256?',
  'documents.term.docx':
    'DOCX er Word-formatet. Fila kan opnast og redigerast, og saks- og arkivsystemet tek imot henne.',
  'documents.term.pdf':
    'PDF/A er ein PDF laga for langtidslagring: han inneheld alt han treng for å sjå lik ut om mange år, og det er han arkivet tek vare på.',
  'documents.term.sha256':
    'Kontrollsummen (SHA-256) er eit fingeravtrykk av fila, rekna ut frå kvar byte i henne. Blir eitt teikn endra, blir kontrollsummen ein heilt annan. To filer med same kontrollsum er like.',
  'documents.readerOnly':
    'Du kan laste ned dokumenta som er laga. Berre redaktørar og eigarar kan lage nye dokument.',

  'documents.form.heading': 'Lag eit dokument',
  'documents.field.kind': 'Kva vil du lage?',
  'documents.kind.saksframlegg': 'Saksframlegg for éin kommune',
  'documents.kind.summary': 'Samandrag for éin kommune',
  'documents.kind.agreement': 'Samarbeidsavtale',
  'documents.kind.settlement-statement': 'Årsoppgjer for éin kommune i ei felles eining',
  'documents.kind.benefit-report': 'Gevinstrapport for ei felles eining',
  'documents.field.municipality': 'Kommune',
  'documents.field.municipalityHint': 'Saksframlegget og samandraget blir laga for éin kommune om gongen.',
  'documents.field.chooseMunicipality': 'Vel kommune',
  'documents.field.model': 'Samarbeidsmodell',
  'documents.field.modelHint':
    'Avtalen blir laga for éin samarbeidsmodell. Berre modellane der lova seier kva avtalen skal innehalde, kan veljast.',
  'documents.field.chooseModel': 'Vel modell',
  'documents.field.unitYear': 'Felles eining og år',
  'documents.field.unitYearHint':
    'Årsoppgjeret viser kva kommunen skal betale eller få tilbake etter året: delen hennar av dei faktiske kostnadene minus det ho har betalt a-konto (forskot). Det kan lagast når rekneskapen for året er lesen inn og det er bestemt kva som skjer med eit overskot. Gevinstrapporten viser korleis gevinstane i eininga står ved utgangen av året.',
  'documents.field.chooseUnitYear': 'Vel eining og år',
  'documents.error.unitYear': 'Vel den felles eininga og året årsoppgjeret skal lagast for.',
  'documents.field.format': 'Format',
  'documents.format.docx': 'DOCX (til saks- og arkivsystemet)',
  'documents.format.pdf': 'PDF/A (til arkivet)',
  'documents.field.language': 'Målform',
  'documents.language.nb': 'Bokmål',
  'documents.language.nn': 'Nynorsk',
  'documents.field.revision': 'Frå revisjon',
  'documents.field.revisionHint':
    'Den nyaste er revisjon {latest}. Eit dokument frå ein eldre revisjon viser saka slik ho var då.',
  'documents.submit': 'Lag dokumentet',
  'documents.making': 'Lagar dokumentet …',
  'documents.makingHint': 'Lagar dokumentet. Det kan ta nokre sekund.',
  'documents.errorSummary': 'Rett dette før du lagar dokumentet:',
  'documents.error.municipality': 'Vel kommunen dokumentet skal lagast for.',
  'documents.error.model': 'Vel samarbeidsmodellen avtalen skal lagast for.',
  'documents.error.noModels': 'Saka har ingen samarbeidsmodellar enno, så avtalen kan ikkje lagast.',
  'documents.error.revision': 'Skriv eit revisjonsnummer frå 1 til {latest}.',
  'documents.failed': 'Dokumentet vart ikkje laga',
  'documents.made': 'Dokumentet er laga frå revisjon {revision}.',
  'documents.downloadFile': 'Last ned {fileName}',

  'documents.list.heading': 'Dokument som er laga',
  'documents.caption': 'Dokument laga frå saka, nyaste først',
  'documents.region': 'Dokument som er laga (tabellen kan rullast sidelengs)',
  'documents.empty': 'Ingen dokument er laga enno.',
  'documents.col.kind': 'Dokument',
  'documents.col.subject': 'Kommune eller modell',
  'documents.col.format': 'Format',
  'documents.col.language': 'Målform',
  'documents.col.revision': 'Revisjon',
  'documents.col.createdBy': 'Laga av',
  'documents.col.createdAt': 'Tidspunkt',
  'documents.col.sha256': 'Kontrollsum (SHA-256)',
  'documents.col.size': 'Storleik',
  'documents.col.file': 'Fil',
  'documents.kindName.saksframlegg': 'Saksframlegg',
  'documents.kindName.summary': 'Samandrag',
  'documents.kindName.agreement': 'Samarbeidsavtale',
  'documents.kindName.settlement-statement': 'Årsoppgjer',
  'documents.kindName.benefit-report': 'Gevinstrapport',
  'documents.formatName.docx': 'DOCX',
  'documents.formatName.pdf': 'PDF/A',
  'documents.revisionLink': 'revisjon {revision}',
  'documents.showFullHash': 'Vis heile kontrollsummen',
  'documents.download': 'Last ned',
  'documents.downloadWhich': '{fileName}',

  'documents.check.heading': 'Minsteinnhaldet i avtalen (revisjon {revision})',
  'documents.check.complete': 'Alle punkta lova krev, er med. Avtalen kan merkast som endeleg.',
  'documents.check.missingCount':
    '{count} av punkta lova krev, manglar. Dei må fastsetjast i saka før avtalen kan merkast som endeleg.',
  'documents.check.present': 'står i «{section}».',
  'documents.check.missing': 'manglar ({paragraph}).',
  'documents.check.loading': 'Sjekkar minsteinnhaldet i avtalen …',
  'documents.check.failed': 'Kunne ikkje sjekke minsteinnhaldet i avtalen.',
  'documents.final.label': 'Merk som endeleg',
  'documents.final.hint': 'Avtalen får «Endeleg utkast» øvst. Utan merket står det «Utkast – ikkje endeleg».',
  'documents.final.blocked': 'Kan ikkje merkast som endeleg før alle punkta i minsteinnhaldet er på plass.',
  'documents.final.checking': 'Kan merkast som endeleg når minsteinnhaldet er sjekka.',
  'documents.finalMark': 'Endeleg',
};
