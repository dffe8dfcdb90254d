/**
 * Hostile input: every field of the case document is bounded and checked. Each test changes one field of the
 * default case and expects `parseCase` to refuse it, naming the field and the rule.
 */
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../common/errors.ts';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import { MAX_NOK, calendarDateProblem } from './common.ts';

// The draft is plain JSON data, walked by index; the tests below only touch fields the default case has.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Draft = Record<string, any>;

/** A fresh, mutable copy of the default case as plain JSON data, to break on purpose. */
function draft(): Draft {
  return JSON.parse(JSON.stringify(defaultCaseInput)) as Draft;
}

function issuesOf(doc: unknown, language: 'nb' | 'nn' | 'en' = 'nb'): FieldIssue[] {
  const result = parseCase(doc, language);
  return result.success ? [] : result.issues;
}

const codes = (doc: unknown) => issuesOf(doc).map((i) => [i.path, i.code]);

/** The default case with one change made by `change`. */
function changed(change: (doc: Draft) => void): Draft {
  const doc = draft();
  change(doc);
  return doc;
}

const provenance = { placeholder: { toBeSetBy: 'Økonomisjefene' } };

describe('the unchanged default case', () => {
  it('parses', () => {
    expect(parseCase(draft()).success).toBe(true);
  });
});

describe('dates are real calendar dates in 1900–2100', () => {
  it('refuses 2026-02-30 in a milestone, naming the field, in every language', () => {
    const doc = changed((d) => (d['milestones'][0].date = '2026-02-30'));
    expect(issuesOf(doc)).toEqual([
      {
        path: 'milestones[0].date',
        code: 'date_not_in_calendar',
        message: 'Datoen finnes ikke i kalenderen',
      },
    ]);
    expect(issuesOf(doc, 'nn')[0]?.message).toBe('Datoen finst ikkje i kalenderen');
    expect(issuesOf(doc, 'en')[0]?.message).toBe('This date does not exist in the calendar');
  });

  it('accepts 2024-02-29 (a leap day) and a month alone', () => {
    expect(issuesOf(changed((d) => (d['milestones'][0].date = '2024-02-29')))).toEqual([]);
    expect(issuesOf(changed((d) => (d['milestones'][0].date = '2026-02')))).toEqual([]);
  });

  it.each([['2026-04-31'], ['2025-02-29'], ['1900-02-29']])('refuses %s', (date) => {
    expect(codes(changed((d) => (d['milestones'][0].endDate = date)))).toEqual([
      ['milestones[0].endDate', 'date_not_in_calendar'],
    ]);
  });

  it.each([['0000-01-01'], ['1899-12'], ['2101-01-01']])('refuses the year of %s', (date) => {
    expect(codes(changed((d) => (d['sources'][0].date = date)))).toEqual([
      ['sources[0].date', 'date_out_of_range'],
    ]);
  });

  it('refuses 2026-02-30 as the date of a participation meeting (IsoDate)', () => {
    const meeting = { id: 'm1', kind: 'information', date: '2026-02-30', topic: { nb: 'Drøfting' } };
    expect(codes(changed((d) => (d['participationMeetings'] = [meeting])))).toEqual([
      ['participationMeetings[0].date', 'date_not_in_calendar'],
    ]);
  });

  it('uses one rule for both kinds of date', () => {
    expect(calendarDateProblem('2000-02-29')).toBeNull();
    expect(calendarDateProblem('2100-02-29')).toBe('date_not_in_calendar');
    expect(calendarDateProblem('2100-12-31')).toBeNull();
    expect(calendarDateProblem('1900-01')).toBeNull();
  });
});

describe('web addresses and e-mail', () => {
  const contact = (c: Record<string, string>) =>
    changed((d) => (d['publication'] = { baselineFigures: false, contact: c }));

  it.each([['javascript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['file:///etc/passwd']])(
    'refuses %s as the contact address',
    (url) => {
      expect(issuesOf(contact({ url }), 'en')).toEqual([
        {
          path: 'publication.contact.url',
          code: 'url_scheme',
          message: 'The web address must start with http:// or https://',
        },
      ]);
    },
  );

  it('refuses javascript: as the address of a source document', () => {
    expect(codes(changed((d) => (d['sources'][0].url = 'javascript:alert(1)')))).toEqual([
      ['sources[0].url', 'url_scheme'],
    ]);
  });

  it('accepts http and https up to 2 000 characters, not longer', () => {
    const long = (n: number) => `https://example.no/${'a'.repeat(n - 19)}`;
    expect(issuesOf(contact({ url: 'http://example.no/' }))).toEqual([]);
    expect(issuesOf(contact({ url: long(2_000) }))).toEqual([]);
    expect(codes(contact({ url: long(2_001) }))).toEqual([['publication.contact.url', 'too_big']]);
  });

  it('refuses an e-mail address longer than 254 characters', () => {
    const email = (n: number) => `${'a'.repeat(n - 11)}@example.no`;
    expect(issuesOf(contact({ email: email(254) }))).toEqual([]);
    expect(codes(contact({ email: email(255) }))).toEqual([['publication.contact.email', 'too_big']]);
  });
});

describe('text a person could have typed', () => {
  it('refuses a note of 5 001 characters, accepts 5 000', () => {
    expect(issuesOf(changed((d) => (d['baseline'][0].notes = 'x'.repeat(5_000))))).toEqual([]);
    expect(codes(changed((d) => (d['baseline'][0].notes = 'x'.repeat(5_001))))).toEqual([
      ['baseline[0].notes', 'too_big'],
    ]);
  });

  it('refuses a name of 201 characters', () => {
    expect(codes(changed((d) => (d['participants'][0].name = 'x'.repeat(201))))).toEqual([
      ['participants[0].name', 'too_big'],
    ]);
  });

  it('refuses a name made only of U+200B', () => {
    const doc = changed((d) => (d['participants'][0].name = '\u200B\u200B'));
    expect(issuesOf(doc, 'en')).toEqual([
      { path: 'participants[0].name', code: 'text_invisible', message: 'Must contain visible text' },
    ]);
  });

  it('refuses a name containing U+202E (right-to-left override)', () => {
    expect(codes(changed((d) => (d['participants'][0].name = 'Skaun\u202Enuaks')))).toEqual([
      ['participants[0].name', 'text_bidi_control'],
    ]);
  });

  it('refuses NUL in a note', () => {
    expect(codes(changed((d) => (d['sources'][0].note = 'før\u0000etter')))).toEqual([
      ['sources[0].note', 'text_control_character'],
    ]);
  });

  it('checks localized text, locators and the role a placeholder names the same way', () => {
    const doc = changed((d) => {
      d['title'].en = '\u200B';
      d['grants'][0].source.locator = 'x'.repeat(501);
      d['scenarios'][0].realWageGrowth.provenance.placeholder.toBeSetBy = 'a\u0007';
    });
    expect(codes(doc)).toEqual([
      ['title.en', 'text_invisible'],
      ['grants[0].source.locator', 'too_big'],
      ['scenarios[0].realWageGrowth.provenance.placeholder.toBeSetBy', 'text_control_character'],
    ]);
  });
});

describe('numbers a municipality could meet', () => {
  it('refuses a cost of 9 007 199 254 740 991 kr in a cost game, naming the field', () => {
    const doc = changed((d) => {
      d['costGames'] = [
        {
          id: 'pakke',
          scenarioId: 'administrative-tjenester',
          provenance,
          costs: [{ coalition: ['5027'], cost: 9_007_199_254_740_991 }],
        },
      ];
    });
    expect(codes(doc)).toEqual([['costGames[0].costs[0].cost', 'too_big']]);
  });

  it('accepts 100 mrd. kr and refuses one krone more', () => {
    expect(issuesOf(changed((d) => (d['grants'][0].amount = MAX_NOK)))).toEqual([]);
    const doc = changed((d) => (d['grants'][0].amount = MAX_NOK + 1));
    expect(issuesOf(doc, 'en')).toEqual([
      { path: 'grants[0].amount', code: 'too_big', message: 'Must be at most 100,000,000,000' },
    ]);
  });

  it('bounds labour cost, headcount and population', () => {
    const doc = changed((d) => {
      d['baseline'][0].labourCost = 1e12;
      d['baseline'][0].headcount = 1_000_001;
      d['participants'][0].population[0].value = 10_000_001;
    });
    expect(codes(doc)).toEqual([
      ['participants[0].population[0].value', 'too_big'],
      ['baseline[0].headcount', 'too_big'],
      ['baseline[0].labourCost', 'too_big'],
    ]);
  });

  it('bounds every parameter of a scenario distribution by what it measures', () => {
    const doc = changed((d) => {
      const area = d['scenarios'][0].areas[0];
      area.savingsShare.distribution = { kind: 'pert', min: 0.1, mode: 0.2, max: 1.5 };
      area.recurringCosts = [
        {
          id: 'drift',
          kind: 'systems',
          amount: { distribution: { kind: 'normal', mean: -5, sd: 1e12 }, provenance },
          startYear: 2027,
        },
      ];
      d['scenarios'][0].realWageGrowth.distribution = { kind: 'fixed', value: 5 };
    });
    expect(codes(doc)).toEqual([
      ['scenarios[0].areas[0].savingsShare.distribution.max', 'too_big'],
      ['scenarios[0].areas[0].recurringCosts[0].amount.distribution.mean', 'too_small'],
      ['scenarios[0].areas[0].recurringCosts[0].amount.distribution.sd', 'too_big'],
      ['scenarios[0].realWageGrowth.distribution.value', 'too_big'],
    ]);
  });

  it('bounds volumes and checks their keys', () => {
    const doc = changed((d) => {
      d['scenarios'][0].areas[0].volumes = { '5029': { lønnsslipper: 1e10, 'bad\u202E': 1 } };
    });
    expect(codes(doc)).toEqual([
      ['scenarios[0].areas[0].volumes.5029.lønnsslipper', 'too_big'],
      ['scenarios[0].areas[0].volumes.5029.bad\u202E', 'invalid_key'],
    ]);
  });

  it('bounds the options of a cost key, and accepts a hybrid key', () => {
    const hybrid = { fixedShare: 0.3, rest: { keyId: 'volume', options: { measure: 'lønnsslipper' } } };
    const withKey = (options: unknown) =>
      changed((d) => (d['scenarios'][0].areas[0].costKey = { keyId: 'hybrid', options }));
    expect(codes(withKey(hybrid))).toEqual([]);
    const bad = withKey({
      fixedShare: 1e300,
      rest: { keyId: 'x\u0000', options: { deeper: { deepest: 1 } } },
    });
    expect(codes(bad)).toEqual([
      ['scenarios[0].areas[0].costKey.options.fixedShare', 'too_big'],
      ['scenarios[0].areas[0].costKey.options.rest.keyId', 'text_control_character'],
      ['scenarios[0].areas[0].costKey.options.rest.options.deeper', 'too_deeply_nested'],
    ]);
  });
});

describe('lists have a length', () => {
  it('refuses more than 1 000 milestones', () => {
    const doc = changed((d) => {
      const first = d['milestones'][0];
      d['milestones'] = Array.from({ length: 1_001 }, (_, i) => ({ ...first, id: `m-${i}` }));
    });
    expect(codes(doc)).toEqual([['milestones', 'too_big']]);
  });

  it('refuses a coalition of more than 20 municipalities in a cost game', () => {
    const doc = changed((d) => {
      d['costGames'] = [
        {
          id: 'pakke',
          scenarioId: 'administrative-tjenester',
          provenance,
          costs: [{ coalition: Array.from({ length: 21 }, () => '5027'), cost: 1 }],
        },
      ];
    });
    expect(codes(doc)).toEqual([['costGames[0].costs[0].coalition', 'too_big']]);
  });
});

describe('translated messages of the people inputs', () => {
  it('words a figure without provenance as a sentence, not its key', () => {
    const doc = changed((d) => (d['people'] = { workforce: { yearlyTurnover: { value: 0.05 } } }));
    expect(issuesOf(doc)).toEqual([
      {
        path: 'people.workforce.yearlyTurnover.provenance',
        code: 'provenance_required',
        message: 'Oppgi kilde eller antakelse for tallet',
      },
    ]);
    expect(issuesOf(doc, 'en')[0]?.message).toBe('Give the source or assumption for this figure');
  });
});
