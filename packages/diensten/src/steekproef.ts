/**
 * @module
 * Reproduction of a sample of a run's decisions for the auditor's workspace (issue 19): the same
 * draw as `regelmaat beschikking steekproef` (`steekproefVanRun`, the same seed gives the same
 * decisions), each recomputed from its own law version and input snapshot; the count that
 * reproduce and, for each that does not, what differs. Reading the dossiers is logged for every
 * person of each household drawn (`beschikking-reproduceren`).
 */
import {
  beschikkingVersie,
  type Reproductie,
  RunZonderBeschikkingen,
  reproduceerSteekproef,
  steekproefVanRun,
} from '@regelmaat/beschikking';
import { NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { logHuishoudens } from './verwerkingslog';

/** At most this many decisions per request in the web workspace (the CLI takes more). */
export const STEEKPROEF_MAX = 1000;

export interface SteekproefVanRun {
  runId: number;
  inRun: number;
  getrokken: number;
  gelijk: number;
  afwijkend: Reproductie[];
}

export async function reproduceerSteekproefVanRun(
  o: Omgeving,
  ctx: Context,
  vraag: { runId: number; aantal: number; zaad: number },
): Promise<SteekproefVanRun> {
  vereis(ctx, 'beschikking:reproduceren');
  const fouten = [];
  if (!Number.isSafeInteger(vraag.runId) || vraag.runId < 1)
    fouten.push({ naam: 'run', reden: 'is geen run-nummer', code: 'formaat' as const });
  if (!Number.isInteger(vraag.aantal) || vraag.aantal < 1 || vraag.aantal > STEEKPROEF_MAX)
    fouten.push({
      naam: 'aantal',
      reden: `moet tussen 1 en ${STEEKPROEF_MAX} liggen`,
      code: 'te-groot' as const,
    });
  if (!Number.isInteger(vraag.zaad) || vraag.zaad < 0 || vraag.zaad > 2 ** 31 - 1)
    fouten.push({
      naam: 'zaad',
      reden: 'moet een geheel getal van 0 of meer zijn',
      code: 'formaat' as const,
    });
  if (fouten.length) throw new Ongeldig(fouten);
  const start = o.klok();
  return o.db
    .transaction(async (tx) => {
      const u = await reproduceerSteekproef(tx, vraag.runId, {
        aantal: vraag.aantal,
        zaad: vraag.zaad,
        geldend: o.wetgeving,
      });
      // The same draw again (cheap: ids only), for the households whose dossiers were read.
      const huishoudens = new Set<number>();
      for (const id of await steekproefVanRun(tx, vraag.runId, vraag.aantal, vraag.zaad)) {
        const b = await beschikkingVersie(tx, id);
        if (b) huishoudens.add(b.huishoudenId);
      }
      await logHuishoudens(
        o,
        ctx,
        tx,
        'beschikking-reproduceren',
        'steekproef reproduceren',
        [...huishoudens],
        start,
      );
      return u;
    })
    .catch((e) => {
      if (e instanceof RunZonderBeschikkingen)
        throw new NietGevonden(`Run ${vraag.runId} heeft geen beschikkingen.`);
      throw e;
    });
}
