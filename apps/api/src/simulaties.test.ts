/**
 * Issue 18 over HTTP: the policy analyst starts a reform on the synthetic population, follows it and
 * reads the result; other roles are refused; a reform that does not fit the law is a 400 that
 * names the part and the parameter, never a 500.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

describeEachDatabase('simulations over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const vraag = async (rol: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${await t.token(rol)}` },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.json() as Json };
  };

  it('start, follow, read: the 2026 huurtoeslag package on the test population', async () => {
    const lijst = await vraag('beleidsmedewerker', 'GET', '/simulaties/hervormingen');
    expect(lijst.status).toBe(200);
    expect(lijst.body.map((h: Json) => h.naam)).toContain('huurtoeslag-2026-pakket');
    const start = await vraag('beleidsmedewerker', 'POST', '/simulaties', {
      hervorming: 'huurtoeslag-2026-pakket',
    });
    expect(start.status).toBe(201);
    expect(['wacht', 'bezig', 'klaar']).toContain(start.body.status);
    await t.o.simulaties!.klaar();
    const klaar = await vraag('beleidsmedewerker', 'GET', `/simulaties/${start.body.id}`);
    expect(klaar.status).toBe(200);
    expect(klaar.body.status).toBe('klaar');
    expect(klaar.body.gedaan).toBe(klaar.body.totaal);
    const ht = klaar.body.resultaat.begroting.find((b: Json) => b.regeling === 'huurtoeslag');
    expect(ht.verschil).toBeGreaterThan(0);
    expect(klaar.body.resultaat.waterval[0].totaal).toBe(ht.verschil);
    // The workload: every household of the server's snapshot counted on both sides.
    const w = klaar.body.resultaat.werklast;
    expect(w.steekproef).toBe(klaar.body.resultaat.huishoudens);
    expect(w.zaken.map((z: Json) => z.code)).toContain('HOGE_TERUGVORDERING');
    expect(w.opgehoogd.voorschotWijzigt).toBeGreaterThan(0);
    expect(w.alleHuishoudens).toBe(true);
    expect(w.opgehoogd.extraZakenInterval95).toHaveLength(2);
    // The marginal cases: huurtoeslag's rent thresholds and income, and who the package moves across.
    const m = klaar.body.resultaat.marges;
    expect(m.steekproef).toBe(klaar.body.resultaat.huishoudens);
    const grenzen = m.regels.filter((g: Json) => g.regeling === 'huurtoeslag').map((g: Json) => g.grens);
    expect(grenzen).toEqual([
      'inkomen',
      'vermogen',
      'kwaliteitskortingsgrens',
      'aftoppingsgrens',
      'maximale-huurgrens',
    ]);
    const inkomen = m.regels.find((g: Json) => g.regeling === 'huurtoeslag' && g.grens === 'inkomen');
    expect(inkomen.kruist).toBeGreaterThan(0);
    const htOntvangers = klaar.body.resultaat.ontvangers.find((o: Json) => o.regeling === 'huurtoeslag');
    expect(htOntvangers.gemiddeldNieuwPerMaand).toBeGreaterThan(0);
  });

  it('other roles may not simulate (403), and an unknown run is a 404', async () => {
    for (const rol of ['behandelaar', 'teamleider', 'auditor', 'burger']) {
      expect((await vraag(rol, 'POST', '/simulaties', { hervorming: 'normhuur-variant' })).status).toBe(403);
      expect((await vraag(rol, 'GET', '/simulaties/hervormingen')).status).toBe(403);
    }
    expect((await vraag('beleidsmedewerker', 'GET', '/simulaties/999999')).status).toBe(404);
  });

  it('refuses a reform that does not fit the law with a 400 naming the part and the parameter', async () => {
    const yaml =
      'naam: Fout\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\nonderdelen:\n  - naam: Te hoog\n    wijzigingen:\n      - { parameter: zorgtoeslag.afbouwpercentage, vanaf: 2026-01-01, waarde: 140, voorstel: te hoog percentage }\n';
    const r = await vraag('beleidsmedewerker', 'POST', '/simulaties', { yaml });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toMatch(/Te hoog: .*afbouwpercentage/);
    const beide = await vraag('beleidsmedewerker', 'POST', '/simulaties', {
      yaml,
      hervorming: 'normhuur-variant',
    });
    expect(beide.status).toBe(400);
    const onbekend = await vraag('beleidsmedewerker', 'POST', '/simulaties', { hervorming: 'bestaat-niet' });
    expect(onbekend.status).toBe(400);
    // An unknown variant module: a 400 naming the variants there are.
    const variant = await vraag('beleidsmedewerker', 'POST', '/simulaties', {
      yaml: 'naam: V\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\nonderdelen:\n  - naam: Vast\n    variant: vasthuur\n',
    });
    expect(variant.status).toBe(400);
    expect(JSON.stringify(variant.body)).toMatch(/variant is geen bekende variant \(kies uit normhuur\)/);
  });

  it('saves a scenario (author from the session, a YAML problem with its line), runs it stacked, links a signal to it both ways', async () => {
    const yaml =
      'jaar: 2026\nonderdelen:\n  - naam: Premie\n    wijzigingen:\n      - parameter: zorgtoeslag.standaardpremie\n        vanaf: 2026-01-01\n        waarde: 2200\n        voorstel: Een hogere standaardpremie\n  - naam: Index\n    wijzigingen:\n      - indexatie: { parameters: [kindgebonden_budget.basisbedrag_per_kind], percentage: 2.5, vanaf: 2026-01-01, voorstel: indexatie als voorbeeld }\n';
    // A value without its source: 400 with the line it is on; nothing stored.
    const fout = await vraag('beleidsmedewerker', 'POST', '/scenarios', {
      naam: 'Zonder bron',
      beschrijving: 'test',
      hervorming: yaml.replace('        voorstel: Een hogere standaardpremie\n', ''),
    });
    expect(fout.status).toBe(400);
    expect(JSON.stringify(fout.body)).toMatch(
      /regel 5: onderdelen\.0\.wijzigingen\.0 geef precies één van bron of voorstel/,
    );
    const leeg = await vraag('beleidsmedewerker', 'POST', '/scenarios', {
      naam: '',
      beschrijving: '',
      hervorming: '',
    });
    expect(leeg.status).toBe(400);
    // Other roles may not.
    expect((await vraag('behandelaar', 'GET', '/scenarios')).status).toBe(403);
    expect(
      (await vraag('teamleider', 'POST', '/scenarios', { naam: 'x', beschrijving: 'x', hervorming: yaml }))
        .status,
    ).toBe(403);

    const gemaakt = await vraag('beleidsmedewerker', 'POST', '/scenarios', {
      naam: 'Premie en index',
      beschrijving: 'Twee onderdelen gestapeld.',
      hervorming: yaml,
    });
    expect(gemaakt.status, JSON.stringify(gemaakt.body)).toBe(201);
    expect(gemaakt.body).toMatchObject({
      naam: 'Premie en index',
      auteur: 'Fleur Demo', // the session's staff member (m-beleid-1) by name, not a field of the request
      alleenLezen: false,
      onderdelen: ['Premie', 'Index'],
    });
    expect(gemaakt.body.datum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The shipped examples are read-only scenarios in the list.
    const lijst = await vraag('beleidsmedewerker', 'GET', '/scenarios');
    expect(
      lijst.body
        .filter((s: Json) => s.alleenLezen)
        .map((s: Json) => s.voorbeeld)
        .sort(),
    ).toEqual([
      'huurtoeslag-2026-pakket',
      'indexatie-kindgebonden-budget',
      'kinderopvangtoeslag-96-procent',
      'normhuur-variant',
    ]);
    expect(lijst.body.map((s: Json) => s.id)).toContain(gemaakt.body.id);

    // Run it: two parts stacked, the waterfall one step per part adding up to the total.
    const run = await vraag('beleidsmedewerker', 'POST', `/scenarios/${gemaakt.body.id}/simulaties`);
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({
      scenarioId: gemaakt.body.id,
      hervorming: { onderdelen: ['Premie', 'Index'] },
    });
    await t.o.simulaties!.klaar();
    const klaar = await vraag('beleidsmedewerker', 'GET', `/simulaties/${run.body.id}`);
    expect(klaar.body.status).toBe('klaar');
    const r = klaar.body.resultaat;
    expect(r.waterval.map((w: Json) => w.naam)).toEqual(['Premie', 'Index']);
    const totaal = r.begroting.find((b: Json) => b.regeling === 'totaal') ?? {
      verschil: r.begroting.reduce((a: number, b: Json) => a + b.verschil, 0),
    };
    expect(r.waterval.reduce((a: number, w: Json) => a + w.totaal, 0)).toBe(totaal.verschil);
    expect((await vraag('beleidsmedewerker', 'POST', '/scenarios/999999/simulaties')).status).toBe(404);

    // A signal's answer links to it; a scenario that does not exist is refused on the server.
    const signaal = await vraag('behandelaar', 'POST', '/signalen', {
      thema: 'werkwijze',
      omschrijving: 'De premie drukt.',
    });
    expect(signaal.status).toBe(201);
    const tl = await vraag('teamleider', 'POST', `/signalen/${signaal.body.id}/beoordeling`, {
      versie: signaal.body.versie,
      besluit: 'doorzetten',
      toelichting: 'Naar beleid.',
    });
    expect(tl.status, JSON.stringify(tl.body)).toBe(200);
    const mis = await vraag('beleidsmedewerker', 'POST', `/signalen/${signaal.body.id}/antwoord`, {
      versie: tl.body.versie,
      soort: 'wijzigingsvoorstel',
      antwoord: 'Zie het scenario.',
      scenarioId: 999_999,
    });
    expect(mis.status).toBe(400);
    const goed = await vraag('beleidsmedewerker', 'POST', `/signalen/${signaal.body.id}/antwoord`, {
      versie: tl.body.versie,
      soort: 'wijzigingsvoorstel',
      antwoord: 'Zie het scenario.',
      scenarioId: gemaakt.body.id,
    });
    expect(goed.status, JSON.stringify(goed.body)).toBe(200);
    expect(goed.body.scenario).toEqual({ id: gemaakt.body.id, naam: 'Premie en index' });
    const pagina = await vraag('beleidsmedewerker', 'GET', `/scenarios/${gemaakt.body.id}`);
    expect(pagina.body.signalen).toEqual([
      { id: signaal.body.id, thema: 'werkwijze', status: 'beantwoord', antwoordSoort: 'wijzigingsvoorstel' },
    ]);
  });
});
