import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Observable Plot's module, loaded on demand so only the scenario pages download it. */
export type PlotModule = typeof import('@observablehq/plot');

/** Below this a chart's axes have no room left; a narrower column scales the drawing down instead. */
const MIN_WIDTH = 280;

/**
 * The width of an element in whole pixels, kept up to date as the window or the layout changes; 0 until it is
 * measured (the chart waits for that rather than drawing at a guessed width first).
 */
function useContainerWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export interface PlotFigureProps {
  /** The chart's accessible name, e.g. «Tornadodiagram: netto nåverdi når én inndata endres». */
  label: string;
  /** One or two sentences saying what the chart shows; visible under it and its accessible description. */
  summary: string;
  /**
   * Draws the chart `width` pixels wide (the width of its column, so it never widens the page and its text
   * keeps its size on a phone); keep it stable (`useCallback`) so it is drawn again only when data or width change.
   */
  render: (plot: PlotModule, width: number) => Element;
  /** The summary of the `<details>` holding the table. */
  tableLabel: string;
  /** The same figures as a table, for screen readers and anyone who prefers numbers. */
  table: ReactNode;
  /** Colour key under the chart, in words. */
  legend?: ReactNode;
}

/**
 * A chart drawn with Observable Plot: an image with a name and a description (`role="img"`), a visible
 * text summary, and the figures as a table in a `<details>`. The SVG itself is hidden from assistive
 * technology, which gets the summary and the table instead.
 */
export function PlotFigure({ label, summary, render, tableLabel, table, legend }: PlotFigureProps) {
  const container = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  const [failed, setFailed] = useState(false);
  const width = useContainerWidth(container);
  useEffect(() => {
    if (width === 0) return undefined;
    let cancelled = false;
    const target = container.current;
    import('@observablehq/plot').then(
      (plot) => {
        if (cancelled || !target) return;
        const chart = render(plot, Math.max(MIN_WIDTH, width));
        chart.setAttribute('aria-hidden', 'true');
        target.replaceChildren(chart);
      },
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      target?.replaceChildren();
    };
  }, [render, width]);
  return (
    <figure className="plot-figure">
      {!failed && (
        <div
          ref={container}
          className="plot-figure__chart"
          role="img"
          aria-label={label}
          aria-describedby={summaryId}
        />
      )}
      {legend}
      <Paragraph id={summaryId} data-size="sm" className="plot-figure__summary">
        {summary}
      </Paragraph>
      <Details>
        <Details.Summary>{tableLabel}</Details.Summary>
        <Details.Content>{table}</Details.Content>
      </Details>
    </figure>
  );
}
