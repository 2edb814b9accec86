/**
 * @module
 * `npm run bench:cli [-- --herhalingen N]`: how fast the `regelmaat` command starts, against a bare
 * `node -e ''` measured in the same run (so the ratio travels between machines). Each command runs
 * N times, interleaved, as a new process with its output to /dev/null; prints the median wall time
 * of each and the ratio to bare node. Goal: `regelmaat bereken <example>` ≤ 4× bare node. A
 * figure, not a pass/fail test.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';

const BIN = fileURLToPath(new URL('../../bin/regelmaat.mjs', import.meta.url));
/** An example household shipped in the repository: four toeslagen, a partner from July. */
const VOORBEELD = fileURLToPath(
  new URL('../../../../packages/law/examples/gezin-met-kinderopvang-2026.json', import.meta.url),
);

interface Meting {
  naam: string;
  args: string[];
  ms: number[];
}

/** Wall time of one process start to exit, in ms; refuses a command that fails. */
function eenStart(args: string[]): number {
  const begin = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - begin;
  if (r.status !== 0) {
    throw new GebruiksFout(`${args.join(' ')} stopte met code ${r.status}: ${r.stderr.toString().trim()}`);
  }
  return ms;
}

export function mediaan(waarden: readonly number[]): number {
  const s = [...waarden].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function runCliBenchmark(args: string[]): Promise<void> {
  const a = ontleed(args, { waarden: ['herhalingen'] });
  const n = geheelGetal(a, 'herhalingen', 21, 1, 1_000);
  const metingen: Meting[] = [
    { naam: "node -e ''", args: ['-e', ''], ms: [] },
    { naam: 'regelmaat --help', args: [BIN, '--help'], ms: [] },
    { naam: 'regelmaat bereken <voorbeeld>', args: [BIN, 'bereken', VOORBEELD], ms: [] },
  ];
  console.log(
    `Regelmaat CLI-start — ${n} keer per opdracht, afwisselend, mediaan van de wandkloktijd, Node ${process.version}`,
  );
  console.log(`  voorbeeld: packages/law/examples/gezin-met-kinderopvang-2026.json`);
  // Once each first, unmeasured: the files are then in the page cache for every measured start.
  for (const m of metingen) eenStart(m.args);
  for (let i = 0; i < n; i++) for (const m of metingen) m.ms.push(eenStart(m.args));
  const basis = mediaan(metingen[0]!.ms);
  for (const m of metingen) {
    const t = mediaan(m.ms);
    console.log(
      `  ${m.naam.padEnd(30)} ${t.toFixed(0).padStart(6)} ms   ${(t / basis).toFixed(1).padStart(5)}× node`,
    );
  }
  const bereken = mediaan(metingen[2]!.ms) / basis;
  console.log(
    `  doel: bereken ≤ 4× node — ${bereken <= 4 ? 'gehaald' : 'niet gehaald'} (${bereken.toFixed(1)}×)`,
  );
}
