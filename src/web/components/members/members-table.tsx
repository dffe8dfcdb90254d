import { Button, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { CaseMember } from '../../api/members-api.ts';
import type { CaseRole } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';
import type { FormError } from '../form-error-summary.tsx';
import { ConfirmRemoveDialog } from './confirm-remove-dialog.tsx';
import { ConfirmRoleDialog } from './confirm-role-dialog.tsx';
import { roleFieldId } from './member-errors.ts';
import { isDemotionFromOwner, ROLES } from './roles.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface MembersTableProps {
  members: readonly CaseMember[];
  /** The signed-in user's id, to mark "(you)" and to confirm stepping down. */
  currentUserId: string | undefined;
  errors: readonly FormError[];
  saving: boolean;
  onChangeRole: (member: CaseMember, role: CaseRole) => void;
  /** Takes the member out of the case; called after the owner has confirmed. */
  onRemove: (member: CaseMember) => void;
}

/**
 * The members with a role select, a save button and a remove button per row. Stepping down, demoting the
 * last owner and removing anyone are confirmed first.
 */
export function MembersTable({
  members,
  currentUserId,
  errors,
  saving,
  onChangeRole,
  onRemove,
}: MembersTableProps) {
  const t = useT();
  const [drafts, setDrafts] = useState<Record<string, CaseRole>>({});
  const [pending, setPending] = useState<{ member: CaseMember; role: CaseRole } | null>(null);
  const [removing, setRemoving] = useState<CaseMember | null>(null);
  const owners = members.filter((m) => m.role === 'owner').length;

  function save(member: CaseMember) {
    const role = drafts[member.userId] ?? member.role;
    const demoting = isDemotionFromOwner(member.role, role);
    if (demoting && (member.userId === currentUserId || owners <= 1)) setPending({ member, role });
    else onChangeRole(member, role);
  }

  return (
    <>
      <ScrollRegion>
        <Table border data-color="neutral" className="members-table">
          <caption>{t('members.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('members.colName')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('members.colEmail')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('members.colRole')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('members.colChange')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('members.colRemove')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {members.map((member) => {
              const id = roleFieldId(member.userId);
              const invalid = errors.some((e) => e.fieldId === id);
              const name =
                member.userId === currentUserId
                  ? t('members.you', { name: member.displayName })
                  : member.displayName;
              return (
                <Table.Row key={member.userId}>
                  <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                  <Table.Cell>{member.email}</Table.Cell>
                  <Table.Cell>{t(`role.${member.role}`)}</Table.Cell>
                  <Table.Cell>
                    <div className="member-role-change">
                      <Select
                        id={id}
                        aria-label={t('members.roleFor', { name: member.displayName })}
                        aria-describedby="member-roles-help"
                        aria-invalid={invalid || undefined}
                        width="auto"
                        value={drafts[member.userId] ?? member.role}
                        onChange={(event) => {
                          const next = ROLES.find((r) => r === event.target.value);
                          if (next) setDrafts({ ...drafts, [member.userId]: next });
                        }}
                      >
                        {ROLES.map((r) => (
                          <Select.Option key={r} value={r}>
                            {t(`role.${r}`)}
                          </Select.Option>
                        ))}
                      </Select>
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={t('members.saveRoleFor', { name: member.displayName })}
                        aria-disabled={saving || undefined}
                        onClick={() => {
                          if (!saving) save(member);
                        }}
                      >
                        {t('members.saveRole')}
                      </Button>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      aria-label={t('members.removeFor', { name: member.displayName })}
                      aria-disabled={saving || undefined}
                      onClick={() => {
                        if (!saving) setRemoving(member);
                      }}
                    >
                      {t('members.remove')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <ConfirmRoleDialog
        pending={pending}
        isSelf={pending?.member.userId === currentUserId}
        isLastOwner={owners <= 1}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) onChangeRole(pending.member, pending.role);
          setPending(null);
        }}
      />
      <ConfirmRemoveDialog
        pending={removing}
        isSelf={removing?.userId === currentUserId}
        isLastOwner={removing?.role === 'owner' && owners <= 1}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) onRemove(removing);
          setRemoving(null);
        }}
      />
    </>
  );
}
