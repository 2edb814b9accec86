/**
 * @module
 * KIND_WORDT_18 — a child turns 18 this year. The kindgebonden budget is only for children under
 * 18 (Wkgb art. 2 lid 1); a change counts from the month after it happens, or from the month
 * itself on the 1st (Awir art. 5). Proactive contact before this life event, as the service
 * vision asks; the child can then apply for zorgtoeslag itself.
 */
import { defineRegel } from '../regel';

export const KIND_WORDT_18 = defineRegel({
  code: 'KIND_WORDT_18',
  titel: 'Kind wordt 18: kindgebonden budget verandert',
  rationale:
    'Contacting people before a life event that changes their allowance prevents surprises and recoveries. ' +
    'A child who turns 18 no longer counts for the kindgebonden budget; when it was the last child under ' +
    '18, the budget stops altogether. The child can apply for zorgtoeslag of its own. Only in the advance ' +
    'run and only when there is a kindgebonden budget advance. The rule uses the number of children, never ' +
    'their identity.',
  wettelijkeGrondslag:
    'Wet op het kindgebonden budget art. 2 lid 1 (kind jonger dan 18 jaar); Awir art. 5 (een wijziging telt ' +
    'vanaf de volgende maand)',
  prioriteit: 4,
  velden: ['fase', 'voorschot', 'kinderenOnder18', 'kinderenWorden18'],
  drempels: ['at least one child turns 18 in the year (fase voorschot, kindgebonden budget advance > € 0)'],
  check({ fase, voorschot, kinderenOnder18, kinderenWorden18 }) {
    if (fase !== 'voorschot' || kinderenWorden18 <= 0 || voorschot.kindgebonden_budget <= 0) return null;
    const aantal = kinderenWorden18 === 1 ? 'Een kind wordt' : `${kinderenWorden18} kinderen worden`;
    return {
      toelichting:
        `${aantal} dit jaar 18. Een kind dat op de 1e van de maand 18 is, telt vanaf die maand niet meer ` +
        'mee voor het kindgebonden budget. ' +
        (kinderenWorden18 >= kinderenOnder18
          ? 'Daarna zijn er geen kinderen jonger dan 18 meer: het kindgebonden budget stopt dan. '
          : 'Het kindgebonden budget wordt dan lager. ') +
        'Laat de burger weten wat er verandert, en dat het kind vanaf 18 jaar zelf zorgtoeslag kan ' +
        'aanvragen.',
    };
  },
});
