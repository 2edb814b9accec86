/**
 * @module
 * Recovery collection after the definitive calculation (issue 20): the recoveries the definitive
 * decisions set become `vordering`s in the ledger (the definitive run books them, and a decision
 * that goes out after a zienswijze is booked then); the monthly invordering run (Awir art. 28–30:
 * interest after the last day to pay, offsets, reminders) is run through the product's own service
 * (`invorderingRun`) on the first of each month for the month that ended. Afterwards the ledger is
 * read as totals (no person's data): what was set, what is still owed, the plans and guides.
 */
import { type InvorderingRapport, invorderingRun, type Omgeving } from '@regelmaat/diensten';
import type { Invordering } from './resultaat';

/** The months after the definitive run the collection runs for, and what each run booked. */
export class Invorderingen {
  readonly runs: InvorderingRapport[] = [];

  constructor(private readonly o: Omgeving) {}

  /** The run for `maand` (YYYY-MM, ended by the simulated clock). */
  async maand(maand: string): Promise<void> {
    this.runs.push(await invorderingRun(this.o, { maand }));
  }

  /** The ledger and the runs' figures, as totals. */
  async cijfers(): Promise<Invordering> {
    const q = async (sql: string) => (await this.o.db.query<{ n: string; s: string }>(sql)).rows[0]!;
    const v = await q('SELECT count(*) AS n, coalesce(sum(bedrag), 0) AS s FROM vordering');
    const saldo = await q(
      'SELECT count(*) AS n, coalesce(sum(s), 0) AS s FROM (SELECT sum(bedrag) AS s FROM boeking GROUP BY vordering_id HAVING sum(bedrag) > 0) x',
    );
    const r = await q('SELECT count(*) AS n, 0 AS s FROM betalingsregeling');
    const b = await q('SELECT count(*) AS n, 0 AS s FROM begeleiding');
    const som = (f: (x: InvorderingRapport) => number) => this.runs.reduce((a, x) => a + f(x), 0);
    return {
      runs: this.runs.map((x) => x.maand),
      vorderingen: { aantal: Number(v.n), som: Number(v.s) },
      openstaand: { aantal: Number(saldo.n), som: Number(saldo.s) },
      rente: { aantal: som((x) => x.rente.aantal), som: som((x) => x.rente.bedrag) },
      verrekening: { aantal: som((x) => x.verrekening.aantal), som: som((x) => x.verrekening.bedrag) },
      herinneringen: som((x) => x.herinneringen),
      aanmaningen: som((x) => x.aanmaningen),
      betalingsregelingen: Number(r.n),
      begeleidingen: Number(b.n),
    };
  }
}
