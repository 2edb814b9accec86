/**
 * Objections on the database: opened as a case in team bezwaar's queue with the decisions of the
 * letter, steps only by the case's behandelaar from the right phase, no decision without a hearing
 * or its recorded ground, four-eyes above the threshold (also when an UPDATE tries to walk around
 * the service), and a decision version with aanleiding 'bezwaar' only after an upheld objection.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { legContactVast } from '../contact';
import { maakBeschikking } from '../testing/beschikking';
import { maakHuishoudens, NU } from '../testing/testdata';
import { uitkomst, waarde } from '../testing/uitkomst';
import { claim } from '../toewijzing';
import type { Actor } from '../typen';
import { historie, zaak } from '../zaak-rij';
import { keurBeslissingGoed, stelBeslissingVoor, wijsBeslissingAf } from './bezwaar-beslissen';
import { openBezwaar } from './bezwaar-openen';
import { bezwaar, openBezwaarTegen } from './bezwaar-rij';
import { legGesprekVast, slaHoorzittingOver, verdaag } from './bezwaar-stappen';

const HANNA: Actor = { id: 'hanna', rol: 'behandelaar', team: 'bezwaar' };
const IVO: Actor = { id: 'ivo', rol: 'teamleider', team: 'bezwaar' };
const ANDER: Actor = { id: 'anna', rol: 'behandelaar', team: 'uitval' };
const BURGER: Actor = { id: 'burger-1', rol: 'burger' };

describeEachDatabase('objections on $naam', ({ open }) => {
  let db: Db;
  let zorg: number;
  let huur: number;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1]);
    zorg = await maakBeschikking(db, 1, 'zorgtoeslag', 120_000);
    huur = await maakBeschikking(db, 1, 'huurtoeslag', 300_000);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  async function nieuw(gronden: string | undefined = 'Mijn inkomen klopt niet.') {
    const b = await openBezwaar(
      db,
      {
        huishoudenId: 1,
        beschikkingIds: [zorg, huur],
        onderwerp: 'Bezwaar tegen uw toeslagen 2026',
        briefdatum: '2026-03-02',
        kanaal: 'portaal',
        ontvangenOp: '2026-03-05',
        laatsteDagBezwaartermijn: '2026-04-13',
        tijdig: true,
        ...(gronden ? { gronden } : { hersteltermijn: '2026-04-02' }),
        beslistermijn: '2026-05-26',
      },
      BURGER,
      NU,
    );
    const z = await zaak(db, b.zaakId);
    waarde(await uitkomst(claim(db, b.zaakId, z!.versie, HANNA, NU)));
    return b;
  }

  async function gebeldEnOvergeslagen(id: number) {
    const c = await uitkomst(
      legContactVast(
        db,
        {
          huishoudenId: 1,
          kanaal: 'telefoon',
          richting: 'uitgaand',
          onderwerp: 'Bezwaar',
          uitkomst: 'Uitgelegd.',
        },
        HANNA,
        NU,
      ),
    );
    waarde(
      await uitkomst(
        legContactVast(
          db,
          { huishoudenId: 1, kanaal: 'telefoon', richting: 'uitgaand', onderwerp: 'x', uitkomst: 'y' },
          HANNA,
          NU,
        ),
      ),
    );
    waarde(
      await uitkomst(legGesprekVast(db, id, { contactId: waarde(c).id, ingetrokken: false }, HANNA, NU)),
    );
    return waarde(
      await uitkomst(
        slaHoorzittingOver(db, id, 'afgezien', 'Mevrouw ziet af van horen (telefoon).', HANNA, NU),
      ),
    );
  }

  it('opens a case in team bezwaar, due on the statutory date, covering every decision of the letter', async () => {
    const b = await nieuw();
    const z = (await zaak(db, b.zaakId))!;
    expect(z).toMatchObject({
      soort: 'bezwaar',
      team: 'bezwaar',
      termijn: '2026-05-26',
      status: 'in-behandeling',
    });
    expect(b.beschikkingIds).toEqual([zorg, huur].sort((x, y) => x - y));
    expect((await openBezwaarTegen(db, [huur]))?.id).toBe(b.id);
    expect((await historie(db, b.zaakId)).map((h) => h.actie)).toEqual([
      'aangemaakt',
      'bezwaar-ingediend',
      'geclaimd',
    ]);
  });

  it('lets only the behandelaar take steps, in order', async () => {
    const b = await nieuw();
    const r1 = await uitkomst(slaHoorzittingOver(db, b.id, 'afgezien', 'x', HANNA, NU));
    expect(r1).toMatchObject({ ok: false, code: 'niet-toegestaan' }); // not called yet
    const r2 = await uitkomst(legGesprekVast(db, b.id, { contactId: 1, ingetrokken: false }, ANDER, NU));
    expect(r2).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    const r3 = await uitkomst(legGesprekVast(db, b.id, { contactId: 1, ingetrokken: false }, BURGER, NU));
    expect(r3).toMatchObject({ ok: false, code: 'niet-toegestaan' });
  });

  it('refuses a decision before the hearing question is settled, even written directly', async () => {
    const b = await nieuw();
    await expect(
      db.query(
        `UPDATE bezwaar SET fase = 'beslist', beslissing = 'ongegrond', motivering = 'x', auteur = 'hanna', beslist_op = now() WHERE id = $1`,
        [b.id],
      ),
    ).rejects.toThrow(/check/i);
  });

  it('postpones once, within the term', async () => {
    const b = await nieuw();
    const v = waarde(
      await uitkomst(
        verdaag(
          db,
          b.id,
          { reden: 'Advies nodig.', beslistermijn: '2026-07-07', vandaag: '2026-05-01' },
          HANNA,
          NU,
        ),
      ),
    );
    expect(v.beslistermijn).toBe('2026-07-07');
    const twee = await uitkomst(
      verdaag(
        db,
        b.id,
        { reden: 'Nog eens.', beslistermijn: '2026-08-18', vandaag: '2026-05-02' },
        HANNA,
        NU,
      ),
    );
    // The case's due date (queue, "Mijn zaken") moves with it.
    const z = await db.query<{ termijn: string }>('SELECT termijn::text AS termijn FROM zaak WHERE id = $1', [
      b.zaakId,
    ]);
    expect(z.rows[0]!.termijn).toBe('2026-07-07');
    expect(twee).toMatchObject({ ok: false, code: 'niet-toegestaan' });
  });

  it('decides below the threshold at once and closes the case', async () => {
    const b = await nieuw();
    await gebeldEnOvergeslagen(b.id);
    const d = waarde(
      await uitkomst(
        stelBeslissingVoor(
          db,
          b.id,
          {
            beslissing: 'deels-gegrond',
            motivering: 'Inkomen lager.',
            nieuweRegeling: 'zorgtoeslag',
            nieuwJaarbedrag: 150_000,
            bedragVerschil: 30_000,
          },
          false,
          HANNA,
          NU,
        ),
      ),
    );
    expect(d.fase).toBe('beslist');
    expect((await zaak(db, b.zaakId))?.status).toBe('afgerond');
  });

  it('needs a team lead who is not the author above the threshold, and the database agrees', async () => {
    const b = await nieuw();
    await gebeldEnOvergeslagen(b.id);
    const voorstel = {
      beslissing: 'gegrond' as const,
      motivering: 'Huur klopt niet.',
      nieuweRegeling: 'huurtoeslag',
      nieuwJaarbedrag: 400_000,
      bedragVerschil: 100_000,
    };
    // The service's threshold says "no four-eyes": the database still refuses it.
    await expect(uitkomst(stelBeslissingVoor(db, b.id, voorstel, false, HANNA, NU))).rejects.toThrow(
      /check/i,
    );
    expect((await bezwaar(db, b.id))?.fase).toBe('te-beslissen');
    const v = waarde(await uitkomst(stelBeslissingVoor(db, b.id, voorstel, true, HANNA, NU)));
    expect(v.fase).toBe('wacht-op-goedkeuring');
    expect(await uitkomst(keurBeslissingGoed(db, b.id, HANNA, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    const teamleiderAlsAuteur: Actor = { id: 'hanna', rol: 'teamleider', team: 'bezwaar' };
    expect(await uitkomst(keurBeslissingGoed(db, b.id, teamleiderAlsAuteur, NU))).toMatchObject({
      ok: false,
    });
    // Walking around the service: putting it in force without a second person.
    await expect(
      db.query(`UPDATE bezwaar SET fase = 'beslist', beslist_op = now() WHERE id = $1`, [b.id]),
    ).rejects.toThrow(/check/i);
    // A decision version for the objection before it is decided is refused too.
    await expect(
      db.query(
        `INSERT INTO beschikking (huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen, engine_versie,
                                  parameter_versie, invoer_hash, bekend_op, aanleiding, bezwaar_id)
         VALUES (1, 'huurtoeslag', 2026, 'definitief', 'vastgesteld', 400000, '{0,0,0,0,0,0,0,0,0,0,0,0}', 'e', 'p', 'h', now(), 'bezwaar', $1)`,
        [b.id],
      ),
    ).rejects.toThrow(/four-eyes|check/i);
    waarde(await uitkomst(wijsBeslissingAf(db, b.id, 'Motiveer het bedrag.', IVO, NU)));
    waarde(await uitkomst(stelBeslissingVoor(db, b.id, voorstel, true, HANNA, NU)));
    const goed = waarde(await uitkomst(keurBeslissingGoed(db, b.id, IVO, NU)));
    expect(goed).toMatchObject({ fase: 'beslist', beoordelaar: 'ivo', auteur: 'hanna' });
    expect((await zaak(db, b.zaakId))?.status).toBe('afgerond');
  });

  it('ends the objection when the person withdraws it on the phone', async () => {
    const b = await nieuw(undefined);
    const c = waarde(
      await uitkomst(
        legContactVast(
          db,
          {
            huishoudenId: 1,
            kanaal: 'telefoon',
            richting: 'uitgaand',
            onderwerp: 'Bezwaar',
            uitkomst: 'Trekt in.',
          },
          HANNA,
          NU,
        ),
      ),
    );
    const i = waarde(
      await uitkomst(legGesprekVast(db, b.id, { contactId: c.id, ingetrokken: true }, HANNA, NU)),
    );
    expect(i.fase).toBe('ingetrokken');
    expect((await zaak(db, b.zaakId))?.uitkomst).toBe('bezwaar ingetrokken');
  });
});
