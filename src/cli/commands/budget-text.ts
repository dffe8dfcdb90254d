/**
 * The words of `flokk budget` and `flokk akonto` in bokmål, nynorsk and English: usage errors, the answer
 * line, and the help.
 * @module
 */
import type { Language } from '../../i18n/language.ts';

export const BUDGET_TEXT = {
  nb: {
    badYear: (value: string) => `--year må være et årstall fra 2000 til 2100, ikke «${value}».`,
    noUnits: 'Saken har ingen felles enhet i drift ennå.',
    unknownUnit: (id: string, known: string) =>
      `Saken har ingen felles enhet «${id}». Enhetene er: ${known}.`,
    unknownYear: (year: number, unit: string, known: string) =>
      `Enheten «${unit}» har ikke budsjett for ${year}. Budsjettårene er: ${known}.`,
    answer: (unit: string, year: number, total: string) => `Budsjettet for ${unit} i ${year} er ${total}.`,
    pays: (name: string, amount: string) => `${name} betaler ${amount}`,
    host: (name: string | null) => `Vertskommune: ${name ?? 'ikke satt'}.`,
    placeholders: 'Bygger på plassholdere (ikke fastsatt av noen ennå)',
    toBeSetBy: (who: string) => `skal fastsettes av ${who}`,
    population: (wanted: string, used: string) =>
      `Nøkkelen leser folketall per ${wanted}; det finnes ikke i saken, så tallet per ${used} er brukt.`,
    columns: {
      component: 'Budsjettdel',
      kind: 'Type',
      amount: 'Beløp',
      key: 'Fordelingsnøkkel',
      total: 'Sum',
    },
    period: 'Termin',
    due: 'Forfall',
    cannotCompute: (message: string) => message,
    badFormat: (value: string) => `--format må være csv eller xlsx, ikke «${value}».`,
    formatWithoutOut: '--format gjelder filen som skrives; oppgi også --out FIL.',
    wrote: (path: string, size: number) => `Skrev ${path} (${size} byte).\n`,
  },
  nn: {
    badYear: (value: string) => `--year må vere eit årstal frå 2000 til 2100, ikkje «${value}».`,
    noUnits: 'Saka har inga felles eining i drift enno.',
    unknownUnit: (id: string, known: string) =>
      `Saka har inga felles eining «${id}». Einingane er: ${known}.`,
    unknownYear: (year: number, unit: string, known: string) =>
      `Eininga «${unit}» har ikkje budsjett for ${year}. Budsjettåra er: ${known}.`,
    answer: (unit: string, year: number, total: string) => `Budsjettet for ${unit} i ${year} er ${total}.`,
    pays: (name: string, amount: string) => `${name} betaler ${amount}`,
    host: (name: string | null) => `Vertskommune: ${name ?? 'ikkje sett'}.`,
    placeholders: 'Byggjer på plasshaldarar (ikkje fastsette av nokon enno)',
    toBeSetBy: (who: string) => `skal fastsetjast av ${who}`,
    population: (wanted: string, used: string) =>
      `Nøkkelen les folketal per ${wanted}; det finst ikkje i saka, så talet per ${used} er brukt.`,
    columns: {
      component: 'Budsjettdel',
      kind: 'Type',
      amount: 'Beløp',
      key: 'Fordelingsnøkkel',
      total: 'Sum',
    },
    period: 'Termin',
    due: 'Forfall',
    cannotCompute: (message: string) => message,
    badFormat: (value: string) => `--format må vere csv eller xlsx, ikkje «${value}».`,
    formatWithoutOut: '--format gjeld fila som blir skriven; oppgje også --out FIL.',
    wrote: (path: string, size: number) => `Skreiv ${path} (${size} byte).\n`,
  },
  en: {
    badYear: (value: string) => `--year must be a year from 2000 to 2100, not "${value}".`,
    noUnits: 'The case has no joint unit in operation yet.',
    unknownUnit: (id: string, known: string) =>
      `The case has no joint unit "${id}". The units are: ${known}.`,
    unknownYear: (year: number, unit: string, known: string) =>
      `The unit "${unit}" has no budget for ${year}. The budget years are: ${known}.`,
    answer: (unit: string, year: number, total: string) => `The budget of ${unit} for ${year} is ${total}.`,
    pays: (name: string, amount: string) => `${name} pays ${amount}`,
    host: (name: string | null) => `Host municipality: ${name ?? 'not set'}.`,
    placeholders: 'Rests on placeholders (not set by anyone yet)',
    toBeSetBy: (who: string) => `to be set by ${who}`,
    population: (wanted: string, used: string) =>
      `The key reads population at ${wanted}; the case has none, so the figure at ${used} is used.`,
    columns: { component: 'Component', kind: 'Kind', amount: 'Amount', key: 'Cost key', total: 'Total' },
    period: 'Period',
    due: 'Due',
    cannotCompute: (message: string) => message,
    badFormat: (value: string) => `--format must be csv or xlsx, not "${value}".`,
    formatWithoutOut: '--format applies to the file written; give --out FILE too.',
    wrote: (path: string, size: number) => `Wrote ${path} (${size} bytes).\n`,
  },
} satisfies Record<Language, unknown>;

export const BUDGET_HELP: Record<Language, string> = {
  nb: 'Budsjettet for en felles enhet i et år: hva hver kommune betaler, per budsjettdel, med fordelingsnøkkelen\nog plassholderne budsjettet bygger på. Uten --unit og --year: den første enheten og dens siste budsjettår.\n\nValg:\n  --default     bruk den innebygde saken\n  --unit ID     den felles enheten\n  --year ÅÅÅÅ   budsjettåret\n  --json        skriv JSON',
  nn: 'Budsjettet for ei felles eining i eit år: kva kvar kommune betaler, per budsjettdel, med fordelingsnøkkelen\nog plasshaldarane budsjettet byggjer på. Utan --unit og --year: den første eininga og det siste budsjettåret.\n\nVal:\n  --default     bruk den innebygde saka\n  --unit ID     den felles eininga\n  --year ÅÅÅÅ   budsjettåret\n  --json        skriv JSON',
  en: 'The budget of a joint unit for a year: what each municipality pays, per component, with the cost key and\nthe placeholders it rests on. Without --unit and --year: the first unit and its latest budget year.\n\nOptions:\n  --default     use the embedded case\n  --unit ID     the joint unit\n  --year YYYY   the budget year\n  --json        write JSON',
};

export const AKONTO_HELP: Record<Language, string> = {
  nb: 'A-konto-betalingene for en felles enhet i et år, per kommune og termin; linjene summerer nøyaktig til\nbudsjettet. Med --out skrives fakturalinjene som CSV eller Excel (samme tabell som «Last ned» på siden Drift).\n\nValg:\n  --default        bruk den innebygde saken\n  --unit ID        den felles enheten\n  --year ÅÅÅÅ      budsjettåret\n  --format csv|xlsx  filformat (standard csv)\n  --out FIL        skriv fakturalinjene til FIL',
  nn: 'A-konto-betalingane for ei felles eining i eit år, per kommune og termin; linjene summerer nøyaktig til\nbudsjettet. Med --out blir fakturalinjene skrivne som CSV eller Excel (same tabell som «Last ned» på sida Drift).\n\nVal:\n  --default        bruk den innebygde saka\n  --unit ID        den felles eininga\n  --year ÅÅÅÅ      budsjettåret\n  --format csv|xlsx  filformat (standard csv)\n  --out FIL        skriv fakturalinjene til FIL',
  en: 'The on-account payments of a joint unit for a year, per municipality and period; the lines sum exactly to\nthe budget. With --out the invoice lines are written as CSV or Excel (the table the Operations page downloads).\n\nOptions:\n  --default        use the embedded case\n  --unit ID        the joint unit\n  --year YYYY      the budget year\n  --format csv|xlsx  file format (default csv)\n  --out FILE       write the invoice lines to FILE',
};
