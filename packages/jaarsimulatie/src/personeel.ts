/**
 * @module
 * The staff of the simulated year: every working day each team works its queue in the queue's own
 * order (urgency: priority, due date, id) within the hours it has that day, through the product's
 * services — read the queue, pick up the case, call the person (a contact on the case), close it.
 * A hearing before a recovery (Awir art. 26b) is decided through the zienswijze service once the
 * person's term has passed. Hours not used because the queue is empty are lost; hours of a day that
 * do not cover the next case carry over to the next day (a longer case spans days).
 *
 * When a case is first seen, its expected completion date (`verwachtKlaar`, zaken/verwachting.ts)
 * is taken with the simulation's staff per team, to compare with the day it was actually done.
 */
import {
  type Context,
  claimZaak,
  DienstFout,
  geefZaakVrij,
  legContactVastOpZaak,
  type Omgeving,
  rondZienswijzeAf,
  sluit,
  wachtrij,
} from '@regelmaat/diensten';
import { verwachteAfrondingen, type Zaak, type ZaakSoort } from '@regelmaat/zaken';
import type { Aannames } from './aannames';
import { medewerker } from './rollen';

/** What the simulation knows of a case it saw: when, its ETA then, when it was done. */
export interface GezienZaak {
  id: number;
  soort: ZaakSoort;
  team: string;
  huishoudenId: number;
  geopendOp: string;
  /** The day it was first seen in the queue and the expected completion date on that day. */
  gezienOp: string;
  verwachtKlaar?: string;
  eersteContactOp?: string;
  afgerondOp?: string;
}

export class Personeel {
  readonly zaken = new Map<number, GezienZaak>();
  /** Calls made (one per case handled). */
  gesprekken = 0;
  private readonly tegoed = new Map<string, number>();
  private readonly wachtTot = new Map<number, string>();

  constructor(
    private readonly o: Omgeving,
    private readonly a: Aannames,
    readonly medewerkers: ReadonlyMap<string, number>,
    private readonly zetKlok: (iso: string) => void,
  ) {}

  /** One working day (`datum`, YYYY-MM-DD) of every team, at the end of the day. */
  async werkdag(datum: string): Promise<void> {
    this.zetKlok(`${datum}T16:00:00.000Z`);
    const q = await wachtrij(this.o, medewerker('teamleiding'), {
      behandelaar: null,
      status: ['open'],
      volgorde: 'urgentie',
      limiet: 500,
    });
    await this.noteerNieuwe(q.zaken, datum);
    const perTeam = new Map<string, Zaak[]>();
    for (const z of q.zaken) perTeam.set(z.team, [...(perTeam.get(z.team) ?? []), z]);
    for (const [team, zaken] of perTeam) {
      const mensen = this.medewerkers.get(team) ?? 0;
      let uren = (this.tegoed.get(team) ?? 0) + mensen * this.a.zaakurenPerDag.waarde;
      for (const z of zaken) {
        const nodig = this.a.behandeluren.waarde[z.soort];
        if (nodig > uren) break;
        if ((this.wachtTot.get(z.id) ?? '') > datum) continue;
        if (await this.handel(z, team, datum)) uren -= nodig;
      }
      this.tegoed.set(team, zaken.length > 0 ? uren : 0);
    }
  }

  private async noteerNieuwe(zaken: readonly Zaak[], datum: string): Promise<void> {
    const nieuw = zaken.filter((z) => !this.zaken.has(z.id));
    if (nieuw.length === 0) return;
    const eta = await verwachteAfrondingen(this.o.db, datum, this.medewerkers, {
      zaakIds: nieuw.map((z) => z.id),
    });
    for (const z of nieuw) {
      const v = eta.get(z.id);
      this.zaken.set(z.id, {
        id: z.id,
        soort: z.soort,
        team: z.team,
        huishoudenId: z.huishoudenId,
        geopendOp: z.aangemaaktOp,
        gezienOp: datum,
        ...(v ? { verwachtKlaar: v } : {}),
      });
    }
  }

  /** Picks up, calls and decides one case; false when it cannot be decided yet (it is released). */
  private async handel(z: Zaak, team: string, datum: string): Promise<boolean> {
    const ctx = () => medewerker(team);
    const opgepakt = await claimZaak(this.o, ctx(), z.id, z.versie);
    const gezien = this.zaken.get(z.id)!;
    await legContactVastOpZaak(this.o, ctx(), z.id, {
      kanaal: 'telefoon',
      richting: 'uitgaand',
      onderwerp: 'Zaak besproken (jaarsimulatie)',
      uitkomst: 'Situatie besproken en besluit toegelicht',
    });
    this.gesprekken++;
    gezien.eersteContactOp ??= this.o.klok();
    try {
      if (!(z.soort === 'hoorzitting-terugvordering' && (await this.zienswijze(z.id, opgepakt.versie, ctx))))
        await sluit(this.o, ctx(), z.id, opgepakt.versie, 'Afgehandeld (jaarsimulatie)');
    } catch (e) {
      if (!(e instanceof DienstFout) || e.status !== 409) throw e;
      // Not yet decidable (the person's term runs): back to the queue, looked at again in a week.
      await geefZaakVrij(this.o, ctx(), z.id, opgepakt.versie);
      this.wachtTot.set(z.id, plusDagen(datum, 7));
      return false;
    }
    gezien.afgerondOp = this.o.klok();
    return true;
  }

  /**
   * Decides a hearing case's zienswijze (Awir art. 26b); false when the case has none (a hearing
   * opened during the year for an expected recovery: it is closed as any case).
   */
  private async zienswijze(zaakId: number, versie: number, ctx: () => Context): Promise<boolean> {
    try {
      await rondZienswijzeAf(this.o, ctx(), zaakId, {
        versie,
        motivering: 'Zienswijze gewogen; geen reden de terugvordering te verlagen (jaarsimulatie).',
      });
      return true;
    } catch (e) {
      if (e instanceof DienstFout && e.status === 404) return false;
      throw e;
    }
  }
}

export function plusDagen(datum: string, n: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
