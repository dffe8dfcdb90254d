/**
 * Klima og miljø (climate and environment): planning can be shared; environmental permits and orders under
 * special acts are individual decisions [S29]. Each council’s duty to adopt climate plans is UNCONFIRMED.
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noOpeningFound, noPersonalData, preparation, unknownPrincipled } from './shared.ts';

export const climateEnvironment: ServiceAttributes = {
  code: 'climateEnvironment',
  name: { nb: 'Klima og miljø', nn: 'Klima og miljø', en: 'Climate and environment' },
  individualDecisions: fact(
    'part',
    {
      nb: 'Planlegging og analyse: nei; tillatelser og pålegg etter særlover: ja.',
      nn: 'Planlegging og analyse: nei; løyve og pålegg etter særlover: ja.',
      en: 'Planning and analysis: no; permits and orders under special acts: yes.',
    },
    [ref('prop-107-l', null, 'S29')],
  ),
  principledCases: unknownPrincipled,
  statutoryTask: fact('partly', { nb: 'Delvis.', nn: 'Delvis.', en: 'Partly.' }, [
    ref('prop-107-l', null, 'S29'),
  ]),
  specialActOpening: noOpeningFound({
    nb: 'Miljøvedtak kan bare legges til IKS o.l. om en særlov åpner for det; ingen slik hjemmel er funnet (ikke bekreftet).',
    nn: 'Miljøvedtak kan berre leggjast til IKS o.l. om ei særlov opnar for det; ingen slik heimel er funnen (ikkje stadfesta).',
    en: 'Environmental decisions can go to an IKS etc. only if a special act opens for it; no such opening has been found (not confirmed).',
  }),
  preparation: preparation({
    nb: 'Analyse, kunnskapsgrunnlag og planutkast på klima- og miljøfeltet.',
    nn: 'Analyse, kunnskapsgrunnlag og planutkast på klima- og miljøfeltet.',
    en: 'Analysis, knowledge base and draft plans in climate and environment.',
  }),
  personalData: noPersonalData,
  retained: [
    {
      code: 'climate_plan_adoption',
      part: 'decision',
      text: {
        nb: 'Klimaplaner vedtas etter plan- og bygningsloven av hvert kommunestyre; den særskilte plikten er ikke bekreftet.',
        nn: 'Klimaplanar blir vedtekne etter plan- og bygningslova av kvart kommunestyre; den særskilde plikta er ikkje stadfesta.',
        en: 'Climate plans are adopted under the Planning and Building Act by each council; the specific duty is not confirmed.',
      },
      references: [ref('plan-og-bygningsloven', null, 'S29')],
      unconfirmed: true,
      limitsSharing: true,
    },
  ],
  modelRules: [],
  notes: [
    {
      text: {
        nb: 'Prop. 107 L (2023–2024) endrer også oppgavefordelingen i forurensningsloven, naturmangfoldloven, friluftsloven m.fl.',
        nn: 'Prop. 107 L (2023–2024) endrar også oppgåvefordelinga i forureiningslova, naturmangfaldlova, friluftslova m.fl.',
        en: 'Prop. 107 L (2023–2024) also changes the allocation of tasks in the pollution, nature diversity and outdoor recreation acts, among others.',
      },
      references: [ref('prop-107-l', null, 'S29')],
      unconfirmed: false,
    },
  ],
  coveredBySources: true,
};
