/**
 * The models of kommuneloven § 17-1 second paragraph, plus professional networks, with the attributes
 * `../shared/domain/LAW.md` gives (sections 0 and 1A).
 * @module
 */
import type { z } from 'zod';
import type { LegalModel } from '../schema/legal-models.ts';
import { SRC } from './sources.ts';

const act = (locator: string) => ({ document: SRC.localGovernmentAct, locator });

export const legalModels: z.input<typeof LegalModel>[] = [
  {
    id: 'interkommunalt-politisk-rad',
    name: {
      nb: 'Interkommunalt politisk råd',
      nn: 'Interkommunalt politisk råd',
      en: 'Inter-municipal political council',
    },
    statute: 'kommuneloven kap. 18',
    listedInSection17_1: true,
    ownLegalEntity: 'optional',
    individualDecisions: 'internalOnly',
    agreementAdoptedByCouncil: true,
    source: act('§§ 18-1–18-4'),
  },
  {
    id: 'kommunalt-oppgavefellesskap',
    name: {
      nb: 'Kommunalt oppgavefellesskap',
      nn: 'Kommunalt oppgåvefellesskap',
      en: 'Joint municipal task community',
    },
    statute: 'kommuneloven kap. 19',
    listedInSection17_1: true,
    ownLegalEntity: 'optional',
    individualDecisions: 'internalOnly',
    agreementAdoptedByCouncil: true,
    source: act('§§ 19-1–19-4'),
  },
  {
    id: 'vertskommune-administrativ',
    name: {
      nb: 'Administrativt vertskommunesamarbeid',
      nn: 'Administrativt vertskommunesamarbeid',
      en: 'Host municipality (administrative)',
    },
    statute: 'kommuneloven kap. 20 (§ 20-2)',
    listedInSection17_1: true,
    ownLegalEntity: 'no',
    individualDecisions: 'nonPrincipled',
    agreementAdoptedByCouncil: true,
    source: act('§§ 20-1, 20-2, 20-4'),
  },
  {
    id: 'vertskommune-nemnd',
    name: {
      nb: 'Vertskommunesamarbeid med felles folkevalgt nemnd',
      nn: 'Vertskommunesamarbeid med felles folkevald nemnd',
      en: 'Host municipality with a joint elected board',
    },
    statute: 'kommuneloven kap. 20 (§ 20-3)',
    listedInSection17_1: true,
    ownLegalEntity: 'no',
    individualDecisions: 'all',
    agreementAdoptedByCouncil: true,
    source: act('§§ 20-1, 20-3, 20-4'),
  },
  {
    id: 'interkommunalt-selskap',
    name: {
      nb: 'Interkommunalt selskap (IKS)',
      nn: 'Interkommunalt selskap (IKS)',
      en: 'Inter-municipal company (IKS)',
    },
    statute: 'IKS-loven',
    listedInSection17_1: true,
    ownLegalEntity: 'yes',
    individualDecisions: 'ifSpecialAct',
    agreementAdoptedByCouncil: true,
    source: { document: SRC.iksAct, locator: '§§ 1–4' },
  },
  {
    id: 'aksjeselskap',
    name: { nb: 'Aksjeselskap (AS)', nn: 'Aksjeselskap (AS)', en: 'Limited company (AS)' },
    statute: 'aksjeloven',
    listedInSection17_1: true,
    ownLegalEntity: 'yes',
    individualDecisions: 'ifSpecialAct',
    agreementAdoptedByCouncil: false,
    source: act('§ 17-1 annet ledd; § 5-4'),
  },
  {
    id: 'samvirkeforetak',
    name: { nb: 'Samvirkeforetak (SA)', nn: 'Samvirkeføretak (SA)', en: 'Cooperative society (SA)' },
    statute: 'samvirkelova',
    listedInSection17_1: true,
    ownLegalEntity: 'yes',
    individualDecisions: 'ifSpecialAct',
    agreementAdoptedByCouncil: false,
    source: act('§ 17-1 annet ledd; § 5-4'),
  },
  {
    id: 'forening',
    name: { nb: 'Forening', nn: 'Foreining', en: 'Association' },
    statute: 'ulovfestet foreningsrett',
    listedInSection17_1: true,
    ownLegalEntity: 'yes',
    individualDecisions: 'ifSpecialAct',
    agreementAdoptedByCouncil: false,
    source: act('§ 17-1 annet ledd; § 5-4'),
  },
  {
    id: 'fagnettverk',
    name: { nb: 'Fagnettverk', nn: 'Fagnettverk', en: 'Professional network' },
    statute: 'ingen (uformelt samarbeid)',
    listedInSection17_1: false,
    ownLegalEntity: 'notApplicable',
    individualDecisions: 'none',
    agreementAdoptedByCouncil: false,
    source: {
      document: SRC.caseReport,
      locator: 'Samarbeidsmodeller: «Utover slike formelle samarbeid … fagnettverk»',
    },
  },
];
