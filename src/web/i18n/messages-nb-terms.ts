/**
 * Bokmål messages for results first (issue 17): the short explanation of each technical term where it
 * appears, the «Endre forutsetninger» section and the plain answer at the top of the scenario, cost-sharing,
 * model-choice and people pages. Spread into `messages-nb.ts`.
 * @module
 */
export const nbTerms = {
  'term.open': 'Hva betyr {term}?',
  'term.onThisPage': 'Ord som brukes her:',
  'term.seed.name': 'frø',
  'term.seed.text':
    'Et startnummer for de tilfeldige trekningene. Samme frø gir nøyaktig samme resultat neste gang, så andre kan kontrollere tallene.',
  'term.percentiles.name': 'P10/P50/P90',
  'term.percentiles.text':
    'P50 er midtverdien: halvparten av simuleringene ga et lavere tall. 10 % lå under P10 og 90 % under P90, så åtte av ti utfall ligger mellom P10 og P90.',
  'term.nucleolus.name': 'nukleolus',
  'term.nucleolus.text':
    'En regel for å dele en felles kostnad slik at den kommunen som får minst igjen for samarbeidet, får så mye som mulig. Ingen kommune eller gruppe tjener da på å gå ut av samarbeidet, så sant en slik fordeling finnes.',
  'term.shapley.name': 'Shapley',
  'term.shapley.text':
    'Shapley-verdien deler gevinsten etter hvor mye hver kommune i snitt tilfører når samarbeidet bygges opp én kommune om gangen, i alle mulige rekkefølger.',
  'term.scrb.name': 'SCRB',
  'term.scrb.text':
    'SCRB (separable costs, remaining benefits): hver kommune betaler først det bare den gir opphav til, og resten deles etter hvor mye hver sparer på å være med.',
  'term.epm.name': 'EPM',
  'term.epm.text':
    'EPM (equal profit method): fordelingen der hver kommune sparer samme andel av det den ville betalt alene.',
  'term.aip.name': 'AIP',
  'term.aip.text':
    'AIP (samling av individuelle prioriteringer): hver deltakers vekter regnes ut hver for seg, og så tas gjennomsnittet av vektene.',
  'term.aij.name': 'AIJ',
  'term.aij.text':
    'AIJ (samling av individuelle vurderinger): deltakernes parvise sammenligninger slås sammen til én felles sammenligning før vektene regnes ut.',
  'term.ahp.name': 'AHP',
  'term.ahp.text':
    'AHP (analytisk hierarkiprosess): kriteriene sammenlignes to og to («hvor mye viktigere er A enn B?»), og vektene regnes ut fra disse svarene.',
  'term.npv.name': 'nåverdi',
  'term.npv.text':
    'Summen av alle framtidige innsparinger og kostnader regnet om til dagens kroner. En krone om ti år teller mindre enn en krone i dag.',
  'term.irr.name': 'internrente',
  'term.irr.text':
    'Den renten som gjør nåverdien lik null. Den sier bare noe når det først kommer et utlegg og så innsparinger.',
  'term.zeroAlternative.name': 'nullalternativ',
  'term.zeroAlternative.text':
    'Det som skjer uten samarbeid: hver kommune fortsetter som i dag. Gevinster og kostnader måles mot dette.',
  'term.fte.name': 'årsverk',
  'term.fte.text': 'Én hel stilling i ett år. To halve stillinger er til sammen ett årsverk.',
  'term.monteCarlo.name': 'Monte Carlo',
  'term.monteCarlo.text':
    'Scenarioet regnes ut tusenvis av ganger med tilfeldige verdier innenfor usikkerheten i hvert tall. Slik ser man hvor mye resultatet kan variere.',

  'assumptions.toggle': 'Endre forutsetninger',
  'assumptions.keptOpen': 'Du har endringer som ikke er lagret, så skjemaet holdes åpent.',
  'assumptions.scenarioLink': 'Endre forutsetninger for scenarioet',

  'simulation.readerSettings':
    'Simuleringen bruker {draws} trekk og frø {seed}, så resultatet kan kontrolleres.',
  'answer.heading': 'Svaret kort',
  'answer.scenario': 'Scenarioet gir en samlet nåverdi på {amount} over {from}–{to}.',
  'answer.scenarioNone': 'Scenarioet kan ikke regnes ut slik det står nå; se hvorfor nedenfor.',
  'answer.costSharing':
    'I «{scenario}» deler nukleolus den samlede kostnaden slik: {shares}. Fordelingen er regnet for hele pakken.',
  'answer.costSharingScope': 'I «{scenario}» deler nukleolus kostnaden for {scope} slik: {shares}.',
  'answer.costSharingNone':
    'Kostnaden kan ikke fordeles ennå fordi tallene for «{scenario}» ikke er komplette.',
  'answer.costSharingCore': 'Fordelingen ligger i kjernen: ingen kommune tjener på å gå ut.',
  'answer.costSharingNoCore': 'Ingen fordeling er i kjernen: minst én kommune tjener på å gå ut.',
  'answer.modelChoice': 'Med vektene «{set}» kommer {first} best ut, foran {second}.',
  'answer.modelChoiceOne': 'Med vektene «{set}» kommer {first} best ut.',
  'answer.modelChoiceNone':
    'Ingen modell er rangert ennå, fordi ingen har vektet kriteriene. Se hvilke modeller som er lovlige nedenfor.',
  'answer.people':
    'Fram mot {year} slutter anslagsvis {fte} årsverk naturlig (pensjon og annen avgang) i {areas}.',
  'answer.peopleNone': 'Ingen naturlig avgang kan anslås ennå, fordi grunnlaget mangler tall.',
  'term.kostra.name': 'KOSTRA',
  'term.kostra.text':
    'Kommune-stat-rapportering: tallene alle kommuner rapporterer til Statistisk sentralbyrå om økonomi og tjenester, så kommunene kan sammenlignes. En KOSTRA-gruppe er kommuner med om lag samme folketall og økonomiske rammer.',
  'term.netExpenditure.name': 'netto driftsutgifter',
  'term.netExpenditure.text':
    'Det kommunen bruker på den daglige driften av et område i løpet av et år, minus inntekter på det samme området, som gebyrer og refusjoner.',
  'term.perInhabitant.name': 'per innbygger',
  'term.perInhabitant.text':
    'Beløpet delt på folketallet 31. desember samme år, slik KOSTRA gjør, så store og små kommuner kan sammenlignes.',
} as const;
