/**
 * @module
 * The work of one partition: read the facts of its households, compute with the batch path of
 * the rules engine, run the exception rules, and write decisions, settlements, payments and cases
 * — all in the caller's transaction, so a crash leaves nothing half-written.
 */
import type { Sql } from '@regelmaat/db';
import { type DossierHuishouden, huishoudenUitFeiten, snapshotHash } from '@regelmaat/dossier';
import {
  BatchRekenaar,
  normaliseer,
  parseHuishouden,
  REGELINGEN,
  WAARDEN_PER_HUISHOUDEN,
  type Wetgeving,
} from '@regelmaat/law';
import { leesFeiten } from './feiten-lezen';
import type { Partitie } from './lease';
import type { Run } from './run';
import type { UitvalDetector } from './uitval-poort';
import { vereffen } from './vereffening';

const EURO = (euros: number) => Math.round(euros * 100);

interface BeschikkingRij {
  huishouden: number;
  regeling: string;
  status: 'vastgesteld' | 'aangehouden' | 'niet-berekenbaar';
  jaarbedrag: number;
  maanden: string;
  hash: string;
}

export interface PartitieUitkomst {
  huishoudens: number;
  beschikkingen: number;
  zaken: number;
  ongeldig: number;
}

function gezamenlijkInkomen(d: DossierHuishouden): number {
  return EURO(d.invoer.aanvrager.toetsingsinkomen + (d.invoer.toeslagpartner?.toetsingsinkomen ?? 0));
}

export class PartitieVerwerker {
  private readonly rekenaar: BatchRekenaar;
  private readonly uit = new Int32Array(WAARDEN_PER_HUISHOUDEN);

  constructor(
    private readonly w: Wetgeving,
    private readonly uitval: UitvalDetector,
  ) {
    this.rekenaar = new BatchRekenaar(w);
  }

  async verwerk(sql: Sql, run: Run, p: Partitie): Promise<PartitieUitkomst> {
    if (run.soort === 'betaling') return this.betaal(sql, run, p);
    const feiten = await leesFeiten(sql, p.vanId, p.totId, run.bekendOp);
    const definitief = run.soort === 'definitief';
    const voorschotten = definitief
      ? await this.leesVoorschotten(sql, run.jaar, p)
      : new Map<string, { id: number; betaald: number; jaar: number }>();
    const rijen: BeschikkingRij[] = [];
    const zaken: { huishouden: number; redenen: string; toelichting: string; prioriteit: number }[] = [];
    let ongeldig = 0;

    for (const [id, lijst] of feiten) {
      const dossier = huishoudenUitFeiten(
        lijst,
        run.jaar,
        run.bekendOp,
        definitief ? 'definitief' : 'schatting',
      );
      const parsed = parseHuishouden(dossier.invoer);
      if (!parsed.ok) {
        // A dossier the engine cannot read goes to a person, never silently skipped.
        ongeldig++;
        zaken.push({
          huishouden: id,
          redenen: '{ONGELDIG_DOSSIER}',
          toelichting: JSON.stringify([
            {
              code: 'ONGELDIG_DOSSIER',
              toelichting: parsed.problems.map((q) => `${q.path}: ${q.message}`).join('; '),
            },
          ]),
          prioriteit: 1,
        });
        continue;
      }
      const situatie = normaliseer(parsed.huishouden);
      this.rekenaar.bereken(situatie, this.uit, 0);
      const hash = snapshotHash(dossier.invoer);
      const jaarbedragen = REGELINGEN.map((_, r) => this.uit[r * 13]!);
      const voorschotBedragen = definitief
        ? // What was actually advanced (the payment schedule), as the settlement uses.
          REGELINGEN.map((r) => voorschotten.get(`${id}:${r.id}`)?.betaald ?? 0)
        : jaarbedragen.map((j) => Math.max(0, j));
      const schatting = definitief
        ? huishoudenUitFeiten(lijst, run.jaar, run.bekendOp, 'schatting')
        : dossier;
      const vondst = this.uitval({
        jaar: run.jaar,
        fase: definitief ? 'definitief' : 'voorschot',
        dossier,
        situatie,
        // The application's partner comes from the citizen and the BRP; the tax authority may know another.
        partnerVolgensAanvraag: lijst.some(
          (f) =>
            f.soort === 'persoon' &&
            (f.waarde as { rol: string }).rol === 'toeslagpartner' &&
            f.bron !== 'belastingdienst',
        ),
        voorschot: voorschotBedragen,
        ...(definitief ? { definitief: jaarbedragen.map((j) => Math.max(0, j)) } : {}),
        geschatInkomen: gezamenlijkInkomen(schatting),
        ...(definitief ? { definitiefInkomen: gezamenlijkInkomen(dossier) } : {}),
        partnerVolgensRegistratie: dossier.invoer.toeslagpartner !== undefined,
      });
      if (vondst) {
        zaken.push({
          huishouden: id,
          redenen: `{${vondst.redenen.join(',')}}`,
          toelichting: JSON.stringify(vondst.toelichting),
          prioriteit: vondst.prioriteit,
        });
      }
      // Selection is not a sanction: only a definitive decision with a priority-1 case (e.g. a hearing
      // before a recovery ≥ € 1,500, Awir art. 26b) is held until a person has looked.
      const houdAan = definitief && vondst !== null && vondst.prioriteit === 1;
      REGELINGEN.forEach((r, i) => {
        const jaar = jaarbedragen[i]!;
        const hadVoorschot = voorschotten.has(`${id}:${r.id}`);
        if (jaar === 0 && !hadVoorschot) return; // no entitlement and nothing to settle: no decision
        const maanden = this.uit.subarray(i * 13 + 1, i * 13 + 13);
        rijen.push({
          huishouden: id,
          regeling: r.id,
          status: jaar < 0 ? 'niet-berekenbaar' : houdAan ? 'aangehouden' : 'vastgesteld',
          jaarbedrag: Math.max(0, jaar),
          maanden: `{${maanden.join(',')}}`,
          hash,
        });
      });
    }

    const ids = await this.schrijfBeschikkingen(sql, run, rijen, definitief ? 'definitief' : 'voorschot');
    if (definitief) await this.schrijfVereffeningen(sql, run, rijen, ids, voorschotten);
    if (zaken.length > 0) {
      await sql.query(
        `INSERT INTO zaak (huishouden_id, run_id, redenen, toelichting, prioriteit)
         SELECT h, $1, r::text[], t::jsonb, p FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[]) AS z(h, r, t, p)
         ON CONFLICT (run_id, huishouden_id) DO NOTHING`,
        [
          run.id,
          zaken.map((z) => z.huishouden),
          zaken.map((z) => z.redenen),
          zaken.map((z) => z.toelichting),
          zaken.map((z) => z.prioriteit),
        ],
      );
    }
    return { huishoudens: feiten.size, beschikkingen: rijen.length, zaken: zaken.length, ongeldig };
  }

  private async schrijfBeschikkingen(
    sql: Sql,
    run: Run,
    rijen: BeschikkingRij[],
    soort: string,
  ): Promise<Map<string, number>> {
    if (rijen.length === 0) return new Map();
    const r = await sql.query<{ id: string; huishouden_id: string; regeling: string }>(
      `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                                engine_versie, parameter_versie, invoer_hash, bekend_op)
       SELECT $1, h, r, $2, $3, s, j, m::int[], $4, $5, x, $6::timestamptz
         FROM unnest($7::bigint[], $8::text[], $9::text[], $10::int[], $11::text[], $12::text[]) AS b(h, r, s, j, m, x)
       ON CONFLICT (run_id, huishouden_id, regeling) DO NOTHING
       RETURNING id, huishouden_id, regeling`,
      [
        run.id,
        run.jaar,
        soort,
        run.engineVersie,
        run.parameterVersie,
        run.bekendOp,
        rijen.map((b) => b.huishouden),
        rijen.map((b) => b.regeling),
        rijen.map((b) => b.status),
        rijen.map((b) => b.jaarbedrag),
        rijen.map((b) => b.maanden),
        rijen.map((b) => b.hash),
      ],
    );
    return new Map(r.rows.map((b) => [`${b.huishouden_id}:${b.regeling}`, Number(b.id)]));
  }

  /** The newest advance decision per household and toeslag of the year, with what it paid. */
  private async leesVoorschotten(sql: Sql, jaar: number, p: Partitie) {
    const r = await sql.query<{
      id: string;
      huishouden_id: string;
      regeling: string;
      jaarbedrag: number;
      betaald: string;
    }>(
      `SELECT DISTINCT ON (huishouden_id, regeling) id, huishouden_id, regeling, jaarbedrag,
              (SELECT COALESCE(sum(x), 0) FROM unnest(maandbedragen) AS x) AS betaald
         FROM beschikking
        WHERE jaar = $1 AND soort = 'voorschot' AND status <> 'niet-berekenbaar' AND huishouden_id >= $2 AND huishouden_id < $3
        ORDER BY huishouden_id, regeling, id DESC`,
      [jaar, p.vanId, p.totId],
    );
    return new Map(
      r.rows.map((b) => [
        `${b.huishouden_id}:${b.regeling}`,
        { id: Number(b.id), betaald: Number(b.betaald) },
      ]),
    );
  }

  private async schrijfVereffeningen(
    sql: Sql,
    run: Run,
    rijen: BeschikkingRij[],
    ids: Map<string, number>,
    voorschotten: Map<string, { betaald: number }>,
  ): Promise<void> {
    const grens = this.w.algemeen.at(`${run.jaar + 1}-01-01`).doelmatigheidsgrens_terugvordering;
    const v = rijen
      .filter((b) => b.status !== 'niet-berekenbaar' && ids.has(`${b.huishouden}:${b.regeling}`))
      .map((b) => ({
        id: ids.get(`${b.huishouden}:${b.regeling}`)!,
        ...vereffen(voorschotten.get(`${b.huishouden}:${b.regeling}`)?.betaald ?? 0, b.jaarbedrag, grens),
      }));
    if (v.length === 0) return;
    await sql.query(
      `INSERT INTO vereffening (beschikking_id, voorschot_totaal, definitief, verschil, uitkomst, te_betalen, terug_te_vorderen)
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[], $6::int[], $7::int[])`,
      [
        v.map((x) => x.id),
        v.map((x) => x.voorschotTotaal),
        v.map((x) => x.definitief),
        v.map((x) => x.verschil),
        v.map((x) => x.uitkomst),
        v.map((x) => x.teBetalen),
        v.map((x) => x.terugTeVorderen),
      ],
    );
  }

  /** Monthly payment: the month's instalment of the newest advance decision (set-based SQL). */
  private async betaal(sql: Sql, run: Run, p: Partitie): Promise<PartitieUitkomst> {
    const r = await sql.query(
      `INSERT INTO betaling (run_id, huishouden_id, regeling, jaar, maand, beschikking_id, bedrag)
       SELECT $1, b.huishouden_id, b.regeling, b.jaar, $3, b.id, b.maandbedragen[$3]
         FROM (SELECT DISTINCT ON (huishouden_id, regeling) * FROM beschikking
                WHERE jaar = $2 AND soort = 'voorschot' AND status = 'vastgesteld' AND huishouden_id >= $4 AND huishouden_id < $5
                ORDER BY huishouden_id, regeling, id DESC) b
        WHERE b.maandbedragen[$3] > 0
       ON CONFLICT (huishouden_id, regeling, jaar, maand) DO NOTHING`,
      [run.id, run.jaar, run.maand, p.vanId, p.totId],
    );
    const n = await sql.query<{ n: string }>(
      'SELECT count(*) AS n FROM huishouden WHERE id >= $1 AND id < $2',
      [p.vanId, p.totId],
    );
    return { huishoudens: Number(n.rows[0]!.n), beschikkingen: r.affectedRows, zaken: 0, ongeldig: 0 };
  }
}
