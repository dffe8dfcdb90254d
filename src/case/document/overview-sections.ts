/**
 * The summary (sammendrag) and the background (bakgrunn for saken): what the case is about, in the same
 * words in every municipality's version, and the one sentence of the summary that gives this municipality's
 * result.
 * @module
 */
import { formatBudgetNok } from '../../i18n/format.ts';
import { localize } from '../process/localize.ts';
import type { Block } from './document-model.ts';
import { figure, text } from './inlines.ts';
import { listNames, say, type SaksframleggContext } from './saksframlegg-context.ts';

/** «Sentralbord» → «sentralbord» inside a sentence; an abbreviation such as «IKT» keeps its capitals. */
export const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLocaleLowerCase('nb-NO') + s.slice(1);

/** «lønn, regnskap og fakturering, sentralbord og arkiv og postmottak», as the scenario lists them. */
export function areaList(context: SaksframleggContext): string {
  return context.areas.map((a) => lowerFirst(a.name)).join('; ');
}

/** «2026–2035»: the analysis period. */
export function period(context: SaksframleggContext): string {
  const years = context.analysis.cashFlows.years;
  return `${years[0]}–${years[years.length - 1]}`;
}

export function summarySection(context: SaksframleggContext): Block[] {
  const { analysis, municipality } = context;
  const scenarioName = localize(context.scenario.name, context.language);
  const names = listNames(
    context,
    context.participants.map((p) => p.name),
  );
  const npv = analysis.summary.perMunicipality[municipality.number]?.npv ?? 0;
  const shown = formatBudgetNok(Math.abs(npv));
  const count = analysis.placeholders.placeholders.length;
  return [
    { kind: 'heading', level: 1, text: say(context, 'Sammendrag', 'Samandrag'), id: 'sammendrag' },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Saken gjelder «${scenarioName}»: et mulig interkommunalt samarbeid mellom ${names} om ${areaList(context)}.`,
            `Saka gjeld «${scenarioName}»: eit mogleg interkommunalt samarbeid mellom ${names} om ${areaList(context)}.`,
          ),
        ),
      ],
    },
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          npv >= 0
            ? say(
                context,
                `For ${municipality.name} viser beregningen en samlet gevinst over perioden ${period(context)}, målt som netto nåverdi, på `,
                `For ${municipality.name} viser utrekninga ei samla vinning over perioden ${period(context)}, målt som netto noverdi, på `,
              )
            : say(
                context,
                `For ${municipality.name} viser beregningen et samlet tap over perioden ${period(context)}, målt som netto nåverdi, på `,
                `For ${municipality.name} viser utrekninga eit samla tap over perioden ${period(context)}, målt som netto noverdi, på `,
              ),
        ),
        figure(context, shown, `npv/${municipality.number}`),
        text(
          say(context, '. Vurderingen nedenfor forklarer tallet.', '. Vurderinga nedanfor forklarar talet.'),
        ),
      ],
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Resultatet bygger på ${count} forutsetninger som ennå ikke er fastsatt. De kalles plassholdere: verdier Flokk regner med inntil den som har myndighet, fastsetter dem. De er listet opp i vurderingen.`,
            `Resultatet byggjer på ${count} føresetnader som enno ikkje er fastsette. Dei blir kalla plasshaldarar: verdiar Flokk reknar med til den som har mynde, fastset dei. Dei er lista opp i vurderinga.`,
          ),
        ),
      ],
    },
  ];
}

export function backgroundSection(context: SaksframleggContext): Block[] {
  const { document, scenario, language } = context;
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: say(context, 'Bakgrunn for saken', 'Bakgrunn for saka'),
      id: 'bakgrunn',
    },
  ];
  if (document.summary)
    blocks.push({ kind: 'paragraph', content: [text(localize(document.summary, language))] });
  if (scenario.description) blocks.push({ kind: 'paragraph', content: [text(scenario.description)] });
  blocks.push({
    kind: 'paragraph',
    content: [
      text(
        say(
          context,
          `Utredningen regner på disse områdene: ${areaList(context)}. Samarbeidet sammenlignes med nullalternativet, det vil si at hver kommune fortsetter alene slik den gjør i dag. Alle tall i saken er hentet fra saksgrunnlaget i Flokk; fotnotene viser kilden til hvert tall, eller hvordan det er regnet ut.`,
          `Utgreiinga reknar på desse områda: ${areaList(context)}. Samarbeidet blir samanlikna med nullalternativet, det vil seie at kvar kommune held fram åleine slik han gjer i dag. Alle tal i saka er henta frå saksgrunnlaget i Flokk; fotnotane viser kjelda til kvart tal, eller korleis det er rekna ut.`,
        ),
      ),
    ],
  });
  return blocks;
}
