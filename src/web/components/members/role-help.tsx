import { Heading } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/use-t.ts';
import { ROLES } from './roles.ts';

/** Explains what each role may do; the role selects point here with `aria-describedby`. */
export function RoleHelp() {
  const t = useT();
  return (
    <section aria-labelledby="member-roles-heading" className="overview-section">
      <Heading level={2} data-size="sm" id="member-roles-heading">
        {t('members.rolesHeading')}
      </Heading>
      <ul id="member-roles-help">
        {ROLES.map((role) => (
          <li key={role}>{t(`members.roleHelp.${role}`)}</li>
        ))}
      </ul>
    </section>
  );
}
