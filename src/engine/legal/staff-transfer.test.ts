import { describe, expect, it } from 'vitest';
import { formatReference } from './legal-reference.ts';
import { legalModelById } from './registry.ts';
import { addDays, modelStaffTransfer, reservationDeadline } from './staff-transfer.ts';
import { transferDuties, type DutyMeeting, type TransferEmployer } from './staff-transfer-duties.ts';

function model(id: string) {
  const found = legalModelById(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

const SKAUN: TransferEmployer = { id: '5029', name: 'Skaun', role: 'old', isMunicipality: true };
const GAULDAL: TransferEmployer = { id: '5027', name: 'Midtre Gauldal', role: 'old', isMunicipality: true };
const MELHUS: TransferEmployer = { id: '5028', name: 'Melhus', role: 'new', isMunicipality: true };
const EMPLOYERS = [GAULDAL, SKAUN, MELHUS];
const DECISION = '2026-06-18';

const meeting = (
  id: string,
  date: string,
  unions: string[],
  extra: Partial<DutyMeeting> = {},
): DutyMeeting => ({
  id,
  date,
  kind: 'informationAndDiscussion',
  unionRepresentativeOf: unions,
  employeesInformed: false,
  workingEnvironmentCommittee: false,
  ...extra,
});

const section16_5 = (meetings: DutyMeeting[]) =>
  transferDuties({ employers: EMPLOYERS, meetings, decisionDate: DECISION }).filter(
    (d) => d.code === 'section16_5',
  );

describe('§ 16-5 duties of the old and the new employer (aml. § 16-5 [S30e])', () => {
  it('warns for every employer until each has a dated discussion with its own union representatives before the decision', () => {
    expect(section16_5([]).map((d) => [d.employer?.name, d.met])).toEqual([
      ['Midtre Gauldal', false],
      ['Skaun', false],
      ['Melhus', false],
    ]);
    // One meeting with the old employers' representatives no longer clears the warning for the new employer.
    const oldOnly = section16_5([meeting('m1', '2026-05-04', ['5027', '5029'])]);
    expect(oldOnly.map((d) => d.met)).toEqual([true, true, false]);
    const melhus = oldOnly[2]!;
    expect(melhus.missing).toEqual(['information', 'discussion']);
    expect(melhus.warning?.nb).toBe(
      'Informasjon og drøfting med tillitsvalgte (aml. § 16-5): mangler datert informasjon og datert drøfting for Melhus (ny arbeidsgiver) før vedtaket 2026-06-18.',
    );
    expect(melhus.warning?.nn).toContain('manglar');
    // A meeting after the decision does not count.
    expect(
      section16_5([meeting('m1', '2026-05-04', ['5027', '5029']), meeting('m2', '2026-06-20', ['5028'])])[2]!
        .met,
    ).toBe(false);
    const both = section16_5([
      meeting('m1', '2026-05-04', ['5027', '5029']),
      meeting('m2', '2026-05-11', ['5028']),
    ]);
    expect(both.every((d) => d.met)).toBe(true);
    expect(both[2]!.meetings).toEqual([{ id: 'm2', date: '2026-05-11', kind: 'informationAndDiscussion' }]);
    expect(both[2]!.references.map(formatReference)).toEqual(['arbeidsmiljøloven § 16-5']);
  });

  it('needs both information and discussion: an information meeting alone leaves the discussion missing', () => {
    const info = section16_5([meeting('m1', '2026-05-04', ['5029'], { kind: 'information' })]);
    expect(info[1]!.missing).toEqual(['discussion']);
  });

  it('asks for a decision date when none is recorded', () => {
    const duties = transferDuties({ employers: EMPLOYERS, meetings: [], decisionDate: null });
    expect(duties.find((d) => d.code === 'section16_5')?.missing).toEqual(['decisionDate']);
  });

  it('lists § 16-6 information to employees, Hovedavtalen per municipality and AMU, the last two flagged', () => {
    const duties = transferDuties({
      employers: EMPLOYERS,
      meetings: [
        meeting('ansatte', '2026-05-20', [], { kind: 'information', employeesInformed: true }),
        meeting('amu', '2026-05-25', ['5029'], { workingEnvironmentCommittee: true }),
      ],
      decisionDate: DECISION,
    });
    expect(duties.map((d) => d.code)).toEqual([
      'section16_5',
      'section16_5',
      'section16_5',
      'section16_6',
      'hovedavtalen',
      'hovedavtalen',
      'hovedavtalen',
      'amu',
    ]);
    expect(duties.find((d) => d.code === 'section16_6')?.met).toBe(true);
    expect(duties.find((d) => d.code === 'amu')?.met).toBe(true);
    expect(duties.filter((d) => d.code === 'hovedavtalen').map((d) => d.unconfirmed)).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe('the reservation right (aml. § 16-3 [L9])', () => {
  it('sets the deadline at least 14 days after the § 16-6 information and flags one set too early', () => {
    expect(addDays('2026-02-20', 14)).toBe('2026-03-06');
    const deadline = reservationDeadline('2026-05-20', '2026-05-29');
    expect(deadline.earliestDeadline).toBe('2026-06-03');
    expect(deadline.tooShort).toBe(true);
    expect(reservationDeadline('2026-05-20', '2026-06-03').tooShort).toBe(false);
    expect(reservationDeadline(null).earliestDeadline).toBeNull();
  });

  it('gives the consequence: a one-year priority right to re-employment with the old employer', () => {
    const host = modelStaffTransfer(model('vertskommune-administrativ'));
    expect(host.chapter16.value).toBe('applies');
    expect(host.reservation?.consequence.text.nb).toContain(
      'fortrinnsrett til ny ansettelse hos den gamle arbeidsgiveren i ett år',
    );
    expect(host.reservation?.deadline.text.nb).toContain('ikke være kortere enn 14 dager');
    expect(host.reservation?.deadline.references.map(formatReference)).toEqual(['arbeidsmiljøloven § 16-3']);
    // Whether the employment ends on objecting is not confirmed (LAW-ADDENDUM § 2, [L13]).
    expect(host.reservation?.consequence.unconfirmed).toBe(true);
  });

  it('says who employs before and after, and that no one moves in a network', () => {
    expect(modelStaffTransfer(model('interkommunalt-selskap')).employerAfter.value).toBe('ownEntity');
    expect(modelStaffTransfer(model('vertskommune-nemnd')).employerAfter.value).toBe('hostMunicipality');
    const network = modelStaffTransfer(model('fagnettverk'));
    expect(network.chapter16.value).toBe('noTransfer');
    expect(network.reservation).toBeNull();
    expect(modelStaffTransfer(model('kjop-av-tjenester')).chapter16.value).toBe('appliesIfStaffMove');
  });
});
