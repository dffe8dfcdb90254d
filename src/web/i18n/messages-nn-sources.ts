/**
 * Nynorsk messages for where baseline figures come from.
 * @module
 */
import type { SourcesMessages } from './messages-nb-sources.ts';

export const sourcesNn: SourcesMessages = {
  'field.fteSource': 'Kjelde for årsverk',
  'field.headcountSource': 'Kjelde for talet på personar',
  'field.labourCostSource': 'Kjelde for lønnskostnad',
  'field.agesSource': 'Kjelde for alder',
  'field.fteSourceText': 'Stad i kjelda for årsverk',
  'field.headcountSourceText': 'Stad i kjelda for talet på personar',
  'field.labourCostSourceText': 'Stad i kjelda for lønnskostnad',
  'field.agesSourceText': 'Stad i kjelda for alder',
  'edit.sourceLegend.fte': 'Ny kjelde for årsverk',
  'edit.sourceLegend.headcount': 'Ny kjelde for talet på personar',
  'edit.sourceLegend.labourCost': 'Ny kjelde for lønnskostnad',
  'edit.sourceLegend.ages': 'Ny kjelde for alder',
  'edit.sourceHint':
    'Talet er endra, så den gamle kjelda stemmer ikkje lenger. Vel dokumentet det nye talet står i, eller «Eigen verdi».',
  'edit.sourceWas': 'Kjelda var: {source}',
  'edit.sourceChoose': 'Vel kjelde',
  'edit.sourceOwn': 'Eigen verdi',
  'edit.sourceLocatorHint': 'Side, tabell eller avsnitt',
  'edit.sourceNote': 'Merknad til eigen verdi (valfri)',
  'edit.sourceNoteHint': 'Namnet ditt og datoen blir lagra saman med verdien.',
  'edit.sourceRequired': 'Oppgi ny kjelde for talet eller merk det som eigen verdi',
  'edit.locatorRequired': 'Skriv kvar i kjelda talet står, til dømes side eller tabell.',
  'source.ownValue': 'Eigen verdi – lagt inn av {name} {date}',
  'baseline.deviates': '{municipality}, {field}: Avvik frå kjelda: kjelda oppgir {stated}',
  'baseline.deviatesMark': 'avvik',
};
