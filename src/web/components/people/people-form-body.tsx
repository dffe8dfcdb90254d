import { Paragraph } from '@digdir/designsystemet-react';
import type { FormEvent, ReactNode } from 'react';
import type { ProvenanceDraft } from '../../editing/people/people-draft-common.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import { SaveNotices } from '../model-choice/save-notices.tsx';
import { PeopleFormFooter, type PeopleFormFooterProps } from './people-form-footer.tsx';

export interface PeopleFormBodyProps extends PeopleFormFooterProps {
  /** One sentence above the form saying what it edits. */
  intro: string;
  caseId: string;
  saver: RevisionSave;
  /** Which form owns the shared save state, so notices appear on the right form. */
  form: string;
  /** Counts save attempts, so the error summary takes focus again on each. */
  attempt: number;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The form's own fields. */
  children: ReactNode;
}

/** The editable part every people form shares: intro, save notices, the fields, then source, comment and save. */
export function PeopleFormBody({
  intro,
  caseId,
  saver,
  form,
  attempt,
  onSubmit,
  children,
  ...footer
}: PeopleFormBodyProps) {
  return (
    <>
      <Paragraph>{intro}</Paragraph>
      <SaveNotices caseId={caseId} saver={saver} form={form} errors={footer.errors} attempt={attempt} />
      <form noValidate onSubmit={onSubmit}>
        {children}
        <PeopleFormFooter {...footer} />
      </form>
    </>
  );
}

/** An `onProvenance` handler for a draft with a `provenance` part; each field's typing is one undo step. */
export function provenanceUpdater<D extends { provenance: ProvenanceDraft }>(
  update: (key: string, change: (draft: D) => D) => void,
): (change: Partial<ProvenanceDraft>) => void {
  return (change) =>
    update(`provenance-${Object.keys(change).join()}`, (d) => ({
      ...d,
      provenance: { ...d.provenance, ...change },
    }));
}
