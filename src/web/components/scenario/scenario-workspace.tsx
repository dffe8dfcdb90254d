import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Scenario } from '../../../case/schema/scenario.ts';
import { scenarioNeedsSolver } from '../../../case/scenario/resolve-allocation-keys.ts';
import type { CaseView } from '../../api/types.ts';
import { countChanges } from '../../editing/count-changes.ts';
import { focusIndex, focusKey, type Edit } from '../../editing/edit-lens.ts';
import { scenarioDraft, type ScenarioDraft } from '../../editing/scenario/scenario-draft.ts';
import { SCENARIO_COMMENT_ID } from '../../editing/scenario/scenario-field-id.ts';
import { describeScenarioPath, labelText } from '../../editing/scenario/scenario-field-labels.ts';
import { useScenarioSave } from '../../editing/scenario/use-scenario-save.ts';
import { scenarioErrors, validateScenario } from '../../editing/scenario/validate-scenario.ts';
import { useUndoableDraft } from '../../editing/use-undoable-draft.ts';
import { useUnsavedChangesGuard } from '../../hooks/use-unsaved-changes-guard.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { runAnalysis } from '../../model/scenario/run-analysis.ts';
import { useLpSolver } from '../../workers/lp-solver-loader.ts';
import { areaName, municipalityName } from '../../model/scenario/warning-messages.ts';
import { ExplainContext, type ExplainScope } from '../explain/explain-context.tsx';
import { AssumptionsSection } from '../assumptions-section.tsx';
import { UnsavedChangesDialog } from '../unsaved-changes-dialog.tsx';
import { AreaSection } from './area-section.tsx';
import { GrantsSection } from './grants-section.tsx';
import { MonteCarloPanel } from './monte-carlo-panel.tsx';
import { NonPricedEffectsSection } from './non-priced-effects-section.tsx';
import { ScenarioEditNotices } from './scenario-edit-notices.tsx';
import { ScenarioFormContext, type ScenarioFormState } from './scenario-form-context.tsx';
import { ScenarioKeyFigures } from './scenario-key-figures.tsx';
import { ScenarioResults } from './scenario-results.tsx';
import { ScenarioSaveSection } from './scenario-save-section.tsx';
import { ScenarioSettingsSection } from './scenario-settings-section.tsx';

export interface ScenarioWorkspaceProps {
  caseId: string;
  /** The revision editing starts from. Readers get the scenario read-only. */
  view: CaseView;
  /** The scenario, which must be in `view.document`. */
  scenario: Scenario;
  /** Called with the new revision number after a save. */
  onSaved: (revision: number) => void;
}

/**
 * A scenario's page body: its key figures, the editor, the detailed results and the simulation. Every
 * result is computed from the draft as it stands (when it is valid), so the effect of a change shows
 * before it is saved.
 */
export function ScenarioWorkspace({ caseId, view, scenario, onSaved }: ScenarioWorkspaceProps) {
  const t = useT();
  const { language } = useLanguage();
  const readOnly = view.role === 'reader';
  const [initial] = useState(() => scenarioDraft(scenario));
  const draft = useUndoableDraft<ScenarioDraft>(initial);
  const [comment, setComment] = useState('');
  const describe = useCallback(
    (path: string) => {
      const label = describeScenarioPath(path, t, {
        area: (a) => areaName(view.document, scenario.areas[a]?.areaId ?? '', language),
        municipality: (m) => municipalityName(view.document, m),
        grant: (g) => {
          const grantId = scenario.grants[g]?.grantId ?? '';
          const grant = view.document.grants.find((candidate) => candidate.id === grantId);
          return grant ? localized(grant.name, language) : grantId;
        },
      });
      return label && labelText(label);
    },
    [t, view.document, scenario, language],
  );
  const save = useScenarioSave({
    caseId,
    initialDocument: view.document,
    initialRevision: view.revision.revision,
    scenarioId: scenario.id,
    draft,
    language,
    t,
    describe,
    onSaved,
  });
  const index = save.baseDocument.scenarios.findIndex((s) => s.id === scenario.id);
  const validation = useMemo(
    () => validateScenario(save.baseDocument, index, draft.draft, language, t),
    [save.baseDocument, index, draft.draft, language, t],
  );
  // While the draft is invalid the figures stay those of the last valid draft, with a notice.
  const [lastValid, setLastValid] = useState<CaseDocument>(view.document);
  if (validation.ok && validation.document !== lastValid) setLastValid(validation.document);
  const analysedDocument = useDeferredValue(validation.ok ? validation.document : lastValid);
  const needsSolver = useMemo(
    () => scenarioNeedsSolver(analysedDocument, scenario.id),
    [analysedDocument, scenario.id],
  );
  const lp = useLpSolver(needsSolver);
  const outcome = useMemo(
    () => runAnalysis(analysedDocument, scenario.id, { solver: lp.solver, language }),
    [analysedDocument, scenario.id, lp.solver, language],
  );
  const changeCount = useMemo(() => countChanges(draft.saved, draft.draft), [draft.saved, draft.draft]);
  const dirty = !readOnly && (changeCount > 0 || comment.trim() !== '');
  const guard = useUnsavedChangesGuard(dirty);
  const municipalities = view.document.participants.map((p) => ({ id: p.municipalityNumber, name: p.name }));
  const draftProblem = validation.ok
    ? null
    : (scenarioErrors(validation.issues, t, describe).summary[0]?.message ?? '');
  const formState = useMemo<ScenarioFormState>(
    () => ({ readOnly, document: save.baseDocument, errorAt: (path) => save.errors.byPath.get(path) }),
    [readOnly, save.baseDocument, save.errors],
  );
  // The explanations are of the saved revision the draft builds on; the panel says when the draft differs.
  const explainScope = useMemo<ExplainScope>(
    () => ({ caseId, revision: save.baseRevision, unsaved: changeCount > 0 }),
    [caseId, save.baseRevision, changeCount],
  );
  const edit: Edit<ScenarioDraft> = draft.update;
  const at = `scenarios[${index}]`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save.submit(comment, changeCount);
  }

  return (
    <ScenarioFormContext.Provider value={formState}>
      <ExplainContext.Provider value={explainScope}>
        <ScenarioEditNotices caseId={caseId} save={save} />
        <section aria-labelledby="key-figures-heading" className="results-section">
          <Heading level={2} data-size="md" id="key-figures-heading">
            {t('results.keyFigures')}
          </Heading>
          <ScenarioKeyFigures
            outcome={outcome}
            document={analysedDocument}
            scenarioId={scenario.id}
            municipalities={municipalities}
            draftProblem={draftProblem}
            describe={describe}
            solverStatus={lp.status}
          />
        </section>
        <section aria-labelledby="results-heading" className="results-section">
          <Heading level={2} data-size="md" id="results-heading">
            {t('results.heading')}
          </Heading>
          {outcome?.ok && (
            <ScenarioResults
              caseId={caseId}
              scenarioId={scenario.id}
              analysis={outcome.analysis}
              document={analysedDocument}
              municipalities={municipalities}
            />
          )}
        </section>
        {/* Beside the priced result, never added into it (DFØ's plus-minus method). */}
        {outcome?.ok && <NonPricedEffectsSection view={outcome.analysis.nonPriced} language={language} />}
        <section aria-labelledby="simulation-heading" className="results-section">
          <Heading level={2} data-size="md" id="simulation-heading">
            {t('simulation.heading')}
          </Heading>
          <MonteCarloPanel
            readOnly={readOnly}
            input={outcome?.ok ? outcome.analysis.mapped.input : null}
            municipalities={municipalities}
          />
        </section>
        {/* Readers get the results only; editors find the inputs below them, closed until asked for. */}
        {!readOnly && (
          <AssumptionsSection dirty={dirty}>
            <section aria-labelledby="assumptions-heading" className="results-section">
              <Heading level={2} data-size="md" id="assumptions-heading">
                {t('scenarioEdit.heading')}
              </Heading>
              <Paragraph>{t('scenarioEdit.intro')}</Paragraph>
              <Paragraph data-size="sm">{t('edit.basedOn', { revision: save.baseRevision })}</Paragraph>
              <form noValidate onSubmit={submit} className="scenario-form">
                <ScenarioSettingsSection path={at} value={draft.draft} edit={edit} />
                {draft.draft.areas.map((area, a) => (
                  <AreaSection
                    key={area.areaId}
                    path={`${at}.areas[${a}]`}
                    area={areaName(view.document, area.areaId, language)}
                    value={area}
                    edit={focusIndex(focusKey(edit, 'areas'), a)}
                  />
                ))}
                <GrantsSection
                  path={at}
                  value={draft.draft.grants}
                  edit={focusKey(edit, 'grants')}
                  areas={draft.draft.areas}
                />
                <ScenarioSaveSection
                  comment={comment}
                  onCommentChange={setComment}
                  commentError={save.errors.byPath.get(SCENARIO_COMMENT_ID)}
                  changeCount={changeCount}
                  canUndo={draft.canUndo}
                  saving={save.saving}
                  onUndo={() => {
                    draft.undo();
                    save.setStatus(t('edit.undone'));
                  }}
                  onReset={() => {
                    draft.reset();
                    save.setStatus(t('edit.resetDone', { revision: save.baseRevision }));
                  }}
                  status={save.status}
                />
              </form>
            </section>
          </AssumptionsSection>
        )}
        <UnsavedChangesDialog blocker={guard.blocker} />
      </ExplainContext.Provider>
    </ScenarioFormContext.Provider>
  );
}
