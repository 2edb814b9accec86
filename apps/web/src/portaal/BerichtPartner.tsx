/**
 * @module
 * The messages of a housing corporation's and a health insurer's report (issue 16): what changed,
 * who reported it, what it means and what to do if it is wrong. Every sentence is chosen by the
 * values the message holds: the effect on a toeslag by `effectZinnen` (the same truthful choice as
 * the change preview), the month a change in insurance counts from as the service computed it
 * (Awir art. 5 lid 1).
 */
import { Link } from '@utrecht/link-react';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { datum, euroCenten, maandNaam } from '../opmaak';
import { t } from '../teksten';
import { type BerichtEffect, EffectVan } from './bericht-effect';

export interface HuurWijziging {
  verhuurder: string;
  ingangsdatum: string;
  jaar: number;
  oud: { kaleHuur: number; servicekosten: number };
  nieuw: { kaleHuur: number; servicekosten: number };
  effecten: BerichtEffect[];
  doelmatigheidsgrens: number;
  beschikkingen: number[];
}

export interface HuurAfwijking {
  verhuurder: string;
  ingangsdatum: string;
  burger: { kaleHuur: number; servicekosten: number } | null;
  gemeld: { kaleHuur: number; servicekosten: number | null };
}

export interface VerzekeringMelding {
  zorgverzekeraar: string;
  rol: 'aanvrager' | 'toeslagpartner';
  gebeurtenis: 'begin' | 'einde';
  datum: string;
  telVanaf: string;
}

function KloptNiet({ uitleg, huur }: { uitleg: string; huur: boolean }) {
  return (
    <section aria-labelledby="klopt-niet">
      <Heading level={2} id="klopt-niet">
        {t('bericht.klopt')}
      </Heading>
      <Paragraph>{uitleg}</Paragraph>
      <ul>
        {huur ? (
          <li>
            <Link href="/mijn/wijziging?soort=huur">{t('bericht.wijziging')}</Link>
          </li>
        ) : null}
        <li>
          <Link href="/mijn/terugbellen">{t('bericht.terugbellen')}</Link>
        </li>
      </ul>
    </section>
  );
}

export function HuurWijzigingTekst({ g }: { g: HuurWijziging }) {
  return (
    <>
      <Paragraph soort="lead">
        {t('bericht.huur.wie', {
          verhuurder: g.verhuurder,
          datum: datum(g.ingangsdatum),
          nieuw: euroCenten(g.nieuw.kaleHuur),
          oud: euroCenten(g.oud.kaleHuur),
        })}
      </Paragraph>
      {g.nieuw.servicekosten !== g.oud.servicekosten ? (
        <Paragraph>
          {t('bericht.huur.service', {
            nieuw: euroCenten(g.nieuw.servicekosten),
            oud: euroCenten(g.oud.servicekosten),
          })}
        </Paragraph>
      ) : null}
      {g.effecten.length > 0 ? (
        <>
          <Paragraph>{t('bericht.huur.opnieuw')}</Paragraph>
          {g.effecten.map((e) => (
            <EffectVan key={e.regeling} e={e} grens={g.doelmatigheidsgrens} />
          ))}
        </>
      ) : (
        <Paragraph>{t('bericht.geenEffect')}</Paragraph>
      )}
      {g.beschikkingen.length > 0 ? (
        <Paragraph>
          <Link href="/mijn/brieven">{t('bericht.brief')}</Link>
        </Paragraph>
      ) : null}
      <KloptNiet uitleg={t('bericht.huur.klopt')} huur />
    </>
  );
}

export function HuurAfwijkingTekst({ g }: { g: HuurAfwijking }) {
  return (
    <>
      <Paragraph soort="lead">
        {t('bericht.huurAfwijking.wie', {
          verhuurder: g.verhuurder,
          datum: datum(g.ingangsdatum),
          gemeld: euroCenten(g.gemeld.kaleHuur),
        })}
      </Paragraph>
      <Paragraph>
        {g.burger
          ? t('bericht.huurAfwijking.burger', { burger: euroCenten(g.burger.kaleHuur) })
          : t('bericht.huurAfwijking.geenHuur')}
      </Paragraph>
      <Alert type="info">
        <Paragraph>{t('bericht.afwijking.niets')}</Paragraph>
      </Alert>
      <KloptNiet uitleg={t('bericht.huurAfwijking.klopt')} huur />
    </>
  );
}

export function VerzekeringTekst({ g }: { g: VerzekeringMelding }) {
  const maand = `${maandNaam(Number(g.telVanaf.slice(5, 7)))} ${g.telVanaf.slice(0, 4)}`;
  const partner = g.rol === 'toeslagpartner';
  const wie = t(
    g.gebeurtenis === 'einde'
      ? partner
        ? 'bericht.verzekering.eindePartner'
        : 'bericht.verzekering.einde'
      : partner
        ? 'bericht.verzekering.beginPartner'
        : 'bericht.verzekering.begin',
    { zorgverzekeraar: g.zorgverzekeraar, datum: datum(g.datum) },
  );
  const gevolg = t(
    g.gebeurtenis === 'einde'
      ? partner
        ? 'bericht.verzekering.gevolgEindePartner'
        : 'bericht.verzekering.gevolgEinde'
      : partner
        ? 'bericht.verzekering.gevolgBeginPartner'
        : 'bericht.verzekering.gevolgBegin',
    { maand },
  );
  return (
    <>
      <Paragraph soort="lead">{wie}</Paragraph>
      <Paragraph>{gevolg}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('bericht.verzekering.medewerker')}</Paragraph>
      </Alert>
      <KloptNiet uitleg={t('bericht.verzekering.klopt')} huur={false} />
    </>
  );
}
