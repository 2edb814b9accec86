/**
 * @module
 * Where the citizen's objections stand (issue 14), under "Mijn vragen en zaken" and "Mijn brieven":
 * each step done or still to come (received, grounds, the call, the hearing planned, held or skipped
 * with its reason, the decision), the expected decision date and why it moved (postponed with its
 * reason, Awb 7:10 lid 3, or waited for the grounds, 7:10 lid 2), the files sent with it, and the
 * letters about it.
 */
import { type BezwaarOverzicht, OVERSLAAN_B1 } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Verborgen } from '../components/Gegevens';
import { Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { bestandsgrootte, bestandssoort, datum } from '../opmaak';
import { type TekstKey, t } from '../teksten';

const briefTitel = (soort: string) => t(`bezwaar.brief.${soort}` as TekstKey);

function stapTekst(o: BezwaarOverzicht, stap: BezwaarOverzicht['stand']['stappen'][number]): string {
  const b = o.bezwaar;
  switch (stap.stap) {
    case 'ontvangen':
      return t('bezwaar.stap.ontvangen', { datum: datum(b.ontvangenOp) });
    case 'gronden':
      return stap.gedaan
        ? t('bezwaar.stap.grondenGedaan', { datum: datum(stap.op ?? b.ontvangenOp) })
        : t('bezwaar.stap.grondenOpen', { datum: datum(stap.op!) });
    case 'gesprek':
      return stap.gedaan ? t('bezwaar.stap.gesprekGedaan') : t('bezwaar.stap.gesprekOpen');
    case 'hoorzitting':
      if (b.hoorzitting === 'overgeslagen' && b.hoorzittingOverslaanGrond)
        return t('bezwaar.stap.hoorzittingOvergeslagen', {
          reden: OVERSLAAN_B1[b.hoorzittingOverslaanGrond],
        });
      if (b.hoorzitting === 'gehouden') return t('bezwaar.stap.hoorzittingGehouden');
      if (b.hoorzitting === 'gepland' && b.hoorzittingOp)
        return t('bezwaar.stap.hoorzittingGepland', { datum: datum(b.hoorzittingOp) });
      return t('bezwaar.stap.hoorzittingOpen');
    case 'beslissing':
      return stap.gedaan && b.beslissing
        ? t('bezwaar.stap.beslistOp', {
            datum: datum(stap.op!),
            uitkomst: t(`bezwaar.uitkomst.${b.beslissing}` as TekstKey),
          })
        : t('bezwaar.stap.beslissingOpen');
  }
}

export function BezwaarKaart({ o }: { o: BezwaarOverzicht }) {
  const b = o.bezwaar;
  const kop = `bezwaar-${b.id}-kop`;
  const open = b.fase !== 'beslist' && b.fase !== 'ingetrokken';
  return (
    <section className="rm-kaart" aria-labelledby={kop} data-bezwaar={b.id}>
      <Heading level={3} id={kop}>
        {t('bezwaar.mijn.titel', { datum: datum(b.ontvangenOp) })}
      </Heading>
      <Paragraph>{t('bezwaar.mijn.kenmerk', { kenmerk: o.kenmerk })}</Paragraph>
      {b.fase === 'ingetrokken' ? (
        <Paragraph>{t('bezwaar.stap.ingetrokken')}</Paragraph>
      ) : (
        <ol className="rm-stappen" aria-label={t('bezwaar.mijn.stappen')}>
          {o.stand.stappen.map((s) => (
            <li key={s.stap} data-stap={s.stap} data-gedaan={s.gedaan ? 'ja' : 'nee'}>
              <Verborgen>{`${s.gedaan ? t('bezwaar.mijn.gedaan') : t('bezwaar.mijn.nietGedaan')}: `}</Verborgen>
              <span aria-hidden="true">{s.gedaan ? '✓ ' : '○ '}</span>
              {stapTekst(o, s)}
            </li>
          ))}
        </ol>
      )}
      {open ? (
        <div data-testid="verwachte-beslisdatum">
          <Paragraph>{t('bezwaar.mijn.verwacht', { datum: datum(o.stand.verwachteBeslisdatum) })}</Paragraph>
          {o.stand.verschoven?.adviescommissie ? (
            <Paragraph>{t('bezwaar.mijn.adviescommissie')}</Paragraph>
          ) : null}
          {o.stand.verschoven?.verdaagd ? (
            <Paragraph>{t('bezwaar.mijn.verdaagd', { reden: o.stand.verschoven.verdaagd })}</Paragraph>
          ) : null}
          {o.stand.verschoven?.grondenAfgewacht ? (
            <Paragraph>{t('bezwaar.mijn.grondenAfgewacht')}</Paragraph>
          ) : null}
          {b.fase === 'wacht-op-goedkeuring' ? (
            <Paragraph>{t('bezwaar.mijn.tweedeMedewerker')}</Paragraph>
          ) : null}
        </div>
      ) : null}
      {o.stukken.length > 0 ? (
        <>
          <Paragraph>{t('bezwaar.mijn.stukken')}</Paragraph>
          <UnorderedList>
            {o.stukken.map((x) => (
              <ListItem key={x.id} data-bezwaarstuk={x.id}>
                <Link href={`/mijn/bezwaarstukken/${x.id}`}>{x.bestandsnaam}</Link> (
                {bestandssoort(x.inhoudstype)}, {bestandsgrootte(x.grootte)})
              </ListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {o.brieven.length > 0 ? (
        <>
          <Paragraph>{t('bezwaar.mijn.brieven')}</Paragraph>
          <UnorderedList>
            {o.brieven.map((x) => (
              <ListItem key={x.id}>
                <Link href={`/mijn/bezwaarbrieven/${x.id}`}>
                  {briefTitel(x.soort)} ({datum(x.briefdatum)})
                </Link>
              </ListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </section>
  );
}

export function MijnBezwaren({ bezwaren }: { bezwaren: readonly BezwaarOverzicht[] }) {
  if (bezwaren.length === 0) return null;
  return (
    <section aria-labelledby="bezwaren-kop">
      <Heading level={2} id="bezwaren-kop">
        {t('bezwaar.mijn.kop')}
      </Heading>
      {bezwaren.map((o) => (
        <BezwaarKaart key={o.bezwaar.id} o={o} />
      ))}
    </section>
  );
}

/** The objection letters in "Mijn brieven", newest first. */
export function BezwaarBrieven({ bezwaren }: { bezwaren: readonly BezwaarOverzicht[] }) {
  const brieven = bezwaren
    .flatMap((o) => o.brieven)
    .sort((a, b) => (a.briefdatum === b.briefdatum ? b.id - a.id : a.briefdatum < b.briefdatum ? 1 : -1));
  if (brieven.length === 0) return null;
  return (
    <section aria-labelledby="bezwaarbrieven-kop">
      <Heading level={2} id="bezwaarbrieven-kop">
        {t('bezwaar.brieven.kop')}
      </Heading>
      <Tabel
        bijschrift={t('bezwaar.brieven.tabel')}
        kolommen={[t('brieven.datum'), t('brieven.onderwerp'), t('brieven.pdf')]}
      >
        {brieven.map((x) => (
          <tr key={x.id} data-bezwaarbrief={x.id}>
            <td>{datum(x.briefdatum)}</td>
            <th scope="row">
              <Link href={`/mijn/bezwaarbrieven/${x.id}`}>{briefTitel(x.soort)}</Link>
            </th>
            <td>
              <Link
                href={`/mijn/bezwaarbrieven/${x.id}/pdf`}
                aria-label={`${briefTitel(x.soort)}: ${t('brieven.pdfLink')}`}
              >
                {t('brieven.pdfLink')}
              </Link>
            </td>
          </tr>
        ))}
      </Tabel>
    </section>
  );
}
