/**
 * `npm run bench [-- FILTER]`: measures every registered figure (or those whose name contains FILTER) and
 * prints median and p95 per run in milliseconds. When figures with a peer were measured (the shared peer
 * games), a second table puts Flokk's median beside the Python peer's on the same game file.
 * @module
 */
import { renderTextTable } from '../src/cli/text-table.ts';
import { FIGURES } from './figures.ts';
import { measure, type Measurement } from './harness.ts';
import { peerComparison } from './peer/compare.ts';
import { serverBench } from './server/server-bench.ts';

const filter = process.argv.slice(2).join(' ').toLowerCase();
const selected = FIGURES.filter((figure) => figure.name.toLowerCase().includes(filter));

const ms = (value: number) => value.toFixed(3);
const measurements: Measurement[] = [];
for (const figure of selected) {
  process.stderr.write(`${figure.name} …\n`);
  measurements.push(await measure(figure));
}

process.stdout.write(
  renderTextTable(
    [
      { header: 'figure', align: 'left' },
      { header: 'runs', align: 'right' },
      { header: 'median ms', align: 'right' },
      { header: 'p95 ms', align: 'right' },
      { header: 'min ms', align: 'right' },
    ],
    measurements.map((m) => [m.name, String(m.iterations), ms(m.median), ms(m.p95), ms(m.min)]),
    [],
  ),
);
process.stdout.write(`\nNode ${process.version}, ${process.platform}/${process.arch}\n`);
const peers = peerComparison(measurements);
if (peers !== '') process.stdout.write(`\nPeer comparison (same game file, median ms per run)\n${peers}`);

// The server figures start real server processes and take a minute or two: run with no filter or `server`.
if ('server'.includes(filter) || filter.includes('server')) {
  const figures = await serverBench();
  const fixed = (value: number) => (Number.isNaN(value) ? '' : value.toFixed(1));
  process.stdout.write(
    `\nServer under load (autocannon, ${process.env['FLOKK_BENCH_SECONDS'] ?? 10} s each; latency in ms)\n`,
  );
  process.stdout.write(
    renderTextTable(
      [
        { header: 'storage', align: 'left' },
        { header: 'figure', align: 'left' },
        { header: 'requests', align: 'right' },
        { header: 'req/s', align: 'right' },
        { header: 'p50', align: 'right' },
        { header: 'p95', align: 'right' },
        { header: 'errors', align: 'right' },
        { header: 'goal', align: 'left' },
      ],
      figures.map((f) => [
        f.storage,
        f.name,
        String(f.requests),
        f.perSecond.toFixed(0),
        fixed(f.p50),
        fixed(f.p95),
        String(f.errors),
        f.goal,
      ]),
      [],
    ),
  );
}
