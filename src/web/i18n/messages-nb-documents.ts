/**
 * Bokmål messages for the documents page (Dokumenter).
 * @module
 */
export const documentsNb = {
  'nav.documents': 'Dokumenter',
  'loading.documents': 'Henter dokumentene …',

  'documents.title': 'Dokumenter',
  'documents.intro':
    'Her lager du saksframlegget og samarbeidsavtalen som DOCX (til saks- og arkivsystemet) og PDF/A (til arkivet), fra en lagret revisjon. Samme revisjon gir alltid nøyaktig samme fil – kontrollsummen (SHA-256) viser det.',
  'documents.termsHeading': 'Hva betyr DOCX, PDF/A og SHA-256?',
  'documents.term.docx':
    'DOCX er Word-formatet. Filen kan åpnes og redigeres, og saks- og arkivsystemet tar imot den.',
  'documents.term.pdf':
    'PDF/A er en PDF laget for langtidslagring: den inneholder alt den trenger for å se lik ut om mange år, og det er den arkivet tar vare på.',
  'documents.term.sha256':
    'Kontrollsummen (SHA-256) er et fingeravtrykk av filen, regnet ut fra hver byte i den. Endres ett tegn, blir kontrollsummen en helt annen. To filer med samme kontrollsum er like.',
  'documents.readerOnly':
    'Du kan laste ned dokumentene som er laget. Bare redaktører og eiere kan lage nye dokumenter.',

  'documents.form.heading': 'Lag et dokument',
  'documents.field.kind': 'Hva vil du lage?',
  'documents.kind.saksframlegg': 'Saksframlegg for én kommune',
  'documents.kind.summary': 'Sammendrag for én kommune',
  'documents.kind.agreement': 'Samarbeidsavtale',
  'documents.kind.settlement-statement': 'Årsoppgjør for én kommune i en felles enhet',
  'documents.kind.benefit-report': 'Gevinstrapport for en felles enhet',
  'documents.field.municipality': 'Kommune',
  'documents.field.municipalityHint': 'Saksframlegget og sammendraget lages for én kommune om gangen.',
  'documents.field.chooseMunicipality': 'Velg kommune',
  'documents.field.model': 'Samarbeidsmodell',
  'documents.field.modelHint':
    'Avtalen lages for én samarbeidsmodell. Bare modellene der loven sier hva avtalen skal inneholde, kan velges.',
  'documents.field.chooseModel': 'Velg modell',
  'documents.field.unitYear': 'Felles enhet og år',
  'documents.field.unitYearHint':
    'Årsoppgjøret viser hva kommunen skal betale eller få tilbake etter året: dens andel av de faktiske kostnadene minus det den har betalt a-konto (forskudd). Det kan lages når regnskapet for året er lest inn og det er bestemt hva som skjer med et overskudd. Gevinstrapporten viser hvordan gevinstene i enheten står ved utgangen av året.',
  'documents.field.chooseUnitYear': 'Velg enhet og år',
  'documents.error.unitYear': 'Velg den felles enheten og året årsoppgjøret skal lages for.',
  'documents.field.format': 'Format',
  'documents.format.docx': 'DOCX (til saks- og arkivsystemet)',
  'documents.format.pdf': 'PDF/A (til arkivet)',
  'documents.field.language': 'Målform',
  'documents.language.nb': 'Bokmål',
  'documents.language.nn': 'Nynorsk',
  'documents.field.revision': 'Fra revisjon',
  'documents.field.revisionHint':
    'Den nyeste er revisjon {latest}. Et dokument fra en eldre revisjon viser saken slik den var da.',
  'documents.submit': 'Lag dokumentet',
  'documents.making': 'Lager dokumentet …',
  'documents.makingHint': 'Lager dokumentet. Det kan ta noen sekunder.',
  'documents.errorSummary': 'Rett dette før du lager dokumentet:',
  'documents.error.municipality': 'Velg kommunen dokumentet skal lages for.',
  'documents.error.model': 'Velg samarbeidsmodellen avtalen skal lages for.',
  'documents.error.noModels': 'Saken har ingen samarbeidsmodeller ennå, så avtalen kan ikke lages.',
  'documents.error.revision': 'Skriv et revisjonsnummer fra 1 til {latest}.',
  'documents.failed': 'Dokumentet ble ikke laget',
  'documents.made': 'Dokumentet er laget fra revisjon {revision}.',
  'documents.downloadFile': 'Last ned {fileName}',

  'documents.list.heading': 'Dokumenter som er laget',
  'documents.caption': 'Dokumenter laget fra saken, nyeste først',
  'documents.region': 'Dokumenter som er laget (tabellen kan rulles sideveis)',
  'documents.empty': 'Ingen dokumenter er laget ennå.',
  'documents.col.kind': 'Dokument',
  'documents.col.subject': 'Kommune eller modell',
  'documents.col.format': 'Format',
  'documents.col.language': 'Målform',
  'documents.col.revision': 'Revisjon',
  'documents.col.createdBy': 'Laget av',
  'documents.col.createdAt': 'Tidspunkt',
  'documents.col.sha256': 'Kontrollsum (SHA-256)',
  'documents.col.size': 'Størrelse',
  'documents.col.file': 'Fil',
  'documents.kindName.saksframlegg': 'Saksframlegg',
  'documents.kindName.summary': 'Sammendrag',
  'documents.kindName.agreement': 'Samarbeidsavtale',
  'documents.kindName.settlement-statement': 'Årsoppgjør',
  'documents.kindName.benefit-report': 'Gevinstrapport',
  'documents.formatName.docx': 'DOCX',
  'documents.formatName.pdf': 'PDF/A',
  'documents.revisionLink': 'revisjon {revision}',
  'documents.showFullHash': 'Vis hele kontrollsummen',
  'documents.download': 'Last ned',
  'documents.downloadWhich': '{fileName}',

  'documents.check.heading': 'Minsteinnholdet i avtalen (revisjon {revision})',
  'documents.check.complete': 'Alle punktene loven krever, er med. Avtalen kan merkes som endelig.',
  'documents.check.missingCount':
    '{count} av punktene loven krever, mangler. De må fastsettes i saken før avtalen kan merkes som endelig.',
  'documents.check.present': 'står i «{section}».',
  'documents.check.missing': 'mangler ({paragraph}).',
  'documents.check.loading': 'Sjekker minsteinnholdet i avtalen …',
  'documents.check.failed': 'Kunne ikke sjekke minsteinnholdet i avtalen.',
  'documents.final.label': 'Merk som endelig',
  'documents.final.hint':
    'Avtalen får «Endelig utkast» øverst. Uten merket står det «Utkast – ikke endelig».',
  'documents.final.blocked': 'Kan ikke merkes som endelig før alle punktene i minsteinnholdet er på plass.',
  'documents.final.checking': 'Kan merkes som endelig når minsteinnholdet er sjekket.',
  'documents.finalMark': 'Endelig',
};
