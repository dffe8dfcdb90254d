/**
 * Bokmål messages for the comparison page: the cooperation as one unit and the KOSTRA benchmark.
 * @module
 */
export const benchmarkNb = {
  'nav.benchmark': 'Sammenligning',
  'loading.benchmark': 'Henter sammenligningen …',
  'benchmark.title': 'Sammenligning med andre kommuner',

  'profile.heading': 'Samarbeidet som én kommune',
  'profile.answer': '{names} har til sammen {population} innbyggere (1. januar {year})',
  'profile.answerLike': ' – omtrent som {like}.',
  'profile.unknownPopulation':
    'Referansedataene har ikke folketallet for alle kommunene, så Flokk viser ingen sum for samarbeidet.',
  'profile.area': 'Til sammen {area} km², {density} innbyggere per km².',
  'profile.fte':
    'Tjenestene saken omfatter har {fte} årsverk til sammen, {per1000} årsverk per 1 000 innbyggere.',
  'profile.caseSame': 'Saken oppgir {value} innbyggere per {date}, det samme som SSBs tall for samme dato.',
  'profile.caseDiffers':
    'Saken oppgir {value} innbyggere per {date}, men SSBs tall for samme dato er {reference}. Sjekk kilden i saken.',
  'profile.caseSource': 'Kilde i saken: {sources}.',
  'profile.caseCombined':
    'Saken oppgir også {value} innbyggere for kommunene samlet ({date}; kilde: {source}). Tallet er fra en annen dato og kilde enn SSBs, og kan derfor avvike.',
  'profile.and': 'og',
  'profile.membersCaption': 'Kommunene i samarbeidet',
  'profile.col.municipality': 'Kommune',
  'profile.col.population': 'Innbyggere 1. januar {year}',
  'profile.col.areaKm2': 'Areal (km²)',
  'profile.col.group': 'KOSTRA-gruppe',
  'profile.col.county': 'Fylke',
  'profile.together': 'Til sammen',
  'profile.staffCaption': 'Årsverk og kostnader per tjenesteområde, kommunene samlet',
  'profile.col.serviceArea': 'Tjenesteområde',
  'profile.col.fte': 'Årsverk',
  'profile.col.decentral': 'Herav utenfor enheten',
  'profile.col.labourCost': 'Lønnskostnad',
  'profile.col.otherCost': 'Andre kostnader',
  'profile.col.per1000': 'Årsverk per 1 000 innbyggere',
  'profile.agesHeading': 'Alder blant de ansatte',
  'profile.agesCaption': 'Yngste og eldste ansatt per tjenesteområde og kommune',
  'profile.decentral': '{name}, utenfor enheten',
  'profile.withheldNote':
    '«:» betyr at alderen er skjermet: gruppen kan ha færre enn 5 personer, og da kunne noen kjennes igjen.',
  'profile.missingNote': '«..» betyr at kildene ikke gir tallet.',
  'profile.comparableHeading': 'Kommuner på samme størrelse',
  'profile.comparableRule':
    'Enkeltkommuner med mellom {min} og {max} innbyggere 1. januar {year}, det vil si høyst {share} prosent flere eller færre enn samarbeidet til sammen. Nærmest i folketall står først.',
  'profile.comparableCaption': 'Enkeltkommuner på om lag samme størrelse som samarbeidet',
  'profile.col.admin': 'Administrasjon per innbygger {year} (kr)',
  'profile.source':
    'Kilde: Statistisk sentralbyrå (SSB), tabell 07459 (folkemengde 1. januar) og KOSTRA-gruppering (Klass 112). Areal: © Kartverket.',

  'benchmark.heading': 'Sammenlignet med KOSTRA-gruppen',
  'benchmark.intro':
    'Tallene er netto driftsutgifter i kroner per innbygger, slik SSB publiserer dem i KOSTRA. Hver kommune står ved siden av gjennomsnittet for sin KOSTRA-gruppe, nabokommunene og landet uten Oslo. Administrasjon står først, fordi utredningen gjelder administrasjon.',
  'benchmark.answerAdmin': '{name} brukte {value} kroner per innbygger på administrasjon i {year}.',
  'benchmark.answerNone': '{name}: tallene finnes ikke i dataene Flokk har ennå.',
  'benchmark.groupLine': 'KOSTRA-gruppe: {description}.',
  'benchmark.neighbours': 'Nabokommuner: {names}.',
  'benchmark.tableCaption': '{indicator}, kroner per innbygger – {name}',
  'benchmark.col.year': 'År',
  'benchmark.col.group': 'Gruppe {number}',
  'benchmark.col.country': 'Landet uten Oslo',
  'benchmark.missing': '«..» betyr at tallet ikke finnes i dataene Flokk har – hent det med {command}.',
  'benchmark.missingCount': '{count} av tallene på siden finnes ikke i dataene Flokk har ennå.',
  'benchmark.fetch': 'Hent manglende tall med: {command}',
  'benchmark.groupNote':
    'Gruppens tall er SSBs eget gjennomsnitt for KOSTRA-gruppen. Flokk regner det ikke ut av kommunene i gruppen, fordi SSB vekter gruppetallet etter folketall. Mangler SSBs tall, står det «..».',
  'benchmark.unknown':
    'Kommunenummer {number} finnes ikke i referansedataene, så Flokk har ingen KOSTRA-tall for det.',
  'benchmark.preliminary': 'Tallene for {year} kan være foreløpige; SSB reviderer dem i juni.',
  'benchmark.sourcesSummary': 'Kilde for hvert tall',
  'benchmark.sourceLine': '{region} {year}: SSB tabell {table}',
  'benchmark.noSources': 'Ingen av tallene i tabellen finnes i dataene Flokk har.',
  'benchmark.source':
    'Kilde: Statistisk sentralbyrå (SSB), KOSTRA, tabell 12362 (funksjonsgrupper) og 12367 (enkeltfunksjoner).',
  'benchmark.chartLabel': 'Linjediagram: administrasjon per innbygger for {name}, gruppen og landet',
  'benchmark.chartSummary': 'Administrasjon per innbygger for {name}: {values}.',
  'benchmark.yearAxis': 'År',
  'benchmark.valueAxis': 'Kroner per innbygger',
  'benchmark.showTable': 'Vis tallene som tabell',
  'benchmark.otherIndicators': 'Flere indikatorer for {name}',
  'benchmark.legend': 'Heltrukket linje: kommunen. Stiplet: KOSTRA-gruppen. Prikket: landet uten Oslo.',
} as const satisfies Record<string, string>;

export type BenchmarkMessages = Record<keyof typeof benchmarkNb, string>;
