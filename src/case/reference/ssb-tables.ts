/**
 * The SSB tables `flokk ssb update` reads, and the queries it sends, in one place. Statistikkbanken's open API
 * (PxWebApi v2) answers `GET …/tables/<id>/data?lang=no&outputFormat=json-stat2&valueCodes[<variable>]=…` with
 * a JSON-stat 2 dataset; a variable left out of the query is eliminated (summed) where the table allows it.
 *
 * What was confirmed (December 2026, from public code that queries these tables, not from SSB's metadata
 * endpoint, which this build could not reach):
 * - 07459: variables `Region`, `Kjonn`, `Alder`, `ContentsCode` (`Personer1`) and `Tid`.
 * - 12362: variables `KOKkommuneregion0000`, `KOKfunksjon0000`, `KOKart0000`, `ContentsCode`, `Tid`; art `AGD2`
 *   (netto driftsutgifter); contents `KOSbelop0000` (1 000 kr) and `KOSbelopinnbygge0000` (kr per innbygger).
 * - 12367: variables `KOKkommuneregion0000`, `KOKregnskapsomfa0000` (`A` kommunekonsern, `B` kommunekasse),
 *   `KOKfunksjon0000`, `KOKart0000`, `ContentsCode` (`KOSbelop0000`), `Tid`.
 * UNCONFIRMED: that 07459 eliminates `Kjonn` and `Alder` when they are left out (otherwise the query needs
 * their totals); that 12367 has `KOSbelopinnbygge0000`; that the region codes EKG01–EKG17, EAKUO and EAK
 * are in both KOSTRA tables' default code list. An answer without the expected dimensions is refused, so a
 * wrong guess gives a clear error, never wrong figures.
 * @module
 */

/** The API's address; `<id>` is the table number. */
export const SSB_API_BASE = 'https://data.ssb.no/api/pxwebapi/v2/tables';

/** The five-digit table numbers. */
export const SSB_TABLES = {
  /** Befolkning 1. januar, etter region, kjønn, alder og år. */
  population: '07459',
  /** Utgifter til tjenesteområdene (funksjonsgrupper), kommunekonsern. */
  kostraGroups: '12362',
  /** Detaljerte regnskapstall etter funksjon og art. */
  kostraFunctions: '12367',
} as const;

/** The KOSTRA groups (EKG01–EKG17), the country without Oslo (EAKUO) and the whole country (EAK). */
export const KOSTRA_COMPARISON_REGIONS: readonly string[] = [
  ...Array.from({ length: 17 }, (_, i) => `EKG${String(i + 1).padStart(2, '0')}`),
  'EAKUO',
  'EAK',
];

/** Single KOSTRA functions fetched from 12367: administration (100–130), planning (301–303), agriculture (329). */
export const KOSTRA_FUNCTIONS = ['100', '110', '120', '121', '130', '301', '302', '303', '329'] as const;

/** Function groups fetched from 12362. */
export const KOSTRA_FUNCTION_GROUPS = ['FGK1a', 'FGK1b', 'FGK1c', 'FGK3', 'FGK4'] as const;

/**
 * Codes in the reference data that `flokk ssb update` does not fetch, so it keeps them as they are. `AGD1`
 * (total net operating expenditure) is, in the public ETL the shipped figure was read from, an "overview"
 * figure of table 12137, whose variables could not be confirmed.
 */
export const KOSTRA_CODES_NOT_REFRESHED = ['AGD1'] as const;

/**
 * Names of the codes, for showing a figure the data does not have (`..`) under its name. Function names are
 * KOSTRA's function list; group names as the shipped figures give them.
 */
export const KOSTRA_CODE_LABELS: Readonly<Record<string, string>> = {
  AGD1: 'Netto driftsutgifter i alt',
  FGK1a: 'Politisk styring og kontrollvirksomhet (100, 110)',
  FGK1b: 'Administrasjon (120, 121, 130)',
  FGK1c: 'Fellesutgifter (170-180)',
  FGK3: 'Plan, byggesak og miljø (301, 302, 303, 360 m.fl.)',
  FGK4: 'Næringsforvaltning (320, 325, 329 m.fl.)',
  '100': 'Politisk styring',
  '110': 'Kontroll og revisjon',
  '120': 'Administrasjon',
  '121': 'Forvaltningsutgifter i eiendomsforvaltningen',
  '130': 'Administrasjonslokaler',
  '301': 'Plansaksbehandling',
  '302': 'Byggesaksbehandling og eierseksjonering',
  '303': 'Kart og oppmåling',
  '329': 'Landbruksforvaltning og landbruksbasert næringsutvikling',
};

/** Every KOSTRA code the reference data may hold, in the order they are shown (group, then its functions). */
export const KOSTRA_CODES_SHOWN: readonly string[] = [
  'AGD1',
  'FGK1a',
  '100',
  '110',
  'FGK1b',
  '120',
  '121',
  '130',
  'FGK1c',
  'FGK3',
  '301',
  '302',
  '303',
  'FGK4',
  '329',
];

/** Variable codes and fixed selections. */
export const SSB_VARIABLES = {
  region: 'Region',
  kostraRegion: 'KOKkommuneregion0000',
  function: 'KOKfunksjon0000',
  art: 'KOKart0000',
  accountingScope: 'KOKregnskapsomfa0000',
  contents: 'ContentsCode',
  time: 'Tid',
} as const;

export const SSB_CODES = {
  persons: 'Personer1',
  /** Netto driftsutgifter på funksjon/tjenesteområde. */
  netOperatingExpenditure: 'AGD2',
  /** Kommunekonsern: the municipality with its municipal enterprises, as the shipped figures are. */
  groupAccounts: 'A',
  amount1000Nok: 'KOSbelop0000',
  perInhabitantNok: 'KOSbelopinnbygge0000',
} as const;

/**
 * The most regions in one request. SSB's limits are on cells per answer and requests per minute; URLs over a few
 * thousand characters are refused by some proxies, and 60 four-digit codes keep every URL under 1 000.
 */
export const REGIONS_PER_REQUEST = 60;

/** Pause between two requests: SSB allows about 30 a minute from one address. */
export const PAUSE_BETWEEN_REQUESTS_MS = 2_500;

/** One request: a table and, per variable, the codes asked for (in the order sent). */
export interface SsbQuery {
  table: (typeof SSB_TABLES)[keyof typeof SSB_TABLES];
  valueCodes: Readonly<Record<string, readonly string[]>>;
}

/** The URL of one query. Brackets are sent literally, as SSB's own examples do; codes need no escaping. */
export function ssbQueryUrl(query: SsbQuery, base: string = SSB_API_BASE): string {
  const params = Object.entries(query.valueCodes).map(
    ([variable, codes]) => `valueCodes[${variable}]=${codes.map(encodeURIComponent).join(',')}`,
  );
  return `${base}/${query.table}/data?lang=no&outputFormat=json-stat2&${params.join('&')}`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What to fetch: municipalities (kommunenummer) and the years of population and of KOSTRA accounts. */
export interface SsbUpdateRequest {
  municipalities: readonly string[];
  populationYears: readonly number[];
  kostraYears: readonly number[];
}

/** Every query of one update, population first, regions in chunks of {@link REGIONS_PER_REQUEST}. */
export function ssbQueries(request: SsbUpdateRequest): SsbQuery[] {
  const { region, kostraRegion, function: fn, art, accountingScope, contents, time } = SSB_VARIABLES;
  const kostraYears = request.kostraYears.map(String);
  const population = chunks(request.municipalities, REGIONS_PER_REQUEST).map((regions): SsbQuery => ({
    table: SSB_TABLES.population,
    valueCodes: {
      [region]: regions,
      [contents]: [SSB_CODES.persons],
      [time]: request.populationYears.map(String),
    },
  }));
  const kostraRegions = [...request.municipalities, ...KOSTRA_COMPARISON_REGIONS];
  const perInhabitantAndAmount = [SSB_CODES.amount1000Nok, SSB_CODES.perInhabitantNok];
  const groups = chunks(kostraRegions, REGIONS_PER_REQUEST).map((regions): SsbQuery => ({
    table: SSB_TABLES.kostraGroups,
    valueCodes: {
      [kostraRegion]: regions,
      [fn]: KOSTRA_FUNCTION_GROUPS,
      [art]: [SSB_CODES.netOperatingExpenditure],
      [contents]: perInhabitantAndAmount,
      [time]: kostraYears,
    },
  }));
  const functions = chunks(kostraRegions, REGIONS_PER_REQUEST).map((regions): SsbQuery => ({
    table: SSB_TABLES.kostraFunctions,
    valueCodes: {
      [kostraRegion]: regions,
      [accountingScope]: [SSB_CODES.groupAccounts],
      [fn]: KOSTRA_FUNCTIONS,
      [art]: [SSB_CODES.netOperatingExpenditure],
      [contents]: perInhabitantAndAmount,
      [time]: kostraYears,
    },
  }));
  return [...population, ...groups, ...functions];
}
