/**
 * Bokmål messages for fair cost sharing (issue 5). Spread into `messages-nb.ts`. The names of keys and
 * methods and the core sentences come worded from the API (`case/cost-sharing/comparison-words.ts`).
 * @module
 */
export const nbCostSharing = {
  'nav.costSharing': 'Kostnadsdeling',
  'costSharing.title': 'Kostnadsdeling',
  'costSharing.lead':
    'Hvordan den felles driftskostnaden kan deles – med enkle nøkler og med metoder fra samarbeidsspillteori – og om noen kommune eller gruppe av kommuner da betaler mer enn den ville gjort alene.',
  'costSharing.loading': 'Regner ut kostnadsdelingen …',
  'costSharing.noScenarios': 'Saken har ingen scenarier ennå. Lag et scenario først.',
  'costSharing.chooseHeading': 'Velg scenario og område',
  'costSharing.scenario': 'Scenario',
  'costSharing.scope': 'Område',
  'costSharing.package': 'Hele pakken (alle områdene)',
  'costSharing.summaryHeading': 'Kjernesjekk per område',
  'costSharing.summaryIntro':
    'En fordeling er i kjernen når ingen kommune og ingen gruppe av kommuner betaler mer enn den ville betalt alene. Tabellen viser dette for hvert område i scenarioet og for hele pakken.',
  'costSharing.gameSummaryCaption':
    'Shapley-verdien og nukleolus: hva hver kommune betaler per år, og netto effekt det første året med full effekt',
  'costSharing.netAt': 'netto {amount} i {year}',
  'costSharing.summaryCaption': 'Er fordelingen i kjernen? {scenario}',
  'costSharing.inCore': 'I kjernen',
  'costSharing.notInCore': 'Ikke i kjernen',
  'costSharing.detailsHeading': 'Detaljer: {scope}',
  'costSharing.modelHeading': 'Slik er kostnadene avledet',
  'costSharing.costsCaption': 'Årlig kostnad c(S) for hver gruppe kommuner',
  'costSharing.colGroup': 'Gruppe',
  'costSharing.colCost': 'Kostnad per år',
  'costSharing.colOrigin': 'Kilde',
  'costSharing.colDerived': 'Avledet verdi',
  'costSharing.derived': 'Avledet',
  'costSharing.typed': 'Oppgitt',
  'costSharing.typedSource':
    'Oppgitte tall kommer fra kostnadstabellen «{id}» i saken og erstatter de avledede.',
  'costSharing.warningsHeading': 'Merk om kostnadene',
  'costSharing.allocationsHeading': 'Fordelingene side om side',
  'costSharing.allocationsCaption':
    'Hva hver kommune betaler av den felles driftskostnaden (kr per år), og kjernesjekken',
  'costSharing.sharesCaption':
    'Hver kommunes andel av innsparingen: kostnad alene minus det den betaler, delt på den samlede innsparingen',
  'costSharing.colAllocation': 'Fordeling',
  'costSharing.colCore': 'Kjernesjekk',
  'costSharing.kindKey': 'Enkle nøkler',
  'costSharing.kindMethod': 'Metoder fra spillteori',
  'costSharing.scenarioKey': 'scenarioets nøkkel',
  'costSharing.totalSaving':
    'Sammen betaler kommunene {total} per år mot {alone} hver for seg: en samlet innsparing på {saving}.',
  'costSharing.unavailableKey': '{key} kan ikke brukes her ({reason}).',
  'costSharing.incomplete': 'Tabellen mangler kostnad for noen grupper, så fordelingene kan ikke regnes ut.',
  'costSharing.triangleHeading': 'Kjernen i en trekant',
  'costSharing.triangleIntro':
    'Hvert punkt i trekanten er én måte å dele innsparingen på {saving} per år mellom de tre kommunene. I et hjørne får én kommune hele innsparingen; langs kanten motsatt et hjørne får den kommunen ingenting. Det skraverte feltet er kjernen. Fylte sirkler er i kjernen, åpne kvadrater utenfor.',
  'costSharing.triangleTitle': 'Kjernen og fordelingene i innsparingstrekanten',
  'costSharing.corner': '{name} får alt',
  'costSharing.triangleCorePoint': 'Kjernen er ett eneste punkt: {shares}.',
  'costSharing.triangleCoreArea': 'Kjernen er et område med {count} hjørner.',
  'costSharing.triangleCoreEmpty': 'Kjernen er tom og er ikke tegnet.',
  'costSharing.triangleInside': 'I kjernen: {names}.',
  'costSharing.triangleOutside': 'Utenfor kjernen: {names}.',
  'costSharing.triangleLegend': 'Nummerne i trekanten',
  'costSharing.triangleTable': 'Vis trekanten som tabell',
  'costSharing.cornersCaption': 'Kjernens hjørner, som andel av innsparingen',
  'costSharing.colCorner': 'Hjørne',
  'costSharing.pointsCaption': 'Fordelingene som punkter, andel av innsparingen',
  'costSharing.colNumber': 'Nr.',
  'costSharing.noTriangle': 'Trekanten tegnes når tre kommuner deler og de sparer noe sammen.',
  'costSharing.netHeading': 'Netto effekt per år',
  'costSharing.netIntro':
    'Netto effekt er det samme tallet som scenarioet viser: kostnaden kommunen ville hatt alene (nullalternativet) minus kostnaden med samarbeid, år for år, med medianen av hver usikker forutsetning. Bare fordelingen av den felles driftskostnaden i området endres; engangskostnader og tilskudd deles etter scenarioets egne nøkler.',
  'costSharing.netMethod': 'Fordeling for netto effekt',
  'costSharing.netCaption': 'Netto effekt per kommune og år med {method} (kr, positivt er en gevinst)',
  'costSharing.colYear': 'År',
  'costSharing.colTotal': 'Sum',
  'costSharing.netUnavailable': 'Scenarioet kan ikke regnes ut år for år, så netto effekt mangler.',
  'costSharing.yes': 'ja',
  'costSharing.no': 'nei',
  'costSharing.unavailableItem': '{label} – {reason}',
  'costSharing.netMethodUnavailable': '{method}: {reason} Tabellen viser derfor {fallback}.',
  'costSharing.netSumCaption':
    'Netto effekt per kommune med hver fordeling, sum {from}–{to} (kr, positivt er en gevinst)',
  'costSharing.netSameFigure':
    'Raden merket «scenarioets nøkkel» er den fordelingen scenarioet bruker. Den gir samme tall, til kronen, som scenarioets egen side.',
} as const satisfies Record<string, string>;
