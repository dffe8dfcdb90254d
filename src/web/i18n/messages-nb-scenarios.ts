/**
 * Bokmål messages for the scenario screens: list, editor, results, simulation and comparison.
 * @module
 */
export const scenariosNb = {
  'nav.scenarios': 'Scenarier',

  'scenarios.title': 'Scenarier',
  'scenarios.intro':
    'Et scenario sier hvilke kommuner som går sammen om hvilke tjenester, når, hva det koster og hva det kan spare. Nåverdien her er regnet med alle usikre forutsetninger på medianverdien.',
  'scenarios.caption': 'Scenarioene i saken',
  'scenarios.colName': 'Scenario',
  'scenarios.colDescription': 'Beskrivelse',
  'scenarios.colNpv': 'Netto nåverdi, totalt (medianer)',
  'scenarios.empty': 'Saken har ingen scenarier ennå.',
  'scenarios.notFound': 'Saken har ikke noe scenario med id «{id}».',
  'scenarios.backToList': 'Til alle scenarier',

  'compare.title': 'Sammenlign scenarier',
  'compare.formHeading': 'Sammenlign to scenarier',
  'compare.scenarioA': 'Scenario A',
  'compare.scenarioB': 'Scenario B',
  'compare.submit': 'Sammenlign',
  'compare.sameScenario': 'Velg to ulike scenarier.',
  'compare.choose': 'Velg to scenarier å sammenligne.',
  'compare.caption': 'Scenario A og B side om side (medianverdier, kroner av basisåret)',
  'compare.measure': 'Størrelse',
  'compare.columnA': 'A: {name}',
  'compare.columnB': 'B: {name}',
  'compare.difference': 'Forskjell (B − A)',
  'compare.total': 'totalt',
  'compare.npv': 'Netto nåverdi – {who}',
  'compare.payback': 'Tilbakebetalt (år) – {who}',
  'compare.irr': 'Internrente – totalt',
  'compare.quantile': '{quantile} netto nåverdi – {who}',
  'compare.notSimulated': 'ikke simulert',
  'compare.simulationHeading': 'Usikkerhet',
  'compare.simulationIntro':
    'P10, P50 og P90 vises når scenarioene er simulert med {draws} trekk og frø {seed}, her eller på scenarioets egen side.',
  'compare.simulateBoth': 'Simuler begge',
  'compare.simulating': 'Simulerer «{name}» …',

  'results.keyFigures': 'Nøkkeltall',
  'results.live': 'Tallene regnes ut på nytt mens du endrer forutsetningene, før du lagrer.',
  'results.staleDraft': 'Tallene viser siste gyldige utkast. Rett dette for å oppdatere dem: {problem}',
  'results.npvCaption': 'Netto nåverdi ved medianverdier ({baseYear}-kroner)',
  'results.npv': 'Netto nåverdi',
  'results.payback': 'Tilbakebetalt (år)',
  'results.irr': 'Internrente',
  'results.total': 'Totalt',
  'results.solverLoading':
    'Fordelingsmetoden i kostnadsnøkkelen trenger et eget regneverktøy (en LP-løser). Det lastes nå; tallene kommer straks.',
  'results.solverFailed':
    'Regneverktøyet fordelingsmetoden trenger, kunne ikke lastes i nettleseren. Velg en annen kostnadsnøkkel, eller se tallene i kostnadsdelingen, som regnes ut på serveren.',
  'results.paybackExplained':
    'Tilbakebetalt er året fra og med som samlet netto virkning holder seg på null eller mer etter et utlegg. «Ingen utlegg å tjene inn» betyr at samlet netto virkning aldri er negativ: ingen kostnad kommer før gevinsten, så det er ikke noe å tjene inn og heller ikke noe tilbakebetalingsår. Internrenten er renten som gir nåverdi null; den vises bare når pengene først går ut og så kommer tilbake. Ellers står det «ikke meningsfull», og da er nåverdien målet å lese.',
  'results.npvExplained':
    'Nåverdi (netto nåverdi) er summen av alle årlige gevinster og kostnader, der beløp langt fram i tid teller mindre, omregnet til kroner i basisåret. Positiv nåverdi betyr at samarbeidet lønner seg for kommunen.',
  'results.heading': 'Resultater',
  'results.cashFlowHeading': 'Kontantstrøm per kommune og år',
  'results.cashFlowIntro':
    'Netto virkning = kostnad i dag − andel av den felles enheten − andel av engangskostnader + andel av tilskudd. Velg en kommune for å se linjene.',
  'results.cashFlowCaption': 'Netto virkning per kommune og år ({baseYear}-kroner, faste priser)',
  'results.sumYears': 'Sum',
  'results.lines': '– vis eller skjul linjene',
  'results.budgetHeading': 'Budsjettvisning',
  'results.budgetConvention':
    'Budsjettvisningen viser netto virkning for hver kommune i løpende kroner (nominelle kroner, med prisvekst {inflation} per år) for årene i økonomiplanen, {from}–{to}. Det er tallene økonomisjefene fører inn i budsjettet. Tilskudd er med som inntekt for kommunen som får dem. Positive tall er innsparing, negative er merkostnad.',
  'results.budgetCaption': 'Netto virkning i løpende kroner (prisvekst {inflation} per år)',
  'results.budgetMissingYears': 'Disse årene i økonomiplanperioden er utenfor analyseperioden: {years}.',

  'line.costToday': 'Kostnad i dag – {source}',
  'line.jointUnitShare': 'Andel av felles enhet – {source}',
  'line.oneOffShare': 'Andel av engangskostnader – {source}',
  'line.grantShare': 'Andel av tilskudd – {source}',

  'payback.none': 'ikke innen perioden',
  'payback.noOutlay': 'Ingen utlegg å tjene inn',
  'irr.none': 'ingen',
  'irr.several': 'flere ({rates})',
  'results.irrNotMeaningfulFor': 'Internrenten er ikke meningsfull for {names}: {reason}',
  'irr.notMeaningful': 'ikke meningsfull',
  'irr.reason.no_outlay': 'Ingen år har netto kostnad, så det er ikke noe investert å regne rente på.',
  'irr.reason.gain_first':
    'Gevinsten kommer før kostnaden; da gir en høyere rente et bedre tall, og renten sier ingenting.',
  'irr.reason.several_sign_changes':
    'Kontantstrømmen skifter fortegn flere ganger, så flere renter eller ingen passer.',
  'irr.reason.never_positive': 'Kontantstrømmen blir aldri positiv: ingenting tjenes inn.',
  'irr.reason.no_rate_in_range': 'Ingen rente mellom −99 % og 1 000 % gir nåverdi null.',

  'headline.gain': '{name}: gevinst på {amount} i nåverdi over {years} år ({from}–{to}).',
  'headline.loss': '{name}: tap på {amount} i nåverdi over {years} år ({from}–{to}).',
  'headline.none': '{name}: ingen virkning i nåverdi over {years} år ({from}–{to}).',
  'headline.restsOnShort': 'Tallet bygger på plassholdere.',
  'headline.restsOn': 'Resultatet bygger på {placeholders} og {missing}.',
  'headline.seeList': 'Se hva resultatet bygger på.',
  'headline.grantsNotCounted':
    '{n} tilskudd er ikke regnet med, fordi kostnaden det skal finansiere, ikke er lagt inn.',
  'headline.noPlaceholders': 'Alle tallene resultatet bygger på, har kilde eller vedtak.',
  'count.placeholder': '{n} plassholder',
  'count.placeholders': '{n} plassholdere',
  'count.missingCost': '{n} kostnad som ikke er anslått',
  'count.missingCosts': '{n} kostnader som ikke er anslått',

  'placeholders.heading': 'Hva resultatet bygger på',
  'placeholders.intro':
    'En plassholder er en verdi Flokk bruker bare for å kunne regne. Ingen har fastsatt den, og den er ikke hentet fra en kilde. Velg en verdi for å gå til feltet i skjemaet.',
  'placeholders.none': 'Resultatet bruker ingen plassholdere.',
  'placeholders.listHeading': 'Plassholdere ({n})',
  'placeholders.missingHeading': 'Kostnader som ikke er anslått ({n})',
  'placeholders.missingIntro':
    'Utredningene nevner disse kostnadene, men scenarioet har ikke noe beløp for dem ennå. Nåverdien er derfor for høy inntil de er lagt inn.',
  'placeholders.grantsHeading': 'Tilskudd som ikke er regnet med',
  'placeholders.grantsIntro':
    'Et tilskudd regnes bare med opp til kostnaden det finansierer. Uten den kostnaden ville tilskuddet se ut som ren gevinst.',
  'placeholders.grant.finances_no_cost': 'tilskuddet er ikke knyttet til noen kostnad det skal finansiere.',
  'placeholders.grant.cost_not_entered': 'kostnaden tilskuddet skal finansiere, er ikke lagt inn ennå.',

  'zero.heading': 'Nullalternativet: hver kommune fortsetter alene',
  'zero.intro':
    'Nullalternativet er det som skjer uten samarbeid: hver kommune driver tjenestene videre alene, med dagens kostnad, lønnsvekst og de kjente merkostnadene ved å stå alene. Det er referansen scenarioet måles mot. Netto virkning er forskjellen mellom kostnaden alene og kostnaden med samarbeid.',
  'zero.caption': 'Kostnad alene og med samarbeid per kommune og år ({baseYear}-kroner, faste priser)',
  'zero.alone': '{name} – alene (nullalternativet)',
  'zero.together': '{name} – med samarbeid',

  'socio.heading': 'Samfunnsøkonomisk visning',
  'socio.convention':
    'Den samfunnsøkonomiske visningen ser på samfunnet som helhet: de tre kommunene og staten sammen, i faste {baseYear}-kroner (reelle priser), over {years} år, diskontert med kalkulasjonsrenten {steps}. Den viser hva samarbeidet gir samfunnet, ikke hvem som får gevinsten.',
  'socio.termTransfer':
    'Tilskudd er holdt utenfor: et tilskudd er en overføring mellom offentlige virksomheter, der statens utgift er kommunenes inntekt, så det går opp i opp. Kostnaden tilskuddet finansierer, er med.',
  'socio.termTaxFinancing':
    'Skattefinansieringskostnad: hver krone offentlig virksomhet bruker, må skaffes med skatt, og skatt gir et effektivitetstap i økonomien. Her regnes {rate} av netto endring i offentlige utgifter som en ekstra kostnad (eller gevinst når utgiftene går ned).',
  'socio.termResidual':
    'Restverdi: samarbeidet antas å vare i {lifetime} år. Verdien av de {rest} årene etter analyseperioden er tatt med som restverdi: siste års netto virkning videreført og diskontert.',
  'socio.termNoResidual':
    'Restverdi: levetiden er satt lik analyseperioden ({lifetime} år), så det er ingen restverdi etter perioden.',
  'socio.termDiscount':
    'Kalkulasjonsrente: renten som regner framtidige kroner om til verdien i dag. Rundskriv R-109/21 brukes som god praksis; kommunene er ikke bundet av det.',
  'socio.caption': 'Samfunnsøkonomisk virkning per år ({baseYear}-kroner, faste priser)',
  'socio.colLine': 'Post',
  'socio.resourceEffect': 'Ressursvirkning (uten tilskudd)',
  'socio.transfersLeftOut': 'Tilskudd holdt utenfor (overføring)',
  'socio.taxFinancing': 'Skattefinansieringskostnad ({rate})',
  'socio.net': 'Netto for samfunnet',
  'socio.npvPeriod': 'Nåverdi i analyseperioden ({years} år)',
  'socio.residualValue': 'Restverdi',
  'socio.npv': 'Samfunnsøkonomisk netto nåverdi',
  'socio.distribution':
    'Fordelingen mellom kommunene er en egen sak: den står i budsjettvisningen og på siden om kostnadsdeling.',

  'attrition.heading': 'Årsverk og naturlig avgang',
  'attrition.intro':
    'Innsparingen forutsetter færre årsverk i den felles enheten. Naturlig avgang er ansatte som går av med pensjon eller slutter av seg selv, anslått fra alderen til de ansatte i dag. Det som ikke dekkes av naturlig avgang, må tas ut på andre måter: omplassering, vakanser som ikke fylles, eller i siste instans oppsigelse.',
  'attrition.caption': 'Årsverk færre og forventet naturlig avgang per år – {area}',
  'attrition.sentence':
    'Scenarioet forutsetter {reduction} årsverk færre i {year}; forventet naturlig avgang er {departed} årsverk; minst {atLeast} årsverk må tas ut på andre måter (opptil {atMost}).',
  'attrition.sentenceMaybe':
    'Scenarioet forutsetter {reduction} årsverk færre i {year}; forventet naturlig avgang er {departed} årsverk. Naturlig avgang kan dekke det hele, men i verste fall må opptil {atMost} årsverk tas ut på andre måter.',
  'attrition.covered': 'Forventet naturlig avgang dekker reduksjonen i årsverk hvert år.',
  'attrition.agesMissing':
    'Grunnlaget mangler alder for de ansatte i minst én kommune, så naturlig avgang kan ikke anslås.',
  'attrition.colReduction': 'Årsverk færre',
  'attrition.colDeparted': 'Forventet naturlig avgang (årsverk)',
  'attrition.colBeyond': 'Må tas ut på andre måter (årsverk)',
  'attrition.rulesHeading': 'Regler for de ansatte',
  'attrition.ruleTransfer':
    'Ansatte som flyttes til den felles enheten, har rettigheter ved virksomhetsoverdragelse etter arbeidsmiljøloven kapittel 16.',
  'attrition.ruleDismissal':
    'Reduksjon ut over naturlig avgang berører oppsigelsesvernet i arbeidsmiljøloven § 15-7: oppsigelse må være saklig begrunnet, og arbeidsgiver må først tilby annet passende arbeid.',
  'attrition.ruleConsultation': 'Endringene skal drøftes med de tillitsvalgte før det tas beslutninger.',
  'attrition.modelChoiceLink': 'Les mer om virksomhetsoverdragelse og valg av samarbeidsmodell',

  'discount.stepRange': '{rate} år {from}–{to}',
  'discount.stepRest': '{rate} deretter',
  'discount.stepAll': '{rate} alle år',
  'discount.conventionState':
    'Nåverdien er regnet i faste {baseYear}-kroner (reelle priser) og diskontert til {baseYear} etter Finansdepartementets rundskriv R-109/21: {steps}.',
  'discount.conventionCustom':
    'Nåverdien er regnet i faste {baseYear}-kroner (reelle priser) og diskontert til {baseYear} med scenarioets egen kalkulasjonsrente: {steps}.',

  'tornado.heading': 'Følsomhet (tornado)',
  'tornado.intro':
    'Hver søyle viser netto nåverdi totalt når én usikker forutsetning endres ±{change} og de andre står på medianverdien.',
  'tornado.label': 'Tornadodiagram: netto nåverdi totalt når én forutsetning om gangen endres ±{change}',
  'tornado.summary':
    'Netto nåverdi er mest følsom for {input}: den går fra {low} til {high} når verdien endres ±{change} (grunnverdi {base}).',
  'tornado.lowLegend': 'Forutsetningen lavere',
  'tornado.highLegend': 'Forutsetningen høyere',
  'tornado.caption': 'Netto nåverdi totalt når én forutsetning endres ±{change}',
  'tornado.lowValue': 'Lav verdi',
  'tornado.lowNpv': 'Netto nåverdi, lav',
  'tornado.highValue': 'Høy verdi',
  'tornado.highNpv': 'Netto nåverdi, høy',
  'tornado.swing': 'Utslag',
  'tornado.none': 'Scenarioet har ingen usikre forutsetninger.',

  'switching.heading': 'Nullpunkt',
  'switching.caption': 'Verdien av hver forutsetning der netto nåverdi blir null',
  'switching.none': 'finnes ikke i området',
  'switching.explained':
    'Verdien der netto nåverdi skifter fortegn, med de andre forutsetningene på medianverdien. For innsparing er området som er søkt −100 % til 100 %. «Finnes ikke i området» betyr at nåverdien har samme fortegn i hele området.',

  'chart.showTable': 'Vis tallene som tabell',
  'chart.npvAxis': 'Netto nåverdi (mill. kr)',
  'chart.yearAxis': 'År',
  'chart.cumulativeAxis': 'Samlet kontantstrøm (mill. kr)',

  'fan.label': 'Viftediagram: samlet netto kontantstrøm per år, P10–P90 og P50',
  'fan.summary':
    'Ved utgangen av {year} er samlet netto kontantstrøm mellom {p10} og {p90} i 80 % av trekkene, med median {p50}.',
  'fan.caption': 'Samlet netto kontantstrøm per år, udiskontert (faste kroner)',
  'fan.bandLegend': 'P10–P90',
  'fan.lineLegend': 'P50 (median)',

  'simulation.heading': 'Usikkerhet (Monte Carlo)',
  'simulation.intro':
    'Simuleringen trekker alle usikre forutsetninger mange ganger og viser spredningen i netto nåverdi. Samme frø gir samme tall her, på serveren og i kommandolinjen.',
  'simulation.draws': 'Antall trekk',
  'simulation.drawsHint': 'Fra 1 til {max}.',
  'simulation.drawsInvalid': 'Skriv et helt tall fra 1 til {max}.',
  'simulation.seed': 'Frø',
  'simulation.seedHint': 'Et helt tall; samme frø gir samme resultat.',
  'simulation.seedInvalid': 'Skriv et helt tall fra 0 til 4 294 967 295.',
  'simulation.run': 'Kjør simulering',
  'simulation.cancel': 'Avbryt',
  'simulation.progressLabel': 'Simulering',
  'simulation.progressText': '{percent} % ({done} av {draws} trekk)',
  'simulation.running': 'Simuleringen kjører …',
  'simulation.cancelled': 'Simuleringen ble avbrutt etter {done} av {draws} trekk.',
  'simulation.finished': 'Simuleringen er ferdig: {draws} trekk med frø {seed}.',
  'simulation.failed': 'Simuleringen mislyktes: {message}',
  'simulation.stale':
    'Forutsetningene er endret etter simuleringen. Kjør den på nytt for å oppdatere tallene.',
  'simulation.tableCaption': 'Netto nåverdi – usikkerhet',
  'simulation.mean': 'Middel',
  'simulation.probabilityOfLoss': 'Sannsynlighet for tap',

  'scenarioEdit.heading': 'Forutsetninger',
  'scenarioEdit.intro':
    'Bruk komma som desimaltegn (6,4). Andeler og renter skrives i prosent, beløp i kroner. Hver forutsetning skal ha en kilde. Har ingen fastsatt tallet ennå, merker du det som plassholder: Flokk bruker det bare for å kunne regne, og viser det som «Plassholder – ikke fastsatt» overalt.',
  'scenarioEdit.readerNotice': 'Du har lesetilgang og kan se, men ikke endre, forutsetningene.',
  'scenarioEdit.settings': 'Felles for scenarioet',
  'scenarioEdit.baseYearHint': 'Alle beløp er i kroner av dette året, og nåverdien regnes til dette året.',
  'scenarioEdit.firstYearHint': 'Tomt: basisåret.',
  'scenarioEdit.inflationHint': 'Brukes bare i budsjettvisningen (løpende kroner).',
  'scenarioEdit.socioHeading': 'Samfunnsøkonomisk visning',
  'scenarioEdit.lifetimeHint':
    'Hvor mange år samarbeidet antas å vare fra første år. Årene etter analyseperioden gir restverdien. Tomt: lik analyseperioden, ingen restverdi.',
  'scenarioEdit.taxFinancingHint':
    'Skattefinansieringskostnad: tapet i økonomien per krone som må skaffes med skatt, i prosent. Brukes bare i den samfunnsøkonomiske visningen. Tomt: ingen.',
  'scenarioEdit.discountLegend': 'Kalkulasjonsrente (reell)',
  'scenarioEdit.discountDefault': 'Standard etter rundskriv R-109/21: {steps}.',
  'scenarioEdit.customDiscount': 'Bruk egen kalkulasjonsrente',
  'scenarioEdit.stepContext': '– trinn {n}',
  'scenarioEdit.addStep': 'Legg til trinn',
  'scenarioEdit.removeStep': 'Fjern trinn {n}',
  'scenarioEdit.stateSteps': 'Sett til R-109/21',
  'scenarioEdit.areaContext': '– {area}',
  'scenarioEdit.costContext': '– {cost}, {area}',
  'scenarioEdit.keyContext': '– {key} {context}',
  'scenarioEdit.volumeContext': '– {municipality}, {area}',
  'scenarioEdit.savings': 'Innsparing',
  'scenarioEdit.phasing': 'Framdrift',
  'scenarioEdit.sharing': 'Fordeling av kostnader',
  'scenarioEdit.attritionHint':
    'Største andel av dagens årsverk som kan forsvinne ved naturlig avgang per år. Tomt: ingen grense.',
  'scenarioEdit.latestCommonDate': 'Siste dato alle har tall for',
  'scenarioEdit.measureHint': 'For eksempel lønnsslipper, fakturaer, journalposter, samtaler eller saker.',
  'scenarioEdit.oneOffCosts': 'Engangskostnader',
  'scenarioEdit.recurringCosts': 'Nye løpende kostnader',
  'scenarioEdit.noOneOffCosts': 'Ingen engangskostnader er lagt inn.',
  'scenarioEdit.noRecurringCosts': 'Ingen nye løpende kostnader er lagt inn.',
  'scenarioEdit.addOneOffCost': 'Legg til engangskostnad',
  'scenarioEdit.addRecurringCost': 'Legg til løpende kostnad',
  'scenarioEdit.removeCost': 'Fjern {cost}',
  'scenarioEdit.oneOffCostN': 'Engangskostnad {n}',
  'scenarioEdit.recurringCostN': 'Løpende kostnad {n}',
  'scenarioEdit.noCostsWarning':
    'Ingen engangskostnader eller nye løpende kostnader er anslått ennå for {areas}. Grunnlaget nevner prosjektledelse, harmonisering av systemer, flytting, IKT-investeringer og juridisk arbeid, men gir ingen beløp. Nåverdien viser derfor bare innsparingen og er for høy inntil kostnadene er lagt inn.',
  'scenarioEdit.commentHint': 'Beskriv hva du endret og hvorfor, og hvor tallene kommer fra.',
  'scenarioEdit.invalidNumber': 'Skriv et tall, for eksempel 21 eller 6,4.',
  'scenarioEdit.required': 'Må fylles ut.',
  'scenarioEdit.sourceRequired': 'Velg dokumentet tallet er hentet fra.',
  'scenarioEdit.outOfOrder': 'Lav må være lavere enn høy, og mest sannsynlig mellom dem.',
  'scenarioEdit.notPositive': 'Må være større enn null.',
  'scenarioEdit.rebasedOverlap':
    'Scenarioet ble også endret i revisjon {revision}; dine verdier er beholdt. Se over før du lagrer.',

  'scenarioField.baseYear': 'Basisår (kroneår)',
  'scenarioField.lifetimeYears': 'Levetid (år)',
  'scenarioField.taxFinancingRate': 'Skattefinansieringskostnad (%)',
  'scenarioField.firstYear': 'Første år i tabellen',
  'scenarioField.horizonYears': 'Antall år',
  'scenarioField.inflation': 'Prisvekst (% per år)',
  'scenarioField.discountFromYear': 'Fra år',
  'scenarioField.discountRate': 'Rente (%)',
  'scenarioField.participants': 'Deltakende kommuner',
  'scenarioField.startYear': 'Startår',
  'scenarioField.rampUpYears': 'Opptrappingsår',
  'scenarioField.attritionCap': 'Tak for naturlig avgang (% per år)',
  'scenarioField.costKey': 'Kostnadsnøkkel',
  'scenarioField.oneOffKey': 'Nøkkel for engangskostnader',
  'scenarioField.referenceDate': 'Folketall per',
  'scenarioField.measure': 'Volummål',
  'scenarioField.fixedShare': 'Fast andel, likt fordelt (%)',
  'scenarioField.restKey': 'Resten fordeles etter',
  'scenarioField.volume': 'Volum ({measure})',
  'scenarioField.costKind': 'Type',
  'scenarioField.year': 'År',
  'scenarioField.fromYear': 'Fra år',
  'scenarioField.endYear': 'Til og med år (tomt: ut perioden)',
  'scenarioEdit.scaleHeading': 'Stordriftsfordeler',
  'scenarioEdit.scaleHint':
    'Hvor mye mindre en gruppe på to sparer enn alle tre: andelen ved X årsverk i forhold til hele enheten. Mellom punktene går kurven rett, utenfor dem er den flat.',
  'scenarioEdit.noScale': 'Ingen stordriftskurve: hver gruppe av kommuner sparer samme andel.',
  'scenarioEdit.addScale': 'Legg til stordriftskurve',
  'scenarioEdit.removeScale': 'Fjern stordriftskurven (da sparer hver gruppe samme andel)',
  'scenarioEdit.scalePoints': 'Punkter på kurven, med stigende årsverk',
  'scenarioEdit.addPoint': 'Legg til punkt',
  'scenarioEdit.removePoint': 'Fjern punkt {n}',
  'scenarioEdit.pointN': 'Punkt {n}',
  'scenarioEdit.pointContext': '– punkt {n}, {area}',
  'scenarioField.scale': 'Stordriftskurve',
  'scenarioField.scaleFte': 'Stordriftskurve: årsverk',
  'scenarioField.scaleRelative': 'Stordriftskurve: andel av hele enheten (%)',
  'scenarioEdit.zeroAlternativeCosts': 'Kostnader ved å fortsette alene (nullalternativet)',
  'scenarioEdit.zeroAlternativeHint':
    'Kjente kostnader en kommune får om den fortsetter alene, for eksempel nytt fagsystem, vakanser eller lovendringer. De unngås når den felles enheten er i drift. Beløpet gjelder hvert år.',
  'scenarioEdit.noZeroAlternativeCosts': 'Ingen kostnader i nullalternativet er lagt inn.',
  'scenarioEdit.addZeroAlternativeCost': 'Legg til kostnad i nullalternativet',
  'scenarioEdit.zeroAlternativeCostN': 'Kostnad i nullalternativet {n}',
  'scenarioField.municipality': 'Kommune',
  'scenarioEdit.notParticipant': 'Kommunen er ikke med i dette området. Velg en av de deltakende kommunene.',
  'scenarioEdit.grantsHeading': 'Tilskudd',
  'scenarioEdit.grantsHint':
    'Et tilskudd regnes bare med opp til kostnaden det finansierer. Velg engangskostnaden tilskuddet dekker.',
  'scenarioEdit.grantFacts': '{amount} fra {grantor}',
  'scenarioEdit.grantContext': '– {grant}',
  'scenarioField.financesCost': 'Finansierer',
  'scenarioEdit.noFinancedCost': 'Ingen (tilskuddet regnes ikke med)',
  'scenarioEdit.financedCostOption': '{cost}: {kind}, {year} – {area}',
  'scenarioEdit.missingFinancedCost': 'Kostnad som ikke er lagt inn ({cost})',

  'quantity.savings': 'Innsparing',
  'quantity.realWageGrowth': 'Reallønnsvekst',
  'quantity.amount': 'Beløp',
  'quantity.annualAmount': 'Beløp per år',
  'quantity.inflation': 'Prisvekst',
  'quantity.parameter': '{quantity} {parameter} ({unit})',
  'quantity.distribution': '{quantity}: fordeling',
  'parameter.value': 'verdi',
  'parameter.min': 'lav',
  'parameter.mode': 'mest sannsynlig',
  'parameter.max': 'høy',
  'parameter.mean': 'middel',
  'parameter.sd': 'standardavvik',
  'parameter.p10': 'lav (P10)',
  'parameter.p90': 'høy (P90)',
  'unit.percent': '%',
  'unit.kroner': 'kr',

  'distribution.fixed': 'Fast verdi',
  'distribution.uniform': 'Uniform',
  'distribution.triangular': 'Triangulær',
  'distribution.pert': 'PERT',
  'distribution.normal': 'Normal',
  'distribution.lognormal': 'Lognormal',

  'costKey.population.label': 'Folketall',
  'costKey.volume.label': 'Volum',
  'costKey.equal.label': 'Like andeler',
  'costKey.hybrid.label': 'Kombinert (fast andel og nøkkel)',
  'keyMethod.option': 'Fordelingsmetode: {name}',
  'keyExplain.population': 'Hver kommune betaler etter sin andel av innbyggerne.',
  'keyExplain.volume':
    'Hver kommune betaler etter sin andel av et volummål, for eksempel antall lønnsslipper.',
  'keyExplain.equal': 'Kommunene betaler like mye hver.',
  'keyExplain.hybrid': 'En fast andel deles likt; resten fordeles etter en annen nøkkel.',
  'keyExplain.shapley':
    'Hver kommune betaler sitt gjennomsnittlige bidrag til kostnaden, over alle rekkefølger kommunene kan komme inn i samarbeidet.',
  'keyExplain.nucleolus':
    'Fordelingen som gjør den minst fornøyde gruppen av kommuner så fornøyd som mulig, sammenlignet med å stå alene.',
  'keyExplain.per-capita-nucleolus':
    'Som nukleolus, men gevinsten for en gruppe regnes per medlem av gruppen.',
  'keyExplain.proportional-nucleolus':
    'Som nukleolus, men gevinsten for en gruppe regnes i forhold til gruppens kostnad alene.',
  'keyExplain.least-core':
    'Et punkt i den minste kjernen: ingen gruppe av kommuner betaler mer enn den ville gjort alene, så langt det går.',
  'keyExplain.scrb':
    'Hver kommune betaler kostnaden den alene gir opphav til, og deler resten etter hva den sparer.',
  'keyExplain.equal-profit':
    'Alle kommunene får samme prosentvise gevinst sammenlignet med å stå alene, så langt kjernen tillater.',
  'keyExplain.method': 'En fordelingsmetode fra spillteori, brukt på områdets gruppekostnader.',

  'costKind.projectManagement': 'Prosjektledelse',
  'costKind.systemHarmonisation': 'Harmonisering av systemer',
  'costKind.relocation': 'Flytting',
  'costKind.ictInvestment': 'IKT-investering',
  'costKind.legalWork': 'Juridisk arbeid',
  'costKind.management': 'Ledelse',
  'costKind.premises': 'Lokaler',
  'costKind.systems': 'Systemer',
  'costKind.travel': 'Reiser',
  'costKind.other': 'Annet',

  'provenance.legend': 'Kilde for {quantity}',
  'provenance.source': 'Kilde',
  'provenance.placeholder': 'Plassholder – ikke fastsatt',
  'provenance.decision': 'Vedtak',
  'provenance.keepDecision': 'Vedtaket (som lagret)',
  'provenance.document': 'Dokument',
  'provenance.chooseDocument': 'Velg dokument',
  'provenance.locator': 'Sted i dokumentet',
  'provenance.toBeSetBy': 'Hvem bør fastsette verdien (rolle)',
  'provenance.note': 'Merknad',
  'provenance.context': 'for {quantity} {context}',
  'provenance.change': 'Endre kilde for {quantity}',
  'provenance.sourceText': 'Kilde: {source}.',
  'provenance.decisionText': 'Vedtak: {resolution}, pkt. {point}',
  'provenance.placeholderText': 'Plassholder – ikke fastsatt',
  'provenance.toBeSetByText': 'Bør fastsettes av: {role}',
  'provenance.help':
    'Velg kilde når tallet står i et dokument. Velg plassholder når ingen har fastsatt tallet ennå: Flokk bruker det bare for å kunne regne, og viser det som «Plassholder – ikke fastsatt» overalt der det brukes. Du kan skrive hvilken rolle som bør fastsette tallet, men ikke som om noen har gjort det.',

  'input.savingsShare': 'Innsparing – {area}',
  'input.realWageGrowth': 'Reallønnsvekst',
  'input.oneOffCost': 'Engangskostnad {n}: {kind} – {area}',
  'input.recurringCost': 'Løpende kostnad {n}: {kind} – {area}',
  'col.input': 'Forutsetning',
  'col.year': 'År',

  'warning.heading': 'Merknader til beregningen',
  'warning.missing_baseline': '{municipality} mangler dagens tall for {area}; kommunen er regnet med 0 kr.',
  'warning.area_starts_after_horizon': '{area} starter etter analyseperioden og gir ingen virkning.',
  'warning.cost_outside_horizon':
    'En kostnad i {area} ({year}) faller utenfor analyseperioden og er ikke regnet med.',
  'warning.grant_outside_horizon':
    'Et tilskudd ({year}) faller utenfor analyseperioden og er ikke regnet med.',
  'warning.attrition_limits_savings': 'Naturlig avgang begrenser innsparingen i {area} fra {year}.',
  'warning.unknown': 'Merknad fra beregningen: {code}.',

  'analysisError.heading': 'Resultatene kan ikke regnes ut',
  'analysisError.at': '{reason} Gjelder: {field}.',
  'analysisError.allocation_unavailable':
    'Fordelingsmetoden kan ikke brukes på dette området, for eksempel fordi en gruppe kommuner mangler kostnad.',
  'analysisError.missing_volume': 'En kommune mangler tall for volummålet som nøkkelen bruker.',
  'analysisError.missing_population': 'En kommune mangler folketall på datoen nøkkelen bruker.',
  'analysisError.zero_total_weight': 'Nøkkelen gir alle kommunene vekt null, så ingen andel kan regnes ut.',
  'analysisError.invalid_weight': 'Nøkkelen har et ugyldig tall (negativt eller ikke et tall).',
  'analysisError.invalid_option': 'Nøkkelen mangler en innstilling eller har en ugyldig verdi.',
  'analysisError.no_participants': 'Det er ingen kommuner å fordele på.',
  'analysisError.unknown_key': 'Ukjent kostnadsnøkkel.',
  'analysisError.non_integer_total': 'Beløpet som skal fordeles, er ikke et helt antall kroner.',
  'analysisError.invalid_discount_schedule':
    'Kalkulasjonsrenten må starte i år 0, ha stigende år og renter over −100 %.',
  'analysisError.invalid_scenario': 'En forutsetning er utenfor det beregningen kan bruke.',
  'analysisError.distribution_parameter':
    'En fordeling har verdier beregningen ikke kan bruke: lav må være lavere enn høy, og standardavviket større enn null.',
  'analysisError.unknown': 'En uventet feil stoppet beregningen.',
  'analysisError.solver_loading':
    'Kostnadsnøkkelen er en fordelingsmetode som regnes ut når du åpner scenarioet.',
} as const satisfies Record<string, string>;

export type ScenarioMessages = Record<keyof typeof scenariosNb, string>;
