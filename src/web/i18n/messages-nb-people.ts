/**
 * Bokmål messages for the people screens (Ansatte, Sentralbord) and the Erlang calculator.
 * @module
 */
import { peopleFormsNb } from './messages-nb-people-forms.ts';

export const peopleNb = {
  ...peopleFormsNb,
  'nav.people': 'Ansatte',
  'nav.switchboard': 'Sentralbord',
  'loading.people': 'Henter ansatte og kapasitet …',

  'people.title': 'Ansatte og naturlig avgang',
  'people.intro':
    'Forventet avgang per år for hver kommune og for den felles enheten, beregnet fra aldrene i grunnlaget og forutsetningene for pensjon og turnover.',
  'people.missingHeading': 'Forutsetninger som mangler',
  'people.boundsNote':
    'Sakens kilder gir ikke andelen som går av med AFP ved 62 år, andelen som går av ved vanlig pensjonsalder eller årlig turnover. I stedet for å gjette viser Flokk to ytterpunkter: lav = ingen går av før øvre aldersgrense, høy = alle går av ved første mulige alder. Turnover er ikke regnet med før den er lagt inn.',
  'people.field.earlyRetirementAge': 'Alder for AFP',
  'people.field.earlyRetirementShare': 'Andel som går av med AFP ved 62 år',
  'people.field.ordinaryRetirementAge': 'Vanlig pensjonsalder',
  'people.field.ordinaryRetirementShare': 'Andel som går av ved vanlig pensjonsalder',
  'people.field.upperAgeLimit': 'Øvre aldersgrense',
  'people.field.yearlyTurnover': 'Årlig turnover',
  'people.caption': '{area}: avgang i årsverk fram til og med året (lav–høy)',
  'people.col.departedBy': 't.o.m. {year}',
  'people.col.target': 'Reduksjon i scenario (årsverk)',
  'people.col.covered': 'Dekket av naturlig avgang (år)',
  'people.joint': 'Felles enhet',
  'people.coveredOrNot': '{year} eller ikke innen {last}',
  'people.notCovered': 'ikke innen {year}',
  'people.simulation':
    'Monte Carlo ({runs} trekk, frø {seed}): avgang i årsverk innen {year}, P10–P90: lav {low}, høy {high}.',
  'people.suppressedNote':
    '«:» betyr at tallet er skjermet: gruppen kan ha færre enn 5 personer, og alder og avgang kan avsløre enkeltpersoner. Der summen for felles enhet minus de andre kommunene ville gitt et skjermet tall, er også flere tall skjermet. Bare de som har lagt inn dataene (redaktører og eiere) ser dem.',
  'people.vulnerabilityHeading': 'Sårbarhet før og etter samarbeid',
  'people.vulnerabilityIntro':
    'Antall personer som kan utføre oppgavene i hver kommune i dag og i en felles enhet. Der antall personer ikke er oppgitt, brukes det minste antallet årsverkene tillater.',
  'people.vulnerabilityCaption': 'Personer som kan utføre oppgavene, før og etter samarbeid',
  'people.col.area': 'Tjenesteområde',
  'people.col.after': 'Felles enhet',
  'people.col.onePerson': 'Enpersonsfunksjoner før',
  'people.col.probability': 'Sannsynlighet for at ingen er på jobb (etter)',
  'people.absenceMissing':
    'Fraværsrater er ikke lagt inn, så sannsynligheten for at ingen kvalifisert er på jobb kan ikke beregnes ennå.',
  'people.chartLabel':
    'Stolpediagram: personer per kommune før samarbeid og i felles enhet. Samme tall står i tabellen under.',

  'switchboard.title': 'Sentralbord',
  'switchboard.intro':
    'Dagens bemanning er beregnet ut fra åpningstid (saksframlegget). Et pilotprosjekt for felles sentralbord er planlagt våren 2026.',
  'switchboard.todayCaption': 'Sentralbord i dag (budsjett 2025)',
  'switchboard.col.cost': 'Lønnskostnad',
  'switchboard.missingHeading': 'Bemanningen kan ikke beregnes ennå',
  'switchboard.missingIntro':
    'Disse opplysningene mangler. Flokk finner ikke på tall; legg dem inn med kilde:',
  'switchboard.missing.ahtSeconds': 'Gjennomsnittlig behandlingstid per anrop',
  'switchboard.missing.targetServiceLevel': 'Mål for servicenivå (andel besvart innen målet)',
  'switchboard.missing.targetSeconds': 'Svartid i målet (sekunder)',
  'switchboard.missing.shrinkage': 'Svinn (pauser, møter, fravær)',
  'switchboard.missing.openWeeksPerYear': 'Uker åpent per år',
  'switchboard.missing.calls': 'Anrop per ukedag og time: {municipality}',
  'switchboard.missing.openingHours': 'Åpningstider: {municipality}',
  'switchboard.sizingCaption': 'Tre separate sentralbord mot ett felles',
  'switchboard.col.unit': 'Sentralbord',
  'switchboard.col.fte': 'Årsverk (hele agenter)',
  'switchboard.col.fractionalFte': 'Årsverk (desimal)',
  'switchboard.weekday.1': 'Mandag',
  'switchboard.weekday.2': 'Tirsdag',
  'switchboard.weekday.3': 'Onsdag',
  'switchboard.weekday.4': 'Torsdag',
  'switchboard.weekday.5': 'Fredag',
  'switchboard.weekday.6': 'Lørdag',
  'switchboard.weekday.7': 'Søndag',
  'switchboard.warningCount': '{warning} ({count} intervaller)',
  'switchboard.outsideHours': 'Noen anrop er registrert utenfor åpningstiden og er holdt utenfor.',
  'switchboard.intervalsSummary': 'Vis bemanning per intervall for felles sentralbord',
  'switchboard.intervalsCaption': 'Felles sentralbord: agenter per intervall',
  'switchboard.col.interval': 'Intervall',
  'switchboard.pooled': 'Felles sentralbord',
  'switchboard.gain': 'Gevinst ved felles kø',
  'switchboard.sharesCaption': 'Kostnaden for felles sentralbord fordelt med kostnadsnøklene',
  'switchboard.key.population': 'Innbyggertall',
  'switchboard.key.equal': 'Lik andel',

  'erlang.heading': 'Erlang-kalkulator',
  'erlang.intro': 'Regn ut hvor mange som må svare i ett intervall for å nå et servicenivå (Erlang C).',
  'erlang.calls': 'Anrop i intervallet',
  'erlang.interval': 'Intervall (minutter)',
  'erlang.aht': 'Behandlingstid per anrop (sekunder)',
  'erlang.serviceLevel': 'Servicenivå (%)',
  'erlang.targetSeconds': 'Innen (sekunder)',
  'erlang.shrinkage': 'Svinn (%)',
  'erlang.maxOccupancy': 'Høyeste belegg (%, valgfritt)',
  'erlang.errorSummary': 'Rett dette før du beregner:',
  'erlang.submit': 'Beregn',
  'erlang.invalid': 'Sjekk feltet «{field}»: skriv et gyldig tall.',
  'erlang.resultCaption': 'Resultat',
  'erlang.traffic': 'Trafikk (Erlang)',
  'erlang.agents': 'Agenter (hele)',
  'erlang.fractionalAgents': 'Agenter (desimal)',
  'erlang.wait': 'Sannsynlighet for å vente',
  'erlang.result.serviceLevel': 'Servicenivå',
  'erlang.asa': 'Gjennomsnittlig svartid (sekunder)',
  'erlang.occupancy': 'Belegg',
  'erlang.staff': 'Bemanning etter svinn (hele)',
  'erlang.fractionalStaff': 'Bemanning etter svinn (desimal)',
  'erlang.warning.high-occupancy':
    'Belegget er over 90 %. Så høyt belegg sliter på de ansatte og gjør køen ustabil.',
  'erlang.warning.traffic-reaches-agents': 'Trafikken når antallet agenter: køen vokser uten grense.',
  'erlang.warning.target-unreachable': 'Målet kan ikke nås.',
  'erlang.warning.queue-truncated': 'Køen er avkortet i beregningen.',
  'erlang.poisson':
    'Forutsetning: anropene kommer uavhengig av hverandre med jevn rate i intervallet (Poisson), behandlingstiden er eksponentialfordelt, og ingen legger på (Erlang C).',
  'erlang.metric': 'Mål',
  'erlang.value': 'Verdi',
} as const satisfies Record<string, string>;

export type PeopleMessages = Record<keyof typeof peopleNb, string>;
