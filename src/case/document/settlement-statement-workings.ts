/**
 * «Slik er tallene regnet ut»: the settlement statement's every figure traced back: the host's ledger file
 * (name, SHA-256 fingerprint, lines, the lines no rule took), which account lines go to each budget component
 * and the total recorded for each, the keys with the figures they read (population at 1 January with its
 * source, or the earlier figure actually used), where each budget amount and the fund's opening come from,
 * every placeholder the statement rests on, and the terms it uses.
 * @module
 */
import { formatNumber, formatPlanDate } from '../../i18n/format.ts';
import { resolveProvenance } from '../explain/provenance-view.ts';
import { fieldLabel } from '../field-label.ts';
import { formatIssuePath } from '../issue-path.ts';
import { ledgerRulesOf } from '../operations/ledger-rules.ts';
import { isPlaceholder, type Provenance } from '../schema/provenance.ts';
import type { Block } from './document-model.ts';
import { placeholderText, provenanceWords, text } from './inlines.ts';
import { placeholderTable } from './placeholder-blocks.ts';
import { listNames, say } from './saksframlegg-context.ts';
import {
  keyWords,
  kroner,
  municipalityName,
  type SettlementStatementContext as Context,
} from './settlement-statement-context.ts';

export interface StatementPlaceholder {
  label: string;
  toBeSetBy: string | null;
  note: string | null;
}

/** Every placeholder the statement uses: the budget's (amounts, keys, margins, phase-ins), the unit's, the volumes'. */
export function statementPlaceholders(context: Context): StatementPlaceholder[] {
  const { document, language, unit, unitIndex, budget, budgetIndex, settlement } = context;
  const out: StatementPlaceholder[] = context.budgetView.placeholders.map((p) => ({
    label: fieldLabel(p.path, document, language),
    toBeSetBy: p.toBeSetBy,
    note: p.note,
  }));
  const add = (path: (string | number)[], provenance: Provenance | undefined) => {
    if (provenance === undefined || !isPlaceholder(provenance)) return;
    out.push({
      label: fieldLabel(formatIssuePath(path), document, language),
      toBeSetBy: provenance.placeholder.toBeSetBy ?? null,
      note: provenance.placeholder.note ?? null,
    });
  };
  const at = ['operations', 'units', unitIndex];
  add([...at, 'hostMunicipality'], unit.hostMunicipality?.provenance);
  add([...at, 'surplusPolicy'], unit.surplusPolicy?.provenance);
  if (settlement.fundKnown) add([...at, 'fundOpening'], unit.fundOpening?.provenance);
  if (context.budgetView.changes.length > 0) add([...at, 'noticeMonths'], unit.noticeMonths?.provenance);
  budget.volumes.forEach((v, k) =>
    add(['operations', 'budgets', budgetIndex, 'volumes', k, 'value'], v.provenance),
  );
  return out;
}

/** The host's ledger file and what it gave: fingerprint, lines, unmapped lines, the rules and totals. */
function ledgerBlocks(context: Context): Block[] {
  const { recorded, budget } = context;
  const { ledger, unmapped } = recorded;
  const file =
    ledger.fileName ?? say(context, '(filnavnet er ikke registrert)', '(filnamnet er ikkje registrert)');
  const unmappedWords =
    unmapped.lines === 0
      ? say(context, 'Alle linjene hørte til en budsjettdel.', 'Alle linjene høyrde til ein budsjettdel.')
      : say(
          context,
          `${formatNumber(unmapped.lines)} linjer på til sammen ${kroner(context, unmapped.amount)} passet ikke med noen regel og er ikke med i oppgjøret.`,
          `${formatNumber(unmapped.lines)} linjer på til saman ${kroner(context, unmapped.amount)} passa ikkje med nokon regel og er ikkje med i oppgjeret.`,
        );
  const name = (id: string) => budget.components.find((c) => c.id === id)?.name ?? id;
  const any = say(context, 'alle', 'alle');
  const rules = ledgerRulesOf(budget);
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: say(context, 'Regnskapet fra vertskommunen', 'Rekneskapen frå vertskommunen'),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `De faktiske kostnadene er hentet fra vertskommunens regnskap for ${context.year}, lest inn ${formatPlanDate(recorded.recordedOn)} fra filen «${file}» med ${formatNumber(ledger.lines)} linjer. Filens fingeravtrykk (SHA-256) er ${ledger.fingerprint}; en fil med det samme fingeravtrykket er nøyaktig den samme filen. ${unmappedWords}`,
            `Dei faktiske kostnadene er henta frå rekneskapen til vertskommunen for ${context.year}, lesen inn ${formatPlanDate(recorded.recordedOn)} frå fila «${file}» med ${formatNumber(ledger.lines)} linjer. Fingeravtrykket til fila (SHA-256) er ${ledger.fingerprint}; ei fil med det same fingeravtrykket er nøyaktig den same fila. ${unmappedWords}`,
          ),
        ),
      ],
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Hver regnskapslinje går til den første budsjettdelen i tabellen under der linjen passer med art, ansvar, funksjon og prosjekt. En kode som slutter med * betyr «begynner med»; «alle» betyr at feltet ikke avgjør.',
            'Kvar rekneskapslinje går til den første budsjettdelen i tabellen under der linja passar med art, ansvar, funksjon og prosjekt. Ein kode som sluttar med * tyder «byrjar med»; «alle» tyder at feltet ikkje avgjer.',
          ),
        ),
      ],
    },
  ];
  if (rules.length > 0)
    blocks.push({
      kind: 'table',
      caption: say(context, 'Kontolinjer per budsjettdel', 'Kontolinjer per budsjettdel'),
      header: [
        say(context, 'Budsjettdel', 'Budsjettdel'),
        say(context, 'Art (konto)', 'Art (konto)'),
        say(context, 'Ansvar', 'Ansvar'),
        say(context, 'Funksjon', 'Funksjon'),
        say(context, 'Prosjekt', 'Prosjekt'),
      ],
      rows: rules.map((r) => [
        name(r.component),
        r.account ?? any,
        r.responsibility ?? any,
        r.function ?? any,
        r.project ?? any,
      ]),
    });
  else
    blocks.push({
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Budsjettet har ingen regler for hvilke kontolinjer som hører til hver budsjettdel.',
            'Budsjettet har ingen reglar for kva kontolinjer som høyrer til kvar budsjettdel.',
          ),
        ),
      ],
    });
  blocks.push({
    kind: 'table',
    caption: say(context, 'Registrert regnskap per budsjettdel', 'Registrert rekneskap per budsjettdel'),
    header: [
      say(context, 'Budsjettdel', 'Budsjettdel'),
      say(context, 'Sum av linjene', 'Sum av linjene'),
      say(context, 'Fordelt (med påslag for tjenestesalg)', 'Fordelt (med påslag for tenestesal)'),
    ],
    rows: budget.components.map((c, k) => [
      c.name,
      kroner(context, recorded.actualPerComponent.find((a) => a.componentId === c.id)?.amount ?? 0),
      kroner(context, context.settlement.components[k]?.charged ?? 0),
    ]),
  });
  return blocks;
}

/** Each component's key and where it comes from, and the population figures the keys read. */
function keyBlocks(context: Context): Block[] {
  const { budget, budgetView, document, year } = context;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: say(context, 'Fordelingsnøklene', 'Fordelingsnøklane') },
  ];
  budget.components.forEach((c, k) => {
    const participants = listNames(
      context,
      c.participants.map((n) => municipalityName(document, n)),
    );
    const basis =
      c.key === undefined
        ? ''
        : ` ${provenanceWords(context, resolveProvenance(document, c.keyProvenance ?? { placeholder: {} }))}`;
    const phase = budgetView.components[k]?.phaseIn;
    const phaseWords =
      phase == null
        ? ''
        : say(
            context,
            ` Nøkkelen fases inn over ${phase.years} år fra en tidligere fordeling; ${year} er år ${phase.step}.`,
            ` Nøkkelen blir fasa inn over ${phase.years} år frå ei tidlegare fordeling; ${year} er år ${phase.step}.`,
          );
    blocks.push({
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `${c.name}: ${keyWords(context, c)}, fordelt mellom ${participants}.${basis}${phaseWords}`,
            `${c.name}: ${keyWords(context, c)}, fordelt mellom ${participants}.${basis}${phaseWords}`,
          ),
        ),
      ],
    });
  });
  const readsPopulation = budget.components.some((c) => JSON.stringify(c.key ?? {}).includes('population'));
  if (readsPopulation) blocks.push(...populationBlocks(context));
  if (budget.volumes.length > 0)
    blocks.push({
      kind: 'table',
      caption: say(context, 'Volumtall nøklene leser', 'Volumtal nøklane les'),
      header: [
        say(context, 'Kommune', 'Kommune'),
        say(context, 'Mål', 'Mål'),
        say(context, 'Verdi', 'Verdi'),
        say(context, 'Grunnlag', 'Grunnlag'),
      ],
      rows: budget.volumes.map((v) => [
        municipalityName(document, v.municipality),
        v.measure,
        formatNumber(v.value),
        provenanceWords(context, resolveProvenance(document, v.provenance)),
      ]),
    });
  return blocks;
}

/** The population per municipality at 1 January of the year, or the earlier figure used, with its source. */
function populationBlocks(context: Context): Block[] {
  const { budgetView, document, year } = context;
  const wanted = formatPlanDate(`${year}-01-01`);
  const rows = budgetView.population.map((p) => {
    const figure = document.participants
      .find((x) => x.municipalityNumber === p.municipality)
      ?.population.find((f) => f.referenceDate === p.used);
    return [
      municipalityName(document, p.municipality),
      p.value === null ? placeholderText(context) : formatNumber(p.value),
      p.used === null ? '–' : formatPlanDate(p.used),
      figure === undefined ? '' : provenanceWords(context, resolveProvenance(document, figure.source)),
    ];
  });
  const earlier = budgetView.population.filter((p) => p.used !== null && p.used !== p.wanted);
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: say(context, `Folketall nøklene leser, ${year}`, `Folketal nøklane les, ${year}`),
      header: [
        say(context, 'Kommune', 'Kommune'),
        say(context, 'Folketall', 'Folketal'),
        say(context, 'Per dato', 'Per dato'),
        say(context, 'Kilde', 'Kjelde'),
      ],
      rows,
    },
  ];
  if (earlier.length > 0)
    blocks.push({
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Nøklene skal lese folketallet per ${wanted}. Saken har ikke det tallet for ${listNames(
              context,
              earlier.map((p) => municipalityName(document, p.municipality)),
            )}; det siste tallet før den datoen er brukt i stedet, med datoen som står i tabellen.`,
            `Nøklane skal lese folketalet per ${wanted}. Saka har ikkje det talet for ${listNames(
              context,
              earlier.map((p) => municipalityName(document, p.municipality)),
            )}; det siste talet før den datoen er brukt i staden, med datoen som står i tabellen.`,
          ),
        ),
      ],
    });
  return blocks;
}

/** Where each budget amount comes from, and the fund's opening balance. */
function budgetAndFundBlocks(context: Context): Block[] {
  const { budget, document, unit, settlement, year } = context;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: say(context, 'Budsjettet', 'Budsjettet') },
    {
      kind: 'table',
      caption: say(context, `Budsjettet for ${year} og grunnlaget`, `Budsjettet for ${year} og grunnlaget`),
      header: [
        say(context, 'Budsjettdel', 'Budsjettdel'),
        say(context, 'Beløp', 'Beløp'),
        say(context, 'Grunnlag', 'Grunnlag'),
      ],
      rows: budget.components.map((c) => [
        c.name,
        kroner(context, c.amount),
        provenanceWords(context, resolveProvenance(document, c.provenance)),
      ]),
    },
  ];
  const opening = unit.fundOpening;
  if (!settlement.fundKnown || opening === undefined) return blocks;
  const words =
    year === opening.year
      ? say(
          context,
          `Fondets saldo 1. januar ${year} er saldoen ved start, ${kroner(context, opening.amount)}. ${provenanceWords(context, resolveProvenance(document, opening.provenance))}`,
          `Saldoen til fondet 1. januar ${year} er saldoen ved start, ${kroner(context, opening.amount)}. ${provenanceWords(context, resolveProvenance(document, opening.provenance))}`,
        )
      : say(
          context,
          `Fondets saldo 1. januar ${year} er saldoen 31. desember ${year - 1} etter årsoppgjøret for ${year - 1}, som er regnet på samme måte fra regnskapet som er lest inn for det året.`,
          `Saldoen til fondet 1. januar ${year} er saldoen 31. desember ${year - 1} etter årsoppgjeret for ${year - 1}, som er rekna på same måte frå rekneskapen som er lesen inn for det året.`,
        );
  blocks.push(
    { kind: 'heading', level: 2, text: say(context, 'Fondet', 'Fondet') },
    { kind: 'paragraph', content: [text(words)] },
  );
  return blocks;
}

function placeholderBlocks(context: Context): Block[] {
  const placeholders = statementPlaceholders(context);
  const heading: Block = {
    kind: 'heading',
    level: 2,
    text: say(context, 'Forutsetninger som ikke er fastsatt', 'Føresetnader som ikkje er fastsette'),
  };
  if (placeholders.length === 0)
    return [
      heading,
      {
        kind: 'paragraph',
        content: [
          text(
            say(
              context,
              'Oppgjøret bygger ikke på noen plassholdere.',
              'Oppgjeret byggjer ikkje på nokon plasshaldarar.',
            ),
          ),
        ],
      },
    ];
  return [
    heading,
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Disse forutsetningene er plassholdere: Flokk regner med dem, men ingen med myndighet har fastsatt dem ennå.',
            'Desse føresetnadene er plasshaldarar: Flokk reknar med dei, men ingen med mynde har fastsett dei enno.',
          ),
        ),
      ],
    },
    placeholderTable(
      context,
      say(context, 'Plassholdere i oppgjøret', 'Plasshaldarar i oppgjeret'),
      placeholders,
    ),
  ];
}

/** The terms the statement uses, explained where a reader meets them. */
function termBlocks(context: Context): Block[] {
  const terms: [string, string][] = [
    [
      say(context, 'Årsoppgjør', 'Årsoppgjer'),
      say(
        context,
        'avregningen etter året: hver kommunes andel av de faktiske kostnadene sammenlignet med det den har betalt a-konto.',
        'avrekninga etter året: delen kvar kommune har av dei faktiske kostnadene samanlikna med det ho har betalt a-konto.',
      ),
    ],
    [
      'A-konto',
      say(
        context,
        'forskudd: det kommunene betaler i løpet av året etter budsjettet, før regnskapet er klart.',
        'forskot: det kommunane betaler i løpet av året etter budsjettet, før rekneskapen er klar.',
      ),
    ],
    [
      say(context, 'Fordelingsnøkkel', 'Fordelingsnøkkel'),
      say(
        context,
        'regelen som bestemmer hvor stor andel av en kostnad hver kommune betaler, for eksempel etter folketall.',
        'regelen som bestemmer kor stor del av ein kostnad kvar kommune betaler, til dømes etter folketal.',
      ),
    ],
    [
      say(context, 'Fond', 'Fond'),
      say(
        context,
        'penger enheten har satt av fra tidligere overskudd, og som kan dekke et senere underskudd.',
        'pengar eininga har sett av frå tidlegare overskot, og som kan dekkje eit seinare underskot.',
      ),
    ],
    [
      say(context, 'Plassholder', 'Plasshaldar'),
      say(
        context,
        'en verdi ingen har fastsatt ennå; Flokk regner med den for å kunne vise et resultat.',
        'ein verdi ingen har fastsett enno; Flokk reknar med han for å kunne vise eit resultat.',
      ),
    ],
  ];
  return [
    { kind: 'heading', level: 2, text: say(context, 'Ord og begreper', 'Ord og omgrep') },
    ...terms.map(([term, meaning]): Block => ({ kind: 'paragraph', content: [text(`${term}: ${meaning}`)] })),
  ];
}

/** «Slik er tallene regnet ut». */
export function workingsSection(context: Context): Block[] {
  return [
    {
      kind: 'heading',
      level: 1,
      text: say(context, 'Slik er tallene regnet ut', 'Slik er tala rekna ut'),
    },
    ...ledgerBlocks(context),
    ...keyBlocks(context),
    ...budgetAndFundBlocks(context),
    ...placeholderBlocks(context),
    ...termBlocks(context),
  ];
}
