/**
 * The sections on how the cooperation is organised: its name and legal status, the representantskap or joint
 * board, the matters and authority of a political council, and an IKS's purpose and head office.
 * @module
 */
import type { Block } from '../document/document-model.ts';
import {
  municipalityName,
  paragraph,
  perParticipantItems,
  say,
  termInline,
  type AgreementContext,
  type Fill,
  type Section,
} from './agreement-context.ts';

/**
 * The words the name of a KO or an IPR must contain (kommuneloven §§ 18-1, 19-1), in full or as the
 * abbreviation the ministry accepts since 2023 (LAW.md [S12]).
 */
const NAME_RULE: Partial<Record<string, { words: string; abbreviation: string }>> = {
  'kommunalt-oppgavefellesskap': { words: 'kommunalt oppgavefellesskap', abbreviation: 'KO' },
  'interkommunalt-politisk-rad': { words: 'interkommunalt politisk råd', abbreviation: 'IPR' },
};

/** The name's fill: missing where it lacks the words the statute requires. */
function nameFill(context: AgreementContext, name: string, fill: Fill): Fill {
  const rule = NAME_RULE[context.model];
  if (!rule || !fill.present) return fill;
  // The nynorsk form «oppgåvefellesskap» is as good as the bokmål one.
  const lower = name.toLowerCase();
  const full = lower.includes(rule.words) || lower.includes(rule.words.replace('oppgave', 'oppgåve'));
  const abbreviated = new RegExp(`(^|[^\\p{L}])${rule.abbreviation}($|[^\\p{L}])`, 'u').test(name);
  if (full || abbreviated) return fill;
  return {
    present: false,
    reason: say(context, {
      nb: `Navnet inneholder ikke «${rule.words}» eller «${rule.abbreviation}»`,
      nn: `Namnet inneheld ikkje «${rule.words}» eller «${rule.abbreviation}»`,
    }),
  };
}

export function nameSection(context: AgreementContext): Section {
  const name = termInline(context, context.terms?.name, { nb: 'navn', nn: 'namn' });
  const blocks: Block[] = [paragraph(say(context, { nb: 'Navn: ', nn: 'Namn: ' }), name.inline)];
  const fills: Section['fills'] = { name: nameFill(context, context.terms?.name ?? '', name.fill) };
  if (context.model !== 'interkommunalt-selskap') {
    const entity = context.terms?.ownLegalEntity;
    const words =
      entity === undefined
        ? undefined
        : entity
          ? say(context, { nb: 'er et eget rettssubjekt', nn: 'er eit eige rettssubjekt' })
          : say(context, { nb: 'er ikke et eget rettssubjekt', nn: 'er ikkje eit eige rettssubjekt' });
    const term = termInline(context, words, {
      nb: 'om det er et eget rettssubjekt',
      nn: 'om det er eit eige rettssubjekt',
    });
    blocks.push(paragraph(say(context, { nb: 'Samarbeidet ', nn: 'Samarbeidet ' }), term.inline, '.'));
    fills['legal-entity'] = term.fill;
  }
  return {
    heading: say(context, { nb: 'Navn og rettslig status', nn: 'Namn og rettsleg status' }),
    blocks,
    fills,
  };
}

function countSection(
  context: AgreementContext,
  values: Readonly<Record<string, number>> | undefined,
  body: { nb: string; nn: string },
): { blocks: Block[]; fill: Fill } {
  const what = { nb: `antall medlemmer i ${body.nb}`, nn: `talet på medlemer i ${body.nn}` };
  const counts = perParticipantItems(context, values, (n) => String(n), what);
  return {
    blocks: [
      paragraph(
        say(context, {
          nb: `Antall medlemmer hver deltaker velger til ${body.nb}:`,
          nn: `Talet på medlemer kvar deltakar vel til ${body.nn}:`,
        }),
      ),
      { kind: 'numbered', items: counts.items },
    ],
    fill: counts.fill,
  };
}

export function representativesSection(context: AgreementContext): Section {
  const section = countSection(context, context.terms?.representatives, {
    nb: 'representantskapet',
    nn: 'representantskapet',
  });
  return {
    heading: say(context, { nb: 'Representantskap', nn: 'Representantskap' }),
    blocks: section.blocks,
    fills: { representatives: section.fill },
  };
}

export function boardSection(context: AgreementContext): Section {
  const section = countSection(context, context.terms?.boardMembers, {
    nb: 'den felles folkevalgte nemnda',
    nn: 'den felles folkevalde nemnda',
  });
  return {
    heading: say(context, { nb: 'Felles folkevalgt nemnd', nn: 'Felles folkevald nemnd' }),
    blocks: section.blocks,
    fills: { 'board-members': section.fill },
  };
}

/** An interkommunalt politisk råd: the matters it may handle and the authority it is given (§ 18-4 d–e). */
export function councilMattersSection(context: AgreementContext): Section {
  const matters = termInline(context, context.terms?.matters, {
    nb: 'hvilke saker rådet kan behandle',
    nn: 'kva saker rådet kan handsame',
  });
  const authority = termInline(context, context.terms?.delegatedAuthority, {
    nb: 'hvilken myndighet rådet får',
    nn: 'kva mynde rådet får',
  });
  return {
    heading: say(context, { nb: 'Saker og myndighet', nn: 'Saker og mynde' }),
    blocks: [
      paragraph(
        say(context, { nb: 'Saker rådet kan behandle: ', nn: 'Saker rådet kan handsame: ' }),
        matters.inline,
      ),
      paragraph(say(context, { nb: 'Myndighet: ', nn: 'Mynde: ' }), authority.inline),
      paragraph(
        say(context, {
          nb: 'Rådet kan ikke få myndighet til å treffe enkeltvedtak, unntatt om interne forhold og tilskuddsordninger (kommuneloven § 18-1 andre ledd).',
          nn: 'Rådet kan ikkje få mynde til å gjere enkeltvedtak, bortsett frå om interne forhold og tilskotsordningar (kommunelova § 18-1 andre ledd).',
        }),
      ),
    ],
    fills: { matters: matters.fill, authority: authority.fill },
  };
}

/** An IKS: its purpose and the municipality of its head office (IKS-loven § 4, ikke bekreftet). */
export function companySection(context: AgreementContext): Section {
  const purpose = termInline(context, context.terms?.purpose, {
    nb: 'selskapets formål',
    nn: 'føremålet til selskapet',
  });
  const office = context.terms?.headOfficeMunicipality;
  const headOffice = termInline(
    context,
    office === undefined ? undefined : municipalityName(context, office),
    {
      nb: 'kommunen der selskapet har hovedkontor',
      nn: 'kommunen der selskapet har hovudkontor',
    },
  );
  return {
    heading: say(context, { nb: 'Formål og hovedkontor', nn: 'Føremål og hovudkontor' }),
    blocks: [
      paragraph(say(context, { nb: 'Formål: ', nn: 'Føremål: ' }), purpose.inline),
      paragraph(say(context, { nb: 'Hovedkontor: ', nn: 'Hovudkontor: ' }), headOffice.inline),
    ],
    fills: { purpose: purpose.fill, 'head-office': headOffice.fill },
  };
}
