import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { CriteriaSetChoice } from '../../../case/model-choice/analyse-model-choice.ts';
import { legalModelById } from '../../../engine/legal/registry.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { TermList } from '../terms/term.tsx';

/**
 * The answer first: for each criteria set with a ranking, which lawful model comes out best and which next;
 * when nobody has weighted yet, that there is no ranking and where to look instead.
 */
export function ModelChoiceAnswer({ sets }: { sets: readonly CriteriaSetChoice[] }) {
  const t = useT();
  const { language } = useLanguage();
  const modelName = (id: string) => {
    const model = legalModelById(id);
    return model ? localized(model.name, language) : id;
  };
  const answers = sets.flatMap((set) => {
    const ranked = set.ranking?.ranking.ranking ?? [];
    const [first, second] = ranked;
    if (!first) return [];
    const params = { set: localized(set.name, language), first: modelName(first.id) };
    return [
      {
        id: set.criteriaSetId,
        text: second
          ? t('answer.modelChoice', { ...params, second: modelName(second.id) })
          : t('answer.modelChoiceOne', params),
      },
    ];
  });
  return (
    <section aria-labelledby="answer-heading" className="model-choice-section">
      <Heading level={2} data-size="md" id="answer-heading">
        {t('answer.heading')}
      </Heading>
      {answers.length === 0 ? (
        <Paragraph className="results-answer" data-size="lg">
          {t('answer.modelChoiceNone')}
        </Paragraph>
      ) : (
        answers.map((a) => (
          <Paragraph key={a.id} className="results-answer" data-size="lg">
            {a.text}
          </Paragraph>
        ))
      )}
      <TermList ids={['ahp', 'aip', 'aij']} />
    </section>
  );
}
