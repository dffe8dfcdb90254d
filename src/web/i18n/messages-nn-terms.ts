/**
 * Nynorsk messages for results first (issue 17). Spread into `messages-nn.ts`.
 * @module
 */
import type { nbTerms } from './messages-nb-terms.ts';

export const nnTerms: Record<keyof typeof nbTerms, string> = {
  'term.open': 'Kva tyder {term}?',
  'term.onThisPage': 'Ord som blir brukte her:',
  'term.seed.name': 'frø',
  'term.seed.text':
    'Eit startnummer for dei tilfeldige trekningane. Same frø gir nøyaktig same resultat neste gong, så andre kan kontrollere tala.',
  'term.percentiles.name': 'P10/P50/P90',
  'term.percentiles.text':
    'P50 er midtverdien: halvparten av simuleringane gav eit lågare tal. 10 % låg under P10 og 90 % under P90, så åtte av ti utfall ligg mellom P10 og P90.',
  'term.nucleolus.name': 'nukleolus',
  'term.nucleolus.text':
    'Ein regel for å dele ein felles kostnad slik at den kommunen som får minst att for samarbeidet, får så mykje som mogleg. Ingen kommune eller gruppe tener då på å gå ut av samarbeidet, så sant ei slik fordeling finst.',
  'term.shapley.name': 'Shapley',
  'term.shapley.text':
    'Shapley-verdien deler gevinsten etter kor mykje kvar kommune i snitt tilfører når samarbeidet blir bygd opp éin kommune om gongen, i alle moglege rekkjefølgjer.',
  'term.scrb.name': 'SCRB',
  'term.scrb.text':
    'SCRB (separable costs, remaining benefits): kvar kommune betaler først det berre han gir opphav til, og resten blir delt etter kor mykje kvar sparer på å vere med.',
  'term.epm.name': 'EPM',
  'term.epm.text':
    'EPM (equal profit method): fordelinga der kvar kommune sparer same del av det han ville betalt åleine.',
  'term.aip.name': 'AIP',
  'term.aip.text':
    'AIP (samling av individuelle prioriteringar): vektene til kvar deltakar blir rekna ut kvar for seg, og så blir gjennomsnittet av vektene teke.',
  'term.aij.name': 'AIJ',
  'term.aij.text':
    'AIJ (samling av individuelle vurderingar): dei parvise samanlikningane til deltakarane blir slått saman til éi felles samanlikning før vektene blir rekna ut.',
  'term.ahp.name': 'AHP',
  'term.ahp.text':
    'AHP (analytisk hierarkiprosess): kriteria blir samanlikna to og to («kor mykje viktigare er A enn B?»), og vektene blir rekna ut frå desse svara.',
  'term.npv.name': 'noverdi',
  'term.npv.text':
    'Summen av alle framtidige innsparingar og kostnader rekna om til dagens kroner. Ei krone om ti år tel mindre enn ei krone i dag.',
  'term.irr.name': 'internrente',
  'term.irr.text':
    'Den renta som gjer noverdien lik null. Ho seier berre noko når det først kjem eit utlegg og så innsparingar.',
  'term.zeroAlternative.name': 'nullalternativ',
  'term.zeroAlternative.text':
    'Det som skjer utan samarbeid: kvar kommune held fram som i dag. Gevinstar og kostnader blir målte mot dette.',
  'term.fte.name': 'årsverk',
  'term.fte.text': 'Éi heil stilling i eitt år. To halve stillingar er til saman eitt årsverk.',
  'term.monteCarlo.name': 'Monte Carlo',
  'term.monteCarlo.text':
    'Scenarioet blir rekna ut tusenvis av gonger med tilfeldige verdiar innanfor uvissa i kvart tal. Slik ser ein kor mykje resultatet kan variere.',

  'assumptions.toggle': 'Endre føresetnader',
  'assumptions.keptOpen': 'Du har endringar som ikkje er lagra, så skjemaet blir halde ope.',
  'assumptions.scenarioLink': 'Endre føresetnader for scenarioet',

  'simulation.readerSettings':
    'Simuleringa brukar {draws} trekk og frø {seed}, så resultatet kan kontrollerast.',
  'answer.heading': 'Svaret kort',
  'answer.scenario': 'Scenarioet gir ein samla noverdi på {amount} over {from}–{to}.',
  'answer.scenarioNone': 'Scenarioet kan ikkje reknast ut slik det står no; sjå kvifor nedanfor.',
  'answer.costSharing':
    'I «{scenario}» deler nukleolus den samla kostnaden slik: {shares}. Fordelinga er rekna for heile pakken.',
  'answer.costSharingScope': 'I «{scenario}» deler nukleolus kostnaden for {scope} slik: {shares}.',
  'answer.costSharingNone':
    'Kostnaden kan ikkje fordelast enno fordi tala for «{scenario}» ikkje er komplette.',
  'answer.costSharingCore': 'Fordelinga ligg i kjernen: ingen kommune tener på å gå ut.',
  'answer.costSharingNoCore': 'Inga fordeling er i kjernen: minst éin kommune tener på å gå ut.',
  'answer.modelChoice': 'Med vektene «{set}» kjem {first} best ut, framfor {second}.',
  'answer.modelChoiceOne': 'Med vektene «{set}» kjem {first} best ut.',
  'answer.modelChoiceNone':
    'Ingen modell er rangert enno, fordi ingen har vekta kriteria. Sjå kva modellar som er lovlege nedanfor.',
  'answer.people':
    'Fram mot {year} sluttar om lag {fte} årsverk naturleg (pensjon og anna avgang) i {areas}.',
  'answer.peopleNone': 'Inga naturleg avgang kan overslåast enno, fordi grunnlaget manglar tal.',
  'term.kostra.name': 'KOSTRA',
  'term.kostra.text':
    'Kommune-stat-rapportering: tala alle kommunar rapporterer til Statistisk sentralbyrå om økonomi og tenester, så kommunane kan samanliknast. Ei KOSTRA-gruppe er kommunar med om lag same folketal og økonomiske rammer.',
  'term.netExpenditure.name': 'netto driftsutgifter',
  'term.netExpenditure.text':
    'Det kommunen brukar på den daglege drifta av eit område i løpet av eit år, minus inntekter på det same området, som gebyr og refusjonar.',
  'term.perInhabitant.name': 'per innbyggjar',
  'term.perInhabitant.text':
    'Beløpet delt på folketalet 31. desember same år, slik KOSTRA gjer, så store og små kommunar kan samanliknast.',
};
