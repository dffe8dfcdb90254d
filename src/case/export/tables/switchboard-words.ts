/**
 * The switchboard table's words in bokmål, nynorsk and English: headers with units, the rows' names, and
 * the inputs as the people forms label them (for the missing list and the placeholders).
 * @module
 */
import type { Language } from '../../../i18n/language.ts';

export type SwitchboardField =
  | 'ahtSeconds'
  | 'targetServiceLevel'
  | 'targetSeconds'
  | 'maxOccupancy'
  | 'shrinkage'
  | 'patienceSeconds'
  | 'openWeeksPerYear';

export const SWITCHBOARD_WORDS = {
  nb: {
    sheet: 'Sentralbord',
    title:
      'Sentralbord i dag og beregnet bemanning: tre separate sentralbord mot ett felles (Erlang-modellen), med kostnaden for det felles fordelt med kostnadsnøklene.',
    unit: 'Sentralbord',
    fteToday: 'Årsverk i dag',
    costToday: 'Lønnskostnad i dag (kr)',
    fte: 'Beregnede årsverk (hele agenter)',
    fractionalFte: 'Beregnede årsverk (desimal)',
    cost: 'Beregnet lønnskostnad (kr)',
    population: 'Felles kostnad fordelt etter innbyggertall (kr)',
    equal: 'Felles kostnad fordelt med lik andel (kr)',
    pooled: 'Felles sentralbord',
    gain: 'Gevinst ved felles kø',
    missing: 'Bemanningen kan ikke beregnes ennå. Disse opplysningene mangler',
    calls: (m: string) => `Anrop per ukedag og time: ${m}`,
    openingHours: (m: string) => `Åpningstider: ${m}`,
    intervals:
      'Bemanningen per intervall (agenter per halvtime eller time) står på sentralbordsiden og er ikke med her.',
    notApplicable: 'Tom celle: tallet gjelder ikke raden.',
    fields: {
      ahtSeconds: 'Gjennomsnittlig behandlingstid per anrop',
      targetServiceLevel: 'Mål for servicenivå (andel besvart innen målet)',
      targetSeconds: 'Svartid i målet (sekunder)',
      maxOccupancy: 'Høyeste belegg',
      shrinkage: 'Svinn (pauser, møter, fravær)',
      patienceSeconds: 'Innringernes tålmodighet (sekunder)',
      openWeeksPerYear: 'Uker åpent per år',
    },
  },
  nn: {
    sheet: 'Sentralbord',
    title:
      'Sentralbord i dag og utrekna bemanning: tre separate sentralbord mot eitt felles (Erlang-modellen), med kostnaden for det felles fordelt med kostnadsnøklane.',
    unit: 'Sentralbord',
    fteToday: 'Årsverk i dag',
    costToday: 'Lønskostnad i dag (kr)',
    fte: 'Utrekna årsverk (heile agentar)',
    fractionalFte: 'Utrekna årsverk (desimal)',
    cost: 'Utrekna lønskostnad (kr)',
    population: 'Felles kostnad fordelt etter innbyggjartal (kr)',
    equal: 'Felles kostnad fordelt med lik del (kr)',
    pooled: 'Felles sentralbord',
    gain: 'Vinst ved felles kø',
    missing: 'Bemanninga kan ikkje reknast ut enno. Desse opplysningane manglar',
    calls: (m: string) => `Oppringingar per vekedag og time: ${m}`,
    openingHours: (m: string) => `Opningstider: ${m}`,
    intervals:
      'Bemanninga per intervall (agentar per halvtime eller time) står på sentralbordsida og er ikkje med her.',
    notApplicable: 'Tom celle: talet gjeld ikkje rada.',
    fields: {
      ahtSeconds: 'Gjennomsnittleg behandlingstid per oppringing',
      targetServiceLevel: 'Mål for servicenivå (del svart innan målet)',
      targetSeconds: 'Svartid i målet (sekund)',
      maxOccupancy: 'Høgaste belegg',
      shrinkage: 'Svinn (pausar, møte, fråvær)',
      patienceSeconds: 'Tolmodet til innringarane (sekund)',
      openWeeksPerYear: 'Veker ope per år',
    },
  },
  en: {
    sheet: 'Switchboard',
    title:
      "The switchboards today and the computed staffing: three separate switchboards against one pooled (the Erlang model), with the pooled one's cost shared by the cost keys.",
    unit: 'Switchboard',
    fteToday: 'FTE today',
    costToday: 'Labour cost today (NOK)',
    fte: 'Computed FTE (whole agents)',
    fractionalFte: 'Computed FTE (fractional)',
    cost: 'Computed labour cost (NOK)',
    population: 'Pooled cost shared by population (NOK)',
    equal: 'Pooled cost shared equally (NOK)',
    pooled: 'Pooled switchboard',
    gain: 'Pooling gain',
    missing: 'The staffing cannot be computed yet. These inputs are missing',
    calls: (m: string) => `Calls per weekday and hour: ${m}`,
    openingHours: (m: string) => `Opening hours: ${m}`,
    intervals:
      'The staffing per interval (agents per half hour or hour) is on the switchboard page and not included here.',
    notApplicable: 'Empty cell: the figure does not apply to the row.',
    fields: {
      ahtSeconds: 'Average handling time per call',
      targetServiceLevel: 'Service level target (share answered within the target)',
      targetSeconds: 'Answer time in the target (seconds)',
      maxOccupancy: 'Highest occupancy',
      shrinkage: 'Shrinkage (breaks, meetings, absence)',
      patienceSeconds: "Callers' patience (seconds)",
      openWeeksPerYear: 'Weeks open per year',
    },
  },
} satisfies Record<Language, unknown>;
