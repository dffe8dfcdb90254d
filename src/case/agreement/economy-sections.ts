/**
 * The sections on money: the cost keys of the chosen scenario with the yearly a-konto payments and
 * settlement, ownership and liability shares, contributions and borrowing. Figures come only from the case;
 * a key the case marks as a placeholder is written as one.
 * @module
 */
import { COST_KEYS } from '../../engine/cost-sharing/registry.ts';
import { ALLOCATION_METHODS } from '../../engine/games/allocation-methods.ts';
import { formatNok, formatNumber } from '../../i18n/format.ts';
import { allocationLabel } from '../cost-sharing/allocation-labels.ts';
import type { Block } from '../document/document-model.ts';
import { isPlaceholder } from '../schema/provenance.ts';
import type { ScenarioArea } from '../schema/scenario.ts';
import type { PaymentSchedule } from './agreement-terms.ts';
import {
  PRESENT,
  combineFills,
  notInCase,
  paragraph,
  perParticipantItems,
  placeholderInline,
  say,
  termInline,
  type AgreementContext,
  type Fill,
  type Section,
} from './agreement-context.ts';
import type { NbNn } from './agreement-points.ts';
import { areaName } from './task-sections.ts';

const SCHEDULE: Record<PaymentSchedule, NbNn> = {
  monthly: { nb: 'månedlig', nn: 'månadleg' },
  quarterly: { nb: 'kvartalsvis', nn: 'kvartalsvis' },
  halfYearly: { nb: 'halvårlig', nn: 'halvårleg' },
  yearly: { nb: 'årlig', nn: 'årleg' },
};

const KEY_WHAT = { nb: 'fordelingsnøkkel', nn: 'fordelingsnøkkel' };

function keyCell(context: AgreementContext, key: ScenarioArea['costKey'], decided: boolean): string {
  if (!decided) return placeholderInline(context.language, say(context, KEY_WHAT)).text;
  const labelKey =
    COST_KEYS.find((k) => k.id === key.keyId)?.labelKey ??
    ALLOCATION_METHODS.find((m) => m.id === key.keyId)?.labelKey;
  return allocationLabel(
    { labelKey: labelKey ?? key.keyId, ...(key.options ? { options: key.options } : {}) },
    context.language,
  );
}

const keyDecided = (area: ScenarioArea, field: 'costKey' | 'oneOffKey') =>
  area.fieldProvenance[field] !== undefined && !isPlaceholder(area.fieldProvenance[field]);

/** Who settles the accounts: the host, the community or the company. */
const SETTLER: Record<string, NbNn> = {
  'kommunalt-oppgavefellesskap': { nb: 'Fellesskapet', nn: 'Fellesskapet' },
  'interkommunalt-selskap': { nb: 'Selskapet', nn: 'Selskapet' },
  'interkommunalt-politisk-rad': { nb: 'Rådet', nn: 'Rådet' },
};

export function economySection(context: AgreementContext): Section {
  const areas = context.scenario?.areas ?? [];
  const blocks: Block[] = [];
  const keysWhat = { nb: 'fordelingsnøklene (scenario)', nn: 'fordelingsnøklane (scenario)' };
  if (areas.length === 0) blocks.push(paragraph(placeholderInline(context.language, say(context, keysWhat))));
  else
    blocks.push({
      kind: 'table',
      caption: say(context, {
        nb: 'Fordelingsnøkler per tjenesteområde',
        nn: 'Fordelingsnøklar per tenesteområde',
      }),
      header: [
        say(context, { nb: 'Tjenesteområde', nn: 'Tenesteområde' }),
        say(context, { nb: 'Driftskostnader', nn: 'Driftskostnader' }),
        say(context, { nb: 'Engangskostnader', nn: 'Eingongskostnader' }),
      ],
      rows: areas.map((a) => {
        const area = context.document.serviceAreas.find((s) => s.id === a.areaId);
        return [
          area ? areaName(context, area) : a.areaId,
          keyCell(context, a.costKey, keyDecided(a, 'costKey')),
          keyCell(context, a.oneOffKey, keyDecided(a, 'oneOffKey')),
        ];
      }),
    });
  const scheduleWhat = {
    nb: 'hvor ofte deltakerne betaler a-konto',
    nn: 'kor ofte deltakarane betaler a-konto',
  };
  const schedule = context.terms?.paymentSchedule;
  const scheduleTerm = termInline(context, schedule && say(context, SCHEDULE[schedule]), scheduleWhat);
  const settler = say(context, SETTLER[context.model] ?? { nb: 'Vertskommunen', nn: 'Vertskommunen' });
  blocks.push(
    paragraph(
      say(context, { nb: 'Deltakerne betaler a-konto ', nn: 'Deltakarane betaler a-konto ' }),
      scheduleTerm.inline,
      say(context, { nb: ' etter budsjettet for samarbeidet. ', nn: ' etter budsjettet for samarbeidet. ' }),
      `${settler} ${say(context, {
        nb: 'gjør en endelig avregning én gang i året, etter at regnskapet for året er avlagt, etter fordelingsnøklene over.',
        nn: 'gjer ei endeleg avrekning éin gong i året, etter at rekneskapen for året er lagd fram, etter fordelingsnøklane over.',
      })}`,
    ),
  );
  const keysKnown =
    areas.length > 0 && areas.every((a) => keyDecided(a, 'costKey') && keyDecided(a, 'oneOffKey'));
  const fill = combineFills(context, [
    { fill: keysKnown ? PRESENT : notInCase(context, keysWhat), what: keysWhat },
    { fill: scheduleTerm.fill, what: scheduleWhat },
  ]);
  return {
    heading: say(context, { nb: 'Økonomi og årlig avregning', nn: 'Økonomi og årleg avrekning' }),
    blocks,
    fills: context.model.startsWith('vertskommune') ? { 'financial-settlement': fill } : {},
  };
}

const percent = (context: AgreementContext) => (share: number) =>
  `${formatNumber(share * 100, Number.isInteger(share * 100) ? 0 : 1, context.language)} %`;

export function ownershipSection(context: AgreementContext): Section {
  const what = { nb: 'eierandel', nn: 'eigardel' };
  const owners = perParticipantItems(context, context.terms?.ownershipShares, percent(context), what);
  const blocks: Block[] = [
    paragraph(say(context, { nb: 'Eierandelene er:', nn: 'Eigardelane er:' })),
    { kind: 'numbered', items: owners.items },
  ];
  const liability = context.terms?.liabilityShares;
  if (liability) {
    const items = perParticipantItems(context, liability, percent(context), {
      nb: 'ansvarsandel',
      nn: 'ansvarsdel',
    });
    blocks.push(paragraph(say(context, { nb: 'Ansvarsandelene er:', nn: 'Ansvarsdelane er:' })), {
      kind: 'numbered',
      items: items.items,
    });
  } else {
    blocks.push(
      paragraph(
        say(context, {
          nb: 'Ansvarsandelene er de samme som eierandelene.',
          nn: 'Ansvarsdelane er dei same som eigardelane.',
        }),
      ),
    );
  }
  return {
    heading: say(context, { nb: 'Eierandeler og ansvar', nn: 'Eigardelar og ansvar' }),
    blocks,
    fills: { 'ownership-shares': owners.fill },
  };
}

export function contributionsSection(context: AgreementContext): Section {
  const contributions = termInline(context, context.terms?.contributions, {
    nb: 'innskudd og andre ytelser',
    nn: 'innskot og andre ytingar',
  });
  const borrowing = context.terms?.borrowing;
  const borrowWhat = { nb: 'om det kan tas opp lån', nn: 'om det kan takast opp lån' };
  const company = context.model === 'interkommunalt-selskap';
  const ceilingWhat = { nb: 'øvre ramme for samlede lån', nn: 'øvre ramme for samla lån' };
  let borrowBlock: Block;
  let borrowFill: Fill = PRESENT;
  if (!borrowing) {
    borrowBlock = paragraph(
      say(context, { nb: 'Lån: ', nn: 'Lån: ' }),
      placeholderInline(context.language, say(context, borrowWhat)),
    );
    borrowFill = notInCase(context, borrowWhat);
  } else if (!borrowing.allowed) {
    borrowBlock = paragraph(
      say(context, { nb: 'Det kan ikke tas opp lån.', nn: 'Det kan ikkje takast opp lån.' }),
    );
  } else {
    const ceiling =
      borrowing.ceiling === undefined ? undefined : formatNok(borrowing.ceiling, context.language);
    const term = termInline(context, ceiling, ceilingWhat);
    borrowBlock = paragraph(
      say(context, {
        nb: 'Det kan tas opp lån innenfor en samlet ramme på ',
        nn: 'Det kan takast opp lån innanfor ei samla ramme på ',
      }),
      term.inline,
      '.',
    );
    if (company) borrowFill = term.fill;
  }
  return {
    heading: say(context, { nb: 'Innskudd, ytelser og lån', nn: 'Innskot, ytingar og lån' }),
    blocks: [
      paragraph(
        say(context, { nb: 'Innskudd og andre ytelser: ', nn: 'Innskot og andre ytingar: ' }),
        contributions.inline,
      ),
      borrowBlock,
    ],
    fills: { contributions: contributions.fill, borrowing: borrowFill },
  };
}
