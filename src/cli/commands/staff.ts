/**
 * `flokk staff FILE|--default [--json]`: the workforce projection, vulnerability and switchboard inputs of
 * a case, as a reader sees them: ages and departures of groups that may have fewer than 5 persons are
 * withheld (":"), and so is any total that would give them back by subtraction.
 * @module
 */
import { defaultCase } from '../../case/default-case/default-case.ts';
import { fieldLabel, municipalityName } from '../../case/field-label.ts';
import { peopleView, type PeopleView } from '../../case/people/people-view.ts';
import { redactWorkforce } from '../../case/people/redact-workforce.ts';
import type { WorkforceUnit } from '../../case/people/workforce-projection.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { formatFte, formatNumber, MISSING, SUPPRESSED } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { formatAges } from '../format-ages.ts';
import { commandHelpText } from '../help.ts';
import { cliMessages } from '../messages.ts';
import { readCaseFile } from '../read-case-file.ts';
import { EXIT } from '../run-command.ts';
import { renderTextTable } from '../text-table.ts';
import { exportBytes } from '../write-export.ts';

const NAME = 'staff';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
} as const;

const TEXT = {
  nb: {
    municipality: 'Kommune',
    fte: 'Årsverk',
    ages: 'Alder',
    departed: (year: number) => `Avgang årsverk t.o.m. ${year}`,
    joint: 'Felles enhet',
    bounds:
      'Avgang vises som lav–høy: lav = ingen går av før 72 år, høy = alle går av ved første mulige alder. Grunnen er at disse forutsetningene mangler:',
    suppressed:
      '«:» = skjermet fordi gruppen kan ha færre enn 5 personer, eller fordi tallet ellers kunne regnes ut ved subtraksjon.',
    vulnerability: 'Sårbarhet: personer som kan utføre oppgaven (før → etter samarbeid)',
    onePerson: 'enpersonsfunksjon',
    switchboardMissing: 'Sentralbord: mangler disse opplysningene før bemanningen kan beregnes:',
  },
  en: {
    municipality: 'Municipality',
    fte: 'FTE',
    ages: 'Ages',
    departed: (year: number) => `FTE departed to ${year}`,
    joint: 'Joint unit',
    bounds:
      'Departures are shown as low–high: low = nobody leaves before 72, high = everybody leaves at the first possible age. These assumptions are missing:',
    suppressed:
      '":" = withheld because the group may have fewer than 5 persons, or because it could otherwise be worked out by subtraction.',
    vulnerability: 'Vulnerability: persons who can do the task (before → after cooperation)',
    onePerson: 'one-person function',
    switchboardMissing: 'Switchboard: these inputs are missing before the staffing can be computed:',
  },
};
const nn: (typeof TEXT)['nb'] = {
  ...TEXT.nb,
  departed: (year) => `Avgang årsverk t.o.m. ${year}`,
  joint: 'Felles eining',
  bounds:
    'Avgang blir vist som låg–høg: låg = ingen går av før 72 år, høg = alle går av ved første moglege alder. Desse føresetnadene manglar:',
  suppressed:
    '«:» = skjerma fordi gruppa kan ha færre enn 5 personar, eller fordi talet elles kunne reknast ut ved subtraksjon.',
  vulnerability: 'Sårbarheit: personar som kan utføre oppgåva (før → etter samarbeid)',
  onePerson: 'einpersonsfunksjon',
  switchboardMissing: 'Sentralbord: manglar desse opplysningane før bemanninga kan reknast ut:',
};
const text = (language: Language) => (language === 'nn' ? nn : TEXT[language]);

const YEAR_INDEXES = [0, 2, 4, 9];

function departedCell(unit: WorkforceUnit, index: number, language: Language): string {
  if (unit.years === null) return SUPPRESSED;
  const y = unit.years[index];
  if (!y) return MISSING;
  const { low, high } = y.cumulativeDepartedFte;
  if (low === null || high === null) return MISSING;
  const l = formatNumber(low, 1, language);
  const h = formatNumber(high, 1, language);
  return l === h ? l : `${l}–${h}`;
}

/** A missing input as the forms label it; a municipality's calls (`….calls.5028`) named by the municipality. */
function missingLabel(path: string, document: CaseDocument, language: Language): string {
  const perMunicipality = /^(.*)\.(\d{4})$/.exec(path);
  if (!perMunicipality) return fieldLabel(path, document, language);
  const [, field = '', number = ''] = perMunicipality;
  return `${fieldLabel(field, document, language)}: ${municipalityName(document, number)}`;
}

function renderText(view: PeopleView, document: CaseDocument, language: Language): string {
  const t = text(language);
  const name = (id: string) => document.participants.find((p) => p.municipalityNumber === id)?.name ?? id;
  const areaName = (id: string) => {
    const area = document.serviceAreas.find((a) => a.id === id);
    return area ? (area.name[language] ?? area.name.nb) : id;
  };
  const years = YEAR_INDEXES.filter((i) => i < view.workforce.years).map((i) => view.workforce.firstYear + i);
  const columns = [
    { header: t.municipality, align: 'left' },
    { header: t.fte, align: 'right' },
    { header: t.ages, align: 'right' },
    ...years.map((year) => ({ header: t.departed(year), align: 'right' as const })),
  ] as const;
  const row = (label: string, unit: WorkforceUnit) => [
    label,
    formatFte(unit.fte, language),
    unit.id === 'joint' ? '' : formatAges(unit.ages, unit.years === null),
    ...YEAR_INDEXES.filter((i) => i < view.workforce.years).map((i) => departedCell(unit, i, language)),
  ];
  const out: string[] = [];
  for (const area of view.workforce.areas) {
    out.push(areaName(area.areaId));
    const body = area.groups.map((g) => row(name(g.id), g));
    const footer = area.joint ? [row(t.joint, area.joint)] : [];
    out.push(renderTextTable(columns, body, footer));
  }
  if (view.workforce.bounded)
    out.push(t.bounds, ...view.workforce.missing.map((m) => `  ${missingLabel(m, document, language)}`));
  if (view.suppressed.length > 0) out.push(t.suppressed);
  out.push('', t.vulnerability);
  for (const area of view.vulnerability.areas) {
    const before = area.before
      .map(
        (b) =>
          `${name(b.municipalityNumber)} ${b.qualifiedPersons}${b.onePersonFunction ? ` (${t.onePerson})` : ''}`,
      )
      .join(', ');
    out.push(`  ${areaName(area.areaId)}: ${before} → ${area.after.qualifiedPersons}`);
  }
  if (view.switchboard.missing.length > 0) {
    out.push(
      '',
      t.switchboardMissing,
      ...view.switchboard.missing.map((m) => `  ${missingLabel(m, document, language)}`),
    );
  }
  return `${out.join('\n')}\n`;
}

export const staffCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk staff FIL|--default [--json|--csv] [--lang nb|nn|en]',
    nn: 'flokk staff FIL|--default [--json|--csv] [--lang nb|nn|en]',
    en: 'flokk staff FILE|--default [--json|--csv] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Vis ansatte: forventet avgang per år, sårbarhet og sentralbordets manglende opplysninger',
    nn: 'Vis tilsette: venta avgang per år, sårbarheit og manglande opplysningar for sentralbordet',
    en: 'Show staff: expected departures per year, vulnerability and the switchboard’s missing inputs',
  },
  help: {
    nb: 'Utskriften regnes som en lesers visning: alder og avgang for grupper som kan ha færre enn 5 personer\nvises som «:», og summer som ellers ville avsløre dem, skjermes også.\n\nValg:\n  --default  bruk den innebygde saken\n  --json     skriv JSON; skjermede felt er null og står i «suppressed»\n  --csv      skriv avgangen per år som CSV (semikolon, desimalkomma), skjermet på samme måte',
    nn: 'Utskrifta blir rekna som visninga til ein lesar: alder og avgang for grupper som kan ha færre enn 5\npersonar blir viste som «:», og summar som elles ville avsløre dei, blir òg skjerma.\n\nVal:\n  --default  bruk den innebygde saka\n  --json     skriv JSON; skjerma felt er null og står i «suppressed»\n  --csv      skriv avgangen per år som CSV, skjerma på same måte',
    en: 'The output is a reader’s view: ages and departures of groups that may have fewer than 5 persons are\nshown as ":", and totals that would reveal them are withheld too.\n\nOptions:\n  --default  use the embedded case\n  --json     write JSON; withheld fields are null and listed in "suppressed"\n  --csv      write the departures per year as CSV (semicolon, decimal comma), withheld the same way',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(staffCommand, language));
      return EXIT.ok;
    }
    const file = positionals[0];
    const messages = cliMessages(language);
    if (file !== undefined && values.default) throw new UsageError(messages.fileOrDefault, NAME);
    if (file === undefined && !values.default) throw new UsageError(messages.missingFile, NAME);
    expectAtMostPositionals(positionals, 1, NAME, language);
    const document =
      file === undefined
        ? defaultCase()
        : await readCaseFile(file, { cwd: context.cwd, language, commandName: NAME });
    const full = peopleView(document);
    if (values.csv) {
      // The departures export table, the same CSV the API and `flokk export --table departures` give.
      const request = { table: 'departures', format: 'csv', scenarioId: undefined, language } as const;
      const bytes = await exportBytes(document, { ...request, messages: language, now: new Date() });
      io.stdout(new TextDecoder().decode(bytes));
      return EXIT.ok;
    }
    const view = redactWorkforce(full, 'reader');
    io.stdout(values.json ? `${JSON.stringify(view, null, 2)}\n` : renderText(view, document, language));
    return EXIT.ok;
  },
};
