/**
 * @module
 * What was advanced to the households of a partition, for the definitive run's settlement: the
 * newest advance decision per household and toeslag of the year, with the sum of its schedule.
 */
import type { Sql } from '@regelmaat/db';
import { REGELINGEN } from '@regelmaat/law';

/**
 * The advances of a partition's households: per household a block of one slot per regeling (in
 * the order of the run's list, `REGELINGEN`) with what was paid and whether there was an advance decision at all. Number
 * keys and flat arrays instead of a Map of `${id}:${regeling}` strings (≈ 12 string keys built
 * and hashed per household in the definitive run).
 */
export class Voorschotten {
  private readonly blok = new Map<number, number>();
  private betaaldVan: number[] = [];
  private heeftVan: number[] = [];

  /** `aantal`: the number of regelingen, the size of a household's block. */
  constructor(private readonly aantal: number = REGELINGEN.length) {}

  zet(huishouden: number, regeling: number, betaald: number): void {
    let b = this.blok.get(huishouden);
    if (b === undefined) {
      b = this.betaaldVan.length;
      this.blok.set(huishouden, b);
      for (let i = 0; i < this.aantal; i++) {
        this.betaaldVan.push(0);
        this.heeftVan.push(0);
      }
    }
    this.betaaldVan[b + regeling] = betaald;
    this.heeftVan[b + regeling] = 1;
  }

  /** The first slot of a household's block, or -1 when it had no advance decision. */
  blokVan(huishouden: number): number {
    return this.blok.get(huishouden) ?? -1;
  }

  betaald(blok: number, regeling: number): number {
    return blok < 0 ? 0 : this.betaaldVan[blok + regeling]!;
  }

  heeft(blok: number, regeling: number): boolean {
    return blok >= 0 && this.heeftVan[blok + regeling] === 1;
  }
}

/** A partition without advances (the advance run itself). */
export const GEEN_VOORSCHOTTEN = new Voorschotten();

/**
 * The newest advance decision per household and toeslag of the year, with what it paid; slots in
 * the order of `regelingen` (the run's list). An advance of a regeling outside that list is refused.
 */
export async function leesVoorschotten(
  sql: Sql,
  jaar: number,
  p: { vanId: number; totId: number },
  regelingen: readonly { readonly id: string }[] = REGELINGEN,
): Promise<Voorschotten> {
  const index = new Map<string, number>(regelingen.map((r, i) => [r.id, i]));
  for (const n of [jaar, p.vanId, p.totId])
    if (!Number.isSafeInteger(n)) throw new RangeError(`geen geheel getal: ${n}`);
  // COPY (no bind parameters: the three numbers are checked above), split by hand.
  const tekst = await sql.copyTo(
    `SELECT DISTINCT ON (huishouden_id, regeling) huishouden_id, regeling,
            (SELECT COALESCE(sum(x), 0) FROM unnest(maandbedragen) AS x)
       FROM beschikking
      WHERE jaar = ${jaar} AND soort = 'voorschot' AND status <> 'niet-berekenbaar'
        AND huishouden_id >= ${p.vanId} AND huishouden_id < ${p.totId}
      ORDER BY huishouden_id, regeling, id DESC`,
  );
  const uit = new Voorschotten(regelingen.length);
  let begin = 0;
  while (begin < tekst.length) {
    const t1 = tekst.indexOf('\t', begin);
    const t2 = tekst.indexOf('\t', t1 + 1);
    let eind = tekst.indexOf('\n', t2 + 1);
    if (eind < 0) eind = tekst.length;
    const regeling = index.get(tekst.slice(t1 + 1, t2));
    if (t1 < 0 || t2 < 0 || regeling === undefined)
      throw new Error(`onverwachte voorschotregel: ${tekst.slice(begin, eind)}`);
    uit.zet(Number(tekst.slice(begin, t1)), regeling, Number(tekst.slice(t2 + 1, eind)));
    begin = eind + 1;
  }
  return uit;
}
