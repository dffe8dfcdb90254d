/**
 * Where to put the number beside each point of the triangle so that no two labels overlap, and no label covers
 * a point or a corner's name: each label tries positions around its point (right, left, above, below, then the
 * diagonals, then further out) and takes the first whose box is clear of everything placed before it.
 * @module
 */

/** An axis-aligned box in SVG units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  /** The text's anchor point (SVG `x`, `y` with a baseline at `y`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface LabelMetrics {
  /** Font size in SVG units; a digit is about 0.6 of it wide. */
  fontSize: number;
  /** Half the size of a point's mark, plus room. */
  clearance: number;
}

const DEFAULT_METRICS: LabelMetrics = { fontSize: 14, clearance: 9 };

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function boxOf(x: number, y: number, anchor: PlacedLabel['anchor'], width: number, fontSize: number): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // A baseline at y: the digits rise about 0.75 of the font size above it and nothing hangs below.
  return { left, top: y - fontSize * 0.75, right: left + width, bottom: y + fontSize * 0.1 };
}

/** The candidate positions around a point at distance `d`, best first. */
function candidates(px: number, py: number, d: number, fontSize: number) {
  const mid = fontSize * 0.35; // lifts a baseline so the digits' middle is level with the point
  return [
    { x: px + d, y: py + mid, anchor: 'start' as const },
    { x: px - d, y: py + mid, anchor: 'end' as const },
    { x: px, y: py - d, anchor: 'middle' as const },
    { x: px, y: py + d + fontSize * 0.75, anchor: 'middle' as const },
    { x: px + d, y: py - d, anchor: 'start' as const },
    { x: px - d, y: py - d, anchor: 'end' as const },
    { x: px + d, y: py + d + fontSize * 0.5, anchor: 'start' as const },
    { x: px - d, y: py + d + fontSize * 0.5, anchor: 'end' as const },
  ];
}

/**
 * Places a label for each point, in order, clear of the labels before it, of every point's mark and of
 * `obstacles` (the corners' names). Falls back to the first position when nothing within reach is clear.
 * @example placeLabels([{ at: [0, 0], text: '1' }, { at: [4, 0], text: '2' }]).map((l) => l.anchor) // → ['end', 'start']
 */
export function placeLabels(
  points: readonly { at: readonly [number, number]; text: string }[],
  obstacles: readonly Box[] = [],
  metrics: LabelMetrics = DEFAULT_METRICS,
): PlacedLabel[] {
  const { fontSize, clearance } = metrics;
  const marks = points.map(({ at: [x, y] }) => ({
    left: x - clearance + 3,
    top: y - clearance + 3,
    right: x + clearance - 3,
    bottom: y + clearance - 3,
  }));
  const taken: Box[] = [...obstacles, ...marks];
  return points.map(({ at: [px, py], text }) => {
    const width = text.length * fontSize * 0.6;
    let first: PlacedLabel | null = null;
    for (const d of [clearance + 5, clearance + 14, clearance + 26]) {
      for (const c of candidates(px, py, d, fontSize)) {
        const placed = { ...c, box: boxOf(c.x, c.y, c.anchor, width, fontSize) };
        first ??= placed;
        if (!taken.some((b) => boxesOverlap(b, placed.box))) {
          taken.push(placed.box);
          return placed;
        }
      }
    }
    const fallback = first as PlacedLabel;
    taken.push(fallback.box);
    return fallback;
  });
}
