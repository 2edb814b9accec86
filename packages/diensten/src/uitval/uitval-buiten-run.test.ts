/**
 * Exceptions on every path (issue 16, C4): the exception rules run wherever a decision is made, not
 * only in the runs. A parent whose childcare ended reports it in November: her advance is revised
 * and the months already paid leave a recovery of € 1,500 or more — a hearing case opens (Awir art.
 * 26b), as the definitive run would open it; the same for her provider's deregistration. A report
 * that leaves no recovery opens nothing, and a second report opens no second case.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { wetgeving } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_PARTNER, koppelKlant } from '@regelmaat/toegang';
import { geenUitval, startRun, werk } from '@regelmaat/verwerking';
import { beforeAll, expect, it } from 'vitest';
import { meldOpvanguren } from '../partner';
import { inloggenDigid, inloggenPartner } from '../sessies';
import {
  maakTestOmgeving,
  OPVANG_GEZIN,
  opvangGezin,
  SLEUTELS,
  type TestOmgeving,
} from '../testing/test-omgeving';
import { meldWijziging } from '../wijzigingen';

const NOVEMBER = '2026-11-20T10:00:00.000Z';

async function omgevingInNovember(db: Db): Promise<TestOmgeving> {
  const t = await maakTestOmgeving(db, () => NOVEMBER, { extra: [opvangGezin()] });
  const w = wetgeving();
  for (let maand = 1; maand <= 11; maand++) {
    const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand }, w);
    await werk(db, run, w, geenUitval, { worker: 'test', logboek: { sleutel: SLEUTELS.pseudoniem } });
  }
  return t;
}

const zakenVan = async (db: Db) =>
  (
    await db.query<{
      id: string;
      soort: string;
      redenen: string[];
      toelichting: { code: string; bedrag?: number }[];
    }>(`SELECT id, soort, redenen, toelichting FROM zaak WHERE huishouden_id = $1 ORDER BY id`, [
      OPVANG_GEZIN.id,
    ])
  ).rows;

describeEachDatabase('exception rules on a citizen’s change, on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await omgevingInNovember(db);
  }, 400_000);

  it('a change that leaves a recovery of € 1,500 or more opens the hearing case', async () => {
    const ctx = { sessie: inloggenDigid(t.o, { bsn: OPVANG_GEZIN.ouderBsn }).sessie, trace: nieuweTrace() };
    const vraag = {
      wijziging: { soort: 'kinderopvang' as const, kind: 0, vanaf: '2026-09-01', urenPerMaand: 0 },
    };
    // The preview writes nothing and opens nothing.
    const voorbeeld = await meldWijziging(t.o, ctx, { ...vraag, bevestig: false });
    const kot = voorbeeld.effecten.find((e) => e.regeling === 'kinderopvangtoeslag')!;
    expect(kot.terugvorderingNaJaar).toBeGreaterThanOrEqual(150_000);
    expect(await zakenVan(db)).toHaveLength(0);

    const u = await meldWijziging(t.o, ctx, { ...vraag, bevestig: true });
    expect(u.nieuweBeschikkingen).toHaveLength(1);
    const zaken = await zakenVan(db);
    expect(zaken).toHaveLength(1);
    expect(zaken[0]).toMatchObject({ soort: 'hoorzitting-terugvordering' });
    expect(zaken[0]!.redenen).toContain('HOGE_TERUGVORDERING');
    expect(u.nieuweZaken).toContain(Number(zaken[0]!.id));
    const hoog = zaken[0]!.toelichting.find((x) => x.code === 'HOGE_TERUGVORDERING');
    expect(hoog?.bedrag).toBe(kot.terugvorderingNaJaar);
    console.log(
      `change in November, childcare ended 1 September: recovery € ${kot.terugvorderingNaJaar / 100} → case ${zaken[0]!.soort}`,
    );
  });

  it('a second change while the hearing case is open opens no second case', async () => {
    const ctx = { sessie: inloggenDigid(t.o, { bsn: OPVANG_GEZIN.ouderBsn }).sessie, trace: nieuweTrace() };
    await meldWijziging(t.o, ctx, {
      wijziging: { soort: 'kinderopvang', kind: 0, vanaf: '2026-08-01', urenPerMaand: 0 },
      bevestig: true,
    });
    expect(await zakenVan(db)).toHaveLength(1);
  });

  it('a change without a recovery opens nothing', async () => {
    const ctx = { sessie: inloggenDigid(t.o, { bsn: t.bsn2 }).sessie, trace: nieuweTrace() };
    const u = await meldWijziging(t.o, ctx, {
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 20_000 },
      bevestig: true,
    });
    expect(u.nieuweBeschikkingen.length).toBeGreaterThan(0);
    expect(u.nieuweZaken).toEqual([]);
  });
});

describeEachDatabase('exception rules on a partner’s report, on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await omgevingInNovember(db);
    await koppelKlant(db, DEMO_PARTNER.clientId, OPVANG_GEZIN.id);
  }, 400_000);

  it('a deregistration reported late leaves a recovery of € 1,500 or more: the hearing case opens', async () => {
    const s = await inloggenPartner(t.o, { clientId: DEMO_PARTNER.clientId, secret: DEMO_PARTNER.secret });
    const a = await meldOpvanguren(
      t.o,
      { sessie: s.sessie, trace: nieuweTrace() },
      {
        meldingId: 'laat-1',
        opgesteldOp: '2026-11-19T09:00:00Z',
        kindBsn: OPVANG_GEZIN.kindBsn,
        jaar: 2026,
        soort: 'dagopvang',
        uren: [100, 100, 100, 100, 100, 100, 100, 100, 0, 0, 0, 0],
        einddatum: '2026-08-31',
      },
    );
    expect(a.uitkomst).toBe('herberekend');
    const zaken = await zakenVan(db);
    expect(zaken.map((z) => z.soort)).toEqual(['hoorzitting-terugvordering']);
    const bedrag = zaken[0]!.toelichting.find((x) => x.code === 'HOGE_TERUGVORDERING')?.bedrag ?? 0;
    expect(bedrag).toBeGreaterThanOrEqual(150_000);
    console.log(
      `partner deregistration per 31 August reported in November: recovery € ${bedrag / 100} → hearing`,
    );
  });
});
