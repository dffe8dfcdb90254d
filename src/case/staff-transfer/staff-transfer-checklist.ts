/**
 * The staff-transfer checklist of a case: for each planned transfer (`legalAssessment.staffTransfers`), who
 * employs before and after, what the model means under arbeidsmiljøloven chapter 16, and each duty read
 * against the participation record: the dated meetings with union representatives linked to the change, the
 * meetings that informed the employees themselves (§ 16-6) and those held in a working environment committee.
 * A union representative counts for the employer whose municipality number they carry; the new entity's
 * meetings are the ones the case lists for it.
 * @module
 */
import { legalModelById } from '../../engine/legal/registry.ts';
import {
  modelStaffTransfer,
  reservationDeadline,
  type ModelStaffTransfer,
  type ReservationDeadline,
} from '../../engine/legal/staff-transfer.ts';
import {
  transferDuties,
  type DutyMeeting,
  type DutyResult,
  type TransferEmployer,
} from '../../engine/legal/staff-transfer-duties.ts';
import { decisionDateOf } from '../process/coverage.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { StaffTransfer } from '../schema/model-choice-legal.ts';

/** The id of the new employer when it is a new entity rather than a municipality. */
export const NEW_ENTITY_ID = 'new-entity';

export interface StaffTransferChecklist {
  changeId: string;
  title: LocalizedText;
  modelId: string;
  serviceAreaIds: string[];
  decisionDate: string | null;
  employers: TransferEmployer[];
  consequences: ModelStaffTransfer;
  duties: DutyResult[];
  reservation: ReservationDeadline;
  /** Every duty is met. */
  complete: boolean;
}

function employersOf(
  document: CaseDocument,
  transfer: StaffTransfer,
  modelName: { nb: string; nn: string; en: string },
): TransferEmployer[] {
  const host = transfer.newEmployerMunicipalityNumber;
  const old = document.participants
    .filter((p) => p.municipalityNumber !== host)
    .map((p) => ({ id: p.municipalityNumber, name: p.name, role: 'old' as const, isMunicipality: true }));
  const hostParticipant = document.participants.find((p) => p.municipalityNumber === host);
  const newEmployer: TransferEmployer = hostParticipant
    ? {
        id: hostParticipant.municipalityNumber,
        name: hostParticipant.name,
        role: 'new',
        isMunicipality: true,
      }
    : transfer.newEmployerName !== undefined
      ? { id: NEW_ENTITY_ID, name: transfer.newEmployerName, role: 'new', isMunicipality: false }
      : // Unnamed, the new entity is called by the model's name, in the reader's language.
        { id: NEW_ENTITY_ID, name: modelName.nb, names: modelName, role: 'new', isMunicipality: false };
  return [...old, newEmployer];
}

function meetingsOf(document: CaseDocument, transfer: StaffTransfer): DutyMeeting[] {
  const committees = new Set(
    document.bodies.filter((b) => b.kind === 'workingEnvironmentCommittee').map((b) => b.id),
  );
  return document.participationMeetings
    .filter((m) => m.changeIds.includes(transfer.changeId))
    .map((m) => {
      const unions = m.participants
        .filter((p) => p.role === 'unionRepresentative' && p.municipalityNumber !== undefined)
        .map((p) => p.municipalityNumber as string);
      const forNewEntity = transfer.newEmployerMeetingIds.includes(m.id) ? [NEW_ENTITY_ID] : [];
      return {
        id: m.id,
        date: m.date,
        kind: m.kind,
        unionRepresentativeOf: [...new Set([...unions, ...forNewEntity])],
        employeesInformed: m.participants.some((p) => p.role === 'employee'),
        workingEnvironmentCommittee: m.bodyId !== undefined && committees.has(m.bodyId),
      };
    });
}

/**
 * The checklist of every planned transfer, in the order of the case.
 * @example staffTransferChecklists(doc)[0]?.duties.filter((d) => !d.met).map((d) => d.warning?.nb)
 */
export function staffTransferChecklists(document: CaseDocument): StaffTransferChecklist[] {
  return document.legalAssessment.staffTransfers.flatMap((transfer) => {
    const change = document.staffChanges.find((c) => c.id === transfer.changeId);
    const model = legalModelById(transfer.modelId);
    // The schema's reference check refuses unknown ids; a document that skipped it gets no checklist.
    if (!change || !model) return [];
    const employers = employersOf(document, transfer, model.name);
    const meetings = meetingsOf(document, transfer);
    const decisionDate = decisionDateOf(document, change) ?? null;
    const duties = transferDuties({ employers, meetings, decisionDate });
    const informed = meetings
      .filter((m) => m.employeesInformed && m.kind !== 'discussion')
      .map((m) => m.date);
    const informationDate = informed.sort()[0] ?? null;
    return [
      {
        changeId: change.id,
        title: change.title,
        modelId: model.id,
        serviceAreaIds: [...change.serviceAreaIds],
        decisionDate,
        employers,
        consequences: modelStaffTransfer(model),
        duties,
        reservation: reservationDeadline(informationDate, transfer.reservationDeadline ?? null),
        complete: duties.every((d) => d.met),
      },
    ];
  });
}
