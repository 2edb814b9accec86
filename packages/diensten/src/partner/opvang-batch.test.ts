/**
 * The provider's batch handles the rows that recompute an advance or open a case in the request's
 * own transaction (issue 16, `bench:partner`): the outcome must be exactly the single report's.
 * Four copies of the same day-care household: one deregistration and one difference with the parent
 * reported one at a time (`meldOpvanguren`), the same two in one batch together with a row that
 * changes only the provider's record. Per pair: the same answer, the same decisions (amounts and
 * schedules), the same message, the same case, the same processing-log rows; a repeat of the batch
 * changes nothing. A row whose revision is refused (a dossier the change makes inconsistent; here
 * forced for one household, after its revision was written) leaves nothing of itself behind and
 * gets the single report's refusal, while the other rows of the request count.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { alsNieuwHuishouden, testBsn } from '@regelmaat/dossier-opslag/testing';
import { Onverwerkbaar } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_PARTNER, koppelKlant } from '@regelmaat/toegang';
import { beforeAll, expect, it, vi } from 'vitest';
import type { Context } from '../context';
import { meldOpvanguren } from '../partner';
import { inloggenPartner } from '../sessies';
import { maakTestOmgeving, type TestOmgeving } from '../testing/test-omgeving';
import { meldOpvangBatch } from './opvang-batch';

/** The household whose revision is refused (the forced refusal below). */
const WEIGER = 66;
vi.mock('./opvang-gevolgen', async (importOriginal) => {
  const echt = await importOriginal<typeof import('./opvang-gevolgen')>();
  return {
    ...echt,
    // The single report's path and the batch's (after its facts are written) alike.
    verwerkUitschrijving: async (...a: Parameters<typeof echt.verwerkUitschrijving>) => {
      const uit = await echt.verwerkUitschrijving(...a);
      if (a[2] === WEIGER)
        throw new Onverwerkbaar('wijziging-onverwerkbaar', 'Met deze wijziging klopt het dossier niet.');
      return uit;
    },
    verwerkUitschrijvingNa: async (...a: Parameters<typeof echt.verwerkUitschrijvingNa>) => {
      const uit = await echt.verwerkUitschrijvingNa(...a);
      if (a[2] === WEIGER)
        throw new Onverwerkbaar('wijziging-onverwerkbaar', 'Met deze wijziging klopt het dossier niet.');
      return uit;
    },
  };
});

/** Same household as `opvangGezin`, under another id (so other BSNs). */
const gezin = (id: number) =>
  alsNieuwHuishouden({
    id,
    invoer: {
      berekeningsjaar: 2026,
      aanvrager: { geboortedatum: '1992-04-10', toetsingsinkomen: 28_000 },
      kinderen: [{ geboortedatum: '2023-06-15' }],
      kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 100, uurprijs: 10 }],
    },
    definitief: { aanvrager: 28_000 },
  });
const kind = (id: number) => testBsn(id * 10 + 2);
const IDS = { uitEen: 61, uitBatch: 62, afEen: 63, afBatch: 64, gewoon: 65, weiger: WEIGER, na: 67 } as const;

const rij = (id: number, meldingId: string, extra: Record<string, unknown> = {}) => ({
  meldingId,
  opgesteldOp: '2026-03-14T09:00:00Z',
  kindBsn: kind(id),
  jaar: 2026,
  soort: 'dagopvang' as const,
  uren: Array(12).fill(100) as number[],
  uurprijs: 10,
  ...extra,
});
const UITSCHRIJVING = { uren: [100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0], einddatum: '2026-04-30' };
const AFWIJKING = { uren: [100, 40, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100] };

describeEachDatabase(
  'a batch row that recomputes or opens a case, as a single report, on $naam',
  ({ open }) => {
    let db: Db;
    let t: TestOmgeving;
    let ctx: () => Context;
    beforeAll(async () => {
      db = await open();
      t = await maakTestOmgeving(db, undefined, { extra: Object.values(IDS).map(gezin) });
      for (const id of Object.values(IDS)) await koppelKlant(db, DEMO_PARTNER.clientId, id);
      const s = await inloggenPartner(t.o, { clientId: DEMO_PARTNER.clientId, secret: DEMO_PARTNER.secret });
      ctx = () => ({ sessie: s.sessie, trace: nieuweTrace() });
    }, 120_000);

    const beschikkingen = async (h: number) =>
      (
        await db.query<{ regeling: string; jaarbedrag: number; maandbedragen: number[]; aanleiding: string }>(
          `SELECT regeling, jaarbedrag, maandbedragen, aanleiding FROM beschikking
          WHERE huishouden_id = $1 ORDER BY regeling, id`,
          [h],
        )
      ).rows;
    const berichten = async (h: number) =>
      (
        await db.query<{ soort: string; gegevens: Record<string, unknown> }>(
          'SELECT soort, gegevens FROM bericht WHERE huishouden_id = $1 ORDER BY id',
          [h],
        )
      ).rows.map((b) => ({
        soort: b.soort,
        gegevens: { ...b.gegevens, beschikkingen: undefined, zaakId: undefined },
      }));
    const zaken = async (h: number) =>
      (
        await db.query<{
          soort: string;
          team: string;
          redenen: string[];
          toelichting: Record<string, unknown>;
        }>('SELECT soort, team, redenen, toelichting FROM zaak WHERE huishouden_id = $1 ORDER BY id', [h])
      ).rows.map((z) => ({ ...z, toelichting: { ...z.toelichting, meldingId: undefined } }));
    const feiten = async (h: number) =>
      (
        await db.query<{ soort: string; waarde: unknown; vervallen: boolean }>(
          `SELECT soort, waarde, vervallen_op IS NOT NULL AS vervallen FROM feit WHERE huishouden_id = $1
          ORDER BY soort, vervallen, waarde::text`,
          [h],
        )
      ).rows;
    const logregels = async (trace: string) =>
      Number(
        (await db.query<{ n: string }>('SELECT count(*) AS n FROM verwerking WHERE trace_id = $1', [trace]))
          .rows[0]!.n,
      );

    it('gives each row the single report’s answer, decisions, message, case and log', async () => {
      const voor = await beschikkingen(IDS.uitBatch);
      expect(voor.length).toBeGreaterThan(0);
      const c1 = ctx();
      const een = await meldOpvanguren(t.o, c1, rij(IDS.uitEen, 'e-1', UITSCHRIJVING));
      const c2 = ctx();
      const af = await meldOpvanguren(t.o, c2, rij(IDS.afEen, 'e-2', AFWIJKING));
      expect(een.uitkomst).toBe('herberekend');
      expect(af.uitkomst).toBe('afwijking');

      const cb = ctx();
      const b = await meldOpvangBatch(t.o, cb, {
        rijen: [
          rij(IDS.uitBatch, 'b-1', UITSCHRIJVING),
          rij(IDS.gewoon, 'b-2'),
          rij(IDS.afBatch, 'b-3', AFWIJKING),
        ],
      });
      expect(b.telling).toEqual({ herberekend: 1, verwerkt: 1, afwijking: 1 });
      const [uit, gewoon, afw] = b.rijen;
      expect(uit).toMatchObject({ status: 200, uitkomst: 'herberekend', herhaald: false });
      expect((uit as { beschikkingen: number[] }).beschikkingen).toHaveLength(een.beschikkingen.length);
      expect(b.beschikkingen).toBe(een.beschikkingen.length);
      expect(gewoon).toMatchObject({ status: 200, uitkomst: 'verwerkt' });
      expect(afw).toMatchObject({ status: 200, uitkomst: 'afwijking' });
      expect((afw as { zaakId: number }).zaakId).toBeGreaterThan(0);

      // The same decisions, messages, cases and facts as the single reports made.
      const nieuw = await beschikkingen(IDS.uitBatch);
      expect(nieuw.length).toBe(voor.length + een.beschikkingen.length);
      expect(nieuw).toEqual(await beschikkingen(IDS.uitEen));
      expect(nieuw.filter((x) => x.aanleiding === 'wijziging')).toHaveLength(een.beschikkingen.length);
      expect(await berichten(IDS.uitBatch)).toEqual(await berichten(IDS.uitEen));
      expect((await berichten(IDS.uitBatch)).map((x) => x.soort)).toEqual(['opvang-uitschrijving']);
      expect(await zaken(IDS.uitBatch)).toEqual(await zaken(IDS.uitEen));
      expect(await feiten(IDS.uitBatch)).toEqual(await feiten(IDS.uitEen));
      expect(await beschikkingen(IDS.afBatch)).toEqual(await beschikkingen(IDS.afEen));
      expect(await berichten(IDS.afBatch)).toEqual(await berichten(IDS.afEen));
      const zaak = await zaken(IDS.afBatch);
      expect(zaak.map((z) => [z.soort, z.team])).toEqual([['opvang-afwijking', 'uitval']]);
      expect(zaak).toEqual(await zaken(IDS.afEen));
      expect(await feiten(IDS.afBatch)).toEqual(await feiten(IDS.afEen));
      expect(await berichten(IDS.gewoon)).toEqual([]);
      // Logged for every person of each household: the batch's log holds the single reports' rows
      // and those of the plain row (one per person: the parent and the child).
      const enkel = (await logregels(c1.trace.traceId)) + (await logregels(c2.trace.traceId));
      expect(enkel).toBeGreaterThanOrEqual(4);
      expect(await logregels(cb.trace.traceId)).toBe(enkel + 2);

      // The same batch again: every row a repeat, nothing changes.
      const zelfde = await meldOpvangBatch(t.o, ctx(), {
        rijen: [
          rij(IDS.uitBatch, 'b-1', UITSCHRIJVING),
          rij(IDS.gewoon, 'b-2'),
          rij(IDS.afBatch, 'b-3', AFWIJKING),
        ],
      });
      expect(zelfde.rijen.map((r) => (r as { herhaald?: boolean }).herhaald)).toEqual([true, true, true]);
      expect(zelfde.beschikkingen).toBe(0);
      expect(await beschikkingen(IDS.uitBatch)).toEqual(nieuw);
      expect(await zaken(IDS.afBatch)).toHaveLength(1);
    });

    it('a refused revision leaves nothing of its row behind and stops no other row', async () => {
      const tellen = async (h: number) =>
        (
          await db.query<{ f: string; b: string; m: string; p: string }>(
            `SELECT (SELECT count(*) FROM feit WHERE huishouden_id = $1) AS f,
                    (SELECT count(*) FROM beschikking WHERE huishouden_id = $1) AS b,
                    (SELECT count(*) FROM bericht WHERE huishouden_id = $1) AS m,
                    (SELECT count(*) FROM partner_melding WHERE huishouden_id = $1) AS p`,
            [h],
          )
        ).rows[0];
      const voor = await tellen(IDS.weiger);
      const b = await meldOpvangBatch(t.o, ctx(), {
        rijen: [rij(IDS.weiger, 'w-1', UITSCHRIJVING), rij(IDS.na, 'w-2', UITSCHRIJVING)],
      });
      expect(b.rijen[0]).toMatchObject({ rij: 0, status: 422, code: 'wijziging-onverwerkbaar' });
      expect(b.rijen[1]).toMatchObject({ rij: 1, status: 200, uitkomst: 'herberekend' });
      expect(await tellen(IDS.weiger)).toEqual(voor);
      expect(await beschikkingen(IDS.na)).toEqual(await beschikkingen(IDS.uitEen));
    });
  },
);
