/**
 * The settlement statement (årsoppgjør) of one municipality for a joint unit's year: the answer first (what it
 * pays or gets back), then the unit, the budget and actual cost per component with its share, what it paid on
 * account, the fund, and the balance; then «Slik er tallene regnet ut» (`settlement-statement-workings.ts`)
 * down to the ledger's account lines and the key's figures. Amounts in whole kroner: it is an invoice basis.
 * @module
 */
import { formatPlanDate } from '../../i18n/format.ts';
import { localize } from '../process/localize.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Block, FlokkDocument, Inline } from './document-model.ts';
import { placeholder, placeholderText, text } from './inlines.ts';
import { listNames, say } from './saksframlegg-context.ts';
import {
  genitive,
  keyWords,
  kroner,
  municipalityName,
  percent,
  settlementStatementContext,
  type SettlementStatementContext as Context,
  type SettlementStatementOptions,
} from './settlement-statement-context.ts';
import { statementPlaceholders, workingsSection } from './settlement-statement-workings.ts';

export type { SettlementStatementOptions } from './settlement-statement-context.ts';

/** The answer: what the municipality pays or gets back, and the three figures it is the difference of. */
function answer(context: Context): Block[] {
  const { settlement, index, municipality, year } = context;
  const name = municipality.name;
  const balance = settlement.balance[index] ?? 0;
  const amount = kroner(context, Math.abs(balance));
  const lead =
    balance > 0
      ? say(
          context,
          `${name} skal betale ${amount} for ${year}.`,
          `${name} skal betale ${amount} for ${year}.`,
        )
      : balance < 0
        ? say(
            context,
            `${name} får tilbake ${amount} for ${year}.`,
            `${name} får tilbake ${amount} for ${year}.`,
          )
        : say(
            context,
            `${name} skal verken betale eller få tilbake noe for ${year}.`,
            `${name} skal verken betale eller få tilbake noko for ${year}.`,
          );
  const share = kroner(context, settlement.shareOfActual[index] ?? 0);
  const paid = kroner(context, settlement.paid[index] ?? 0);
  const fromFund = settlement.fromFund[index] ?? 0;
  const fund =
    fromFund < 0
      ? say(
          context,
          ` Av overskuddet ble ${kroner(context, -fromFund)} satt av til fondet i stedet for å bli betalt tilbake.`,
          ` Av overskotet vart ${kroner(context, -fromFund)} sett av til fondet i staden for å bli betalt tilbake.`,
        )
      : fromFund > 0
        ? say(
            context,
            ` Fondet dekket ${kroner(context, fromFund)} av underskuddet.`,
            ` Fondet dekte ${kroner(context, fromFund)} av underskotet.`,
          )
        : '';
  const unitName = localize(context.unit.name, context.language).toLowerCase();
  const blocks: Block[] = [
    { kind: 'paragraph', municipal: true, content: [text(lead)] },
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          say(
            context,
            `${genitive(name)} andel av de faktiske kostnadene i ${unitName} var ${share}, og kommunen betalte ${paid} a-konto i løpet av året.${fund}`,
            `${genitive(name)} del av dei faktiske kostnadene i ${unitName} var ${share}, og kommunen betalte ${paid} a-konto i løpet av året.${fund}`,
          ),
        ),
      ],
    },
  ];
  const placeholders = statementPlaceholders(context);
  if (placeholders.length > 0)
    blocks.push({
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Oppgjøret bygger på ${placeholders.length} forutsetninger som ennå ikke er fastsatt (plassholdere), listet under «Slik er tallene regnet ut». Tallene er derfor ikke endelige.`,
            `Oppgjeret byggjer på ${placeholders.length} føresetnader som enno ikkje er fastsette (plasshaldarar), lista under «Slik er tala rekna ut». Tala er difor ikkje endelege.`,
          ),
        ),
      ],
    });
  return blocks;
}

function memberWords(context: Context, member: Context['unit']['members'][number]): string {
  const name = municipalityName(context.document, member.municipality);
  const dates = [
    member.joins &&
      say(context, `gikk inn ${formatPlanDate(member.joins)}`, `gjekk inn ${formatPlanDate(member.joins)}`),
    member.leaves &&
      say(context, `går ut ${formatPlanDate(member.leaves)}`, `går ut ${formatPlanDate(member.leaves)}`),
    member.noticeGiven &&
      say(
        context,
        `sa opp ${formatPlanDate(member.noticeGiven)}`,
        `sa opp ${formatPlanDate(member.noticeGiven)}`,
      ),
  ].filter(Boolean);
  return dates.length > 0 ? `${name} (${dates.join(', ')})` : name;
}

/** The unit, its host, the year and the members. */
function unitSection(context: Context): Block[] {
  const host = context.unit.hostMunicipality;
  const hostInline: Inline[] =
    host === undefined
      ? [
          placeholder(
            context,
            say(context, 'Vertskommunen er ikke fastsatt.', 'Vertskommunen er ikkje fastsett.'),
          ),
        ]
      : 'placeholder' in host.provenance
        ? [text(municipalityName(context.document, host.value)), text(' ('), placeholder(context), text(')')]
        : [text(municipalityName(context.document, host.value))];
  const members = context.unit.members.map((m) => memberWords(context, m));
  return [
    { kind: 'heading', level: 2, text: say(context, 'Den felles enheten', 'Den felles eininga') },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Enhet: ${localize(context.unit.name, context.language)}. Regnskapsår: ${context.year}. Vertskommune (kommunen som har ansvaret for enheten og fører regnskapet): `,
            `Eining: ${localize(context.unit.name, context.language)}. Rekneskapsår: ${context.year}. Vertskommune (kommunen som har ansvaret for eininga og fører rekneskapen): `,
          ),
        ),
        ...hostInline,
        text(
          say(
            context,
            `. Medlemmer: ${listNames(context, members)}.`,
            `. Medlemer: ${listNames(context, members)}.`,
          ),
        ),
      ],
    },
  ];
}

/** Per component: budget, actual cost, the key with the municipality's share, and the share in kroner. */
function componentSection(context: Context): Block[] {
  const { settlement, index, budget, budgetView, keyShares, municipality } = context;
  const whose = genitive(municipality.name);
  const rows = budget.components.map((c, k) => {
    const share = keyShares[k];
    const placeholderKey = budgetView.components[k]?.keyProvenance === 'placeholder';
    const key = keyWords(context, c) + (placeholderKey ? ` (${placeholderText(context)})` : '');
    return [
      c.name,
      kroner(context, budgetView.components[k]?.charged ?? c.amount),
      kroner(context, settlement.components[k]?.charged ?? 0),
      key,
      share === null || share === undefined ? '–' : percent(context, share),
      kroner(context, settlement.components[k]?.amounts[index] ?? 0),
    ];
  });
  const actualTotal = settlement.components.reduce((sum, c) => sum + c.charged, 0);
  rows.push([
    say(context, 'Sum', 'Sum'),
    kroner(context, budgetView.total),
    kroner(context, actualTotal),
    '',
    '',
    kroner(context, settlement.shareOfActual[index] ?? 0),
  ]);
  return [
    {
      kind: 'heading',
      level: 2,
      text: say(context, `Kostnadene og ${whose} andel`, `Kostnadene og ${whose} del`),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Hver budsjettdel fordeles etter sin fordelingsnøkkel, med tallene per 1. januar ${context.year}. Andelen i prosent er nøkkelens andel for ${municipality.name}; kronebeløpet er denne andelen av de faktiske kostnadene, avrundet til hele kroner slik at andelene går opp i summen.`,
            `Kvar budsjettdel blir fordelt etter fordelingsnøkkelen sin, med tala per 1. januar ${context.year}. Delen i prosent er delen til ${municipality.name} etter nøkkelen; kronebeløpet er denne delen av dei faktiske kostnadene, avrunda til heile kroner slik at delane går opp i summen.`,
          ),
        ),
      ],
    },
    {
      kind: 'table',
      municipal: true,
      caption: say(
        context,
        `Budsjett, regnskap og ${whose} andel per budsjettdel, ${context.year}`,
        `Budsjett, rekneskap og ${whose} del per budsjettdel, ${context.year}`,
      ),
      header: [
        say(context, 'Budsjettdel', 'Budsjettdel'),
        say(context, 'Budsjett', 'Budsjett'),
        say(context, 'Regnskap', 'Rekneskap'),
        say(context, 'Fordelingsnøkkel', 'Fordelingsnøkkel'),
        say(context, `${whose} andel`, `${whose} del`),
        say(context, `${whose} andel i kroner`, `${whose} del i kroner`),
      ],
      rows,
    },
  ];
}

/** What the municipality paid on account: per period when the plan has periods, else its budget share. */
function paidSection(context: Context): Block[] {
  const { settlement, index, municipality, aKonto } = context;
  const paid = kroner(context, settlement.paid[index] ?? 0);
  const heading: Block = {
    kind: 'heading',
    level: 2,
    text: say(context, 'Betalt a-konto', 'Betalt a-konto'),
  };
  if (settlement.paidFrom === 'recorded')
    return [
      heading,
      {
        kind: 'paragraph',
        municipal: true,
        content: [
          text(
            say(
              context,
              `${municipality.name} betalte ${paid} a-konto i ${context.year}, slik det er registrert ved avregningen.`,
              `${municipality.name} betalte ${paid} a-konto i ${context.year}, slik det er registrert ved avrekninga.`,
            ),
          ),
        ],
      },
    ];
  if (aKonto === null)
    return [
      heading,
      {
        kind: 'paragraph',
        municipal: true,
        content: [
          text(
            say(
              context,
              `Budsjettet har ingen a-konto-terminer. Det ${municipality.name} betalte a-konto er derfor satt lik kommunens andel av budsjettet for ${context.year}, ${paid}. Tallet er hentet fra budsjettet, ikke fra innbetalingene.`,
              `Budsjettet har ingen a-konto-terminar. Det ${municipality.name} betalte a-konto er difor sett lik delen til kommunen av budsjettet for ${context.year}, ${paid}. Talet er henta frå budsjettet, ikkje frå innbetalingane.`,
            ),
          ),
        ],
      },
    ];
  const lines = aKonto.lines.filter((l) => l.municipality === municipality.number);
  return [
    heading,
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          say(
            context,
            `${municipality.name} ble fakturert ${paid} a-konto i ${lines.length} terminer, etter a-konto-planen. Terminbeløpene går nøyaktig opp i kommunens andel av budsjettet.`,
            `${municipality.name} vart fakturert ${paid} a-konto i ${lines.length} terminar, etter a-konto-planen. Terminbeløpa går nøyaktig opp i delen til kommunen av budsjettet.`,
          ),
        ),
      ],
    },
    {
      kind: 'table',
      municipal: true,
      caption: say(
        context,
        `A-konto ${context.year} for ${municipality.name}`,
        `A-konto ${context.year} for ${municipality.name}`,
      ),
      header: [
        say(context, 'Termin', 'Termin'),
        say(context, 'Forfallsdato', 'Forfallsdato'),
        say(context, 'Beløp', 'Beløp'),
      ],
      rows: [
        ...lines.map((l) => [l.period, formatPlanDate(l.dueDate), kroner(context, l.amount)]),
        [say(context, 'Sum', 'Sum'), '', paid],
      ],
    },
  ];
}

/** The fund under the unit's policy: its movement this year, the municipality's part of it, and the balance. */
function fundSection(context: Context): Block[] {
  const { settlement, index, municipality } = context;
  const { fund } = settlement;
  const heading: Block = { kind: 'heading', level: 2, text: say(context, 'Fondet', 'Fondet') };
  const policy =
    settlement.policy === 'to-fund'
      ? say(
          context,
          'Etter avtalen blir et samlet overskudd stående i enhetens fond, og et samlet underskudd dekkes av fondet så langt det rekker; resten faktureres.',
          'Etter avtalen blir eit samla overskot ståande i fondet til eininga, og eit samla underskot blir dekt av fondet så langt det rekk; resten blir fakturert.',
        )
      : say(
          context,
          'Etter avtalen får hver kommune sitt eget overskudd betalt tilbake og sitt eget underskudd fakturert; fondet brukes ikke.',
          'Etter avtalen får kvar kommune sitt eige overskot betalt tilbake og sitt eige underskot fakturert; fondet blir ikkje brukt.',
        );
  const blocks: Block[] = [heading, { kind: 'paragraph', content: [text(policy)] }];
  if (!settlement.fundKnown) return blocks;
  const part = settlement.fromFund[index] ?? 0;
  blocks.push({
    kind: 'table',
    caption: say(context, `Fondet i ${context.year}`, `Fondet i ${context.year}`),
    header: [say(context, 'Post', 'Post'), say(context, 'Beløp', 'Beløp')],
    rows: [
      [say(context, 'Saldo 1. januar', 'Saldo 1. januar'), kroner(context, fund.opening)],
      [say(context, 'Satt av (overskudd)', 'Sett av (overskot)'), kroner(context, fund.paidIn)],
      [say(context, 'Brukt (underskudd)', 'Brukt (underskot)'), kroner(context, fund.paidOut)],
      [say(context, 'Saldo 31. desember', 'Saldo 31. desember'), kroner(context, fund.closing)],
      [
        part < 0
          ? say(
              context,
              `Satt av fra ${genitive(municipality.name)} overskudd`,
              `Sett av frå overskotet til ${municipality.name}`,
            )
          : say(
              context,
              `Dekket av ${genitive(municipality.name)} underskudd`,
              `Dekt av underskotet til ${municipality.name}`,
            ),
        kroner(context, Math.abs(part)),
      ],
    ],
  });
  return blocks;
}

/** The balance: share of actual − paid − the fund's part, for the municipality and, to check the sums, all members. */
function balanceSection(context: Context): Block[] {
  const { settlement } = context;
  const rows = settlement.municipalities.map((_, i) => [
    settlement.names[i] ?? '',
    kroner(context, settlement.shareOfActual[i] ?? 0),
    kroner(context, settlement.paid[i] ?? 0),
    kroner(context, -(settlement.fromFund[i] ?? 0)),
    kroner(context, settlement.balance[i] ?? 0),
  ]);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  rows.push([
    say(context, 'Sum', 'Sum'),
    kroner(context, sum(settlement.shareOfActual)),
    kroner(context, sum(settlement.paid)),
    kroner(context, -sum(settlement.fromFund)),
    kroner(context, sum(settlement.balance)),
  ]);
  return [
    {
      kind: 'heading',
      level: 2,
      text: say(context, 'Å betale eller få tilbake', 'Å betale eller få tilbake'),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Saldoen er andelen av de faktiske kostnadene, minus det som er betalt a-konto, minus det som er satt av til fondet (eller pluss det fondet dekker med motsatt fortegn). Et positivt beløp faktureres kommunen, et negativt betales tilbake.',
            'Saldoen er delen av dei faktiske kostnadene, minus det som er betalt a-konto, minus det som er sett av til fondet (eller pluss det fondet dekkjer med motsett forteikn). Eit positivt beløp blir fakturert kommunen, eit negativt blir betalt tilbake.',
          ),
        ),
      ],
    },
    {
      kind: 'table',
      caption: say(
        context,
        `Årsoppgjør ${context.year} for alle medlemmene`,
        `Årsoppgjer ${context.year} for alle medlemene`,
      ),
      header: [
        say(context, 'Kommune', 'Kommune'),
        say(context, 'Andel av faktiske kostnader', 'Del av faktiske kostnader'),
        say(context, 'Betalt a-konto', 'Betalt a-konto'),
        say(context, 'Satt av til fond (−: dekket av fond)', 'Sett av til fond (−: dekt av fond)'),
        say(context, 'Å betale (−: får tilbake)', 'Å betale (−: får tilbake)'),
      ],
      rows,
    },
  ];
}

/**
 * The statement of `options.municipality` for `options.unitId`'s `options.year`. The request must have been
 * resolved (`resolveDocumentRequest`), which refuses one the case cannot settle.
 * @example buildSettlementStatement(settledCase(), { municipality: '5028', unitId: 'administrative-tjenester', year: 2027, language: 'nb' }).title
 * // → 'Årsoppgjør 2027 for Melhus – Felles enhet for administrative tjenester'
 */
export function buildSettlementStatement(
  document: CaseDocument,
  options: SettlementStatementOptions,
): FlokkDocument {
  const context = settlementStatementContext(document, options);
  const unitName = localize(context.unit.name, options.language);
  const title = say(
    context,
    `Årsoppgjør ${options.year} for ${context.municipality.name} – ${unitName}`,
    `Årsoppgjer ${options.year} for ${context.municipality.name} – ${unitName}`,
  );
  return {
    title,
    language: options.language,
    blocks: [
      { kind: 'heading', level: 1, text: title },
      ...answer(context),
      ...unitSection(context),
      ...componentSection(context),
      ...paidSection(context),
      ...fundSection(context),
      ...balanceSection(context),
      ...workingsSection(context),
    ],
  };
}
