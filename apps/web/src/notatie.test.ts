/**
 * Dutch notation on every page people read: no ISO date (2026-01-01), no number with a decimal
 * point (56.64) and no year with a thousands dot (2.025) in the visible text of the citizen pages
 * (proefberekening with every toeslag and its explanation, the portal with each decision's
 * explanation and each change form and preview) and of the staff pages (queue, case with dossier,
 * decision, approvals, reassignment). On the real services (PGlite, and PostgreSQL when
 * DATABASE_URL is set).
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { describe, expect, it } from 'vitest';
import { Bezoeker } from './testing/bezoeker';
import { webOpDatabase } from './testing/op-database';

/** The visible text of a page: no tags, attributes, scripts or styles; entities decoded enough. */
export function zichtbareTekst(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const ISO_DATUM = /\b\d{4}-\d{2}-\d{2}\b/g;
/**
 * 56.64 or 11.6: a dot between digits with one or two digits after it (24.500 is Dutch). Version
 * numbers (engine 0.1.0, WCAG 2.1) and article numbers (Wet kinderopvang artikel 1.7) pass.
 */
const DECIMALE_PUNT = /(?<!\d\.|\d|WCAG |artikel |art\. )\d+\.\d{1,2}(?!\d|\.\d)/g;
/** A year written with a thousands dot, not an amount. */
const JAAR_MET_PUNT = /(?<!€ ?)\b2\.0[0-9]{2}\b/g;

/** What on a page is not Dutch notation, with a little context each. */
export function nietNederlands(html: string): string[] {
  const tekst = zichtbareTekst(html);
  const fout: string[] = [];
  for (const re of [ISO_DATUM, DECIMALE_PUNT, JAAR_MET_PUNT])
    for (const m of tekst.matchAll(re))
      fout.push(tekst.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).trim());
  return fout;
}

describe('the notation check itself', () => {
  it('finds ISO dates, decimal points and dotted years, and lets Dutch notation pass', () => {
    expect(nietNederlands('<p>geldt vanaf 2025-01-01</p>')).toHaveLength(1);
    expect(nietNederlands('<p>nu 56.64 uur</p>')).toHaveLength(1);
    expect(nietNederlands('<p>prijs 11.6.</p>')).toHaveLength(1);
    expect(nietNederlands('<p>toeslagen over 2.025</p>')).toHaveLength(1);
    expect(
      nietNederlands(
        '<p title="2025-01-01">1 januari 2025: € 1.234,56, 56,64 uur, 24.500, € 2.025, Stb. 2025, 412, WCAG 2.1, engine 0.1.0, artikel 1.7, lid 5, art. 1.6</p><input value="2026-03-01">',
      ),
    ).toEqual([]);
  });
});

const account = (naam: string) => DEMO_ACCOUNTS.find((a) => a.gebruikersnaam === naam)!;

describeEachDatabase('Dutch notation on every page, on $naam', ({ open }) => {
  const w = webOpDatabase(open);

  const controleer = (pad: string, html: string) => expect(nietNederlands(html), pad).toEqual([]);

  it('the public pages and a proefberekening with every toeslag, partner and childcare', async () => {
    const b = new Bezoeker(w.app);
    for (const pad of ['/', '/proefberekening', '/toegankelijkheid', '/privacy', '/inloggen'])
      controleer(pad, (await b.get(pad)).body);
    for (const jaar of ['2025', '2026']) {
      const r = await b.post('/proefberekening', {
        jaar,
        geboortedatum: '12-04-1991',
        inkomen: '31.000',
        vermogen: '4000',
        woonland: 'ja',
        verblijf: 'ja',
        verzekerd: 'ja',
        partner: 'ja',
        partnerGeboortedatum: '30-09-1990',
        partnerInkomen: '17500',
        partnerVerblijf: 'ja',
        partnerVerzekerd: 'ja',
        kaleHuur: '865,40',
        servicekosten: '40',
        zelfstandig: 'ja',
        aantalKinderen: '2',
        kind0Geboortedatum: '20-02-2014',
        kind0Kinderbijslag: 'ja',
        kind0Opvang: 'buitenschoolse-opvang',
        kind0Uren: '56,64',
        kind0Uurprijs: '9,12',
        kind0Geregistreerd: 'ja',
        kind1Geboortedatum: '02-11-2023',
        kind1Kinderbijslag: 'ja',
        kind1Opvang: 'dagopvang',
        kind1Uren: '96,5',
        kind1Uurprijs: '11,60',
        kind1Geregistreerd: 'ja',
        werk: 'ja',
        partnerWerk: 'ja',
        actie: 'berekenen',
      });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('Waarom dit bedrag?');
      controleer(`/proefberekening ${jaar}`, r.body);
    }
  });

  it('the citizen portal: overview, every decision explained, every change form and a preview', async () => {
    const b = await Bezoeker.alsBurger(w.app, w.t.bsn1);
    const mijn = await b.get('/mijn');
    controleer('/mijn', mijn.body);
    const waarom = [...new Set([...mijn.body.matchAll(/href="(\/mijn\/waarom\/\d+)"/g)].map((m) => m[1]!))];
    expect(waarom.length).toBeGreaterThan(0);
    for (const pad of waarom) controleer(pad, (await b.get(pad)).body);
    for (const pad of ['/mijn/wijziging', '/mijn/terugbellen', '/mijn/zaken', '/mijn/gegevens'])
      controleer(pad, (await b.get(pad)).body);
    for (const soort of ['inkomen', 'huur', 'verhuizing', 'kinderopvang', 'partner'])
      controleer(soort, (await b.get(`/mijn/wijziging?soort=${soort}`)).body);
    await b.get('/mijn/wijziging?soort=huur');
    const voorbeeld = await b.post('/mijn/wijziging/huur', {
      vanaf: '01-05-2026',
      kaleHuur: '712,50',
      servicekosten: '',
    });
    expect(voorbeeld.body).toContain('Dit verandert er');
    controleer('voorbeeld huur', voorbeeld.body);
    const ander = await Bezoeker.alsBurger(w.app, w.t.bsn2);
    controleer('/mijn (2)', (await ander.get('/mijn')).body);
    controleer('kinderopvang (2)', (await ander.get('/mijn/wijziging?soort=kinderopvang')).body);
  });

  it('the workspace: queue, case with dossier, and its decisions', async () => {
    const b = await Bezoeker.alsMedewerker(w.app, 'behandelaar-1', account('behandelaar-1').wachtwoord);
    controleer('/werk', (await b.get('/werk?lijst=alle')).body);
    const zaak = await b.get(`/werk/zaken/${w.t.zaakId}`);
    expect(zaak.statusCode).toBe(200);
    controleer('zaak', zaak.body);
    const beschikkingen = [
      ...new Set([...zaak.body.matchAll(/href="(\/werk\/beschikkingen\/\d+)"/g)].map((m) => m[1]!)),
    ];
    for (const pad of beschikkingen) controleer(pad, (await b.get(pad)).body);
    controleer('maatwerk', (await b.get(`/werk/zaken/${w.t.zaakId}/maatwerk`)).body);
    const lead = await Bezoeker.alsMedewerker(w.app, 'teamleider-1', account('teamleider-1').wachtwoord);
    for (const pad of ['/werk/goedkeuren', '/werk/herverdelen']) {
      const r = await lead.get(pad);
      expect(r.statusCode, pad).toBe(200);
      controleer(pad, r.body);
    }
  });
});
