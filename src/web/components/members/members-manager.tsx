import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import {
  getMembers,
  putMember,
  removeMember,
  type CaseMember,
  type PutMemberRequest,
} from '../../api/members-api.ts';
import type { CaseRole } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useSession } from '../../session/session-context.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';
import { SaveFailedAlert } from '../save-failed-alert.tsx';
import { AddMemberForm } from './add-member-form.tsx';
import { memberFormErrors, roleFieldId } from './member-errors.ts';
import { MembersTable } from './members-table.tsx';
import { RoleHelp } from './role-help.tsx';

export interface MembersManagerProps {
  caseId: string;
  initialMembers: readonly CaseMember[];
}

function upsert(members: readonly CaseMember[], member: CaseMember): CaseMember[] {
  const rest = members.filter((m) => m.userId !== member.userId);
  return [...rest, member].sort((a, b) => a.email.localeCompare(b.email));
}

/** The members table and the add-person form, sharing one error summary and one live region. */
export function MembersManager({ caseId, initialMembers }: MembersManagerProps) {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const [members, setMembers] = useState<readonly CaseMember[]>(initialMembers);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  /** Runs one change, showing a validation refusal in the summary (pointing at `roleField` for a row). */
  async function run<T>(change: () => Promise<T>, roleField?: string): Promise<T | null> {
    setSaving(true);
    setFailure(null);
    setStatus('');
    try {
      const result = await change();
      setErrors([]);
      return result;
    } catch (error) {
      if (isApiError(error) && error.code === 'validation') {
        setErrors(memberFormErrors(error.issues, t, roleField));
        setAttempt((n) => n + 1);
      } else {
        setErrors([]);
        setFailure(error);
      }
      return null;
    } finally {
      setSaving(false);
    }
  }

  function send(body: PutMemberRequest, roleField?: string): Promise<CaseMember | null> {
    return run(async () => {
      const saved = await putMember(caseId, body);
      setMembers((current) => upsert(current, saved));
      return saved;
    }, roleField);
  }

  async function add(input: { email: string; displayName: string; password: string; role: CaseRole }) {
    // Name and password go along every time: the answer is the same whether or not the account existed.
    const saved = await run(async () => {
      const echoed = await putMember(caseId, input);
      // The answer echoes what was sent; the list says what the account is really called.
      setMembers(await getMembers(caseId));
      return echoed;
    });
    if (saved) setStatus(t('members.added', { name: saved.displayName, role: t(`role.${saved.role}`) }));
    return saved;
  }

  async function changeRole(member: CaseMember, role: CaseRole) {
    const saved = await send({ email: member.email, role }, roleFieldId(member.userId));
    if (saved) setStatus(t('members.roleSaved', { name: saved.displayName, role: t(`role.${saved.role}`) }));
  }

  async function remove(member: CaseMember) {
    const done = await run(async () => {
      await removeMember(caseId, member.userId);
      setMembers((current) => current.filter((m) => m.userId !== member.userId));
      return true;
    }, roleFieldId(member.userId));
    if (!done) return;
    // Someone who removed themselves can no longer see the case.
    if (member.userId === user?.id) void navigate('/');
    else setStatus(t('members.removed', { name: member.displayName }));
  }

  return (
    <>
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
      {failure !== null && <SaveFailedAlert error={failure} />}
      {errors.length > 0 && (
        <FormErrorSummary key={attempt} heading={t('members.errorSummary')} errors={errors} />
      )}
      <Paragraph>{t('members.intro')}</Paragraph>
      <MembersTable
        members={members}
        currentUserId={user?.id}
        errors={errors}
        saving={saving}
        onChangeRole={(member, role) => void changeRole(member, role)}
        onRemove={(member) => void remove(member)}
      />
      <RoleHelp />
      <AddMemberForm errors={errors} saving={saving} onAdd={add} />
    </>
  );
}
