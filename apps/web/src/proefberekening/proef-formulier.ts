/**
 * @module
 * The proefberekening form for the shared-schema reader (`formulieren/schema-formulier.ts`): its
 * fields in the order of the page, the form field of each path in the household request, and the
 * B1 message for a problem's code on that field — a question gets "Kies een antwoord", a date,
 * an amount or hours a message that names the field and how to type it.
 */
import type { InvoerCode } from '@regelmaat/diensten';
import { INVOER_GRENZEN } from '@regelmaat/law';
import type { SchemaFormulier } from '../formulieren/schema-formulier';
import { type TekstKey, t } from '../teksten';
import { foutmelding } from '../teksten/foutmeldingen';
import { type Formulier, type KindVeld, kindVeld } from './formulier';
import { watVanVeld } from './veldnamen';

const VASTE_PADEN: Readonly<Record<string, string>> = {
  berekeningsjaar: 'jaar',
  'aanvrager.geboortedatum': 'geboortedatum',
  'aanvrager.toetsingsinkomen': 'inkomen',
  'aanvrager.vermogen': 'vermogen',
  'aanvrager.woonland': 'woonland',
  'aanvrager.rechtmatigVerblijf': 'verblijf',
  'aanvrager.zorgverzekering': 'verzekerd',
  'aanvrager.arbeidseis': 'werk',
  toeslagpartner: 'partner',
  'toeslagpartner.geboortedatum': 'partnerGeboortedatum',
  'toeslagpartner.toetsingsinkomen': 'partnerInkomen',
  'toeslagpartner.vermogen': 'partnerVermogen',
  'toeslagpartner.rechtmatigVerblijf': 'partnerVerblijf',
  'toeslagpartner.zorgverzekering': 'partnerVerzekerd',
  'toeslagpartner.arbeidseis': 'partnerWerk',
  'huur[0].kaleHuur': 'kaleHuur',
  'huur[0].servicekosten': 'servicekosten',
  'huur[0].zelfstandig': 'zelfstandig',
};

const OPVANG_VELD: Readonly<Record<string, KindVeld>> = {
  soort: 'Opvang',
  urenPerMaand: 'Uren',
  uurprijs: 'Uurprijs',
  geregistreerd: 'Geregistreerd',
};

/** The form field for a path in the household request (`kinderen[1].geboortedatum` → `kind1Geboortedatum`). */
export function veldVoorPad(pad: string, opvangKind: readonly number[]): string | undefined {
  if (VASTE_PADEN[pad]) return VASTE_PADEN[pad];
  const kind = /^kinderen\[(\d+)\]\.(geboortedatum|kinderbijslag)$/.exec(pad);
  if (kind) return kindVeld(Number(kind[1]), kind[2] === 'geboortedatum' ? 'Geboortedatum' : 'Kinderbijslag');
  const opvang = /^kinderopvang\[(\d+)\]\.(soort|urenPerMaand|uurprijs|geregistreerd)$/.exec(pad);
  if (opvang) {
    const i = opvangKind[Number(opvang[1])];
    if (i !== undefined) return kindVeld(i, OPVANG_VELD[opvang[2]!]!);
  }
  return undefined;
}

/** Questions answered by a choice: a problem with one is "choose an answer", whatever its code. */
const VRAGEN: Readonly<Record<string, TekstKey>> = {
  jaar: 'proef.jaar',
  woonland: 'proef.woonland',
  verblijf: 'proef.verblijf',
  verzekerd: 'proef.verzekerd',
  partner: 'proef.partner',
  partnerVerblijf: 'proef.partnerVerblijf',
  partnerVerzekerd: 'proef.partnerVerzekerd',
  zelfstandig: 'proef.zelfstandig',
  werk: 'proef.werk',
  partnerWerk: 'proef.partnerWerk',
};
const KIND_VRAGEN: Readonly<Partial<Record<KindVeld, TekstKey>>> = {
  Kinderbijslag: 'proef.kinderbijslag',
  Opvang: 'proef.opvangSoort',
  Geregistreerd: 'proef.geregistreerd',
};
const DATUMS = new Set(['geboortedatum', 'partnerGeboortedatum']);

/** A child's fields in the order of the page (the error summary follows the page). */
const KIND_VELDEN: readonly KindVeld[] = [
  'Geboortedatum',
  'Kinderbijslag',
  'Opvang',
  'Uren',
  'Uurprijs',
  'Geregistreerd',
];

/** The proefberekening form as filled in (its children), for the shared-schema reader. */
export function proefFormulier(f: Formulier, opvangKind: readonly number[]): SchemaFormulier {
  const velden = [
    'jaar',
    'geboortedatum',
    'inkomen',
    'vermogen',
    'woonland',
    'verblijf',
    'verzekerd',
    'partner',
    'partnerGeboortedatum',
    'partnerInkomen',
    'partnerVermogen',
    'partnerVerblijf',
    'partnerVerzekerd',
    'kaleHuur',
    'servicekosten',
    'zelfstandig',
    ...f.kinderen.flatMap((_, i) => KIND_VELDEN.map((v) => kindVeld(i, v))),
    'werk',
    'partnerWerk',
  ];
  return {
    velden,
    veldVan: (pad) => veldVoorPad(pad, opvangKind),
    melding: (veld, code) => melding(veld, code, Number(f.jaar)),
    losseMelding: (reden) => t('fout.algemeenZonderVeld', { melding: reden }),
  };
}

function melding(veld: string, code: InvoerCode, jaar: number): string {
  const kind = /^kind(\d+)([A-Z][a-z]+)$/.exec(veld);
  const nummer = kind ? Number(kind[1]) + 1 : 0;
  const kindVraag = kind ? KIND_VRAGEN[kind[2] as KindVeld] : undefined;
  if (VRAGEN[veld]) return foutmelding.keuze(t(VRAGEN[veld]));
  if (kindVraag) return foutmelding.keuze(t(kindVraag, { nummer }));
  const wat = watVanVeld(veld);
  if (kind && (kind[2] === 'Uren' || kind[2] === 'Uurprijs') && code === 'verplicht')
    return t('fout.opvangZonderUren', { wat, nummer });
  if (code === 'verplicht') return foutmelding.verplicht(wat);
  if (DATUMS.has(veld) || kind?.[2] === 'Geboortedatum')
    return code === 'na-berekeningsjaar' ? foutmelding.datumNaJaar(wat, jaar) : foutmelding.datum(wat);
  if (kind?.[2] === 'Uren')
    return code === 'te-groot'
      ? foutmelding.urenTeVeel(wat, INVOER_GRENZEN.maxUrenPerMaand)
      : foutmelding.uren(wat);
  if (code === 'te-klein') return foutmelding.bedragNegatief(wat);
  if (code === 'te-groot') return foutmelding.bedragTeHoog(wat);
  return foutmelding.bedrag(wat);
}
