/**
 * Maatwerk levels 2 and 3 and contacts: comparable open cases, proposals with a per-case review
 * by someone other than the proposer, signals to policy, and contacts in the case history.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contacten, legContactVast } from './contact';
import { maakZaak } from './maak-zaak';
import { keurGoed, legMaatwerkVast } from './maatwerk';
import { maakSignaal } from './signaal';
import { ANNA, BART, BURGER, maakHuishoudens, maatwerkInvoer, NU, TEAMLEIDER } from './testing/testdata';
import { uitkomst, waarde } from './testing/uitkomst';
import {
  beoordeelToepassing,
  nietVergelijkbareOpenZaken,
  stelToepassingVoor,
  toepassingen,
  vergelijkbareOpenZaken,
} from './toepassing';
import { claim, sluitZaak } from './toewijzing';
import { historie, zaak } from './zaak-rij';

describeEachDatabase('maatwerk levels 2 and 3, contacts, on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1, 2, 3, 4, 5, 6]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const open_ = (
    huishoudenId: number,
    redenen: string[],
    extra: { regeling?: string; jaar?: number; toelichting?: unknown } = {},
  ) =>
    maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId, onderwerp: 'Maatwerk', redenen, ...extra },
      ANNA,
      NU,
    );

  it('proposes a remedy for comparable open cases and reviews each one', async () => {
    // The rules that made the first case an exception, with the amount each measured.
    const regels = (terug: number) => ({
      toelichting: [
        { code: 'HOGE_TERUGVORDERING', toelichting: 'Terugvordering', bedrag: terug },
        { code: 'TERUGVORDERING_ZWAAR', toelichting: 'Zwaar' },
      ],
    });
    const beide = ['HOGE_TERUGVORDERING', 'TERUGVORDERING_ZWAAR'];
    const bron = await open_(1, beide, regels(200_000));
    waarde(await uitkomst(claim(db, bron.id, 1, ANNA, NU)));
    const geval = waarde(
      await uitkomst(
        legMaatwerkVast(
          db,
          maatwerkInvoer(bron.id, { afwijking: { bedrag: 200_000 }, niveau: 'geval' }),
          ANNA,
          NU,
        ),
      ),
    );
    expect(geval.status).toBe('goedgekeurd'); // within the threshold, this case only: at once
    // A level 2 remedy always waits for a team lead, however small the deviation (four-eyes).
    const voorstelbaar = waarde(
      await uitkomst(
        legMaatwerkVast(db, maatwerkInvoer(bron.id, { afwijking: { bedrag: 200_000 } }), ANNA, NU),
      ),
    );
    expect(voorstelbaar.status).toBe('wacht-op-goedkeuring');
    expect(await uitkomst(stelToepassingVoor(db, voorstelbaar.id, [1], TEAMLEIDER, NU))).toMatchObject({
      ok: false,
      melding: expect.stringContaining('wacht-op-goedkeuring'),
    });
    const besluit = waarde(await uitkomst(keurGoed(db, voorstelbaar.id, TEAMLEIDER, NU)));
    const a = await open_(2, [...beide, 'PARTNER_CONFLICT'], regels(180_000));
    const b = await open_(3, beide, { regeling: 'huurtoeslag', jaar: 2026, ...regels(240_000) });
    await open_(4, ['KIND_WORDT_18']); // no shared reason
    const een = await open_(4, ['HOGE_TERUGVORDERING'], regels(200_000)); // shares one reason code only (listed before issue 17)
    const ver = await open_(4, beide, regels(900_000)); // same rules, a very different amount (listed before issue 17)
    const regeling = await open_(5, beide, { regeling: 'zorgtoeslag', ...regels(200_000) }); // other regeling
    const jaar = await open_(5, beide, { jaar: 2025, ...regels(200_000) }); // other year
    const dicht = waarde(await uitkomst(claim(db, (await open_(6, beide, regels(200_000))).id, 1, BART, NU)));
    waarde(await uitkomst(sluitZaak(db, dicht.id, dicht.versie, 'klaar', BART, NU))); // closed
    expect((await vergelijkbareOpenZaken(db, besluit.id)).map((z) => z.id)).toEqual([a.id, b.id]);

    // The open cases that share a rule but are not comparable, each with the reason that fails.
    const niet = await nietVergelijkbareOpenZaken(db, besluit.id);
    expect(niet.aantal).toBe(4);
    const waarom = (id: number) =>
      niet.zaken
        .find((v) => v.zaak.id === id)
        ?.redenen.filter((r) => !r.ok)
        .map((r) => r.soort);
    expect(niet.zaken.map((v) => v.zaak.id)).toEqual([een.id, ver.id, regeling.id, jaar.id]);
    expect(waarom(een.id)).toEqual(['regel']);
    expect(waarom(ver.id)).toEqual(['bedrag']);
    expect(waarom(regeling.id)).toEqual(['regeling']);
    expect(waarom(jaar.id)).toEqual(['jaar']);

    expect(await uitkomst(stelToepassingVoor(db, geval.id, [a.id], ANNA, NU))).toMatchObject({
      ok: false,
      melding: expect.stringContaining('niveau geval'),
    });
    expect(await uitkomst(stelToepassingVoor(db, besluit.id, [a.id], BART, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    expect(
      await uitkomst(stelToepassingVoor(db, besluit.id, [a.id, dicht.id], TEAMLEIDER, NU)),
    ).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
      melding: expect.stringContaining(String(dicht.id)),
    });
    expect(await toepassingen(db, besluit.id)).toEqual([]); // all or nothing
    const voorstel = waarde(await uitkomst(stelToepassingVoor(db, besluit.id, [b.id, a.id], TEAMLEIDER, NU)));
    expect(voorstel.map((t) => [t.zaakId, t.status, t.voorgesteldDoor])).toEqual([
      [a.id, 'voorgesteld', 'tess'],
      [b.id, 'voorgesteld', 'tess'],
    ]);
    expect(await vergelijkbareOpenZaken(db, besluit.id)).toEqual([]);
    expect(await uitkomst(stelToepassingVoor(db, besluit.id, [a.id], TEAMLEIDER, NU))).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
    });

    // Review: not by the proposer, only by the case's behandelaar or a team lead, with reasons.
    const [ta, tb] = voorstel;
    expect(
      await uitkomst(beoordeelToepassing(db, ta!.id, 'toegepast', 'Zelfde situatie', TEAMLEIDER, NU)),
    ).toMatchObject({
      ok: false,
      melding: expect.stringContaining('vier-ogenprincipe'),
    });
    expect(
      await uitkomst(beoordeelToepassing(db, ta!.id, 'toegepast', 'Zelfde situatie', BART, NU)),
    ).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    const az = waarde(await uitkomst(claim(db, a.id, 1, BART, NU)));
    // A case with an open proposal cannot be closed before the review.
    expect(await uitkomst(sluitZaak(db, a.id, az.versie, 'klaar', BART, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    expect(await uitkomst(beoordeelToepassing(db, ta!.id, 'toegepast', ' ', BART, NU))).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
    });
    const toegepast = waarde(
      await uitkomst(beoordeelToepassing(db, ta!.id, 'toegepast', 'Zelfde situatie', BART, NU)),
    );
    expect(toegepast).toMatchObject({
      status: 'toegepast',
      beoordeeldDoor: 'bart',
      toelichting: 'Zelfde situatie',
    });
    expect(
      await uitkomst(beoordeelToepassing(db, ta!.id, 'overgeslagen', 'toch niet', BART, NU)),
    ).toMatchObject({
      ok: false,
    });
    waarde(await uitkomst(sluitZaak(db, a.id, az.versie, 'Maatwerk toegepast', BART, NU)));
    const overgeslagen = waarde(
      await uitkomst(
        beoordeelToepassing(
          db,
          tb!.id,
          'overgeslagen',
          'Andere oorzaak van de terugvordering',
          { id: 'tom', rol: 'teamleider' },
          NU,
        ),
      ),
    );
    expect(overgeslagen.status).toBe('overgeslagen');
    expect((await historie(db, a.id)).map((h) => h.actie)).toEqual([
      'aangemaakt',
      'toepassing-voorgesteld',
      'geclaimd',
      'toepassing-toegepast',
      'afgerond',
    ]);
    // Level 3: a signal from the decision, linked to its case.
    expect(
      await uitkomst(maakSignaal(db, { besluitId: besluit.id, thema: ' ', omschrijving: '' }, ANNA, NU)),
    ).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
    });
    expect(
      await uitkomst(
        maakSignaal(
          db,
          { besluitId: besluit.id, zaakId: a.id, thema: 'terugvordering', omschrijving: 'y' },
          ANNA,
          NU,
        ),
      ),
    ).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
    });
    const s = waarde(
      await uitkomst(
        maakSignaal(
          db,
          {
            besluitId: besluit.id,
            thema: 'terugvordering',
            omschrijving: 'De regel raakt huishoudens zonder eigen fout.',
          },
          ANNA,
          NU,
        ),
      ),
    );
    expect(s).toMatchObject({
      zaakId: bron.id,
      besluitId: besluit.id,
      status: 'nieuw',
      ingediendDoor: 'anna',
      ingediendOp: NU,
    });
    expect((await historie(db, bron.id)).at(-1)).toMatchObject({
      actie: 'signaal',
      details: { signaalId: s.id },
    });
    expect(
      await uitkomst(maakSignaal(db, { thema: 'werkwijze', omschrijving: 'Zonder zaak' }, BART, NU)),
    ).toMatchObject({ ok: true });
  });

  it('records contacts, newest first, and in the history of their case', async () => {
    const z = await open_(2, []);
    const versie = (await zaak(db, z.id))!.versie;
    expect(
      await uitkomst(
        legContactVast(
          db,
          {
            huishoudenId: 2,
            kanaal: 'fax' as 'telefoon',
            richting: 'uitgaand',
            onderwerp: '',
            uitkomst: 'x',
          },
          ANNA,
          NU,
        ),
      ),
    ).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
      melding: expect.stringMatching(/kanaal.*onderwerp/),
    });
    expect(
      await uitkomst(
        legContactVast(
          db,
          {
            huishoudenId: 3,
            zaakId: z.id,
            kanaal: 'telefoon',
            richting: 'uitgaand',
            onderwerp: 'a',
            uitkomst: 'b',
          },
          ANNA,
          NU,
        ),
      ),
    ).toMatchObject({ ok: false, code: 'ongeldige-invoer' });
    expect(
      await uitkomst(
        legContactVast(
          db,
          { huishoudenId: 2, kanaal: 'telefoon', richting: 'uitgaand', onderwerp: 'a', uitkomst: 'b' },
          BURGER,
          NU,
        ),
      ),
    ).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    const eerste = waarde(
      await uitkomst(
        legContactVast(
          db,
          {
            huishoudenId: 2,
            zaakId: z.id,
            kanaal: 'telefoon',
            richting: 'uitgaand',
            onderwerp: 'Terugvordering',
            uitkomst: 'We bellen u vrijdag terug.',
          },
          ANNA,
          '2026-03-02T10:00:00Z',
        ),
      ),
    );
    const tweede = waarde(
      await uitkomst(
        legContactVast(
          db,
          {
            huishoudenId: 2,
            kanaal: 'portaal',
            richting: 'inkomend',
            onderwerp: 'Vraag',
            uitkomst: 'Beantwoord.',
          },
          BART,
          '2026-03-03T10:00:00Z',
        ),
      ),
    );
    expect((await contacten(db, 2)).map((c) => c.id)).toEqual([tweede.id, eerste.id]);
    expect(eerste).toMatchObject({ zaakId: z.id, medewerker: 'anna', tijdstip: '2026-03-02T10:00:00.000Z' });
    expect((await historie(db, z.id)).at(-1)).toMatchObject({
      actie: 'contact',
      versie,
      details: { contactId: eerste.id },
    });
    expect((await zaak(db, z.id))!.versie).toBe(versie); // a note, not a change of the case
  });
});
