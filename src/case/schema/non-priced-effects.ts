/**
 * Non-priced effects (ikke-prissatte virkninger): effects of a cooperation that are judged, not valued in
 * kroner (less vulnerability, stronger professional environments, easier recruitment …). Each effect says
 * where it is named (`source`), and holds one assessment per scenario and municipality by the plus-minus
 * method (`engine/non-priced/plus-minus.ts`): significance and extent, either of which may be not yet
 * assessed (`null`), with the provenance of the assessment. A municipality with no assessment is «ikke
 * vurdert». The consequences are shown beside the priced result and never added into it.
 * @module
 */
import { z } from 'zod';
import { Id, LocalizedParagraph, LocalizedText, MunicipalityNumber, SourceRef, list } from './common.ts';
import { SCALE_MAX, SIGNIFICANCES } from '../../engine/non-priced/plus-minus.ts';
import { Provenance } from './provenance.ts';

export const Significance = z
  .enum(SIGNIFICANCES as ['small', 'medium', 'large'])
  .meta({ description: 'Betydning: small = liten, medium = middels, large = stor' });

export const Extent = z
  .number()
  .int()
  .min(-SCALE_MAX)
  .max(SCALE_MAX)
  .meta({ description: 'Omfang: −4 stort negativt … 0 intet … +4 stort positivt' });

export const NonPricedAssessment = z.strictObject({
  scenarioId: Id.meta({ description: 'Id of a scenario in `scenarios`' }),
  municipality: MunicipalityNumber,
  significance: Significance.nullable().meta({ description: 'null = not assessed' }),
  extent: Extent.nullable().meta({ description: 'null = not assessed' }),
  provenance: Provenance,
});
export type NonPricedAssessment = z.infer<typeof NonPricedAssessment>;

export const NonPricedEffect = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedParagraph.optional(),
  source: SourceRef.optional().meta({ description: 'Where the effect is named' }),
  assessments: list(NonPricedAssessment).default([]),
});
export type NonPricedEffect = z.infer<typeof NonPricedEffect>;
export type NonPricedEffectInput = z.input<typeof NonPricedEffect>;
