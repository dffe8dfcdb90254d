import { Details } from '@digdir/designsystemet-react';
import type { RevisionChange } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';

/** Changes shown before the rest fold away. */
const VISIBLE = 5;

export interface ChangeListProps {
  changes: readonly RevisionChange[];
  /** Revision 1 has nothing to compare with. */
  isFirst: boolean;
}

/** «Melhus, Lønn, regnskap og fakturering: lønnskostnad 5 200 000 kr → 6 200 000 kr», worded by the server. */
function ChangeItem({ change }: { change: RevisionChange }) {
  const t = useT();
  return (
    <li>
      {change.label} <span>{change.beforeText}</span> <span aria-hidden="true">→</span>
      <span className="ds-sr-only">{t('change.to')}</span> <span>{change.afterText}</span>
    </li>
  );
}

/** What changed in a revision: each field in words with its value before → after. */
export function ChangeList({ changes, isFirst }: ChangeListProps) {
  const t = useT();
  if (changes.length === 0) return <>{isFirst ? t('history.firstRevision') : t('history.noChanges')}</>;
  const visible = changes.slice(0, VISIBLE);
  const rest = changes.slice(VISIBLE);
  return (
    <>
      <ul className="change-list">
        {visible.map((change) => (
          <ChangeItem key={change.path} change={change} />
        ))}
      </ul>
      {rest.length > 0 && (
        <Details>
          <Details.Summary>{t('history.showAll', { count: changes.length })}</Details.Summary>
          <Details.Content>
            <ul className="change-list">
              {rest.map((change) => (
                <ChangeItem key={change.path} change={change} />
              ))}
            </ul>
          </Details.Content>
        </Details>
      )}
    </>
  );
}
