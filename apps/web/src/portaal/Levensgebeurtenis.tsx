/**
 * @module
 * A message about a change coming up (a life event, issue 16): what happens when, what the engine
 * computed it changes (the month before and after, per toeslag; or, when the household has to
 * report something, the effect of that change on the advance), and what to do — one button "Dit
 * klopt" and one "Wijziging doorgeven" that opens the preview of the change, already filled in.
 * Every sentence is chosen by the values it states, with the change preview's rules
 * (`gebeurtenisEffectZinnen`, @regelmaat/diensten): an amount per month only when it differs, an
 * avoided recovery only when a month is left to pay and the amount counts, no rounding remainder as
 * "more", and advice that reporting in time avoids a recovery only when a sentence says by how much.
 */
import {
  adviesVoorkomen,
  type BerichtEffect,
  type BerichtInLijst,
  type GebeurtenisZin,
  gebeurtenisEffectZinnen,
} from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { datum, euro, maandNaam } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { type ZinTeksten, zinTekst } from './effect-zin';

interface Maand {
  regeling: string;
  naam: string;
  voor: { jaar: number; maand: number; bedrag: number };
  na: { jaar: number; maand: number; bedrag: number };
}

export interface LevensgebeurtenisGegevens {
  gebeurtenis: string;
  datum: string;
  opvang?: string;
  geboortedatum: string | null;
  /** Absent in messages from before it was recorded: they were all computed. */
  berekend?: boolean;
  nietBerekend?: 'jaar' | 'dossier';
  maanden: Maand[];
  wijziging?: { soort: string };
  effecten?: BerichtEffect[];
  /** Of the change's year (Awir art. 26a, eurocents); absent in messages from before it was stored. */
  doelmatigheidsgrens?: number;
}

const ZIN_TESTID: Record<GebeurtenisZin['soort'], string> = {
  perJaar: 'per-jaar',
  perMaand: 'per-maand',
  maatwerk: 'maatwerk',
  voorkomen: 'voorkomen',
  terugNaJaar: 'terug-na-jaar',
  terugKlein: 'terug-klein',
  extra: 'extra',
  extraNaJaar: 'extra',
  klein: 'klein',
  gelijk: 'gelijk',
};

const ALS_ZINNEN: ZinTeksten = {
  voorkomen: 'gebeurtenis.voorkomen',
  terugNaJaar: 'gebeurtenis.terugNaJaar',
  terugKlein: 'gebeurtenis.terugKlein',
  extra: 'gebeurtenis.extra',
  extraNaJaar: 'gebeurtenis.extraNaJaar',
  klein: 'gebeurtenis.klein',
  gelijk: 'gebeurtenis.gelijk',
};

/** One sentence about what the change would do, worded from its values. */
function gebeurtenisZinTekst(z: GebeurtenisZin): string {
  switch (z.soort) {
    case 'perJaar':
      return t('gebeurtenis.perJaar', { nu: euro(z.nu), nieuw: euro(z.nieuw) });
    case 'perMaand':
      return t('gebeurtenis.perMaand', { maand: maandNaam(z.maand), bedrag: euro(z.bedrag) });
    case 'maatwerk':
      return t('bericht.maatwerk');
    default:
      return zinTekst(z, ALS_ZINNEN);
  }
}

function AlsEffect({ e, grens }: { e: BerichtEffect; grens: number }) {
  return (
    <section className="rm-kaart" aria-labelledby={`bericht-${e.regeling}`} data-regeling={e.regeling}>
      <Heading level={3} id={`bericht-${e.regeling}`}>
        {e.naam}
      </Heading>
      {gebeurtenisEffectZinnen(e, grens).map((z) => (
        <Paragraph key={z.soort}>
          <span data-testid={ZIN_TESTID[z.soort]}>{gebeurtenisZinTekst(z)}</span>
        </Paragraph>
      ))}
    </section>
  );
}

const SOORTEN = [
  'kind-4',
  'kind-12',
  'kind-16',
  'kind-18',
  'opvang-einde',
  'huur-einde',
  'aow',
  'partner-in',
  'partner-uit',
  'inkomen-wijziging',
] as const;
type Soort = (typeof SOORTEN)[number];
const isSoort = (s: string): s is Soort => (SOORTEN as readonly string[]).includes(s);

/** The subject of a life-event message. */
export function onderwerpLevensgebeurtenis(g: { gebeurtenis?: unknown }): string | undefined {
  const s = String(g.gebeurtenis ?? '');
  return isSoort(s) ? t(`gebeurtenis.onderwerp.${s}` as TekstKey) : undefined;
}

const maandJaar = (x: { jaar: number; maand: number }) => `${maandNaam(x.maand)} ${x.jaar}`;

/** The age reached on the event's date (a birthday: the years between the two dates). */
const leeftijdOp = (g: LevensgebeurtenisGegevens) =>
  g.geboortedatum ? Number(g.datum.slice(0, 4)) - Number(g.geboortedatum.slice(0, 4)) : 0;

function Wanneer({ g }: { g: LevensgebeurtenisGegevens }) {
  const leeftijd = leeftijdOp(g);
  if (g.gebeurtenis.startsWith('kind-') && g.geboortedatum)
    return (
      <Paragraph soort="lead">
        {t('gebeurtenis.wanneer.kind', { geboren: datum(g.geboortedatum), datum: datum(g.datum), leeftijd })}
      </Paragraph>
    );
  if (g.gebeurtenis === 'aow')
    return (
      <Paragraph soort="lead">{t('gebeurtenis.wanneer.aow', { datum: datum(g.datum), leeftijd })}</Paragraph>
    );
  if (isSoort(g.gebeurtenis) && !g.gebeurtenis.startsWith('kind-'))
    return (
      <Paragraph soort="lead">
        {t(`gebeurtenis.wanneer.${g.gebeurtenis}` as TekstKey, { datum: datum(g.datum) })}
      </Paragraph>
    );
  return null;
}

export function LevensgebeurtenisTekst({ ctx, bericht }: { ctx: PaginaContext; bericht: BerichtInLijst }) {
  const g = bericht.gegevens as unknown as LevensgebeurtenisGegevens;
  const effecten = g.effecten ?? [];
  // Messages from before the limit was stored: 0 says any recovery as one (as they did).
  const grens = g.doelmatigheidsgrens ?? 0;
  return (
    <>
      <Wanneer g={g} />
      {g.gebeurtenis === 'kind-4' && g.opvang === 'dagopvang' ? (
        <Paragraph>{t('gebeurtenis.dagopvang', { leeftijd: leeftijdOp(g) })}</Paragraph>
      ) : null}
      {g.maanden.map((m) => (
        <section
          key={m.regeling}
          className="rm-kaart"
          aria-labelledby={`maand-${m.regeling}`}
          data-regeling={m.regeling}
        >
          <Heading level={3} id={`maand-${m.regeling}`}>
            {m.naam}
          </Heading>
          <Paragraph>
            {t('gebeurtenis.maand', {
              voor: maandJaar(m.voor),
              bedragVoor: euro(m.voor.bedrag),
              na: maandJaar(m.na),
              bedragNa: euro(m.na.bedrag),
            })}
          </Paragraph>
          <Paragraph>{t('gebeurtenis.alIngerekend')}</Paragraph>
        </section>
      ))}
      {effecten.length > 0 ? (
        <section aria-labelledby="als-het-stopt" data-testid="effect-wijziging">
          <Heading level={2} id="als-het-stopt">
            {t('gebeurtenis.alsDagopvangStopt', { datum: datum(g.datum) })}
          </Heading>
          {effecten.map((e) => (
            <AlsEffect key={e.regeling} e={e} grens={grens} />
          ))}
        </section>
      ) : null}
      {g.berekend === false ? (
        <Paragraph>
          {g.nietBerekend === 'dossier'
            ? t('gebeurtenis.nietBerekendDossier')
            : t('gebeurtenis.nietBerekend', { jaar: Number(g.datum.slice(0, 4)) })}
        </Paragraph>
      ) : g.maanden.length === 0 && effecten.length === 0 ? (
        <Paragraph>{t('gebeurtenis.geenEffect')}</Paragraph>
      ) : null}
      <section aria-labelledby="wat-doen">
        <Heading level={2} id="wat-doen">
          {t('gebeurtenis.wat')}
        </Heading>
        <Paragraph>
          {t(adviesVoorkomen(effecten, grens) ? 'gebeurtenis.watUitlegVoorkomen' : 'gebeurtenis.watUitleg')}
        </Paragraph>
        <PostFormulier action={`/mijn/berichten/${bericht.id}/reactie`} csrf={ctx.csrf}>
          <Knoppen>
            <Verzendknop naam="reactie" waarde="klopt">
              {t('gebeurtenis.klopt')}
            </Verzendknop>
            <Verzendknop naam="reactie" waarde="wijziging" soort="secundair">
              {t('gebeurtenis.wijziging')}
            </Verzendknop>
          </Knoppen>
        </PostFormulier>
      </section>
    </>
  );
}

/** The page after "Dit klopt". */
export function ReactieBedankt({ ctx, eerder }: { ctx: PaginaContext; eerder: boolean }) {
  return (
    <Layout ctx={ctx} titel={t('gebeurtenis.bedankt.titel')}>
      <Heading level={1}>{t('gebeurtenis.bedankt.titel')}</Heading>
      <Paragraph>{t(eerder ? 'gebeurtenis.bedankt.eerder' : 'gebeurtenis.bedankt.klopt')}</Paragraph>
      <Paragraph>
        <Link href="/mijn/berichten">{t('berichten.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}
