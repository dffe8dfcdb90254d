/**
 * Nynorsk messages for importing the baseline from a spreadsheet (Grunnlag → Importer).
 * @module
 */
import type { importNb } from './messages-nb-import.ts';

export const importNn: Record<keyof typeof importNb, string> = {
  'import.title': 'Importer grunnlaget frå rekneark',
  'import.link': 'Importer frå rekneark (Excel)',
  'import.intro':
    'Last ned malen, fyll inn tala i Excel og last han opp att. Du ser kva som blir endra før noko blir lagra, og importen blir lagra som ein ny revisjon – tidlegare revisjonar blir aldri endra.',
  'import.download': 'Last ned malen (Excel)',
  'import.downloadHint':
    'Malen har tala frå den nyaste revisjonen og eit ark som forklarer korleis du fyller han ut. Kolonnane merkte «(nøkkel)» seier kva rad det er.',
  'import.chooseFile': 'Vel den utfylte arbeidsboka (.xlsx)',
  'import.reading': 'Les arbeidsboka …',
  'import.errorsHeading':
    'Arbeidsboka har feil, og ingenting er lagra. Rett desse cellene og last opp på nytt:',
  'import.noChanges': 'Arbeidsboka gir ingen endringar samanlikna med revisjon {revision}.',
  'import.previewHeading': 'Dette blir endra samanlikna med revisjon {revision}',
  'import.ownValueNote':
    'Eit tal du har endra utan å endre kjelda, blir lagra som eigen verdi («Eigen verdi – importert av …»), for kjelda seier noko anna.',
  'import.group.added': 'Nye rader ({count})',
  'import.group.changed': 'Endringar ({count})',
  'import.group.removed': 'Rader som blir fjerna ({count})',
  'import.region': 'Endringar, kan rullast sidelengs',
  'import.col.row': 'Rad',
  'import.col.field': 'Felt',
  'import.col.before': 'Før',
  'import.col.after': 'Etter',
  'import.col.source': 'Kjelde for det nye talet',
  'import.save': 'Lagre som ny revisjon',
  'import.saving': 'Lagrar …',
  'import.cancel': 'Avbryt',
  'import.saved': 'Importen er lagra som revisjon {revision}.',
  'import.toHistory': 'Sjå historikken',
  'import.readerNotice': 'Berre redaktørar og eigarar kan importere. Du kan laste ned malen.',
  'import.conflict':
    'Nokon har lagra ein ny revisjon sidan du lasta opp. Last opp fila på nytt for å sjå endringane mot den nyaste.',
  'import.failed': 'Importen vart ikkje lagra: {message}',
  'import.toBaseline': 'Tilbake til grunnlaget',
};
