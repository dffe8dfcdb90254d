/**
 * Each process and organisation fact corrected against the two seeds (issue 13), pinned to the seed wording it
 * comes from. The quotes are written out here; where the seeds are on this machine (`../shared/seeds/`), a last
 * test checks that every quote is in them (whitespace normalised; the presentation is OCR text).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workingGroupCoverage } from '../process/coverage.ts';
import { publicView } from '../public-view.ts';
import { timelinePosition } from '../process/timeline-position.ts';
import { defaultCase } from './default-case.ts';
import { FIRST_TREATMENT_MEETINGS } from './plan.ts';
import { SRC } from './sources.ts';
import { isDocumentSource } from '../baseline-field-source.ts';
import type { FigureSource } from '../schema/baseline.ts';

const doc = defaultCase();

/** Seed quotes, by seed: the presentation of 3.2.2026 (000_…) and the saksframlegg (001_…). */
const PRESENTATION = {
  jointMeeting: 'formannskap 24.2 (felles alle kommuner)',
  councils: 'kommunestyret den 10.3',
  planSpan: 'januar/februar',
  communityStart: 'start desember 2025',
  serviceOffice: 'servicekontor/arkiv',
  civilProtection: 'samfunnssikkerhet og beredskap',
  networks: 'Nettverk innenfor personal, kommunikasjon',
  jointApril: '21. april og/eller',
  areasOpen: 'ikke avklart',
} as const;

const CASE_REPORT = {
  unions: 'tillitsvalgte har deltatt i begge arbeidsgruppene',
  steering: 'tillitsvalgte fra alle de tre kommunene deltar sammen med kommunedirektørene i styringsgruppen',
  pilot: 'dersom det ligger til rette for dette',
  perDato: 'per dato 4 200 000 kr',
  today: 'i dag utgjør 6,44 årsverk',
  communityStart: 'kan starte opp',
  barelyStarted: 'knapt i startgropa',
  phase2: 'aksept for å gå videre til en fase 2',
  point4:
    'Gir kommunedirektøren i oppdrag å utrede muligheter for samarbeid innenfor området samfunnsutvikling',
  communityAreas: 'plan, byggesak, kart- og oppmåling, geodata, landbruk',
  alliance: 'Trondheimsalliansen, et rent politisk samarbeid',
  range: 'innsparingspotensial ligger i størrelsesorden 10-30 prosent',
} as const;

const milestone = (id: string) => {
  const found = doc.milestones.find((m) => m.id === id);
  if (!found) throw new Error(`no milestone ${id}`);
  return found;
};
const area = (id: string) => {
  const found = doc.serviceAreas.find((a) => a.id === id);
  if (!found) throw new Error(`no area ${id}`);
  return found;
};

describe('the first political treatment («Politisk behandling for fase 2»)', () => {
  it(`is one joint formannskap meeting, «${PRESENTATION.jointMeeting}», not three`, () => {
    const on24 = doc.meetings.filter((m) => m.date === '2026-02-24');
    expect(on24.map((m) => m.bodyId)).toEqual(['felles-formannskap']);
    expect(on24[0]?.source?.locator).toContain(PRESENTATION.jointMeeting);
  });

  it(`is linked to the meetings of 24.2 and «${PRESENTATION.councils}» and takes their dates`, () => {
    const treatment = milestone('adm-politisk-fase-2');
    expect(treatment.meetingIds).toEqual([...FIRST_TREATMENT_MEETINGS]);
    const dates = FIRST_TREATMENT_MEETINGS.map((id) => doc.meetings.find((m) => m.id === id)?.date);
    expect(dates).toEqual(['2026-02-24', '2026-03-10', '2026-03-10', '2026-03-10']);
    expect([treatment.date, treatment.endDate]).toEqual(['2026-02-24', '2026-03-10']);
    // The plan's «januar/februar» stays in the locator, so the change of date is traceable.
    expect(treatment.source?.locator).toContain(PRESENTATION.planSpan);
  });

  it('is not called late before the councils meet on 10.3', () => {
    const state = (today: string) =>
      timelinePosition(doc.milestones, today).milestones.find((p) => p.milestone.id === 'adm-politisk-fase-2')
        ?.state;
    expect(state('2026-03-01')).toBe('current');
    expect(state('2026-03-10')).toBe('current');
  });
});

describe('samfunnsutvikling phase 1: the seeds disagree', () => {
  it(`is planned, not done: the plan says «${PRESENTATION.communityStart}», the saksframlegg asks that it «${CASE_REPORT.communityStart}»`, () => {
    const start = milestone('sam-fase-1-start');
    expect(start.status).toBe('planned');
    expect(start.date).toBe('2025-12');
    const disagreement = start.sourcesDisagree;
    expect(disagreement?.sources.map((s) => s.document)).toEqual([SRC.status, SRC.caseReport]);
    expect(disagreement?.note.nb).toContain(PRESENTATION.communityStart);
    expect(disagreement?.note.nb).toContain(CASE_REPORT.communityStart);
    expect(disagreement?.note.nb).toContain('startgropa');
  });

  it('shows the disagreement on the four community areas too, which are not started per the saksframlegg', () => {
    for (const id of ['plan', 'byggesak', 'oppmaling-geodata', 'landbruk']) {
      const a = area(id);
      expect(a.status).toBe('notStarted');
      expect(a.sourcesDisagree?.sources.map((s) => s.document)).toEqual([SRC.status, SRC.caseReport]);
    }
  });

  it('no planned step of phase 2 is recorded as done either (the plan dates it, the saksframlegg asks for it)', () => {
    const start = milestone('adm-fase-2-start');
    expect(start.status).toBe('planned');
    expect(start.sourcesDisagree?.note.nb).toContain(CASE_REPORT.phase2);
    const done = doc.milestones.filter((m) => m.status === 'done').map((m) => m.id);
    expect(done).toEqual(['oppdrag-utredning', 'adm-rapporter-fase-1']);
  });
});

describe('the public status page', () => {
  it('shows where the sources disagree, with the sources by title and locator', () => {
    const view = publicView(doc);
    const start = view.milestones.find((m) => m.id === 'sam-fase-1-start');
    expect(start?.sourcesDisagree?.sources.map((s) => s.title)).toEqual([
      doc.sources.find((s) => s.id === SRC.status)?.title,
      doc.sources.find((s) => s.id === SRC.caseReport)?.title,
    ]);
    expect(view.serviceAreas.find((a) => a.id === 'plan')?.sourcesDisagree?.note.nb).toContain(
      CASE_REPORT.communityStart,
    );
    expect(view.serviceAreas.find((a) => a.id === 'personal')?.status).toBe('notStated');
  });
});

describe('organisation', () => {
  it(`the working groups: participants from each municipality; «${CASE_REPORT.unions}», from no stated municipality`, () => {
    const groups = doc.bodies.filter((b) => b.kind === 'workingGroup');
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      const unions = group.members.filter((m) => m.role === 'unionRepresentative');
      expect(unions).toEqual([{ role: 'unionRepresentative' }]);
      expect(group.source?.locator).toContain(CASE_REPORT.unions);
    }
    // The participation check therefore says none is recorded per municipality: 2 groups × 3 municipalities.
    expect(workingGroupCoverage(doc)).toHaveLength(6);
  });

  it(`the steering group has union representatives from each municipality: «${CASE_REPORT.steering}»`, () => {
    const steering = doc.bodies.find((b) => b.id === 'styringsgruppe');
    const unions = steering?.members.filter((m) => m.role === 'unionRepresentative') ?? [];
    expect(unions.map((m) => m.municipalityNumber)).toEqual(['5027', '5028', '5029']);
    expect(steering?.source?.locator).toContain(CASE_REPORT.steering);
  });

  it(`the joint meeting in April is not a final date: «${PRESENTATION.jointApril}»`, () => {
    const april = doc.meetings.find((m) => m.id === 'felles-formannskap-2026-04-21');
    expect(april?.title.nb).toContain('ikke endelig dato');
    expect(april?.source?.locator).toContain(PRESENTATION.jointApril);
  });
});

describe('the switchboard pilot is conditional', () => {
  it(`«… våren 2026 ${CASE_REPORT.pilot}»`, () => {
    const pilot = milestone('sentralbord-pilot');
    expect(pilot.title.nb).toContain('Mulig utprøving');
    expect(pilot.title.nb).toContain(CASE_REPORT.pilot);
    expect(pilot.source?.locator).toContain(CASE_REPORT.pilot);
    const switchboard = area('sentralbord');
    expect(switchboard.kind).toBe('study');
    expect(switchboard.note).toContain(CASE_REPORT.pilot);
  });
});

describe('baseline', () => {
  it(`Melhus' decentral figures are «${CASE_REPORT.perDato}» and «${CASE_REPORT.today}», not budget 2025`, () => {
    const row = doc.baseline.find((r) => r.scope === 'decentral');
    expect(row?.figureBasis).toBe('asOfDocument');
    const locator = (source: FigureSource | undefined) => (isDocumentSource(source) ? source.locator : '');
    expect(locator(row?.sources.labourCost)).toContain('per dato 4 200 000 kr');
    expect(locator(row?.sources.fte)).toContain(CASE_REPORT.today);
    expect(doc.baseline.filter((r) => r.scope === 'central').every((r) => r.figureBasis === undefined)).toBe(
      true,
    );
  });
});

describe('service areas', () => {
  it(`cites where the community areas are named («${CASE_REPORT.communityAreas}»), not innstilling pkt. 4 alone`, () => {
    const point4 = doc.resolutions[0]?.points[3]?.text;
    expect(point4).toContain(CASE_REPORT.point4);
    expect(point4).not.toMatch(/byggesak|landbruk|geodata/);
    for (const id of ['plan', 'byggesak', 'oppmaling-geodata', 'landbruk']) {
      expect(area(id).source?.locator).toContain(CASE_REPORT.communityAreas);
    }
  });

  it(`has the servicekontor, named only in the presentation («${PRESENTATION.serviceOffice}»)`, () => {
    const office = area('servicekontor');
    expect(office).toMatchObject({
      domain: 'administrative',
      kind: 'study',
      phase: null,
      status: 'notStated',
    });
    expect(office.source).toEqual({
      document: SRC.status,
      locator: expect.stringContaining('servicekontor/arkiv'),
    });
  });

  it(`has «${PRESENTATION.civilProtection}» where the presentation puts it: a network under samfunnsutvikling`, () => {
    const civil = area('samfunnssikkerhet-beredskap');
    expect(civil).toMatchObject({ domain: 'communityDevelopment', kind: 'professionalNetwork' });
    expect(civil.source?.document).toBe(SRC.status);
    expect(civil.note).toContain(PRESENTATION.civilProtection);
  });

  it(`gives no status the seeds do not state for the networks («${PRESENTATION.networks}»)`, () => {
    const networks = doc.serviceAreas.filter((a) => a.kind === 'professionalNetwork');
    expect(networks.map((a) => a.id)).toEqual([
      'samfunnssikkerhet-beredskap',
      'klima-miljo',
      'personal',
      'kommunikasjon',
    ]);
    expect(networks.every((a) => a.status === 'notStated')).toBe(true);
  });
});

describe('references', () => {
  it(`names Trondheimsalliansen («${CASE_REPORT.alliance}») and does not credit NIVI with the 10–30 %`, () => {
    expect(doc.existingCooperations.map((c) => c.id)).toContain('trondheimsalliansen');
    const range = doc.benchmarks.find((b) => b.id === 'andre-samarbeid');
    expect(range?.note).toContain(CASE_REPORT.range);
    expect(range?.note).not.toContain('NIVI');
  });

  it('has only two tracks, as the plan has', () => {
    expect(doc.tracks.map((t) => t.id)).toEqual(['administrative', 'samfunnsutvikling']);
  });
});

// The seeds are copied into the repository as test fixtures (test/fixtures/seeds/PROVENANCE.md).
const SEEDS = join(import.meta.dirname, '../../../test/fixtures/seeds');
const seedText = (prefix: string) => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  return file === undefined ? undefined : readFileSync(join(SEEDS, file), 'utf8').replace(/\s+/g, ' ');
};

describe('the quotes are the seeds’ own words', () => {
  it('finds every presentation quote in 000_… and every saksframlegg quote in 001_…', () => {
    const presentation = seedText('000_') ?? '';
    const caseReport = seedText('001_') ?? '';
    for (const quote of Object.values(PRESENTATION)) expect(presentation).toContain(quote);
    for (const quote of Object.values(CASE_REPORT)) expect(caseReport).toContain(quote);
  });
});
