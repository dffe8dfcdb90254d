/**
 * The non-priced effects the seeds name. The saksframlegg lists the criteria the working groups judged gains
 * by (besides cost-effectiveness, which is priced), and says the more obvious gains are less vulnerability,
 * larger professional environments, flexibility and easier recruitment; the working groups saw gains «først og
 * fremst med tanke på å redusere sårbarhet og å få etablert mer solide fagmiljø». Each effect cites where it is
 * named, with the words quoted in its locator (a test finds them in the seed text).
 *
 * Nobody has assessed significance or extent for any scenario or municipality, so the default case has no
 * assessments: every cell reads «ikke vurdert» until someone enters one.
 * @module
 */
import type { NonPricedEffectInput } from '../schema/non-priced-effects.ts';
import { SRC } from './sources.ts';

const CRITERIA = 'Om interkommunal dialog og utredninger så langt, a) Stab/støttetjenester';

const named = (locator: string) => ({ document: SRC.caseReport, locator });

export const nonPricedEffects: NonPricedEffectInput[] = [
  {
    id: 'sarbarhet',
    name: { nb: 'Redusert sårbarhet', nn: 'Redusert sårbarheit', en: 'Less vulnerability' },
    description: {
      nb: 'Færre funksjoner som står og faller på én person, og mindre risiko for at oppgaver blir liggende ved fravær.',
      nn: 'Færre funksjonar som står og fell på éin person, og mindre risiko for at oppgåver blir liggjande ved fråvær.',
      en: 'Fewer functions that depend on one person, and less risk that tasks wait when someone is away.',
    },
    source: named(`${CRITERIA}: «Redusere sårbarhet ift. kapasitet i tjenesteytingen»`),
  },
  {
    id: 'fagmiljo',
    name: {
      nb: 'Sterkere fagmiljø og fleksibel oppgaveløsning',
      nn: 'Sterkare fagmiljø og fleksibel oppgåveløysing',
      en: 'Stronger professional environments and flexible task solving',
    },
    source: named(`${CRITERIA}: «Styrket fagmiljø, med større mulighet for fleksibel oppgaveløsning»`),
  },
  {
    id: 'rekruttering',
    name: { nb: 'Enklere rekruttering', nn: 'Enklare rekruttering', en: 'Easier recruitment' },
    source: named(
      'Sammendrag: «Større og kraftfulle fagmiljø vil kunne ha betydning for omdømme, og slik gjøre rekruttering av nye medarbeidere enklere»',
    ),
  },
  {
    id: 'service-tilgjengelighet',
    name: {
      nb: 'Service og tilgjengelighet for brukerne',
      nn: 'Service og tilgjenge for brukarane',
      en: 'Service and availability for users',
    },
    source: named(`${CRITERIA}: «Tjeneste med god service og tilgjengelighet for brukerne»`),
  },
  {
    id: 'endringsevne',
    name: {
      nb: 'Evne til å håndtere endringer',
      nn: 'Evne til å handtere endringar',
      en: 'Ability to handle change',
    },
    source: named(
      `${CRITERIA}: «Evne og mulighet til å forholde seg til endringer i tjenestene, faglig og teknologisk»`,
    ),
  },
];
