/** problem+json from the one table of codes: status and title never typed at the edge. */
import { Conflict, FOUTCODES, Ongeldig, Onverwerkbaar, TeVaak } from '@regelmaat/diensten';
import { describe, expect, it } from 'vitest';
import { PROBLEEM_BASIS, probleemUit } from './probleem';

describe('probleemUit', () => {
  it('takes status and title of a service error from FOUTCODES', () => {
    for (const e of [
      new Conflict('versie-verouderd', 'De zaak is intussen gewijzigd.'),
      new Onverwerkbaar('geen-beschikking', 'Er is geen beschikking.'),
      new TeVaak(90),
    ]) {
      const p = probleemUit(e, '/v1/x');
      expect(p).toMatchObject({
        type: PROBLEEM_BASIS + e.code,
        code: e.code,
        status: FOUTCODES[e.code].status,
        title: FOUTCODES[e.code].titel,
        detail: e.message,
        instance: '/v1/x',
      });
    }
    expect(probleemUit(new TeVaak(90), '/').status).toBe(429);
  });

  it('lists every invalid field with its reason and code', () => {
    const p = probleemUit(
      new Ongeldig([{ naam: 'wijziging.bedrag', reden: 'kan niet negatief zijn', code: 'te-klein' }]),
      '/v1/wijzigingen',
    );
    expect(p.status).toBe(400);
    expect(p.invalidParams).toEqual([
      { name: 'wijziging.bedrag', reason: 'kan niet negatief zijn', code: 'te-klein' },
    ]);
  });

  it("maps the framework's own refusals to codes of the table, anything else to a 500 without details", () => {
    expect(probleemUit({ statusCode: 413 }, '/')).toMatchObject({ status: 413, code: 'te-groot' });
    expect(probleemUit({ statusCode: 415 }, '/')).toMatchObject({ status: 415, code: 'verkeerd-type' });
    expect(probleemUit({ statusCode: 400 }, '/')).toMatchObject({
      status: 400,
      code: 'geen-json',
      detail: 'De body is geen geldige JSON.',
    });
    expect(probleemUit({ statusCode: 405 }, '/')).toMatchObject({ status: 405, code: 'verzoek-fout' });
    const intern = probleemUit(new Error('geheim 123456789'), '/');
    expect(intern).toMatchObject({ status: 500, code: 'interne-fout' });
    expect(JSON.stringify(intern)).not.toContain('123456789');
  });
});
