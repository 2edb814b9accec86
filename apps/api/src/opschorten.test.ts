/**
 * Suspending and resuming a case over HTTP (issue 17; Awb 4:15): `POST /zaken/{id}/opschorting`
 * moves the due date by the waiting days, `POST /zaken/{id}/hervatting` gives back the days not
 * used. The rules that protect the case are the server's (zaken's `opschorten.ts`, from the case
 * row and the signed session), so each walk-around is tried here: another team's case, a team lead
 * who does not hold the case, a citizen's token, no token, a date in the past or today, too long a
 * wait, resuming a case that is not suspended, a stale version, an unknown case. Each refusal is
 * problem+json, changes no row and writes no log record.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { maakZaak } from '@regelmaat/zaken';
import { expect, it } from 'vitest';
import { gebruikApiTest, NU } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

describeEachDatabase('suspending a case over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  /** `rol` with index `n` (behandelaar 0 = team uitval, 2 = team maatwerk); `null`: no token. */
  const vraag = async (wie: [string, number] | null, url: string, payload: object) => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/v1${url}`,
      ...(wie ? { headers: { authorization: `Bearer ${await t.token(wie[0], wie[1])}` } } : {}),
      payload,
    });
    return { status: r.statusCode, body: r.json() as Json, type: String(r.headers['content-type']) };
  };
  const rij = async (id: number) =>
    (
      await t.db.query<{ versie: number; termijn: string; opgeschort_tot: string | null }>(
        'SELECT versie, termijn::text AS termijn, opgeschort_tot::text AS opgeschort_tot FROM zaak WHERE id = $1',
        [id],
      )
    ).rows[0]!;
  const logRegels = async () =>
    Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM verwerking')).rows[0]!.n);
  const B1: [string, number] = ['behandelaar', 0];
  const B3: [string, number] = ['behandelaar', 2];
  const opschort = (versie: number, tot = '2026-03-29') => ({ versie, reden: 'Loonstroken gevraagd', tot });

  /** Every refusal: problem+json with `status`, nothing changed, nothing logged. */
  const geweigerd = async (
    zaakId: number,
    poging: () => Promise<{ status: number; body: Json; type: string }>,
    status: number,
  ): Promise<Json> => {
    const voor = await rij(zaakId);
    const log = await logRegels();
    const r = await poging();
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(r.type).toContain('application/problem+json');
    expect(await rij(zaakId)).toEqual(voor);
    expect(await logRegels()).toBe(log);
    return r.body;
  };

  it('moves the due date by the days waited, and resuming early gives the unused days back', async () => {
    const z = t.zaakId;
    const claim = await vraag(B1, `/zaken/${z}/claim`, { versie: (await rij(z)).versie });
    expect(claim.status).toBe(200);
    const voor = await rij(z);
    const log = await logRegels();
    // NU is 2026-03-15; waiting until 2026-03-29 is 14 days.
    const op = await vraag(B1, `/zaken/${z}/opschorting`, opschort(voor.versie));
    expect(op.status, JSON.stringify(op.body)).toBe(200);
    expect(NU.slice(0, 10)).toBe('2026-03-15');
    expect(op.body.opschorting).toEqual({
      tot: '2026-03-29',
      reden: 'Loonstroken gevraagd',
      op: '2026-03-15',
    });
    expect(op.body.versie).toBe(voor.versie + 1);
    const dagen = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(dagen(voor.termijn, op.body.termijn)).toBe(14);
    expect(await logRegels()).toBeGreaterThan(log);

    // A second suspension while suspended is refused.
    const nogmaals = await geweigerd(
      z,
      () => vraag(B1, `/zaken/${z}/opschorting`, opschort(op.body.versie)),
      409,
    );
    expect(nogmaals.detail).toMatch(/al opgeschort tot 2026-03-29/);

    // Resumed the same day: all 14 days come back off the due date.
    const hervat = await vraag(B1, `/zaken/${z}/hervatting`, { versie: op.body.versie });
    expect(hervat.status, JSON.stringify(hervat.body)).toBe(200);
    expect(hervat.body.termijn).toBe(voor.termijn);
    expect(hervat.body.opschorting).toBeUndefined();
    const h = await t.db.query<{ actie: string }>(
      'SELECT actie FROM zaak_historie WHERE zaak_id = $1 ORDER BY id DESC LIMIT 2',
      [z],
    );
    expect(h.rows.map((r) => r.actie)).toEqual(['hervat', 'opgeschort']);
  });

  it('refuses resuming a case that is not suspended, a stale version and an unknown case', async () => {
    const z = t.zaakId;
    const { versie } = await rij(z);
    const niet = await geweigerd(z, () => vraag(B1, `/zaken/${z}/hervatting`, { versie }), 409);
    expect(niet.detail).toMatch(/niet opgeschort/);
    const oud = await geweigerd(z, () => vraag(B1, `/zaken/${z}/opschorting`, opschort(versie - 1)), 409);
    expect(oud.code ?? oud.type).toMatch(/versie-verouderd/);
    await geweigerd(z, () => vraag(B1, '/zaken/987654/opschorting', opschort(1)), 404);
  });

  it('refuses a date in the past, today, beyond 91 days or not a date, naming the field', async () => {
    const z = t.zaakId;
    const { versie } = await rij(z);
    for (const tot of ['2026-03-01', '2026-03-15', '2026-07-01']) {
      const b = await geweigerd(z, () => vraag(B1, `/zaken/${z}/opschorting`, opschort(versie, tot)), 400);
      expect(b.invalidParams.map((p: Json) => p.name)).toEqual(['tot']);
    }
    const geenDatum = await geweigerd(
      z,
      () => vraag(B1, `/zaken/${z}/opschorting`, opschort(versie, '2026-02-30')),
      400,
    );
    expect(geenDatum.invalidParams.map((p: Json) => p.name)).toEqual(['tot']);
    const kort = await geweigerd(
      z,
      () => vraag(B1, `/zaken/${z}/opschorting`, { versie, reden: 'nee', tot: '2026-03-29' }),
      400,
    );
    expect(kort.invalidParams.map((p: Json) => p.name)).toEqual(['reden']);
  });

  it('refuses a citizen, no token, a team lead who does not hold the case and another team’s case', async () => {
    const z = t.zaakId;
    const { versie } = await rij(z);
    await geweigerd(z, () => vraag(['burger', 0], `/zaken/${z}/opschorting`, opschort(versie)), 403);
    await geweigerd(z, () => vraag(['burger', 0], `/zaken/${z}/hervatting`, { versie }), 403);
    await geweigerd(z, () => vraag(null, `/zaken/${z}/opschorting`, opschort(versie)), 401);
    await geweigerd(z, () => vraag(['auditor', 0], `/zaken/${z}/opschorting`, opschort(versie)), 403);
    // The uitval team lead may reassign this case, not suspend it: only its behandelaar does.
    const leider = await geweigerd(
      z,
      () => vraag(['teamleider', 0], `/zaken/${z}/opschorting`, opschort(versie)),
      409,
    );
    expect(leider.detail).toMatch(/Alleen de behandelaar/);

    // A case of team maatwerk, held by behandelaar-3: behandelaar-1 (team uitval) is refused by team.
    const ander = await maakZaak(
      t.db,
      { soort: 'maatwerk-verzoek', huishoudenId: 2, onderwerp: 'Verzoek om maatwerk' },
      { id: 'test', rol: 'behandelaar' },
      NU,
    );
    expect((await vraag(B3, `/zaken/${ander.id}/claim`, { versie: ander.versie })).status).toBe(200);
    const v = (await rij(ander.id)).versie;
    const team = await geweigerd(
      ander.id,
      () => vraag(B1, `/zaken/${ander.id}/opschorting`, opschort(v)),
      409,
    );
    expect(team.detail).toMatch(/team maatwerk/);
    // Its own behandelaar may, and then the other team still cannot resume it.
    const op = await vraag(B3, `/zaken/${ander.id}/opschorting`, opschort(v));
    expect(op.status).toBe(200);
    const terug = await geweigerd(
      ander.id,
      () => vraag(B1, `/zaken/${ander.id}/hervatting`, { versie: op.body.versie }),
      409,
    );
    expect(terug.detail).toMatch(/team maatwerk/);
  });
});
