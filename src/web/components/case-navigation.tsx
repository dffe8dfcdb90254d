import { useLayoutEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useCaseRole } from '../hooks/use-case-role.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

export interface CaseNavigationProps {
  caseId: string;
}

/** The case's pages. The current one is marked `aria-current="page"`. */
export function CaseNavigation({ caseId }: CaseNavigationProps) {
  const t = useT();
  const paths = casePaths(caseId);
  const role = useCaseRole(caseId);
  const list = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();
  // On a phone the menu is one line that scrolls sideways (styles.css): bring the current page's link into view.
  // Only the list's own scroll position moves, never the page's (scrollIntoView could scroll the page too).
  useLayoutEffect(() => {
    const ul = list.current;
    const current = ul?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!ul || !current || ul.scrollWidth <= ul.clientWidth) return;
    ul.scrollLeft = current.offsetLeft - ul.offsetLeft - (ul.clientWidth - current.offsetWidth) / 2;
  }, [pathname, role]);
  const links = [
    { to: paths.decision, label: t('nav.decision'), end: true },
    { to: paths.overview, label: t('nav.overview'), end: true },
    { to: paths.baseline, label: t('nav.baseline'), end: true },
    { to: paths.scenarios, label: t('nav.scenarios'), end: false },
    { to: paths.costSharing, label: t('nav.costSharing'), end: true },
    { to: paths.modelChoice, label: t('nav.modelChoice'), end: true },
    { to: paths.process, label: t('nav.process'), end: true },
    { to: paths.people, label: t('nav.people'), end: true },
    { to: paths.switchboard, label: t('nav.switchboard'), end: true },
    { to: paths.benchmark, label: t('nav.benchmark'), end: true },
    { to: paths.operations, label: t('nav.operations'), end: false },
    { to: paths.documents, label: t('nav.documents'), end: true },
    { to: paths.history, label: t('nav.history'), end: false },
    ...(role === 'owner' ? [{ to: paths.members, label: t('nav.members'), end: true }] : []),
    { to: paths.publicStatus, label: t('nav.publicStatus'), end: true },
  ];
  return (
    <nav aria-label={t('nav.case')} className="case-navigation">
      <ul ref={list}>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="ds-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
