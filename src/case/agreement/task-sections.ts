/**
 * The sections on what the cooperation does: the participants and the host, the tasks (the service areas of
 * the chosen scenario) with the authority delegated, and when they are transferred.
 * @module
 */
import { feasibility, type Verdict } from '../../engine/legal/feasibility.ts';
import { legalModelById } from '../../engine/legal/registry.ts';
import { formatPlanDate } from '../../i18n/format.ts';
import type { Block, Inline } from '../document/document-model.ts';
import { isPlaceholder } from '../schema/provenance.ts';
import type { ServiceArea } from '../schema/service-areas.ts';
import {
  PRESENT,
  combineFills,
  municipalityName,
  notInCase,
  paragraph,
  placeholderInline,
  say,
  termInline,
  type AgreementContext,
  type Fill,
  type Section,
} from './agreement-context.ts';
import type { NbNn } from './agreement-points.ts';

const isHostModel = (context: AgreementContext) => context.model.startsWith('vertskommune');

/** The host the case records: the terms first, else the new employer of a planned staff transfer under the model. */
function hostOf(context: AgreementContext): string | undefined {
  const transfer = context.document.legalAssessment.staffTransfers.find(
    (t) => t.modelId === context.model && t.newEmployerMunicipalityNumber !== undefined,
  );
  return context.terms?.hostMunicipality ?? transfer?.newEmployerMunicipalityNumber;
}

export function participantsSection(context: AgreementContext): Section {
  const items = context.document.participants.map((p) => [
    {
      text: `${p.name} kommune (${say(context, { nb: 'kommunenummer', nn: 'kommunenummer' })} ${p.municipalityNumber})`,
    },
  ]);
  const blocks: Block[] = [
    paragraph(say(context, { nb: 'Deltakerne i samarbeidet er:', nn: 'Deltakarane i samarbeidet er:' })),
    { kind: 'numbered', items },
  ];
  const fills: Section['fills'] = { participants: PRESENT };
  if (isHostModel(context)) {
    const host = hostOf(context);
    const what = { nb: 'hvilken kommune som er vertskommune', nn: 'kva kommune som er vertskommune' };
    const term = termInline(context, host === undefined ? undefined : municipalityName(context, host), what);
    blocks.push(paragraph(say(context, { nb: 'Vertskommune: ', nn: 'Vertskommune: ' }), term.inline));
    fills.host = term.fill;
  }
  return { heading: say(context, { nb: 'Parter', nn: 'Partar' }), blocks, fills };
}

function areasOf(context: AgreementContext): ServiceArea[] {
  const ids = context.scenario?.areas.map((a) => a.areaId) ?? [];
  return ids.flatMap((id) => context.document.serviceAreas.filter((area) => area.id === id));
}

export function areaName(context: AgreementContext, area: ServiceArea): string {
  return area.name[context.language] ?? area.name.nb;
}

const VERDICT_WORDS: Record<Verdict, NbNn> = {
  lawful: { nb: 'lovlig', nn: 'lovleg' },
  conditional: { nb: 'lovlig med vilkår', nn: 'lovleg med vilkår' },
  notSuited: { nb: 'ikke egnet', nn: 'ikkje eigna' },
  notLawful: { nb: 'ikke lovlig', nn: 'ikkje lovleg' },
};

const AUTHORITY_LIMIT: Partial<Record<string, NbNn>> = {
  'vertskommune-administrativ': {
    nb: 'Vertskommunen kan bare få myndighet i saker som ikke har prinsipiell betydning (kommuneloven § 20-2).',
    nn: 'Vertskommunen kan berre få mynde i saker som ikkje har prinsipiell verknad (kommunelova § 20-2).',
  },
  'vertskommune-nemnd': {
    nb: 'Nemnda kan få myndighet også i saker av prinsipiell betydning, om ikke lov sier noe annet (kommuneloven § 20-3).',
    nn: 'Nemnda kan få mynde også i saker med prinsipiell verknad, om ikkje lov seier noko anna (kommunelova § 20-3).',
  },
  'kommunalt-oppgavefellesskap': {
    nb: 'Fellesskapet kan ikke få myndighet til å treffe enkeltvedtak, unntatt om interne forhold og tilskuddsordninger (kommuneloven § 19-1 andre ledd).',
    nn: 'Fellesskapet kan ikkje få mynde til å gjere enkeltvedtak, bortsett frå om interne forhold og tilskotsordningar (kommunelova § 19-1 andre ledd).',
  },
};

/** The engine's verdict for the model and the areas' services, as one sentence. */
function legalNote(context: AgreementContext, areas: readonly ServiceArea[]): Block | null {
  const descriptor = legalModelById(context.model);
  if (!descriptor) return null;
  const result = feasibility(descriptor, [...new Set(areas.flatMap((a) => a.services))]);
  const deciding = areas.filter((area) =>
    feasibility(descriptor, area.services).services.some((s) => s.parts.some((p) => p.part === 'decision')),
  );
  const unconfirmed = result.unconfirmed
    ? say(context, { nb: ' (ikke bekreftet)', nn: ' (ikkje stadfesta)' })
    : '';
  const verdict = `${say(context, { nb: 'Flokks rettslige vurdering av modellen for disse oppgavene', nn: 'Den rettslege vurderinga i Flokk av modellen for desse oppgåvene' })}: ${say(context, VERDICT_WORDS[result.verdict])}${unconfirmed}.`;
  const decisions =
    deciding.length === 0
      ? ''
      : ` ${say(context, {
          nb: 'Oppgaver der vurderingen omfatter vedtak (se vurderingen for hva som kan delegeres)',
          nn: 'Oppgåver der vurderinga omfattar vedtak (sjå vurderinga for kva som kan delegerast)',
        })}: ${deciding.map((a) => areaName(context, a)).join(', ')}.`;
  return paragraph(verdict + decisions);
}

export function tasksSection(context: AgreementContext): Section {
  const areas = areasOf(context);
  const blocks: Block[] = [];
  const taskWhat = {
    nb: 'hvilke tjenesteområder (scenario) samarbeidet gjelder',
    nn: 'kva tenesteområde (scenario) samarbeidet gjeld',
  };
  let tasksFill: Fill = PRESENT;
  if (areas.length === 0) {
    blocks.push(paragraph(placeholderInline(context.language, say(context, taskWhat))));
    tasksFill = notInCase(context, taskWhat);
  } else {
    blocks.push(
      paragraph(
        say(context, {
          nb: 'Samarbeidet gjelder disse oppgavene:',
          nn: 'Samarbeidet gjeld desse oppgåvene:',
        }),
      ),
    );
    blocks.push({ kind: 'numbered', items: areas.map((a) => [{ text: areaName(context, a) }]) });
    const note = legalNote(context, areas);
    if (note) blocks.push(note);
  }
  const limit = AUTHORITY_LIMIT[context.model];
  if (limit) blocks.push(paragraph(say(context, limit)));
  const authorityWhat = { nb: 'hvilken myndighet som delegeres', nn: 'kva mynde som blir delegert' };
  const authority = termInline(context, context.terms?.delegatedAuthority, authorityWhat);
  blocks.push(paragraph(say(context, { nb: 'Myndighet: ', nn: 'Mynde: ' }), authority.inline));
  const fill = combineFills(context, [
    { fill: tasksFill, what: taskWhat },
    { fill: authority.fill, what: authorityWhat },
  ]);
  return {
    heading: say(context, { nb: 'Oppgaver og myndighet', nn: 'Oppgåver og mynde' }),
    blocks,
    fills: { 'tasks-and-authority': fill },
  };
}

/** The transfer date of the terms, else each area's start year where a source or decision gives it. */
export function transferSection(context: AgreementContext): Section {
  const heading = say(context, {
    nb: 'Overføring av oppgaver og myndighet',
    nn: 'Overføring av oppgåver og mynde',
  });
  const what = { nb: 'når oppgavene og myndigheten overføres', nn: 'når oppgåvene og myndet blir overført' };
  const date = context.terms?.transferDate;
  const lead = say(context, {
    nb: 'Oppgavene og myndigheten overføres ',
    nn: 'Oppgåvene og myndet blir overført ',
  });
  if (date !== undefined)
    return {
      heading,
      blocks: [paragraph(`${lead}${formatPlanDate(date, context.language)}.`)],
      fills: { 'transfer-time': PRESENT },
    };
  const areas = context.scenario?.areas ?? [];
  const known =
    areas.length > 0 &&
    areas.every((a) => !isPlaceholder(a.fieldProvenance.startYear) && a.fieldProvenance.startYear);
  if (!known) {
    return {
      heading,
      blocks: [paragraph(lead, placeholderInline(context.language, say(context, what)), '.')],
      fills: { 'transfer-time': notInCase(context, what) },
    };
  }
  const from = say(context, { nb: 'fra og med', nn: 'frå og med' });
  const items: Inline[][] = areas.map((a) => {
    const area = context.document.serviceAreas.find((s) => s.id === a.areaId);
    return [{ text: `${area ? areaName(context, area) : a.areaId}: ${from} ${a.startYear}` }];
  });
  const scenarioName = context.scenario
    ? (context.scenario.name[context.language] ?? context.scenario.name.nb)
    : '';
  return {
    heading,
    blocks: [
      paragraph(
        `${lead}${say(context, { nb: 'slik oppstartsåret i scenarioet', nn: 'slik oppstartsåret i scenarioet' })} «${scenarioName}» ${say(context, { nb: 'angir', nn: 'set' })}:`,
      ),
      { kind: 'numbered', items },
    ],
    fills: { 'transfer-time': PRESENT },
  };
}
