/**
 * Nynorsk messages for the scenario screens: list, editor, results, simulation and comparison.
 * @module
 */
import type { ScenarioMessages } from './messages-nb-scenarios.ts';

export const scenariosNn: ScenarioMessages = {
  'nav.scenarios': 'Scenario',

  'scenarios.title': 'Scenario',
  'scenarios.intro':
    'Eit scenario seier kva kommunar som går saman om kva tenester, når, kva det kostar og kva det kan spare. Noverdien her er rekna med alle usikre føresetnader på medianverdien.',
  'scenarios.caption': 'Scenarioa i saka',
  'scenarios.colName': 'Scenario',
  'scenarios.colDescription': 'Skildring',
  'scenarios.colNpv': 'Netto noverdi, totalt (medianar)',
  'scenarios.empty': 'Saka har ingen scenario enno.',
  'scenarios.notFound': 'Saka har ikkje noko scenario med id «{id}».',
  'scenarios.backToList': 'Til alle scenarioa',

  'compare.title': 'Samanlikn scenario',
  'compare.formHeading': 'Samanlikn to scenario',
  'compare.scenarioA': 'Scenario A',
  'compare.scenarioB': 'Scenario B',
  'compare.submit': 'Samanlikn',
  'compare.sameScenario': 'Vel to ulike scenario.',
  'compare.choose': 'Vel to scenario å samanlikne.',
  'compare.caption': 'Scenario A og B side om side (medianverdiar, kroner av basisåret)',
  'compare.measure': 'Storleik',
  'compare.columnA': 'A: {name}',
  'compare.columnB': 'B: {name}',
  'compare.difference': 'Skilnad (B − A)',
  'compare.total': 'totalt',
  'compare.npv': 'Netto noverdi – {who}',
  'compare.payback': 'Tilbakebetalt (år) – {who}',
  'compare.irr': 'Internrente – totalt',
  'compare.quantile': '{quantile} netto noverdi – {who}',
  'compare.notSimulated': 'ikkje simulert',
  'compare.simulationHeading': 'Usikkerheit',
  'compare.simulationIntro':
    'P10, P50 og P90 blir viste når scenarioa er simulerte med {draws} trekk og frø {seed}, her eller på scenarioet si eiga side.',
  'compare.simulateBoth': 'Simuler begge',
  'compare.simulating': 'Simulerer «{name}» …',

  'results.keyFigures': 'Nøkkeltal',
  'results.live': 'Tala blir rekna ut på nytt medan du endrar føresetnadene, før du lagrar.',
  'results.staleDraft': 'Tala viser siste gyldige utkast. Rett dette for å oppdatere dei: {problem}',
  'results.npvCaption': 'Netto noverdi ved medianverdiar ({baseYear}-kroner)',
  'results.npv': 'Netto noverdi',
  'results.payback': 'Tilbakebetalt (år)',
  'results.irr': 'Internrente',
  'results.total': 'Totalt',
  'results.paybackExplained':
    'Tilbakebetalt er året frå og med som samla netto verknad held seg på null eller meir etter eit utlegg. «Ingen utlegg å tene inn» betyr at samla netto verknad aldri er negativ: ingen kostnad kjem før vinsten, så det er ikkje noko å tene inn og heller ikkje noko tilbakebetalingsår. Internrenta er renta som gir noverdi null; ho blir berre vist når pengane først går ut og så kjem tilbake. Elles står det «ikkje meiningsfull», og då er noverdien målet å lese.',
  'results.heading': 'Resultat',
  'results.cashFlowHeading': 'Kontantstraum per kommune og år',
  'results.cashFlowIntro':
    'Netto verknad = kostnad i dag − del av den felles eininga − del av eingongskostnader + del av tilskot. Vel ein kommune for å sjå linjene.',
  'results.cashFlowCaption': 'Netto verknad per kommune og år ({baseYear}-kroner, faste prisar)',
  'results.sumYears': 'Sum',
  'results.lines': '– vis eller skjul linjene',
  'results.budgetHeading': 'Budsjettvising',
  'results.budgetCaption': 'Netto verknad i løpande kroner (prisvekst {inflation} per år)',
  'results.budgetMissingYears': 'Desse åra i økonomiplanperioden er utanfor analyseperioden: {years}.',

  'line.costToday': 'Kostnad i dag – {source}',
  'line.jointUnitShare': 'Del av felles eining – {source}',
  'line.oneOffShare': 'Del av eingongskostnader – {source}',
  'line.grantShare': 'Del av tilskot – {source}',

  'payback.none': 'ikkje innan perioden',
  'irr.none': 'inga',
  'irr.several': 'fleire ({rates})',

  'discount.stepRange': '{rate} år {from}–{to}',
  'discount.stepRest': '{rate} deretter',
  'discount.stepAll': '{rate} alle år',
  'discount.conventionState':
    'Noverdien er rekna i faste {baseYear}-kroner (reelle prisar) og diskontert til {baseYear} etter rundskrivet R-109/21 frå Finansdepartementet: {steps}.',
  'discount.conventionCustom':
    'Noverdien er rekna i faste {baseYear}-kroner (reelle prisar) og diskontert til {baseYear} med ei eiga kalkulasjonsrente for scenarioet: {steps}.',

  'tornado.heading': 'Følsemd (tornado)',
  'tornado.intro':
    'Kvar søyle viser netto noverdi totalt når éin usikker føresetnad blir endra ±{change} og dei andre står på medianverdien.',
  'tornado.label': 'Tornadodiagram: netto noverdi totalt når éin føresetnad om gongen blir endra ±{change}',
  'tornado.summary':
    'Netto noverdi er mest følsam for {input}: han går frå {low} til {high} når verdien blir endra ±{change} (grunnverdi {base}).',
  'tornado.lowLegend': 'Føresetnaden lågare',
  'tornado.highLegend': 'Føresetnaden høgare',
  'tornado.caption': 'Netto noverdi totalt når éin føresetnad blir endra ±{change}',
  'tornado.lowValue': 'Låg verdi',
  'tornado.lowNpv': 'Netto noverdi, låg',
  'tornado.highValue': 'Høg verdi',
  'tornado.highNpv': 'Netto noverdi, høg',
  'tornado.swing': 'Utslag',
  'tornado.none': 'Scenarioet har ingen usikre føresetnader.',

  'switching.heading': 'Nullpunkt',
  'switching.caption': 'Verdien av kvar føresetnad der netto noverdi blir null',
  'switching.none': 'finst ikkje i området',
  'switching.explained':
    'Verdien der netto noverdi skiftar forteikn, med dei andre føresetnadene på medianverdien. For innsparing er området som er søkt, −100 % til 100 %. «Finst ikkje i området» tyder at noverdien har same forteikn i heile området.',

  'chart.showTable': 'Vis tala som tabell',
  'chart.npvAxis': 'Netto noverdi (mill. kr)',
  'chart.yearAxis': 'År',
  'chart.cumulativeAxis': 'Samla kontantstraum (mill. kr)',

  'fan.label': 'Viftediagram: samla netto kontantstraum per år, P10–P90 og P50',
  'fan.summary':
    'Ved utgangen av {year} er samla netto kontantstraum mellom {p10} og {p90} i 80 % av trekka, med median {p50}.',
  'fan.caption': 'Samla netto kontantstraum per år, udiskontert (faste kroner)',
  'fan.bandLegend': 'P10–P90',
  'fan.lineLegend': 'P50 (median)',

  'simulation.heading': 'Usikkerheit (Monte Carlo)',
  'simulation.intro':
    'Simuleringa trekkjer alle usikre føresetnader mange gonger og viser spreiinga i netto noverdi. Same frø gir same tal her, på tenaren og i kommandolinja.',
  'simulation.draws': 'Tal på trekk',
  'simulation.drawsHint': 'Frå 1 til {max}.',
  'simulation.drawsInvalid': 'Skriv eit heilt tal frå 1 til {max}.',
  'simulation.seed': 'Frø',
  'simulation.seedHint': 'Eit heilt tal; same frø gir same resultat.',
  'simulation.seedInvalid': 'Skriv eit heilt tal frå 0 til 4 294 967 295.',
  'simulation.run': 'Køyr simulering',
  'simulation.cancel': 'Avbryt',
  'simulation.progressLabel': 'Simulering',
  'simulation.progressText': '{percent} % ({done} av {draws} trekk)',
  'simulation.running': 'Simuleringa køyrer …',
  'simulation.cancelled': 'Simuleringa vart avbroten etter {done} av {draws} trekk.',
  'simulation.finished': 'Simuleringa er ferdig: {draws} trekk med frø {seed}.',
  'simulation.failed': 'Simuleringa mislukkast: {message}',
  'simulation.stale': 'Føresetnadene er endra etter simuleringa. Køyr ho på nytt for å oppdatere tala.',
  'simulation.tableCaption': 'Netto noverdi – usikkerheit',
  'simulation.mean': 'Middel',
  'simulation.probabilityOfLoss': 'Sannsyn for tap',

  'scenarioEdit.heading': 'Føresetnader',
  'scenarioEdit.intro':
    'Bruk komma som desimalteikn (6,4). Delar og renter skriv du i prosent, beløp i kroner. Kvar føresetnad skal ha ei kjelde. Har ingen fastsett talet enno, merkjer du det som plasshaldar: Flokk brukar det berre for å kunne rekne, og viser det som «Plasshaldar – ikkje fastsett» overalt.',
  'scenarioEdit.readerNotice': 'Du har lesetilgang og kan sjå, men ikkje endre, føresetnadene.',
  'scenarioEdit.settings': 'Felles for scenarioet',
  'scenarioEdit.baseYearHint':
    'Alle beløp er i kroner av dette året, og noverdien blir rekna til dette året.',
  'scenarioEdit.firstYearHint': 'Tomt: basisåret.',
  'scenarioEdit.inflationHint': 'Blir berre brukt i budsjettvisinga (løpande kroner).',
  'scenarioEdit.discountLegend': 'Kalkulasjonsrente (reell)',
  'scenarioEdit.discountDefault': 'Standard etter rundskriv R-109/21: {steps}.',
  'scenarioEdit.customDiscount': 'Bruk eiga kalkulasjonsrente',
  'scenarioEdit.stepContext': '– steg {n}',
  'scenarioEdit.addStep': 'Legg til steg',
  'scenarioEdit.removeStep': 'Fjern steg {n}',
  'scenarioEdit.stateSteps': 'Set til R-109/21',
  'scenarioEdit.areaContext': '– {area}',
  'scenarioEdit.costContext': '– {cost}, {area}',
  'scenarioEdit.keyContext': '– {key} {context}',
  'scenarioEdit.volumeContext': '– {municipality}, {area}',
  'scenarioEdit.savings': 'Innsparing',
  'scenarioEdit.phasing': 'Framdrift',
  'scenarioEdit.sharing': 'Fordeling av kostnader',
  'scenarioEdit.attritionHint':
    'Største del av dagens årsverk som kan forsvinne ved naturleg avgang per år. Tomt: inga grense.',
  'scenarioEdit.latestCommonDate': 'Siste dato alle har tal for',
  'scenarioEdit.measureHint': 'Til dømes lønsslippar, fakturaer, journalpostar, samtalar eller saker.',
  'scenarioEdit.oneOffCosts': 'Eingongskostnader',
  'scenarioEdit.recurringCosts': 'Nye løpande kostnader',
  'scenarioEdit.noOneOffCosts': 'Ingen eingongskostnader er lagde inn.',
  'scenarioEdit.noRecurringCosts': 'Ingen nye løpande kostnader er lagde inn.',
  'scenarioEdit.addOneOffCost': 'Legg til eingongskostnad',
  'scenarioEdit.addRecurringCost': 'Legg til løpande kostnad',
  'scenarioEdit.removeCost': 'Fjern {cost}',
  'scenarioEdit.oneOffCostN': 'Eingongskostnad {n}',
  'scenarioEdit.recurringCostN': 'Løpande kostnad {n}',
  'scenarioEdit.noCostsWarning':
    'Ingen eingongskostnader eller nye løpande kostnader er anslått enno for {areas}. Grunnlaget nemner prosjektleiing, harmonisering av system, flytting, IKT-investeringar og juridisk arbeid, men gir ingen beløp. Noverdien viser difor berre innsparinga og er for høg til kostnadene er lagde inn.',
  'scenarioEdit.commentHint': 'Skriv kva du endra og kvifor, og kvar tala kjem frå.',
  'scenarioEdit.invalidNumber': 'Skriv eit tal, til dømes 21 eller 6,4.',
  'scenarioEdit.required': 'Må fyllast ut.',
  'scenarioEdit.sourceRequired': 'Vel dokumentet talet er henta frå.',
  'scenarioEdit.outOfOrder': 'Låg må vere lågare enn høg, og mest sannsynleg mellom dei.',
  'scenarioEdit.notPositive': 'Må vere større enn null.',
  'scenarioEdit.rebasedOverlap':
    'Scenarioet vart òg endra i revisjon {revision}; verdiane dine er haldne på. Sjå over før du lagrar.',

  'scenarioField.baseYear': 'Basisår (kroneår)',
  'scenarioField.firstYear': 'Første år i tabellen',
  'scenarioField.horizonYears': 'Tal på år',
  'scenarioField.inflation': 'Prisvekst (% per år)',
  'scenarioField.discountFromYear': 'Frå år',
  'scenarioField.discountRate': 'Rente (%)',
  'scenarioField.participants': 'Deltakande kommunar',
  'scenarioField.startYear': 'Startår',
  'scenarioField.rampUpYears': 'Opptrappingsår',
  'scenarioField.attritionCap': 'Tak for naturleg avgang (% per år)',
  'scenarioField.costKey': 'Kostnadsnøkkel',
  'scenarioField.oneOffKey': 'Nøkkel for eingongskostnader',
  'scenarioField.referenceDate': 'Folketal per',
  'scenarioField.measure': 'Volummål',
  'scenarioField.fixedShare': 'Fast del, likt fordelt (%)',
  'scenarioField.restKey': 'Resten blir fordelt etter',
  'scenarioField.volume': 'Volum ({measure})',
  'scenarioField.costKind': 'Type',
  'scenarioField.year': 'År',
  'scenarioField.fromYear': 'Frå år',
  'scenarioField.endYear': 'Til og med år (tomt: ut perioden)',

  'quantity.savings': 'Innsparing',
  'quantity.realWageGrowth': 'Reallønsvekst',
  'quantity.amount': 'Beløp',
  'quantity.annualAmount': 'Beløp per år',
  'quantity.inflation': 'Prisvekst',
  'quantity.parameter': '{quantity} {parameter} ({unit})',
  'quantity.distribution': '{quantity}: fordeling',
  'parameter.value': 'verdi',
  'parameter.min': 'låg',
  'parameter.mode': 'mest sannsynleg',
  'parameter.max': 'høg',
  'parameter.mean': 'middel',
  'parameter.sd': 'standardavvik',
  'parameter.p10': 'låg (P10)',
  'parameter.p90': 'høg (P90)',
  'unit.percent': '%',
  'unit.kroner': 'kr',

  'distribution.fixed': 'Fast verdi',
  'distribution.uniform': 'Uniform',
  'distribution.triangular': 'Triangulær',
  'distribution.pert': 'PERT',
  'distribution.normal': 'Normal',
  'distribution.lognormal': 'Lognormal',

  'costKey.population.label': 'Folketal',
  'costKey.volume.label': 'Volum',
  'costKey.equal.label': 'Like delar',
  'costKey.hybrid.label': 'Kombinert (fast del og nøkkel)',

  'costKind.projectManagement': 'Prosjektleiing',
  'costKind.systemHarmonisation': 'Harmonisering av system',
  'costKind.relocation': 'Flytting',
  'costKind.ictInvestment': 'IKT-investering',
  'costKind.legalWork': 'Juridisk arbeid',
  'costKind.management': 'Leiing',
  'costKind.premises': 'Lokale',
  'costKind.systems': 'System',
  'costKind.travel': 'Reiser',
  'costKind.other': 'Anna',

  'provenance.legend': 'Kjelde for {quantity}',
  'provenance.source': 'Kjelde',
  'provenance.placeholder': 'Plasshaldar – ikkje fastsett',
  'provenance.decision': 'Vedtak',
  'provenance.keepDecision': 'Vedtaket (som lagra)',
  'provenance.document': 'Dokument',
  'provenance.chooseDocument': 'Vel dokument',
  'provenance.locator': 'Stad i dokumentet',
  'provenance.toBeSetBy': 'Kven bør fastsetje verdien (rolle)',
  'provenance.note': 'Merknad',
  'provenance.context': 'for {quantity} {context}',
  'provenance.change': 'Endre kjelde for {quantity}',
  'provenance.sourceText': 'Kjelde: {source}.',
  'provenance.decisionText': 'Vedtak: {resolution}, pkt. {point}',
  'provenance.placeholderText': 'Plasshaldar – ikkje fastsett',
  'provenance.toBeSetByText': 'Bør fastsetjast av: {role}',
  'provenance.help':
    'Vel kjelde når talet står i eit dokument. Vel plasshaldar når ingen har fastsett talet enno: Flokk brukar det berre for å kunne rekne, og viser det som «Plasshaldar – ikkje fastsett» overalt der det blir brukt. Du kan skrive kva rolle som bør fastsetje talet, men ikkje som om nokon har gjort det.',

  'input.savingsShare': 'Innsparing – {area}',
  'input.realWageGrowth': 'Reallønsvekst',
  'input.oneOffCost': 'Eingongskostnad {n}: {kind} – {area}',
  'input.recurringCost': 'Løpande kostnad {n}: {kind} – {area}',
  'col.input': 'Føresetnad',
  'col.year': 'År',

  'warning.heading': 'Merknader til utrekninga',
  'warning.missing_baseline': '{municipality} manglar dagens tal for {area}; kommunen er rekna med 0 kr.',
  'warning.area_starts_after_horizon': '{area} startar etter analyseperioden og gir ingen verknad.',
  'warning.cost_outside_horizon':
    'Ein kostnad i {area} ({year}) fell utanfor analyseperioden og er ikkje rekna med.',
  'warning.grant_outside_horizon': 'Eit tilskot ({year}) fell utanfor analyseperioden og er ikkje rekna med.',
  'warning.attrition_limits_savings': 'Naturleg avgang avgrensar innsparinga i {area} frå {year}.',
  'warning.unknown': 'Merknad frå utrekninga: {code}.',

  'analysisError.heading': 'Resultata kan ikkje reknast ut',
  'analysisError.at': '{reason} Gjeld: {field}.',
  'analysisError.missing_volume': 'Ein kommune manglar tal for volummålet som nøkkelen bruker.',
  'analysisError.missing_population': 'Ein kommune manglar folketal på datoen nøkkelen bruker.',
  'analysisError.zero_total_weight': 'Nøkkelen gir alle kommunane vekt null, så ingen del kan reknast ut.',
  'analysisError.invalid_weight': 'Nøkkelen har eit ugyldig tal (negativt eller ikkje eit tal).',
  'analysisError.invalid_option': 'Nøkkelen manglar ei innstilling eller har ein ugyldig verdi.',
  'analysisError.no_participants': 'Det er ingen kommunar å fordele på.',
  'analysisError.unknown_key': 'Ukjend kostnadsnøkkel.',
  'analysisError.non_integer_total': 'Beløpet som skal fordelast, er ikkje eit heilt tal kroner.',
  'analysisError.invalid_discount_schedule':
    'Kalkulasjonsrenta må starte i år 0, ha stigande år og renter over −100 %.',
  'analysisError.invalid_scenario': 'Ein føresetnad er utanfor det utrekninga kan bruke.',
  'analysisError.distribution_parameter':
    'Ei fordeling har verdiar utrekninga ikkje kan bruke: låg må vere lågare enn høg, og standardavviket større enn null.',
  'analysisError.unknown': 'Ein uventa feil stoppa utrekninga.',
  'results.npvExplained':
    'Noverdi (netto noverdi) er summen av alle årlege vinstar og kostnader, der beløp langt fram i tid tel mindre, rekna om til kroner i basisåret. Positiv noverdi betyr at samarbeidet løner seg for kommunen.',
  'results.budgetConvention':
    'Budsjettvisinga viser netto verknad for kvar kommune i løpande kroner (nominelle kroner, med prisvekst {inflation} per år) for åra i økonomiplanen, {from}–{to}. Det er tala økonomisjefane fører inn i budsjettet. Tilskot er med som inntekt for kommunen som får dei. Positive tal er innsparing, negative er meirkostnad.',
  'results.solverLoading':
    'Fordelingsmetoden i kostnadsnøkkelen treng eit eige reiskap (ein LP-løysar). Det blir lasta no; tala kjem straks.',
  'results.solverFailed':
    'Reiskapen fordelingsmetoden treng, kunne ikkje lastast i nettlesaren. Vel ein annan kostnadsnøkkel, eller sjå tala i kostnadsdelinga, som blir rekna ut på tenaren.',
  'payback.noOutlay': 'Ingen utlegg å tene inn',
  'results.irrNotMeaningfulFor': 'Internrenta er ikkje meiningsfull for {names}: {reason}',
  'irr.notMeaningful': 'ikkje meiningsfull',
  'irr.reason.no_outlay': 'Ingen år har netto kostnad, så det er ikkje noko investert å rekne rente på.',
  'irr.reason.gain_first':
    'Vinsten kjem før kostnaden; då gir ei høgare rente eit betre tal, og renta seier ingenting.',
  'irr.reason.several_sign_changes':
    'Kontantstraumen skiftar forteikn fleire gonger, så fleire renter eller ingen passar.',
  'irr.reason.never_positive': 'Kontantstraumen blir aldri positiv: ingenting blir tent inn.',
  'irr.reason.no_rate_in_range': 'Inga rente mellom −99 % og 1 000 % gir noverdi null.',
  'headline.gain': '{name}: vinst på {amount} i noverdi over {years} år ({from}–{to}).',
  'headline.loss': '{name}: tap på {amount} i noverdi over {years} år ({from}–{to}).',
  'headline.none': '{name}: ingen verknad i noverdi over {years} år ({from}–{to}).',
  'headline.restsOnShort': 'Talet byggjer på plasshaldarar.',
  'headline.restsOn': 'Resultatet byggjer på {placeholders} og {missing}.',
  'headline.seeList': 'Sjå kva resultatet byggjer på.',
  'headline.grantsNotCounted':
    '{n} tilskot er ikkje rekna med, fordi kostnaden det skal finansiere, ikkje er lagd inn.',
  'headline.noPlaceholders': 'Alle tala resultatet byggjer på, har kjelde eller vedtak.',
  'count.placeholder': '{n} plasshaldar',
  'count.placeholders': '{n} plasshaldarar',
  'count.missingCost': '{n} kostnad som ikkje er anslått',
  'count.missingCosts': '{n} kostnader som ikkje er anslått',
  'placeholders.heading': 'Kva resultatet byggjer på',
  'placeholders.intro':
    'Ein plasshaldar er ein verdi Flokk bruker berre for å kunne rekne. Ingen har fastsett han, og han er ikkje henta frå ei kjelde. Vel ein verdi for å gå til feltet i skjemaet.',
  'placeholders.none': 'Resultatet bruker ingen plasshaldarar.',
  'placeholders.listHeading': 'Plasshaldarar ({n})',
  'placeholders.missingHeading': 'Kostnader som ikkje er anslått ({n})',
  'placeholders.missingIntro':
    'Utgreiingane nemner desse kostnadene, men scenarioet har ikkje noko beløp for dei enno. Noverdien er derfor for høg til dei er lagde inn.',
  'placeholders.grantsHeading': 'Tilskot som ikkje er rekna med',
  'placeholders.grantsIntro':
    'Eit tilskot blir berre rekna med opp til kostnaden det finansierer. Utan den kostnaden ville tilskotet sjå ut som rein vinst.',
  'placeholders.grant.finances_no_cost': 'tilskotet er ikkje knytt til nokon kostnad det skal finansiere.',
  'placeholders.grant.cost_not_entered': 'kostnaden tilskotet skal finansiere, er ikkje lagd inn enno.',
  'zero.heading': 'Nullalternativet: kvar kommune held fram åleine',
  'zero.intro':
    'Nullalternativet er det som skjer utan samarbeid: kvar kommune driv tenestene vidare åleine, med dagens kostnad, lønsvekst og dei kjende meirkostnadene ved å stå åleine. Det er referansen scenarioet blir målt mot. Netto verknad er skilnaden mellom kostnaden åleine og kostnaden med samarbeid.',
  'zero.caption': 'Kostnad åleine og med samarbeid per kommune og år ({baseYear}-kroner, faste prisar)',
  'zero.alone': '{name} – åleine (nullalternativet)',
  'zero.together': '{name} – med samarbeid',
  'socio.heading': 'Samfunnsøkonomisk vising',
  'socio.convention':
    'Den samfunnsøkonomiske visinga ser på samfunnet som heilskap: dei tre kommunane og staten saman, i faste {baseYear}-kroner (reelle prisar), over {years} år, diskontert med kalkulasjonsrenta {steps}. Ho viser kva samarbeidet gir samfunnet, ikkje kven som får vinsten.',
  'socio.termTransfer':
    'Tilskot er haldne utanfor: eit tilskot er ei overføring mellom offentlege verksemder, der utgifta til staten er inntekta til kommunane, så det går opp i opp. Kostnaden tilskotet finansierer, er med.',
  'socio.termTaxFinancing':
    'Skattefinansieringskostnad: kvar krone offentleg verksemd bruker, må skaffast med skatt, og skatt gir eit effektivitetstap i økonomien. Her blir {rate} av netto endring i offentlege utgifter rekna som ein ekstra kostnad (eller vinst når utgiftene går ned).',
  'socio.termResidual':
    'Restverdi: samarbeidet er rekna å vare i {lifetime} år. Verdien av dei {rest} åra etter analyseperioden er teken med som restverdi: netto verknad det siste året vidareført og diskontert.',
  'socio.termNoResidual':
    'Restverdi: levetida er sett lik analyseperioden ({lifetime} år), så det er ingen restverdi etter perioden.',
  'socio.termDiscount':
    'Kalkulasjonsrente: renta som reknar framtidige kroner om til verdien i dag. Rundskriv R-109/21 blir brukt som god praksis; kommunane er ikkje bundne av det.',
  'socio.caption': 'Samfunnsøkonomisk verknad per år ({baseYear}-kroner, faste prisar)',
  'socio.colLine': 'Post',
  'socio.resourceEffect': 'Ressursverknad (utan tilskot)',
  'socio.transfersLeftOut': 'Tilskot haldne utanfor (overføring)',
  'socio.taxFinancing': 'Skattefinansieringskostnad ({rate})',
  'socio.net': 'Netto for samfunnet',
  'socio.npvPeriod': 'Noverdi i analyseperioden ({years} år)',
  'socio.residualValue': 'Restverdi',
  'socio.npv': 'Samfunnsøkonomisk netto noverdi',
  'socio.distribution':
    'Fordelinga mellom kommunane er ei eiga sak: ho står i budsjettvisinga og på sida om kostnadsdeling.',
  'attrition.heading': 'Årsverk og naturleg avgang',
  'attrition.intro':
    'Innsparinga føreset færre årsverk i den felles eininga. Naturleg avgang er tilsette som går av med pensjon eller sluttar sjølve, anslått frå alderen til dei tilsette i dag. Det som ikkje blir dekt av naturleg avgang, må takast ut på andre måtar: omplassering, vakansar som ikkje blir fylte, eller i siste instans oppseiing.',
  'attrition.caption': 'Årsverk færre og forventa naturleg avgang per år – {area}',
  'attrition.sentence':
    'Scenarioet føreset {reduction} årsverk færre i {year}; forventa naturleg avgang er {departed} årsverk; minst {atLeast} årsverk må takast ut på andre måtar (opptil {atMost}).',
  'attrition.sentenceMaybe':
    'Scenarioet føreset {reduction} årsverk færre i {year}; forventa naturleg avgang er {departed} årsverk. Naturleg avgang kan dekkje alt, men i verste fall må opptil {atMost} årsverk takast ut på andre måtar.',
  'attrition.covered': 'Forventa naturleg avgang dekkjer reduksjonen i årsverk kvart år.',
  'attrition.agesMissing':
    'Grunnlaget manglar alder for dei tilsette i minst éin kommune, så naturleg avgang kan ikkje anslåast.',
  'attrition.colReduction': 'Årsverk færre',
  'attrition.colDeparted': 'Forventa naturleg avgang (årsverk)',
  'attrition.colBeyond': 'Må takast ut på andre måtar (årsverk)',
  'attrition.rulesHeading': 'Reglar for dei tilsette',
  'attrition.ruleTransfer':
    'Tilsette som blir flytte til den felles eininga, har rettar ved verksemdsoverdraging etter arbeidsmiljølova kapittel 16.',
  'attrition.ruleDismissal':
    'Reduksjon ut over naturleg avgang rører ved oppseiingsvernet i arbeidsmiljølova § 15-7: oppseiing må vere sakleg grunngitt, og arbeidsgivaren må først tilby anna passande arbeid.',
  'attrition.ruleConsultation': 'Endringane skal drøftast med dei tillitsvalde før det blir teke avgjerder.',
  'attrition.modelChoiceLink': 'Les meir om verksemdsoverdraging og val av samarbeidsmodell',
  'analysisError.allocation_unavailable':
    'Fordelingsmetoden kan ikkje brukast på dette området, til dømes fordi ei gruppe kommunar manglar kostnad.',
  'analysisError.solver_loading':
    'Kostnadsnøkkelen er ein fordelingsmetode som blir rekna ut når du opnar scenarioet.',
  'scenarioField.lifetimeYears': 'Levetid (år)',
  'scenarioField.taxFinancingRate': 'Skattefinansieringskostnad (%)',
  'scenarioEdit.socioHeading': 'Samfunnsøkonomisk vising',
  'scenarioEdit.lifetimeHint':
    'Kor mange år samarbeidet er rekna å vare frå første år. Åra etter analyseperioden gir restverdien. Tomt: lik analyseperioden, ingen restverdi.',
  'scenarioEdit.taxFinancingHint':
    'Skattefinansieringskostnad: tapet i økonomien per krone som må skaffast med skatt, i prosent. Blir berre brukt i den samfunnsøkonomiske visinga. Tomt: ingen.',
  'keyMethod.option': 'Fordelingsmetode: {name}',
  'keyExplain.population': 'Kvar kommune betaler etter delen sin av innbyggjarane.',
  'keyExplain.volume':
    'Kvar kommune betaler etter delen sin av eit volummål, til dømes talet på lønsslippar.',
  'keyExplain.equal': 'Kommunane betaler like mykje kvar.',
  'keyExplain.hybrid': 'Ein fast del blir delt likt; resten blir fordelt etter ein annan nøkkel.',
  'keyExplain.shapley':
    'Kvar kommune betaler det gjennomsnittlege bidraget sitt til kostnaden, over alle rekkjefølgjer kommunane kan kome inn i samarbeidet i.',
  'keyExplain.nucleolus':
    'Fordelinga som gjer den minst nøgde gruppa av kommunar så nøgd som mogleg, samanlikna med å stå åleine.',
  'keyExplain.per-capita-nucleolus':
    'Som nukleolus, men vinsten for ei gruppe blir rekna per medlem av gruppa.',
  'keyExplain.proportional-nucleolus':
    'Som nukleolus, men vinsten for ei gruppe blir rekna i høve til kostnaden gruppa har åleine.',
  'keyExplain.least-core':
    'Eit punkt i den minste kjernen: ingen gruppe av kommunar betaler meir enn ho ville gjort åleine, så langt det går.',
  'keyExplain.scrb':
    'Kvar kommune betaler kostnaden ho åleine gir opphav til, og deler resten etter kva ho sparer.',
  'keyExplain.equal-profit':
    'Alle kommunane får same prosentvise vinst samanlikna med å stå åleine, så langt kjernen tillèt.',
  'keyExplain.method': 'Ein fordelingsmetode frå spelteori, brukt på gruppekostnadene i området.',
};
