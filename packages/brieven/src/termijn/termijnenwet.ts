/**
 * @module
 * The Algemene termijnenwet, art. 1 lid 1: a term set in a statute that ends on a Saturday, Sunday
 * or algemeen erkende feestdag (art. 3) is extended to the next day that is none of those. Every
 * statutory term in this folder ends through `eindVolgensTermijnenwet`; a term the organ sets itself
 * (the hersteltermijn of Awb 6:6) is not statutory, and says so where it is computed.
 */
import type { CivilDate } from '@regelmaat/kernel';
import { feestdagOp } from './feestdagen';
import { uitDagnummer, WEEKDAGEN, weekdag } from './kalender';

export interface Termijneinde {
  /** The day the term ends after the extension (a working day). */
  readonly dag: number;
  /** The day names skipped (e.g. "zaterdag, zondag, tweede Paasdag"), when the end moved. */
  readonly verlengdOmdat?: string;
}

/** Whether day number `n` is a Saturday, Sunday or algemeen erkende feestdag; its name if so. */
export function geenWerkdag(n: number): string | undefined {
  const jaar = Number(uitDagnummer(n).slice(0, 4));
  const feest = feestdagOp(n, jaar);
  if (feest) return feest.naam;
  const wd = weekdag(n);
  return wd === 0 || wd === 6 ? WEEKDAGEN[wd] : undefined;
}

/** The end of a statutory term that would end on day `n` (Algemene termijnenwet art. 1 lid 1). */
export function eindVolgensTermijnenwet(n: number): Termijneinde {
  let dag = n;
  const overgeslagen: string[] = [];
  for (let naam = geenWerkdag(dag); naam; naam = geenWerkdag(dag)) {
    overgeslagen.push(naam);
    dag += 1;
  }
  return overgeslagen.length ? { dag, verlengdOmdat: overgeslagen.join(', ') } : { dag };
}
