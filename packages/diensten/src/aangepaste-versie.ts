/**
 * @module
 * A decision version whose amount a person decided: a maatwerk decision or a (partly) upheld
 * objection. On the definitive decision in force its settlement is made again (Awir art. 24, 26,
 * 26a); on an advance the months already paid stay and the rest is spread over the unpaid months.
 */
import {
  type BeschikkingVersie,
  beschikkingenVan,
  betalingenVan,
  doelmatigheidsgrens,
  geldende,
  houdAan,
  nieuwSchema,
  schrijfBeschikkingVersie,
  type Vereffening,
  vereffen,
  voorschotTotaalVan,
} from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { Onverwerkbaar } from '@regelmaat/kernel';
import type { RegelingId } from '@regelmaat/law';
import { blokkerendeZaken } from '@regelmaat/zaken';
import type { Omgeving } from './omgeving';
import { uitvalBuitenRun } from './uitval/uitval-buiten-run';

/**
 * Writes a decision version with an amount a person decided (maatwerk, or a decision on an
 * objection) for one household, toeslag and year: on the definitive
 * decision in force (with its settlement made again, Awir art. 24, 26, 26a), else on the advance
 * in force (payments already made stay, the rest of the amount over the unpaid months). `bedrag`
 * may depend on the decision it replaces (level 2: the same relative deviation).
 */
export async function schrijfAangepasteVersie(
  o: Omgeving,
  tx: Sql,
  v: {
    huishoudenId: number;
    regeling: RegelingId;
    jaar: number;
    bedrag: (basis: BeschikkingVersie) => number;
    aanleiding: 'maatwerk' | 'bezwaar' | 'zienswijze';
    maatwerkbesluitId?: number;
    bezwaarId?: number;
    toelichting: string;
  },
): Promise<number> {
  const alle = await beschikkingenVan(tx, v.huishoudenId);
  const definitief = geldende(alle, v.jaar, 'definitief').get(v.regeling);
  const basis = definitief ?? geldende(alle, v.jaar, 'voorschot').get(v.regeling);
  if (!basis) {
    throw new Onverwerkbaar(
      'geen-beschikking',
      `Er is geen beschikking ${v.regeling} ${v.jaar} om aan te passen.`,
    );
  }
  const bedrag = v.bedrag(basis);
  const maanden = definitief
    ? definitief.maandbedragen
    : nieuwSchema(
        bedrag,
        (await betalingenVan(tx, v.huishoudenId, v.jaar)).get(v.regeling) ?? new Array(12).fill(null),
      );
  // A definitive decision is settled again against the same advances (Awir art. 24, 26, 26a).
  let vereffening: Vereffening | undefined;
  if (definitief) {
    vereffening = vereffen(
      await voorschotTotaalVan(tx, definitief.id),
      bedrag,
      doelmatigheidsgrens(o.wetgeving, v.jaar),
    );
  }
  const id = await schrijfBeschikkingVersie(tx, {
    huishoudenId: v.huishoudenId,
    regeling: v.regeling,
    jaar: v.jaar,
    soort: basis.soort,
    jaarbedrag: bedrag,
    maandbedragen: maanden,
    aanleiding: v.aanleiding,
    vorigeId: basis.id,
    ...(v.maatwerkbesluitId !== undefined ? { maatwerkbesluitId: v.maatwerkbesluitId } : {}),
    ...(v.bezwaarId !== undefined ? { bezwaarId: v.bezwaarId } : {}),
    toelichting: v.toelichting,
    invoerHash: basis.invoerHash,
    // The law of the decision it adjusts (its set was kept when that one was written).
    parameterset: { versie: basis.parameterVersie },
    bekendOp: basis.bekendOp,
    ...(vereffening ? { vereffening } : {}),
  });
  // A maatwerk amount is a decision like any other: the exception rules look at it (issue 16), e.g.
  // a lower amount that leaves a recovery of € 1,500 or more opens the hearing case. A decision on
  // an objection has heard the citizen already. A definitive maatwerk version then waits, as a run's
  // definitive decision does, while a blocking case of the household is open (the hearing case just
  // opened, or missing data): it is made when the last one closes (uitval/aangehouden-vaststellen.ts).
  if (v.aanleiding === 'maatwerk') {
    const betaald = definitief
      ? await voorschotTotaalVan(tx, definitief.id)
      : maanden.reduce((s, x) => s + x, 0);
    await uitvalBuitenRun(
      tx,
      o,
      {
        huishoudenId: v.huishoudenId,
        jaar: v.jaar,
        feiten: await leesDossierFeiten(tx, v.huishoudenId),
        betaald: { [v.regeling]: betaald },
        besluit: { [v.regeling]: bedrag },
        aanleiding: 'maatwerk',
      },
      o.klok(),
    );
    if (definitief && (await blokkerendeZaken(tx, v.huishoudenId)).length > 0) await houdAan(tx, id);
  }
  return id;
}
