/**
 * @module
 * The trend of the fairness reports over runs: per rule, per run its rate, its reviewed and changed
 * selections and how many flags it had, oldest run first.
 */
import type { Ppm } from '@regelmaat/kernel';
import type { Eerlijkheidsrapport } from './rapport';

export interface RunVanTrend {
  runId: number;
  soort: string;
  jaar: number;
  rapport: Eerlijkheidsrapport;
}

export interface TrendPunt {
  runId: number;
  soort: string;
  jaar: number;
  huishoudens: number;
  geselecteerd: number;
  aandeel: Ppm;
  beoordeeld: number;
  gewijzigd: number;
  vlaggen: number;
}

export interface RegelTrend {
  code: string;
  punten: TrendPunt[];
}

export function eerlijkheidTrend(runs: readonly RunVanTrend[]): RegelTrend[] {
  const opVolgorde = [...runs].sort((a, b) => a.runId - b.runId);
  const codes: string[] = [];
  for (const r of opVolgorde)
    for (const c of r.rapport.regels) if (!codes.includes(c.code)) codes.push(c.code);
  return codes.map((code) => ({
    code,
    punten: opVolgorde.flatMap((run) => {
      const c = run.rapport.regels.find((x) => x.code === code);
      if (!c) return [];
      return [
        {
          runId: run.runId,
          soort: run.soort,
          jaar: run.jaar,
          huishoudens: run.rapport.huishoudens,
          geselecteerd: c.geselecteerd,
          aandeel: c.aandeel,
          beoordeeld: c.beoordeeld,
          gewijzigd: c.gewijzigd,
          vlaggen: c.vlaggen.length,
        },
      ];
    }),
  }));
}
