/**
 * The workspace over HTTP on the real services (PGlite, and PostgreSQL when DATABASE_URL is set),
 * mirroring apps/api's main flows: queues with filters, the case view with dossier and reasons,
 * claim with the version (a stale version is refused and shown), contact, maatwerk above the
 * threshold that waits for a team lead (the author cannot reach approvals), approval issuing a new
 * decision the citizen sees, bulk reassignment with an outcome per case, and 404s.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { expect, it } from 'vitest';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

const account = (gebruikersnaam: string) => DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === gebruikersnaam)!;

describeEachDatabase('workspace on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  const medewerker = (gebruikersnaam: string) =>
    Bezoeker.alsMedewerker(w.app, gebruikersnaam, account(gebruikersnaam).wachtwoord);
  const versie = (html: string) => /name="versie" value="(\d+)"/.exec(html)?.[1] ?? '';

  it('needs a staff login; a citizen session does not open /werk', async () => {
    expect((await new Bezoeker(w.app).get('/werk')).statusCode).toBe(401);
    const burger = new Bezoeker(w.app);
    await burger.get('/inloggen');
    await burger.post('/inloggen', { bsn: w.t.bsn1 });
    expect((await burger.get('/werk')).statusCode).toBe(401);
  });

  it('refuses a wrong password with the service message', async () => {
    const b = new Bezoeker(w.app);
    await b.get('/medewerker/inloggen');
    const r = await b.post('/medewerker/inloggen', { naam: 'behandelaar-1', wachtwoord: 'fout-wachtwoord' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('De gebruikersnaam of het wachtwoord klopt niet.');
  });

  it('shows the team queue with the case and its due date; my queue is empty at first', async () => {
    const b = await medewerker('behandelaar-1');
    const mijn = await b.get('/werk');
    expect(mijn.body).toContain('Geen zaken in deze lijst.');
    const team = await b.get('/werk?lijst=team');
    expect(team.body).toContain(`href="/werk/zaken/${w.t.zaakId}"`);
    expect(team.body).toContain('Inkomen wijkt af');
    expect(team.body).toContain('29 maart 2026'); // opened 15 March + 14 days
    const gefilterd = await b.get('/werk?lijst=team&soort=contactverzoek');
    expect(gefilterd.body).not.toContain(`href="/werk/zaken/${w.t.zaakId}"`);
    expect((await b.get('/werk?lijst=telaat')).body).toContain('Geen zaken in deze lijst.');
  });

  it('shows the case with reasons, dossier sources and decisions; 404 for an unknown case', async () => {
    const b = await medewerker('behandelaar-1');
    const r = await b.get(`/werk/zaken/${w.t.zaakId}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Geschat inkomen wijkt sterk af van het laatst bekende inkomen');
    expect(r.body).toContain('Geldende gegevens met bron en geldigheid');
    // Facts in plain Dutch, not JSON; sources and roles in words.
    expect(r.body).toMatch(/Geschat inkomen 2026:<\/span> €\s[\d.]+/);
    expect(r.body).toMatch(/Persoon:<\/span> toeslagpartner, geboren \d{1,2} [a-z]+ \d{4}/);
    expect(r.body).not.toContain('{&quot;');
    expect(r.body).toContain('<td>BRP</td>');
    expect(r.body).toContain('Team</dt><dd>Uitval</dd>');
    expect(r.body).toContain('Zaak aangemaakt door Systeem (automatisch)');
    expect(r.body).toMatch(/href="\/werk\/beschikkingen\/\d+"/);
    const id = /href="\/werk\/beschikkingen\/(\d+)"/.exec(r.body)![1];
    const besch = await b.get(`/werk/beschikkingen/${id}`);
    expect(besch.statusCode).toBe(200);
    expect(besch.body).toContain('wetten.overheid.nl');
    expect((await b.get('/werk/zaken/999999')).statusCode).toBe(404);
  });

  it('claims with the version; a stale version is refused on the page; a contact is logged', async () => {
    const b = await medewerker('behandelaar-1');
    const zaak = await b.get(`/werk/zaken/${w.t.zaakId}`);
    const v = versie(zaak.body);
    const oud = await b.post(`/werk/zaken/${w.t.zaakId}/claim`, { versie: String(Number(v) - 1) });
    expect(oud.statusCode).toBe(409);
    expect(oud.body).toContain('role="alert"');
    const ok = await b.post(`/werk/zaken/${w.t.zaakId}/claim`, { versie: v });
    expect(ok.statusCode).toBe(303);
    const na = await b.get(`/werk/zaken/${w.t.zaakId}?gedaan=geclaimd`);
    expect(na.body).toContain('U heeft de zaak opgepakt.');
    expect(na.body).toContain('<span data-testid="behandelaar">Anna Demo</span>');
    // A second case worker cannot take it any more.
    const ander = await medewerker('behandelaar-2');
    await ander.get(`/werk/zaken/${w.t.zaakId}`);
    const r = await ander.post(`/werk/zaken/${w.t.zaakId}/claim`, { versie: String(Number(v) + 1) });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Deze zaak is al opgepakt door Anna Demo');
    expect(na.body).toContain('Zaak opgepakt door Anna Demo (behandelaar)');
    expect(na.body).not.toContain('m-behandelaar-1');

    const leeg = await b.post(`/werk/zaken/${w.t.zaakId}/contact`, {
      kanaal: 'telefoon',
      richting: 'uitgaand',
      onderwerp: '',
      contactUitkomst: '',
    });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('href="#veld-onderwerp"');
    const c = await b.post(`/werk/zaken/${w.t.zaakId}/contact`, {
      kanaal: 'telefoon',
      richting: 'uitgaand',
      onderwerp: 'Inkomen nagevraagd',
      contactUitkomst: 'Burger stuurt de jaaropgave.',
    });
    expect(c.statusCode).toBe(303);
    expect((await b.get(`/werk/zaken/${w.t.zaakId}`)).body).toContain('Burger stuurt de jaaropgave.');
  });

  it('records maatwerk above the threshold, a team lead approves, the citizen sees the new amount', async () => {
    const b = await medewerker('behandelaar-1');
    const form = await b.get(`/werk/zaken/${w.t.zaakId}/maatwerk?regeling=zorgtoeslag`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Is het rechtvaardig?');
    expect(form.body).toContain('Vergelijkbare besluiten');
    // The standard outcome is shown (computed by the server), not asked for.
    expect(form.body).not.toContain('name="standaard"');
    expect(form.body).toContain('Standaarduitkomst volgens de wet');
    const standaardCenten = Number(/id="standaarduitkomst" data-bedrag="(\d+)"/.exec(form.body)?.[1]);
    expect(standaardCenten).toBeGreaterThan(0);
    const standaard = standaardCenten / 100;
    const nieuw = standaard + 800;
    const velden = {
      regeling: 'zorgtoeslag',
      jaar: '2026',
      afwijking: String(nieuw),
      grondslag: 'awir-13b',
      afweging: 'Hoge zorgkosten na een ongeval; de regel is hier onevenredig.',
      rechtvaardig: 'Ja.',
      samen: 'Besproken met de burger.',
      aanspreekbaar: 'Vastgelegd met grondslag en afweging.',
      niveau: 'geval',
    };
    const onvolledig = await b.post(`/werk/zaken/${w.t.zaakId}/maatwerk`, { ...velden, samen: '' });
    expect(onvolledig.statusCode).toBe(400);
    expect(onvolledig.body).toContain('href="#veld-samen"');
    // "Eerst vergelijken" checks against comparable decisions and records nothing.
    const controle = await b.post(`/werk/zaken/${w.t.zaakId}/maatwerk`, { ...velden, stap: 'controleer' });
    expect(controle.statusCode).toBe(200);
    expect(controle.body).toContain('Dit bedrag ligt in lijn met vergelijkbare besluiten');
    expect((await b.get(`/werk/zaken/${w.t.zaakId}`)).body).toContain(
      'Nog geen maatwerkbesluiten in deze zaak.',
    );
    // A forged standard outcome equal to the requested amount (the old walk-around) is never read:
    // the decision still waits for a team lead.
    const r = await b.post(`/werk/zaken/${w.t.zaakId}/maatwerk`, {
      ...velden,
      standaard: String(nieuw),
      omschrijving: 'voorschot volgens de regel',
      standaardUitkomst: String(nieuw),
      stap: 'vastleggen',
    });
    expect(r.statusCode).toBe(201);
    expect(r.body).toContain('Het besluit wacht op goedkeuring');

    // Four-eyes: the author is no team lead and cannot open the approval page.
    expect((await b.get('/werk/goedkeuren')).statusCode).toBe(403);
    const leider = await medewerker('teamleider-1');
    const lijst = await leider.get('/werk/goedkeuren');
    const id = /data-besluit="(\d+)"/.exec(lijst.body)![1]!;
    expect(lijst.body).toContain('Totaal effect');
    expect(lijst.body).toContain(`data-effect="${80_000}"`); // this case only: 1 × € 800
    const goed = await leider.post(`/werk/goedkeuren/${id}`, { oordeel: 'goed' });
    expect(goed.statusCode).toBe(303);
    const na = await leider.get(String(goed.headers.location));
    expect(na.body).toContain('Het maatwerkbesluit is goedgekeurd en van kracht');
    expect(na.body).toContain('Er wachten geen besluiten op goedkeuring.');

    const burger = new Bezoeker(w.app);
    await burger.get('/inloggen');
    await burger.post('/inloggen', { bsn: w.t.bsn1 });
    const mijn = await burger.get('/mijn');
    const kaart = mijn.body.slice(mijn.body.indexOf('data-regeling="zorgtoeslag"'));
    expect(kaart).toContain(`<span data-testid="jaarbedrag">€ ${nieuw.toLocaleString('nl-NL')}</span>`);
    expect(kaart).toContain('speciaal voor uw situatie');
  });

  it('reassigns in bulk with an outcome per case, for team leads only', async () => {
    const b = await medewerker('behandelaar-2');
    expect((await b.get('/werk/herverdelen')).statusCode).toBe(403);
    const leider = await medewerker('teamleider-1');
    const pagina = await leider.get('/werk/herverdelen');
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain('Bram Demo (behandelaar)');
    const leeg = await leider.post('/werk/herverdelen', { naar: 'm-behandelaar-2' });
    expect(leeg.statusCode).toBe(400);
    const r = await leider.post('/werk/herverdelen', {
      zaak: [String(w.t.zaakId), '999999'],
      naar: 'm-behandelaar-2',
    });
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatch(new RegExp(`data-resultaat="${w.t.zaakId}"[\\s\\S]*?Gelukt: nu bij Bram Demo`));
    expect(r.body).toMatch(/data-resultaat="999999"[\s\S]*?Niet gelukt/);
  });
});
