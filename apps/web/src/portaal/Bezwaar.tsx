/**
 * @module
 * Making an objection from the portal (issue 14, Awb 6:4): the form for one decision, which names
 * every decision of the same letter the objection covers (Awir 37), the last day of the term, and
 * that there is no objection against an offsetting (Awir 12) with what to do instead; grounds are
 * optional (pro forma, Awb 6:6), files may be sent with it (PDF, JPG or PNG, within the limits of
 * `STUK_GRENZEN`) and papers sent by post described, and a phone number and time for the call. Then the confirmation with the receipt letter, now in "Mijn brieven".
 */
import type { BezwaarFormulierData, IngediendBezwaar } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Bestandsveld, foutVoor, Keuzerondjes, Tekstvak, Tekstveld } from '../components/velden';
import { STUK_ACCEPT, stukGrenzen } from '../formulieren/bestanden';
import { datum, euro } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { TerugNaarOverzicht } from './Lijstpagina';

export const BEL_VOORKEUREN = ['ochtend', 'middag', 'geen'] as const;

export function BezwaarFormulier({
  ctx,
  beschikkingId,
  data,
  waarden,
  fouten,
  bestandenOpnieuw = false,
}: {
  ctx: PaginaContext;
  beschikkingId: number;
  data: BezwaarFormulierData;
  waarden: Readonly<Record<string, string>>;
  fouten: readonly VeldFout[];
  /** Files were sent with a form that came back with errors: they must be chosen again. */
  bestandenOpnieuw?: boolean;
}) {
  const fout = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={t('bezwaar.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('bezwaar.titel')}</Heading>
      <Paragraph soort="lead">{t('bezwaar.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <Paragraph>{t('bezwaar.geldtVoor', { datum: datum(data.briefdatum) })}</Paragraph>
      <UnorderedList>
        {data.bestreden.map((b) => (
          <ListItem key={b.id}>
            {t('bezwaar.besluit', { toeslag: b.naam, jaar: String(b.jaar), bedrag: euro(b.jaarbedrag) })}
          </ListItem>
        ))}
      </UnorderedList>
      {data.loopt ? (
        <Alert type="info">
          <Paragraph>{t('bezwaar.loopt', { datum: datum(data.loopt.ontvangenOp) })}</Paragraph>
          <Paragraph>
            <Link href="/mijn/zaken">{t('portaal.menu.zaken')}</Link>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>
            {data.opTijd
              ? t('bezwaar.opTijd', { datum: datum(data.laatsteDag) })
              : t('bezwaar.teLaat', { datum: datum(data.laatsteDag) })}
          </Paragraph>
          <PostFormulier action={`/mijn/bezwaar/${beschikkingId}`} csrf={ctx.csrf} metBestanden>
            <Tekstvak
              name="gronden"
              label={t('bezwaar.gronden')}
              beschrijving={t('bezwaar.grondenUitleg')}
              value={waarden.gronden ?? ''}
              fout={fout('gronden')}
              rijen={6}
            />
            {bestandenOpnieuw ? (
              <Alert type="warning">
                <Paragraph>{t('bezwaar.bestandenOpnieuw')}</Paragraph>
              </Alert>
            ) : null}
            <Bestandsveld
              name="bestanden"
              label={t('bezwaar.bestanden')}
              beschrijving={t('bezwaar.bestandenUitleg', stukGrenzen())}
              fout={fout('bestanden')}
              accept={STUK_ACCEPT}
              meer
            />
            <Tekstvak
              name="stukken"
              label={t('bezwaar.stukken')}
              beschrijving={t('bezwaar.stukkenUitleg')}
              value={waarden.stukken ?? ''}
              fout={fout('stukken')}
              rijen={2}
            />
            <Tekstveld
              name="telefoon"
              label={t('bezwaar.telefoon')}
              beschrijving={t('bezwaar.telefoonUitleg')}
              value={waarden.telefoon ?? ''}
              fout={fout('telefoon')}
              autoComplete="tel"
              inputMode="text"
              breedte={15}
            />
            <Keuzerondjes
              name="voorkeur"
              legend={t('bezwaar.voorkeur')}
              keuzes={BEL_VOORKEUREN.map((v) => ({
                waarde: v,
                label: t(`bezwaar.voorkeur.${v}` as TekstKey),
              }))}
              value={waarden.voorkeur ?? 'geen'}
              fout={fout('voorkeur')}
            />
            <Knoppen>
              <Verzendknop>{t('bezwaar.knop')}</Verzendknop>
            </Knoppen>
          </PostFormulier>
        </>
      )}
      <section aria-labelledby="verrekening-kop">
        <Heading level={2} id="verrekening-kop">
          {t('bezwaar.verrekening.kop')}
        </Heading>
        <Paragraph>{t('bezwaar.verrekening')}</Paragraph>
        <Paragraph>
          <Link href="/mijn/terugbellen">{t('portaal.menu.terugbellen')}</Link>
        </Paragraph>
      </section>
      <TerugNaarOverzicht />
    </Layout>
  );
}

export function BezwaarOntvangen({
  ctx,
  ingediend,
  kenmerk,
}: {
  ctx: PaginaContext;
  ingediend: IngediendBezwaar;
  kenmerk: string;
}) {
  const b = ingediend.bezwaar;
  return (
    <Layout ctx={ctx} titel={t('bezwaar.ontvangen')}>
      <Heading level={1}>{t('bezwaar.ontvangen')}</Heading>
      <Alert type="ok" role="status">
        <Paragraph>{t('bezwaar.ontvangenTekst', { datum: datum(b.ontvangenOp), kenmerk })}</Paragraph>
        <Paragraph>{t('bezwaar.ontvangenBrief')}</Paragraph>
        {ingediend.stukken.length > 0 ? (
          <Paragraph>
            {ingediend.stukken.length === 1
              ? t('bezwaar.ontvangenStuk')
              : t('bezwaar.ontvangenStukken', { aantal: ingediend.stukken.length })}
          </Paragraph>
        ) : null}
      </Alert>
      {b.gronden === null && b.hersteltermijn ? (
        <Paragraph>{t('bezwaar.ontvangenUitleg', { datum: datum(b.hersteltermijn) })}</Paragraph>
      ) : null}
      <Paragraph>{t('bezwaar.ontvangenBellen')}</Paragraph>
      <Paragraph>{t('bezwaar.ontvangenBeslissen', { datum: datum(b.beslistermijn) })}</Paragraph>
      <UnorderedList>
        <ListItem>
          <Link href={`/mijn/bezwaarbrieven/${ingediend.ontvangstbevestiging.id}`}>
            {t('bezwaar.naarBrief')}
          </Link>
        </ListItem>
        <ListItem>
          <Link href="/mijn/zaken">{t('portaal.menu.zaken')}</Link>
        </ListItem>
      </UnorderedList>
      <TerugNaarOverzicht />
    </Layout>
  );
}
