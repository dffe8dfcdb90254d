import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { CoreTriangle } from '../../../case/cost-sharing/core-triangle.ts';
import { formatNok, formatNumber } from '../../../i18n/format.ts';
import type { CostSharingResponse } from '../../api/cost-sharing-api.ts';
import { useT } from '../../i18n/use-t.ts';
import {
  CORNERS,
  groupPoints,
  numberList,
  toXy,
  viewBox,
} from '../../model/cost-sharing/triangle-geometry.ts';
import { placeLabels, type Box } from '../../model/cost-sharing/label-placement.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface CoreTriangleFigureProps {
  comparison: CostSharingResponse;
  analysis: NonNullable<CostSharingResponse['analysis']>;
}

const percent = (value: number) => `${formatNumber(value * 100, 1)} %`;
const points = (xy: readonly [number, number][]) =>
  xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** Where a corner's name goes: above the top corner, below the bottom ones. */
/** The SVG's font size (cost-sharing.css, `.core-triangle__svg`). */
const FONT_SIZE = 14;

const LABEL_OFFSET: readonly [number, number, 'middle' | 'end' | 'start'][] = [
  [0, -14, 'middle'],
  [-6, 26, 'start'],
  [6, 26, 'end'],
];

function CoreShape({ triangle }: { triangle: CoreTriangle }) {
  const xy = triangle.core.map(toXy);
  if (xy.length === 0) return null;
  if (xy.length === 1) {
    const [x, y] = xy[0] as [number, number];
    return <circle className="core-region" cx={x} cy={y} r={10} />;
  }
  if (xy.length === 2) return <polyline className="core-region core-region--line" points={points(xy)} />;
  return <polygon className="core-region" points={points(xy)} />;
}

/** The description read out for the figure and shown under it: the core's shape and who is inside. */
function describe(
  triangle: CoreTriangle,
  labels: Map<string, string>,
  names: string[],
  t: ReturnType<typeof useT>,
) {
  const shares = (at: readonly number[]) =>
    names.map((name, i) => `${name} ${percent(at[i] ?? 0)}`).join(', ');
  const core =
    triangle.core.length === 0
      ? t('costSharing.triangleCoreEmpty')
      : triangle.core.length === 1
        ? t('costSharing.triangleCorePoint', { shares: shares(triangle.core[0] ?? []) })
        : t('costSharing.triangleCoreArea', { count: triangle.core.length });
  const list = (inCore: boolean) =>
    triangle.points.filter((p) => p.inCore === inCore).map((p) => labels.get(p.id) ?? p.id);
  const inside = list(true);
  const outside = list(false);
  return [
    core,
    inside.length > 0 ? t('costSharing.triangleInside', { names: inside.join(', ') }) : '',
    outside.length > 0 ? t('costSharing.triangleOutside', { names: outside.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The core of a three-municipality game as a triangle of savings (barycentric SVG): the core shaded, each
 * allocation a numbered point (filled circle in the core, open square outside), with a text description and
 * the same figures as tables.
 */
export function CoreTriangleFigure({ comparison, analysis }: CoreTriangleFigureProps) {
  const t = useT();
  const triangle = analysis.triangle;
  if (!triangle) {
    return (
      <section aria-labelledby="triangle-heading" className="cost-sharing-section">
        <Heading level={3} data-size="sm" id="triangle-heading">
          {t('costSharing.triangleHeading')}
        </Heading>
        <Paragraph>{t('costSharing.noTriangle')}</Paragraph>
      </section>
    );
  }
  const names = triangle.players.map((m) => comparison.players.find((p) => p.municipality === m)?.name ?? m);
  const labels = new Map(analysis.allocations.map((row) => [row.id, row.label]));
  const numbers = new Map(analysis.allocations.map((row, i) => [row.id, i + 1]));
  const groups = groupPoints(triangle.points);
  const cornerTexts = CORNERS.map((_, i) => t('costSharing.corner', { name: names[i] ?? '' }));
  // The corners' names, as boxes the point labels must keep clear of (a digit is about 0.6 em wide).
  const cornerBoxes: Box[] = CORNERS.map(([x, y], i) => {
    const [dx, dy, anchor] = LABEL_OFFSET[i] ?? [0, 0, 'middle'];
    const width = (cornerTexts[i] ?? '').length * FONT_SIZE * 0.6;
    const left = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - width : x + dx - width / 2;
    return { left, top: y + dy - FONT_SIZE, right: left + width, bottom: y + dy + 3 };
  });
  const placed = placeLabels(
    groups.map((group) => ({
      at: toXy(group.at),
      text: numberList(group.members.map((m) => numbers.get(m.id) ?? 0)),
    })),
    cornerBoxes,
  );
  const description = describe(triangle, labels, names, t);
  const cornersCaption = t('costSharing.cornersCaption');
  const pointsCaption = t('costSharing.pointsCaption');
  return (
    <section aria-labelledby="triangle-heading" className="cost-sharing-section">
      <Heading level={3} data-size="sm" id="triangle-heading">
        {t('costSharing.triangleHeading')}
      </Heading>
      <Paragraph>
        {t('costSharing.triangleIntro', { saving: formatNok(Math.round(triangle.totalSaving)) })}
      </Paragraph>
      <figure className="core-triangle">
        <svg
          viewBox={viewBox(triangle.points.map((p) => p.at))}
          role="img"
          aria-labelledby="triangle-title triangle-description"
          className="core-triangle__svg"
        >
          <title id="triangle-title">{t('costSharing.triangleTitle')}</title>
          <desc id="triangle-description">{description}</desc>
          <polygon className="savings-triangle" points={points(CORNERS)} />
          <CoreShape triangle={triangle} />
          {CORNERS.map(([x, y], i) => {
            const [dx, dy, anchor] = LABEL_OFFSET[i] ?? [0, 0, 'middle'];
            return (
              <text key={i} x={x + dx} y={y + dy} textAnchor={anchor} className="corner-label">
                {cornerTexts[i]}
              </text>
            );
          })}
          {groups.map((group, i) => {
            const [x, y] = toXy(group.at);
            const place = placed[i];
            const inCore = group.members.every((m) => m.inCore);
            const label = numberList(group.members.map((m) => numbers.get(m.id) ?? 0));
            return (
              <g key={label} className={inCore ? 'allocation-point in-core' : 'allocation-point'}>
                {inCore ? (
                  <circle cx={x} cy={y} r={5} />
                ) : (
                  <rect x={x - 5} y={y - 5} width={10} height={10} />
                )}
                {/* Placed clear of the other labels, the points and the corners' names. */}
                <text x={place?.x ?? x + 14} y={place?.y ?? y + 5} textAnchor={place?.anchor ?? 'start'}>
                  {label}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>
          <Paragraph data-size="sm">{description}</Paragraph>
        </figcaption>
      </figure>
      <Heading level={4} data-size="xs" id="triangle-legend-heading">
        {t('costSharing.triangleLegend')}
      </Heading>
      <ol className="triangle-legend" aria-labelledby="triangle-legend-heading">
        {analysis.allocations.map((row) => (
          <li key={row.id}>{row.label}</li>
        ))}
      </ol>
      <details className="triangle-table">
        <summary>{t('costSharing.triangleTable')}</summary>
        {triangle.core.length > 0 && (
          <ScrollRegion label={cornersCaption}>
            <Table border data-color="neutral">
              <caption>{cornersCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('costSharing.colCorner')}</Table.HeaderCell>
                  {names.map((name) => (
                    <Table.HeaderCell scope="col" key={name} className="numeric">
                      {name}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {triangle.core.map((corner, k) => (
                  <Table.Row key={k}>
                    <Table.HeaderCell scope="row">{k + 1}</Table.HeaderCell>
                    {corner.map((value, i) => (
                      <Table.Cell key={i} className="numeric">
                        {percent(value)}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        )}
        <ScrollRegion label={pointsCaption}>
          <Table border data-color="neutral">
            <caption>{pointsCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('costSharing.colNumber')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('costSharing.colAllocation')}</Table.HeaderCell>
                {names.map((name) => (
                  <Table.HeaderCell scope="col" key={name} className="numeric">
                    {name}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell scope="col">{t('costSharing.colCore')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {triangle.points.map((point) => (
                <Table.Row key={point.id}>
                  <Table.Cell>{numbers.get(point.id)}</Table.Cell>
                  <Table.HeaderCell scope="row">{labels.get(point.id)}</Table.HeaderCell>
                  {point.at.map((value, i) => (
                    <Table.Cell key={i} className="numeric">
                      {percent(value)}
                    </Table.Cell>
                  ))}
                  <Table.Cell>{point.inCore ? t('costSharing.yes') : t('costSharing.no')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </details>
    </section>
  );
}
