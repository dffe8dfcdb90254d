/**
 * Nynorsk messages for fair cost sharing (issue 5). Spread into `messages-nn.ts`.
 * @module
 */
import type { nbCostSharing } from './messages-nb-cost-sharing.ts';

export const nnCostSharing: Record<keyof typeof nbCostSharing, string> = {
  'nav.costSharing': 'Kostnadsdeling',
  'costSharing.title': 'Kostnadsdeling',
  'costSharing.lead':
    'Korleis den felles driftskostnaden kan delast – med enkle nøklar og med metodar frå samarbeidsspelteori – og om nokon kommune eller gruppe av kommunar då betaler meir enn ho ville gjort åleine.',
  'costSharing.loading': 'Reknar ut kostnadsdelinga …',
  'costSharing.noScenarios': 'Saka har ingen scenario enno. Lag eit scenario først.',
  'costSharing.chooseHeading': 'Vel scenario og område',
  'costSharing.scenario': 'Scenario',
  'costSharing.scope': 'Område',
  'costSharing.package': 'Heile pakken (alle områda)',
  'costSharing.summaryHeading': 'Kjernesjekk per område',
  'costSharing.summaryIntro':
    'Ei fordeling er i kjernen når ingen kommune og inga gruppe av kommunar betaler meir enn ho ville betalt åleine. Tabellen viser dette for kvart område i scenarioet og for heile pakken.',
  'costSharing.gameSummaryCaption':
    'Shapley-verdien og nukleolus: kva kvar kommune betaler per år, og netto effekt det første året med full effekt',
  'costSharing.netAt': 'netto {amount} i {year}',
  'costSharing.summaryCaption': 'Er fordelinga i kjernen? {scenario}',
  'costSharing.inCore': 'I kjernen',
  'costSharing.notInCore': 'Ikkje i kjernen',
  'costSharing.detailsHeading': 'Detaljar: {scope}',
  'costSharing.modelHeading': 'Slik er kostnadene avleidde',
  'costSharing.costsCaption': 'Årleg kostnad c(S) for kvar gruppe kommunar',
  'costSharing.colGroup': 'Gruppe',
  'costSharing.colCost': 'Kostnad per år',
  'costSharing.colOrigin': 'Kjelde',
  'costSharing.colDerived': 'Avleidd verdi',
  'costSharing.derived': 'Avleidd',
  'costSharing.typed': 'Oppgitt',
  'costSharing.typedSource':
    'Oppgitte tal kjem frå kostnadstabellen «{id}» i saka og erstattar dei avleidde.',
  'costSharing.warningsHeading': 'Merk om kostnadene',
  'costSharing.allocationsHeading': 'Fordelingane side om side',
  'costSharing.allocationsCaption':
    'Kva kvar kommune betaler av den felles driftskostnaden (kr per år), og kjernesjekken',
  'costSharing.sharesCaption':
    'Delen kvar kommune får av innsparinga: kostnad åleine minus det ho betaler, delt på den samla innsparinga',
  'costSharing.colAllocation': 'Fordeling',
  'costSharing.colCore': 'Kjernesjekk',
  'costSharing.kindKey': 'Enkle nøklar',
  'costSharing.kindMethod': 'Metodar frå spelteori',
  'costSharing.scenarioKey': 'nøkkelen til scenarioet',
  'costSharing.totalSaving':
    'Saman betaler kommunane {total} per år mot {alone} kvar for seg: ei samla innsparing på {saving}.',
  'costSharing.unavailableKey': '{key} kan ikkje brukast her ({reason}).',
  'costSharing.incomplete':
    'Tabellen manglar kostnad for nokre grupper, så fordelingane kan ikkje reknast ut.',
  'costSharing.triangleHeading': 'Kjernen i ein trekant',
  'costSharing.triangleIntro':
    'Kvart punkt i trekanten er éin måte å dele innsparinga på {saving} per år mellom dei tre kommunane. I eit hjørne får éin kommune heile innsparinga; langs kanten motsett eit hjørne får den kommunen ingenting. Det skraverte feltet er kjernen. Fylte sirklar er i kjernen, opne kvadrat utanfor.',
  'costSharing.triangleTitle': 'Kjernen og fordelingane i innsparingstrekanten',
  'costSharing.corner': '{name} får alt',
  'costSharing.triangleCorePoint': 'Kjernen er eitt einaste punkt: {shares}.',
  'costSharing.triangleCoreArea': 'Kjernen er eit område med {count} hjørne.',
  'costSharing.triangleCoreEmpty': 'Kjernen er tom og er ikkje teikna.',
  'costSharing.triangleInside': 'I kjernen: {names}.',
  'costSharing.triangleOutside': 'Utanfor kjernen: {names}.',
  'costSharing.triangleLegend': 'Nummera i trekanten',
  'costSharing.triangleTable': 'Vis trekanten som tabell',
  'costSharing.cornersCaption': 'Hjørna til kjernen, som del av innsparinga',
  'costSharing.colCorner': 'Hjørne',
  'costSharing.pointsCaption': 'Fordelingane som punkt, del av innsparinga',
  'costSharing.colNumber': 'Nr.',
  'costSharing.noTriangle': 'Trekanten blir teikna når tre kommunar deler og dei sparer noko saman.',
  'costSharing.netHeading': 'Netto effekt per år',
  'costSharing.netIntro':
    'Netto effekt er det same talet som scenarioet viser: kostnaden kommunen ville hatt åleine (nullalternativet) minus kostnaden med samarbeid, år for år, med medianen av kvar uviss føresetnad. Berre fordelinga av den felles driftskostnaden i området blir endra; eingongskostnader og tilskot blir delte etter nøklane til scenarioet.',
  'costSharing.netMethod': 'Fordeling for netto effekt',
  'costSharing.netCaption': 'Netto effekt per kommune og år med {method} (kr, positivt er ein vinst)',
  'costSharing.colYear': 'År',
  'costSharing.colTotal': 'Sum',
  'costSharing.netUnavailable': 'Scenarioet kan ikkje reknast ut år for år, så netto effekt manglar.',
  'costSharing.yes': 'ja',
  'costSharing.no': 'nei',
  'costSharing.unavailableItem': '{label} – {reason}',
  'costSharing.netMethodUnavailable': '{method}: {reason} Tabellen viser difor {fallback}.',
  'costSharing.netSumCaption':
    'Netto effekt per kommune med kvar fordeling, sum {from}–{to} (kr, positivt er ein vinst)',
  'costSharing.netSameFigure':
    'Rada merkt «nøkkelen til scenarioet» er fordelinga scenarioet bruker. Ho gir same tal, til krona, som sida til scenarioet.',
};
