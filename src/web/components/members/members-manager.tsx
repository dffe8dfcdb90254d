import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { putMember, type CaseMember, type PutMemberRequest } from '../../api/members-api.ts';
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
  const { user } = useSession();
  const [members, setMembers] = useState<readonly CaseMember[]>(initialMembers);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  async function send(body: PutMemberRequest, roleField?: string): Promise<CaseMember | null> {
    setSaving(true);
    setFailure(null);
    setStatus('');
    try {
      const saved = await putMember(caseId, body);
      setMembers((current) => upsert(current, saved));
      setErrors([]);
      return saved;
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

  async function add(input: { email: string; displayName: string; password: string; role: CaseRole }) {
    const saved = await send({
      email: input.email,
      role: input.role,
      ...(input.displayName === '' ? {} : { displayName: input.displayName }),
      ...(input.password === '' ? {} : { password: input.password }),
    });
    if (saved) setStatus(t('members.added', { name: saved.displayName, role: t(`role.${saved.role}`) }));
    return saved;
  }

  async function changeRole(member: CaseMember, role: CaseRole) {
    const saved = await send({ email: member.email, role }, roleFieldId(member.userId));
    if (saved) setStatus(t('members.roleSaved', { name: saved.displayName, role: t(`role.${saved.role}`) }));
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
      />
      <RoleHelp />
      <AddMemberForm errors={errors} saving={saving} onAdd={add} />
    </>
  );
}
