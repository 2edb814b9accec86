/**
 * The workspace additions of issue 17 over HTTP on the real services: the queue's household column
 * and its filter kept per staff member on the server, suspending a case with a reason and a date
 * (the due date moves; resuming gives unused days back), refusals shown on the page without a change,
 * and bulk reassignment listing the cases that wait for approval. The test clock is 2026-03-15.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { expect, it } from 'vitest';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

const account = (gebruikersnaam: string) => DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === gebruikersnaam)!;

describeEachDatabase('queue filter and suspension on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  const medewerker = (gebruikersnaam: string) =>
    Bezoeker.alsMedewerker(w.app, gebruikersnaam, account(gebruikersnaam).wachtwoord);
  const versie = (html: string) => /name="versie" value="(\d+)"/.exec(html)?.[1] ?? '';

  it('shows the household type and keeps the chosen case type for the next visit, per staff member', async () => {
    const b = await medewerker('behandelaar-1');
    const team = await b.get('/werk?lijst=team');
    // Household 1 has a toeslagpartner.
    expect(team.body).toMatch(new RegExp(`data-zaak="${w.t.zaakId}"[\\s\\S]*?<td>Paar`));
    expect(team.body).toContain('<th scope="col">Huishouden</th>');
    // The expected completion at the team's pace (issue 20), on a working day from Sunday 15 March.
    expect(team.body).toMatch(
      new RegExp(`data-zaak="${w.t.zaakId}"[\\s\\S]*?\\(verwacht klaar rond \\d+ maart 2026\\)`),
    );
    await b.get('/werk?lijst=team&soort=contactverzoek');
    // Without a filter in the link the saved one applies…
    const later = await b.get('/werk?lijst=team');
    expect(later.body).not.toContain(`href="/werk/zaken/${w.t.zaakId}"`);
    expect(later.body).toMatch(/<option value="contactverzoek" selected/);
    // …only for this staff member.
    const ander = await medewerker('behandelaar-2');
    expect((await ander.get('/werk?lijst=team')).body).toContain(`href="/werk/zaken/${w.t.zaakId}"`);
    // "Alle soorten" is a choice too.
    await b.get('/werk?lijst=team&soort=');
    expect((await b.get('/werk?lijst=team')).body).toContain(`href="/werk/zaken/${w.t.zaakId}"`);
  });

  it('suspends the own case with a reason and a date, moving the due date; resumes it', async () => {
    const b = await medewerker('behandelaar-1');
    const pad = `/werk/zaken/${w.t.zaakId}`;
    await b.post(`${pad}/claim`, { versie: versie((await b.get(pad)).body) });
    const zaak = await b.get(pad);
    expect(zaak.body).toContain('29 maart 2026');
    expect(zaak.body).toContain('Zaak opschorten');
    const v = versie(zaak.body);

    // Bad input: said on the page, nothing changes.
    const fout = await b.post(`${pad}/opschorten`, { versie: v, reden: 'kort', tot: '2026-03-10' });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('role="alert"');
    const teVer = await b.post(`${pad}/opschorten`, {
      versie: v,
      reden: 'Loonstroken gevraagd',
      tot: '2026-12-31',
    });
    expect(teVer.statusCode).toBe(400);
    expect(teVer.body).toContain('ten hoogste 91 dagen');
    // Another case worker cannot suspend it (walk-around: posting the form directly).
    const ander = await medewerker('behandelaar-2');
    const nietVanMij = await ander.post(`${pad}/opschorten`, {
      versie: v,
      reden: 'Loonstroken gevraagd',
      tot: '2026-03-29',
    });
    expect(nietVanMij.statusCode).toBe(409);
    expect((await b.get(pad)).body).not.toContain('data-testid="opschorting"');

    const ok = await b.post(`${pad}/opschorten`, {
      versie: v,
      reden: 'Loonstroken gevraagd',
      tot: '2026-03-29',
    });
    expect(ok.statusCode).toBe(303);
    const na = await b.get(String(ok.headers.location));
    expect(na.body).toContain('De zaak is opgeschort; de termijn is verschoven.');
    // 14 days of waiting: 29 March + 14 = 12 April.
    expect(na.body).toContain('12 april 2026');
    expect(na.body).toContain('Sinds 15 maart 2026, tot 29 maart 2026. Reden: Loonstroken gevraagd');
    expect(na.body).toContain('Zaak opgeschort (termijn verschoven) door Anna Demo');
    const mijn = await b.get('/werk?lijst=mijn&soort=');
    expect(mijn.body).toContain('(opgeschort tot 29 maart 2026)');

    const hervat = await b.post(`${pad}/hervatten`, { versie: versie(na.body) });
    expect(hervat.statusCode).toBe(303);
    const terug = await b.get(pad);
    // Resumed the same day: all 14 days come back.
    expect(terug.body).toContain('29 maart 2026');
    expect(terug.body).not.toContain('data-testid="opschorting"');
    expect(terug.body).toContain('Zaak hervat door Anna Demo');
  });

  it('shows the citizen the contact a case worker logged, as the contact form promises; not to others', async () => {
    const b = await medewerker('behandelaar-1');
    const pad = `/werk/zaken/${w.t.zaakId}`;
    expect((await b.get(pad)).body).toContain(
      'de burger ziet het kanaal, de datum, het onderwerp en deze uitkomst',
    );
    const c = await b.post(`${pad}/contact`, {
      kanaal: 'telefoon',
      richting: 'uitgaand',
      onderwerp: 'Uw inkomen 2026',
      contactUitkomst: 'U stuurt ons uw jaaropgave.',
    });
    expect(c.statusCode).toBe(303);
    const burger = new Bezoeker(w.app);
    await burger.get('/inloggen');
    await burger.post('/inloggen', { bsn: w.t.bsn1 });
    const zaken = await burger.get('/mijn/zaken');
    expect(zaken.body).toContain('Contact met ons');
    expect(zaken.body).toMatch(
      /<th scope="row">15 maart 2026<\/th><td>Telefoon, wij namen contact op<\/td><td>Uw inkomen 2026<\/td><td>U stuurt ons uw jaaropgave.<\/td>/,
    );
    expect(zaken.body).not.toContain('m-behandelaar-1');
    const ander = new Bezoeker(w.app);
    await ander.get('/inloggen');
    await ander.post('/inloggen', { bsn: w.t.bsn2 });
    const leeg = await ander.get('/mijn/zaken');
    expect(leeg.body).not.toContain('U stuurt ons uw jaaropgave.');
    expect(leeg.body).toContain('Er is nog geen contact met u opgeschreven.');
  });

  it('gives team leads an overview per team and case type, with late cases and the pace; not case workers', async () => {
    expect((await (await medewerker('behandelaar-1')).get('/werk/overzicht')).statusCode).toBe(403);
    const leider = await medewerker('teamleider-1');
    const r = await leider.get('/werk/overzicht');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Overzicht van de teams');
    // The test environment's open uitval case: one open, none late, nothing closed yet.
    expect(r.body).toMatch(
      /data-regel="uitval\/uitval-controle"><th scope="row">Uitval \(uw team\)<\/th><td>Controle na uitval<\/td><td>1<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>Onbekend: niets afgerond in deze periode<\/td>/,
    );
    expect(r.body).toContain('Maatwerkbesluiten die wachten op goedkeuring');
    // No year simulation on this server: the ETA figure says so instead of a number (issue 20).
    expect(r.body).toContain('data-eta-jaarsimulatie="geen"');
    expect(r.body).toContain('nog geen jaarsimulatie gedraaid');
  });

  it('lists the cases waiting for approval on the bulk reassignment page, with the real total', async () => {
    const leider = await medewerker('teamleider-1');
    const pagina = await leider.get('/werk/herverdelen');
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toMatch(/Open en lopende zaken van het team: \d+ van \d+ zaken op deze pagina/);
    expect(pagina.body).toContain('Wachten op goedkeuring');
    // A bad cursor shows the first page, not an error.
    expect((await leider.get('/werk/herverdelen?na=abc')).statusCode).toBe(200);
  });
});
