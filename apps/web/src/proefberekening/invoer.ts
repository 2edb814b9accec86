/**
 * @module
 * The proefberekening form: its fields, reading a posted form into a household for
 * @regelmaat/law, and the errors per field. Checks happen in two passes: first what people type
 * (dates, amounts, answers) with B1 messages that name the field, then the law's own input check
 * (`parseHuishouden`), whose problems are mapped back to the field they came from.
 *
 * The form asks what the calculation reads: residence (rechtmatig verblijf) and insurance, the
 * vermogen on 1 January, whether a rented home is self-contained, per child the kinderbijslag and,
 * for childcare, its registration and whether both parents work or study (the arbeidseis) — each
 * condition with the article the law package cites for it (the `stappen.ts` of each regeling in `@regelmaat/law`).
 * Questions that only matter for childcare or rent are required only then. What it does not ask
 * is returned as assumptions (`aannames.ts`), shown with the result.
 */
import { type Huishouden, parseHuishouden } from '@regelmaat/law';
import type { VeldFout } from '../components/Foutensamenvatting';
import { t } from '../teksten';
import { foutmelding } from '../teksten/foutmeldingen';
import { type Aanname, aannamesVoor } from './aannames';
import type { Formulier, KindWaarden } from './formulier';
import { JAREN, kindVeld, LEEG_FORMULIER, MAX_KINDEREN, OPVANG } from './formulier';
import { leesBedrag, leesDatum, leesUren } from './getallen';
import { watVanVeld } from './veldnamen';

export * from './formulier';

export type Actie = 'berekenen' | 'kind-toevoegen' | 'kind-weghalen';

function tekst(body: Record<string, unknown>, naam: string): string {
  const v = body[naam];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.slice(0, 200) : '';
}

/** Reads the posted form (urlencoded body) into typed values and the button that was pressed. */
export function leesFormulier(body: Record<string, unknown>): { formulier: Formulier; actie: Actie } {
  const aantal = Math.min(MAX_KINDEREN, Math.max(0, Number.parseInt(tekst(body, 'aantalKinderen'), 10) || 0));
  const kinderen: KindWaarden[] = [];
  for (let i = 0; i < aantal; i++) {
    kinderen.push({
      geboortedatum: tekst(body, kindVeld(i, 'Geboortedatum')),
      kinderbijslag: tekst(body, kindVeld(i, 'Kinderbijslag')),
      opvang: tekst(body, kindVeld(i, 'Opvang')) || 'geen',
      uren: tekst(body, kindVeld(i, 'Uren')),
      uurprijs: tekst(body, kindVeld(i, 'Uurprijs')),
      geregistreerd: tekst(body, kindVeld(i, 'Geregistreerd')),
    });
  }
  const a = tekst(body, 'actie');
  const actie: Actie = a === 'kind-toevoegen' || a === 'kind-weghalen' ? a : 'berekenen';
  const formulier = { ...LEEG_FORMULIER } as Record<string, unknown>;
  for (const naam of Object.keys(LEEG_FORMULIER))
    if (naam !== 'kinderen') formulier[naam] = tekst(body, naam);
  formulier.kinderen = kinderen;
  return { actie, formulier: formulier as unknown as Formulier };
}

export function metKinderen(f: Formulier, aantal: number): Formulier {
  const n = Math.min(MAX_KINDEREN, Math.max(0, aantal));
  const kinderen = f.kinderen.slice(0, n);
  while (kinderen.length < n)
    kinderen.push({
      geboortedatum: '',
      kinderbijslag: '',
      opvang: 'geen',
      uren: '',
      uurprijs: '',
      geregistreerd: '',
    });
  return { ...f, kinderen };
}

export type Uitkomst =
  | { readonly ok: true; readonly huishouden: Huishouden; readonly aannames: readonly Aanname[] }
  | { readonly ok: false; readonly fouten: readonly VeldFout[] }
  /** The person lives abroad: this trial calculation does not compute that (no country asked). */
  | { readonly ok: 'buitenland' };

/** Checks the form and builds the household; errors come in the order of the form. */
export function naarHuishouden(f: Formulier): Uitkomst {
  const fouten: VeldFout[] = [];
  const fout = (veld: string, melding: string) => fouten.push({ veld, melding });

  const jaar = (JAREN as readonly string[]).includes(f.jaar) ? Number(f.jaar) : null;
  if (jaar === null) fout('jaar', foutmelding.keuze(t('proef.jaar')));

  const datum = (veld: string, waarde: string, nietNaJaar: boolean) => {
    const wat = watVanVeld(veld);
    if (waarde.trim() === '') {
      fout(veld, foutmelding.verplicht(wat));
      return undefined;
    }
    const d = leesDatum(waarde);
    if (!d) fout(veld, foutmelding.datum(wat));
    else if (nietNaJaar && jaar !== null && d > `${jaar}-12-31`)
      fout(veld, foutmelding.datumNaJaar(wat, jaar));
    return d ?? undefined;
  };
  const bedrag = (veld: string, waarde: string, verplicht: boolean, magNegatief: boolean) => {
    const wat = watVanVeld(veld);
    if (waarde.trim() === '') {
      if (verplicht) fout(veld, foutmelding.verplicht(wat));
      return undefined;
    }
    const b = leesBedrag(waarde);
    if (b === null) fout(veld, foutmelding.bedrag(wat));
    else if (b < 0 && !magNegatief) fout(veld, foutmelding.bedragNegatief(wat));
    return b ?? undefined;
  };
  /** A yes/no question; `verplicht` false: not needed now, the answer is ignored. */
  const jaNee = (veld: string, waarde: string, vraag: string, verplicht = true): boolean | undefined => {
    if (!verplicht) return undefined;
    if (waarde === 'ja' || waarde === 'nee') return waarde === 'ja';
    fout(veld, foutmelding.keuze(vraag));
    return undefined;
  };

  const geboortedatum = datum('geboortedatum', f.geboortedatum, true);
  const inkomen = bedrag('inkomen', f.inkomen, true, true);
  const vermogen = bedrag('vermogen', f.vermogen, false, false);
  const inNederland = jaNee('woonland', f.woonland, t('proef.woonland'));
  const verblijf = jaNee('verblijf', f.verblijf, t('proef.verblijf'));
  const verzekerd = jaNee('verzekerd', f.verzekerd, t('proef.verzekerd'));
  const partner = jaNee('partner', f.partner, t('proef.partner'));
  const pGeboortedatum = partner ? datum('partnerGeboortedatum', f.partnerGeboortedatum, true) : undefined;
  const pInkomen = partner ? bedrag('partnerInkomen', f.partnerInkomen, true, true) : undefined;
  const pVermogen = partner ? bedrag('partnerVermogen', f.partnerVermogen, false, false) : undefined;
  const pVerblijf = jaNee('partnerVerblijf', f.partnerVerblijf, t('proef.partnerVerblijf'), partner === true);
  const pVerzekerd = jaNee(
    'partnerVerzekerd',
    f.partnerVerzekerd,
    t('proef.partnerVerzekerd'),
    partner === true,
  );
  const kaleHuur = bedrag('kaleHuur', f.kaleHuur, false, false);
  const servicekosten = bedrag('servicekosten', f.servicekosten, false, false);
  if (servicekosten !== undefined && kaleHuur === undefined && f.kaleHuur.trim() === '')
    fout('kaleHuur', foutmelding.verplicht(watVanVeld('kaleHuur')));
  const huurt = f.kaleHuur.trim() !== '';
  const zelfstandig = jaNee('zelfstandig', f.zelfstandig, t('proef.zelfstandig'), huurt);

  const kinderen: { geboortedatum: string; kinderbijslag: boolean }[] = [];
  const opvang: {
    kind: number;
    soort: string;
    urenPerMaand: number;
    uurprijs: number;
    geregistreerd: boolean;
  }[] = [];
  /** kinderopvang index → child index, to map the law's problems back to the form. */
  const opvangKind: number[] = [];
  f.kinderen.forEach((k, i) => {
    const nummer = i + 1;
    const d = datum(kindVeld(i, 'Geboortedatum'), k.geboortedatum, true);
    const kinderbijslag = jaNee(
      kindVeld(i, 'Kinderbijslag'),
      k.kinderbijslag,
      t('proef.kinderbijslag', { nummer }),
    );
    if (d) kinderen.push({ geboortedatum: d, kinderbijslag: kinderbijslag ?? true });
    if (!(OPVANG as readonly string[]).includes(k.opvang)) {
      fout(kindVeld(i, 'Opvang'), foutmelding.keuze(t('proef.opvangSoort', { nummer })));
      return;
    }
    if (k.opvang === 'geen') return;
    const geregistreerd = jaNee(
      kindVeld(i, 'Geregistreerd'),
      k.geregistreerd,
      t('proef.geregistreerd', { nummer }),
    );
    if (k.uren.trim() === '' || k.uurprijs.trim() === '') {
      const veld = kindVeld(i, k.uren.trim() === '' ? 'Uren' : 'Uurprijs');
      fout(veld, t('fout.opvangZonderUren', { wat: watVanVeld(veld), nummer }));
      return;
    }
    const uren = leesUren(k.uren);
    if (uren === null) fout(kindVeld(i, 'Uren'), foutmelding.uren(watVanVeld(kindVeld(i, 'Uren'))));
    const prijs = bedrag(kindVeld(i, 'Uurprijs'), k.uurprijs, true, false);
    if (uren !== null && prijs !== undefined && d && geregistreerd !== undefined) {
      opvangKind.push(i);
      opvang.push({
        kind: kinderen.length - 1,
        soort: k.opvang,
        urenPerMaand: uren,
        uurprijs: prijs,
        geregistreerd,
      });
    }
  });
  const metOpvang = f.kinderen.some((k) => k.opvang !== 'geen');
  const werk = jaNee('werk', f.werk, t('proef.werk'), metOpvang);
  const partnerWerk = jaNee(
    'partnerWerk',
    f.partnerWerk,
    t('proef.partnerWerk'),
    metOpvang && partner === true,
  );
  if (fouten.length > 0) return { ok: false, fouten };
  if (inNederland === false) return { ok: 'buitenland' };

  const persoon = (
    p: { geboortedatum?: string; inkomen?: number; vermogen?: number },
    v: { verblijf?: boolean; verzekerd?: boolean; werk?: boolean },
  ) => ({
    geboortedatum: p.geboortedatum,
    toetsingsinkomen: p.inkomen,
    vermogen: p.vermogen ?? 0,
    rechtmatigVerblijf: v.verblijf,
    zorgverzekering: v.verzekerd ? 'verzekerd' : 'geen',
    // Only asked (and only read by the law) for childcare; otherwise the law's default.
    ...(v.werk !== undefined ? { arbeidseis: v.werk } : {}),
  });
  const invoer = {
    berekeningsjaar: jaar,
    aanvrager: persoon({ geboortedatum, inkomen, vermogen }, { verblijf, verzekerd, werk }),
    ...(partner
      ? {
          toeslagpartner: persoon(
            { geboortedatum: pGeboortedatum, inkomen: pInkomen, vermogen: pVermogen },
            { verblijf: pVerblijf, verzekerd: pVerzekerd, werk: partnerWerk },
          ),
        }
      : {}),
    kinderen,
    huur: kaleHuur !== undefined ? [{ kaleHuur, servicekosten: servicekosten ?? 0, zelfstandig }] : [],
    kinderopvang: opvang,
  };
  const r = parseHuishouden(invoer);
  if (r.ok) return { ok: true, huishouden: r.huishouden, aannames: aannamesVoor(f, r.huishouden) };
  return {
    ok: false,
    fouten: r.problems.map((p) => {
      const veld = veldVoorPad(p.path, opvangKind);
      return veld
        ? { veld, melding: foutmelding.algemeen(watVanVeld(veld), p.message) }
        : { melding: t('fout.algemeenZonderVeld', { melding: p.message }) };
    }),
  };
}

const VASTE_PADEN: Readonly<Record<string, string>> = {
  berekeningsjaar: 'jaar',
  'aanvrager.geboortedatum': 'geboortedatum',
  'aanvrager.toetsingsinkomen': 'inkomen',
  'aanvrager.vermogen': 'vermogen',
  'toeslagpartner.geboortedatum': 'partnerGeboortedatum',
  'toeslagpartner.toetsingsinkomen': 'partnerInkomen',
  'toeslagpartner.vermogen': 'partnerVermogen',
  'huur[0].kaleHuur': 'kaleHuur',
  'huur[0].servicekosten': 'servicekosten',
};

/** The form field for a path in the law's input (`kinderen[1].geboortedatum` → `kind1Geboortedatum`). */
export function veldVoorPad(pad: string, opvangKind: readonly number[]): string | undefined {
  if (VASTE_PADEN[pad]) return VASTE_PADEN[pad];
  const kind = /^kinderen\[(\d+)\]\.geboortedatum$/.exec(pad);
  if (kind) return kindVeld(Number(kind[1]), 'Geboortedatum');
  const opvang = /^kinderopvang\[(\d+)\]\.(urenPerMaand|uurprijs)/.exec(pad);
  if (opvang) {
    const i = opvangKind[Number(opvang[1])];
    if (i !== undefined) return kindVeld(i, opvang[2] === 'uurprijs' ? 'Uurprijs' : 'Uren');
  }
  return undefined;
}
