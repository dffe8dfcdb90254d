/**
 * Political bodies per municipality, joint bodies and the project organisation. Names of persons are not in
 * the seeds and are left out; roles and municipalities are.
 * @module
 */
import type { z } from 'zod';
import type { Body, Meeting } from '../schema/process.ts';
import { MELHUS, MIDTRE_GAULDAL, SKAUN } from './participants.ts';
import { SRC } from './sources.ts';

type BodyInput = z.input<typeof Body>;
type Member = NonNullable<BodyInput['members']>[number];

const MUNICIPALITIES = [
  { number: MIDTRE_GAULDAL, slug: 'midtre-gauldal', name: 'Midtre Gauldal' },
  { number: MELHUS, slug: 'melhus', name: 'Melhus' },
  { number: SKAUN, slug: 'skaun', name: 'Skaun' },
] as const;

const organisationSource = {
  document: SRC.caseReport,
  locator: 'Sammendrag; c) Skjønnsmidler, prosjektorganisering og framdrift',
};

function perMunicipality(role: Member['role']): Member[] {
  return MUNICIPALITIES.map((m) => ({ role, municipalityNumber: m.number }));
}

const politicalBodies: BodyInput[] = MUNICIPALITIES.flatMap((m) => [
  {
    id: `${m.slug}-kommunestyre`,
    kind: 'council',
    name: { nb: `Kommunestyret i ${m.name}` },
    municipalityNumber: m.number,
  },
  {
    id: `${m.slug}-formannskap`,
    kind: 'executiveCommittee',
    name: { nb: `Formannskapet i ${m.name}` },
    municipalityNumber: m.number,
  },
  {
    id: `${m.slug}-amu`,
    kind: 'workingEnvironmentCommittee',
    name: { nb: `Arbeidsmiljøutvalget i ${m.name}` },
    municipalityNumber: m.number,
    source: { document: SRC.status, locator: '«Formell behandling også i AMU og med tillitsvalgte»' },
  },
]);

export const bodies: BodyInput[] = [
  ...politicalBodies,
  {
    id: 'felles-formannskap',
    kind: 'jointExecutiveCommittee',
    name: { nb: 'Felles formannskapsmøte for de tre kommunene', en: 'Joint executive committee meeting' },
    source: { document: SRC.status, locator: 'Politisk sak kommer til behandling februar/mars' },
  },
  {
    id: 'styringsgruppe',
    kind: 'steeringGroup',
    name: { nb: 'Styringsgruppen', en: 'Steering group' },
    members: [...perMunicipality('chiefExecutive'), ...perMunicipality('unionRepresentative')],
    source: organisationSource,
  },
  {
    id: 'prosjektleder',
    kind: 'projectManagement',
    name: { nb: 'Prosjektleder', en: 'Project manager' },
    members: [{ role: 'projectManager' }],
    source: organisationSource,
  },
  {
    id: 'arbeidsgruppe-lonn-regnskap',
    kind: 'workingGroup',
    name: {
      nb: 'Arbeidsgruppe lønn, regnskap og fakturering',
      en: 'Working group payroll, accounting and invoicing',
    },
    members: [...perMunicipality('employee'), ...perMunicipality('unionRepresentative')],
    source: {
      document: SRC.caseReport,
      locator: '«Det ble nedsatt to arbeidsgrupper med deltakere fra alle tre kommuner»',
    },
  },
  {
    id: 'arbeidsgruppe-sentralbord-arkiv',
    kind: 'workingGroup',
    name: {
      nb: 'Arbeidsgruppe sentralbord, postmottak og arkiv',
      en: 'Working group switchboard, mail and archive',
    },
    members: [...perMunicipality('employee'), ...perMunicipality('unionRepresentative')],
    source: {
      document: SRC.caseReport,
      locator: '«Det ble nedsatt to arbeidsgrupper med deltakere fra alle tre kommuner»',
    },
  },
  {
    id: 'referansegruppe',
    kind: 'referenceGroup',
    name: { nb: 'Referansegruppen', en: 'Reference group' },
    members: [{ role: 'safetyRepresentative' }],
    source: organisationSource,
  },
];

const decisionMeeting = { document: SRC.status, locator: 'Politisk sak kommer til behandling februar/mars' };

export const meetings: z.input<typeof Meeting>[] = [
  {
    id: 'midtre-gauldal-kommunestyre-2026-02-03',
    bodyId: 'midtre-gauldal-kommunestyre',
    date: '2026-02-03',
    title: { nb: 'Orientering: status for utredningen', en: 'Briefing: status of the study' },
    source: { document: SRC.status },
  },
  ...MUNICIPALITIES.map((m) => ({
    id: `${m.slug}-formannskap-2026-02-24`,
    bodyId: `${m.slug}-formannskap`,
    date: '2026-02-24',
    title: { nb: 'Første politiske behandling av saken', en: 'First political treatment of the case' },
    source: decisionMeeting,
  })),
  ...MUNICIPALITIES.map((m) => ({
    id: `${m.slug}-kommunestyre-2026-03-10`,
    bodyId: `${m.slug}-kommunestyre`,
    date: '2026-03-10',
    title: {
      nb: 'Behandling av saken (innstillingens seks punkter)',
      en: 'Decision on the case (six points)',
    },
    source: decisionMeeting,
  })),
  {
    id: 'felles-formannskap-2026-04-21',
    bodyId: 'felles-formannskap',
    date: '2026-04-21',
    title: { nb: 'Felles formannskapsmøte for de tre kommunene', en: 'Joint executive committee meeting' },
    source: decisionMeeting,
  },
  ...MUNICIPALITIES.map((m) => ({
    id: `${m.slug}-kommunestyre-2026-06`,
    bodyId: `${m.slug}-kommunestyre`,
    date: '2026-06',
    title: {
      nb: 'Administrative tjenester: sluttbehandling; samfunnsområdet: behandling av fase 1',
      en: 'Administrative services: final decision; community development: phase 1',
    },
    source: decisionMeeting,
  })),
];
