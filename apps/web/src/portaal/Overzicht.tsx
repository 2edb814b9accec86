/**
 * @module
 * The citizen's overview (C10, /mijn): per toeslag this month's amount, what was paid this year,
 * the next payment (around which date, for which month) and the year amount, with a link to
 * "Waarom dit bedrag?"; then what the citizen can do here. After a confirmed change the page says
 * so (the new advance decision is already in force).
 */
import type { Overzicht as OverzichtData, ToeslagOverzicht } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Gegevenslijst, Verborgen } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { datum, euro, maandNaam } from '../opmaak';
import { t } from '../teksten';

function Toeslag({ x }: { x: ToeslagOverzicht }) {
  const id = `toeslag-${x.regeling}`;
  const v = x.volgendeBetaling;
  return (
    <section className="rm-kaart" aria-labelledby={id} data-regeling={x.regeling}>
      <Heading level={2} id={id}>
        {x.naam}
      </Heading>
      {x.jaarbedrag === 0 && !x.definitief ? <Paragraph>{t('overzicht.geenBedrag')}</Paragraph> : null}
      <Gegevenslijst
        rijen={[
          [t('overzicht.dezeMaand'), <span data-testid="deze-maand">{euro(x.dezeMaand)}</span>],
          [t('overzicht.betaald'), euro(x.betaaldDitJaar)],
          v
            ? [
                t('overzicht.volgende'),
                t('overzicht.volgendeTekst', {
                  bedrag: euro(v.bedrag),
                  datum: datum(v.rond),
                  maand: maandNaam(v.maand),
                }),
              ]
            : null,
          [t('overzicht.perJaar'), <span data-testid="jaarbedrag">{euro(x.jaarbedrag)}</span>],
          x.definitief ? [t('overzicht.definitief'), euro(x.definitief.jaarbedrag)] : null,
        ]}
      />
      {x.aanleiding === 'wijziging' ? <Paragraph>{t('overzicht.naWijziging')}</Paragraph> : null}
      {x.aanleiding === 'maatwerk' ? <Paragraph>{t('overzicht.naMaatwerk')}</Paragraph> : null}
      {x.beschikkingId !== undefined ? (
        <Paragraph>
          <Link href={`/mijn/waarom/${x.beschikkingId}`}>
            {x.jaarbedrag === 0 ? t('uitleg.waaromNiet') : t('uitleg.waarom')}
            <Verborgen> ({x.naam})</Verborgen>
          </Link>
        </Paragraph>
      ) : null}
    </section>
  );
}

export function Wat() {
  return (
    <nav className="rm-inhoud-nav" aria-labelledby="wat-wilt-u">
      <Heading level={2} id="wat-wilt-u">
        {t('home.kies')}
      </Heading>
      <ul>
        <li>
          <Link href="/mijn/wijziging">{t('portaal.menu.wijziging')}</Link>
        </li>
        <li>
          <Link href="/mijn/terugbellen">{t('portaal.menu.terugbellen')}</Link>
        </li>
        <li>
          <Link href="/mijn/berichten">{t('portaal.menu.berichten')}</Link>
        </li>
        <li>
          <Link href="/mijn/betalingen">{t('portaal.menu.betalingen')}</Link>
        </li>
        <li>
          <Link href="/mijn/brieven">{t('portaal.menu.brieven')}</Link>
        </li>
        <li>
          <Link href="/mijn/terugbetalen">{t('portaal.menu.terugbetalen')}</Link>
        </li>
        <li>
          <Link href="/mijn/zaken">{t('portaal.menu.zaken')}</Link>
        </li>
        <li>
          <Link href="/mijn/gegevens">{t('portaal.menu.gegevens')}</Link>
        </li>
      </ul>
    </nav>
  );
}

export function Overzicht({
  ctx,
  data,
  gewijzigd,
  partnerOpgegeven = false,
  beoordeling = false,
}: {
  ctx: PaginaContext;
  /** Undefined: no household (no toeslag at all). */
  data: OverzichtData | undefined;
  gewijzigd: boolean;
  /** A partner was just reported as a claim (to be checked; nothing changed yet). */
  partnerOpgegeven?: boolean;
  /** The change was recorded, but a maatwerk amount stays until a case worker decides. */
  beoordeling?: boolean;
}) {
  const toeslagen = data?.toeslagen ?? [];
  return (
    <Layout ctx={ctx} titel={t('overzicht.titel')}>
      <Heading level={1}>{t('overzicht.titel')}</Heading>
      {gewijzigd || beoordeling ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(beoordeling ? 'overzicht.gewijzigdBeoordeling' : 'overzicht.gewijzigd')}</Paragraph>
        </Alert>
      ) : null}
      {partnerOpgegeven ? (
        <Alert type="info" role="status">
          <Paragraph>
            <span data-testid="partner-opgegeven">{t('overzicht.partnerOpgegeven')}</span>
          </Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <Paragraph soort="lead">
          {t('overzicht.intro', { jaar: data.jaar, vandaag: datum(data.vandaag) })}
        </Paragraph>
      ) : null}
      {toeslagen.length === 0 ? (
        <Paragraph>
          <strong>{t('overzicht.leeg')}</strong> {t('overzicht.leegUitleg')}
        </Paragraph>
      ) : (
        toeslagen.map((x) => <Toeslag key={x.regeling} x={x} />)
      )}
      <Wat />
    </Layout>
  );
}
