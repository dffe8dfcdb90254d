import type { z } from 'zod';
import type { ServiceArea } from '../schema/service-areas.ts';
import { SRC } from './sources.ts';

const caseReport = (locator: string) => ({ document: SRC.caseReport, locator });
const status = (locator: string) => ({ document: SRC.status, locator });

/** The administrative areas: the plan dates phase 2 from January 2026; the saksframlegg asks to go on to it. */
const ADMINISTRATIVE_PHASE_2_DISAGREEMENT = {
  note: {
    nb: 'Presentasjonen (3.2.2026) har «Utredning fase 2 – januar» i planen. Saksframlegget ber om «en aksept for å gå videre til en fase 2» (innstillingen pkt. 2).',
    nn: 'Presentasjonen (3.2.2026) har «Utredning fase 2 – januar» i planen. Saksframlegget ber om «en aksept for å gå videre til en fase 2» (innstillinga pkt. 2).',
    en: 'The presentation (3 Feb 2026) plans «Utredning fase 2 – januar». The saksframlegg asks for «en aksept for å gå videre til en fase 2» (recommendation point 2).',
  },
  sources: [
    status('Milepæler / prosess-plan: Administrative områder, «Utredning fase 2 – januar»'),
    caseReport('Sammendrag: «aksept for å gå videre til en fase 2»; innstilling pkt. 2'),
  ],
};

/** Samfunnsutvikling: the plan starts phase 1 in December 2025; the saksframlegg asks to let it start. */
const COMMUNITY_PHASE_1_DISAGREEMENT = {
  note: {
    nb: 'Presentasjonen (3.2.2026) har «Utredning fase 1 – start desember 2025» i planen, og sier at områdene «ennå ikke [er] avklart». Saksframlegget ber om «tilslutning til at første fase av et utredningsarbeid innenfor området samfunnsutvikling kan starte opp», og sier at det «i løpet av våren skal vurderes nærmere om og eventuelt på hvilke områder» det skal utredes videre.',
    nn: 'Presentasjonen (3.2.2026) har «Utredning fase 1 – start desember 2025» i planen, og seier at områda «ennå ikke [er] avklart». Saksframlegget ber om «tilslutning til at første fase av et utredningsarbeid innenfor området samfunnsutvikling kan starte opp», og seier at det «i løpet av våren skal vurderes nærmere om og eventuelt på hvilke områder» det skal greiast ut vidare.',
    en: 'The presentation (3 Feb 2026) plans «Utredning fase 1 – start desember 2025» and says the areas are not yet settled («ennå ikke avklart»). The saksframlegg asks the councils to agree that phase 1 «kan starte opp» and says that during the spring it will be considered whether, and in which areas, to study further.',
  },
  sources: [
    status(
      'Milepæler / prosess-plan: Samfunnsutvikling, «Utredning fase 1 – start desember 2025»; «Områder aktuelle for samarbeid er ennå ikke avklart»',
    ),
    caseReport(
      'Sammendrag: «første fase … kan starte opp»; b) Forvaltnings-/tjenesteområder – samfunnsutvikling',
    ),
  ],
};

/** Where the saksframlegg names the four community areas (innstillingen pkt. 4 names only «samfunnsutvikling»). */
const COMMUNITY_AREAS = caseReport(
  'Bakgrunn for saken: «plan, byggesak, kart- og oppmåling, geodata, landbruk»; Om valget av tjeneste-/forvaltningsområder b); innstilling pkt. 4 (området samfunnsutvikling)',
);
const NETWORK_NOTE =
  'Fagnettverk etter presentasjonen («Utvalgte områder»; «mulige piloter og fagnettverk»). Kildene sier ikke om nettverket er startet.';

/** The areas of study, as the seeds group them (one baseline table per administrative area). */
export const AREA = {
  finance: 'lonn-regnskap-fakturering',
  switchboard: 'sentralbord',
  archive: 'arkiv-postmottak',
  planning: 'plan',
  buildingPermits: 'byggesak',
  surveying: 'oppmaling-geodata',
  agriculture: 'landbruk',
  civilProtection: 'samfunnssikkerhet-beredskap',
  climate: 'klima-miljo',
  serviceOffice: 'servicekontor',
  hr: 'personal',
  communication: 'kommunikasjon',
} as const;

export const serviceAreas: z.input<typeof ServiceArea>[] = [
  {
    id: AREA.finance,
    code: 'LRF',
    name: {
      nb: 'Lønn, regnskap og fakturering',
      nn: 'Løn, rekneskap og fakturering',
      en: 'Payroll, accounting and invoicing',
    },
    services: ['payroll', 'accounting', 'invoicing'],
    domain: 'administrative',
    kind: 'study',
    phase: 2,
    status: 'ongoing',
    source: caseReport('Innstilling pkt. 1–2'),
    sourcesDisagree: ADMINISTRATIVE_PHASE_2_DISAGREEMENT,
  },
  {
    id: AREA.switchboard,
    code: 'SB',
    name: { nb: 'Sentralbord', nn: 'Sentralbord', en: 'Switchboard' },
    services: ['switchboard'],
    domain: 'administrative',
    // Studied in phase 2 with the other administrative areas (innstilling pkt. 1–2). The pilot is conditional:
    // «kan prøves ut … våren 2026 dersom det ligger til rette for dette» (pkt. 3), so it is a milestone, not a kind.
    kind: 'study',
    phase: 2,
    status: 'ongoing',
    source: caseReport(
      'Innstilling pkt. 1–2; pkt. 3: mulig utprøving våren 2026 «dersom det ligger til rette for dette»',
    ),
    note: 'Mulig utprøving av samarbeid om sentralbordtjenesten våren 2026, «dersom det ligger til rette for dette» (innstillingen pkt. 3).',
    sourcesDisagree: ADMINISTRATIVE_PHASE_2_DISAGREEMENT,
  },
  {
    id: AREA.archive,
    code: 'AP',
    name: { nb: 'Arkiv og postmottak', nn: 'Arkiv og postmottak', en: 'Archive and mail reception' },
    services: ['archive', 'mailReception'],
    domain: 'administrative',
    kind: 'study',
    phase: 2,
    status: 'ongoing',
    source: caseReport('Innstilling pkt. 1–2'),
    sourcesDisagree: ADMINISTRATIVE_PHASE_2_DISAGREEMENT,
  },
  {
    // Only the presentation names it: «Utredning av områdene lønn/regnskap og servicekontor/arkiv». The
    // saksframlegg names sentralbord, postmottak and arkiv instead; neither says what the servicekontor covers.
    id: AREA.serviceOffice,
    code: 'SK',
    name: { nb: 'Servicekontor', nn: 'Servicekontor', en: 'Service office' },
    services: ['serviceDesk'],
    domain: 'administrative',
    kind: 'study',
    phase: null,
    status: 'notStated',
    source: status(
      'Utvalgte områder, 1. Administrative tjenester: «Utredning av områdene lønn/regnskap og servicekontor/arkiv»',
    ),
    note: 'Bare presentasjonen nevner servicekontor («servicekontor/arkiv» som utredningsområde). Saksframlegget og innstillingen nevner sentralbord, postmottak og arkiv, ikke servicekontor. Kildene sier ikke hva servicekontoret omfatter, hvilken fase det er i, eller om det er det samme som sentralbordet.',
  },
  {
    id: AREA.planning,
    code: 'PLAN',
    name: {
      nb: 'Overordnet planarbeid og plansaker',
      nn: 'Overordna planarbeid og plansaker',
      en: 'Land-use planning',
    },
    services: ['landUsePlanning'],
    domain: 'communityDevelopment',
    kind: 'study',
    phase: 1,
    status: 'notStarted',
    source: COMMUNITY_AREAS,
    sourcesDisagree: COMMUNITY_PHASE_1_DISAGREEMENT,
  },
  {
    id: AREA.buildingPermits,
    code: 'BYGG',
    name: { nb: 'Byggesak', nn: 'Byggjesak', en: 'Building permits' },
    services: ['buildingPermits'],
    domain: 'communityDevelopment',
    kind: 'study',
    phase: 1,
    status: 'notStarted',
    source: COMMUNITY_AREAS,
    sourcesDisagree: COMMUNITY_PHASE_1_DISAGREEMENT,
  },
  {
    id: AREA.surveying,
    code: 'KART',
    name: { nb: 'Kart og oppmåling, geodata', nn: 'Kart og oppmåling, geodata', en: 'Surveying and geodata' },
    services: ['surveying', 'geodata'],
    domain: 'communityDevelopment',
    kind: 'study',
    phase: 1,
    status: 'notStarted',
    source: COMMUNITY_AREAS,
    sourcesDisagree: COMMUNITY_PHASE_1_DISAGREEMENT,
  },
  {
    id: AREA.agriculture,
    code: 'LAND',
    name: { nb: 'Landbruk', nn: 'Landbruk', en: 'Agriculture' },
    services: ['agriculture'],
    domain: 'communityDevelopment',
    kind: 'study',
    phase: 1,
    status: 'notStarted',
    source: COMMUNITY_AREAS,
    sourcesDisagree: COMMUNITY_PHASE_1_DISAGREEMENT,
  },
  {
    id: AREA.civilProtection,
    code: 'BER',
    name: {
      nb: 'Samfunnssikkerhet og beredskap',
      nn: 'Samfunnstryggleik og beredskap',
      en: 'Civil protection',
    },
    services: ['civilProtection'],
    domain: 'communityDevelopment',
    kind: 'professionalNetwork',
    phase: null,
    status: 'notStated',
    source: status('Utvalgte områder, 2. Samfunnsutvikling: «Nettverk innenfor klima/miljø, beredskap»'),
    note: 'Presentasjonen: «Samarbeid om samfunnssikkerhet og beredskap vil også bli sett på» (0. Bakgrunn); «Vurdert hvilke områder vi skal utrede på samfunnsområdet: … samfunnssikkerhet og beredskap, klima og miljø» (Hva er gjort fram til nå); under «Utvalgte områder» er beredskap et nettverk, ikke et utredningsområde. Saksframlegget nevner ikke samfunnssikkerhet og beredskap som område. Kildene sier ikke om nettverket er startet.',
  },
  {
    id: AREA.climate,
    code: 'KLIMA',
    name: { nb: 'Klima og miljø', nn: 'Klima og miljø', en: 'Climate and environment' },
    services: ['climateEnvironment'],
    domain: 'communityDevelopment',
    kind: 'professionalNetwork',
    phase: null,
    status: 'notStated',
    source: status('Utvalgte områder, 2. Samfunnsutvikling: «Nettverk innenfor klima/miljø, beredskap»'),
    note: NETWORK_NOTE,
  },
  {
    id: AREA.hr,
    code: 'HR',
    name: { nb: 'Personal', nn: 'Personal', en: 'Human resources' },
    services: ['humanResources'],
    domain: 'administrative',
    kind: 'professionalNetwork',
    phase: null,
    status: 'notStated',
    source: status(
      'Utvalgte områder, 1. Administrative tjenester: «Nettverk innenfor personal, kommunikasjon»',
    ),
    note: NETWORK_NOTE,
  },
  {
    id: AREA.communication,
    code: 'KOM',
    name: { nb: 'Kommunikasjon', nn: 'Kommunikasjon', en: 'Communication' },
    services: ['communication'],
    domain: 'administrative',
    kind: 'professionalNetwork',
    phase: null,
    status: 'notStated',
    source: status(
      'Utvalgte områder, 1. Administrative tjenester: «Nettverk innenfor personal, kommunikasjon»',
    ),
    note: NETWORK_NOTE,
  },
];
