/**
 * `flokk erlang --calls N --interval MIN --aht SEC --target 0.8/20 [--shrinkage 0.3] [--max-occupancy 0.85]
 * [--patience SEC] [--json]`: agents for one interval with Erlang C (Erlang A with `--patience`).
 * @module
 */
import {
  ErlangQuery,
  erlangCalculation,
  type ErlangCalculation,
} from '../../case/people/erlang-calculator.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'erlang';
const OPTIONS = {
  ...COMMON_OPTIONS,
  calls: { type: 'string' },
  interval: { type: 'string' },
  aht: { type: 'string' },
  target: { type: 'string' },
  shrinkage: { type: 'string' },
  'max-occupancy': { type: 'string' },
  patience: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const TEXT = {
  nb: {
    required: (o: string) => `Mangler ${o}`,
    invalid: (o: string, v: string) => `Ugyldig verdi for ${o}: «${v}»`,
    target: 'Ugyldig --target; skriv andel/sekunder, for eksempel 0.8/20',
    lines: {
      traffic: 'Trafikk (Erlang)',
      agents: 'Agenter (hele)',
      fractional: 'Agenter (desimal)',
      wait: 'Sannsynlighet for å vente',
      sl: 'Servicenivå',
      asa: 'Gjennomsnittlig svartid (s)',
      occupancy: 'Belegg',
      staff: 'Bemanning etter svinn (hele)',
      fractionalStaff: 'Bemanning etter svinn (desimal)',
    },
    warning: {
      'high-occupancy': 'Advarsel: belegget er over 90 %.',
      'traffic-reaches-agents': 'Advarsel: trafikken når antallet agenter; køen vokser uten grense.',
      'target-unreachable': 'Advarsel: målet nås ikke.',
      'queue-truncated': 'Advarsel: køen er avkortet i beregningen.',
    },
    poisson: 'Forutsetning: anropene kommer uavhengig av hverandre med jevn rate i intervallet (Poisson).',
  },
  en: {
    required: (o: string) => `Missing ${o}`,
    invalid: (o: string, v: string) => `Invalid value for ${o}: "${v}"`,
    target: 'Invalid --target; write share/seconds, for example 0.8/20',
    lines: {
      traffic: 'Traffic (Erlangs)',
      agents: 'Agents (whole)',
      fractional: 'Agents (fractional)',
      wait: 'Probability of waiting',
      sl: 'Service level',
      asa: 'Average speed of answer (s)',
      occupancy: 'Occupancy',
      staff: 'Staff after shrinkage (whole)',
      fractionalStaff: 'Staff after shrinkage (fractional)',
    },
    warning: {
      'high-occupancy': 'Warning: occupancy is above 90 %.',
      'traffic-reaches-agents':
        'Warning: traffic reaches the number of agents; the queue grows without limit.',
      'target-unreachable': 'Warning: the target cannot be met.',
      'queue-truncated': 'Warning: the queue was truncated in the calculation.',
    },
    poisson: 'Assumption: calls arrive independently at a steady rate within the interval (Poisson).',
  },
};
const nn: (typeof TEXT)['nb'] = {
  ...TEXT.nb,
  required: (o) => `Manglar ${o}`,
  invalid: (o, v) => `Ugyldig verdi for ${o}: «${v}»`,
  target: 'Ugyldig --target; skriv del/sekund, til dømes 0.8/20',
  lines: {
    ...TEXT.nb.lines,
    wait: 'Sannsyn for å vente',
    sl: 'Servicenivå',
    asa: 'Gjennomsnittleg svartid (s)',
  },
  poisson: 'Føresetnad: oppringingane kjem uavhengig av kvarandre med jamn rate i intervallet (Poisson).',
};
const text = (language: Language) => (language === 'nn' ? nn : TEXT[language]);

/** Maps a calculator field to the option the user typed, so errors name the option. */
const OPTION_OF: Record<keyof ErlangQuery, string> = {
  calls: '--calls',
  interval: '--interval',
  aht: '--aht',
  serviceLevel: '--target',
  targetSeconds: '--target',
  shrinkage: '--shrinkage',
  maxOccupancy: '--max-occupancy',
  patience: '--patience',
};

function query(values: Record<string, string | boolean | undefined>, language: Language): ErlangQuery {
  const t = text(language);
  for (const option of ['calls', 'interval', 'aht', 'target'] as const) {
    if (values[option] === undefined) throw new UsageError(t.required(`--${option}`), NAME);
  }
  const [serviceLevel, targetSeconds, extra] = String(values.target).split('/');
  if (serviceLevel === undefined || targetSeconds === undefined || extra !== undefined || serviceLevel === '')
    throw new UsageError(t.target, NAME);
  const raw = {
    calls: values.calls,
    interval: values.interval,
    aht: values.aht,
    serviceLevel,
    targetSeconds,
    shrinkage: values.shrinkage,
    maxOccupancy: values['max-occupancy'],
    patience: values.patience,
  };
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ErlangQuery.safeParse(defined);
  if (!parsed.success) {
    const key = String(parsed.error.issues[0]?.path[0] ?? 'calls') as keyof ErlangQuery;
    const option = OPTION_OF[key];
    const value = option === '--target' ? String(values.target) : String(defined[key] ?? '');
    throw new UsageError(t.invalid(option, value), NAME);
  }
  return parsed.data;
}

function renderText(r: ErlangCalculation, language: Language): string {
  const t = text(language);
  const pct = (v: number | null) => (v === null ? '..' : `${formatNumber(v * 100, 1, language)} %`);
  const lines: [string, string][] = [
    [t.lines.traffic, formatNumber(r.trafficErlangs, 2, language)],
    [t.lines.agents, String(r.agents)],
    [t.lines.fractional, formatNumber(r.fractionalAgents, 2, language)],
    [t.lines.wait, pct(r.probabilityOfWaiting)],
    [t.lines.sl, pct(r.serviceLevel)],
    [t.lines.asa, formatNumber(r.averageSpeedOfAnswerSeconds, 1, language)],
    [t.lines.occupancy, pct(r.occupancy)],
    [t.lines.staff, String(r.staff)],
    [t.lines.fractionalStaff, formatNumber(r.fractionalStaff, 2, language)],
  ];
  const width = Math.max(...lines.map(([label]) => label.length));
  return [
    ...lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
    ...r.warnings.map((w) => t.warning[w.code]),
    t.poisson,
    '',
  ].join('\n');
}

export const erlangCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk erlang --calls N --interval MIN --aht SEK --target 0.8/20 [--shrinkage 0.3] [--max-occupancy 0.85] [--patience SEK] [--json]',
    nn: 'flokk erlang --calls N --interval MIN --aht SEK --target 0.8/20 [--shrinkage 0.3] [--max-occupancy 0.85] [--patience SEK] [--json]',
    en: 'flokk erlang --calls N --interval MIN --aht SEC --target 0.8/20 [--shrinkage 0.3] [--max-occupancy 0.85] [--patience SEC] [--json]',
  },
  summary: {
    nb: 'Beregn agenter for et intervall med Erlang C (Erlang A med --patience)',
    nn: 'Rekn ut agentar for eit intervall med Erlang C (Erlang A med --patience)',
    en: 'Compute agents for one interval with Erlang C (Erlang A with --patience)',
  },
  help: {
    nb: 'Valg:\n  --calls N            anrop i intervallet\n  --interval MIN       intervallets lengde i minutter\n  --aht SEK            gjennomsnittlig behandlingstid i sekunder\n  --target ANDEL/SEK   servicenivåmål, f.eks. 0.8/20 (80 % innen 20 s)\n  --shrinkage ANDEL    svinn (pauser, møter, fravær), f.eks. 0.3\n  --max-occupancy ANDEL  høyeste belegg, f.eks. 0.85\n  --patience SEK       innringernes gjennomsnittlige tålmodighet (Erlang A)\n  --json               skriv JSON',
    nn: 'Val:\n  --calls N            oppringingar i intervallet\n  --interval MIN       lengda på intervallet i minutt\n  --aht SEK            gjennomsnittleg behandlingstid i sekund\n  --target DEL/SEK     mål for servicenivå, t.d. 0.8/20\n  --shrinkage DEL      svinn, t.d. 0.3\n  --max-occupancy DEL  høgaste belegg, t.d. 0.85\n  --patience SEK       gjennomsnittleg tolmod (Erlang A)\n  --json               skriv JSON',
    en: "Options:\n  --calls N            calls in the interval\n  --interval MIN       length of the interval in minutes\n  --aht SEC            average handling time in seconds\n  --target SHARE/SEC   service level target, e.g. 0.8/20 (80 % within 20 s)\n  --shrinkage SHARE    shrinkage (breaks, meetings, absence), e.g. 0.3\n  --max-occupancy SHARE  highest occupancy, e.g. 0.85\n  --patience SEC       callers' mean patience (Erlang A)\n  --json               write JSON",
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(erlangCommand, language));
      return EXIT.ok;
    }
    expectAtMostPositionals(positionals, 0, NAME, language);
    const result = erlangCalculation(query(values, language));
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderText(result, language));
    return EXIT.ok;
  },
};
