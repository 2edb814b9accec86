/**
 * Maatwerk decisions on the database: complete records only, approval above the threshold by a
 * team lead who is not the author, rejection with reasons, and van kracht only after approval and
 * with a decision version for the same household and regeling.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { keurGoed, legMaatwerkVast, markeerVanKracht, wijsAf } from './maatwerk';
import { GOEDKEURINGSDREMPEL, goedkeuringNodig } from './maatwerk-invoer';
import { maatwerkbesluit, maatwerkbesluitenVanZaak } from './maatwerk-rij';
import { maakBeschikking } from './testing/beschikking';
import { ANNA, BART, maakHuishoudens, maatwerkInvoer, NU, TEAMLEIDER, TEAMLEIDER2 } from './testing/testdata';
import { uitkomst, waarde } from './testing/uitkomst';
import { claim, geefVrij, sluitZaak } from './toewijzing';
import { historie, zaak } from './zaak-rij';

const DREMPEL = {}; // the default and maximum: GOEDKEURINGSDREMPEL, € 500

describeEachDatabase('maatwerk decisions on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1, 2]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  async function zaakInBehandeling(huishoudenId = 1, actor = ANNA) {
    const z = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId, onderwerp: 'Verzoek om maatwerk' },
      actor,
      NU,
    );
    return waarde(await uitkomst(claim(db, z.id, z.versie, actor, NU)));
  }

  it('refuses an incomplete record and names every missing part', async () => {
    const z = await zaakInBehandeling();
    const u = await uitkomst(
      legMaatwerkVast(
        db,
        maatwerkInvoer(z.id, {
          grondslag: 'gevoel',
          vragen: { rechtvaardig: 'ja', samen: ' ', aanspreekbaar: '' },
          afwijking: { bedrag: 1.5, periode: { van: '2026-06-01', tot: '2026-01-01' } },
        }),
        ANNA,
        NU,
        DREMPEL,
      ),
    );
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.code).toBe('ongeldige-invoer');
    for (const deel of [
      'grondslag',
      'vragen.samen',
      'vragen.aanspreekbaar',
      'afwijking.bedrag',
      'afwijking.periode',
    ])
      expect(u.melding).toContain(deel);
    expect(u.melding).not.toContain('vragen.rechtvaardig');
    expect(await maatwerkbesluitenVanZaak(db, z.id)).toEqual([]);
  });

  it('refuses amounts beyond the integer columns and dates that do not exist (was a database error)', async () => {
    const z = await zaakInBehandeling();
    const u = await uitkomst(
      legMaatwerkVast(
        db,
        maatwerkInvoer(z.id, {
          standaardUitkomst: { bedrag: 2 ** 31, omschrijving: 'te groot' },
          afwijking: {
            bedrag: 2 ** 40,
            periode: { van: '2026-02-30', tot: '2026-12-31' },
            betalingsregeling: { termijnen: 2 ** 31, bedragPerTermijn: 2 ** 31 },
          },
        }),
        ANNA,
        NU,
        DREMPEL,
      ),
    );
    expect(u).toMatchObject({ ok: false, code: 'ongeldige-invoer' });
    if (u.ok) return;
    for (const deel of [
      'standaardUitkomst.bedrag',
      'afwijking.bedrag',
      'afwijking.periode',
      'betalingsregeling.termijnen',
      'betalingsregeling.bedragPerTermijn',
    ])
      expect(u.melding).toContain(deel);
    expect(await maatwerkbesluitenVanZaak(db, z.id)).toEqual([]);
  });

  it('only the behandelaar of the case records a decision', async () => {
    const z = await zaakInBehandeling();
    expect(await uitkomst(legMaatwerkVast(db, maatwerkInvoer(z.id), BART, NU, DREMPEL))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    expect(await uitkomst(legMaatwerkVast(db, maatwerkInvoer(999_999), ANNA, NU, DREMPEL))).toMatchObject({
      ok: false,
      code: 'niet-gevonden',
    });
  });

  it('approves a small deviation at once, keeping the case with its behandelaar', async () => {
    const z = await zaakInBehandeling();
    const b = waarde(
      await uitkomst(
        legMaatwerkVast(
          db,
          maatwerkInvoer(z.id, { afwijking: { bedrag: 200_000 }, niveau: 'geval' }),
          ANNA,
          NU,
          DREMPEL,
        ),
      ),
    );
    expect(b).toMatchObject({
      status: 'goedgekeurd',
      verschil: -40_000,
      auteur: 'anna',
      beoordelaar: null,
      huishoudenId: 1,
    });
    expect(await zaak(db, z.id)).toMatchObject({ status: 'in-behandeling', behandelaar: 'anna', versie: 3 });
    expect((await historie(db, z.id)).at(-1)).toMatchObject({
      actie: 'maatwerk-vastgelegd',
      versie: 3,
      details: { besluitId: b.id },
    });
  });

  it('holds a large deviation for a team lead who is not the author (four-eyes)', async () => {
    const leider = await zaakInBehandeling(2, TEAMLEIDER);
    const b = waarde(await uitkomst(legMaatwerkVast(db, maatwerkInvoer(leider.id), TEAMLEIDER, NU, DREMPEL)));
    expect(b.status).toBe('wacht-op-goedkeuring');
    expect(b.afwijking).toEqual({
      bedrag: 60_000,
      betalingsregeling: { termijnen: 24, bedragPerTermijn: 2_500 },
    });
    expect(await zaak(db, leider.id)).toMatchObject({ status: 'wacht-op-goedkeuring', behandelaar: 'tess' });
    // While waiting the case cannot be released, closed or given a second decision.
    expect(await uitkomst(geefVrij(db, leider.id, 3, TEAMLEIDER, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    expect(await uitkomst(sluitZaak(db, leider.id, 3, 'klaar', TEAMLEIDER, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    expect(
      await uitkomst(legMaatwerkVast(db, maatwerkInvoer(leider.id), TEAMLEIDER, NU, DREMPEL)),
    ).toMatchObject({
      ok: false,
      melding: expect.stringContaining('wacht al'),
    });
    // The author, though a team lead, cannot approve; a case worker cannot either.
    expect(await uitkomst(keurGoed(db, b.id, TEAMLEIDER, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
      melding: expect.stringContaining('vier-ogenprincipe'),
    });
    expect(await uitkomst(keurGoed(db, b.id, ANNA, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    expect(await uitkomst(keurGoed(db, 999_999, TEAMLEIDER2, NU))).toMatchObject({
      ok: false,
      code: 'niet-gevonden',
    });
    const goed = waarde(await uitkomst(keurGoed(db, b.id, TEAMLEIDER2, '2026-03-03T10:00:00Z')));
    expect(goed).toMatchObject({
      status: 'goedgekeurd',
      beoordelaar: 'tom',
      beoordeeldOp: '2026-03-03T10:00:00.000Z',
    });
    expect(await zaak(db, leider.id)).toMatchObject({
      status: 'in-behandeling',
      behandelaar: 'tess',
      versie: 4,
    });
    expect(await uitkomst(keurGoed(db, b.id, TEAMLEIDER2, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    // The database refuses self-approval too.
    await expect(
      db.query(`UPDATE maatwerkbesluit SET beoordelaar = auteur WHERE id = $1`, [b.id]),
    ).rejects.toThrow();
  });

  it('rejects with reasons and lets the behandelaar continue', async () => {
    const z = await zaakInBehandeling();
    const b = waarde(await uitkomst(legMaatwerkVast(db, maatwerkInvoer(z.id), ANNA, NU, DREMPEL)));
    expect(await uitkomst(wijsAf(db, b.id, '  ', TEAMLEIDER, NU))).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
    });
    const af = waarde(
      await uitkomst(wijsAf(db, b.id, 'Onderbouwing van de draagkracht ontbreekt.', TEAMLEIDER, NU)),
    );
    expect(af).toMatchObject({
      status: 'afgewezen',
      beoordelingToelichting: 'Onderbouwing van de draagkracht ontbreekt.',
    });
    expect(await zaak(db, z.id)).toMatchObject({ status: 'in-behandeling', behandelaar: 'anna' });
    expect((await historie(db, z.id)).map((h) => h.actie)).toEqual([
      'aangemaakt',
      'geclaimd',
      'maatwerk-ter-goedkeuring',
      'maatwerk-afgewezen',
    ]);
    await expect(markeerVanKracht(db, b.id, 1, NU)).rejects.toThrow('goedgekeurd');
  });

  it('becomes van kracht only with a decision version for the same household and regeling', async () => {
    const z = await zaakInBehandeling();
    const b = waarde(
      await uitkomst(
        legMaatwerkVast(
          db,
          maatwerkInvoer(z.id, { afwijking: { bedrag: 200_000 }, niveau: 'geval' }),
          ANNA,
          NU,
          DREMPEL,
        ),
      ),
    );
    const andereRegeling = await maakBeschikking(db, 1, 'zorgtoeslag', 120_000);
    const anderHuishouden = await maakBeschikking(db, 2, 'huurtoeslag', 120_000);
    await expect(markeerVanKracht(db, b.id, andereRegeling, NU)).rejects.toThrow('hoort niet bij');
    await expect(markeerVanKracht(db, b.id, anderHuishouden, NU)).rejects.toThrow('hoort niet bij');
    await expect(markeerVanKracht(db, b.id, 999_999, NU)).rejects.toThrow('bestaat niet');
    const juist = await maakBeschikking(db, 1, 'huurtoeslag', 400_000);
    await markeerVanKracht(db, b.id, juist, '2026-04-01T08:00:00Z');
    expect(await maatwerkbesluit(db, b.id)).toMatchObject({
      status: 'van-kracht',
      beschikkingId: juist,
      vanKrachtOp: '2026-04-01T08:00:00.000Z',
    });
    expect((await historie(db, z.id)).at(-1)).toMatchObject({
      actie: 'maatwerk-van-kracht',
      actor: 'systeem',
    });
    await expect(markeerVanKracht(db, b.id, juist, NU)).rejects.toThrow();
  });

  it('reads back everything that was recorded', async () => {
    const z = await zaakInBehandeling();
    const invoer = maatwerkInvoer(z.id, {
      afwijking: { bedrag: 230_000, periode: { van: '2026-01-01', tot: '2026-06-30' } },
      perspectieven: {
        juridisch: 'Art. 26 lid 2 laat ruimte.',
        financieel: 'Schuld blijft beheersbaar.',
        sociaal: 'Kinderen blijven thuis wonen.',
      },
      niveau: 'structureel',
    });
    const b = waarde(await uitkomst(legMaatwerkVast(db, invoer, ANNA, NU, DREMPEL)));
    const terug = await maatwerkbesluit(db, b.id);
    expect(terug).toEqual(b);
    expect(terug).toMatchObject({
      regeling: 'huurtoeslag',
      jaar: 2026,
      standaardUitkomst: invoer.standaardUitkomst,
      afwijking: { bedrag: 230_000, periode: { van: '2026-01-01', tot: '2026-06-30' } },
      grondslag: 'awir-26-2',
      vragen: invoer.vragen,
      perspectieven: invoer.perspectieven,
      niveau: 'structureel',
      redenen: invoer.redenen,
      precedenten: [],
      aangemaaktOp: NU,
    });
    const z2 = await zaakInBehandeling(); // the first case waits for approval (level 3)
    expect(
      await uitkomst(
        legMaatwerkVast(db, maatwerkInvoer(z2.id, { precedenten: [b.id, 999_999] }), ANNA, NU, DREMPEL),
      ),
    ).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
      melding: expect.stringContaining('999999'),
    });
  });
  it('needs four-eyes above the threshold and for every level 2 or 3 remedy, however small', async () => {
    expect(GOEDKEURINGSDREMPEL).toBe(50_000);
    expect(goedkeuringNodig(100_000, 150_000, 'geval')).toBe(false);
    expect(goedkeuringNodig(100_000, 150_001, 'geval')).toBe(true);
    expect(goedkeuringNodig(100_000, 100_000, 'vergelijkbaar')).toBe(true);
    expect(goedkeuringNodig(100_000, 100_000, 'structureel')).toBe(true);
    // A configured threshold can only be stricter.
    expect(goedkeuringNodig(100_000, 140_000, 'geval', 10_000)).toBe(true);
    expect(goedkeuringNodig(100_000, 140_000, 'geval', 10_000_000)).toBe(false);
    expect(goedkeuringNodig(0, 2_500_000, 'geval', 10_000_000)).toBe(true);
    const z = await zaakInBehandeling();
    await expect(
      uitkomst(
        legMaatwerkVast(db, maatwerkInvoer(z.id), ANNA, NU, { goedkeuringsdrempel: GOEDKEURINGSDREMPEL + 1 }),
      ),
    ).rejects.toThrow(RangeError);
    const klein = waarde(
      await uitkomst(
        legMaatwerkVast(
          db,
          maatwerkInvoer(z.id, { afwijking: { bedrag: 240_000 }, niveau: 'vergelijkbaar' }),
          ANNA,
          NU,
        ),
      ),
    );
    expect(klein).toMatchObject({ status: 'wacht-op-goedkeuring', verschil: 0 });
  });

  it('the database holds the same threshold as the code', async () => {
    const r = await db.query<{ d: number }>('SELECT maatwerk_goedkeuringsdrempel() AS d');
    expect(r.rows[0]!.d).toBe(GOEDKEURINGSDREMPEL);
  });

  it('the database refuses an approved or in-force decision without a second person where one is needed', async () => {
    const z = await zaakInBehandeling();
    const rij = (
      standaard: number,
      afwijking: number,
      niveau: string,
      status: string,
      beoordelaar: string | null,
    ) =>
      db.query<{ id: string }>(
        `INSERT INTO maatwerkbesluit (zaak_id, huishouden_id, regeling, jaar, standaard_bedrag, standaard_omschrijving,
           afwijking_bedrag, grondslag, afweging, vraag_rechtvaardig, vraag_samen, vraag_aanspreekbaar, niveau,
           huishoudtype, redenen, status, auteur, aangemaakt_op, beoordelaar, beoordeeld_op)
         VALUES ($1, 1, 'zorgtoeslag', 2026, $2, 'standaard', $3, 'awir-13b', 'a', 'r', 's', 'a', $4, 'paar', '{}',
                 $5, 'anna', $6, $7, $8) RETURNING id`,
        [z.id, standaard, afwijking, niveau, status, NU, beoordelaar, beoordelaar ? NU : null],
      );
    // € 1,550 became € 25,000 with no team lead: refused, approved or in force.
    await expect(rij(155_000, 2_500_000, 'geval', 'goedgekeurd', null)).rejects.toThrow();
    await expect(rij(155_000, 2_500_000, 'geval', 'goedgekeurd', 'anna')).rejects.toThrow(); // the author
    // A level 2 remedy without approver, however small.
    await expect(rij(155_000, 155_000, 'vergelijkbaar', 'goedgekeurd', null)).rejects.toThrow();
    await expect(rij(155_000, 155_000, 'structureel', 'goedgekeurd', null)).rejects.toThrow();
    // Waiting, or within the threshold for this case only, or with a team lead: allowed.
    const wacht = Number((await rij(155_000, 2_500_000, 'geval', 'wacht-op-goedkeuring', null)).rows[0]!.id);
    await rij(155_000, 205_000, 'geval', 'goedgekeurd', null);
    const goed = Number((await rij(155_000, 2_500_000, 'vergelijkbaar', 'goedgekeurd', 'tess')).rows[0]!.id);
    // Approving a waiting one by UPDATE without a reviewer is refused too.
    await expect(
      db.query(`UPDATE maatwerkbesluit SET status = 'goedgekeurd' WHERE id = $1`, [wacht]),
    ).rejects.toThrow();
    // In force: a maatwerk decision version must follow an approved decision of this household.
    const versie = (besluitId: number | null, huishouden = 1) =>
      db.query(
        `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                                  engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding, maatwerkbesluit_id)
         VALUES (NULL, $1, 'zorgtoeslag', 2026, 'voorschot', 'vastgesteld', 2500000, $2, 'e', 'p', 'h', $3, 'maatwerk', $4)
         RETURNING id`,
        [huishouden, Array(12).fill(208_333), NU, besluitId],
      );
    await expect(versie(null)).rejects.toThrow();
    await expect(versie(wacht)).rejects.toThrow();
    await expect(versie(goed, 2)).rejects.toThrow(); // another household, no reviewed application there
    const beschikkingId = Number(((await versie(goed)).rows[0] as { id: string }).id);
    await expect(
      db.query(`UPDATE maatwerkbesluit SET status = 'van-kracht', beschikking_id = $2 WHERE id = $1`, [
        wacht,
        beschikkingId,
      ]),
    ).rejects.toThrow();
  });
});
