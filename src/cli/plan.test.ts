import ICAL from 'ical.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../case/default-case/default-case.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-plan-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCliCapture(argv, dir);

interface PlanJson {
  today: string;
  late: { id: string }[];
  next: Record<string, { id: string; date: string }>;
  milestones: { id: string; date: string; source?: { document: string } }[];
  meetings: { id: string; date: string; source?: { document: string; locator?: string } }[];
  coverage: unknown[];
  divergences: unknown[];
}

describe('flokk plan', () => {
  it('shows the seeds’ meetings and milestones with their sources', async () => {
    const { code, stdout } = await run(['plan', '--default', '--today', '2026-04-01', '--json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    const dates = (prefix: string) => plan.meetings.filter((m) => m.id.includes(prefix)).map((m) => m.date);
    // «Første politisk behandling i formannskap 24.2 (felles alle kommuner)»: one joint meeting.
    expect(dates('formannskap-2026-02-24')).toEqual(['2026-02-24']);
    expect(dates('kommunestyre-2026-03-10')).toEqual(['2026-03-10', '2026-03-10', '2026-03-10']);
    expect(dates('felles-formannskap')).toEqual(['2026-02-24', '2026-04-21']);
    expect(dates('kommunestyre-2026-06')).toEqual(['2026-06', '2026-06', '2026-06']);
    expect(plan.meetings.every((m) => m.source?.document)).toBe(true);
    const starts = plan.milestones.filter((m) => m.id.endsWith('oppstart'));
    expect(starts.map((m) => m.date)).toEqual(['2027-01', '2027-08']);
    expect(starts.every((m) => m.source?.document)).toBe(true);
    // Planned and past, with nothing recorded as done: the two phase starts (whose sources disagree) and the
    // first political treatment, whose meetings (24.2 and 10.3) have passed without a recorded decision.
    expect(plan.late.map((m) => m.id)).toEqual([
      'sam-fase-1-start',
      'adm-fase-2-start',
      'adm-politisk-fase-2',
    ]);
    expect(plan.next['samfunnsutvikling']?.id).toBe('sam-rapporter-fase-1');
    // The seeds say union representatives took part in both working groups, not from which municipality.
    expect(plan.coverage).toHaveLength(6);
    expect(plan.divergences).toEqual([]);
  });

  it('prints the plan by track as text', async () => {
    const { code, stdout } = await run(['plan', '--default', '--today', '2026-04-01']);
    expect(code).toBe(0);
    expect(stdout).toContain('I dag: 1.4.2026');
    expect(stdout).toContain('Administrative områder');
    expect(stdout).toContain('Forsinket:');
  });

  it('rejects an invalid --today', async () => {
    const { code, stderr } = await run(['plan', '--default', '--today', '2026-13-01']);
    expect(code).toBe(2);
    expect(stderr).toContain('--today');
  });

  it('reads a case file', async () => {
    await writeFile(join(dir, 'case.json'), JSON.stringify(defaultCaseInput));
    const { code, stdout } = await run(['plan', 'case.json', '--today', '2027-09-01', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as PlanJson).today).toBe('2027-09-01');
  });
});

describe('flokk ics', () => {
  it('writes an iCalendar file that ical.js parses, stamped with the given revision time', async () => {
    const { code, stdout } = await run(['ics', '--default', '--revision-time', '2026-03-12T09:30:00Z']);
    expect(code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(10);
    expect(stdout).toContain('DTSTAMP:20260312T093000Z\r\n');
    expect(stdout).toContain('DTSTART;VALUE=DATE:20260421\r\n');
  });
});
