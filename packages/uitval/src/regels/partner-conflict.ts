/**
 * @module
 * PARTNER_CONFLICT — the application and the registries disagree on whether there is a
 * toeslagpartner (Awir art. 3). The partner's income counts (art. 7 lid 1) and the partner is
 * jointly liable for recoveries (art. 33), so this changes the amount and who owes what.
 */
import { defineRegel } from '../regel';

export const PARTNER_CONFLICT = defineRegel({
  code: 'PARTNER_CONFLICT',
  titel: 'Aanvraag en registratie verschillen over de toeslagpartner',
  rationale:
    'Whether someone has a toeslagpartner decides whose income counts and who is liable, and a change of ' +
    'partner status is a documented cause of recoveries. When the application and the registries (BRP, ' +
    'Belastingdienst) disagree, a person finds out which is right before the decision: the registration may ' +
    'be out of date as well as the application. Only the two partner facts are used, nothing about who the ' +
    'partner is.',
  wettelijkeGrondslag: 'Awir art. 3 (wie is toeslagpartner); art. 7 lid 1 (inkomen van de partner telt mee)',
  prioriteit: 2,
  velden: ['partnerVolgensAanvraag', 'partnerVolgensRegistratie'],
  check({ partnerVolgensAanvraag, partnerVolgensRegistratie }) {
    if (partnerVolgensAanvraag === partnerVolgensRegistratie) return null;
    return {
      toelichting: partnerVolgensRegistratie
        ? 'Volgens de registraties (BRP of Belastingdienst) heeft de burger een toeslagpartner, maar in ' +
          'de aanvraag staat geen partner. Het inkomen van een toeslagpartner telt mee, dus het voorschot ' +
          'kan te hoog zijn. Vraag na hoe het zit; de registratie kan ook verouderd zijn.'
        : 'In de aanvraag staat een toeslagpartner, maar volgens de registraties (BRP of ' +
          'Belastingdienst) is er geen toeslagpartner. Dan klopt het bedrag misschien niet. Vraag na hoe ' +
          'het zit, bijvoorbeeld of de partner op hetzelfde adres ingeschreven staat.',
    };
  },
});
