/**
 * @module
 * The work of one partition: read the facts of its households, compute with the batch path of
 * the rules engine, run the exception rules, and write decisions, settlements, payments and cases
 * — all in the caller's transaction, so a crash leaves nothing half-written. It also returns the
 * BSNs of every person of every household it processed (applicant, partner, children,
 * co-residents: every `persoon_bsn` the dossier knows), for the processing log (`werk`).
 */
import { doelmatigheidsgrens, vereffen } from '@regelmaat/beschikking';
import { copyLine, type Sql } from '@regelmaat/db';
import {
  type DossierHuishouden,
  type Feit,
  geschatInkomenUitBekendeFeiten,
  huishoudenUitBekendeFeiten,
  situatieUitInvoer,
  snapshotHash,
} from '@regelmaat/dossier';
import { leesBekendeFeiten } from '@regelmaat/dossier-opslag';
import {
  BatchRekenaar,
  type HuishoudenInvoer,
  type InputProblem,
  normaliseer,
  parseHuishouden,
  REGELINGEN,
  type Situatie,
  WAARDEN_PER_HUISHOUDEN,
  type Wetgeving,
} from '@regelmaat/law';
import { openUitvalZaken, type UitvalZaak } from '@regelmaat/zaken';
import type { Partitie } from './lease';
import type { Run } from './run';
import type { UitvalDetector } from './uitval-poort';

const EURO = (euros: number) => Math.round(euros * 100);

const BESCHIKKING_KOLOMMEN = [
  'run_id',
  'huishouden_id',
  'regeling',
  'jaar',
  'soort',
  'status',
  'jaarbedrag',
  'maandbedragen',
  'engine_versie',
  'parameter_versie',
  'invoer_hash',
  'bekend_op',
  // The settlement of a definitive decision (Awir art. 24, 26, 26a); \N for an advance.
  'vereffening_voorschot_totaal',
  'vereffening_verschil',
  'vereffening_uitkomst',
  'vereffening_te_betalen',
  'vereffening_terug_te_vorderen',
] as const;

/** The settlement columns of a decision without one. */
const GEEN_VEREFFENING = '\\N\t\\N\t\\N\t\\N\t\\N';

interface BeschikkingRij {
  huishouden: number;
  regeling: string;
  /** What was advanced for this toeslag (definitive run; 0 without an advance). */
  voorschot: number;
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
  /** BSNs of the persons of the processed households (a BSN once per household). */
  betrokkenen: string[];
}

/** Adds the distinct BSNs of one household's facts to `uit`. */
function voegPersonenToe(lijst: readonly { persoonBsn?: string }[], uit: string[]): void {
  const begin = uit.length;
  for (let i = 0; i < lijst.length; i++) {
    const b = lijst[i]!.persoonBsn;
    if (b === undefined) continue;
    let nieuw = true;
    for (let j = begin; j < uit.length; j++) {
      if (uit[j] === b) {
        nieuw = false;
        break;
      }
    }
    if (nieuw) uit.push(b);
  }
}

function gezamenlijkInkomen(d: DossierHuishouden): number {
  return EURO(d.invoer.aanvrager.toetsingsinkomen + (d.invoer.toeslagpartner?.toetsingsinkomen ?? 0));
}

/** The joint estimated income (eurocents) as `gezamenlijkInkomen` of the estimate variant's dossier. */
function geschatGezamenlijkInkomen(lijst: readonly Feit[], jaar: number): number {
  const g = geschatInkomenUitBekendeFeiten(lijst, jaar);
  return EURO(g.aanvrager + (g.toeslagpartner ?? 0));
}

const AANTAL_REGELINGEN = REGELINGEN.length;
const REGELING_INDEX = new Map<string, number>(REGELINGEN.map((r, i) => [r.id, i]));

/**
 * The advances of a partition's households: per household a block of AANTAL_REGELINGEN slots (in
 * REGELINGEN order) with what was paid and whether there was an advance decision at all. Number
 * keys and flat arrays instead of a Map of `${id}:${regeling}` strings (≈ 12 string keys built
 * and hashed per household in the definitive run).
 */
class Voorschotten {
  private readonly blok = new Map<number, number>();
  private betaaldVan: number[] = [];
  private heeftVan: number[] = [];

  zet(huishouden: number, regeling: number, betaald: number): void {
    let b = this.blok.get(huishouden);
    if (b === undefined) {
      b = this.betaaldVan.length;
      this.blok.set(huishouden, b);
      for (let i = 0; i < AANTAL_REGELINGEN; i++) {
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

const GEEN_VOORSCHOTTEN = new Voorschotten();

/**
 * The engine's situation of a household input: the fast path (no zod round trip), or else the
 * general path, which names every problem of an input the engine cannot read.
 */
function leesSituatie(
  invoer: HuishoudenInvoer,
): { ok: true; situatie: Situatie } | { ok: false; problems: InputProblem[] } {
  const snel = situatieUitInvoer(invoer);
  if (snel) return { ok: true, situatie: snel };
  const p = parseHuishouden(invoer);
  return p.ok ? { ok: true, situatie: normaliseer(p.huishouden) } : p;
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
    const feiten = await leesBekendeFeiten(sql, p.vanId, p.totId, run.bekendOp);
    const definitief = run.soort === 'definitief';
    const voorschotten = definitief ? await this.leesVoorschotten(sql, run.jaar, p) : GEEN_VOORSCHOTTEN;
    const rijen: BeschikkingRij[] = [];
    const zaken: UitvalZaak[] = [];
    let ongeldig = 0;
    const betrokkenen: string[] = [];

    for (const [id, lijst] of feiten) {
      voegPersonenToe(lijst, betrokkenen);
      // The database already kept only the facts known at bekendOp.
      const dossier = huishoudenUitBekendeFeiten(lijst, run.jaar, definitief ? 'definitief' : 'schatting');
      // Fast path without the zod round trip; anything unusual takes the general path below.
      const gelezen = leesSituatie(dossier.invoer);
      if (!gelezen.ok) {
        // A dossier the engine cannot read goes to a person, never silently skipped.
        ongeldig++;
        zaken.push({
          huishouden: id,
          redenen: '{ONGELDIG_DOSSIER}',
          toelichting: JSON.stringify([
            {
              code: 'ONGELDIG_DOSSIER',
              toelichting: gelezen.problems.map((q) => `${q.path}: ${q.message}`).join('; '),
            },
          ]),
          prioriteit: 1,
        });
        continue;
      }
      const situatie = gelezen.situatie;
      this.rekenaar.bereken(situatie, this.uit, 0);
      const hash = snapshotHash(dossier.invoer);
      const blok = voorschotten.blokVan(id);
      const jaarbedragen: number[] = [];
      const positief: number[] = [];
      // What was actually advanced (the payment schedule), as the settlement uses.
      const voorschotBedragen: number[] = definitief ? [] : positief;
      for (let r = 0; r < AANTAL_REGELINGEN; r++) {
        const j = this.uit[r * 13]!;
        jaarbedragen.push(j);
        positief.push(Math.max(0, j));
        if (definitief) voorschotBedragen.push(voorschotten.betaald(blok, r));
      }
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
        ...(definitief ? { definitief: positief } : {}),
        // Only the estimate's incomes are needed from the estimate variant, not a second dossier.
        geschatInkomen: definitief ? geschatGezamenlijkInkomen(lijst, run.jaar) : gezamenlijkInkomen(dossier),
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
      for (let i = 0; i < AANTAL_REGELINGEN; i++) {
        const jaar = jaarbedragen[i]!;
        // No entitlement and nothing to settle: no decision.
        if (jaar === 0 && !voorschotten.heeft(blok, i)) continue;
        const maanden = this.uit.subarray(i * 13 + 1, i * 13 + 13);
        rijen.push({
          huishouden: id,
          regeling: REGELINGEN[i]!.id,
          voorschot: voorschotten.betaald(blok, i),
          status: jaar < 0 ? 'niet-berekenbaar' : houdAan ? 'aangehouden' : 'vastgesteld',
          jaarbedrag: Math.max(0, jaar),
          maanden: `{${maanden.join(',')}}`,
          hash,
        });
      }
    }

    await this.schrijfBeschikkingen(sql, run, rijen, definitief);
    // Cases are opened only through @regelmaat/zaken (an expected recovery ≥ € 1,500 to the
    // hearing queue, Awir art. 26b; every other exception to uitval-controle).
    await openUitvalZaken(sql, run.id, zaken);
    return {
      huishoudens: feiten.size,
      beschikkingen: rijen.length,
      zaken: zaken.length,
      ongeldig,
      betrokkenen,
    };
  }

  /**
   * Writes the decisions with COPY, a definitive decision with its settlement. No ON CONFLICT is
   * needed: only the leaseholder of a partition writes its decisions, in the transaction that
   * marks it done; should a double still occur, the unique key (run_id, huishouden_id, regeling)
   * makes the whole partition's transaction fail.
   */
  private async schrijfBeschikkingen(
    sql: Sql,
    run: Run,
    rijen: BeschikkingRij[],
    definitief: boolean,
  ): Promise<void> {
    if (rijen.length === 0) return;
    const grens = definitief ? doelmatigheidsgrens(this.w, run.jaar) : 0;
    // The same for every row of the run: escaped once.
    const vast = copyLine([run.id]).slice(0, -1);
    const vast2 = copyLine([run.jaar, definitief ? 'definitief' : 'voorschot']).slice(0, -1);
    const vast3 = copyLine([run.engineVersie, run.parameterVersie]).slice(0, -1);
    const bekendOp = copyLine([run.bekendOp]).slice(0, -1);
    let tekst = '';
    for (let i = 0; i < rijen.length; i++) {
      const b = rijen[i]!;
      let vereffening = GEEN_VEREFFENING;
      if (definitief && b.status !== 'niet-berekenbaar') {
        const v = vereffen(b.voorschot, b.jaarbedrag, grens);
        vereffening = `${v.voorschotTotaal}\t${v.verschil}\t${v.uitkomst}\t${v.teBetalen}\t${v.terugTeVorderen}`;
      }
      tekst += `${vast}\t${b.huishouden}\t${b.regeling}\t${vast2}\t${b.status}\t${b.jaarbedrag}\t${b.maanden}\t${vast3}\t${b.hash}\t${bekendOp}\t${vereffening}\n`;
    }
    await sql.copyFrom('beschikking', BESCHIKKING_KOLOMMEN, tekst);
  }

  /** The newest advance decision per household and toeslag of the year, with what it paid. */
  private async leesVoorschotten(sql: Sql, jaar: number, p: Partitie): Promise<Voorschotten> {
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
    const uit = new Voorschotten();
    let begin = 0;
    while (begin < tekst.length) {
      const t1 = tekst.indexOf('\t', begin);
      const t2 = tekst.indexOf('\t', t1 + 1);
      let eind = tekst.indexOf('\n', t2 + 1);
      if (eind < 0) eind = tekst.length;
      const regeling = REGELING_INDEX.get(tekst.slice(t1 + 1, t2));
      if (t1 < 0 || t2 < 0 || regeling === undefined)
        throw new Error(`onverwachte voorschotregel: ${tekst.slice(begin, eind)}`);
      uit.zet(Number(tekst.slice(begin, t1)), regeling, Number(tekst.slice(t2 + 1, eind)));
      begin = eind + 1;
    }
    return uit;
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
    // The persons of these households as the dossier knows them at the run's moment (for the log).
    const personen = await sql.query<{ bsns: string | null }>(
      `SELECT string_agg(b, ',') AS bsns FROM (
         SELECT DISTINCT huishouden_id, persoon_bsn AS b FROM feit
          WHERE huishouden_id >= $1 AND huishouden_id < $2 AND persoon_bsn IS NOT NULL
            AND geregistreerd_op <= $3 AND (vervallen_op IS NULL OR vervallen_op > $3)) p`,
      [p.vanId, p.totId, run.bekendOp],
    );
    const bsns = personen.rows[0]?.bsns;
    return {
      huishoudens: Number(n.rows[0]!.n),
      beschikkingen: r.affectedRows,
      zaken: 0,
      ongeldig: 0,
      betrokkenen: bsns ? bsns.split(',') : [],
    };
  }
}
