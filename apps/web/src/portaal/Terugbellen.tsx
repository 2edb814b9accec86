/**
 * @module
 * "Bel mij terug" (C10): the citizen asks to be called back about a subject; this opens a contact
 * case in the team queue (service norm: within 5 days). Plain POST form, then a confirmation with
 * the date by which we call.
 */
import type { Zaak } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { foutVoor, Keuzerondjes, Tekstveld } from '../components/velden';
import { datum } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { TerugNaarOverzicht } from './Lijstpagina';

export const VOORKEUREN = ['ochtend', 'middag', 'geen'] as const;

export function Terugbellen({
  ctx,
  waarden,
  fouten,
}: {
  ctx: PaginaContext;
  waarden: Readonly<Record<string, string>>;
  fouten: readonly VeldFout[];
}) {
  const fout = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={t('terugbellen.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('terugbellen.titel')}</Heading>
      <Paragraph soort="lead">{t('terugbellen.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/mijn/terugbellen" csrf={ctx.csrf}>
        <Tekstveld
          name="onderwerp"
          label={t('terugbellen.onderwerp')}
          beschrijving={t('terugbellen.onderwerpUitleg')}
          value={waarden.onderwerp ?? ''}
          fout={fout('onderwerp')}
          verplicht
          breedte={40}
        />
        <Tekstveld
          name="telefoon"
          label={t('terugbellen.telefoon')}
          beschrijving={t('terugbellen.telefoonUitleg')}
          value={waarden.telefoon ?? ''}
          fout={fout('telefoon')}
          verplicht
          autoComplete="tel"
          inputMode="text"
          breedte={15}
        />
        <Keuzerondjes
          name="voorkeur"
          legend={t('terugbellen.voorkeur')}
          keuzes={VOORKEUREN.map((v) => ({ waarde: v, label: t(`terugbellen.voorkeur.${v}` as TekstKey) }))}
          value={waarden.voorkeur ?? 'geen'}
          fout={fout('voorkeur')}
        />
        <Knoppen>
          <Verzendknop>{t('terugbellen.knop')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
    </Layout>
  );
}

export function TerugbellenOntvangen({ ctx, zaak }: { ctx: PaginaContext; zaak: Zaak }) {
  return (
    <Layout ctx={ctx} titel={t('terugbellen.ontvangen')}>
      <Heading level={1}>{t('terugbellen.ontvangen')}</Heading>
      <Alert type="ok" role="status">
        <Paragraph>{t('terugbellen.ontvangenTekst', { datum: datum(zaak.termijn) })}</Paragraph>
      </Alert>
      <Paragraph>
        <Link href="/mijn/zaken">{t('portaal.menu.zaken')}</Link>
      </Paragraph>
      <TerugNaarOverzicht />
    </Layout>
  );
}
