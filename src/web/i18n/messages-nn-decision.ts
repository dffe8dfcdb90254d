/**
 * Nynorsk messages for the decision page per municipality (issue 17). Spread into `messages-nn.ts`.
 * @module
 */
import type { nbDecision } from './messages-nb-decision.ts';

export const nnDecision: Record<keyof typeof nbDecision, string> = {
  'nav.decision': 'Kva betyr dette?',
  'decision.noScenarios':
    'Saka har ingen scenario enno, så det er ikkje noko svar å vise. Eit scenario er eit forslag til kva tenester kommunane skal løyse saman, og korleis kostnadene blir delte.',
  'decision.toScenarios': 'Gå til scenarioa',
  'decision.titlePlain': 'Kva betyr dette for kommunen?',
  'decision.title': 'Kva betyr dette for {municipality}?',
  'decision.loading': 'Lastar samandraget …',
  'decision.municipalityChooser': 'Kommune',
  'decision.scenarioChooser': 'Scenario',
  'decision.noDecision':
    'Ikkje noko scenario er vedteke. Tala gjeld «{scenario}», valt her, ikkje ved vedtak.',
  'decision.explainHint': 'Trykk på eit tal for å sjå korleis det er rekna ut.',
  'decision.millions': '{value} mill. kr',
  'decision.answerHeading': 'Kort fortalt',
  'decision.netPeriod': 'Netto effekt {first}–{last}',
  'decision.netPeriodTerm':
    'Innsparingar minus kostnader for {municipality}, lagde saman i faste {baseYear}-kroner. Positivt tal: kommunen sparar.',
  'decision.npv': 'Noverdi',
  'decision.npvLabel': 'Noverdi for {municipality}',
  'decision.npvTerm':
    'Noverdi: åra rekna om til verdien i {baseYear}; seinare år tel mindre ({rate} rente per år).',
  'decision.range': 'Kor sikkert',
  'decision.rangeBefore': 'I 8 av 10 simulerte utfall mellom',
  'decision.rangeAnd': 'og',
  'decision.rangeLowLabel': 'Nedre grense (P10) for noverdien for {municipality}',
  'decision.rangeHighLabel': 'Øvre grense (P90) for noverdien for {municipality}',
  'decision.rangeTerm':
    'Simulerte utfall: noverdien rekna ut {draws} gonger med tilfeldige verdiar for dei usikre overslaga.',
  'decision.lossBefore': 'Del utfall der kommunen tapar pengar:',
  'decision.lossLabel': 'Sannsyn for tap for {municipality}',
  'decision.payback': 'Nedbetalingstid',
  'decision.paybackLabel': 'Året {municipality} har tent inn utlegga',
  'decision.paybackPaidBack': 'Betaler seg tilbake i',
  'decision.paybackNotWithin': 'Betaler seg ikkje tilbake innan {year}.',
  'decision.paybackNoOutlay': 'Ingen utlegg å tene inn: summen for kommunen er aldri negativ i perioden.',
  'decision.paybackTerm': 'Nedbetalingstid: året kommunen har fått att det han har lagt ut, utan rente.',
  'decision.placeholdersHeading': 'Det som framleis er plasshaldarar',
  'decision.placeholdersLead':
    '{count} verdiar er plasshaldarar: overslag utan kjelde eller vedtak, som må bytast ut før tala blir brukte i eit vedtak.',
  'decision.placeholdersNone': 'Ingen verdiar i scenarioet er plasshaldarar.',
  'decision.placeholderBy': '{label} (blir sett av {who})',
  'decision.missingCosts':
    '{count} kostnader er ikkje lagde inn enno, verken som beløp eller som null, til dømes prosjektleiing, flytting og IKT. Tala blir annleis når dei kjem inn.',
  'decision.grantsNotCounted': '{count} tilskot er ikkje rekna med.',
  'decision.yearsHeading': 'Netto effekt per år',
  'decision.yearsCaption': 'Netto effekt for {municipality} per år, i faste {baseYear}-kroner',
  'decision.yearsRegion': 'Netto effekt per år (kan rullast)',
  'decision.year': 'År',
  'decision.net': 'Netto effekt',
  'decision.yearLabel': 'Netto effekt for {municipality} i {year}',
  'decision.nonPricedHeading': 'Det som ikkje er prissett',
  'decision.nonPricedLead':
    'Verknader som ikkje er rekna i kroner, men som skal vurderast ved sida av tala (pluss-minus-metoden, frå −4 til +4):',
  'decision.notAssessed': 'ikkje vurdert',
  'decision.consequence': 'vurdert til {value}',
  'decision.placeholderMark': '(plasshaldar)',
  'decision.legalHeading': 'Juridisk modell og vilkår',
  'decision.legalLead':
    'Samarbeidsmodell: måten kommunane organiserer samarbeidet på etter kommunelova, til dømes vertskommune. Dette er resultatet av analysen, ikkje eit vedtak.',
  'decision.rankingNone': 'Inga rangering enno: kommunane har ikkje vekta kriteria i «{set}».',
  'decision.rankingTop': 'Passar best etter kriteria i «{set}»: {models}.',
  'decision.lawfulHeading': 'Modellar lova tillèt',
  'decision.areaModels': '{area}: {models}.',
  'decision.areaNoModels': '{area}: ingen av modellane er lovlege.',
  'decision.unconfirmed': 'ikkje stadfesta',
  'decision.conditionsHeading': 'Vilkår for modellane',
  'decision.staffHeading': 'Kva skjer med dei tilsette',
  'decision.staffLead':
    'Årsverk: éi full stilling i eitt år. Naturleg avgang: tilsette som sluttar eller går av med pensjon uansett.',
  'decision.staffWorst': '{area}: i {year} kan {low}–{high} årsverk måtte reduserast utover naturleg avgang.',
  'decision.staffCovered': '{area}: reduksjonen blir dekt av naturleg avgang.',
  'decision.staffAgesMissing': '{area}: alderen til dei tilsette manglar, så avgangen kan ikkje reknast ut.',
  'decision.transfers':
    '{title}: {met} av {total} plikter ved verksemdsoverdraging (når tilsette får ny arbeidsgivar) er oppfylte.',
  'decision.noTransfers':
    'Inga overføring av tilsette til ein ny arbeidsgivar er registrert enno, så pliktene ved verksemdsoverdraging er ikkje vurderte.',
};
