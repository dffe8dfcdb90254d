/**
 * Words for the explained switchboard, departure and model-choice steps, in bokmål, nynorsk and English;
 * spread into `STEP_WORDS` (fields are named by their document paths, `field-label.ts`). Departures come in a low and a high
 * bound, so each departure step has both, with the bound in the label.
 * @module
 */
import type { Language } from '../../i18n/language.ts';

type Words = Record<Language, { label: string; formula: string }>;
type Triple = readonly [nb: string, nn: string, en: string];

const words = (label: Triple, formula: Triple): Words => ({
  nb: { label: label[0], formula: formula[0] },
  nn: { label: label[1], formula: formula[1] },
  en: { label: label[2], formula: formula[2] },
});

const BOUND: Record<'low' | 'high', Triple> = {
  low: ['lavt anslag', 'lågt anslag', 'low bound'],
  high: ['høyt anslag', 'høgt anslag', 'high bound'],
};

const DEPARTURE_STEPS: Record<string, [label: Triple, formula: Triple]> = {
  'departed-fte': [
    [
      'Årsverk gått av til og med {year}, {municipality}, {area}',
      'Årsverk gått av til og med {year}, {municipality}, {area}',
      'FTE departed by {year}, {municipality}, {area}',
    ],
    [
      'Summen av årsverkene som går av hvert år fra første framskrevne år.',
      'Summen av årsverka som går av kvart år frå første framskrivne år.',
      'The sum of the FTE departing each year from the first projected year.',
    ],
  ],
  'year-fte': [
    [
      'Årsverk som går av i {year}, {municipality}, {area}',
      'Årsverk som går av i {year}, {municipality}, {area}',
      'FTE departing in {year}, {municipality}, {area}',
    ],
    [
      'Forventet antall personer som slutter, ganget med årsverk per person (for fellesenheten: summen over kommunene).',
      'Venta tal på personar som sluttar, gonga med årsverk per person (for fellesenheten: summen over kommunane).',
      'Expected persons leaving times FTE per person (for the joint unit: the sum over the municipalities).',
    ],
  ],
  departures: [
    [
      'Forventet avgang i {year}, {municipality}, {area}',
      'Venta avgang i {year}, {municipality}, {area}',
      'Expected departures in {year}, {municipality}, {area}',
    ],
    [
      'Forventede pensjoneringer pluss annen avgang (for fellesenheten: summen over kommunene).',
      'Venta pensjoneringar pluss anna avgang (for fellesenheten: summen over kommunane).',
      'Expected retirements plus other turnover (for the joint unit: the sum over the municipalities).',
    ],
  ],
  retirements: [
    [
      'Forventede pensjoneringer i {year}, {municipality}, {area}',
      'Venta pensjoneringar i {year}, {municipality}, {area}',
      'Expected retirements in {year}, {municipality}, {area}',
    ],
    [
      'For hver person og hver mulig alder: sannsynligheten for å gå av ved AFP-alder, vanlig pensjonsalder eller aldersgrensen dette året, gitt at personen fortsatt er i arbeid.',
      'For kvar person og kvar mogleg alder: sannsynet for å gå av ved AFP-alder, vanleg pensjonsalder eller aldersgrensa dette året, gitt at personen framleis er i arbeid.',
      'For each person and each possible age: the probability of retiring at the AFP age, the ordinary age or the age limit this year, given the person is still at work.',
    ],
  ],
  turnover: [
    [
      'Forventet annen avgang i {year}, {municipality}, {area}',
      'Venta anna avgang i {year}, {municipality}, {area}',
      'Expected other turnover in {year}, {municipality}, {area}',
    ],
    [
      'Årlig avgang av andre grunner, ganget med sannsynligheten for at personen fortsatt er i arbeid og ikke går av med pensjon dette året.',
      'Årleg avgang av andre grunnar, gonga med sannsynet for at personen framleis er i arbeid og ikkje går av med pensjon dette året.',
      'Yearly turnover for other reasons times the probability that the person is still at work and does not retire this year.',
    ],
  ],
};

function departureWords(): Record<string, Words> {
  const out: Record<string, Words> = {};
  for (const [step, [label, formula]] of Object.entries(DEPARTURE_STEPS))
    for (const bound of ['low', 'high'] as const)
      out[`people_${step}_${bound}`] = words(
        [0, 1, 2].map((i) => `${label[i]} (${BOUND[bound][i]})`) as unknown as Triple,
        formula,
      );
  return out;
}

/** `{weekday}` (ISO 1 = Monday … 7) in words. */
export const WEEKDAY_WORDS: Record<Language, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export const PEOPLE_CHOICE_STEP_WORDS: Readonly<Record<string, Words>> = {
  ...departureWords(),
  people_fte_per_person: words(
    [
      'Årsverk per person, {municipality}, {area}',
      'Årsverk per person, {municipality}, {area}',
      'FTE per person, {municipality}, {area}',
    ],
    [
      'Årsverk delt på antall personer.',
      'Årsverk delt på talet på personar.',
      'FTE over the number of persons.',
    ],
  ),
  people_headcount_bands: words(
    [
      'Antall personer, {municipality}, {area}',
      'Talet på personar, {municipality}, {area}',
      'Headcount, {municipality}, {area}',
    ],
    [
      'Summen av antallene i aldersgruppene.',
      'Summen av tala i aldersgruppene.',
      'The sum of the age bands’ counts.',
    ],
  ),
  people_headcount_fte: words(
    [
      'Antall personer (minst mulig), {municipality}, {area}',
      'Talet på personar (minst mogleg), {municipality}, {area}',
      'Headcount (fewest possible), {municipality}, {area}',
    ],
    [
      'Antall personer er ikke oppgitt: årsverkene rundet opp, siden ingen jobber mer enn ett årsverk.',
      'Talet på personar er ikkje oppgitt: årsverka runda opp, sidan ingen jobbar meir enn eitt årsverk.',
      'The headcount is not given: the FTE rounded up, since nobody works more than one FTE.',
    ],
  ),
  switchboard_fte: words(
    [
      'Årsverk til sentralbordet for {municipality}',
      'Årsverk til sentralbordet for {municipality}',
      'Switchboard FTE for {municipality}',
    ],
    [
      'Agenttimer per uke ganget med åpne uker per år, delt på (1 − svinn) og på timer per årsverk.',
      'Agenttimar per veke gonga med opne veker per år, delt på (1 − svinn) og på timar per årsverk.',
      'Agent hours a week times open weeks a year, over (1 − shrinkage) and over the hours in one FTE.',
    ],
  ),
  switchboard_agent_hours: words(
    [
      'Agenttimer per uke, sentralbord for {municipality}',
      'Agenttimar per veke, sentralbord for {municipality}',
      'Agent hours a week, switchboard for {municipality}',
    ],
    [
      'Summen over ukens åpne intervaller av agenter ganget med åpne timer.',
      'Summen over dei opne intervalla i veka av agentar gonga med opne timar.',
      'The sum over the week’s open intervals of agents times open hours.',
    ],
  ),
  switchboard_agents: words(
    [
      'Agenter {weekday} kl. {time}, sentralbord for {municipality}',
      'Agentar {weekday} kl. {time}, sentralbord for {municipality}',
      'Agents on {weekday} at {time}, switchboard for {municipality}',
    ],
    [
      'Erlang C: færrest agenter som når servicemålet (andel besvart innen målet) for intervallets anrop og behandlingstid, minst én mens det er åpent.',
      'Erlang C: færrast agentar som når servicemålet (del svart innan målet) for anropa og behandlingstida i intervallet, minst éin medan det er ope.',
      'Erlang C: the fewest agents that meet the service target (share answered within the target time) for the interval’s calls and handling time, at least one while open.',
    ],
  ),
  switchboard_agents_erlang_a: words(
    [
      'Agenter {weekday} kl. {time}, sentralbord for {municipality}',
      'Agentar {weekday} kl. {time}, sentralbord for {municipality}',
      'Agents on {weekday} at {time}, switchboard for {municipality}',
    ],
    [
      'Erlang A (innringere legger på etter gjennomsnittlig tålmodighet): færrest agenter som når servicemålet, minst én mens det er åpent.',
      'Erlang A (innringarar legg på etter gjennomsnittleg tolmod): færrast agentar som når servicemålet, minst éin medan det er ope.',
      'Erlang A (callers hang up after their mean patience): the fewest agents that meet the service target, at least one while open.',
    ],
  ),
  switchboard_pooled_calls: words(
    [
      'Anrop {weekday} kl. {time}, felles sentralbord',
      'Anrop {weekday} kl. {time}, felles sentralbord',
      'Calls on {weekday} at {time}, pooled switchboard',
    ],
    [
      'Summen av kommunenes anrop i intervallet, i én kø.',
      'Summen av anropa til kommunane i intervallet, i éin kø.',
      'The sum of the municipalities’ calls in the interval, in one queue.',
    ],
  ),
  switchboard_fte_hours: words(
    ['Timer per årsverk', 'Timar per årsverk', 'Hours per FTE'],
    [
      'En vanlig planleggingsnorm: 37,5 timer i uka i 52,14 uker, minus fem ferieuker og om lag ti helligdager på hverdager.',
      'Ein vanleg planleggingsnorm: 37,5 timar i veka i 52,14 veker, minus fem ferieveker og om lag ti heilagdagar på kvardagar.',
      'A common planning norm: 37.5 hours a week for 52.14 weeks, less five weeks of holiday and about ten weekday public holidays.',
    ],
  ),
  switchboard_pooled_open_hours: words(
    [
      'Åpne timer {weekday} kl. {time}, felles sentralbord',
      'Opne timar {weekday} kl. {time}, felles sentralbord',
      'Open hours on {weekday} at {time}, pooled switchboard',
    ],
    [
      'Minuttene av intervallet der minst én av kommunene har åpent, i timer.',
      'Minutta av intervallet der minst éin av kommunane har ope, i timar.',
      'The minutes of the interval when at least one of the municipalities is open, in hours.',
    ],
  ),
  switchboard_gain: words(
    [
      'Samordningsgevinst i årsverk, sentralbord',
      'Samordningsvinst i årsverk, sentralbord',
      'Pooling gain in FTE, switchboard',
    ],
    [
      'Summen av kommunenes egne sentralbord minus ett felles sentralbord.',
      'Summen av sentralborda til kommunane minus eitt felles sentralbord.',
      'The sum of the separate switchboards minus one pooled switchboard.',
    ],
  ),
  choice_score: words(
    [
      'Poeng for {model} på {criterion}',
      'Poeng for {model} på {criterion}',
      'Score of {model} on {criterion}',
    ],
    [
      'Poeng på skalaen 1–5, satt av {scoredBy} i vektingen. {rationale}',
      'Poeng på skalaen 1–5, sette av {scoredBy} i vektinga. {rationale}',
      'A score on the 1–5 scale, given by {scoredBy} in the weighting session. {rationale}',
    ],
  ),
  choice_points: words(
    [
      'Poeng til {criterion} fra {person}',
      'Poeng til {criterion} frå {person}',
      'Points for {criterion} from {person}',
    ],
    [
      'Poengene personen ga kriteriet i vektingen.',
      'Poenga personen gav kriteriet i vektinga.',
      'The points the person gave the criterion in the weighting session.',
    ],
  ),
  choice_swing: words(
    [
      'Svingvurdering av {criterion} fra {person}',
      'Svingvurdering av {criterion} frå {person}',
      'Swing rating of {criterion} from {person}',
    ],
    [
      'Vurderingen (0–100) personen ga kriteriet i vektingen.',
      'Vurderinga (0–100) personen gav kriteriet i vektinga.',
      'The rating (0–100) the person gave the criterion in the weighting session.',
    ],
  ),
  choice_judgement: words(
    [
      '{person}: hvor mye viktigere {a} er enn {b}',
      '{person}: kor mykje viktigare {a} er enn {b}',
      '{person}: how much more important {a} is than {b}',
    ],
    [
      'Parvis sammenligning på Saatys skala 1/9–9, lagt inn i vektingen.',
      'Parvis samanlikning på skalaen til Saaty 1/9–9, lagd inn i vektinga.',
      'A pairwise comparison on Saaty’s 1/9–9 scale, entered in the weighting session.',
    ],
  ),
  choice_rank: words(
    ['Rangering av {model}', 'Rangering av {model}', 'Rank of {model}'],
    [
      'Plassen blant de lovlige modellenes vektede verdi; like verdier deler plass.',
      'Plassen blant den vekta verdien til dei lovlege modellane; like verdiar deler plass.',
      'The place among the lawful models’ weighted values; equal values share a place.',
    ],
  ),
  choice_value: words(
    ['Vektet verdi for {model}', 'Vekta verdi for {model}', 'Weighted value of {model}'],
    [
      'Summen over kriteriene av vekt ganget med poeng (1–5).',
      'Summen over kriteria av vekt gonga med poeng (1–5).',
      'The sum over the criteria of weight times score (1–5).',
    ],
  ),
  choice_weight_aip: words(
    ['Gruppens vekt for {criterion}', 'Vekta til gruppa for {criterion}', 'Group weight of {criterion}'],
    [
      'Gjennomsnittet av personenes vekter (AIP).',
      'Gjennomsnittet av vektene til personane (AIP).',
      'The mean of the persons’ weights (AIP).',
    ],
  ),
  choice_weight_aij: words(
    ['Gruppens vekt for {criterion}', 'Vekta til gruppa for {criterion}', 'Group weight of {criterion}'],
    [
      'AHP-vekten av det geometriske gjennomsnittet av personenes parvise sammenligninger (AIJ).',
      'AHP-vekta av det geometriske gjennomsnittet av dei parvise samanlikningane til personane (AIJ).',
      'The AHP weight of the geometric mean of the persons’ pairwise comparisons (AIJ).',
    ],
  ),
  choice_person_weight_points: words(
    [
      'Vekt for {criterion} fra {person}',
      'Vekt for {criterion} frå {person}',
      'Weight of {criterion} from {person}',
    ],
    [
      'Poengene til kriteriet delt på summen av poengene.',
      'Poenga til kriteriet delt på summen av poenga.',
      'The criterion’s points over the sum of the points.',
    ],
  ),
  choice_person_weight_swing: words(
    [
      'Vekt for {criterion} fra {person}',
      'Vekt for {criterion} frå {person}',
      'Weight of {criterion} from {person}',
    ],
    [
      'Svingvurderingen til kriteriet delt på summen av vurderingene.',
      'Svingvurderinga til kriteriet delt på summen av vurderingane.',
      'The criterion’s swing rating over the sum of the ratings.',
    ],
  ),
  choice_person_weight_ahp: words(
    [
      'Vekt for {criterion} fra {person}',
      'Vekt for {criterion} frå {person}',
      'Weight of {criterion} from {person}',
    ],
    [
      'AHP-vekten (egenvektoren) av personens parvise sammenligninger.',
      'AHP-vekta (eigenvektoren) av dei parvise samanlikningane til personen.',
      'The AHP weight (eigenvector) of the person’s pairwise comparisons.',
    ],
  ),
};
