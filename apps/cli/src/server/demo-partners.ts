/**
 * @module
 * The demo's housing corporation and health insurer (issue 16): who rents from the corporation and
 * who is insured with the insurer (server-owned links, `huurcontract` and `verzekerde`), and one
 * rent increase per 1 July reported by the corporation through the real service — the advance is
 * revised (a new decision with its letter) and the tenant finds a message in "Mijn berichten".
 */
import type { Db } from '@regelmaat/db';
import { inloggenPartner, meldHuurwijziging, type Omgeving } from '@regelmaat/diensten';
import { nieuweTrace } from '@regelmaat/logboek';
import { legHuurcontractVast, legVerzekerdeVast } from '@regelmaat/partner-opslag';
import { DEMO_VERHUURDER, DEMO_ZORGVERZEKERAAR } from '@regelmaat/toegang';

/** Links the first 25 households with a rent to the demo corporation, their applicants to the insurer. */
export async function koppelDemoPartners(db: Db, nu: string): Promise<void> {
  const huurders = await db.query<{ id: string; bsn: string }>(
    `SELECT h.id, h.bsn_aanvrager AS bsn FROM huishouden h
      WHERE EXISTS (SELECT 1 FROM feit f WHERE f.huishouden_id = h.id AND f.soort = 'huur' AND f.vervallen_op IS NULL)
      ORDER BY h.id LIMIT 25`,
  );
  for (const h of huurders.rows) {
    await legHuurcontractVast(db, DEMO_VERHUURDER.clientId, Number(h.id), nu);
    await legVerzekerdeVast(db, DEMO_ZORGVERZEKERAAR.clientId, h.bsn, nu);
  }
}

const DEMO_MELDING = 'demo-huurverhoging-1';

/**
 * The corporation's yearly increase for one tenant with huurtoeslag: € 25 more from 1 July of
 * `jaar`. Done once (the report id is fixed); nothing when no tenant has a rent without a period.
 */
export async function zaaiDemoHuurmelding(o: Omgeving, jaar: number): Promise<void> {
  // Done once: on a restart the tenant of the first start no longer has a rent without a period, so
  // the query below would pick another tenant and the fixed report id would carry other content.
  const al = await o.db.query('SELECT 1 FROM partner_wijziging WHERE client_id = $1 AND melding_id = $2', [
    DEMO_VERHUURDER.clientId,
    DEMO_MELDING,
  ]);
  if (al.rows.length > 0) return;
  const r = await o.db.query<{ bsn: string; kale_huur: number }>(
    `SELECT h.bsn_aanvrager AS bsn, (f.waarde->>'kaleHuur')::int AS kale_huur
       FROM huurcontract c JOIN huishouden h ON h.id = c.huishouden_id
       JOIN feit f ON f.huishouden_id = h.id AND f.soort = 'huur' AND f.vervallen_op IS NULL
                  AND f.geldig_vanaf IS NULL AND f.geldig_tot IS NULL
      WHERE c.client_id = $2
        AND EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = h.id AND b.jaar = $1
                      AND b.regeling = 'huurtoeslag' AND b.status = 'vastgesteld' AND b.jaarbedrag > 0)
      ORDER BY h.id LIMIT 1`,
    [jaar, DEMO_VERHUURDER.clientId],
  );
  const huurder = r.rows[0];
  if (!huurder) return;
  const { sessie } = await inloggenPartner(o, {
    clientId: DEMO_VERHUURDER.clientId,
    secret: DEMO_VERHUURDER.secret,
  });
  // The report id is fixed: the one report of the demo.
  await meldHuurwijziging(
    o,
    { sessie, trace: nieuweTrace() },
    {
      meldingId: DEMO_MELDING,
      huurderBsn: huurder.bsn,
      ingangsdatum: `${jaar}-07-01`,
      kaleHuur: Number(huurder.kale_huur) + 2_500,
    },
  );
}
