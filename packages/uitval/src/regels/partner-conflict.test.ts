import { describe, expect, it } from 'vitest';
import { pasToe, rustigeInvoer } from '../testing/invoer';
import { PARTNER_CONFLICT } from './partner-conflict';

const invoer = (partnerVolgensAanvraag: boolean, partnerVolgensRegistratie: boolean) =>
  rustigeInvoer({ partnerVolgensAanvraag, partnerVolgensRegistratie });

describe('PARTNER_CONFLICT', () => {
  it('fires when the registries show a partner the application does not', () => {
    const u = pasToe(PARTNER_CONFLICT, invoer(false, true));
    expect(u).toMatchObject({ code: 'PARTNER_CONFLICT', prioriteit: 2 });
    expect(u?.toelichting).toContain('in de aanvraag staat geen partner');
  });

  it('fires when the application states a partner the registries do not show', () => {
    expect(pasToe(PARTNER_CONFLICT, invoer(true, false))?.toelichting).toContain(
      'In de aanvraag staat een toeslagpartner',
    );
  });

  it('does not fire when both agree', () => {
    expect(pasToe(PARTNER_CONFLICT, invoer(true, true))).toBeNull();
    expect(pasToe(PARTNER_CONFLICT, invoer(false, false))).toBeNull();
  });
});
