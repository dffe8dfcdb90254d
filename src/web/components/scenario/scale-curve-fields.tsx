import { Button, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import {
  MAX_SCALE_POINTS,
  MIN_SCALE_POINTS,
  addScalePoint,
  newScaleDraft,
  removeScalePoint,
  type ScaleDraft,
} from '../../editing/scenario/scale-draft.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import { areaContext, scalePointContext } from '../../editing/scenario/scenario-field-labels.ts';
import { useT } from '../../i18n/use-t.ts';
import { ProvenanceField } from './provenance-field.tsx';
import { ScenarioTextField } from './scenario-text-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface ScaleCurveFieldsProps {
  /** Path of the curve, e.g. `scenarios[0].areas[0].scale`. */
  path: string;
  area: string;
  value: ScaleDraft | null;
  edit: Edit<ScaleDraft | null>;
}

/**
 * An area's economies-of-scale curve: points (FTE, share of the whole unit's savings) and where they come
 * from, or none (every group saves the same share). The heading carries the curve's id, so links from the
 * result land here.
 */
export function ScaleCurveFields({ path, area, value, edit }: ScaleCurveFieldsProps) {
  const t = useT();
  const { readOnly } = useScenarioForm();
  const context = areaContext(t, area);
  const toggle = useRef<HTMLButtonElement>(null);
  const addPoint = useRef<HTMLButtonElement>(null);
  // After adding the curve or a point focus moves to the new first field; after removing, to the button left.
  const focusAfterChange = useRef<string | null>(null);
  const count = value?.points.length ?? 0;
  useEffect(() => {
    const target = focusAfterChange.current;
    if (target === null) return;
    focusAfterChange.current = null;
    const element =
      target === 'toggle'
        ? toggle.current
        : target === 'add'
          ? addPoint.current
          : document.getElementById(target);
    element?.focus();
  }, [count]);
  const editCurve: Edit<ScaleDraft> = (field, recipe) =>
    edit(field, (curve) => (curve === null ? curve : recipe(curve)));
  const editPoints = focusKey(editCurve, 'points');
  return (
    <div className="scale-curve">
      <Heading level={4} data-size="2xs" id={fieldIdFor(path)} tabIndex={-1}>
        {t('scenarioEdit.scaleHeading')}
        <span className="ds-sr-only"> {context}</span>
      </Heading>
      <Paragraph data-size="sm">{t('scenarioEdit.scaleHint')}</Paragraph>
      {value === null ? (
        <>
          <Paragraph data-size="sm">{t('scenarioEdit.noScale')}</Paragraph>
          {!readOnly && (
            <Button
              ref={toggle}
              variant="secondary"
              data-size="sm"
              onClick={() => {
                focusAfterChange.current = fieldIdFor(`${path}.points[1].fte`);
                edit(`${path}+`, () => newScaleDraft());
              }}
            >
              {t('scenarioEdit.addScale')}
              <span className="ds-sr-only"> {context}</span>
            </Button>
          )}
        </>
      ) : (
        <>
          <Fieldset className="row-fieldset">
            <Fieldset.Legend>
              {t('scenarioEdit.scalePoints')} <span className="ds-sr-only">{context}</span>
            </Fieldset.Legend>
            {value.points.map((point, i) => {
              const pointContext = scalePointContext(t, i, area);
              const pointPath = `${path}.points[${i}]`;
              return (
                // Points have no id of their own; the index is what the schema's paths name.
                <div className="field-grid scale-point" key={i}>
                  <ScenarioTextField
                    path={`${pointPath}.fte`}
                    label={{ field: t('scenarioField.scaleFte'), context: pointContext }}
                    value={point.fte}
                    edit={(field, recipe) =>
                      editPoints(field, (points) =>
                        points.map((p, j) => (j === i ? { ...p, fte: recipe(p.fte) } : p)),
                      )
                    }
                    size={8}
                  />
                  <ScenarioTextField
                    path={`${pointPath}.relative`}
                    label={{ field: t('scenarioField.scaleRelative'), context: pointContext }}
                    value={point.relative}
                    edit={(field, recipe) =>
                      editPoints(field, (points) =>
                        points.map((p, j) => (j === i ? { ...p, relative: recipe(p.relative) } : p)),
                      )
                    }
                    size={6}
                  />
                  {!readOnly && count > MIN_SCALE_POINTS && (
                    <Button
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      onClick={() => {
                        focusAfterChange.current = 'add';
                        editCurve(`${path}.points-${i}-${count}`, (curve) => removeScalePoint(curve, i));
                      }}
                    >
                      {t('scenarioEdit.removePoint', { n: i + 1 })}
                      <span className="ds-sr-only"> {context}</span>
                    </Button>
                  )}
                </div>
              );
            })}
            {!readOnly && count < MAX_SCALE_POINTS && (
              <Button
                ref={addPoint}
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  focusAfterChange.current = fieldIdFor(`${path}.points[${count}].fte`);
                  editCurve(`${path}.points+${count}`, addScalePoint);
                }}
              >
                {t('scenarioEdit.addPoint')}
                <span className="ds-sr-only"> {context}</span>
              </Button>
            )}
          </Fieldset>
          <ProvenanceField
            path={`${path}.provenance`}
            quantity={t('scenarioField.scale').toLocaleLowerCase()}
            context={context}
            value={value.provenance}
            edit={focusKey(editCurve, 'provenance')}
          />
          {!readOnly && (
            <Button
              ref={toggle}
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={() => {
                focusAfterChange.current = 'toggle';
                edit(`${path}-`, () => null);
              }}
            >
              {t('scenarioEdit.removeScale')}
              <span className="ds-sr-only"> {context}</span>
            </Button>
          )}
        </>
      )}
    </div>
  );
}
