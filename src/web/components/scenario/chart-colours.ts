/**
 * Colours of the scenario charts. Each has at least 3:1 contrast to the white background (WCAG 1.4.11)
 * and the two tornado colours differ in lightness too, so they can be told apart without colour vision;
 * the tables beside the charts carry the same information.
 * @module
 */

/** Tornado: the input at its low value (contrast 5.4:1). */
export const LOW_COLOUR = '#b34a00';
/** Tornado: the input at its high value (contrast 8.3:1). */
export const HIGH_COLOUR = '#1f4e8c';
/** Fan chart: the P10–P90 band (contrast 3.1:1). */
export const BAND_COLOUR = '#6d94c9';
/** Fan chart: the P50 line (contrast 13:1). */
export const MEDIAN_COLOUR = '#0b2f63';
/** Reference lines (zero, base case). */
export const RULE_COLOUR = '#1e2b3c';
