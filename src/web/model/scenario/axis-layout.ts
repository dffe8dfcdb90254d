/**
 * Room for a bottom axis title below its tick labels. Observable Plot puts the title's bottom edge
 * `labelOffset` pixels below the axis line (by default `marginBottom − 3`) and each tick label's top edge
 * `tickSize + tickPadding` below it; with the defaults and a 13 px font the two overlap. Here the title gets a
 * row of its own, centred, under the tick labels.
 * @module
 */

export interface BottomAxisLayout {
  marginBottom: number;
  labelOffset: number;
  labelAnchor: 'center';
  tickSize: number;
  tickPadding: number;
}

/** A line of text takes this many times its font size. */
const LINE = 1.2;
/** Space between the tick labels and the title. */
const GAP = 6;

/**
 * @example bottomAxisLayout(13) // → { marginBottom: 51, labelOffset: 47, labelAnchor: 'center', tickSize: 6, tickPadding: 3 }
 */
export function bottomAxisLayout(fontSize: number, tickSize = 6, tickPadding = 3): BottomAxisLayout {
  const tickLabelsBottom = tickSize + tickPadding + fontSize * LINE;
  const labelOffset = Math.ceil(tickLabelsBottom + GAP + fontSize * LINE);
  return { marginBottom: labelOffset + 4, labelOffset, labelAnchor: 'center', tickSize, tickPadding };
}

/** The vertical extents (px below the axis line) of the tick labels and the title, for checking they do not meet. */
export function bottomAxisExtents(layout: BottomAxisLayout, fontSize: number) {
  return {
    tickLabels: [
      layout.tickSize + layout.tickPadding,
      layout.tickSize + layout.tickPadding + fontSize * LINE,
    ],
    title: [layout.labelOffset - fontSize * LINE, layout.labelOffset],
  } as const;
}
