import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseMember } from '../../api/members-api.ts';
import type { CaseRole } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';
import type { FormError } from '../form-error-summary.tsx';
import { ADD_FIELD_ID } from './member-errors.ts';
import { ROLES } from './roles.ts';

export interface AddMemberFormProps {
  /** The errors on the page; those pointing at this form's fields are shown beside them. */
  errors: readonly FormError[];
  /** True while a save is under way. */
  saving: boolean;
  /** Sends the person to the API; resolves with the member on success, `null` on failure. */
  onAdd: (input: {
    email: string;
    displayName: string;
    password: string;
    role: CaseRole;
  }) => Promise<CaseMember | null>;
}

/**
 * Adds a person to the case, creating the account when the e-mail address is new. Name and first password
 * are always asked for and checked, so the form behaves the same whether or not the person has an account.
 */
export function AddMemberForm({ errors, saving, onAdd }: AddMemberFormProps) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<CaseRole>('reader');
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const added = await onAdd({ email: email.trim(), displayName: displayName.trim(), password, role });
    if (added) {
      setEmail('');
      setDisplayName('');
      setPassword('');
      setRole('reader');
    }
  }

  return (
    <section aria-labelledby="member-add-heading" className="overview-section">
      <Heading level={2} data-size="md" id="member-add-heading">
        {t('members.add.heading')}
      </Heading>
      <Paragraph>{t('members.add.introAlways')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="member-add-form">
        <Textfield
          id={ADD_FIELD_ID.email}
          label={t('members.field.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errorFor(ADD_FIELD_ID.email)}
        />
        <Textfield
          id={ADD_FIELD_ID.displayName}
          label={t('members.field.displayName')}
          description={t('members.field.displayNameHintAlways')}
          autoComplete="off"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={errorFor(ADD_FIELD_ID.displayName)}
        />
        <Textfield
          id={ADD_FIELD_ID.password}
          label={t('members.field.password')}
          description={t('members.field.passwordHintPolicy')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errorFor(ADD_FIELD_ID.password)}
        />
        <Field>
          <Label htmlFor={ADD_FIELD_ID.role}>{t('members.field.role')}</Label>
          <Select
            id={ADD_FIELD_ID.role}
            value={role}
            width="auto"
            aria-describedby="member-roles-help"
            onChange={(event) => {
              const next = ROLES.find((r) => r === event.target.value);
              if (next) setRole(next);
            }}
          >
            {ROLES.map((r) => (
              <Select.Option key={r} value={r}>
                {t(`role.${r}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="button-row">
          <Button type="submit" aria-disabled={saving || undefined}>
            {saving ? t('members.saving') : t('members.add.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
