/**
 * A household's letters on both databases: the list from the decisions, the data fixed on first
 * open from the decision's own snapshot (a later change of facts changes no old letter), identical
 * PDF bytes, the hash once sent, the processing log for every person, and access: a citizen cannot
 * reach another household's letter (it looks like one that does not exist).
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, type TestOmgeving } from '../testing/test-omgeving';
import { meldWijziging } from '../wijzigingen';
import { brief, brievenVan, legBriefVerzendingVast, sha256 } from './brieven';

describeEachDatabase('letters on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let burger1: Context['sessie'];
  let burger2: Context['sessie'];
  let behandelaar: Context['sessie'];
  let auditor: Context['sessie'];
  const als = (sessie: Context['sessie']): Context => ({ sessie, trace: nieuweTrace() });
  const logRegels = async () =>
    Number(
      (
        await db.query<{ n: string }>(
          "SELECT count(*) AS n FROM verwerking WHERE processing_activity_id LIKE '%/brief-inzien'",
        )
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    burger1 = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
    burger2 = inloggenDigid(t.o, { bsn: t.bsn2 }).sessie;
    behandelaar = (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' })
    ).sessie;
    auditor = (await inloggenMedewerker(t.o, { gebruikersnaam: 'auditor-1', wachtwoord: 'demo-auditor-1' }))
      .sessie;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('lists one letter per decision made, with its subject and date, and logs every person', async () => {
    const voor = await logRegels();
    const l = await brievenVan(t.o, als(burger1), {});
    expect(l.brieven.length).toBeGreaterThan(0);
    expect(l.brieven.every((b) => b.soort === 'voorschot' && !b.vastgelegd)).toBe(true);
    expect(l.brieven.map((b) => b.onderwerp)).toContain('Voorschot zorgtoeslag 2026');
    expect(await logRegels()).toBeGreaterThan(voor);
  });

  it("a citizen cannot list or open another household's letters; staff with the right can", async () => {
    const van2 = (await brievenVan(t.o, als(burger2), {})).brieven[0]!;
    await expect(brievenVan(t.o, als(burger1), { bsn: t.bsn2 })).rejects.toMatchObject({ status: 403 });
    const vreemd = await brief(t.o, als(burger1), van2.beschikkingId).catch((e) => e);
    const bestaatNiet = await brief(t.o, als(burger1), 99_999_999).catch((e) => e);
    expect(vreemd.status).toBe(404);
    expect(vreemd.message).toBe(bestaatNiet.message);
    expect((await brief(t.o, als(behandelaar), van2.beschikkingId)).opgeslagen.huishoudenId).toBe(
      (await brievenVan(t.o, als(auditor), { bsn: t.bsn2 })).huishoudenId,
    );
    await expect(brief(t.o, als(undefined), van2.beschikkingId)).rejects.toMatchObject({ status: 401 });
  });

  it('fixes the data on first open from the decision; a later change leaves it alone and gets its own letter', async () => {
    const eerste = (await brievenVan(t.o, als(burger1), {})).brieven.find(
      (b) => b.regeling === 'zorgtoeslag',
    )!;
    const a = await brief(t.o, als(burger1), eerste.beschikkingId);
    const g = a.opgeslagen.brief.gegevens;
    expect(g.soort).toBe('voorschot');
    expect(a.opgeslagen.brief.briefdatum).toBe(eerste.briefdatum);
    expect(g.geadresseerde.bsn).toBe(t.bsn1);
    expect(g.toeslagen[0]!.berekening.length).toBeGreaterThan(0);
    const inkomenVoor = g.gegevens[0]!.waarde;

    await meldWijziging(t.o, als(burger1), {
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 32_000 },
      bevestig: true,
    });
    const b = await brief(t.o, als(burger1), eerste.beschikkingId);
    expect(b.opgeslagen.brief).toEqual(a.opgeslagen.brief);
    const lijst = (await brievenVan(t.o, als(burger1), {})).brieven;
    const wijziging = lijst.find((x) => x.soort === 'wijziging' && x.regeling === 'zorgtoeslag')!;
    expect(wijziging).toBeDefined();
    const w = await brief(t.o, als(burger1), wijziging.beschikkingId, 'html');
    const t0 = w.opgeslagen.brief.gegevens.toeslagen[0]!;
    expect(t0.vorig?.jaarbedrag).toBe(g.toeslagen[0]!.jaarbedrag);
    expect(t0.vorig?.reden).toBe('U heeft een nieuw inkomen doorgegeven.');
    expect(w.opgeslagen.brief.gegevens.gegevens[0]!.waarde).toMatch(/^€\s32\.000$/);
    expect(w.opgeslagen.brief.gegevens.gegevens[0]!.waarde).not.toBe(inkomenVoor);
    expect(w.opgeslagen.brief.beschikking.versie).toBe(2);
    expect(w.html).toContain('<html lang="nl"');
  });

  it('renders the same PDF bytes every time and records the hash once sent', async () => {
    const eerste = (await brievenVan(t.o, als(burger1), {})).brieven.at(-1)!;
    const p1 = (await brief(t.o, als(burger1), eerste.beschikkingId, 'pdf')).pdf!;
    const p2 = (await brief(t.o, als(behandelaar), eerste.beschikkingId, 'pdf')).pdf!;
    expect(Buffer.from(p1).toString('latin1').startsWith('%PDF-')).toBe(true);
    expect(sha256(p1)).toBe(sha256(p2));
    await expect(legBriefVerzendingVast(t.o, als(burger1), eerste.beschikkingId)).rejects.toMatchObject({
      status: 403,
    });
    await expect(legBriefVerzendingVast(t.o, als(auditor), eerste.beschikkingId)).rejects.toMatchObject({
      status: 403,
    });
    const v = await legBriefVerzendingVast(t.o, als(behandelaar), eerste.beschikkingId);
    expect(v).toMatchObject({ pdfSha256: sha256(p1), alVastgelegd: false });
    const nogmaals = await legBriefVerzendingVast(t.o, als(behandelaar), eerste.beschikkingId);
    expect(nogmaals).toMatchObject({ pdfSha256: sha256(p1), alVastgelegd: true, verzondenOp: v.verzondenOp });
    const l = (await brievenVan(t.o, als(burger1), {})).brieven.find(
      (b) => b.beschikkingId === eerste.beschikkingId,
    )!;
    expect(l.verzonden?.pdfSha256).toBe(sha256(p1));
  });

  it("the database refuses to change a letter's data or its recorded sending", async () => {
    const r = await db.query<{ beschikking_id: string }>(
      'SELECT beschikking_id FROM brief WHERE pdf_sha256 IS NOT NULL LIMIT 1',
    );
    const id = r.rows[0]!.beschikking_id;
    await expect(
      db.query(`UPDATE brief SET gegevens = '{}'::jsonb WHERE beschikking_id = $1`, [id]),
    ).rejects.toThrow(/veranderen niet/);
    await expect(
      db.query(`UPDATE brief SET pdf_sha256 = repeat('a', 64) WHERE beschikking_id = $1`, [id]),
    ).rejects.toThrow(/al vastgelegd/);
    await expect(db.query('DELETE FROM brief WHERE beschikking_id = $1', [id])).rejects.toThrow(
      /niet verwijderd/,
    );
  });
});

describe('letter subjects', () => {
  it('names kind, toeslag and year', async () => {
    const { onderwerpVan } = await import('./brieven');
    expect(
      onderwerpVan({ soort: 'definitief', aanleiding: 'run', regeling: 'huurtoeslag', jaar: 2025 }),
    ).toBe('Definitieve berekening huurtoeslag 2025');
    expect(
      onderwerpVan({ soort: 'voorschot', aanleiding: 'maatwerk', regeling: 'zorgtoeslag', jaar: 2026 }),
    ).toBe('Besluit op maat zorgtoeslag 2026');
  });
});

describe('free text in a letter', () => {
  it('keeps Dutch, Greek and Cyrillic text and replaces what the fonts cannot show', async () => {
    const { lettertypeVeilig } = await import('./brief-vullen');
    expect(lettertypeVeilig('Één café, “zó” – € 12,50; Ωμέγα, Жук')).toBe(
      'Één café, “zó” – € 12,50; Ωμέγα, Жук',
    );
    expect(lettertypeVeilig('a\u{11090}b 😀\u0000')).toBe('a?b ??');
  });
});
