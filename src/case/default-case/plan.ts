/**
 * Tracks and milestones from the milestone plan in the status presentation of 3 February 2026 («Milepæler /
 * Prosess-plan»: two tracks, administrative områder and samfunnsutvikling) and the history told in the
 * saksframlegg. No source says that a planned step has happened, so every step after the phase 1 reports is
 * `planned`; where the two seeds differ, the milestone says so (`sourcesDisagree`) and cites both.
 * @module
 */
import type { z } from 'zod';
import type { Milestone, Track } from '../schema/process.ts';
import { SRC } from './sources.ts';

export const TRACK = {
  administrative: 'administrative',
  community: 'samfunnsutvikling',
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
];

const planAt = (locator: string) => ({
  document: SRC.status,
  locator: `Milepæler / prosess-plan: ${locator}`,
});
const caseReport = (locator: string) => ({ document: SRC.caseReport, locator });

/** The first political treatment: one joint formannskap meeting on 24.2 and the three councils on 10.3. */
export const FIRST_TREATMENT_MEETINGS = [
  'felles-formannskap-2026-02-24',
  'midtre-gauldal-kommunestyre-2026-03-10',
  'melhus-kommunestyre-2026-03-10',
  'skaun-kommunestyre-2026-03-10',
] as const;

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
    title: { nb: 'Utredning fase 1 starter', nn: 'Utgreiing fase 1 startar', en: 'Phase 1 study starts' },
    date: '2025-12',
    // The presentation's plan starts phase 1 in December 2025; the saksframlegg asks the councils in February/
    // March 2026 to let it start. Neither says it has started, so it is planned, and the disagreement is shown.
    status: 'planned',
    source: planAt('Samfunnsutvikling, «Utredning fase 1 – start desember 2025»'),
    sourcesDisagree: {
      note: {
        nb: 'Presentasjonen (3.2.2026) har «Utredning fase 1 – start desember 2025» i planen. Saksframlegget ber kommunestyrene om «tilslutning til at første fase av et utredningsarbeid innenfor området samfunnsutvikling kan starte opp» og sier at kommunene «knapt [er] i startgropa».',
        nn: 'Presentasjonen (3.2.2026) har «Utredning fase 1 – start desember 2025» i planen. Saksframlegget ber kommunestyra om «tilslutning til at første fase av et utredningsarbeid innenfor området samfunnsutvikling kan starte opp» og seier at kommunane «knapt [er] i startgropa».',
        en: 'The presentation (3 Feb 2026) plans «Utredning fase 1 – start desember 2025». The saksframlegg asks the councils to agree «at første fase av et utredningsarbeid innenfor området samfunnsutvikling kan starte opp» and says the municipalities are «knapt i startgropa» (barely started).',
      },
      sources: [
        planAt('Samfunnsutvikling, «Utredning fase 1 – start desember 2025»'),
        caseReport('Sammendrag; Bakgrunn for saken: «første fase … kan starte opp»; «knapt i startgropa»'),
      ],
    },
  },
  {
    id: 'adm-fase-2-start',
    trackId: TRACK.administrative,
    title: { nb: 'Utredning fase 2 starter', nn: 'Utgreiing fase 2 startar', en: 'Phase 2 study starts' },
    date: '2026-01',
    // No source says phase 2 has started: the plan dates it January, the saksframlegg asks for acceptance of it.
    status: 'planned',
    source: planAt('Administrative områder, «Utredning fase 2 – januar»'),
    sourcesDisagree: {
      note: {
        nb: 'Presentasjonen (3.2.2026) har «Utredning fase 2 – januar» i planen, og sier at kommunedirektør/rådmenn i mai 2025 besluttet å gå videre til neste fase. Saksframlegget sier at det er «ønskelig med en aksept for å gå videre til en fase 2» (innstillingen pkt. 2).',
        nn: 'Presentasjonen (3.2.2026) har «Utredning fase 2 – januar» i planen, og seier at kommunedirektør/rådmenn i mai 2025 avgjorde å gå vidare til neste fase. Saksframlegget seier at det er «ønskelig med en aksept for å gå videre til en fase 2» (innstillinga pkt. 2).',
        en: 'The presentation (3 Feb 2026) plans «Utredning fase 2 – januar» and says the chief executives decided in May 2025 to go on to the next phase. The saksframlegg says «ønskelig med en aksept for å gå videre til en fase 2» (recommendation point 2).',
      },
      sources: [
        planAt('Administrative områder, «Utredning fase 2 – januar»; 0. Bakgrunn (mai 2025)'),
        caseReport('Sammendrag: «aksept for å gå videre til en fase 2»; innstilling pkt. 2'),
      ],
    },
  },
  {
    id: 'adm-politisk-fase-2',
    trackId: TRACK.administrative,
    title: {
      nb: 'Politisk behandling for fase 2 (felles formannskap 24.2, kommunestyrene 10.3)',
      nn: 'Politisk handsaming for fase 2 (felles formannskap 24.2, kommunestyra 10.3)',
      en: 'Political treatment of phase 2 (joint executive committee 24 Feb, councils 10 Mar)',
    },
    // The plan said «januar/februar»; the later slide fixes the meetings, and the milestone takes their dates.
    date: '2026-02-24',
    endDate: '2026-03-10',
    meetingIds: [...FIRST_TREATMENT_MEETINGS],
    status: 'planned',
    source: {
      document: SRC.status,
      locator:
        'Politisk sak kommer til behandling februar/mars: «formannskap 24.2 (felles alle kommuner) og i kommunestyret den 10.3» (planen: «januar/februar»)',
    },
  },
  {
    id: 'sentralbord-pilot',
    trackId: TRACK.administrative,
    title: {
      nb: 'Mulig utprøving av samarbeid om sentralbord våren 2026 («dersom det ligger til rette for dette»)',
      nn: 'Mogleg utprøving av samarbeid om sentralbord våren 2026 («dersom det ligger til rette for dette»)',
      en: 'Possible switchboard cooperation pilot in spring 2026 (“if conditions allow”)',
    },
    date: '2026-03',
    endDate: '2026-06',
    status: 'planned',
    source: caseReport(
      'Innstilling pkt. 3: «kan prøves ut … for sentralbordtjenesten våren 2026 dersom det ligger til rette for dette»',
    ),
  },
  {
    id: 'adm-rapporter-fase-2',
    trackId: TRACK.administrative,
    title: { nb: 'Rapporter etter fase 2', en: 'Reports after phase 2' },
    date: '2026-05',
    status: 'planned',
    source: planAt('Administrative områder, «Rapporter etter fase 2 – mai»'),
  },
  {
    id: 'sam-rapporter-fase-1',
    trackId: TRACK.community,
    title: { nb: 'Rapporter etter fase 1', en: 'Reports after phase 1' },
    date: '2026-05',
    status: 'planned',
    source: planAt('Samfunnsutvikling, «Rapporter etter fase 1 – mai»'),
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
    source: planAt(
      'Administrative områder, «Politisk behandling iverksetting av konkret og formelt samarbeid – juni»',
    ),
  },
  {
    id: 'sam-politisk-fase-2',
    trackId: TRACK.community,
    title: { nb: 'Politisk behandling for fase 2', en: 'Political treatment of phase 2' },
    date: '2026-06',
    status: 'planned',
    source: planAt('Samfunnsutvikling, «Politisk behandling for fase 2 – juni»'),
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
    source: planAt(
      'Samfunnsutvikling, «Politisk behandling iverksetting av konkret og formelt samarbeid – årsskiftet 2026/-27»',
    ),
  },
  {
    id: 'adm-oppstart',
    trackId: TRACK.administrative,
    title: { nb: 'Oppstart for konkrete samarbeid', en: 'Start of concrete cooperation' },
    date: '2027-01',
    status: 'planned',
    source: planAt('Administrative områder, «Oppstart for konkrete samarbeid – januar 2027»'),
  },
  {
    id: 'sam-oppstart',
    trackId: TRACK.community,
    title: { nb: 'Oppstart for konkrete samarbeid', en: 'Start of concrete cooperation' },
    date: '2027-08',
    status: 'planned',
    source: planAt('Samfunnsutvikling, «Oppstart konkrete samarbeid – august 2027»'),
  },
];
