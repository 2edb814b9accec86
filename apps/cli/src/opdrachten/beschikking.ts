/**
 * `regelmaat beschikking reproduceer <id>` — recomputes a decision with the dossier as known then
 * and its own kept parameter set (the law in force when that set was not kept); exit 0 when it
 * matches, 4 when it does not.
 */

import { BeschikkingNietGevonden, reproduceer } from '@regelmaat/beschikking';
import { wetgeving } from '@regelmaat/law';
import { GebruiksFout, ontleed } from '../argumenten';
import { metDatabase } from './database';
import type { Io } from './io';

const PARAMETERSET = {
  bewaard: 'de eigen, bewaarde parameterset',
  'niet-bewaard': 'de parameterset van de beschikking is niet bewaard: met de geldende',
  onleesbaar: 'de bewaarde parameterset is niet te laden: met de geldende',
} as const;

const euro = (c: number) => `€ ${(c / 100).toLocaleString('nl-NL', { minimumFractionDigits: 0 })}`;

export async function beschikking(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const a = ontleed(rest, {});
  const id = Number(a.positioneel[0]);
  if (sub !== 'reproduceer' || !Number.isInteger(id) || id < 1)
    throw new GebruiksFout('Gebruik: regelmaat beschikking reproduceer <id>');
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
      if (e instanceof BeschikkingNietGevonden) throw new GebruiksFout(e.message);
      throw e;
    }
  });
}
