/**
 * The web app over HTTP (Fastify inject): pages, assets, the proefberekening with the engine's
 * real amounts, validation errors, CSRF, cookies and the login flows on the real services (an
 * in-memory database with the demo accounts).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bezoeker, testWebApp } from './testing';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await testWebApp());
}, 60_000);
afterAll(async () => {
  await app.close();
});

describe('pages', () => {
  it.each(['/', '/toegankelijkheid', '/privacy', '/proefberekening', '/inloggen', '/medewerker/inloggen'])(
    '%s is Dutch HTML with the layout landmarks',
    async (url) => {
      const res = await new Bezoeker(app).get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toMatch(/^<!DOCTYPE html><html lang="nl"/);
      expect(res.body).toContain('href="#inhoud"');
      expect(res.body).toContain('<main id="inhoud"');
      expect(res.body).toContain('href="/toegankelijkheid"');
      expect(res.body).toContain('Regelmaat Toeslagen (demo)');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    },
  );

  it('answers an unknown page with a B1 404 page', async () => {
    const res = await new Bezoeker(app).get('/bestaat-niet');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Deze pagina bestaat niet');
  });

  it('serves the stylesheet and the fonts locally, and nothing else', async () => {
    const home = await new Bezoeker(app).get('/');
    const css = /href="(\/assets\/app\.[0-9a-f]+\.css)"/.exec(home.body)![1]!;
    const res = await app.inject({ url: css });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.body).toContain('.utrecht-button');
    expect(res.body).toContain('.regelmaat-theme');
    const font = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(res.body)![1]!;
    const f = await app.inject({ url: font });
    expect(f.statusCode).toBe(200);
    expect(f.headers['content-type']).toBe('font/woff2');
    expect((await app.inject({ url: '/assets/../package.json' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/app.css' })).statusCode).toBe(404);
  });
});

describe('proefberekening', () => {
  it('computes the CLI example (alleenstaande 2025): zorgtoeslag € 131 and huurtoeslag € 368 a month', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const res = await b.post('/proefberekening', {
      jaar: '2025',
      geboortedatum: '20-01-1996',
      inkomen: '24500',
      woonland: 'ja',
      verblijf: 'ja',
      verzekerd: 'ja',
      partner: 'nee',
      kaleHuur: '640',
      servicekosten: '35',
      zelfstandig: 'ja',
      aantalKinderen: '0',
      actie: 'berekenen',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Uw uitkomst');
    expect(res.body).toMatch(/Zorgtoeslag<\/h3><p class="rm-bedrag">€ 131 per maand/);
    expect(res.body).toMatch(/Huurtoeslag<\/h3><p class="rm-bedrag">€ 368 per maand/);
    expect(res.body).toContain('€ 1.573 over het hele jaar');
    expect(res.body).toContain('Waarom dit bedrag?');
    expect(res.body).toContain('https://wetten.overheid.nl/BWBR0018451/2025-01-01/#Artikel2');
    // The form comes back filled in, to change and compute again.
    expect(res.body).toContain('value="20-01-1996"');
  });

  it('lists the failed conditions when there is no entitlement', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const res = await b.post('/proefberekening', {
      jaar: '2026',
      geboortedatum: '01-01-2010',
      inkomen: '0',
      woonland: 'ja',
      verblijf: 'ja',
      verzekerd: 'ja',
      partner: 'nee',
      aantalKinderen: '0',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('U krijgt geen zorgtoeslag.');
    expect(res.body).toContain('Waarom krijgt u dit niet?');
    expect(res.body).toContain('U voldoet niet aan deze voorwaarde:');
  });

  it('shows errors per field with aria-invalid, aria-describedby and a summary linking to the field', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const res = await b.post('/proefberekening', {
      jaar: '2026',
      geboortedatum: '31-02-1990',
      inkomen: '',
      partner: 'nee',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Fout: Proefberekening toeslagen');
    expect(res.body).toContain('data-error-summary');
    expect(res.body).toContain('href="#veld-geboortedatum"');
    expect(res.body).toMatch(
      /id="veld-geboortedatum"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="veld-geboortedatum"/,
    );
    expect(res.body).toMatch(/aria-describedby="veld-geboortedatum-uitleg veld-geboortedatum-fout"/);
    expect(res.body).toContain('id="veld-geboortedatum-fout"');
    expect(res.body).toContain('Vul uw geboortedatum in, zoals 20-01-1996.');
    expect(res.body).toContain('href="#veld-inkomen"');
    expect(res.body).toContain('Vul uw inkomen in.');
  });

  const gezin = {
    jaar: '2026',
    geboortedatum: '12-04-1991',
    inkomen: '31.000',
    woonland: 'ja',
    verblijf: 'ja',
    verzekerd: 'ja',
    partner: 'nee',
    aantalKinderen: '1',
    kind0Geboortedatum: '02-11-2023',
    kind0Kinderbijslag: 'ja',
    kind0Opvang: 'dagopvang',
    kind0Uren: '96',
    kind0Uurprijs: '11,60',
    kind0Geregistreerd: 'ja',
    werk: 'ja',
    actie: 'berekenen',
  };
  const kot = (body: string) =>
    /aria-labelledby="toeslag-kinderopvangtoeslag">(.*?)<\/section>/s.exec(body)?.[1] ?? '';

  it('awards kinderopvangtoeslag only on the answers given: work or study, registered childcare', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const wel = await b.post('/proefberekening', gezin);
    expect(wel.statusCode).toBe(200);
    expect(kot(wel.body)).toMatch(/per maand/);
    expect(kot(wel.body)).toContain('Werk of studie: <span class="rm-stap-waarde">ja</span>');
    const zonderWerk = await b.post('/proefberekening', { ...gezin, werk: 'nee' });
    expect(kot(zonderWerk.body)).toContain('U krijgt geen kinderopvangtoeslag.');
    expect(kot(zonderWerk.body)).toContain('Werk of studie: <span class="rm-stap-waarde">nee</span>');
    expect(kot(zonderWerk.body)).not.toContain('Werk of studie: <span class="rm-stap-waarde">ja</span>');
    const ongeregistreerd = await b.post('/proefberekening', { ...gezin, kind0Geregistreerd: 'nee' });
    expect(kot(ongeregistreerd.body)).toContain('U krijgt geen kinderopvangtoeslag.');
    expect(kot(ongeregistreerd.body)).toContain(
      'Geregistreerde opvang: <span class="rm-stap-waarde">nee</span>',
    );
  });

  it('lists the assumptions it made for these answers, with a way to change them', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const res = await b.post('/proefberekening', { ...gezin, vermogen: '' });
    expect(res.body).toContain('Hiervan zijn wij uitgegaan');
    expect(res.body).toContain('Wat u invult, geldt voor het hele jaar 2026.');
    expect(res.body).toContain('U heeft geen vermogen ingevuld. Wij rekenen met € 0.');
    // No rent: other residents do not matter, so nothing is said about them.
    expect(res.body).not.toContain('data-aanname="medebewoners"');
    expect(res.body).toContain('href="#gegevens-aanpassen"');
    expect(res.body).toContain('id="gegevens-aanpassen"');
    const metVermogen = await b.post('/proefberekening', { ...gezin, vermogen: '5000' });
    expect(metVermogen.body).not.toContain('data-aanname="geenVermogen"');
  });

  it('does not compute for someone who lives abroad, and says so', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const res = await b.post('/proefberekening', { ...gezin, woonland: 'nee' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Deze proefberekening rekent alleen voor mensen die in Nederland wonen.');
    expect(res.body).not.toContain('toeslag-zorgtoeslag');
  });

  it('asks about work or study only once there is a child', async () => {
    const b = new Bezoeker(app);
    const leeg = await b.get('/proefberekening');
    expect(leeg.body).not.toContain('name="werk"');
    const kind = await b.post('/proefberekening', { aantalKinderen: '0', actie: 'kind-toevoegen' });
    expect(kind.body).toContain('name="werk"');
    expect(kind.body).toContain('name="kind0Geregistreerd"');
    expect(kind.body).toContain('name="kind0Kinderbijslag"');
  });

  it('names each missing field in its own message (never "Vul dit veld in." twice)', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const res = await b.post('/proefberekening', { jaar: '2026', aantalKinderen: '0', actie: 'berekenen' });
    expect(res.statusCode).toBe(400);
    const meldingen = [
      ...res.body.matchAll(/<li class="utrecht-unordered-list__item"><a href="#veld-[^"]+">([^<]+)<\/a>/g),
    ].map((m) => m[1]);
    expect(meldingen).toEqual([
      'Vul uw geboortedatum in.',
      'Vul uw inkomen in.',
      'Kies een antwoord bij de vraag: Woont u in Nederland?',
      'Kies een antwoord bij de vraag: Heeft u de Nederlandse nationaliteit of een geldige verblijfsvergunning?',
      'Kies een antwoord bij de vraag: Heeft u een Nederlandse zorgverzekering?',
      'Kies een antwoord bij de vraag: Heeft u een partner?',
    ]);
  });

  it('adds and removes child rows without JavaScript, keeping what was typed', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const een = await b.post('/proefberekening', {
      geboortedatum: '1-1-1990',
      aantalKinderen: '0',
      actie: 'kind-toevoegen',
    });
    expect(een.body).toContain('name="kind0Geboortedatum"');
    expect(een.body).toContain('value="1-1-1990"');
    expect(een.body).not.toContain('data-error-summary');
    const geen = await b.post('/proefberekening', { aantalKinderen: '1', actie: 'kind-weghalen' });
    expect(geen.body).not.toContain('name="kind0Geboortedatum"');
  });
});

describe('CSRF', () => {
  it('refuses a POST without the form token, and one from another origin', async () => {
    const b = new Bezoeker(app);
    await b.get('/proefberekening');
    const zonder = await b.post('/proefberekening', { jaar: '2026' }, '');
    expect(zonder.statusCode).toBe(403);
    expect(zonder.body).toContain('Het formulier is verlopen');
    const res = await app.inject({
      method: 'POST',
      url: '/inloggen',
      headers: {
        cookie: `regelmaat_csrf=${b.cookies.get('regelmaat_csrf')}`,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `_csrf=${b.cookies.get('regelmaat_csrf')}&bsn=999992351`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['set-cookie']).not.toMatch(/regelmaat_sessie=/);
  });
});

describe('login', () => {
  it('DigiD simulation: checks the 11-proef, then sets an HttpOnly SameSite=Lax session cookie', async () => {
    const b = new Bezoeker(app);
    const pagina = await b.get('/inloggen');
    expect(pagina.body).toContain('Dit is geen echte DigiD.');
    const fout = await b.post('/inloggen', { bsn: '123456789' });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('Dit is geen goed BSN.');
    const leeg = await b.post('/inloggen', { bsn: ' ' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Vul uw BSN in.');
    const ok = await b.post('/inloggen', { bsn: '999992351' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/mijn');
    const cookie = [ok.headers['set-cookie']].flat().find((c) => String(c).startsWith('regelmaat_sessie='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const mijn = await b.get('/mijn');
    expect(mijn.statusCode).toBe(200);
    expect(mijn.body).toContain('BSN 999992351');
    // Staff pages are not for citizens.
    expect((await b.get('/werk')).statusCode).toBe(401);
  });

  it('staff login, then logout ends the session', async () => {
    const b = new Bezoeker(app);
    await b.get('/medewerker/inloggen');
    const fout = await b.post('/medewerker/inloggen', { naam: 'behandelaar-1', wachtwoord: 'fout' });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('De gebruikersnaam of het wachtwoord klopt niet.');
    const ok = await b.post('/medewerker/inloggen', {
      naam: 'teamleider-1',
      wachtwoord: 'demo-teamleider-1',
    });
    expect(ok.headers.location).toBe('/werk');
    const werk = await b.get('/werk');
    expect(werk.body).toContain('teamleider');
    const uit = await b.post('/uitloggen', {});
    expect(uit.statusCode).toBe(303);
    expect(uit.headers.location).toBe('/?uitgelogd=1');
    expect((await b.get('/werk')).statusCode).toBe(401);
  });

  it('without the config flag there is no DigiD simulation', async () => {
    const { app: zonder } = await testWebApp({ digidSimulatie: false });
    const b = new Bezoeker(zonder);
    await b.get('/proefberekening');
    const res = await b.get('/inloggen');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Inloggen met DigiD kan op deze website niet.');
    expect((await b.post('/inloggen', { bsn: '999992351' })).statusCode).toBe(404);
    await zonder.close();
  }, 60_000);
});
