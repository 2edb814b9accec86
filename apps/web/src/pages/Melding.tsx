/** @module A short page with a title, one message and a way on: 404, error, expired form, login needed. */
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { type TekstKey, t } from '../teksten';

export function Melding({
  ctx,
  titel,
  tekst,
  verder = { href: '/', tekst: 'nietGevonden.verder' },
  waarden = {},
}: {
  ctx: PaginaContext;
  titel: TekstKey;
  tekst: TekstKey;
  verder?: { href: string; tekst: TekstKey };
  /** Values for `{naam}` placeholders in `tekst`. */
  waarden?: Readonly<Record<string, string | number>>;
}) {
  return (
    <Layout ctx={ctx} titel={t(titel)}>
      <Heading level={1}>{t(titel)}</Heading>
      <Paragraph>{t(tekst, waarden)}</Paragraph>
      <Paragraph>
        <Link href={verder.href}>{t(verder.tekst)}</Link>
      </Paragraph>
    </Layout>
  );
}
