/**
 * @module
 * Maatwerk with accountability (C6). A case worker records a structured decision (standard outcome,
 * deviation, legal ground, weighing, the three questions, level); above the approval threshold a
 * team lead other than the author must approve it (four-eyes) before it takes effect. Taking effect
 * issues a new decision version for the toeslag and year that refers to the record: the year amount
 * becomes the deviation's amount; for an advance, payments already made stay and the rest is spread
 * over the remaining months; for a definitive decision the settlement is made again (Awir art. 24,
 * 26, 26a). Comparable earlier decisions are shown first, with a warning when the choice departs.
 */
import type { Sql } from '@regelmaat/db';
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import type { RegelingId } from '@regelmaat/law';
import {
  beschikkingenVan,
  betalingenVan,
  geldende,
  leesDossierFeiten,
  nieuwSchema,
  schrijfBeschikkingVersie,
  vereffen,
} from '@regelmaat/verwerking';
import {
  afwijkingVanVergelijkbaar,
  beoordeelToepassing,
  keurGoed,
  legMaatwerkVast,
  type Maatwerkbesluit,
  type MaatwerkInvoer,
  type MaatwerkToepassing,
  maakSignaal,
  maatwerkbesluit,
  markeerVanKracht,
  stelToepassingVoor,
  type VergelijkbaarBesluit,
  vergelijkbareBesluiten,
  vergelijkbareOpenZaken,
  type Waarschuwing,
  wijsAf,
  type Zaak,
  zaak,
} from '@regelmaat/zaken';
import { actorVan, type Context, vereis } from './context';
import { NietGevonden, Onverwerkbaar } from './fouten';
import { huishoudtype } from './huishoudtype';
import type { Omgeving } from './omgeving';
import { log, personen } from './verwerkingslog';
import { uitpakken } from './zaakuitkomst';

async function huishoudenVanZaak(sql: Sql, z: Zaak, moment: string, jaar: number) {
  const feiten = await leesDossierFeiten(sql, z.huishoudenId);
  return huishoudenUitFeiten(feiten, jaar, moment, 'schatting');
}

async function zaakOf404(sql: Sql, id: number): Promise<Zaak> {
  const z = await zaak(sql, id);
  if (!z) throw new NietGevonden(`Zaak ${id} bestaat niet.`);
  return z;
}

export type MaatwerkVraag = Omit<MaatwerkInvoer, 'huishoudtype' | 'redenen'>;

export async function vergelijkbaarVoorZaak(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
  vraag: { regeling: RegelingId; jaar: number; bedrag: number },
): Promise<VergelijkbaarBesluit[]> {
  vereis(ctx, 'zaak:lezen');
  const z = await zaakOf404(o.db, zaakId);
  const d = await huishoudenVanZaak(o.db, z, o.klok(), vraag.jaar);
  return vergelijkbareBesluiten(o.db, {
    regeling: vraag.regeling,
    redenen: z.redenen,
    bedrag: vraag.bedrag,
    huishoudtype: huishoudtype(d.invoer),
  });
}

/** Issues the decision version that puts an approved maatwerk decision into effect. */
async function laatIngaan(o: Omgeving, tx: Sql, b: Maatwerkbesluit, op: string): Promise<number> {
  const z = await zaakOf404(tx, b.zaakId);
  const alle = await beschikkingenVan(tx, z.huishoudenId);
  const regeling = b.regeling as RegelingId;
  const definitief = geldende(alle, b.jaar, 'definitief').get(regeling);
  const voorschot = geldende(alle, b.jaar, 'voorschot').get(regeling);
  const basis = definitief ?? voorschot;
  if (!basis) {
    throw new Onverwerkbaar(
      'geen-beschikking',
      `Er is geen beschikking ${regeling} ${b.jaar} om aan te passen.`,
    );
  }
  const bedrag = b.afwijking.bedrag;
  const maanden = definitief
    ? definitief.maandbedragen
    : nieuwSchema(
        bedrag,
        (await betalingenVan(tx, z.huishoudenId, b.jaar)).get(regeling) ?? new Array(12).fill(null),
      );
  const id = await schrijfBeschikkingVersie(tx, {
    huishoudenId: z.huishoudenId,
    regeling,
    jaar: b.jaar,
    soort: basis.soort,
    jaarbedrag: bedrag,
    maandbedragen: maanden,
    aanleiding: 'maatwerk',
    vorigeId: basis.id,
    maatwerkbesluitId: b.id,
    toelichting: `maatwerk: ${b.grondslag}`,
    invoerHash: basis.invoerHash,
    parameterVersie: basis.parameterVersie,
    bekendOp: basis.bekendOp,
  });
  if (definitief) {
    const r = await tx.query<{ voorschot_totaal: number }>(
      'SELECT voorschot_totaal FROM vereffening WHERE beschikking_id = $1',
      [definitief.id],
    );
    const voorschotTotaal = r.rows[0]?.voorschot_totaal ?? 0;
    const grens = o.wetgeving.algemeen.at(`${b.jaar + 1}-01-01`).doelmatigheidsgrens_terugvordering;
    const v = vereffen(voorschotTotaal, bedrag, grens);
    await tx.query(
      `INSERT INTO vereffening (beschikking_id, voorschot_totaal, definitief, verschil, uitkomst, te_betalen, terug_te_vorderen)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, v.voorschotTotaal, v.definitief, v.verschil, v.uitkomst, v.teBetalen, v.terugTeVorderen],
    );
  }
  await markeerVanKracht(tx, b.id, id, op);
  return id;
}

export interface MaatwerkUitkomst {
  besluit: Maatwerkbesluit;
  /** A warning when the choice departs from comparable earlier decisions. */
  waarschuwing?: Waarschuwing;
  /** The new decision version, when the decision took effect at once (below the threshold). */
  beschikkingId?: number;
}

export async function legMaatwerkbesluitVast(
  o: Omgeving,
  ctx: Context,
  vraag: MaatwerkVraag,
): Promise<MaatwerkUitkomst> {
  const s = vereis(ctx, 'maatwerk:vastleggen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const z = await zaakOf404(tx, vraag.zaakId);
    const d = await huishoudenVanZaak(tx, z, op, vraag.jaar);
    const invoer: MaatwerkInvoer = { ...vraag, huishoudtype: huishoudtype(d.invoer), redenen: z.redenen };
    const vergelijkbaar = await vergelijkbareBesluiten(tx, {
      regeling: vraag.regeling,
      redenen: z.redenen,
      bedrag: vraag.standaardUitkomst.bedrag,
      huishoudtype: invoer.huishoudtype,
    });
    const besluit = uitpakken(
      await legMaatwerkVast(tx, invoer, actorVan(s), op, {
        goedkeuringsdrempel: o.instellingen.goedkeuringsdrempel,
      }),
    );
    const waarschuwing = afwijkingVanVergelijkbaar(
      { standaardBedrag: vraag.standaardUitkomst.bedrag, afwijkingBedrag: vraag.afwijking.bedrag },
      vergelijkbaar,
    );
    let beschikkingId: number | undefined;
    if (besluit.status === 'goedgekeurd') beschikkingId = await laatIngaan(o, tx, besluit, op);
    await log(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerkbesluit vastleggen', personen(d.bsn), op);
    return {
      besluit: beschikkingId ? { ...besluit, status: 'van-kracht' as Maatwerkbesluit['status'] } : besluit,
      ...(waarschuwing ? { waarschuwing } : {}),
      ...(beschikkingId ? { beschikkingId } : {}),
    };
  });
}

export async function keurMaatwerkGoed(
  o: Omgeving,
  ctx: Context,
  besluitId: number,
): Promise<MaatwerkUitkomst> {
  const s = vereis(ctx, 'maatwerk:goedkeuren');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const besluit = uitpakken(await keurGoed(tx, besluitId, actorVan(s), op));
    const beschikkingId = await laatIngaan(o, tx, besluit, op);
    const z = await zaakOf404(tx, besluit.zaakId);
    const d = await huishoudenVanZaak(tx, z, op, besluit.jaar);
    await log(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerkbesluit goedkeuren', personen(d.bsn), op);
    return { besluit: { ...besluit, status: 'van-kracht' as Maatwerkbesluit['status'] }, beschikkingId };
  });
}

export async function wijsMaatwerkAf(
  o: Omgeving,
  ctx: Context,
  besluitId: number,
  toelichting: string,
): Promise<Maatwerkbesluit> {
  const s = vereis(ctx, 'maatwerk:goedkeuren');
  return uitpakken(await wijsAf(o.db, besluitId, toelichting, actorVan(s), o.klok()));
}

/** Level 2: open cases comparable to a decision, to apply the same remedy after review per case. */
export async function vergelijkbareZakenVoor(o: Omgeving, ctx: Context, besluitId: number): Promise<Zaak[]> {
  vereis(ctx, 'zaak:lezen');
  return vergelijkbareOpenZaken(o.db, besluitId);
}

export async function stelRemedieVoor(o: Omgeving, ctx: Context, besluitId: number, zaakIds: number[]) {
  const s = vereis(ctx, 'maatwerk:vastleggen');
  return uitpakken(await stelToepassingVoor(o.db, besluitId, zaakIds, actorVan(s), o.klok()));
}

/**
 * Level 2, per case: the reviewer (not the proposer) applies or skips the remedy. Applying it issues
 * a new decision version for that case's household that refers to the original decision record:
 * the same relative deviation from the standard outcome, on this household's own decision in force
 * for the regeling and year. Skipping only records the review and its reasons.
 */
export async function beoordeelRemedie(
  o: Omgeving,
  ctx: Context,
  toepassingId: number,
  oordeel: 'toegepast' | 'overgeslagen',
  toelichting: string,
): Promise<{ toepassing: MaatwerkToepassing; beschikkingId?: number }> {
  const s = vereis(ctx, 'maatwerk:vastleggen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const toepassing = uitpakken(
      await beoordeelToepassing(tx, toepassingId, oordeel, toelichting, actorVan(s), op),
    );
    if (oordeel !== 'toegepast') return { toepassing };
    const origineel = await maatwerkbesluit(tx, toepassing.besluitId);
    if (!origineel) throw new NietGevonden(`Maatwerkbesluit ${toepassing.besluitId} bestaat niet.`);
    const z = await zaakOf404(tx, toepassing.zaakId);
    const regeling = origineel.regeling as RegelingId;
    const alle = await beschikkingenVan(tx, z.huishoudenId);
    const basis =
      geldende(alle, origineel.jaar, 'definitief').get(regeling) ??
      geldende(alle, origineel.jaar, 'voorschot').get(regeling);
    if (!basis) {
      throw new Onverwerkbaar(
        'geen-beschikking',
        `Zaak ${z.id} heeft geen beschikking ${regeling} ${origineel.jaar}; de oplossing kan hier niet worden toegepast.`,
      );
    }
    const standaard = origineel.standaardUitkomst.bedrag;
    const factor = standaard === 0 ? 1 : origineel.afwijking.bedrag / standaard;
    const bedrag =
      standaard === 0 ? origineel.afwijking.bedrag : Math.round((basis.jaarbedrag * factor) / 100) * 100;
    const maanden =
      basis.soort === 'definitief'
        ? basis.maandbedragen
        : nieuwSchema(
            bedrag,
            (await betalingenVan(tx, z.huishoudenId, origineel.jaar)).get(regeling) ??
              new Array(12).fill(null),
          );
    const beschikkingId = await schrijfBeschikkingVersie(tx, {
      huishoudenId: z.huishoudenId,
      regeling,
      jaar: origineel.jaar,
      soort: basis.soort,
      jaarbedrag: bedrag,
      maandbedragen: maanden,
      aanleiding: 'maatwerk',
      vorigeId: basis.id,
      maatwerkbesluitId: origineel.id,
      toelichting: `maatwerk niveau 2: oplossing van besluit ${origineel.id} toegepast (voorstel ${toepassing.id})`,
      invoerHash: basis.invoerHash,
      parameterVersie: basis.parameterVersie,
      bekendOp: basis.bekendOp,
    });
    const feiten = await leesDossierFeiten(tx, z.huishoudenId);
    const bsns = feiten
      .filter((f) => f.soort === 'persoon' && f.persoonBsn && !f.vervallenOp)
      .map((f) => f.persoonBsn!);
    await log(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerk toegepast op vergelijkbare zaak', bsns, op);
    return { toepassing, beschikkingId };
  });
}

/** Level 3: a structural finding becomes a signal for policy. */
export async function meldSignaal(
  o: Omgeving,
  ctx: Context,
  vraag: { besluitId?: number; zaakId?: number; thema: string; omschrijving: string },
) {
  const s = vereis(ctx, 'signaal:maken');
  return uitpakken(await maakSignaal(o.db, vraag, actorVan(s), o.klok()));
}
