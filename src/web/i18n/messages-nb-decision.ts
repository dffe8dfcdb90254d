/**
 * Bokmål messages for the decision page per municipality («Hva betyr dette for Melhus?», issue 17). Spread
 * into `messages-nb.ts`.
 * @module
 */
export const nbDecision = {
  'nav.decision': 'Hva betyr dette?',
  'decision.noScenarios':
    'Saken har ingen scenarier ennå, så det er ikke noe svar å vise. Et scenario er et forslag til hvilke tjenester kommunene skal løse sammen, og hvordan kostnadene deles.',
  'decision.toScenarios': 'Gå til scenariene',
  'decision.titlePlain': 'Hva betyr dette for kommunen?',
  'decision.title': 'Hva betyr dette for {municipality}?',
  'decision.loading': 'Laster sammendraget …',
  'decision.municipalityChooser': 'Kommune',
  'decision.scenarioChooser': 'Scenario',
  'decision.noDecision':
    'Ingen scenario er vedtatt. Tallene gjelder «{scenario}», valgt her, ikke ved vedtak.',
  'decision.explainHint': 'Trykk på et tall for å se hvordan det er regnet ut.',
  'decision.millions': '{value} mill. kr',
  'decision.answerHeading': 'Kort fortalt',
  'decision.netPeriod': 'Netto effekt {first}–{last}',
  'decision.netPeriodTerm':
    'Innsparinger minus kostnader for {municipality}, lagt sammen i faste {baseYear}-kroner. Positivt tall: kommunen sparer.',
  'decision.npv': 'Nåverdi',
  'decision.npvLabel': 'Nåverdi for {municipality}',
  'decision.npvTerm':
    'Nåverdi: årene regnet om til verdien i {baseYear}; senere år teller mindre ({rate} rente per år).',
  'decision.range': 'Hvor sikkert',
  'decision.rangeBefore': 'I 8 av 10 simulerte utfall mellom',
  'decision.rangeAnd': 'og',
  'decision.rangeLowLabel': 'Nedre grense (P10) for nåverdien for {municipality}',
  'decision.rangeHighLabel': 'Øvre grense (P90) for nåverdien for {municipality}',
  'decision.rangeTerm':
    'Simulerte utfall: nåverdien regnet ut {draws} ganger med tilfeldige verdier for de usikre anslagene.',
  'decision.lossBefore': 'Andel utfall der kommunen taper penger:',
  'decision.lossLabel': 'Sannsynlighet for tap for {municipality}',
  'decision.payback': 'Nedbetalingstid',
  'decision.paybackLabel': 'Året {municipality} har tjent inn utleggene',
  'decision.paybackPaidBack': 'Betaler seg tilbake i',
  'decision.paybackNotWithin': 'Betaler seg ikke tilbake innen {year}.',
  'decision.paybackNoOutlay': 'Ingen utlegg å tjene inn: summen for kommunen er aldri negativ i perioden.',
  'decision.paybackTerm': 'Nedbetalingstid: året kommunen har fått igjen det den har lagt ut, uten rente.',
  'decision.placeholdersHeading': 'Det som fortsatt er plassholdere',
  'decision.placeholdersLead':
    '{count} verdier er plassholdere: anslag uten kilde eller vedtak, som må erstattes før tallene brukes i et vedtak.',
  'decision.placeholdersNone': 'Ingen verdier i scenarioet er plassholdere.',
  'decision.placeholderBy': '{label} (settes av {who})',
  'decision.missingCosts':
    '{count} kostnader er ikke lagt inn ennå, verken som beløp eller som null, for eksempel prosjektledelse, flytting og IKT. Tallene blir annerledes når de kommer inn.',
  'decision.grantsNotCounted': '{count} tilskudd er ikke regnet med.',
  'decision.yearsHeading': 'Netto effekt per år',
  'decision.yearsCaption': 'Netto effekt for {municipality} per år, i faste {baseYear}-kroner',
  'decision.yearsRegion': 'Netto effekt per år (kan rulles)',
  'decision.year': 'År',
  'decision.net': 'Netto effekt',
  'decision.yearLabel': 'Netto effekt for {municipality} i {year}',
  'decision.nonPricedHeading': 'Det som ikke er prissatt',
  'decision.nonPricedLead':
    'Virkninger som ikke er regnet i kroner, men som skal vurderes ved siden av tallene (pluss-minus-metoden, fra −4 til +4):',
  'decision.notAssessed': 'ikke vurdert',
  'decision.consequence': 'vurdert til {value}',
  'decision.placeholderMark': '(plassholder)',
  'decision.legalHeading': 'Juridisk modell og vilkår',
  'decision.legalLead':
    'Samarbeidsmodell: måten kommunene organiserer samarbeidet på etter kommuneloven, for eksempel vertskommune. Dette er analysens resultat, ikke et vedtak.',
  'decision.rankingNone': 'Ingen rangering ennå: kommunene har ikke vektet kriteriene i «{set}».',
  'decision.rankingTop': 'Passer best etter kriteriene i «{set}»: {models}.',
  'decision.lawfulHeading': 'Modeller loven tillater',
  'decision.areaModels': '{area}: {models}.',
  'decision.areaNoModels': '{area}: ingen av modellene er lovlige.',
  'decision.unconfirmed': 'ikke bekreftet',
  'decision.conditionsHeading': 'Vilkår for modellene',
  'decision.staffHeading': 'Hva skjer med de ansatte',
  'decision.staffLead':
    'Årsverk: én full stilling i ett år. Naturlig avgang: ansatte som slutter eller går av med pensjon uansett.',
  'decision.staffWorst': '{area}: i {year} kan {low}–{high} årsverk måtte reduseres utover naturlig avgang.',
  'decision.staffCovered': '{area}: reduksjonen dekkes av naturlig avgang.',
  'decision.staffAgesMissing': '{area}: alderen til de ansatte mangler, så avgangen kan ikke anslås.',
  'decision.transfers':
    '{title}: {met} av {total} plikter ved virksomhetsoverdragelse (når ansatte får ny arbeidsgiver) er oppfylt.',
  'decision.noTransfers':
    'Ingen overføring av ansatte til en ny arbeidsgiver er registrert ennå, så pliktene ved virksomhetsoverdragelse er ikke vurdert.',
} as const satisfies Record<string, string>;
