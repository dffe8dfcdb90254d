/**
 * Tracks and milestones from the milestone plan in the status presentation of 3 February 2026 («Milepæler»)
 * and the history told in the saksframlegg.
 * @module
 */
import type { z } from 'zod';
import type { Milestone, Track } from '../schema/process.ts';
import { SRC } from './sources.ts';

export const TRACK = {
  administrative: 'administrative',
  community: 'samfunnsutvikling',
  networks: 'fagnettverk',
} as const;

export const tracks: z.input<typeof Track>[] = [
  {
    id: TRACK.administrative,
    name: { nb: 'Administrative områder', nn: 'Administrative område', en: 'Administrative services' },
  },
  {
    id: TRACK.community,
    name: { nb: 'Samfunnsutvikling', nn: 'Samfunnsutvikling', en: 'Community development' },
  },
  { id: TRACK.networks, name: { nb: 'Fagnettverk', nn: 'Fagnettverk', en: 'Professional networks' } },
];

const plan = { document: SRC.status, locator: 'Milepæler / prosess-plan' };
const caseReport = (locator: string) => ({ document: SRC.caseReport, locator });

export const milestones: z.input<typeof Milestone>[] = [
  {
    id: 'oppdrag-utredning',
    trackId: TRACK.administrative,
    title: {
      nb: 'Kommunedirektørene gir oppdrag om utredning (notat)',
      en: 'Chief executives commission the study (memo)',
    },
    date: '2024-11-06',
    status: 'done',
    source: caseReport('Om interkommunal dialog og utredninger så langt, a)'),
  },
  {
    id: 'adm-rapporter-fase-1',
    trackId: TRACK.administrative,
    title: { nb: 'Frist for rapporter fra fase 1', en: 'Deadline for phase 1 reports' },
    date: '2025-03-01',
    status: 'done',
    source: caseReport('«Gruppene leverte sine rapporter innen fristen»'),
  },
  {
    id: 'sam-fase-1-start',
    trackId: TRACK.community,
    title: { nb: 'Utredning fase 1 starter', en: 'Phase 1 study starts' },
    date: '2025-12',
    status: 'done',
    source: plan,
  },
  {
    id: 'adm-fase-2-start',
    trackId: TRACK.administrative,
    title: { nb: 'Utredning fase 2 starter', en: 'Phase 2 study starts' },
    date: '2026-01',
    status: 'done',
    source: plan,
  },
  {
    id: 'adm-politisk-fase-2',
    trackId: TRACK.administrative,
    title: { nb: 'Politisk behandling for fase 2', en: 'Political treatment of phase 2' },
    date: '2026-01',
    endDate: '2026-02',
    status: 'planned',
    source: plan,
  },
  {
    id: 'sentralbord-pilot',
    trackId: TRACK.administrative,
    title: {
      nb: 'Utprøving av samarbeid om sentralbord (våren 2026)',
      en: 'Switchboard cooperation pilot (spring 2026)',
    },
    date: '2026-03',
    endDate: '2026-06',
    status: 'planned',
    source: caseReport('Innstilling pkt. 3'),
  },
  {
    id: 'adm-rapporter-fase-2',
    trackId: TRACK.administrative,
    title: { nb: 'Rapporter etter fase 2', en: 'Reports after phase 2' },
    date: '2026-05',
    status: 'planned',
    source: plan,
  },
  {
    id: 'sam-rapporter-fase-1',
    trackId: TRACK.community,
    title: { nb: 'Rapporter etter fase 1', en: 'Reports after phase 1' },
    date: '2026-05',
    status: 'planned',
    source: plan,
  },
  {
    id: 'adm-politisk-iverksetting',
    trackId: TRACK.administrative,
    title: {
      nb: 'Politisk behandling: iverksetting av konkret og formelt samarbeid',
      en: 'Political decision: establishing a formal cooperation',
    },
    date: '2026-06',
    status: 'planned',
    source: plan,
  },
  {
    id: 'sam-politisk-fase-2',
    trackId: TRACK.community,
    title: { nb: 'Politisk behandling for fase 2', en: 'Political treatment of phase 2' },
    date: '2026-06',
    status: 'planned',
    source: plan,
  },
  {
    id: 'sam-politisk-iverksetting',
    trackId: TRACK.community,
    title: {
      nb: 'Politisk behandling: iverksetting av konkret og formelt samarbeid (årsskiftet 2026/27)',
      en: 'Political decision: establishing a formal cooperation (turn of 2026/27)',
    },
    date: '2026-12',
    endDate: '2027-01',
    status: 'planned',
    source: plan,
  },
  {
    id: 'adm-oppstart',
    trackId: TRACK.administrative,
    title: { nb: 'Oppstart for konkrete samarbeid', en: 'Start of concrete cooperation' },
    date: '2027-01',
    status: 'planned',
    source: plan,
  },
  {
    id: 'sam-oppstart',
    trackId: TRACK.community,
    title: { nb: 'Oppstart for konkrete samarbeid', en: 'Start of concrete cooperation' },
    date: '2027-08',
    status: 'planned',
    source: plan,
  },
];
