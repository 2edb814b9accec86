/**
 * Exceptions on every path (issue 16, C4): a maatwerk decision is a decision like any other. After
 * the year is settled, a case worker's maatwerk amount on a definitive decision runs the exception
 * rules, and the new version waits (`aangehouden`) while a blocking case of its household is open,
 * as the definitive run holds its decisions:
 *
 * - a lower amount that leaves a recovery of € 1,500 or more opens the hearing case (Awir art. 26b:
 *   hear first), and the decision waits for it;
 * - with a "missing data" case open, a maatwerk amount waits too, and is made when that case closes;
 * - without a blocking case it is made at once.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import type { RegelingId } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { maakZaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../context';
import { keurMaatwerkGoed, legMaatwerkbesluitVast } from '../maatwerk';
import { inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { claimZaak, sluit } from '../werk';

const NA_HET_JAAR = '2027-06-01T10:00:00.000Z';
const SYSTEEM = { id: 'systeem', rol: 'systeem' };

interface Definitief {
  id: string;
  huishouden_id: string;
  regeling: RegelingId;
  status: string;
  jaarbedrag: number;
  voorschot: number;
}

describeEachDatabase('exception rules and blocking cases on a maatwerk decision, on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });
  const gebruikt = new Set<number>();
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => NA_HET_JAAR);
    await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
    for (const n of ['behandelaar-1', 'teamleider-1'])
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
  }, 400_000);
  afterAll(async () => {
    await db?.close();
  });

  /** The definitive decisions in force of households not used yet, largest advance total first. */
  const definitieve = async () =>
    (
      await db.query<Definitief>(
        `SELECT DISTINCT ON (huishouden_id, regeling) id, huishouden_id, regeling, status, jaarbedrag,
                vereffening_voorschot_totaal AS voorschot
           FROM beschikking WHERE soort = 'definitief' AND jaar = 2026
          ORDER BY huishouden_id, regeling, id DESC`,
      )
    ).rows
      .filter((b) => !gebruikt.has(Number(b.huishouden_id)))
      .sort((a, b) => b.voorschot - a.voorschot);
  const versie = async (id: number) =>
    (
      await db.query<{ status: string; jaarbedrag: number }>(
        'SELECT status, jaarbedrag FROM beschikking WHERE id = $1',
        [id],
      )
    ).rows[0]!;
  const zakenVan = async (h: number) =>
    (
      await db.query<{ soort: string; status: string; redenen: string[] }>(
        'SELECT soort, status, redenen FROM zaak WHERE huishouden_id = $1 ORDER BY id',
        [h],
      )
    ).rows;

  /** A case worker's maatwerk amount for `b` (with a team lead's approval above the threshold). */
  async function maatwerk(b: Definitief, bedrag: number): Promise<number> {
    const h = Number(b.huishouden_id);
    gebruikt.add(h);
    const z = await maakZaak(
      db,
      { soort: 'uitval-controle', huishoudenId: h, onderwerp: 'Maatwerk', redenen: ['SCHATTING_WIJKT_AF'] },
      SYSTEEM,
      t.o.klok(),
    );
    await claimZaak(t.o, als('behandelaar-1'), z.id, z.versie);
    const u = await legMaatwerkbesluitVast(t.o, als('behandelaar-1'), {
      zaakId: z.id,
      regeling: b.regeling,
      jaar: 2026,
      afwijking: { bedrag },
      grondslag: 'awir-13b',
      afweging: 'De regel werkt hier onevenredig uit.',
      vragen: { rechtvaardig: 'Ja.', samen: 'Besproken met de burger.', aanspreekbaar: 'Vastgelegd.' },
      niveau: 'geval',
    });
    const id =
      u.beschikkingId ?? (await keurMaatwerkGoed(t.o, als('teamleider-1'), u.besluit.id)).beschikkingId;
    expect(id).toBeGreaterThan(Number(b.id));
    return id!;
  }

  it('a lower amount that leaves a recovery of € 1,500 or more opens the hearing case and waits for it', async () => {
    const b = (await definitieve())[0]!;
    expect(b.status).toBe('vastgesteld');
    expect(b.voorschot).toBeGreaterThanOrEqual(150_000);
    const bedrag = Math.max(0, Math.floor((b.voorschot - 200_000) / 100) * 100);
    const id = await maatwerk(b, bedrag);
    const zaken = await zakenVan(Number(b.huishouden_id));
    expect(zaken.filter((z) => z.status !== 'afgerond').map((z) => z.soort)).toContain(
      'hoorzitting-terugvordering',
    );
    expect(await versie(id)).toEqual({ status: 'aangehouden', jaarbedrag: bedrag });
    // The decision it replaces stays as it was.
    expect((await versie(Number(b.id))).status).toBe('vastgesteld');
    console.log(
      `maatwerk ${b.regeling}: advances € ${b.voorschot / 100}, amount € ${bedrag / 100} → hearing case, decision held`,
    );
  });

  /**
   * A decision and a maatwerk amount that leaves no recovery the hearing needs (at least € 100 more
   * than the law gives, and less than € 1,500 below the advances paid), so only a case can block.
   */
  const zonderHogeTerugvordering = async () => {
    const alle = await definitieve();
    const b = alle.find((x) => x.status === 'vastgesteld' && x.jaarbedrag > 0);
    expect(b, JSON.stringify(alle)).toBeDefined();
    const bedrag = Math.ceil(Math.max(b!.jaarbedrag + 10_000, b!.voorschot - 50_000) / 100) * 100;
    return { b: b!, bedrag };
  };

  it('with a missing-data case open a maatwerk amount waits, and is made when that case closes', async () => {
    const { b, bedrag } = await zonderHogeTerugvordering();
    const h = Number(b.huishouden_id);
    const ontbreekt = await maakZaak(
      db,
      {
        soort: 'uitval-controle',
        huishoudenId: h,
        onderwerp: 'Gegevens ontbreken',
        redenen: ['ONTBREKENDE_GEGEVENS'],
      },
      SYSTEEM,
      t.o.klok(),
    );
    const id = await maatwerk(b, bedrag);
    expect(await versie(id)).toEqual({ status: 'aangehouden', jaarbedrag: bedrag });
    expect((await zakenVan(h)).map((z) => z.soort)).not.toContain('hoorzitting-terugvordering');
    const ctx = als('behandelaar-1');
    const z = await claimZaak(t.o, ctx, ontbreekt.id, ontbreekt.versie);
    await sluit(t.o, ctx, ontbreekt.id, z.versie, 'Gegevens ontvangen en verwerkt.');
    expect((await versie(id)).status).toBe('vastgesteld');
  });

  it('without a blocking case a maatwerk amount is made at once', async () => {
    const { b, bedrag } = await zonderHogeTerugvordering();
    const id = await maatwerk(b, bedrag);
    expect(await versie(id)).toEqual({ status: 'vastgesteld', jaarbedrag: bedrag });
    expect((await zakenVan(Number(b.huishouden_id))).map((z) => z.soort)).not.toContain(
      'hoorzitting-terugvordering',
    );
  });
});
