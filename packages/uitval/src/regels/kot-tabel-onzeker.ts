/**
 * @module
 * KOT_TABEL_ONZEKER — the kinderopvangtoeslag was computed with a reconstructed percentage table
 * (Besluit kinderopvangtoeslag bijlage I for 2025: no primary copy could be read), and this
 * household's amount depends on a value of that table that is not certain (one row's next-child
 * percentage; the row bounds above € 159.224, which may be one euro off). The amount is not paid
 * silently: a person checks the primary text and settles the amount.
 */
import { eurocent, formatCents } from '@regelmaat/kernel';
import { defineRegel } from '../regel';

export const KOT_TABEL_ONZEKER = defineRegel({
  code: 'KOT_TABEL_ONZEKER',
  titel: 'Kinderopvangtoeslag hangt af van een onzekere tabelwaarde',
  rationale:
    'The 2025 percentage table of the kinderopvangtoeslag is a reconstruction from secondary sources, ' +
    'not the primary text. For most incomes every source agrees; for one row (next children) and for ' +
    'the last and first euro of the rows above € 159,224 it may differ. Where the year amount differs ' +
    'between the two readings, a person checks the primary text before the decision stands, instead of ' +
    'the citizen finding out at the definitive decision. Fires in either run whenever the amounts differ; ' +
    'the case carries both.',
  wettelijkeGrondslag:
    'Besluit kinderopvangtoeslag, bijlage I (percentages per toetsingsinkomen); Awb art. 3:2 (zorgvuldige ' +
    'voorbereiding: de nodige kennis over de relevante feiten)',
  prioriteit: 2,
  velden: ['jaar', 'kotTabelOnzeker'],
  drempels: [
    'the year amounts under the two readings of the reconstructed table differ by at least one cent',
  ],
  check({ jaar, kotTabelOnzeker }) {
    if (kotTabelOnzeker === undefined || kotTabelOnzeker.bedrag === kotTabelOnzeker.andereLezing) return null;
    const { bedrag, andereLezing } = kotTabelOnzeker;
    const verschil = eurocent(Math.abs(bedrag - andereLezing));
    return {
      toelichting:
        `De kinderopvangtoeslag over ${jaar} is berekend met een nagebouwde tabel, omdat de officiële tabel ` +
        '(Besluit kinderopvangtoeslag, bijlage I) niet te lezen was. Voor het inkomen van dit huishouden ' +
        `is die tabel niet zeker. Met de nagebouwde tabel is de kinderopvangtoeslag ${formatCents(bedrag)} ` +
        `over het jaar. Met de andere mogelijke waarde is het ${formatCents(andereLezing)}. Het verschil is ` +
        `${formatCents(verschil)}. Zoek het percentage op in de officiële tabel en stel vast welk bedrag klopt.`,
      bedrag: verschil,
    };
  },
});
