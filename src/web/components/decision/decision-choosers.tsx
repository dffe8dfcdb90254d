import { Link } from 'react-router';
import type { LocalizedText } from '../../../case/schema/common.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { municipalitySlug } from './municipality-slug.ts';

export interface DecisionChoosersProps {
  municipalities: { number: string; name: string }[];
  municipality: string;
  scenarios: { id: string; name: LocalizedText }[];
  scenarioId: string;
}

/** Which municipality and scenario: links, not form fields, so the page has nothing to fill in. */
export function DecisionChoosers({
  municipalities,
  municipality,
  scenarios,
  scenarioId,
}: DecisionChoosersProps) {
  const t = useT();
  const { language } = useLanguage();
  const href = (slug: string, scenario: string) =>
    `?${new URLSearchParams({ kommune: slug, scenario }).toString()}`;
  const current = municipalities.find((m) => m.number === municipality);
  const currentSlug = current ? municipalitySlug(current.name) : '';
  return (
    <div className="decision-choosers">
      <nav aria-label={t('decision.municipalityChooser')} className="decision-chooser">
        <span className="decision-chooser__label" aria-hidden="true">
          {t('decision.municipalityChooser')}:
        </span>
        <ul>
          {municipalities.map((m) => (
            <li key={m.number}>
              <Link
                className="ds-link"
                to={href(municipalitySlug(m.name), scenarioId)}
                aria-current={m.number === municipality ? 'page' : undefined}
              >
                {m.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {scenarios.length > 1 && (
        <nav aria-label={t('decision.scenarioChooser')} className="decision-chooser">
          <span className="decision-chooser__label" aria-hidden="true">
            {t('decision.scenarioChooser')}:
          </span>
          <ul>
            {scenarios.map((s) => (
              <li key={s.id}>
                <Link
                  className="ds-link"
                  to={href(currentSlug, s.id)}
                  aria-current={s.id === scenarioId ? 'page' : undefined}
                >
                  {localized(s.name, language)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
