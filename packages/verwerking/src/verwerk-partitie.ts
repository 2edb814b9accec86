/**
 * @module
 * The work of one partition: read the facts of its households, compute with the batch path of
 * the rules engine, run the exception rules, and write decisions, settlements, payments and cases
 * — all in the caller's transaction, so a crash leaves nothing half-written. It also returns the
 * BSNs of every person of every household it processed (applicant, partner, children,
 * co-residents: every `persoon_bsn` the dossier knows), for the processing log (`werk`).
 */

import {
  betaalMaand,
  GEEN_VOORSCHOTTEN,
  leesVoorschotten,
  type RunBeschikking,
  schrijfRunBeschikkingen,
} from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import { type DossierHuishouden, HuishoudenRekenaar, problemenAlsTekst } from '@regelmaat/dossier';
import { aantalHuishoudens, bekendePersonen, leesBekendeFeiten } from '@regelmaat/dossier-opslag';
import { boekVereffeningen, schrijfZienswijzen } from '@regelmaat/invordering';
import { type Eurocent, eurocent, storedEurosToCents } from '@regelmaat/kernel';
import type { Wetgeving } from '@regelmaat/law';
import {
  huishoudensMetBlokkerendeZaak,
  isBlokkerend,
  openUitvalZaken,
  type UitvalZaak,
} from '@regelmaat/zaken';
import type { Partitie } from './lease';
import type { Run } from './run';
import type { UitvalDetector } from './uitval-poort';

const EURO = storedEurosToCents;

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

/** The joint toetsingsinkomen of the variant (eurocents): applicant and toeslagpartner. */
function gezamenlijkInkomen(d: DossierHuishouden): Eurocent {
  return EURO(d.invoer.aanvrager.toetsingsinkomen + (d.invoer.toeslagpartner?.toetsingsinkomen ?? 0));
}

/** The joint estimated income (eurocents): the advance's, whatever the variant. */
function geschatGezamenlijkInkomen(d: DossierHuishouden): Eurocent {
  return eurocent(d.geschatInkomen.aanvrager + (d.geschatInkomen.toeslagpartner ?? 0));
}

export class PartitieVerwerker {
  private readonly rekenaar: HuishoudenRekenaar;
  /** The regelingen of `w`, in its order: one decision per regeling (and household) at most. */
  private readonly aantal: number;

  constructor(
    private readonly w: Wetgeving,
    private readonly uitval: UitvalDetector,
  ) {
    this.rekenaar = new HuishoudenRekenaar(w);
    this.aantal = w.regelingen.length;
  }

  /** `op`: the moment cases are opened at (the caller's clock); absent, the database's clock. */
  async verwerk(sql: Sql, run: Run, p: Partitie, op?: string): Promise<PartitieUitkomst> {
    if (run.soort === 'betaling') return this.betaal(sql, run, p);
    const feiten = await leesBekendeFeiten(sql, p.vanId, p.totId, run.bekendOp);
    const definitief = run.soort === 'definitief';
    const voorschotten = definitief
      ? await leesVoorschotten(sql, run.jaar, p, this.w.regelingen)
      : GEEN_VOORSCHOTTEN;
    // Households with an open blocking case (missing data, a partner in doubt, a hearing…): their
    // definitive decisions wait for it instead of resting on an assumed value (zaken/blokkerend.ts).
    const geblokkeerd = definitief
      ? await huishoudensMetBlokkerendeZaak(sql, p.vanId, p.totId)
      : new Set<number>();
    const rijen: RunBeschikking[] = [];
    const zaken: UitvalZaak[] = [];
    let ongeldig = 0;
    const betrokkenen: string[] = [];

    for (const [id, lijst] of feiten) {
      voegPersonenToe(lijst, betrokkenen);
      // The database already kept only the facts known at bekendOp.
      const uitkomst = this.rekenaar.bereken(lijst, {
        jaar: run.jaar,
        variant: definitief ? 'definitief' : 'schatting',
      });
      if (!uitkomst.ok) {
        // A dossier the engine cannot read goes to a person, never silently skipped.
        ongeldig++;
        zaken.push({
          huishouden: id,
          redenen: '{ONGELDIG_DOSSIER}',
          toelichting: JSON.stringify([
            {
              code: 'ONGELDIG_DOSSIER',
              toelichting: problemenAlsTekst(uitkomst.problemen).join('; '),
            },
          ]),
          prioriteit: 1,
        });
        continue;
      }
      const { dossier, situatie, bedragen, invoerHash: hash } = uitkomst;
      const blok = voorschotten.blokVan(id);
      const positief: number[] = [];
      // What was actually advanced (the payment schedule), as the settlement uses.
      const voorschotBedragen: number[] = definitief ? [] : positief;
      for (let r = 0; r < this.aantal; r++) {
        positief.push(bedragen.toegekend(r));
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
        // The advance's joint income, which the rules compare with the definitive one.
        geschatInkomen: geschatGezamenlijkInkomen(dossier),
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
      // before a recovery ≥ € 1,500, Awir art. 26b) or a blocking one (missing data, a partner in
      // doubt), or whose household already has an open blocking case, is held until a person has
      // looked; closing the last blocking case makes it (diensten: werk.ts, aangehouden-vaststellen.ts).
      const houdAan =
        definitief &&
        ((vondst !== null && (vondst.prioriteit === 1 || isBlokkerend('uitval-controle', vondst.redenen))) ||
          geblokkeerd.has(Number(id)));
      for (let i = 0; i < this.aantal; i++) {
        // No entitlement and nothing to settle: no decision.
        if (bedragen.jaarbedrag(i) === 0 && !voorschotten.heeft(blok, i)) continue;
        rijen.push({
          huishouden: id,
          regeling: this.w.regelingen[i]!.id,
          voorschot: voorschotten.betaald(blok, i),
          status: !bedragen.berekenbaar(i) ? 'niet-berekenbaar' : houdAan ? 'aangehouden' : 'vastgesteld',
          jaarbedrag: bedragen.toegekend(i),
          maanden: `{${bedragen.maandbedragen(i).join(',')}}`,
          hash,
        });
      }
    }

    await schrijfRunBeschikkingen(sql, run, rijen, definitief, this.w);
    // What the settlements lead to, in the same transaction (set-based, @regelmaat/invordering): a
    // back-payment paid (Awir art. 24), a recovery above the doelmatigheidsgrens to collect (art. 26).
    if (definitief) await boekVereffeningen(sql, { runId: run.id, vanId: p.vanId, totId: p.totId });
    // Cases are opened only through @regelmaat/zaken (an expected recovery ≥ € 1,500 to the
    // hearing queue, Awir art. 26b; an uncertain KOT table value to kot-tabel-onzeker; every other
    // exception to uitval-controle).
    await openUitvalZaken(sql, run.id, zaken, op);
    // A held recovery of € 1,500 or more gets its zienswijze letter as data (Awir art. 26b).
    if (definitief) await schrijfZienswijzen(sql, { runId: run.id, vanId: p.vanId, totId: p.totId });
    return {
      huishoudens: feiten.size,
      beschikkingen: rijen.length,
      zaken: zaken.length,
      ongeldig,
      betrokkenen,
    };
  }

  /** Monthly payment: the month's instalment of the newest advance decision (set-based SQL). */
  private async betaal(sql: Sql, run: Run, p: Partitie): Promise<PartitieUitkomst> {
    const beschikkingen = await betaalMaand(sql, {
      runId: run.id,
      jaar: run.jaar,
      maand: run.maand,
      vanId: p.vanId,
      totId: p.totId,
    });
    return {
      huishoudens: await aantalHuishoudens(sql, p.vanId, p.totId),
      beschikkingen,
      zaken: 0,
      ongeldig: 0,
      // The persons of these households as the dossier knows them at the run's moment (for the log).
      betrokkenen: await bekendePersonen(sql, p.vanId, p.totId, run.bekendOp),
    };
  }
}
