import { NavLink } from 'react-router';
import { useT } from '../../i18n/use-t.ts';
import { casePaths } from '../../routes/case-paths.ts';

export interface OperationsTabsProps {
  caseId: string;
}

/**
 * The three pages of running the cooperation, shown at the top of each: budget and a-konto, the annual
 * settlement, benefit realisation. The current one is marked `aria-current="page"`.
 */
export function OperationsTabs({ caseId }: OperationsTabsProps) {
  const t = useT();
  const paths = casePaths(caseId);
  const links = [
    { to: paths.operations, label: t('operations.tab.budget') },
    { to: paths.settlement, label: t('operations.tab.settlement') },
    { to: paths.benefits, label: t('operations.tab.benefits') },
  ];
  return (
    <nav aria-label={t('operations.tabs')} className="operations-tabs">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end className="ds-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
