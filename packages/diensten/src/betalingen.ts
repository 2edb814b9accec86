/**
 * @module
 * "Mijn betalingen" (issue 16): a household's payments of a year — the advance payments made, the
 * ones still planned by the advance decisions in force (their schedule, the betaalkalender), and
 * the back-payments after the definitive calculation (Awir art. 24) — each with its date, oldest
 * first. The date of an advance payment is the day around which that month is paid (the 20th of
 * the month before, the assumption of `overzicht.ts`, shown as "rond"); a back-payment has the day
 * it was booked. Toeslag kept back by the monthly invordering run and set off against a recovery
 * (verrekening, Awir art. 30) is listed apart, with the month, the amount and the recovery it went
 * to: it was not paid out. Reading it is logged for every person of the household.
 */
import { beschikkingenVan, betalingenVan, geldende } from '@regelmaat/beschikking';
import { nabetalingenVan, verrekeningenVan } from '@regelmaat/invordering';
import { isRegelingId, REGELINGEN, type RegelingId } from '@regelmaat/law';
import { betaaldatum } from './brieven/brief-vullen';
import type { Context } from './context';
import { huishoudenVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { volgendeBetaaldatum } from './overzicht';
import { logHuishoudens } from './verwerkingslog';

export interface BetalingRegel {
  /** `voorschot`: a month's advance; `nabetaling`: paid after the definitive calculation. */
  soort: 'voorschot' | 'nabetaling';
  /** Paid, or planned by the decision in force. */
  status: 'betaald' | 'gepland';
  regeling: RegelingId;
  naam: string;
  /** The month (1–12) an advance is for; absent for a back-payment. */
  maand?: number;
  /** The civil date: around which the advance is (or was) paid, or the day a back-payment was paid. */
  datum: string;
  /** Whether `datum` is approximate (advance payments: around the 20th). */
  rond: boolean;
  bedrag: number;
}

/** Toeslag of a month kept back and set off against a recovery (verrekening, Awir art. 30). */
export interface VerrekeningRegel {
  /** The day it was booked (the last day of the month). */
  datum: string;
  /** The month (1–12) of the toeslag it was kept back from. */
  maand: number;
  /** The recovery it went to: its toeslag's name and year. */
  vordering: { id: number; regeling: string; naam: string; jaar: number };
  bedrag: number;
}

export interface MijnBetalingen {
  huishoudenId: number;
  jaar: number;
  vandaag: string;
  betalingen: BetalingRegel[];
  /** The year's toeslag kept back for recoveries: not paid out, but set off. */
  verrekeningen: VerrekeningRegel[];
  /** Sums in eurocents: paid (before offsets), planned, and set off of what was paid. */
  betaald: number;
  gepland: number;
  verrekend: number;
}

export async function mijnBetalingen(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string; jaar?: number },
): Promise<MijnBetalingen> {
  const start = o.klok();
  const vandaag = datumVan(start);
  const jaar = vraag.jaar ?? Number(vandaag.slice(0, 4));
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'dossier:lezen',
  });
  return o.db.transaction(async (tx) => {
    const voorschot = geldende(await beschikkingenVan(tx, doel.huishoudenId), jaar, 'voorschot');
    const betaald = await betalingenVan(tx, doel.huishoudenId, jaar);
    const volgende = volgendeBetaaldatum(vandaag, jaar);
    const betalingen: BetalingRegel[] = [];
    for (const r of REGELINGEN) {
      const b = betaald.get(r.id) ?? [];
      b.forEach((bedrag, i) => {
        if (bedrag !== null && bedrag > 0)
          betalingen.push({
            soort: 'voorschot',
            status: 'betaald',
            regeling: r.id,
            naam: r.naam,
            maand: i + 1,
            datum: betaaldatum(jaar, i + 1),
            rond: true,
            bedrag,
          });
      });
      // Planned: the months from the next payment date on that are not paid yet, by the schedule
      // of the advance in force. None once the year's last payment date has passed.
      const v = voorschot.get(r.id);
      if (!v || !volgende) continue;
      for (let maand = volgende.maand; maand <= 12; maand++) {
        const bedrag = v.maandbedragen[maand - 1] ?? 0;
        if (bedrag > 0 && (b[maand - 1] ?? null) === null)
          betalingen.push({
            soort: 'voorschot',
            status: 'gepland',
            regeling: r.id,
            naam: r.naam,
            maand,
            datum: betaaldatum(jaar, maand),
            rond: true,
            bedrag,
          });
      }
    }
    for (const n of await nabetalingenVan(tx, doel.huishoudenId)) {
      if (n.jaar !== jaar || !isRegelingId(n.regeling)) continue;
      const regeling = REGELINGEN.find((r) => r.id === n.regeling)!;
      betalingen.push({
        soort: 'nabetaling',
        status: 'betaald',
        regeling: regeling.id,
        naam: regeling.naam,
        datum: n.betaaldOp,
        rond: false,
        bedrag: n.bedrag,
      });
    }
    betalingen.sort((a, b) => a.datum.localeCompare(b.datum) || a.naam.localeCompare(b.naam));
    const verrekeningen: VerrekeningRegel[] = (await verrekeningenVan(tx, doel.huishoudenId, jaar)).map(
      (v) => ({
        datum: v.datum,
        maand: Number(v.maand.slice(5, 7)),
        vordering: {
          id: v.vorderingId,
          regeling: v.regeling,
          naam: REGELINGEN.find((r) => r.id === v.regeling)?.naam ?? v.regeling,
          jaar: v.jaar,
        },
        bedrag: v.bedrag,
      }),
    );
    await logHuishoudens(o, ctx, tx, 'toeslag-berekenen', 'betalingen inzien', [doel.huishoudenId], start);
    const som = (s: BetalingRegel['status']) =>
      betalingen.filter((b) => b.status === s).reduce((t, b) => t + b.bedrag, 0);
    return {
      huishoudenId: doel.huishoudenId,
      jaar,
      vandaag,
      betalingen,
      verrekeningen,
      betaald: som('betaald'),
      gepland: som('gepland'),
      verrekend: verrekeningen.reduce((t, v) => t + v.bedrag, 0),
    };
  });
}
