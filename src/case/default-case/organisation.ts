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
const steeringGroupSource = {
  document: SRC.caseReport,
  locator:
    'Sammendrag: «tillitsvalgte fra alle de tre kommunene deltar sammen med kommunedirektørene i styringsgruppen»',
};

function perMunicipality(role: Member['role']): Member[] {
  return MUNICIPALITIES.map((m) => ({ role, municipalityNumber: m.number }));
}

/**
 * «Det ble nedsatt to arbeidsgrupper med deltakere fra alle tre kommuner, og tillitsvalgte har deltatt i begge
 * arbeidsgruppene.» Participants from each municipality; union representatives took part, but the seeds do not
 * say how many or from which municipality, so there is one union member without a municipality.
 */
const workingGroupMembers: Member[] = [...perMunicipality('employee'), { role: 'unionRepresentative' }];
const workingGroupSource = {
  document: SRC.caseReport,
  locator:
    'Om interkommunal dialog og utredninger så langt, a): «Det ble nedsatt to arbeidsgrupper med deltakere fra alle tre kommuner, og tillitsvalgte har deltatt i begge arbeidsgruppene»',
};

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
    source: {
      document: SRC.status,
      locator:
        'Politisk sak kommer til behandling februar/mars: «formannskap 24.2 (felles alle kommuner)»; «Felles formannskapsmøte for de tre kommunene»',
    },
  },
  {
    id: 'styringsgruppe',
    kind: 'steeringGroup',
    name: { nb: 'Styringsgruppen', en: 'Steering group' },
    members: [...perMunicipality('chiefExecutive'), ...perMunicipality('unionRepresentative')],
    source: steeringGroupSource,
  },
  {
    id: 'prosjektleder',
    kind: 'projectManagement',
    name: { nb: 'Prosjektleder', en: 'Project manager' },
    members: [{ role: 'projectManager' }],
    source: {
      ...organisationSource,
      locator: 'c) Skjønnsmidler, prosjektorganisering og framdrift: «Det er engasjert prosjektleder»',
    },
  },
  {
    id: 'arbeidsgruppe-lonn-regnskap',
    kind: 'workingGroup',
    name: {
      nb: 'Arbeidsgruppe lønn, regnskap og fakturering',
      en: 'Working group payroll, accounting and invoicing',
    },
    members: workingGroupMembers,
    source: workingGroupSource,
  },
  {
    id: 'arbeidsgruppe-sentralbord-arkiv',
    kind: 'workingGroup',
    name: {
      nb: 'Arbeidsgruppe sentralbord, postmottak og arkiv',
      en: 'Working group switchboard, mail and archive',
    },
    members: workingGroupMembers,
    source: workingGroupSource,
  },
  {
    id: 'referansegruppe',
    kind: 'referenceGroup',
    name: { nb: 'Referansegruppen', en: 'Reference group' },
    members: [{ role: 'safetyRepresentative' }],
    source: {
      ...organisationSource,
      locator: 'Sammendrag: «Vernetjenesten er representert i referansegruppen»',
    },
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
  {
    // «Første politisk behandling i formannskap 24.2 (felles alle kommuner)»: one joint meeting, not three.
    id: 'felles-formannskap-2026-02-24',
    bodyId: 'felles-formannskap',
    date: '2026-02-24',
    title: {
      nb: 'Første politiske behandling av saken (felles for alle kommunene)',
      nn: 'Første politiske handsaming av saka (felles for alle kommunane)',
      en: 'First political treatment of the case (joint for all municipalities)',
    },
    source: {
      ...decisionMeeting,
      locator: `${decisionMeeting.locator}: «Første politisk behandling i formannskap 24.2 (felles alle kommuner)»`,
    },
  },
  ...MUNICIPALITIES.map((m) => ({
    id: `${m.slug}-kommunestyre-2026-03-10`,
    bodyId: `${m.slug}-kommunestyre`,
    date: '2026-03-10',
    title: {
      nb: 'Behandling av saken (innstillingens seks punkter)',
      en: 'Decision on the case (six points)',
    },
    source: { ...decisionMeeting, locator: `${decisionMeeting.locator}: «og i kommunestyret den 10.3»` },
  })),
  {
    id: 'felles-formannskap-2026-04-21',
    bodyId: 'felles-formannskap',
    date: '2026-04-21',
    // The slide reads «21. april og/eller» and the rest of the line is not legible: the date is not final.
    title: {
      nb: 'Felles formannskapsmøte for de tre kommunene («21. april og/eller …»; ikke endelig dato)',
      nn: 'Felles formannskapsmøte for dei tre kommunane («21. april og/eller …»; ikkje endeleg dato)',
      en: 'Joint executive committee meeting (“21 April and/or …”; date not final)',
    },
    source: {
      ...decisionMeeting,
      locator: `${decisionMeeting.locator}: «Felles formannskapsmøte for de tre kommunene: 21. april og/eller»`,
    },
  },
  ...MUNICIPALITIES.map((m) => ({
    id: `${m.slug}-kommunestyre-2026-06`,
    bodyId: `${m.slug}-kommunestyre`,
    date: '2026-06',
    title: {
      nb: 'Administrative tjenester: sluttbehandling; samfunnsområdet: behandling av fase 1',
      en: 'Administrative services: final decision; community development: phase 1',
    },
    source: {
      ...decisionMeeting,
      locator: `${decisionMeeting.locator}: «Politisk behandling i juni 2026»`,
    },
  })),
];
