/**
 * @module
 * Payment plans in the demo (issue 15): after the definitive run has booked its recoveries, three of
 * them get a plan so each state can be seen — a standard plan just agreed, a personal plan by
 * capacity to pay (income and fixed costs of a single person, synthetic) with its first term paid,
 * and a standard plan paid off. Through the invordering store in one transaction each, with a
 * processing-log record for every person of the household (the actor is the demo itself). Done
 * once: a database that already has plans is left as it is.
 */
import type { Db } from '@regelmaat/db';
import { personenVanHuishoudens } from '@regelmaat/dossier-opslag';
import { aantalRegelingen, boekAf, regelingAangaan, vorderingenZonderRegeling } from '@regelmaat/invordering';
import { activiteitId, logVerwerking, nieuweTrace } from '@regelmaat/logboek';

export interface DemoRegelingen {
  standaard: number;
  persoonlijk: number;
  afbetaald: number;
}

const DRAAGKRACHT = {
  leefsituatie: 'alleen' as const,
  inkomen: 185_000,
  woonlasten: 45_000,
  zorgkosten: 12_500,
  overigeLasten: 0,
};

export async function zaaiDemoRegelingen(db: Db, nu: string, sleutel: string): Promise<DemoRegelingen> {
  const leeg = { standaard: 0, persoonlijk: 0, afbetaald: 0 };
  if ((await aantalRegelingen(db)) > 0) return leeg;
  // Three recoveries of different households that a standard plan fits (more than € 40).
  const [a, b, c] = (await vorderingenZonderRegeling(db, { minimum: 4_000, limiet: 3 })).map((v) => ({
    id: v.id,
    h: v.huishoudenId,
  }));
  const datum = nu.slice(0, 10);
  const stap = async (x: { id: number; h: number }, naam: string, doe: (tx: Db) => Promise<void>) =>
    db.transaction(async (tx) => {
      await doe(tx as unknown as Db);
      await logVerwerking(tx, {
        trace: nieuweTrace(),
        activiteit: activiteitId('terugvordering-inzien'),
        naam,
        betrokkenen: await personenVanHuishoudens(tx, [x.h]),
        start: nu,
        eind: nu,
        actor: { id: 'demo', rol: 'systeem' },
        sleutel,
      });
    });
  if (a) {
    await stap(a, 'betalingsregeling vastleggen', async (tx) => {
      await regelingAangaan(tx, { vorderingId: a.id, soort: 'standaard', op: nu, door: 'burger' });
    });
    leeg.standaard++;
  }
  if (b) {
    await stap(b, 'betalingsregeling vastleggen', async (tx) => {
      const r = await regelingAangaan(tx, {
        vorderingId: b.id,
        soort: 'persoonlijk',
        draagkracht: DRAAGKRACHT,
        op: nu,
        door: 'burger',
      });
      if (r.maandbedrag > 0)
        await boekAf(tx, {
          vorderingId: b.id,
          soort: 'betaling',
          bedrag: r.maandbedrag,
          datum,
          op: nu,
          omschrijving: 'Betaling (simulatie)',
        });
    });
    leeg.persoonlijk++;
  }
  if (c) {
    await stap(c, 'terugbetaling vastleggen', async (tx) => {
      const r = await regelingAangaan(tx, { vorderingId: c.id, soort: 'standaard', op: nu, door: 'burger' });
      await boekAf(tx, {
        vorderingId: c.id,
        soort: 'betaling',
        bedrag: r.schuld,
        datum,
        op: nu,
        omschrijving: 'Betaling (simulatie)',
      });
    });
    leeg.afbetaald++;
  }
  return leeg;
}
