/**
 * `flokk plan FILE|--default [--today YYYY-MM-DD] [--json]`: the plan by track with today's position, what is
 * late and what comes next, plus the participation coverage and council divergence warnings.
 * @module
 */
import { participationCoverage } from '../../case/process/coverage.ts';
import { councilDivergences } from '../../case/process/divergence.ts';
import { localize } from '../../case/process/localize.ts';
import {
  timelinePosition,
  type MilestoneState,
  type TimelinePosition,
} from '../../case/process/timeline-position.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { formatPlanDate } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument, todayOption } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'plan';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  json: { type: 'boolean' },
  today: { type: 'string' },
} as const;

const TEXT = {
  nb: {
    today: (d: string) => `I dag: ${d}`,
    next: 'Neste',
    late: 'Forsinket',
    noTrack: 'Uten spor',
    none: 'ingen',
    warnings: 'Advarsler',
    state: {
      done: 'ferdig',
      late: 'forsinket',
      current: 'pågår',
      upcoming: 'kommer',
      moved: 'flyttet',
      cancelled: 'avlyst',
    },
    diverge: (n: number) => `Kommunestyrene har vedtatt punkt ${n} ulikt`,
    coverage: (code: string, subject: string) => `${code}: ${subject}`,
  },
  en: {
    today: (d: string) => `Today: ${d}`,
    next: 'Next',
    late: 'Late',
    noTrack: 'No track',
    none: 'none',
    warnings: 'Warnings',
    state: {
      done: 'done',
      late: 'late',
      current: 'in progress',
      upcoming: 'upcoming',
      moved: 'moved',
      cancelled: 'cancelled',
    },
    diverge: (n: number) => `The councils decided point ${n} differently`,
    coverage: (code: string, subject: string) => `${code}: ${subject}`,
  },
};
const nn: (typeof TEXT)['nb'] = {
  ...TEXT.nb,
  today: (d) => `I dag: ${d}`,
  late: 'Forseinka',
  noTrack: 'Utan spor',
  state: {
    done: 'ferdig',
    late: 'forseinka',
    current: 'pågår',
    upcoming: 'kjem',
    moved: 'flytta',
    cancelled: 'avlyst',
  },
  diverge: (n) => `Kommunestyra har vedteke punkt ${n} ulikt`,
};
const text = (language: Language) => (language === 'nn' ? nn : TEXT[language]);

function planJson(document: CaseDocument, position: TimelinePosition) {
  const brief = (p: TimelinePosition['milestones'][number]) => ({
    id: p.milestone.id,
    trackId: p.milestone.trackId,
    title: p.milestone.title,
    date: p.milestone.date,
    endDate: p.milestone.endDate,
    status: p.milestone.status,
    state: p.state,
    source: p.milestone.source,
  });
  return {
    today: position.today,
    milestones: position.milestones.map(brief),
    late: position.late.map(brief),
    next: Object.fromEntries(Object.entries(position.nextByTrack).map(([track, p]) => [track, brief(p)])),
    meetings: document.meetings,
    divergences: councilDivergences(document),
    coverage: participationCoverage(document),
  };
}

function renderText(document: CaseDocument, position: TimelinePosition, language: Language): string {
  const t = text(language);
  const span = (date: string, end: string | undefined) =>
    end === undefined
      ? formatPlanDate(date, language)
      : `${formatPlanDate(date, language)} – ${formatPlanDate(end, language)}`;
  const line = (p: TimelinePosition['milestones'][number], mark = '') =>
    `  ${mark}${span(p.milestone.date, p.milestone.endDate).padEnd(28)} ${localize(p.milestone.title, language)} (${t.state[p.state as MilestoneState]})`;
  const trackIds = [...document.tracks.map((tr) => tr.id), ''];
  const out = [t.today(formatPlanDate(position.today, language)), ''];
  for (const trackId of trackIds) {
    const items = position.milestones.filter((p) => (p.milestone.trackId ?? '') === trackId);
    if (items.length === 0) continue;
    const track = document.tracks.find((tr) => tr.id === trackId);
    out.push(track ? localize(track.name, language) : t.noTrack);
    const next = position.nextByTrack[trackId];
    for (const p of items) out.push(line(p, p === next ? '→ ' : '  '));
    out.push(`  ${t.next}: ${next ? localize(next.milestone.title, language) : t.none}`, '');
  }
  out.push(`${t.late}: ${position.late.length === 0 ? t.none : ''}`);
  for (const p of position.late) out.push(line(p));
  const warnings = [
    ...councilDivergences(document).map((w) => t.diverge(w.pointNumber)),
    ...participationCoverage(document).map((w) =>
      t.coverage(w.code, 'bodyId' in w ? `${w.bodyId} ${w.municipalityNumber}` : w.changeId),
    ),
  ];
  out.push('', `${t.warnings}: ${warnings.length === 0 ? t.none : ''}`, ...warnings.map((w) => `  ${w}`), '');
  return out.join('\n');
}

export const planCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk plan FIL|--default [--today ÅÅÅÅ-MM-DD] [--json] [--lang nb|nn|en]',
    nn: 'flokk plan FIL|--default [--today ÅÅÅÅ-MM-DD] [--json] [--lang nb|nn|en]',
    en: 'flokk plan FILE|--default [--today YYYY-MM-DD] [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Vis planen per spor med dagens posisjon, forsinkede og neste milepæler',
    nn: 'Vis planen per spor med dagens posisjon, forseinka og neste milepælar',
    en: 'Show the plan by track with today, late and next milestones',
  },
  help: {
    nb: 'Viser milepælene per spor, hva som er forsinket (planlagt, datoen passert) og hva som kommer,\nog advarsler om medvirkning og ulike vedtak.\n\nValg:\n  --today D  dagens dato (standard: systemdatoen)\n  --json     skriv JSON',
    nn: 'Viser milepælane per spor, kva som er forseinka og kva som kjem, og åtvaringar om medverknad\nog ulike vedtak.\n\nVal:\n  --today D  dagens dato (standard: systemdatoen)\n  --json     skriv JSON',
    en: 'Shows the milestones by track, what is late (planned, date passed) and what comes next, and\nwarnings about participation and diverging decisions.\n\nOptions:\n  --today D  today (default: the system date)\n  --json     write JSON',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(planCommand, language));
      return EXIT.ok;
    }
    const today = todayOption(values.today, language, NAME);
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const position = timelinePosition(document.milestones, today);
    io.stdout(
      values.json
        ? `${JSON.stringify(planJson(document, position), null, 2)}\n`
        : renderText(document, position, language),
    );
    return EXIT.ok;
  },
};
