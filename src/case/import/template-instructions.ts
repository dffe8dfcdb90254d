/**
 * The «Slik fyller du ut» sheet: how each column is filled in, what the keys are, how ages and sources are
 * written, and the case's own lists (sources, municipalities, service areas) to pick from.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { textOf } from '../field-label.ts';
import type { CaseDocument } from '../schema/case-document.ts';

const LINES: Record<Language, string[]> = {
  nb: [
    'Slik fyller du ut malen for grunnlaget',
    'Arket «Grunnlag» har én rad per kommune, tjenesteområde og omfang. Kolonnene merket (nøkkel) sier hvilken rad det er: endrer du en nøkkel, blir det en ny rad, og den gamle fjernes.',
    'Kommune og Tjenesteområde er bare til hjelp og leses ikke inn. Rader du sletter, fjernes fra saken; forhåndsvisningen viser dem før noe lagres.',
    'Et tall kildene ikke gir, skrives .. (to punktum) eller står tomt – aldri 0. Beløp er hele kroner per år.',
    'Alder: fyll ut enten «Alder (ett tall)», eller «Alder fra» og «Alder til», eller «Aldersgrupper» skrevet som «20–29: 3; 30–39: 4» (fra–til: antall personer). Aldersgruppene må summere til antall personer.',
    'Kilde: skriv «kilde-id: plassering i kilden», med id fra listen under, eller «Egen verdi». Endrer du et tall uten å endre kilden, lagres tallet som din egen verdi («Egen verdi – importert av …»), for kilden sier noe annet.',
    'Andre kostnader: ett beløp per slag. Har en rad flere kostnader av samme slag, endres de i skjemaet i Flokk.',
    'Arket «Volum» har volummålene til scenarioene (for volumnøkkelen), og «Anrop» antall anrop per kommune, ukedag og starttid (for sentralbordet).',
    'Last opp filen under Grunnlag → Importer. Du ser endringene før du lagrer; ingenting lagres så lenge det er feil.',
  ],
  nn: [
    'Slik fyller du ut malen for grunnlaget',
    'Arket «Grunnlag» har éi rad per kommune, tenesteområde og omfang. Kolonnane merkte (nøkkel) seier kva rad det er: endrar du ein nøkkel, blir det ei ny rad, og den gamle blir fjerna.',
    'Kommune og Tenesteområde er berre til hjelp og blir ikkje lesne inn. Rader du slettar, blir fjerna frå saka; førehandsvisinga viser dei før noko blir lagra.',
    'Eit tal kjeldene ikkje gir, skriv du .. (to punktum) eller lèt stå tomt – aldri 0. Beløp er heile kroner per år.',
    'Alder: fyll ut anten «Alder (eitt tal)», eller «Alder frå» og «Alder til», eller «Aldersgrupper» skrive som «20–29: 3; 30–39: 4» (frå–til: talet på personar). Aldersgruppene må summere til talet på personar.',
    'Kjelde: skriv «kjelde-id: plassering i kjelda», med id frå lista under, eller «Eigen verdi». Endrar du eit tal utan å endre kjelda, blir talet lagra som din eigen verdi («Eigen verdi – importert av …»), for kjelda seier noko anna.',
    'Andre kostnader: eitt beløp per slag. Har ei rad fleire kostnader av same slag, endrar du dei i skjemaet i Flokk.',
    'Arket «Volum» har volummåla til scenarioa (for volumnøkkelen), og «Anrop» talet på anrop per kommune, vekedag og starttid (for sentralbordet).',
    'Last opp fila under Grunnlag → Importer. Du ser endringane før du lagrar; ingenting blir lagra så lenge det er feil.',
  ],
  en: [
    'How to fill in the baseline template',
    'The sheet “Baseline” has one row per municipality, service area and scope. The columns marked (key) say which row it is: change a key and it becomes a new row, and the old one is removed.',
    'Municipality and Service area are there to help and are not read. Rows you delete are removed from the case; the preview shows them before anything is saved.',
    'A figure the sources do not give is written .. (two dots) or left empty – never 0. Amounts are whole kroner per year.',
    'Ages: fill in either “Age (one figure)”, or “Age from” and “Age to”, or “Age bands” written as “20–29: 3; 30–39: 4” (from–to: persons). The bands must add up to the headcount.',
    'Source: write “source-id: place in the source”, with an id from the list below, or “Own value”. Change a figure without changing its source, and the figure is saved as your own value (“Own value – imported by …”), since the source says something else.',
    'Other costs: one amount per kind. Where a row has several costs of one kind, change them in the form in Flokk.',
    'The sheet “Volumes” holds the scenarios’ volume measures (for the volume key), and “Calls” the calls per municipality, weekday and start time (for the switchboard).',
    'Upload the file under Baseline → Import. You see the changes before saving; nothing is saved while there are errors.',
  ],
};

const HEADINGS: Record<Language, { sources: string; municipalities: string; areas: string }> = {
  nb: {
    sources: 'Kilder i saken (id – tittel)',
    municipalities: 'Kommuner (nummer – navn)',
    areas: 'Tjenesteområder (id – navn)',
  },
  nn: {
    sources: 'Kjelder i saka (id – tittel)',
    municipalities: 'Kommunar (nummer – namn)',
    areas: 'Tenesteområde (id – namn)',
  },
  en: {
    sources: 'Sources in the case (id – title)',
    municipalities: 'Municipalities (number – name)',
    areas: 'Service areas (id – name)',
  },
};

/** The instruction sheet's rows: a title, the rules, then the case's lists, each row one or two cells. */
export function templateInstructions(document: CaseDocument, language: Language): string[][] {
  const headings = HEADINGS[language];
  return [
    ...LINES[language].map((line) => [line]),
    [],
    [headings.sources],
    ...document.sources.map((source) => [source.id, textOf(source.title, language) ?? source.id]),
    [],
    [headings.municipalities],
    ...document.participants.map((p) => [p.municipalityNumber, p.name]),
    [],
    [headings.areas],
    ...document.serviceAreas.map((area) => [area.id, textOf(area.name, language) ?? area.id]),
  ];
}
