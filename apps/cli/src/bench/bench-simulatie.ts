/**
 * @module
 * `npm run bench:simulatie [-- --huishoudens N] [--hervorming H] [--threads T]`: households per
 * second of a reform run (baseline + every part, on worker threads, from the columnar snapshot),
 * printed beside the engine's single-core batch rate measured in the same run on the same
 * households. A run computes each household once per scenario, so its ceiling on T threads is
 * T × the single-core rate ÷ the number of scenarios; the share of that ceiling is the figure
 * that travels between machines. The machine is shared: figures are indications, not a test.
 */

import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BatchRekenaar, REGELINGEN, wetgeving } from '@regelmaat/law';
import { momentopname, SimulatieWerkers, SituatieLezer, scenariosVan, simuleer } from '@regelmaat/simulatie';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { leesHervormingArgument, WERKER } from '../opdrachten/simuleer';

const MB = 1024 * 1024;

/** One core, the published law, batch path: households per second over the snapshot (median of 3). */
function enkeleKern(p: ReturnType<typeof momentopname>['populatie']): number {
  const n = p.kop.aantallen.huishouden;
  const lezer = new SituatieLezer(p.kolommen, p.kop);
  const rekenaar = new BatchRekenaar(wetgeving());
  const uit = rekenaar.nieuweBedragen();
  const pass = () => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) rekenaar.bereken(lezer.lees(i), uit);
    return performance.now() - t0;
  };
  pass();
  const ms = [pass(), pass(), pass()].sort((a, b) => a - b)[1]!;
  return n / (ms / 1000);
}

export async function runSimulatieBenchmark(args: string[]): Promise<void> {
  const a = ontleed(args, { waarden: ['huishoudens', 'hervorming', 'threads', 'seed'] });
  const huishoudens = geheelGetal(a, 'huishoudens', 200_000, 1, 9_000_000);
  const threads = geheelGetal(a, 'threads', Math.min(2, availableParallelism()), 1, 64);
  const hervorming = leesHervormingArgument(a.waarden.get('hervorming') ?? 'kinderopvangtoeslag-96-procent');
  if (!existsSync(fileURLToPath(WERKER))) throw new GebruiksFout('eerst npm run build');
  console.log(
    `Regelmaat simulatiebenchmark — ${hervorming.naam}, ${huishoudens.toLocaleString('nl-NL')} huishoudens, ${threads} threads, Node ${process.version}`,
  );
  let t0 = performance.now();
  const { populatie, gelezen, pad } = momentopname({ jaar: hervorming.jaar as 2026, huishoudens, seed: 1 });
  console.log(
    `  momentopname ${gelezen ? 'gelezen' : 'gegenereerd en geschreven'} (${pad}): ${(performance.now() - t0).toFixed(0)} ms, ${(populatie.buffer.byteLength / MB).toFixed(0)} MB`,
  );
  const n = populatie.kop.aantallen.huishouden;
  const scenarios = scenariosVan(hervorming);
  const aantalScenarios = 1 + scenarios.stappen.length;

  const kern = enkeleKern(populatie);
  console.log(
    `  engine, 1 kern, batchpad:          ${Math.round(kern).toLocaleString('nl-NL')} huishoudens/s`,
  );

  // A cold run (threads start, laws load, JIT warms up), then three timed runs on the same threads
  // (as the server keeps them); the median counts.
  t0 = performance.now();
  const koud = await simuleer({ populatie, hervorming, scenarios, threads, werker: WERKER });
  console.log(
    `  koude run (threads starten):         ${(performance.now() - t0).toFixed(0)} ms, waarvan wetten laden ${koud.laadMs.toFixed(0)} ms, rekenen ${koud.rekenMs.toFixed(0)} ms`,
  );
  const werkers = new SimulatieWerkers(WERKER, threads);
  // The budget and the distribution only (werklastStap 0): the path the speed goal is about. The
  // first run on the pool computes the baseline and each thread keeps it (basisBewaren); the
  // three timed runs take it from memory and compute the reform's side only. The same three runs
  // without the kept baseline (every household read, the baseline computed) are timed beside them.
  const eerste = await simuleer({ populatie, hervorming, scenarios, werkers, werklastStap: 0 });
  console.log(
    `  eerste warme run (basis berekend en bewaard): ${eerste.rekenMs.toFixed(0)} ms rekenen per thread, ${eerste.berekeningen.toLocaleString('nl-NL')} regelingberekeningen`,
  );
  const meet = async (basisBewaren: boolean) => {
    const tijden: number[] = [];
    let u = eerste;
    for (let i = 0; i < 3; i++) {
      t0 = performance.now();
      u = await simuleer({ populatie, hervorming, scenarios, werkers, werklastStap: 0, basisBewaren });
      tijden.push(performance.now() - t0);
    }
    return { tijden, ms: [...tijden].sort((x, y) => x - y)[1]!, u };
  };
  const zonder = await meet(false);
  await simuleer({ populatie, hervorming, scenarios, werkers, werklastStap: 0 });
  const met = await meet(true);
  const ms = met.ms;
  if (!met.u.basisUitGeheugen) throw new Error('de bewaarde basis werd niet gebruikt');
  // With the workload on its default sample (every household up to 100,000, a sample above).
  t0 = performance.now();
  const metWerklast = await simuleer({ populatie, hervorming, scenarios, werkers });
  const werklastMs = performance.now() - t0;
  await werkers.sluit();
  const tempo = n / (ms / 1000);
  const plafond = (threads * kern) / aantalScenarios;
  const alles = n * aantalScenarios * REGELINGEN.length;
  const regel = (naam: string, m: { tijden: number[]; ms: number; u: typeof eerste }) => {
    const t = n / (m.ms / 1000);
    console.log(
      `  simulatie zonder werklast, ${naam}, ${aantalScenarios} scenario's, ${threads} threads: mediaan ${m.ms.toFixed(0)} ms → ${Math.round(t).toLocaleString('nl-NL')} huishoudens/s (runs: ${m.tijden.map((x) => x.toFixed(0)).join(', ')} ms); ${m.u.gelezen.toLocaleString('nl-NL')} huishoudens gelezen, ${m.u.berekeningen.toLocaleString('nl-NL')} van ${alles.toLocaleString('nl-NL')} regelingberekeningen (${((100 * m.u.berekeningen) / alles).toFixed(1)}%); ${((100 * t) / plafond).toFixed(0)}% van het plafond`,
    );
  };
  regel('zonder bewaarde basis', zonder);
  regel('met bewaarde basis (warme threads)', met);
  console.log(
    `  plafond bij volledig rekenen: ${threads} × ${Math.round(kern).toLocaleString('nl-NL')} ÷ ${aantalScenarios} scenario's = ${Math.round(plafond).toLocaleString('nl-NL')} huishoudens/s (${((n / plafond) * 1000).toFixed(0)} ms voor deze ${n.toLocaleString('nl-NL')}); boven 100% = minder gerekend dan alles, zie de regelingberekeningen`,
  );
  console.log(
    `  geschat voor 5,5 mln huishoudens: ${(5_500_000 / tempo).toFixed(1)} s met bewaarde basis, ${((5_500_000 * zonder.ms) / n / 1000).toFixed(1)} s zonder (doel < 5 s; gedeelde machine, load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')})`,
  );
  const steekproef = metWerklast.resultaat.werklast.steekproef;
  console.log(
    `  met werklast en grensgevallen (uitvalregels, definitieve berekening en inkomen ± € 1.000 op ${steekproef.toLocaleString('nl-NL')} huishoudens, beide kanten): ${werklastMs.toFixed(0)} ms`,
  );
  // What counting the workload on every household would cost: the extra time of this run over the
  // budget path, per counted household, times all households (the same threads).
  const perHuishouden = Math.max(0, werklastMs - ms) / steekproef;
  const alle = (aantal: number) => ((ms / n) * aantal + perHuishouden * aantal) / 1000;
  console.log(
    `  werklast per geteld huishouden: ${(perHuishouden * 1000).toFixed(0)} µs (${threads} threads) = ${((perHuishouden * n) / ms).toFixed(1)} × de begroting per huishouden`,
  );
  console.log(
    `  geschat met werklast op álle huishoudens: ${n.toLocaleString('nl-NL')} in ${alle(n).toFixed(1)} s; 5,5 mln in ${alle(5_500_000).toFixed(0)} s (doel < 5 s: ${alle(5_500_000) < 5 ? 'gehaald' : 'niet gehaald, dus een steekproef met 95%-interval'})`,
  );
  console.log(
    `  geheugen: RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB nu, piek ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (hoofdproces met zijn threads)`,
  );
}
