import type { Edit } from '../../editing/edit-lens.ts';
import { useT } from '../../i18n/use-t.ts';
import { ScenarioTextField } from './scenario-text-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface VolumeFieldsProps {
  /** Path of the area, e.g. `scenarios[0].areas[0]`. */
  areaPath: string;
  area: string;
  /** The volume measure the key uses, e.g. «lønnsslipper». */
  measure: string;
  participants: readonly string[];
  /** Figures as typed: municipality → measure → figure. */
  value: Record<string, Record<string, string>>;
  edit: Edit<Record<string, Record<string, string>>>;
}

/** The volume of the chosen measure per participant, which the volume key shares by. */
export function VolumeFields({ areaPath, area, measure, participants, value, edit }: VolumeFieldsProps) {
  const t = useT();
  const { document } = useScenarioForm();
  if (measure.trim() === '') return null;
  return (
    <div className="field-grid">
      {participants.map((municipality) => {
        const name =
          document.participants.find((p) => p.municipalityNumber === municipality)?.name ?? municipality;
        return (
          <ScenarioTextField
            key={municipality}
            path={`${areaPath}.volumes.${municipality}.${measure}`}
            label={{
              field: t('scenarioField.volume', { measure }),
              context: t('scenarioEdit.volumeContext', { municipality: name, area }),
            }}
            value={value[municipality]?.[measure] ?? ''}
            edit={(field, recipe) =>
              edit(field, (volumes) => ({
                ...volumes,
                [municipality]: {
                  ...volumes[municipality],
                  [measure]: recipe(volumes[municipality]?.[measure] ?? ''),
                },
              }))
            }
            inputMode="numeric"
          />
        );
      })}
    </div>
  );
}
