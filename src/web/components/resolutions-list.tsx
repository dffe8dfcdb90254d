import { Heading } from '@digdir/designsystemet-react';
import type { Resolution } from '../../case/schema/process.ts';
import { useT } from '../i18n/use-t.ts';
import { EmptyState } from './empty-state.tsx';
import { Localized } from './localized.tsx';
import { StatusTag, type TagTone } from './status-tag.tsx';

const POINT_TONE: Record<Resolution['points'][number]['status'], TagTone> = {
  proposed: 'neutral',
  adopted: 'success',
  amended: 'info',
  rejected: 'danger',
  postponed: 'warning',
};

export interface ResolutionsListProps {
  resolutions: readonly Resolution[];
  /**
   * Heading text.
   * @default t('resolutions.title')
   */
  title?: string;
}

/** Recommendations and resolutions with their numbered points and each point's status. */
export function ResolutionsList({ resolutions, title }: ResolutionsListProps) {
  const t = useT();
  return (
    <section aria-labelledby="resolutions-heading" className="overview-section">
      <Heading level={2} data-size="md" id="resolutions-heading">
        {title ?? t('resolutions.title')}
      </Heading>
      {resolutions.length === 0 && <EmptyState message={t('resolutions.empty')} />}
      {resolutions.map((resolution) => (
        <article key={resolution.id} className="resolution" aria-labelledby={`resolution-${resolution.id}`}>
          <Heading level={3} data-size="xs" id={`resolution-${resolution.id}`}>
            {t(`resolutionKind.${resolution.kind}`)}: <Localized text={resolution.title} />
          </Heading>
          <ol className="resolution__points">
            {resolution.points.map((point) => (
              <li key={point.number} value={point.number}>
                <span lang="nb">{point.text}</span>{' '}
                <StatusTag tone={POINT_TONE[point.status]}>{t(`pointStatus.${point.status}`)}</StatusTag>
              </li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}
