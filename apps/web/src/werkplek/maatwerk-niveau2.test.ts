/**
 * Maatwerk level 2 in the workspace over HTTP (issue 17): a decision "for comparable cases",
 * approved by a team lead, lists only the open cases with the same rules (each with its reasons),
 * not a case that merely shares nothing; the team lead proposes; the proposer cannot review their
 * own proposal (four-eyes, also when posting the form directly); another staff member reviews it.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { maakZaak } from '@regelmaat/zaken';
import { expect, it } from 'vitest';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

const account = (gebruikersnaam: string) => DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === gebruikersnaam)!;
const NU = '2026-03-15T10:00:00.000Z';

describeEachDatabase('maatwerk level 2 on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  const medewerker = (gebruikersnaam: string) =>
    Bezoeker.alsMedewerker(w.app, gebruikersnaam, account(gebruikersnaam).wachtwoord);
  const versie = (html: string) => /name="versie" value="(\d+)"/.exec(html)?.[1] ?? '';

  it('lists comparable cases with reasons, proposes, and reviews per case by another person', async () => {
    const b = await medewerker('behandelaar-1');
    const pad = `/werk/zaken/${w.t.zaakId}`;
    await b.post(`${pad}/claim`, { versie: versie((await b.get(pad)).body) });
    const form = await b.get(`${pad}/maatwerk?regeling=zorgtoeslag`);
    const standaard = Number(/id="standaarduitkomst" data-bedrag="(\d+)"/.exec(form.body)?.[1]) / 100;
    const vast = await b.post(`${pad}/maatwerk`, {
      regeling: 'zorgtoeslag',
      jaar: '2026',
      afwijking: String(standaard + 100),
      grondslag: 'awir-13b',
      afweging: 'De schatting wijkt af door een eenmalige uitkering; dat geldt voor meer huishoudens.',
      rechtvaardig: 'Ja.',
      samen: 'Besproken met de burger.',
      aanspreekbaar: 'Vastgelegd met grondslag en afweging.',
      niveau: 'vergelijkbaar',
      stap: 'vastleggen',
    });
    expect(vast.statusCode).toBe(201);
    const leider = await medewerker('teamleider-1');
    const besluitId = /data-besluit="(\d+)"/.exec((await leider.get('/werk/goedkeuren')).body)![1]!;
    expect((await leider.post(`/werk/goedkeuren/${besluitId}`, { oordeel: 'goed' })).statusCode).toBe(303);

    const systeem = { id: 'systeem', rol: 'systeem' };
    const h2 = Number(
      (await w.db.query<{ id: string }>('SELECT id FROM huishouden ORDER BY id OFFSET 1 LIMIT 1')).rows[0]!
        .id,
    );
    const gelijk = await maakZaak(
      w.db,
      {
        soort: 'uitval-controle',
        huishoudenId: h2,
        onderwerp: 'Inkomen wijkt af',
        redenen: ['SCHATTING_WIJKT_AF'],
      },
      systeem,
      NU,
    );
    const anders = await maakZaak(
      w.db,
      { soort: 'uitval-controle', huishoudenId: h2, onderwerp: 'Kind wordt 18', redenen: ['KIND_WORDT_18'] },
      systeem,
      NU,
    );

    // The case page links to the level-2 page.
    expect((await leider.get(pad)).body).toContain(
      `href="/werk/maatwerkbesluiten/${besluitId}/vergelijkbaar"`,
    );
    const p = await leider.get(`/werk/maatwerkbesluiten/${besluitId}/vergelijkbaar`);
    expect(p.statusCode).toBe(200);
    expect(p.body).toContain(`data-vergelijkbaar="${gelijk.id}"`);
    expect(p.body).not.toContain(`data-vergelijkbaar="${anders.id}"`);
    expect(p.body).toMatch(
      new RegExp(`data-vergelijkbaar="${gelijk.id}"[\\s\\S]*?Zelfde regel: [^<]+ \\(SCHATTING_WIJKT_AF\\)`),
    );
    expect(p.body).toContain('de zaak gaat over het hele huishouden, niet alleen over Zorgtoeslag');

    expect((await leider.post(`/werk/maatwerkbesluiten/${besluitId}/toepassingen`, {})).statusCode).toBe(400);
    // A case that is not comparable cannot be slipped in by posting it.
    const fout = await leider.post(`/werk/maatwerkbesluiten/${besluitId}/toepassingen`, {
      zaak: [String(anders.id)],
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain(String(anders.id));
    const ok = await leider.post(`/werk/maatwerkbesluiten/${besluitId}/toepassingen`, {
      zaak: [String(gelijk.id)],
    });
    expect(ok.statusCode).toBe(303);
    const na = await leider.get(String(ok.headers.location));
    expect(na.body).toContain('De oplossing is voorgesteld');
    const tp = /data-toepassing="(\d+)"/.exec(na.body)![1]!;
    expect(na.body).toContain('U stelde dit voor; een ander beoordeelt het (vier ogen).');
    // The proposer posting a review anyway is refused and nothing changes.
    const zelf = await leider.post(`/werk/toepassingen/${tp}`, {
      besluit: besluitId,
      [`oordeel-${tp}`]: 'overgeslagen',
      [`toelichting-${tp}`]: 'Zelf beoordeeld',
    });
    expect(zelf.statusCode).toBe(409);
    expect((await leider.get(`/werk/maatwerkbesluiten/${besluitId}/vergelijkbaar`)).body).toContain(
      'Voorgesteld, wacht op beoordeling',
    );

    // The case worker of the comparable case reviews it (or another team lead).
    const bram = await medewerker('behandelaar-2');
    const zaakPad = `/werk/zaken/${gelijk.id}`;
    await bram.post(`${zaakPad}/claim`, { versie: versie((await bram.get(zaakPad)).body) });
    const leeg = await bram.post(`/werk/toepassingen/${tp}`, {
      besluit: besluitId,
      [`oordeel-${tp}`]: 'overgeslagen',
    });
    expect(leeg.statusCode).toBe(400);
    const beoordeeld = await bram.post(`/werk/toepassingen/${tp}`, {
      besluit: besluitId,
      [`oordeel-${tp}`]: 'overgeslagen',
      [`toelichting-${tp}`]: 'Hier was de uitkering structureel.',
    });
    expect(beoordeeld.statusCode).toBe(303);
    const eind = await bram.get(String(beoordeeld.headers.location));
    expect(eind.body).toContain('Overgeslagen');
    expect(eind.body).toContain('Beoordeeld door Bram Demo: Hier was de uitkering structureel.');
  });
});
