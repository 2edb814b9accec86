/**
 * @module
 * A citizen's overview (C10): per toeslag the advance in force, this month's amount, what was paid
 * so far this year and the next payment date. Payment dates: Dienst Toeslagen pays the advance for
 * a month around the 20th of the month before (assumption, see docs/api.md: the published yearly
 * list of betaaldata is not in our references, so the 20th is shown as "rond").
 */

import { type BeschikkingVersie, beschikkingenVan, betalingenVan, geldende } from '@regelmaat/beschikking';
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import type { Context } from './context';
import { huishoudenVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { logHuishoudens } from './verwerkingslog';

export interface ToeslagOverzicht {
  regeling: RegelingId;
  naam: string;
  /** The advance decision in force, if any. */
  beschikkingId?: number;
  jaarbedrag: number;
  /** This month's advance (eurocents). */
  dezeMaand: number;
  /** Paid so far this year (eurocents). */
  betaaldDitJaar: number;
  /** The next payment: month it is for and the date around which it is paid. */
  volgendeBetaling?: { maand: number; rond: string; bedrag: number };
  aanleiding?: BeschikkingVersie['aanleiding'];
  /** The definitive decision for the year, when made. */
  definitief?: { beschikkingId: number; jaarbedrag: number; status: string };
}

export interface Overzicht {
  huishoudenId: number;
  jaar: number;
  vandaag: string;
  toeslagen: ToeslagOverzicht[];
}

/** The payment date (around the 20th of the month before) of the first month after `vandaag` still to pay. */
export function volgendeBetaaldatum(
  vandaag: string,
  jaar: number,
): { maand: number; rond: string } | undefined {
  const [j, m, d] = vandaag.split('-').map(Number) as [number, number, number];
  for (let maand = 1; maand <= 12; maand++) {
    const betaalJaar = maand === 1 ? jaar - 1 : jaar;
    const betaalMaand = maand === 1 ? 12 : maand - 1;
    if (betaalJaar > j || (betaalJaar === j && (betaalMaand > m || (betaalMaand === m && d <= 20)))) {
      return { maand, rond: `${betaalJaar}-${String(betaalMaand).padStart(2, '0')}-20` };
    }
  }
  return undefined;
}

export async function overzicht(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string; jaar?: number },
): Promise<Overzicht> {
  const start = o.klok();
  const vandaag = datumVan(start);
  const jaar = vraag.jaar ?? Number(vandaag.slice(0, 4));
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'dossier:lezen',
  });
  return o.db.transaction(async (tx) => {
    const alle = await beschikkingenVan(tx, doel.huishoudenId);
    const voorschot = geldende(alle, jaar, 'voorschot');
    const definitief = geldende(alle, jaar, 'definitief');
    const betaald = await betalingenVan(tx, doel.huishoudenId, jaar);
    const maandNu = Number(vandaag.slice(0, 4)) === jaar ? Number(vandaag.slice(5, 7)) : 0;
    const volgende = volgendeBetaaldatum(vandaag, jaar);
    const toeslagen = REGELINGEN.flatMap((r): ToeslagOverzicht[] => {
      const b = voorschot.get(r.id);
      const d = definitief.get(r.id);
      if (!b && !d) return [];
      const b2 = betaald.get(r.id) ?? [];
      return [
        {
          regeling: r.id,
          naam: r.naam,
          ...(b ? { beschikkingId: b.id, aanleiding: b.aanleiding } : {}),
          jaarbedrag: b?.jaarbedrag ?? 0,
          dezeMaand: b && maandNu > 0 ? b.maandbedragen[maandNu - 1]! : 0,
          betaaldDitJaar: b2.reduce<number>((s, x) => s + (x ?? 0), 0),
          ...(b && volgende
            ? { volgendeBetaling: { ...volgende, bedrag: b.maandbedragen[volgende.maand - 1]! } }
            : {}),
          ...(d ? { definitief: { beschikkingId: d.id, jaarbedrag: d.jaarbedrag, status: d.status } } : {}),
        },
      ];
    });
    await logHuishoudens(o, ctx, tx, 'toeslag-berekenen', 'overzicht toeslagen', [doel.huishoudenId], start);
    return { huishoudenId: doel.huishoudenId, jaar, vandaag, toeslagen };
  });
}
