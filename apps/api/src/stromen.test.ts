import { describeEachDatabase } from '@regelmaat/db/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { maakZaak } from '@regelmaat/zaken';
import { expect, it } from 'vitest';
import { gebruikApiTest, NU } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

describeEachDatabase('main flows on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const vraag = async (rol: string, method: 'GET' | 'POST', url: string, payload?: object, n = 0) => {
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${await t.token(rol, n)}` },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.json() as Json };
  };

  it('a citizen sees the overview, reads why, previews a change, confirms it and sees the new advance', async () => {
    const voor = await vraag('burger', 'POST', '/overzichten', {});
    expect(voor.status).toBe(200);
    const zt = voor.body.toeslagen.find((x: Json) => x.regeling === 'zorgtoeslag');
    expect(zt.jaarbedrag).toBeGreaterThan(0);
    expect(zt.dezeMaand).toBeGreaterThan(0);
    expect(zt.volgendeBetaling).toMatchObject({ maand: 4, rond: '2026-03-20' });

    const uitleg = await vraag('burger', 'GET', `/beschikkingen/${zt.beschikkingId}`);
    expect(uitleg.status).toBe(200);
    expect(uitleg.body.berekening.jaarbedrag).toBe(zt.jaarbedrag);
    expect(uitleg.body.berekening.perioden[0].uitleg.law.url).toContain('wetten.overheid.nl');
    // It names the law version it was computed and explained with.
    expect(uitleg.body.wetsversie).toMatchObject({
      versie: t.o.wetgeving.versie,
      kort: t.o.wetgeving.versie.slice(0, 8),
      status: 'bewaard',
      geldend: true,
    });
    expect(uitleg.body.wetsversie.parameters).toContainEqual(
      expect.objectContaining({ pad: 'zorgtoeslag.standaardpremie', geldtVanaf: '2026-01-01' }),
    );
    expect(uitleg.body.invoerGelijk).toBe(true);

    // A much higher income: the preview shows the recovery it avoids; nothing is written yet.
    const wijziging = { soort: 'inkomen', persoon: 'aanvrager', bedrag: 45_000 };
    const preview = await vraag('burger', 'POST', '/wijzigingen', { wijziging, bevestig: false });
    expect(preview.status).toBe(200);
    const e = preview.body.effecten.find((x: Json) => x.regeling === 'zorgtoeslag');
    expect(e.jaarbedragNieuw).toBeLessThan(zt.jaarbedrag);
    // What would have been paid under the old schedule, minus the new year amount.
    const oudBetaald = (uitleg.body.beschikking.maandbedragen as number[]).reduce((s, x) => s + x, 0);
    expect(e.voorkomenTerugvordering).toBe(oudBetaald - e.jaarbedragNieuw);
    expect(preview.body.nieuweBeschikkingen).toEqual([]);
    expect((await vraag('burger', 'POST', '/overzichten', {})).body).toEqual(voor.body);

    const bevestigd = await vraag('burger', 'POST', '/wijzigingen', { wijziging, bevestig: true });
    expect(bevestigd.status).toBe(200);
    expect(bevestigd.body.nieuweBeschikkingen.length).toBeGreaterThan(0);
    const na = await vraag('burger', 'POST', '/overzichten', {});
    const zt2 = na.body.toeslagen.find((x: Json) => x.regeling === 'zorgtoeslag');
    expect(zt2.jaarbedrag).toBe(e.jaarbedragNieuw);
    expect(zt2.aanleiding).toBe('wijziging');

    // The same change again changes nothing and says so.
    const nogmaals = await vraag('burger', 'POST', '/wijzigingen', { wijziging, bevestig: true });
    expect(nogmaals.status).toBe(409);
    expect(nogmaals.body.code).toBe('geen-wijziging');

    // The new decision reproduces from the dossier as known when it was made.
    const rep = await vraag('behandelaar', 'POST', `/beschikkingen/${zt2.beschikkingId}/reproductie`);
    expect(rep.status).toBe(200);
    expect(rep.body.verschillen).toEqual([]);
    expect(rep.body.gelijk).toBe(true);
    expect(rep.body.parameterset).toBe('bewaard');
  });

  it('a citizen cannot reach another household', async () => {
    const ander = await vraag('burger', 'POST', '/overzichten', { bsn: t.bsn2 });
    expect(ander.status).toBe(403);
    const dossier = await vraag('behandelaar', 'POST', '/dossiers/opvragen', { bsn: t.bsn2 });
    const id = dossier.body.beschikkingen[0].id;
    const vreemd = await vraag('burger', 'GET', `/beschikkingen/${id}`);
    expect(vreemd.status).toBe(404);
  });

  it('two case workers claim one case at once: one wins, the other gets a clear answer', async () => {
    const z = await vraag('behandelaar', 'GET', `/zaken/${t.zaakId}`);
    const versie = z.body.zaak.versie;
    const [a, b] = await Promise.all([
      vraag('behandelaar', 'POST', `/zaken/${t.zaakId}/claim`, { versie }, 0),
      vraag('behandelaar', 'POST', `/zaken/${t.zaakId}/claim`, { versie }, 1),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const verliezer = a.status === 409 ? a : b;
    expect(verliezer.body.detail.length).toBeGreaterThan(10);
    const h = await vraag('teamleider', 'GET', `/zaken/${t.zaakId}/historie`);
    expect(h.body.filter((x: Json) => x.actie === 'geclaimd')).toHaveLength(1);
  });

  it('maatwerk above the threshold waits for a second team lead, then issues a new decision the citizen sees', async () => {
    const overzicht = await vraag('teamleider', 'POST', '/overzichten', { bsn: t.bsn1 });
    const zt = overzicht.body.toeslagen.find((x: Json) => x.regeling === 'zorgtoeslag');
    const vergelijkbaar = await vraag(
      'teamleider',
      'GET',
      `/zaken/${t.zaakId}/vergelijkbare-besluiten?regeling=zorgtoeslag&jaar=2026&bedrag=${zt.jaarbedrag}`,
    );
    expect(vergelijkbaar.status).toBe(200);
    const nieuwBedrag = zt.jaarbedrag + 80_000; // € 800 more than the rule gives: above the € 500 threshold
    // Whoever holds the case (the winner of the claim above) records the decision.
    const houder = (await vraag('teamleider', 'GET', `/zaken/${t.zaakId}`)).body.zaak.behandelaar;
    const n = DEMO_ACCOUNTS.filter((a) => a.rol === 'behandelaar').findIndex((a) => a.id === houder);
    expect(n).toBeGreaterThanOrEqual(0);
    const besluit = await vraag(
      'behandelaar',
      'POST',
      `/zaken/${t.zaakId}/maatwerkbesluiten`,
      {
        regeling: 'zorgtoeslag',
        jaar: 2026,
        afwijking: { bedrag: nieuwBedrag },
        grondslag: 'awir-13b',
        afweging: 'De gevolgen van de regel zijn hier onevenredig: hoge zorgkosten na een ongeval.',
        vragen: {
          rechtvaardig: 'Ja: de regel houdt geen rekening met deze kosten.',
          samen: 'Besproken met de burger aan de telefoon.',
          aanspreekbaar: 'Vastgelegd met grondslag en afweging.',
        },
        niveau: 'vergelijkbaar',
      },
      n,
    );
    expect(besluit.status, JSON.stringify(besluit.body)).toBe(201);
    expect(besluit.body.besluit.status).toBe('wacht-op-goedkeuring');
    expect(besluit.body.beschikkingId).toBeUndefined();
    const id = besluit.body.besluit.id;

    const wachtend = await vraag('teamleider', 'GET', '/maatwerkbesluiten/ter-goedkeuring?team=alle');
    expect(wachtend.body.map((b: Json) => b.besluit.id)).toContain(id);
    // Four-eyes: the author (a case worker) has no right to approve; a team lead approves.
    expect(
      (await vraag('behandelaar', 'POST', `/maatwerkbesluiten/${id}/goedkeuring`, undefined, n)).status,
    ).toBe(403);
    const goed = await vraag('teamleider', 'POST', `/maatwerkbesluiten/${id}/goedkeuring`);
    expect(goed.status).toBe(200);
    expect(goed.body.beschikkingId).toBeGreaterThan(0);

    const burger = await vraag('burger', 'POST', '/overzichten', {});
    const zt2 = burger.body.toeslagen.find((x: Json) => x.regeling === 'zorgtoeslag');
    expect(zt2.jaarbedrag).toBe(nieuwBedrag);
    expect(zt2.aanleiding).toBe('maatwerk');
    const b = await vraag('burger', 'GET', `/beschikkingen/${zt2.beschikkingId}`);
    expect(b.body.beschikking.maatwerkbesluitId).toBe(id);
    // Reproduction of a maatwerk version: same input, and the law's outcome of the version it replaced.
    const rep = await vraag('auditor', 'POST', `/beschikkingen/${zt2.beschikkingId}/reproductie`);
    expect(rep.body).toMatchObject({
      gelijk: true,
      toelichting: expect.stringContaining(`maatwerkbesluit ${id}`),
    });
  });

  it('level 2: the remedy goes to a comparable open case, reviewed by another person, and takes effect there', async () => {
    const besluiten = await t.db.query<{ id: string; zaak_id: string }>(
      "SELECT id, zaak_id FROM maatwerkbesluit WHERE status = 'van-kracht' ORDER BY id LIMIT 1",
    );
    const besluitId = Number(besluiten.rows[0]!.id);
    // Another open case with the same reason (here for the same household, which has a zorgtoeslag decision).
    const ander = await maakZaak(
      t.db,
      {
        soort: 'uitval-controle',
        huishoudenId: 1,
        onderwerp: 'Nog een afwijkende schatting',
        redenen: ['SCHATTING_WIJKT_AF'],
      },
      { id: 'systeem', rol: 'systeem' },
      NU,
    );
    const kandidaten = await vraag(
      'teamleider',
      'GET',
      `/maatwerkbesluiten/${besluitId}/vergelijkbare-zaken`,
    );
    expect(kandidaten.body.map((z: Json) => z.id)).toContain(ander.id);
    const voorstel = await vraag('teamleider', 'POST', `/maatwerkbesluiten/${besluitId}/toepassingen`, {
      zaakIds: [ander.id],
    });
    expect(voorstel.status).toBe(201);
    const toepassingId = voorstel.body[0].id;
    // The proposer cannot review their own proposal; another team lead can.
    const zelf = await vraag('teamleider', 'POST', `/toepassingen/${toepassingId}/beoordeling`, {
      oordeel: 'toegepast',
      toelichting: 'zelfde situatie',
    });
    expect(zelf.status).toBe(409);
    const voor = (await vraag('teamleider', 'POST', '/overzichten', { bsn: t.bsn1 })).body.toeslagen.find(
      (x: Json) => x.regeling === 'zorgtoeslag',
    );
    const beoordeeld = await vraag(
      'teamleider',
      'POST',
      `/toepassingen/${toepassingId}/beoordeling`,
      { oordeel: 'toegepast', toelichting: 'Zelfde situatie: hoge zorgkosten, zelfde afweging.' },
      1,
    );
    expect(beoordeeld.status).toBe(200);
    expect(beoordeeld.body.beschikkingId).toBeGreaterThan(0);
    const na = await vraag('auditor', 'GET', `/beschikkingen/${beoordeeld.body.beschikkingId}`);
    expect(na.body.beschikking).toMatchObject({
      aanleiding: 'maatwerk',
      maatwerkbesluitId: besluitId,
      vorigeId: voor.beschikkingId,
    });
    expect(na.body.beschikking.toelichting).toContain('niveau 2');
  });

  it('the auditor sees who processed a BSN; the citizen sees what was done without staff names', async () => {
    const a = await vraag('auditor', 'POST', '/verwerkingen/opvragen', { bsn: t.bsn1 });
    expect(a.status).toBe(200);
    expect(a.body.length).toBeGreaterThan(3);
    expect(a.body.some((r: Json) => r.actor?.rol === 'teamleider')).toBe(true);
    const eigen = await vraag('burger', 'GET', '/mijn/verwerkingen');
    expect(eigen.status).toBe(200);
    expect(eigen.body.length).toBeGreaterThan(3);
    expect(eigen.body.every((r: Json) => r.actor === undefined)).toBe(true);
    expect(JSON.stringify(eigen.body)).not.toContain(t.bsn1);
  });

  it('a partner reports hours for its own client once; a repeat changes nothing; others are refused', async () => {
    const melding = { kindBsn: testBsn(22), jaar: 2026, soort: 'dagopvang', uren: Array(12).fill(90) };
    const eerste = await vraag('partner', 'POST', '/partner/opvanguren', melding);
    expect(eerste.body).toMatchObject({ verwerkt: true });
    const tweede = await vraag('partner', 'POST', '/partner/opvanguren', melding);
    expect(tweede.body).toMatchObject({ verwerkt: false });
    const vreemd = await vraag('partner', 'POST', '/partner/opvanguren', {
      ...melding,
      kindBsn: testBsn(62),
    });
    expect(vreemd.status).toBe(403);
  });
});
