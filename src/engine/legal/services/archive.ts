/**
 * Arkiv (archive): records management without individual decisions; each public body must keep an orderly
 * archive (arkivlova 1992 § 6) [S26]. The 1992 act is repealed from 1 Jan 2026 and the new act could not be
 * read, so the duties are flagged UNCONFIRMED.
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { caseFilePersonalData, noDecisions, noPrincipledCases, preparation } from './shared.ts';

// Arkivlova 1992 is repealed from 1 Jan 2026 (LOV-2025-06-20-96) and the new act could not be read.
const repealed = {
  nb: ' Arkivlova 1992 er opphevet fra 1.1.2026; den nye lovens innhold er ikke bekreftet.',
  nn: ' Arkivlova 1992 er oppheva frå 1.1.2026; innhaldet i den nye lova er ikkje stadfesta.',
  en: ' Arkivlova 1992 is repealed from 1 Jan 2026; the new act’s content is not confirmed.',
};

export const archive: ServiceAttributes = {
  code: 'archive',
  name: { nb: 'Arkiv', nn: 'Arkiv', en: 'Archive' },
  individualDecisions: noDecisions(
    {
      nb: 'Arkivdanning og -forvaltning; ingen enkeltvedtak.',
      nn: 'Arkivdanning og -forvalting; ingen enkeltvedtak.',
      en: 'Records management; no individual decisions.',
    },
    [ref('arkivlova', '§ 6', 'S26')],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – hvert offentlig organ skal ha et ordnet arkiv.',
      nn: 'Ja – kvart offentleg organ skal ha eit ordna arkiv.',
      en: 'Yes – every public body must keep an orderly archive.',
    },
    [ref('arkivlova', '§ 6', 'S26')],
  ),
  preparation: preparation({
    nb: 'Arkivdanning, ordning og bevaring av dokumentene for kommunene.',
    nn: 'Arkivdanning, ordning og bevaring av dokumenta for kommunane.',
    en: 'Creating, ordering and preserving the records for the municipalities.',
  }),
  registry: {
    text: {
      nb: 'Arkivet: hvert offentlig organ skal ha et ordnet og vedlikeholdt arkiv.',
      nn: 'Arkivet: kvart offentleg organ skal ha eit ordna og vedlikehalde arkiv.',
      en: 'The archive: every public body must keep an orderly, maintained archive.',
    },
    references: [ref('arkivlova', '§ 6', 'S26')],
    unconfirmed: true,
  },
  personalData: caseFilePersonalData,
  retained: [
    {
      code: 'orderly_archive',
      part: 'registry',
      text: {
        nb: `Hvert offentlig organ skal ha et ordnet og vedlikeholdt arkiv (arkivlova § 6).${repealed.nb}`,
        nn: `Kvart offentleg organ skal ha eit ordna og vedlikehalde arkiv (arkivlova § 6).${repealed.nn}`,
        en: `Each public body must keep an orderly, maintained archive (arkivlova § 6).${repealed.en}`,
      },
      references: [ref('arkivlova', '§ 6', 'S26')],
      unconfirmed: true,
      limitsSharing: false,
    },
    {
      code: 'disposal_and_deposit',
      part: 'registry',
      text: {
        nb: `Kassasjon krever Riksarkivarens regler eller samtykke (§ 9), og Riksarkivaren kan pålegge deponering (§ 10).${repealed.nb}`,
        nn: `Kassasjon krev reglar eller samtykke frå Riksarkivaren (§ 9), og Riksarkivaren kan påleggje deponering (§ 10).${repealed.nn}`,
        en: `Disposal needs the National Archivist’s rules or consent (§ 9), and the National Archivist may order deposit (§ 10).${repealed.en}`,
      },
      references: [ref('arkivlova', '§ 9', 'S26'), ref('arkivlova', '§ 10', 'S26')],
      unconfirmed: true,
      limitsSharing: false,
    },
  ],
  modelRules: [
    {
      code: 'archive_after_dissolution',
      part: 'registry',
      appliesTo: ['politicalCouncil', 'jointTaskCommunity'],
      effect: 'note',
      text: {
        nb: 'Avtalen må si hvem som tar vare på arkivet etter oppløsning.',
        nn: 'Avtalen må seie kven som tek vare på arkivet etter oppløysing.',
        en: 'The agreement must say who keeps the archives after dissolution.',
      },
      references: [
        ref('kommuneloven', '§ 18-4 fjerde ledd bokstav h', 'S1a'),
        ref('kommuneloven', '§ 19-4 fjerde ledd bokstav j', 'S1a'),
      ],
      unconfirmed: false,
    },
  ],
  notes: [
    {
      text: {
        nb: 'Veilederen nevner arkiv som typisk oppgave for et kommunalt oppgavefellesskap.',
        nn: 'Rettleiaren nemner arkiv som typisk oppgåve for eit kommunalt oppgåvefellesskap.',
        en: 'The guide names archive as a typical task for a kommunalt oppgavefellesskap.',
      },
      references: [ref('veileder', 'kap. 6', 'S7')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
