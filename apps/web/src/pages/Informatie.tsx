/**
 * @module
 * The information pages: the accessibility statement (/toegankelijkheid, in the shape of the
 * DigiToegankelijk model statement) and the privacy page (/privacy). Texts from the catalogue.
 */
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { t } from '../teksten';

export function Toegankelijkheid({ ctx }: { ctx: PaginaContext }) {
  return (
    <Layout ctx={ctx} titel={t('toegankelijk.titel')}>
      <Heading level={1}>{t('toegankelijk.titel')}</Heading>
      <Paragraph soort="lead">{t('toegankelijk.intro')}</Paragraph>
      <Heading level={2}>{t('toegankelijk.statusTitel')}</Heading>
      <Paragraph>{t('toegankelijk.status')}</Paragraph>
      <Paragraph>{t('toegankelijk.norm')}</Paragraph>
      <Heading level={2}>{t('toegankelijk.getestTitel')}</Heading>
      <UnorderedList>
        <ListItem>{t('toegankelijk.getest1')}</ListItem>
        <ListItem>{t('toegankelijk.getest2')}</ListItem>
        <ListItem>{t('toegankelijk.getest3')}</ListItem>
      </UnorderedList>
      <Heading level={2}>{t('toegankelijk.problemenTitel')}</Heading>
      <UnorderedList>
        <ListItem>{t('toegankelijk.probleem1')}</ListItem>
        <ListItem>{t('toegankelijk.probleem2')}</ListItem>
        <ListItem>{t('toegankelijk.probleem3')}</ListItem>
      </UnorderedList>
      <Heading level={2}>{t('toegankelijk.contactTitel')}</Heading>
      <Paragraph>{t('toegankelijk.contact')}</Paragraph>
      <Paragraph>{t('toegankelijk.contactMail')}</Paragraph>
      <Paragraph soort="small">{t('toegankelijk.datum')}</Paragraph>
    </Layout>
  );
}

export function Privacy({ ctx }: { ctx: PaginaContext }) {
  const blokken = [
    ['privacy.demoTitel', 'privacy.demo'],
    ['privacy.proefTitel', 'privacy.proef'],
    ['privacy.cookiesTitel', 'privacy.cookies'],
    ['privacy.inzageTitel', 'privacy.inzage'],
  ] as const;
  return (
    <Layout ctx={ctx} titel={t('privacy.titel')}>
      <Heading level={1}>{t('privacy.titel')}</Heading>
      <Paragraph soort="lead">{t('privacy.intro')}</Paragraph>
      {blokken.map(([kop, tekst]) => (
        <section key={kop}>
          <Heading level={2}>{t(kop)}</Heading>
          <Paragraph>{t(tekst)}</Paragraph>
          {kop === 'privacy.cookiesTitel' ? <Paragraph>{t('privacy.geenVolgen')}</Paragraph> : null}
        </section>
      ))}
    </Layout>
  );
}
