/**
 * Partner reports are not last-write-wins (issue 10, item 11), over HTTP on both databases: the
 * provider is the authenticated client; a provider cannot change the hours of a contract another
 * provider holds (the report opens a case instead, 409); a replayed report id changes nothing, and
 * with other hours is refused (409); a report drawn up before the newest accepted one changes
 * nothing. Every refusal is problem+json, never a 500, and leaves the dossier as it was.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { pseudoniem } from '@regelmaat/logboek';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

/** The child of household 2, a client of both demo providers. */
const KIND = testBsn(22);
const uren = (n: number) => Array(12).fill(n) as number[];

describeEachDatabase('partner reports on $naam', ({ open }) => {
  const t = gebruikApiTest(open);

  const meld = async (partner: 0 | 1, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/partner/opvanguren',
      headers: { authorization: `Bearer ${await t.token('partner', partner)}` },
      payload: { kindBsn: KIND, jaar: 2026, soort: 'dagopvang', ...body },
    });
  /** The hours in force for the child in 2026 (the current opvanguren_aanbieder fact). */
  const huidigeUren = async (): Promise<number[] | undefined> => {
    const r = await t.db.query<{ waarde: { jaar: number; uren: number[] } }>(
      `SELECT waarde FROM feit WHERE soort = 'opvanguren_aanbieder' AND persoon_bsn = $1 AND vervallen_op IS NULL`,
      [KIND],
    );
    return r.rows.find((x) => x.waarde.jaar === 2026)?.waarde.uren;
  };
  const tel = async (sql: string, params: unknown[] = []) =>
    Number((await t.db.query<{ n: string }>(sql, params)).rows[0]!.n);
  const feiten = () => tel(`SELECT count(*) AS n FROM feit WHERE soort = 'opvanguren_aanbieder'`);
  const conflictZaken = () => tel(`SELECT count(*) AS n FROM zaak WHERE soort = 'partner-conflict'`);

  it('the first provider holds the contract; its report is applied and logged for every person of the household', async () => {
    const res = await meld(0, { meldingId: 'a-1', opgesteldOp: '2026-03-01T09:00:00Z', uren: uren(100) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      verwerkt: true,
      uitkomst: 'verwerkt',
      meldingId: 'a-1',
      herhaald: false,
    });
    expect(await huidigeUren()).toEqual(uren(100));
    const trace = String(res.headers.traceparent).split('-')[1];
    const gelogd = new Set(
      (
        await t.db.query<{ s: string }>('SELECT data_subject_id AS s FROM verwerking WHERE trace_id = $1', [
          trace,
        ])
      ).rows.map((x) => x.s),
    );
    const personen = await t.db.query<{ bsn: string }>(
      `SELECT DISTINCT f.persoon_bsn AS bsn FROM feit f JOIN feit k ON k.huishouden_id = f.huishouden_id
        WHERE k.persoon_bsn = $1 AND f.soort = 'persoon' AND f.vervallen_op IS NULL`,
      [KIND],
    );
    expect(personen.rows.length).toBeGreaterThan(1);
    for (const p of personen.rows) expect(gelogd.has(pseudoniem(p.bsn, t.o.sleutels.pseudoniem))).toBe(true);
  });

  it('a provider cannot name another provider in the report: the body carries no provider', async () => {
    const voor = await feiten();
    for (const veld of ['clientId', 'aanbieder', 'partner']) {
      const res = await meld(1, { meldingId: `b-veld-${veld}`, [veld]: 'kinderopvang-demo', uren: uren(7) });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await feiten()).toBe(voor);
    expect(await huidigeUren()).toEqual(uren(100));
  });

  it("another provider's report for the held contract changes nothing and opens one case in team uitval", async () => {
    const res = await meld(1, { meldingId: 'b-1', opgesteldOp: '2026-03-05T09:00:00Z', uren: uren(200) });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'opvangcontract-andere-aanbieder', status: 409 });
    expect(await huidigeUren()).toEqual(uren(100));
    const z = await t.db.query<{ team: string; status: string; regeling: string }>(
      `SELECT team, status, regeling FROM zaak WHERE soort = 'partner-conflict'`,
    );
    expect(z.rows).toEqual([{ team: 'uitval', status: 'open', regeling: 'kinderopvangtoeslag' }]);
    // The case worker sees it in the uitval queue (and that read is logged like every queue).
    const w = await t.app.inject({
      method: 'GET',
      url: '/v1/zaken?team=uitval&soort=partner-conflict',
      headers: { authorization: `Bearer ${await t.token('behandelaar')}` },
    });
    expect(w.statusCode).toBe(200);
    expect((w.json() as { zaken: unknown[] }).zaken).toHaveLength(1);

    // Replayed, and again with a new id and a newer date: still refused, still one case.
    expect(
      (await meld(1, { meldingId: 'b-1', opgesteldOp: '2026-03-05T09:00:00Z', uren: uren(200) })).statusCode,
    ).toBe(409);
    expect(
      (await meld(1, { meldingId: 'b-2', opgesteldOp: '2026-03-14T09:00:00Z', uren: uren(250) })).statusCode,
    ).toBe(409);
    // Without a report id (older clients) it is refused just the same.
    expect((await meld(1, { uren: uren(251) })).statusCode).toBe(409);
    expect(await conflictZaken()).toBe(1);
    expect(await huidigeUren()).toEqual(uren(100));
  });

  it('a replayed report id changes nothing; with other hours it is refused', async () => {
    const voor = await feiten();
    const meldingen = await tel('SELECT count(*) AS n FROM partner_melding');
    const zelfde = await meld(0, { meldingId: 'a-1', opgesteldOp: '2026-03-01T09:00:00Z', uren: uren(100) });
    expect(zelfde.statusCode).toBe(200);
    expect(zelfde.json()).toMatchObject({
      verwerkt: false,
      uitkomst: 'verwerkt',
      herhaald: true,
      meldingId: 'a-1',
    });
    const ander = await meld(0, { meldingId: 'a-1', opgesteldOp: '2026-03-01T09:00:00Z', uren: uren(120) });
    expect(ander.statusCode).toBe(409);
    expect(ander.headers['content-type']).toContain('application/problem+json');
    expect(ander.json()).toMatchObject({ code: 'melding-id-hergebruikt' });
    const later = await meld(0, { meldingId: 'a-1', opgesteldOp: '2026-03-10T09:00:00Z', uren: uren(120) });
    expect(later.statusCode).toBe(409);
    expect(await feiten()).toBe(voor);
    expect(await tel('SELECT count(*) AS n FROM partner_melding')).toBe(meldingen);
    expect(await huidigeUren()).toEqual(uren(100));
  });

  it('a report drawn up before the newest accepted one changes nothing', async () => {
    const nieuw = await meld(0, { meldingId: 'a-3', opgesteldOp: '2026-03-12T09:00:00Z', uren: uren(140) });
    expect(nieuw.json()).toMatchObject({ verwerkt: true, uitkomst: 'verwerkt' });
    const oud = await meld(0, { meldingId: 'a-2', opgesteldOp: '2026-03-08T09:00:00Z', uren: uren(90) });
    expect(oud.statusCode).toBe(200);
    expect(oud.json()).toMatchObject({ verwerkt: false, uitkomst: 'verouderd', herhaald: false });
    expect(await huidigeUren()).toEqual(uren(140));
    // A report dated in the future cannot jump ahead of all later ones.
    const toekomst = await meld(0, { meldingId: 'a-4', opgesteldOp: '2027-01-01T00:00:00Z', uren: uren(1) });
    expect(toekomst.statusCode).toBe(400);
    expect(await huidigeUren()).toEqual(uren(140));
  });

  it('two different reports of the holder at the same time leave one current fact, the newest', async () => {
    await Promise.all([
      meld(0, { meldingId: 'a-6', opgesteldOp: '2026-03-14T10:00:00Z', uren: uren(160) }),
      meld(0, { meldingId: 'a-7', opgesteldOp: '2026-03-14T11:00:00Z', uren: uren(170) }),
    ]);
    const r = await t.db.query<{ waarde: { jaar: number; uren: number[] } }>(
      `SELECT waarde FROM feit WHERE soort = 'opvanguren_aanbieder' AND persoon_bsn = $1 AND vervallen_op IS NULL`,
      [KIND],
    );
    expect(r.rows.filter((x) => x.waarde.jaar === 2026).map((x) => x.waarde.uren)).toEqual([uren(170)]);
  });

  it('with only the fields older clients send, another provider still cannot overwrite (no last-write-wins)', async () => {
    const a = await meld(0, { jaar: 2025, uren: uren(60) });
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ verwerkt: true });
    const herhaling = await meld(0, { jaar: 2025, uren: uren(60) });
    expect(herhaling.json()).toMatchObject({ verwerkt: false });
    const b = await meld(1, { jaar: 2025, uren: uren(80) });
    expect(b.statusCode).toBe(409);
    const r = await t.db.query<{ waarde: { jaar: number; uren: number[] } }>(
      `SELECT waarde FROM feit WHERE soort = 'opvanguren_aanbieder' AND persoon_bsn = $1 AND vervallen_op IS NULL`,
      [KIND],
    );
    expect(r.rows.find((x) => x.waarde.jaar === 2025)?.waarde.uren).toEqual(uren(60));
  });

  it('two deliveries of the same report at the same time change the dossier once', async () => {
    const voor = await feiten();
    const [x, y] = await Promise.all([
      meld(0, { meldingId: 'a-5', opgesteldOp: '2026-03-14T12:00:00Z', uren: uren(150) }),
      meld(0, { meldingId: 'a-5', opgesteldOp: '2026-03-14T12:00:00Z', uren: uren(150) }),
    ]);
    expect([x.statusCode, y.statusCode]).toEqual([200, 200]);
    expect([x.json().herhaald, y.json().herhaald].sort()).toEqual([false, true]);
    expect(await feiten()).toBe(voor + 1);
    expect(await huidigeUren()).toEqual(uren(150));
  });

  it('a batch keeps every guarantee on its set-based path: applied, repeat, older, another provider, two rows of one child in order', async () => {
    const batch = async (partner: 0 | 1, rijen: Record<string, unknown>[]) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/partner/opvanguren/batch',
        headers: { authorization: `Bearer ${await t.token('partner', partner)}` },
        payload: { rijen: rijen.map((r) => ({ kindBsn: KIND, jaar: 2026, soort: 'dagopvang', ...r })) },
      });
    type Rij = { rij: number; status: number; uitkomst?: string; herhaald?: boolean };
    const rijen = async (p: Promise<{ statusCode: number; json: () => unknown }>) => {
      const r = await p;
      expect(r.statusCode).toBe(200);
      return (r.json() as { rijen: Rij[] }).rijen;
    };
    const voor = await feiten();
    const eerst = await batch(0, [
      { meldingId: 'c-1', opgesteldOp: '2026-03-15T08:00:00Z', uren: uren(180) },
    ]);
    expect((await rijen(Promise.resolve(eerst)))[0]).toMatchObject({ status: 200, uitkomst: 'verwerkt' });
    expect(await huidigeUren()).toEqual(uren(180));
    expect(await feiten()).toBe(voor + 1);
    // Logged for every person of the household, as a child span of the request.
    const trace = String(eerst.headers.traceparent).split('-')[1];
    const gelogd = await tel(
      'SELECT count(DISTINCT data_subject_id) AS n FROM verwerking WHERE trace_id = $1',
      [trace],
    );
    expect(gelogd).toBeGreaterThan(1);
    // The same row again: a repeat, nothing changes; an older report changes nothing.
    const [herhaald, ouder] = await rijen(
      batch(0, [
        { meldingId: 'c-1', opgesteldOp: '2026-03-15T08:00:00Z', uren: uren(180) },
        { meldingId: 'c-2', opgesteldOp: '2026-03-01T08:00:00Z', uren: uren(10) },
      ]),
    );
    expect(herhaald).toMatchObject({ status: 200, herhaald: true });
    expect(ouder).toMatchObject({ status: 200, uitkomst: 'verouderd' });
    expect(await huidigeUren()).toEqual(uren(180));
    // Two new rows of one child in one request: applied in order, the last one holds.
    const twee = await rijen(
      batch(0, [
        { meldingId: 'c-3', opgesteldOp: '2026-03-15T08:10:00Z', uren: uren(181) },
        { meldingId: 'c-4', opgesteldOp: '2026-03-15T08:20:00Z', uren: uren(182) },
      ]),
    );
    expect(twee.map((r) => r.uitkomst)).toEqual(['verwerkt', 'verwerkt']);
    expect(await huidigeUren()).toEqual(uren(182));
    // The other provider cannot overwrite through a batch either: a 409 row and a case.
    const [ander] = await rijen(
      batch(1, [{ meldingId: 'c-5', opgesteldOp: '2026-03-15T08:30:00Z', uren: uren(200) }]),
    );
    expect(ander!.status).toBe(409);
    expect(await huidigeUren()).toEqual(uren(182));
    expect(await feiten()).toBe(voor + 3);
  });
});
