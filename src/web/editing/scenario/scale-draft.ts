/**
 * The economies-of-scale curve of an area as the editor holds it: points (FTE, share of the whole unit's
 * savings, in percent) in increasing FTE, and where the curve comes from. No curve (`null`): every group of
 * municipalities saves the same share.
 * @module
 */
import type { ScaleCurve } from '../../../case/schema/scenario.ts';
import { numberToInput } from '../parse-number.ts';
import { toInput } from './distribution-draft.ts';
import { newProvenanceDraft, provenanceDraft, type ProvenanceDraft } from './provenance-draft.ts';

export interface ScalePointDraft {
  /** FTE of the joint unit, as typed. */
  fte: string;
  /** Its savings share relative to the whole area's unit, in percent (100: the same share). */
  relative: string;
}

export interface ScaleDraft {
  points: ScalePointDraft[];
  provenance: ProvenanceDraft;
}

/** The schema's bounds: at least two points, at most 50. */
export const MIN_SCALE_POINTS = 2;
export const MAX_SCALE_POINTS = 50;

export function scaleDraft(scale: ScaleCurve | undefined): ScaleDraft | null {
  if (!scale) return null;
  return {
    points: scale.points.map((point) => ({
      fte: numberToInput(point.fte),
      relative: toInput(point.relative, 'percent'),
    })),
    provenance: provenanceDraft(scale.provenance),
  };
}

/**
 * A new curve: nothing saved at 0 FTE, the whole unit's share at the FTE still to be typed, and a
 * placeholder provenance.
 * @example newScaleDraft().points // → [{ fte: '0', relative: '0' }, { fte: '', relative: '100' }]
 */
export function newScaleDraft(): ScaleDraft {
  return {
    points: [
      { fte: '0', relative: '0' },
      { fte: '', relative: '100' },
    ],
    provenance: newProvenanceDraft(),
  };
}

/** A point after the last one, to fill in. */
export function addScalePoint(draft: ScaleDraft): ScaleDraft {
  if (draft.points.length >= MAX_SCALE_POINTS) return draft;
  return { ...draft, points: [...draft.points, { fte: '', relative: '' }] };
}

/** Without point `index`; a curve keeps its two points. */
export function removeScalePoint(draft: ScaleDraft, index: number): ScaleDraft {
  if (draft.points.length <= MIN_SCALE_POINTS) return draft;
  return { ...draft, points: draft.points.filter((_, i) => i !== index) };
}
