/**
 * Issue 10, item 2, over HTTP: declaring another citizen's BSN as one's partner does not take over
 * their household. The claim is answered as a claim (to be checked), the victim's overview and the
 * staff dossier by the victim's BSN stay the victim's, the attacker sees nothing of the victim, and
 * the victim's later change goes to the victim's own household.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

describeEachDatabase('taking over another household over the API on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const aanvaller = testBsn(30); // applicant of household 3: no partner
  const tokens = new Map<string, string>();
  const burgerToken = async (bsn: string) => {
    if (!tokens.has(bsn)) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/sessies/digid-simulatie', payload: { bsn } });
      tokens.set(bsn, (r.json() as { token: string }).token);
    }
    return tokens.get(bsn)!;
  };
  const als = async (token: string, url: string, payload: object) => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
    return { status: r.statusCode, body: r.json() as Json, tekst: r.body };
  };

  it('a partner claim on the victim leaves the victim, staff lookups and later changes in the victim’s household', async () => {
    const slachtofferVoor = await als(await burgerToken(t.bsn2), '/overzichten', {});
    expect(slachtofferVoor.status).toBe(200);

    const wijziging = {
      soort: 'partner',
      vanaf: '2026-04-01',
      bsn: t.bsn2,
      geboortedatum: '1980-01-01',
      inkomen: 10_000,
    };
    const claim = await als(await burgerToken(aanvaller), '/wijzigingen', { wijziging, bevestig: true });
    expect(claim.status).toBe(200);
    expect(claim.body.partnerclaim).toMatchObject({ status: 'te-controleren' });
    expect(claim.body.effecten).toEqual([]);
    expect(claim.tekst).not.toContain('1980-01-01');
    // The same claim again: 409, not a 500 and not a second case.
    const nogmaals = await als(await burgerToken(aanvaller), '/wijzigingen', { wijziging, bevestig: true });
    expect(nogmaals.status).toBe(409);

    const slachtofferNa = await als(await burgerToken(t.bsn2), '/overzichten', {});
    expect(slachtofferNa.body).toEqual(slachtofferVoor.body);

    const staf = await als(await t.token('behandelaar'), '/dossiers/opvragen', { bsn: t.bsn2 });
    expect(staf.status).toBe(200);
    expect(staf.body.huishoudenId).toBe(slachtofferVoor.body.huishoudenId);
    const stafAanvaller = await als(await t.token('behandelaar'), '/dossiers/opvragen', { bsn: aanvaller });
    expect(stafAanvaller.body.huishoudenId).toBe(3);
    expect(stafAanvaller.body.zaken.map((z: Json) => z.soort)).toContain('partner-verificatie');
    expect(stafAanvaller.body.personen.map((p: Json) => p.bsn)).not.toContain(t.bsn2);
    // The case worker sees the claim to verify (claimed BSN, from when), not the victim's dossier.
    expect(stafAanvaller.body.partnerclaims).toEqual([
      expect.objectContaining({ partnerBsn: t.bsn2, vanaf: '2026-04-01', status: 'te-controleren' }),
    ]);
    expect(JSON.stringify(stafAanvaller.body.beschikkingen)).not.toContain(t.bsn2);

    const aanvallerOverzicht = await als(await burgerToken(aanvaller), '/overzichten', {});
    expect(aanvallerOverzicht.body.huishoudenId).toBe(3);
    expect(aanvallerOverzicht.tekst).not.toContain(t.bsn2);

    const later = await als(await burgerToken(t.bsn2), '/wijzigingen', {
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 31_000 },
      bevestig: true,
    });
    expect(later.status).toBe(200);
    expect(later.body.huishoudenId).toBe(slachtofferVoor.body.huishoudenId);
  });

  it('declaring one’s own BSN as partner is a 400 naming the field', async () => {
    const r = await als(await burgerToken(aanvaller), '/wijzigingen', {
      wijziging: {
        soort: 'partner',
        vanaf: '2026-04-01',
        bsn: aanvaller,
        geboortedatum: '1980-01-01',
        inkomen: 0,
      },
      bevestig: false,
    });
    expect(r.status).toBe(400);
    expect(r.tekst).toContain('wijziging.bsn');
  });
});
