import type { ResolvedDisagreement } from '../../case/process/source-disagreement.ts';
import { useT } from '../i18n/use-t.ts';
import { Localized } from './localized.tsx';
import { StatusTag } from './status-tag.tsx';

export interface SourcesDisagreeProps {
  /** Nothing is shown when there is none. */
  disagreement: ResolvedDisagreement | undefined;
}

/** «Kildene er uenige» as a tag, with what each source says and where, in a disclosure beside it. */
export function SourcesDisagree({ disagreement }: SourcesDisagreeProps) {
  const t = useT();
  if (disagreement === undefined) return null;
  return (
    <div className="sources-disagree">
      <StatusTag tone="warning">{t('sources.disagree')}</StatusTag>
      <details className="sources-disagree__details">
        <summary>{t('sources.disagreeDetails')}</summary>
        <p className="sources-disagree__note">
          <Localized text={disagreement.note} />
        </p>
        <p className="sources-disagree__cited">
          {t('sources.cited')}:{' '}
          {disagreement.sources
            .map((source) => [source.title, source.locator].filter(Boolean).join(': '))
            .join(' · ')}
        </p>
      </details>
    </div>
  );
}
