/**
 * The cooperation agreement for a model, drafted from the case, and its minimum-content check: every point
 * the statute requires (`agreement-points.ts`), each present (with the section it is in) or missing (with
 * the paragraph and why). A term the case does not hold is a visible placeholder in the draft, credited to
 * no one, and its point is missing; a draft with a missing point is not final.
 * @module
 */
import type { Block, FlokkDocument } from '../document/document-model.ts';
import {
  paragraph,
  say,
  type AgreementContext,
  type AgreementLanguage,
  type Section,
  type SectionBuilder,
} from './agreement-context.ts';
import {
  agreementRequirements,
  type AgreementModelId,
  type AgreementPoint,
  type AgreementPointId,
} from './agreement-points.ts';
import { termsFor, type AgreementCase } from './agreement-terms.ts';
import { contributionsSection, economySection, ownershipSection } from './economy-sections.ts';
import {
  disputesSection,
  dissolutionSection,
  otherStatutorySection,
  reportingSection,
  withdrawalSection,
} from './exit-sections.ts';
import {
  boardSection,
  companySection,
  councilMattersSection,
  nameSection,
  representativesSection,
} from './organisation-sections.ts';
import { participantsSection, tasksSection, transferSection } from './task-sections.ts';

export interface AgreementOptions {
  model: AgreementModelId;
  language: AgreementLanguage;
  /** The scenario whose areas are the tasks; the terms' scenario when absent. */
  scenarioId?: string;
  /**
   * Mark the draft «Endelig utkast». Only a complete draft is marked so (the caller refuses the request
   * otherwise, `agreementIncompleteMessage`); without it, or with a point missing, it says «Utkast – ikke endelig».
   */
  final?: boolean;
}

export interface PointCheck {
  id: AgreementPointId;
  paragraph: string;
  label: string;
  status: 'present' | 'missing';
  /** The heading of the section that holds the point (or its placeholder). */
  section?: string;
  reason?: string;
  /** The statute's wording for the point is not confirmed (LAW.md); the label says «ikke bekreftet». */
  unconfirmed: boolean;
}

export interface AgreementCheck {
  points: PointCheck[];
  /** True only when no point is missing: only then may the draft be marked final. */
  final: boolean;
}

export interface Agreement {
  document: FlokkDocument;
  check: AgreementCheck;
}

const HOST_SECTIONS: SectionBuilder[] = [
  participantsSection,
  tasksSection,
  transferSection,
  reportingSection,
  economySection,
  withdrawalSection,
  dissolutionSection,
  otherStatutorySection,
  disputesSection,
];

/** The sections of each model's agreement, in the order they are written. */
const SECTIONS: Record<AgreementModelId, SectionBuilder[]> = {
  'vertskommune-administrativ': HOST_SECTIONS,
  'vertskommune-nemnd': [participantsSection, boardSection, ...HOST_SECTIONS.slice(1)],
  'kommunalt-oppgavefellesskap': [
    nameSection,
    participantsSection,
    representativesSection,
    tasksSection,
    contributionsSection,
    ownershipSection,
    economySection,
    reportingSection,
    withdrawalSection,
    dissolutionSection,
    disputesSection,
  ],
  'interkommunalt-politisk-rad': [
    nameSection,
    participantsSection,
    representativesSection,
    councilMattersSection,
    ownershipSection,
    reportingSection,
    withdrawalSection,
    dissolutionSection,
    disputesSection,
  ],
  'interkommunalt-selskap': [
    nameSection,
    participantsSection,
    companySection,
    tasksSection,
    ownershipSection,
    contributionsSection,
    representativesSection,
    economySection,
    reportingSection,
    withdrawalSection,
    dissolutionSection,
    disputesSection,
  ],
};

/** The statute's name in the draft's language («kommunelova» in nynorsk). */
function lawText(language: AgreementLanguage, text: string): string {
  return language === 'nb'
    ? text
    : text.replace('kommuneloven', 'kommunelova').replace('IKS-loven', 'IKS-lova');
}

/** The draft's status, first in its first paragraph: a council member must see at once whether it is final. */
function draftMark(context: AgreementContext, final: boolean): string {
  return final
    ? say(context, { nb: 'Endelig utkast.', nn: 'Endeleg utkast.' })
    : say(context, { nb: 'Utkast – ikke endelig.', nn: 'Utkast – ikkje endeleg.' });
}

function introBlocks(
  context: AgreementContext,
  statute: string,
  points: readonly AgreementPoint[],
  final: boolean,
): Block[] {
  const law = lawText(context.language, statute);
  const blocks: Block[] = [
    paragraph(
      draftMark(context, final) +
        say(context, {
          nb: ` Avtalen inngås etter ${law} og vedtas av kommunestyret selv i hver deltakerkommune.`,
          nn: ` Avtalen blir inngått etter ${law} og blir vedteken av kommunestyret sjølv i kvar deltakarkommune.`,
        }),
    ),
  ];
  if (points.some((p) => p.unconfirmed))
    blocks.push(
      paragraph(
        say(context, {
          nb: `Minsteinnholdet i ${law} er ikke bekreftet mot lovteksten.`,
          nn: `Minsteinnhaldet i ${law} er ikkje stadfesta mot lovteksten.`,
        }),
      ),
    );
  return blocks;
}

function checkPoint(
  context: AgreementContext,
  point: AgreementPoint,
  sections: readonly Section[],
): PointCheck {
  const suffix = point.unconfirmed ? say(context, { nb: ' (ikke bekreftet)', nn: ' (ikkje stadfesta)' }) : '';
  const base = { id: point.id, paragraph: point.paragraph, label: say(context, point.label) + suffix };
  const section = sections.find((s) => s.fills[point.id] !== undefined);
  const fill = section?.fills[point.id];
  if (!section || !fill)
    return {
      ...base,
      status: 'missing',
      reason: say(context, {
        nb: 'Utkastet har ingen del for punktet',
        nn: 'Utkastet har ingen del for punktet',
      }),
      unconfirmed: point.unconfirmed,
    };
  return fill.present
    ? { ...base, status: 'present', section: section.heading, unconfirmed: point.unconfirmed }
    : {
        ...base,
        status: 'missing',
        section: section.heading,
        reason: fill.reason,
        unconfirmed: point.unconfirmed,
      };
}

/**
 * Drafts the agreement for `options.model` from the case and checks it against the statute's minimum content.
 * @example buildAgreement(defaultCase(), { model: 'vertskommune-administrativ', language: 'nb', scenarioId: 'administrative-tjenester' }).check.final // → false
 */
export function buildAgreement(document: AgreementCase, options: AgreementOptions): Agreement {
  const requirements = agreementRequirements(options.model);
  if (requirements?.kind !== 'statutory') throw new Error(`No statutory agreement for ${options.model}`);
  const terms = termsFor(document, options.model);
  const scenarioId = options.scenarioId ?? terms?.scenarioId;
  const context: AgreementContext = {
    document,
    model: options.model,
    language: options.language,
    terms,
    scenario: document.scenarios.find((s) => s.id === scenarioId),
  };
  const sections = SECTIONS[options.model].map((build, index) => {
    const section = build(context);
    return { ...section, heading: `${index + 1}. ${section.heading}` };
  });
  const title = say(context, requirements.agreementName);
  const points = requirements.points.map((p) => checkPoint(context, p, sections));
  const complete = points.every((p) => p.status === 'present');
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    ...introBlocks(context, requirements.statute, requirements.points, options.final === true && complete),
    ...sections.flatMap((s): Block[] => [{ kind: 'heading', level: 2, text: s.heading }, ...s.blocks]),
  ];
  return {
    document: { title, language: options.language, blocks },
    check: { points, final: complete },
  };
}
