import type { z } from 'zod';
import type { Resolution } from '../schema/process.ts';
import { SRC } from './sources.ts';

const POINTS = [
  'Slutter seg til at det er etablert dialog og gjennomført en første fase med utredninger om interkommunalt samarbeid på områdene sentralbord, postmottak, arkiv og lønn, regnskap, fakturering mellom kommunene Skaun, Melhus og Midtre Gauldal.',
  'Ber kommunedirektøren gjennomføre et videre utredningsarbeid på ovenfor nevnte administrative områder med tanke på et formelt og forpliktende samarbeid, dette med bakgrunn i tidligere vedtak om at interkommunalt samarbeid generelt sett er den ønskede strategien for å oppnå mer effektiv ressursbruk. Resultatet av dette arbeidet legges fram for kommunestyret i juni 2026.',
  'Slutter seg til at det kan prøves ut ulike samarbeidsløsninger mellom Skaun, Melhus og Midtre Gauldal for sentralbordtjenesten våren 2026 dersom det ligger til rette for dette.',
  'Gir kommunedirektøren i oppdrag å utrede muligheter for samarbeid innenfor området samfunnsutvikling. I dette ligger å kartlegge hvilke gevinster ulike samarbeid innenfor dette området kan gi, og eventuelt også å prøve ut ulike samarbeid der det ligger godt til rette for det. Resultatet av dette arbeidet legges fram for kommunestyret i juni 2026.',
  'Ber kommunedirektøren sikre at ansattes rett til medvirkning og medbestemmelse ivaretas i alle faser av prosjektet "Bærekraftige og innovative kommuner 2030, etablering av et helhetlig interkommunalt samarbeid mellom Skaun, Melhus og Midtre Gauldal".',
  'Ber om at det i alle faser av utredningsarbeidet tas utgangspunkt i prinsippet om likeverd mellom kommunene og en jevnbyrdig fordeling av ansvar.',
];

export const resolutions: z.input<typeof Resolution>[] = [
  {
    id: 'innstilling-2026',
    kind: 'recommendation',
    title: {
      nb: 'Kommunedirektørens innstilling til kommunestyret',
      en: "The chief executive's recommendation to the council",
    },
    points: POINTS.map((text, index) => ({ number: index + 1, text, status: 'proposed' })),
    source: { document: SRC.caseReport, locator: 'Kommunedirektørens innstilling' },
  },
];
