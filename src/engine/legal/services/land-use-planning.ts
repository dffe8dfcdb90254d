/**
 * Plan (land-use planning): the preparatory work can be shared, but the council itself leads planning and
 * adopts its plans (pbl § 3-3), also in a planning cooperation under pbl chapter 9 (§ 9-3 third para.)
 * [S20][S21][S23]. Zoning plans can be appealed (pbl § 12-12) [S22], and the statsforvalter is the appeals
 * body for zoning plans [L20].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noPersonalData, preparation } from './shared.ts';

export const landUsePlanning: ServiceAttributes = {
  code: 'landUsePlanning',
  name: { nb: 'Plan', nn: 'Plan', en: 'Land-use planning' },
  individualDecisions: fact(
    'none',
    {
      nb: 'Planvedtak er politiske planvedtak, ikke delegerte enkeltvedtak; reguleringsplaner kan likevel påklages (pbl § 12-12).',
      nn: 'Planvedtak er politiske planvedtak, ikkje delegerte enkeltvedtak; reguleringsplanar kan likevel klagast på (pbl § 12-12).',
      en: 'Plan adoption is a political planning decision, not a delegated individual decision; zoning plans can still be appealed (pbl § 12-12).',
    },
    [ref('plan-og-bygningsloven', '§ 12-12', 'S22')],
  ),
  principledCases: fact(
    'yes',
    {
      nb: 'Ja – planvedtak er politiske vedtak.',
      nn: 'Ja – planvedtak er politiske vedtak.',
      en: 'Yes – plan adoption is a political decision.',
    },
    [ref('plan-og-bygningsloven', '§ 3-3', 'S20')],
  ),
  statutoryTask: fact('yes', { nb: 'Ja.', nn: 'Ja.', en: 'Yes.' }, [
    ref('plan-og-bygningsloven', '§ 3-3', 'S20'),
  ]),
  preparation: preparation(
    {
      nb: 'Planfaglig arbeid: utredninger, planprogram, høringer og planforslag.',
      nn: 'Planfagleg arbeid: utgreiingar, planprogram, høyringar og planframlegg.',
      en: 'Planning work: studies, planning programmes, hearings and plan proposals.',
    },
    [ref('plan-og-bygningsloven', '§ 9-3', 'S23')],
  ),
  appeal: {
    body: 'countyGovernor',
    text: {
      nb: 'Reguleringsplaner kan påklages, og statsforvalteren er klageinstans for reguleringsplaner.',
      nn: 'Reguleringsplanar kan klagast på, og statsforvaltaren er klageinstans for reguleringsplanar.',
      en: 'Zoning plans can be appealed, and the statsforvalter is the appeals body for zoning plans.',
    },
    references: [ref('plan-og-bygningsloven', '§ 12-12', 'S22'), ref('praksis', null, 'L20')],
    unconfirmed: false,
  },
  personalData: noPersonalData,
  retained: [
    {
      code: 'plan_adoption_by_council',
      part: 'decision',
      text: {
        nb: 'Kommunestyret selv leder den kommunale planleggingen og vedtar planstrategi, kommuneplan og reguleringsplaner; ledelsen av planleggingen kan ikke delegeres.',
        nn: 'Kommunestyret sjølv leier den kommunale planlegginga og vedtek planstrategi, kommuneplan og reguleringsplanar; leiinga av planlegginga kan ikkje delegerast.',
        en: 'The council itself leads municipal planning and adopts the planning strategy, the municipal master plan and zoning plans; leadership of planning cannot be delegated.',
      },
      references: [ref('plan-og-bygningsloven', '§ 3-3', 'S20', 'S21')],
      unconfirmed: false,
      limitsSharing: true,
    },
    {
      code: 'final_plan_by_each_council',
      part: 'decision',
      text: {
        nb: 'Også i et interkommunalt plansamarbeid vedtar hvert kommunestyre den endelige planen for sitt område.',
        nn: 'Også i eit interkommunalt plansamarbeid vedtek kvart kommunestyre den endelege planen for sitt område.',
        en: 'Also in an inter-municipal planning cooperation, each council adopts the final plan for its own area.',
      },
      references: [ref('plan-og-bygningsloven', '§ 9-3 tredje ledd', 'S23')],
      unconfirmed: false,
      limitsSharing: true,
    },
    {
      code: 'planning_expertise',
      part: 'preparation',
      text: {
        nb: 'Kommunestyret skal sikre tilgang til planfaglig kompetanse.',
        nn: 'Kommunestyret skal sikre tilgang til planfagleg kompetanse.',
        en: 'The council must secure access to planning expertise.',
      },
      references: [ref('plan-og-bygningsloven', '§ 3-3', 'S20')],
      unconfirmed: false,
      limitsSharing: false,
    },
    {
      code: 'minor_zoning_plans',
      part: 'decision',
      text: {
        nb: '2009-teksten tillot å delegere vedtak av mindre reguleringsplaner i tråd med en kommuneplan under fire år gammel; gjeldende ordlyd er ikke bekreftet.',
        nn: '2009-teksten tillét å delegere vedtak av mindre reguleringsplanar i tråd med ein kommuneplan under fire år gammal; gjeldande ordlyd er ikkje stadfesta.',
        en: 'The 2009 text allowed delegating adoption of minor zoning plans consistent with a master plan under four years old; the current wording is not confirmed.',
      },
      references: [ref('plan-og-bygningsloven', '§ 12-12', 'S22')],
      unconfirmed: true,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [
    {
      text: {
        nb: 'Interkommunalt plansamarbeid etter pbl kapittel 9: et styre med lik representasjon om ikke annet er avtalt (§ 9-2); myndigheten over planprosessen, for eksempel planprogram og høring, kan overføres til styret (§ 9-3); uttreden med tre måneders skriftlig varsel (§ 9-5).',
        nn: 'Interkommunalt plansamarbeid etter pbl kapittel 9: eit styre med lik representasjon om ikkje anna er avtalt (§ 9-2); mynde over planprosessen, til dømes planprogram og høyring, kan overførast til styret (§ 9-3); uttreding med tre månaders skriftleg varsel (§ 9-5).',
        en: 'Inter-municipal planning cooperation under pbl chapter 9: a board with equal representation unless agreed otherwise (§ 9-2); authority over the planning process, e.g. planning programme and hearings, can be transferred to the board (§ 9-3); exit with three months’ written notice (§ 9-5).',
      },
      references: [
        ref('plan-og-bygningsloven', '§ 9-2', 'S23'),
        ref('plan-og-bygningsloven', '§ 9-3', 'S23'),
        ref('plan-og-bygningsloven', '§ 9-5', 'S23'),
      ],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
