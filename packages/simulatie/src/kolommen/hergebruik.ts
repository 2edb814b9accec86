/**
 * @module
 * Written once, reused: the snapshot of (jaar, seed, households) from its file when the file is
 * there and is that snapshot, otherwise generated and written (to a temporary name first, so a
 * run that stops halfway never leaves a broken file under the real name).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { leesMomentopname, schrijfMomentopname } from './bestand';
import type { Populatie } from './bouwer';
import { genereerMomentopname, type PopulatieVraag } from './uit-populatie';

/** The default file of a snapshot: in the system's temporary folder, named by what it holds. */
export function standaardMomentopnamePad(v: PopulatieVraag): string {
  return join(
    tmpdir(),
    'regelmaat-simulatie',
    `populatie-v2-${v.jaar}-s${v.seed}-n${v.huishoudens}.kolommen`,
  );
}

function isDezelfde(p: Populatie, v: PopulatieVraag): boolean {
  const k = p.kop;
  return (
    k.jaar === v.jaar &&
    k.seed === v.seed &&
    k.van === (v.van ?? 0) &&
    k.aantallen.huishouden + k.overgeslagen === v.huishoudens
  );
}

/** The snapshot and whether it was read (true) or generated now (false). */
export function momentopname(
  v: PopulatieVraag,
  pad = standaardMomentopnamePad(v),
  voortgang?: (gedaan: number) => void,
): { populatie: Populatie; gelezen: boolean; pad: string } {
  if (existsSync(pad)) {
    let p: Populatie | undefined;
    try {
      p = leesMomentopname(pad);
    } catch {
      // A file of an older layout (or a broken one) is made again.
    }
    if (p && isDezelfde(p, v)) return { populatie: p, gelezen: true, pad };
  }
  const p = genereerMomentopname(v, voortgang);
  mkdirSync(dirname(pad), { recursive: true });
  // Unique per writer: test threads of one process may make the same snapshot at once.
  const tijdelijk = `${pad}.${process.pid}.${randomUUID()}.tmp`;
  schrijfMomentopname(tijdelijk, p);
  renameSync(tijdelijk, pad);
  return { populatie: p, gelezen: false, pad };
}
