/**
 * Nynorsk messages for the people screens (Tilsette, Sentralbord) and the Erlang calculator.
 * @module
 */
import { peopleFormsNn } from './messages-nn-people-forms.ts';
import type { PeopleMessages } from './messages-nb-people.ts';

export const peopleNn: PeopleMessages = {
  ...peopleFormsNn,
  'nav.people': 'Tilsette',
  'nav.switchboard': 'Sentralbord',
  'loading.people': 'Hentar tilsette og kapasitet …',

  'people.title': 'Tilsette og naturleg avgang',
  'people.intro':
    'Venta avgang per år for kvar kommune og for den felles eininga, rekna ut frå aldrane i grunnlaget og føresetnadene for pensjon og turnover.',
  'people.missingHeading': 'Føresetnader som manglar',
  'people.boundsNote':
    'Kjeldene i saka gir ikkje delen som går av med AFP ved 62 år, delen som går av ved vanleg pensjonsalder eller årleg turnover. I staden for å gjette viser Flokk to ytterpunkt: låg = ingen går av før øvre aldersgrense, høg = alle går av ved første moglege alder. Turnover er ikkje rekna med før han er lagd inn.',
  'people.field.earlyRetirementAge': 'Alder for AFP',
  'people.field.earlyRetirementShare': 'Del som går av med AFP ved 62 år',
  'people.field.ordinaryRetirementAge': 'Vanleg pensjonsalder',
  'people.field.ordinaryRetirementShare': 'Del som går av ved vanleg pensjonsalder',
  'people.field.upperAgeLimit': 'Øvre aldersgrense',
  'people.field.yearlyTurnover': 'Årleg turnover',
  'people.caption': '{area}: avgang i årsverk fram til og med året (låg–høg)',
  'people.col.departedBy': 't.o.m. {year}',
  'people.col.target': 'Reduksjon i scenario (årsverk)',
  'people.col.covered': 'Dekt av naturleg avgang (år)',
  'people.joint': 'Felles eining',
  'people.coveredOrNot': '{year} eller ikkje innan {last}',
  'people.notCovered': 'ikkje innan {year}',
  'people.simulation':
    'Monte Carlo ({runs} trekk, frø {seed}): avgang i årsverk innan {year}, P10–P90: låg {low}, høg {high}.',
  'people.suppressedNote':
    '«:» tyder at talet er skjerma: gruppa kan ha færre enn 5 personar, og alder og avgang kan avsløre einskildpersonar. Der summen for felles eining minus dei andre kommunane ville gitt eit skjerma tal, er også fleire tal skjerma. Berre dei som har lagt inn dataa (redaktørar og eigarar) ser dei.',
  'people.vulnerabilityHeading': 'Sårbarheit før og etter samarbeid',
  'people.vulnerabilityIntro':
    'Talet på personar som kan utføre oppgåvene i kvar kommune i dag og i ei felles eining. Der talet på personar ikkje er oppgitt, blir det minste talet årsverka tillèt brukt.',
  'people.vulnerabilityCaption': 'Personar som kan utføre oppgåvene, før og etter samarbeid',
  'people.col.area': 'Tenesteområde',
  'people.col.after': 'Felles eining',
  'people.col.onePerson': 'Einpersonsfunksjonar før',
  'people.col.probability': 'Sannsyn for at ingen er på jobb (etter)',
  'people.absenceMissing':
    'Fråværsratar er ikkje lagde inn, så sannsynet for at ingen kvalifisert er på jobb kan ikkje reknast ut enno.',
  'people.chartLabel':
    'Stolpediagram: personar per kommune før samarbeid og i felles eining. Same tal står i tabellen under.',

  'switchboard.title': 'Sentralbord',
  'switchboard.intro':
    'Bemanninga i dag er rekna ut frå opningstid (saksframlegget). Eit pilotprosjekt for felles sentralbord er planlagt våren 2026.',
  'switchboard.todayCaption': 'Sentralbord i dag (budsjett 2025)',
  'switchboard.col.cost': 'Lønskostnad',
  'switchboard.missingHeading': 'Bemanninga kan ikkje reknast ut enno',
  'switchboard.missingIntro':
    'Desse opplysningane manglar. Flokk finn ikkje på tal; legg dei inn med kjelde:',
  'switchboard.missing.ahtSeconds': 'Gjennomsnittleg behandlingstid per oppringing',
  'switchboard.missing.targetServiceLevel': 'Mål for servicenivå (del svart innan målet)',
  'switchboard.missing.targetSeconds': 'Svartid i målet (sekund)',
  'switchboard.missing.shrinkage': 'Svinn (pausar, møte, fråvær)',
  'switchboard.missing.openWeeksPerYear': 'Veker ope per år',
  'switchboard.missing.calls': 'Oppringingar per vekedag og time: {municipality}',
  'switchboard.missing.openingHours': 'Opningstider: {municipality}',
  'switchboard.sizingCaption': 'Tre separate sentralbord mot eitt felles',
  'switchboard.col.unit': 'Sentralbord',
  'switchboard.col.fte': 'Årsverk (heile agentar)',
  'switchboard.col.fractionalFte': 'Årsverk (desimal)',
  'switchboard.weekday.1': 'Måndag',
  'switchboard.weekday.2': 'Tysdag',
  'switchboard.weekday.3': 'Onsdag',
  'switchboard.weekday.4': 'Torsdag',
  'switchboard.weekday.5': 'Fredag',
  'switchboard.weekday.6': 'Laurdag',
  'switchboard.weekday.7': 'Sundag',
  'switchboard.warningCount': '{warning} ({count} intervall)',
  'switchboard.outsideHours': 'Nokre oppringingar er registrerte utanfor opningstida og er haldne utanfor.',
  'switchboard.intervalsSummary': 'Vis bemanning per intervall for felles sentralbord',
  'switchboard.intervalsCaption': 'Felles sentralbord: agentar per intervall',
  'switchboard.col.interval': 'Intervall',
  'switchboard.pooled': 'Felles sentralbord',
  'switchboard.gain': 'Vinst ved felles kø',
  'switchboard.sharesCaption': 'Kostnaden for felles sentralbord fordelt med kostnadsnøklane',
  'switchboard.key.population': 'Innbyggjartal',
  'switchboard.key.equal': 'Lik del',

  'erlang.heading': 'Erlang-kalkulator',
  'erlang.intro': 'Rekn ut kor mange som må svare i eitt intervall for å nå eit servicenivå (Erlang C).',
  'erlang.calls': 'Oppringingar i intervallet',
  'erlang.interval': 'Intervall (minutt)',
  'erlang.aht': 'Behandlingstid per oppringing (sekund)',
  'erlang.serviceLevel': 'Servicenivå (%)',
  'erlang.targetSeconds': 'Innan (sekund)',
  'erlang.shrinkage': 'Svinn (%)',
  'erlang.maxOccupancy': 'Høgaste belegg (%, valfritt)',
  'erlang.errorSummary': 'Rett dette før du reknar ut:',
  'erlang.submit': 'Rekn ut',
  'erlang.invalid': 'Sjekk feltet «{field}»: skriv eit gyldig tal.',
  'erlang.resultCaption': 'Resultat',
  'erlang.traffic': 'Trafikk (Erlang)',
  'erlang.agents': 'Agentar (heile)',
  'erlang.fractionalAgents': 'Agentar (desimal)',
  'erlang.wait': 'Sannsyn for å vente',
  'erlang.result.serviceLevel': 'Servicenivå',
  'erlang.asa': 'Gjennomsnittleg svartid (sekund)',
  'erlang.occupancy': 'Belegg',
  'erlang.staff': 'Bemanning etter svinn (heile)',
  'erlang.fractionalStaff': 'Bemanning etter svinn (desimal)',
  'erlang.warning.high-occupancy':
    'Belegget er over 90 %. So høgt belegg slit på dei tilsette og gjer køen ustabil.',
  'erlang.warning.traffic-reaches-agents': 'Trafikken når talet på agentar: køen veks utan grense.',
  'erlang.warning.target-unreachable': 'Målet kan ikkje nåast.',
  'erlang.warning.queue-truncated': 'Køen er avkorta i utrekninga.',
  'erlang.poisson':
    'Føresetnad: oppringingane kjem uavhengig av kvarandre med jamn rate i intervallet (Poisson), behandlingstida er eksponentialfordelt, og ingen legg på (Erlang C).',
  'erlang.metric': 'Mål',
  'erlang.value': 'Verdi',
};
