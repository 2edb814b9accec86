/**
 * The citizen portal over HTTP on the real services (PGlite, and PostgreSQL when DATABASE_URL is
 * set): login with the DigiD simulation, the overview with real amounts, "Waarom dit bedrag?" with
 * law links, a change with preview and confirmation (the overview then shows the new advance), field
 * errors, call-back, my cases, the processing log, 404s and the login requirement.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { inloggenDigid, overzicht } from '@regelmaat/diensten';
import { nieuweTrace } from '@regelmaat/logboek';
import { expect, it } from 'vitest';
import { euro } from '../opmaak';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

const s = (x: string) => x.replace(/\u00a0/g, ' ');

describeEachDatabase('citizen portal on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  const burger = (bsn = w.t.bsn1) => Bezoeker.alsBurger(w.app, bsn);
  const zorgtoeslag = async () => {
    const ctx = { sessie: inloggenDigid(w.t.o, { bsn: w.t.bsn1 }).sessie, trace: nieuweTrace() };
    return (await overzicht(w.t.o, ctx, {})).toeslagen.find((x) => x.regeling === 'zorgtoeslag')!;
  };

  it('needs a citizen login for every portal page', async () => {
    const anoniem = new Bezoeker(w.app);
    for (const pad of [
      '/mijn',
      '/mijn/wijziging',
      '/mijn/terugbellen',
      '/mijn/zaken',
      '/mijn/gegevens',
      '/mijn/betalingen',
    ]) {
      const r = await anoniem.get(pad);
      expect(r.statusCode, pad).toBe(401);
      expect(r.body).toContain('U moet eerst inloggen');
    }
  });

  it('refuses a BSN that fails the 11-proef at login', async () => {
    const b = new Bezoeker(w.app);
    await b.get('/inloggen');
    const r = await b.post('/inloggen', { bsn: '123456789' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Dit is geen goed BSN.');
  });

  it('shows each toeslag with this month, the year so far and the next payment', async () => {
    const zt = await zorgtoeslag();
    const b = await burger();
    const r = await b.get('/mijn');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<h1 class="utrecht-heading-1">Mijn toeslagen</h1>');
    expect(r.body).toContain('Dit zijn uw toeslagen voor 2026. Zo staat het op 15 maart 2026.');
    const kaart = r.body.slice(r.body.indexOf('data-regeling="zorgtoeslag"'));
    expect(kaart).toContain(`<span data-testid="deze-maand">${s(euro(zt.dezeMaand))}</span>`);
    expect(kaart).toContain(`rond 20 maart 2026 (voor april)`);
    expect(kaart).toContain(`href="/mijn/waarom/${zt.beschikkingId}"`);
  });

  it('explains a decision step by step with links to the law', async () => {
    const zt = await zorgtoeslag();
    const b = await burger();
    const r = await b.get(`/mijn/waarom/${zt.beschikkingId}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Zo hebben wij het berekend');
    expect(r.body).toMatch(/href="https:\/\/wetten\.overheid\.nl\/BWBR0018451\//);
    expect(r.body).toContain(`<span data-testid="jaarbedrag">${s(euro(zt.jaarbedrag))}</span>`);
  });

  it('answers 404 for an unknown or someone else’s decision, and for unknown pages', async () => {
    const b = await burger();
    expect((await b.get('/mijn/waarom/999999')).statusCode).toBe(404);
    expect((await b.get('/mijn/waarom/abc')).statusCode).toBe(404);
    const ander = await burger(w.t.bsn2);
    const id = (await zorgtoeslag()).beschikkingId;
    const r = await ander.get(`/mijn/waarom/${id}`);
    expect(r.statusCode).toBe(404);
    expect(r.body).toContain('Wij kunnen dit niet vinden');
    expect((await b.get('/mijn/bestaat-niet')).statusCode).toBe(404);
  });

  it('shows field errors for a wrong change, then a preview, then the confirmed new advance', async () => {
    const voor = await zorgtoeslag();
    const b = await burger();
    const kies = await b.get('/mijn/wijziging');
    expect(kies.body).toContain('Wat is er veranderd?');
    const form = await b.get('/mijn/wijziging?soort=inkomen');
    expect(form.body).toContain('Nieuw inkomen voor dit hele jaar');
    const fout = await b.post('/mijn/wijziging/inkomen', {
      persoon: 'aanvrager',
      bedrag: 'veel',
      stap: 'voorbeeld',
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('<title>Fout: ');
    expect(fout.body).toContain('href="#veld-bedrag"');

    const preview = await b.post('/mijn/wijziging/inkomen', {
      persoon: 'aanvrager',
      bedrag: '45.000',
      stap: 'voorbeeld',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Dit verandert er');
    expect(preview.body).toMatch(
      /Door dit nu door te geven, hoeft u na het jaar €\s[\d.]+ minder terug te betalen/,
    );
    expect(preview.body).toContain('<input type="hidden" name="bedrag" value="45.000"/>');
    // Nothing is written by the preview.
    expect((await zorgtoeslag()).jaarbedrag).toBe(voor.jaarbedrag);

    const ok = await b.post('/mijn/wijziging/inkomen', {
      persoon: 'aanvrager',
      bedrag: '45.000',
      stap: 'bevestig',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/mijn?gewijzigd=1');
    const na = await zorgtoeslag();
    expect(na.jaarbedrag).toBeLessThan(voor.jaarbedrag);
    expect(na.aanleiding).toBe('wijziging');
    const overzicht = await b.get('/mijn?gewijzigd=1');
    expect(overzicht.body).toContain('Wij hebben uw wijziging verwerkt.');
    expect(overzicht.body).toContain(`<span data-testid="jaarbedrag">${s(euro(na.jaarbedrag))}</span>`);
    expect(overzicht.body).toContain('Dit bedrag is aangepast na een wijziging');

    // The same change again: the service says it is known already, on the form.
    const nogmaals = await b.post('/mijn/wijziging/inkomen', {
      persoon: 'aanvrager',
      bedrag: '45000',
      stap: 'bevestig',
    });
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.body).toContain('Dit inkomen is al bij ons bekend.');
  });

  it('maps a service field error back to its field (a date after this year)', async () => {
    const b = await burger();
    const r = await b.post('/mijn/wijziging/huur', {
      vanaf: '01-01-2027',
      kaleHuur: '700',
      stap: 'voorbeeld',
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('href="#veld-vanaf"');
    expect(r.body).toContain('Dit klopt niet bij de datum vanaf wanneer het anders is: ligt na 2026');
  });

  it('speaks of the toeslagpartner’s BSN on the partner form, in its description and its error', async () => {
    const b = await burger();
    const leeg = await b.get('/mijn/wijziging?soort=partner');
    expect(leeg.body).toContain('Het BSN van uw toeslagpartner heeft 9 cijfers.');
    expect(leeg.body).not.toContain('Uw BSN heeft 9 cijfers');
    const r = await b.post('/mijn/wijziging/partner', {
      vanaf: '01-05-2026',
      bsn: '123456789',
      geboortedatum: '',
      inkomen: '20000',
      stap: 'voorbeeld',
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Het BSN van uw toeslagpartner klopt niet.');
    expect(r.body).toContain('Vul de geboortedatum van uw toeslagpartner in.');
  });

  it('takes a call-back request and shows it under my cases with its expected date', async () => {
    const b = await burger();
    const fout = await b.post('/mijn/terugbellen', { onderwerp: '', telefoon: '12' });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('href="#veld-onderwerp"');
    expect(fout.body).toContain('Vul het onderwerp van uw vraag in.');
    expect(fout.body).toContain('Vul een telefoonnummer in met 10 cijfers');
    const r = await b.post('/mijn/terugbellen', {
      onderwerp: 'Vraag over mijn zorgtoeslag',
      telefoon: '06 12345678',
      voorkeur: 'ochtend',
    });
    expect(r.statusCode).toBe(201);
    expect(r.body).toContain('Wij bellen u uiterlijk op 20 maart 2026.');
    const zaken = await b.get('/mijn/zaken');
    expect(zaken.body).toContain('Uw vraag om teruggebeld te worden');
    // Asked on Sunday 15 March: team Klantcontact has staff, so the first working day after the
    // work before it (issue 20), next to the promised date.
    expect(zaken.body).toContain('Verwacht rond 16 maart 2026. Uiterlijk 20 maart 2026.');
    expect(zaken.body).toContain('Het is een schatting, geen belofte.');
  });

  it('shows the processing log without staff names or the BSN in it', async () => {
    const b = await burger();
    const r = await b.get('/mijn/gegevens');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Wanneer wij uw gegevens gebruikten');
    const tabel = r.body.slice(r.body.indexOf('<table'), r.body.indexOf('</table>'));
    expect(tabel).toContain('<td>maart 2026</td>');
    expect(tabel).toMatch(/\d+ keer, laatst op 15 maart 2026, 11:00/);
    expect(tabel).not.toContain(w.t.bsn1);
    expect(tabel).not.toContain('Demo');
    // The register's legal ground as written ("art. 6 lid 1 onder e"), not "artikel art.".
    expect(tabel).toContain('AVG art. 6 lid 1 onder e');
    expect(tabel).not.toContain('artikel art.');
    // What it was for in B1 words and who acted as a kind of person, never a name.
    expect(tabel).toContain('Wij berekenden uw toeslag en legden uit hoe wij dat deden.');
    expect(tabel).toMatch(
      /U of iemand uit uw huishouden, via Mijn toeslagen|Automatisch, door onze computer/,
    );
    // One row per month, activity and role.
    const sleutels = [
      ...tabel.matchAll(
        /<tr data-activiteit="([^"]+)"><td>([^<]+)<\/td><th scope="row">[^<]*<\/th><td>([^<]+)<\/td>/g,
      ),
    ].map((m) => `${m[1]}|${m[2]}|${m[3]}`);
    expect(sleutels.length).toBeGreaterThan(0);
    expect(new Set(sleutels).size).toBe(sleutels.length);
  });

  it('pages the processing log and answers a page that is not there with 404', async () => {
    const b = await burger();
    expect((await b.get('/mijn/gegevens?pagina=1')).statusCode).toBe(200);
    expect((await b.get('/mijn/gegevens?pagina=999')).statusCode).toBe(404);
    expect((await b.get('/mijn/gegevens?pagina=nul')).statusCode).toBe(404);
    expect((await b.get('/mijn/gegevens?pagina=0')).statusCode).toBe(404);
  });

  it('shows the empty state for a citizen without toeslagen', async () => {
    const b = await burger('999999990');
    const r = await b.get('/mijn');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('U heeft nog geen toeslag.');
    expect((await b.get('/mijn/zaken')).body).toContain('Wij zijn nu nergens voor u mee bezig.');
  });
});
