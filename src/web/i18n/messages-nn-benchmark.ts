/**
 * Nynorsk messages for the comparison page: the cooperation as one unit and the KOSTRA benchmark.
 * @module
 */
import type { BenchmarkMessages } from './messages-nb-benchmark.ts';

export const benchmarkNn: BenchmarkMessages = {
  'nav.benchmark': 'Samanlikning',
  'loading.benchmark': 'Hentar samanlikninga …',
  'benchmark.title': 'Samanlikning med andre kommunar',

  'profile.heading': 'Samarbeidet som éin kommune',
  'profile.answer': '{names} har til saman {population} innbyggjarar (1. januar {year})',
  'profile.answerLike': ' – omtrent som {like}.',
  'profile.unknownPopulation':
    'Referansedataa har ikkje folketalet for alle kommunane, så Flokk viser ingen sum for samarbeidet.',
  'profile.area': 'Til saman {area} km², {density} innbyggjarar per km².',
  'profile.fte':
    'Tenestene saka omfattar har {fte} årsverk til saman, {per1000} årsverk per 1 000 innbyggjarar.',
  'profile.caseSame': 'Saka oppgir {value} innbyggjarar per {date}, det same som SSBs tal for same dato.',
  'profile.caseDiffers':
    'Saka oppgir {value} innbyggjarar per {date}, men SSBs tal for same dato er {reference}. Sjekk kjelda i saka.',
  'profile.caseSource': 'Kjelde i saka: {sources}.',
  'profile.caseCombined':
    'Saka oppgir òg {value} innbyggjarar for kommunane samla ({date}; kjelde: {source}). Talet er frå ein annan dato og ei anna kjelde enn SSBs, og kan difor avvike.',
  'profile.and': 'og',
  'profile.membersCaption': 'Kommunane i samarbeidet',
  'profile.col.municipality': 'Kommune',
  'profile.col.population': 'Innbyggjarar 1. januar {year}',
  'profile.col.areaKm2': 'Areal (km²)',
  'profile.col.group': 'KOSTRA-gruppe',
  'profile.col.county': 'Fylke',
  'profile.together': 'Til saman',
  'profile.staffCaption': 'Årsverk og kostnader per tenesteområde, kommunane samla',
  'profile.col.serviceArea': 'Tenesteområde',
  'profile.col.fte': 'Årsverk',
  'profile.col.decentral': 'Av dette utanfor eininga',
  'profile.col.labourCost': 'Lønnskostnad',
  'profile.col.otherCost': 'Andre kostnader',
  'profile.col.per1000': 'Årsverk per 1 000 innbyggjarar',
  'profile.agesHeading': 'Alder blant dei tilsette',
  'profile.agesCaption': 'Yngste og eldste tilsette per tenesteområde og kommune',
  'profile.decentral': '{name}, utanfor eininga',
  'profile.withheldNote':
    '«:» tyder at alderen er skjerma: gruppa kan ha færre enn 5 personar, og då kunne nokon kjennast att.',
  'profile.missingNote': '«..» tyder at kjeldene ikkje gir talet.',
  'profile.comparableHeading': 'Kommunar av same storleik',
  'profile.comparableRule':
    'Einskildkommunar med mellom {min} og {max} innbyggjarar 1. januar {year}, det vil seie høgst {share} prosent fleire eller færre enn samarbeidet til saman. Nærast i folketal står først.',
  'profile.comparableCaption': 'Einskildkommunar av om lag same storleik som samarbeidet',
  'profile.col.admin': 'Administrasjon per innbyggjar {year} (kr)',
  'profile.source':
    'Kjelde: Statistisk sentralbyrå (SSB), tabell 07459 (folkemengd 1. januar) og KOSTRA-gruppering (Klass 112). Areal: © Kartverket.',

  'benchmark.heading': 'Samanlikna med KOSTRA-gruppa',
  'benchmark.intro':
    'Tala er netto driftsutgifter i kroner per innbyggjar, slik SSB publiserer dei i KOSTRA. Kvar kommune står ved sida av gjennomsnittet for KOSTRA-gruppa si, nabokommunane og landet utan Oslo. Administrasjon står først, fordi utgreiinga gjeld administrasjon.',
  'benchmark.answerAdmin': '{name} brukte {value} kroner per innbyggjar på administrasjon i {year}.',
  'benchmark.answerNone': '{name}: tala finst ikkje i dataa Flokk har enno.',
  'benchmark.groupLine': 'KOSTRA-gruppe: {description}.',
  'benchmark.neighbours': 'Nabokommunar: {names}.',
  'benchmark.tableCaption': '{indicator}, kroner per innbyggjar – {name}',
  'benchmark.col.year': 'År',
  'benchmark.col.group': 'Gruppe {number}',
  'benchmark.col.country': 'Landet utan Oslo',
  'benchmark.missing': '«..» tyder at talet ikkje finst i dataa Flokk har – hent det med {command}.',
  'benchmark.missingCount': '{count} av tala på sida finst ikkje i dataa Flokk har enno.',
  'benchmark.fetch': 'Hent manglande tal med: {command}',
  'benchmark.groupNote':
    'Talet for gruppa er SSBs eige gjennomsnitt for KOSTRA-gruppa. Flokk reknar det ikkje ut frå kommunane i gruppa, fordi SSB vektar gruppetalet etter folketal. Manglar SSBs tal, står det «..».',
  'benchmark.unknown':
    'Kommunenummer {number} finst ikkje i referansedataa, så Flokk har ingen KOSTRA-tal for det.',
  'benchmark.preliminary': 'Tala for {year} kan vere førebelse; SSB reviderer dei i juni.',
  'benchmark.sourcesSummary': 'Kjelde for kvart tal',
  'benchmark.sourceLine': '{region} {year}: SSB tabell {table}',
  'benchmark.noSources': 'Ingen av tala i tabellen finst i dataa Flokk har.',
  'benchmark.source':
    'Kjelde: Statistisk sentralbyrå (SSB), KOSTRA, tabell 12362 (funksjonsgrupper) og 12367 (einskildfunksjonar).',
  'benchmark.chartLabel': 'Linjediagram: administrasjon per innbyggjar for {name}, gruppa og landet',
  'benchmark.chartSummary': 'Administrasjon per innbyggjar for {name}: {values}.',
  'benchmark.yearAxis': 'År',
  'benchmark.valueAxis': 'Kroner per innbyggjar',
  'benchmark.showTable': 'Vis tala som tabell',
  'benchmark.otherIndicators': 'Fleire indikatorar for {name}',
  'benchmark.legend': 'Heiltrekt linje: kommunen. Stipla: KOSTRA-gruppa. Prikka: landet utan Oslo.',
};
