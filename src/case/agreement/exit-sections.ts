/**
 * The sections on running and ending the cooperation: reporting and the host's decisions the participants are
 * told of, withdrawal (oppsigelse/uttreden), dissolution and the archive, other statutory terms, disputes.
 * Where the statute gives a default (one year's notice for a vertskommune, § 20-8), the draft cites it beside
 * the placeholder but does not fill the term with it: choosing the default is the councils' decision.
 * @module
 */
import type { Block } from '../document/document-model.ts';
import {
  paragraph,
  say,
  termInline,
  type AgreementContext,
  type Fill,
  type Section,
} from './agreement-context.ts';
import type { AgreementModelId, NbNn } from './agreement-points.ts';

const isHostModel = (context: AgreementContext) => context.model.startsWith('vertskommune');
const isCommunity = (context: AgreementContext) =>
  context.model === 'kommunalt-oppgavefellesskap' || context.model === 'interkommunalt-politisk-rad';

export function reportingSection(context: AgreementContext): Section {
  const blocks: Block[] = [];
  const fills: Section['fills'] = {};
  if (isHostModel(context)) {
    const notified = termInline(context, context.terms?.notifiedDecisions, {
      nb: 'hvilke vedtak deltakerne skal underrettes om',
      nn: 'kva vedtak deltakarane skal få melding om',
    });
    blocks.push(
      paragraph(
        say(context, {
          nb: 'Vertskommunen underretter deltakerne om disse vedtakene: ',
          nn: 'Vertskommunen gir deltakarane melding om desse vedtaka: ',
        }),
        notified.inline,
      ),
      paragraph(
        say(context, {
          nb: 'Vertskommunen melder fra til statsforvalteren om at samarbeidet er opprettet (kommuneloven § 20-4 femte ledd).',
          nn: 'Vertskommunen melder frå til statsforvaltaren om at samarbeidet er oppretta (kommunelova § 20-4 femte ledd).',
        }),
      ),
    );
    fills['notified-decisions'] = notified.fill;
  }
  const reporting = termInline(context, context.terms?.reporting, {
    nb: 'rapportering til deltakerne',
    nn: 'rapportering til deltakarane',
  });
  blocks.push(paragraph(say(context, { nb: 'Rapportering: ', nn: 'Rapportering: ' }), reporting.inline));
  if (context.model === 'kommunalt-oppgavefellesskap') fills.reporting = reporting.fill;
  return {
    heading: say(context, { nb: 'Rapportering og informasjon', nn: 'Rapportering og informasjon' }),
    blocks,
    fills,
  };
}

const HOST_NOTICE: NbNn = {
  nb: 'Kommuneloven § 20-8 gir ett års oppsigelsestid dersom avtalen ikke fastsetter noe annet.',
  nn: 'Kommunelova § 20-8 gir eitt års oppseiingstid dersom avtalen ikkje fastset noko anna.',
};
const NO_STATUTORY_NOTICE: NbNn = {
  nb: 'Loven gir ingen oppsigelsestid; avtalen må fastsette hvordan deltakerne kan tre ut.',
  nn: 'Lova gir inga oppseiingstid; avtalen må fastsetje korleis deltakarane kan tre ut.',
};

/** What the statute says about notice where the agreement is silent (LAW.md section 0 point 5). */
const NOTICE_LAW: Record<AgreementModelId, NbNn> = {
  'vertskommune-administrativ': HOST_NOTICE,
  'vertskommune-nemnd': HOST_NOTICE,
  'kommunalt-oppgavefellesskap': NO_STATUTORY_NOTICE,
  'interkommunalt-politisk-rad': NO_STATUTORY_NOTICE,
  'interkommunalt-selskap': {
    nb: 'IKS-loven § 30 gir ett års skriftlig varsel (ordlyden er ikke bekreftet).',
    nn: 'IKS-lova § 30 gir eitt års skriftleg varsel (ordlyden er ikkje stadfesta).',
  },
};

export function withdrawalSection(context: AgreementContext): Section {
  const withdrawal = context.terms?.withdrawal;
  const what = { nb: 'oppsigelsestid ved uttreden', nn: 'oppseiingstid ved uttreden' };
  const months =
    withdrawal && `${withdrawal.noticeMonths} ${say(context, { nb: 'måneders', nn: 'månaders' })}`;
  const term = termInline(context, months, what);
  const blocks: Block[] = [
    paragraph(
      say(context, {
        nb: 'Hver deltaker kan si opp sin deltakelse med ',
        nn: 'Kvar deltakar kan seie opp deltakinga si med ',
      }),
      term.inline,
      say(context, { nb: ' skriftlig varsel.', nn: ' skriftleg varsel.' }),
    ),
  ];
  if (withdrawal?.note) blocks.push(paragraph(withdrawal.note));
  if (!withdrawal) blocks.push(paragraph(say(context, NOTICE_LAW[context.model])));
  return {
    heading: say(context, { nb: 'Oppsigelse og uttreden', nn: 'Oppseiing og uttreden' }),
    blocks,
    fills: context.model === 'interkommunalt-selskap' ? {} : { withdrawal: term.fill },
  };
}

export function dissolutionSection(context: AgreementContext): Section {
  const dissolution = termInline(context, context.terms?.dissolution, {
    nb: 'hvordan samarbeidet oppløses',
    nn: 'korleis samarbeidet blir oppløyst',
  });
  const blocks: Block[] = [
    paragraph(say(context, { nb: 'Oppløsning: ', nn: 'Oppløysing: ' }), dissolution.inline),
  ];
  const fills: Section['fills'] = {};
  if (isHostModel(context)) {
    blocks.push(
      paragraph(
        say(context, {
          nb: 'Samarbeidet kan oppløses straks dersom alle deltakerne er enige (kommuneloven § 20-8).',
          nn: 'Samarbeidet kan bli oppløyst straks dersom alle deltakarane er samde (kommunelova § 20-8).',
        }),
      ),
    );
    fills.dissolution = dissolution.fill;
  }
  if (isCommunity(context)) {
    const archive = termInline(context, context.terms?.archiveKeeper, {
      nb: 'hvem som tar vare på arkivet etter oppløsning',
      nn: 'kven som tek vare på arkivet etter oppløysing',
    });
    blocks.push(
      paragraph(
        say(context, { nb: 'Arkivet tas vare på av: ', nn: 'Arkivet blir teke vare på av: ' }),
        archive.inline,
      ),
    );
    const fill: Fill = !dissolution.fill.present ? dissolution.fill : archive.fill;
    fills['dissolution-and-archive'] = fill;
  }
  if (context.model === 'interkommunalt-selskap')
    blocks.push(
      paragraph(
        say(context, {
          nb: 'Reglene om oppløsning i IKS-loven § 32 er ikke bekreftet.',
          nn: 'Reglane om oppløysing i IKS-lova § 32 er ikkje stadfesta.',
        }),
      ),
    );
  return { heading: say(context, { nb: 'Oppløsning', nn: 'Oppløysing' }), blocks, fills };
}

export function otherStatutorySection(context: AgreementContext): Section {
  const term = termInline(context, context.terms?.otherStatutoryTerms, {
    nb: 'andre forhold lov krever at avtalen regulerer',
    nn: 'andre forhold lov krev at avtalen regulerer',
  });
  return {
    heading: say(context, { nb: 'Andre lovbestemte forhold', nn: 'Andre lovfesta forhold' }),
    blocks: [paragraph(term.inline)],
    fills: { 'other-statutory': term.fill },
  };
}

/** No statute lists disputes among the mandatory points, so this section fills none. */
export function disputesSection(context: AgreementContext): Section {
  const term = termInline(context, context.terms?.disputes, {
    nb: 'hvordan tvister løses',
    nn: 'korleis tvistar blir løyste',
  });
  return {
    heading: say(context, { nb: 'Tvister', nn: 'Tvistar' }),
    blocks: [paragraph(term.inline)],
    fills: {},
  };
}
