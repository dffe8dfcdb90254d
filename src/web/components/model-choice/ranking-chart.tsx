export interface RankingBar {
  id: string;
  label: string;
  value: number;
  /** The value as shown, e.g. `3,80`. */
  text: string;
}

export interface RankingChartProps {
  /** Describes the chart and points to the table that holds the same figures. */
  label: string;
  bars: readonly RankingBar[];
  /** The top of the scale. */
  max: number;
}

/** Horizontal bars of the weighted sums. The table before it is its text alternative, so the bars are named, not read. */
export function RankingChart({ label, bars, max }: RankingChartProps) {
  return (
    <figure className="ranking-chart">
      <ul aria-hidden="true">
        {bars.map((bar) => (
          <li key={bar.id}>
            <span className="ranking-chart__label">{bar.label}</span>
            <span className="ranking-chart__track">
              <span
                className="ranking-chart__bar"
                style={{ width: `${Math.max(0, Math.min(1, bar.value / max)) * 100}%` }}
              />
            </span>
            <span className="ranking-chart__value">{bar.text}</span>
          </li>
        ))}
      </ul>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
