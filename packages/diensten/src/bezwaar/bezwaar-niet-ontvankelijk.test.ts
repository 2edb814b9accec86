/**
 * A niet-ontvankelijk decision on its own legal ground, on both databases: a pro forma objection
 * whose grounds never came (Awb 6:6) — refused while the term to send them still runs — and a
 * late objection by post whose lateness is not excusable (6:7, 6:9, 6:11). Each decision letter
 * (bezwaarbrief v2) states the dates of its own case; without such a ground (a late objection
 * judged excusable) niet-ontvankelijk is refused.
 */
import { beschikkingenVan } from '@regelmaat/beschikking';
import { datum } from '@regelmaat/brieven';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { zoekHuishouden } from '@regelmaat/dossier-opslag';
import { Conflict } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { zaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, type TestOmgeving } from '../testing/test-omgeving';
import { claimZaak } from '../werk';
import {
  beoordeelTeLaatBezwaar,
  beslisOpBezwaar,
  legBezwaarGesprekVast,
  slaBezwaarHoorzittingOver,
} from './bezwaar-behandelen';
import { dienBezwaarIn, registreerBezwaar } from './bezwaar-indienen';
import { bezwaarBrief, bezwarenVoor } from './bezwaar-lezen';

const dagNa = (d: string, n: number) => {
  const x = new Date(`${d}T10:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString();
};
const tekst = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');

describeEachDatabase('a niet-ontvankelijk decision names its ground on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let nu = '2026-03-15T10:00:00.000Z';
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });
  const mw = () => als('behandelaar-6');
  const zorgVan = async (bsn: string) => {
    const alle = await beschikkingenVan(db, (await zoekHuishouden(db, bsn))!);
    return alle.find((b) => b.regeling === 'zorgtoeslag' && b.status === 'vastgesteld')!;
  };
  const totBeslissen = async (id: number, zaakId: number) => {
    const z = (await zaak(db, zaakId))!;
    await claimZaak(t.o, mw(), z.id, z.versie);
    await legBezwaarGesprekVast(t.o, mw(), id, { uitkomst: 'Gebeld en uitgelegd.', ingetrokken: false });
    await slaBezwaarHoorzittingOver(t.o, mw(), id, {
      grond: 'kennelijk-niet-ontvankelijk',
      toelichting: 'Een gesprek verandert dit niet.',
    });
  };
  const beslisbrief = async (wie: string) => {
    const [b] = await bezwarenVoor(t.o, als(wie));
    const kop = b!.brieven.find((x) => x.soort === 'beslissing-op-bezwaar')!;
    const w = await bezwaarBrief(t.o, als(wie), kop.id, 'html');
    return { data: (await bezwaarBrief(t.o, als(wie), kop.id, 'data')).opgeslagen, html: tekst(w.html!) };
  };

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => nu);
    sessies['behandelaar-6'] = (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-6', wachtwoord: 'demo-behandelaar-6' })
    ).sessie;
    sessies.burger = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
    sessies.ander = inloggenDigid(t.o, { bsn: t.bsn2 }).sessie;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('pro forma without grounds: only after the term to send them, and the letter says so (Awb 6:6)', async () => {
    const zorg = await zorgVan(t.bsn1);
    nu = dagNa(zorg.aangemaaktOp.slice(0, 10), 3);
    const { bezwaar } = await dienBezwaarIn(t.o, als('burger'), { beschikkingId: zorg.id });
    expect(bezwaar.gronden).toBeNull();
    const hersteltermijn = bezwaar.hersteltermijn!;
    expect(hersteltermijn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await totBeslissen(bezwaar.id, bezwaar.zaakId);
    const nietOntvankelijk = {
      beslissing: 'niet-ontvankelijk' as const,
      motivering: 'U stuurde geen redenen.',
    };
    // On the last day of the term it still runs: refused, nothing written.
    nu = `${hersteltermijn}T15:00:00.000Z`;
    await expect(beslisOpBezwaar(t.o, mw(), bezwaar.id, nietOntvankelijk)).rejects.toThrow(
      /hersteltermijn loopt nog/,
    );
    nu = dagNa(hersteltermijn, 1);
    const beslist = await beslisOpBezwaar(t.o, mw(), bezwaar.id, nietOntvankelijk);
    expect(beslist).toMatchObject({ fase: 'beslist', beslissing: 'niet-ontvankelijk' });
    const { data, html } = await beslisbrief('burger');
    expect(data.brief.sjabloon).toEqual({ id: 'bezwaarbrief', versie: 2 });
    expect(data.brief.gegevens.beslissing!.nietOntvankelijk).toEqual({
      grond: 'gronden-ontbreken',
      hersteltermijn,
    });
    expect(html).toContain(`Wij vroegen u uw redenen uiterlijk op ${datum(hersteltermijn)} te sturen.`);
    expect(html).toContain('Wij hebben uw redenen niet gekregen.');
    expect(html).toContain('artikel 6:6');
    expect(html).not.toContain('artikel 6:11');
    expect(html).not.toContain('Dat is te laat.');
  });

  it('late by post and not excusable: the letter names the term, the dates and Awb 6:7, 6:9, 6:11', async () => {
    const zorg = (await beschikkingenVan(db, (await zoekHuishouden(db, t.bsn2))!)).find(
      (b) => b.status === 'vastgesteld',
    )!;
    const briefdatum = zorg.aangemaaktOp.slice(0, 10);
    nu = dagNa(briefdatum, 70);
    const vandaag = nu.slice(0, 10);
    const gepostOp = dagNa(briefdatum, 60).slice(0, 10);
    const { bezwaar } = await registreerBezwaar(t.o, mw(), {
      beschikkingId: zorg.id,
      kanaal: 'post',
      ontvangenOp: vandaag,
      gepostOp,
      gronden: 'Mijn huur is hoger.',
    });
    expect(bezwaar).toMatchObject({ tijdig: false, gepostOp, ontvangenOp: vandaag });
    await totBeslissen(bezwaar.id, bezwaar.zaakId);
    // Not judged yet (6:11): refused.
    const voorstel = { beslissing: 'niet-ontvankelijk' as const, motivering: 'Te laat.' };
    await expect(beslisOpBezwaar(t.o, mw(), bezwaar.id, voorstel)).rejects.toThrow(Conflict);
    // Judged excusable, it is no longer late in law: niet-ontvankelijk has no ground and is refused.
    await beoordeelTeLaatBezwaar(t.o, mw(), bezwaar.id, { verschoonbaar: true, toelichting: 'Ziek.' });
    await expect(beslisOpBezwaar(t.o, mw(), bezwaar.id, voorstel)).rejects.toThrow(
      /alleen als het bezwaar te laat kwam/,
    );
    await beoordeelTeLaatBezwaar(t.o, mw(), bezwaar.id, {
      verschoonbaar: false,
      toelichting: 'Geen reden gegeven.',
    });
    await beslisOpBezwaar(t.o, mw(), bezwaar.id, voorstel);
    const { data, html } = await beslisbrief('ander');
    expect(data.brief.gegevens.beslissing!.nietOntvankelijk).toEqual({
      grond: 'te-laat',
      laatsteDagBezwaartermijn: bezwaar.laatsteDagBezwaartermijn,
      ontvangenOp: vandaag,
      gepostOp,
    });
    expect(bezwaar.laatsteDagBezwaartermijn < gepostOp).toBe(true);
    expect(html).toContain(`U kon bezwaar maken tot en met ${datum(bezwaar.laatsteDagBezwaartermijn)}.`);
    expect(html).toContain(
      `U deed uw bezwaar op ${datum(gepostOp)} op de post. Wij kregen het op ${datum(vandaag)}. Dat is te laat.`,
    );
    for (const a of ['6:7', '6:9', '6:11']) expect(html).toContain(`artikel ${a}`);
    expect(html).not.toContain('artikel 6:6');
  });
});
