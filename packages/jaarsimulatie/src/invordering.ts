/**
 * @module
 * Recovery collection after the definitive calculation (issue 20): the recoveries the definitive
 * decisions set become `vordering`s in the ledger (the definitive run books them, and a decision
 * that goes out after a zienswijze is booked then); the monthly invordering run (Awir art. 28–30:
 * interest after the last day to pay, offsets, reminders) is run through the product's own service
 * (`invorderingRun`) on the first of each month for the month that ended. Afterwards the team
 * lead's counts (`invorderingCijfers`, aggregates without personal data) are read.
 */
import {
  type InvorderingRapport,
  invorderingCijfers,
  invorderingRun,
  type Omgeving,
} from '@regelmaat/diensten';
import type { Invordering } from './resultaat';
import { teamleider } from './rollen';

export class Invorderingen {
  readonly runs: InvorderingRapport[] = [];

  constructor(private readonly o: Omgeving) {}

  /** The run for `maand` (YYYY-MM, ended by the simulated clock). */
  async maand(maand: string): Promise<void> {
    this.runs.push(await invorderingRun(this.o, { maand }));
  }

  /** The ledger's counts on the simulated day and what the runs booked. */
  async cijfers(): Promise<Invordering> {
    const c = await invorderingCijfers(this.o, teamleider('invordering'));
    const som = (f: (x: InvorderingRapport) => number) => this.runs.reduce((a, x) => a + f(x), 0);
    return {
      runs: this.runs.map((x) => x.maand),
      vorderingen: c.totaal,
      perGrootte: c.perGrootte,
      openstaand: c.open,
      achterstallig: c.achterstalligZonderRegeling,
      afbetaald: c.afbetaald,
      rente: { aantal: som((x) => x.rente.aantal), som: som((x) => x.rente.bedrag) },
      verrekening: { aantal: som((x) => x.verrekening.aantal), som: som((x) => x.verrekening.bedrag) },
      herinneringen: c.herinneringen,
      aanmaningen: c.aanmaningen,
      inRegeling: c.inRegeling,
      metBegeleider: c.metBegeleider,
    };
  }
}
