/**
 * An anchored rating scale for scoring each model on each criterion: every level has a description, so
 * that «4» means the same to everyone in the meeting. The default is 1–5 with generic anchors; a criteria
 * set may give its own anchors per criterion (e.g. «5: the partners have equal say in all decisions»).
 * @module
 */

export interface ScaleAnchor {
  level: number;
  label: { nb: string; en: string };
}

export interface AnchoredScale {
  min: number;
  max: number;
  /** One anchor per integer level from `min` to `max`. */
  anchors: readonly ScaleAnchor[];
}

/** Five levels from «does not meet the criterion» to «fully meets it». */
export const DEFAULT_SCALE: AnchoredScale = {
  min: 1,
  max: 5,
  anchors: [
    {
      level: 1,
      label: { nb: 'Svært dårlig: oppfyller ikke kriteriet', en: 'Very poor: does not meet the criterion' },
    },
    {
      level: 2,
      label: {
        nb: 'Dårlig: oppfyller kriteriet i liten grad',
        en: 'Poor: meets the criterion to a small degree',
      },
    },
    {
      level: 3,
      label: { nb: 'Middels: oppfyller kriteriet delvis', en: 'Fair: partly meets the criterion' },
    },
    {
      level: 4,
      label: { nb: 'God: oppfyller kriteriet i stor grad', en: 'Good: largely meets the criterion' },
    },
    {
      level: 5,
      label: { nb: 'Svært god: oppfyller kriteriet fullt ut', en: 'Very good: fully meets the criterion' },
    },
  ],
};

/**
 * True when `score` lies on the scale (between its ends; halves are allowed for «between two anchors»).
 * @example isOnScale(DEFAULT_SCALE, 3.5) // → true
 */
export function isOnScale(scale: AnchoredScale, score: number): boolean {
  return Number.isFinite(score) && score >= scale.min && score <= scale.max;
}
