/**
 * Issue 10, item 2, in the citizen portal: declaring another citizen's BSN as one's partner is
 * recorded as a claim that will be checked, the pages say so truthfully, the attacker's pages show
 * nothing of the victim, and the victim's own portal and later change stay in the victim's household.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { inloggenDigid, overzicht } from '@regelmaat/diensten';
import { nieuweTrace } from '@regelmaat/logboek';
import { expect, it } from 'vitest';
import { t } from '../teksten';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

describeEachDatabase('taking over another household in the portal on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  /** The applicant of household 3 of the test set: no partner, no children. */
  const aanvallerBsn = async () =>
    (await w.db.query<{ bsn: string }>('SELECT bsn_aanvrager AS bsn FROM huishouden WHERE id = 3')).rows[0]!
      .bsn;

  it('records the claim, tells the truth about it, and leaves the victim’s household alone', async () => {
    const aanvaller = await aanvallerBsn();
    const slachtoffer = await Bezoeker.alsBurger(w.app, w.t.bsn2);
    const slachtofferVoor = (await slachtoffer.get('/mijn')).body;

    const b = await Bezoeker.alsBurger(w.app, aanvaller);
    const velden = { vanaf: '01-04-2026', bsn: w.t.bsn2, geboortedatum: '01-01-1980', inkomen: '100' };
    const preview = await b.post('/mijn/wijziging/partner', { ...velden, stap: 'voorbeeld' });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain(t('wijziging.partnerControle'));
    const ok = await b.post('/mijn/wijziging/partner', { ...velden, stap: 'bevestig' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/mijn?partner=te-controleren');
    const na = await b.get('/mijn?partner=te-controleren');
    expect(na.body).toContain('Wij hebben genoteerd dat u een partner heeft doorgegeven.');
    expect(na.body).not.toContain('Wij hebben uw wijziging verwerkt.');
    expect(na.body).not.toContain(w.t.bsn2);
    const zaken = await b.get('/mijn/zaken');
    expect(zaken.body).toContain(t('zaken.soort.partner'));
    // The attacker's change forms show no partner (the income form offers only "ik").
    const inkomen = await b.get('/mijn/wijziging?soort=inkomen');
    expect(inkomen.body).not.toContain('value="toeslagpartner"');
    expect((await b.get('/mijn/gegevens')).body).not.toContain(w.t.bsn2);

    // The victim's portal is unchanged, and their own change goes to their own household.
    expect((await slachtoffer.get('/mijn')).body).toBe(slachtofferVoor);
    const wijz = await slachtoffer.post('/mijn/wijziging/inkomen', {
      persoon: 'aanvrager',
      bedrag: '31.000',
      stap: 'bevestig',
    });
    expect(wijz.statusCode).toBe(303);
    expect(wijz.headers.location).toBe('/mijn?gewijzigd=1');
    const ctx = { sessie: inloggenDigid(w.t.o, { bsn: w.t.bsn2 }).sessie, trace: nieuweTrace() };
    expect((await overzicht(w.t.o, ctx, {})).huishoudenId).toBe(2);
  });
});
