/**
 * Bokmål messages for importing the baseline from a spreadsheet (Grunnlag → Importer).
 * @module
 */
export const importNb = {
  'import.title': 'Importer grunnlaget fra regneark',
  'import.link': 'Importer fra regneark (Excel)',
  'import.intro':
    'Last ned malen, fyll inn tallene i Excel og last den opp igjen. Du ser hva som endres før noe lagres, og importen lagres som en ny revisjon – tidligere revisjoner endres aldri.',
  'import.download': 'Last ned malen (Excel)',
  'import.downloadHint':
    'Malen har tallene fra den nyeste revisjonen og et ark som forklarer hvordan du fyller den ut. Kolonnene merket «(nøkkel)» sier hvilken rad det er.',
  'import.chooseFile': 'Velg den utfylte arbeidsboken (.xlsx)',
  'import.reading': 'Leser arbeidsboken …',
  'import.errorsHeading':
    'Arbeidsboken har feil, og ingenting er lagret. Rett disse cellene og last opp på nytt:',
  'import.noChanges': 'Arbeidsboken gir ingen endringer i forhold til revisjon {revision}.',
  'import.previewHeading': 'Dette endres i forhold til revisjon {revision}',
  'import.ownValueNote':
    'Et tall du har endret uten å endre kilden, lagres som egen verdi («Egen verdi – importert av …»), for kilden sier noe annet.',
  'import.group.added': 'Nye rader ({count})',
  'import.group.changed': 'Endringer ({count})',
  'import.group.removed': 'Rader som fjernes ({count})',
  'import.region': 'Endringer, kan rulles sidelengs',
  'import.col.row': 'Rad',
  'import.col.field': 'Felt',
  'import.col.before': 'Før',
  'import.col.after': 'Etter',
  'import.col.source': 'Kilde for det nye tallet',
  'import.save': 'Lagre som ny revisjon',
  'import.saving': 'Lagrer …',
  'import.cancel': 'Avbryt',
  'import.saved': 'Importen er lagret som revisjon {revision}.',
  'import.toHistory': 'Se historikken',
  'import.readerNotice': 'Bare redaktører og eiere kan importere. Du kan laste ned malen.',
  'import.conflict':
    'Noen har lagret en ny revisjon siden du lastet opp. Last opp filen på nytt for å se endringene mot den nyeste.',
  'import.failed': 'Importen ble ikke lagret: {message}',
  'import.toBaseline': 'Tilbake til grunnlaget',
};
