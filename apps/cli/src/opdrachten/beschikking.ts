/**
 * `regelmaat beschikking reproduceer <id>` — recomputes a decision with the dossier as known then
 * and its own kept parameter set (the law in force when that set was not kept); exit 0 when it
 * matches, 4 when it does not. `regelmaat beschikking steekproef --run <id> [--aantal N]` does the
 * same for a sample of a run's decisions and prints how many reproduce, how fast, and why each
 * other one does not.
 */

import {
  BeschikkingNietGevonden,
  type Reproductie,
  RunZonderBeschikkingen,
  reproduceer,
  reproduceerSteekproef,
} from '@regelmaat/beschikking';
import { wetgeving } from '@regelmaat/law';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { voortgangsbalk } from '../voortgangsbalk';
import { metDatabase } from './database';
import type { Io } from './io';

const PARAMETERSET = {
  bewaard: 'de eigen, bewaarde parameterset',
  'niet-bewaard': 'de parameterset van de beschikking is niet bewaard: met de geldende',
  onleesbaar: 'de bewaarde parameterset is niet te laden: met de geldende',
} as const;

const euro = (c: number) => `€ ${(c / 100).toLocaleString('nl-NL', { minimumFractionDigits: 0 })}`;

const afwijking = (r: Reproductie): string =>
  `  beschikking ${r.beschikkingId} (${r.regeling}): ${r.verschillen.join('; ')}`;

async function steekproef(rest: string[], io: Io): Promise<number> {
  const a = ontleed(rest, { waarden: ['run', 'aantal', 'zaad'] });
  const runId = geheelGetal(a, 'run', undefined, 1, Number.MAX_SAFE_INTEGER);
  const aantal = geheelGetal(a, 'aantal', 1000, 1, 1_000_000);
  const zaad = geheelGetal(a, 'zaad', 1, 0, 2 ** 31 - 1);
  return metDatabase(io, async (db) => {
    const start = performance.now();
    try {
      const u = await reproduceerSteekproef(
        db,
        runId,
        { aantal, zaad, geldend: wetgeving() },
        voortgangsbalk('reproduceren', io.stderr),
      );
      const sec = (performance.now() - start) / 1000;
      const perSec = sec > 0 ? Math.round(u.getrokken / sec) : u.getrokken;
      io.stdout(
        `${[
          `Run ${runId}: ${u.getrokken.toLocaleString('nl-NL')} van ${u.inRun.toLocaleString('nl-NL')} beschikkingen getrokken (zaad ${zaad}).`,
          `${u.gelijk.toLocaleString('nl-NL')} van ${u.getrokken.toLocaleString('nl-NL')} reproduceren gelijk; ${perSec.toLocaleString('nl-NL')} beschikkingen per seconde.`,
          ...(u.afwijkend.length > 0 ? ['Niet gelijk:', ...u.afwijkend.map(afwijking)] : []),
        ].join('\n')}\n`,
      );
      return u.afwijkend.length === 0 ? 0 : 4;
    } catch (e) {
      if (e instanceof RunZonderBeschikkingen) throw new GebruiksFout(e.message);
      throw e;
    }
  });
}

export async function beschikking(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'steekproef') return steekproef(rest, io);
  const a = ontleed(rest, {});
  const id = Number(a.positioneel[0]);
  if (sub !== 'reproduceer' || !Number.isInteger(id) || id < 1)
    throw new GebruiksFout(
      'Gebruik: regelmaat beschikking reproduceer <id> | regelmaat beschikking steekproef --run <id> [--aantal N]',
    );
  return metDatabase(io, async (db) => {
    try {
      const r = await reproduceer(db, id, wetgeving());
      io.stdout(
        `${[
          `Beschikking ${id} (${r.regeling}): ${r.gelijk ? 'GELIJK — opnieuw berekend uit het dossier zoals toen bekend' : 'VERSCHIL'}`,
          `  opgeslagen:  ${euro(r.opgeslagen.jaarbedrag)} per jaar, rekenkern ${r.opgeslagen.engineVersie}, parameters ${r.opgeslagen.parameterVersie}, invoer ${r.opgeslagen.invoerHash.slice(0, 16)}`,
          `  herberekend: ${euro(r.herberekend.jaarbedrag)} per jaar, rekenkern ${r.herberekend.engineVersie}, parameters ${r.herberekend.parameterVersie} (${PARAMETERSET[r.parameterset]}), invoer ${r.herberekend.invoerHash.slice(0, 16)}`,
          ...r.verschillen.map((v) => `  verschil: ${v}`),
        ].join('\n')}\n`,
      );
      return r.gelijk ? 0 : 4;
    } catch (e) {
      if (e instanceof BeschikkingNietGevonden) throw new GebruiksFout(`beschikking ${id} bestaat niet`);
      throw e;
    }
  });
}
