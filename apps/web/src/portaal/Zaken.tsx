/**
 * @module
 * "Mijn zaken" (C10): the citizen's own cases with what they are about, their status in plain
 * words and the date by which we expect to be done (the case type's service norm); and the contacts
 * we had with them with what came out of each (the case worker's contact form promises this).
 */
import type { BezwaarOverzicht, MijnContact, ZaakMetVerwachting } from '@regelmaat/diensten';
import type { Zaak } from '@regelmaat/zaken';
import type { PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { datum } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { MijnBezwaren } from './BezwaarStand';
import { Lijstpagina } from './Lijstpagina';

const STATUS: Record<Zaak['status'], TekstKey> = {
  open: 'zaken.status.open',
  'in-behandeling': 'zaken.status.inBehandeling',
  'wacht-op-goedkeuring': 'zaken.status.wacht',
  afgerond: 'zaken.status.afgerond',
};

const SOORT: Record<Zaak['soort'], TekstKey> = {
  'uitval-controle': 'zaken.soort.controle',
  'maatwerk-verzoek': 'zaken.soort.maatwerk',
  'hoorzitting-terugvordering': 'zaken.soort.terugvordering',
  contactverzoek: 'zaken.soort.contact',
  'partner-verificatie': 'zaken.soort.partner',
  'partner-conflict': 'zaken.soort.partnerConflict',
  'kot-tabel-onzeker': 'zaken.soort.kotTabel',
  bezwaar: 'zaken.soort.bezwaar',
  'opvang-afwijking': 'zaken.soort.opvangAfwijking',
  'persoonlijke-begeleiding': 'zaken.soort.begeleiding',
  'partner-afwijking': 'zaken.soort.partnerAfwijking',
};

const KANAAL: Record<MijnContact['kanaal'], TekstKey> = {
  telefoon: 'zaken.contact.kanaal.telefoon',
  brief: 'zaken.contact.kanaal.brief',
  'e-mail': 'zaken.contact.kanaal.email',
  portaal: 'zaken.contact.kanaal.portaal',
  balie: 'zaken.contact.kanaal.balie',
  video: 'zaken.contact.kanaal.video',
};

function Contacten({ contacten }: { contacten: readonly MijnContact[] }) {
  return (
    <section aria-labelledby="contact-kop">
      <Heading level={2} id="contact-kop">
        {t('zaken.contact.titel')}
      </Heading>
      {contacten.length === 0 ? (
        <Paragraph>{t('zaken.contact.leeg')}</Paragraph>
      ) : (
        <Tabel
          bijschrift={t('zaken.contact.tabel')}
          kolommen={[
            t('zaken.contact.wanneer'),
            t('zaken.contact.hoe'),
            t('zaken.contact.waarover'),
            t('zaken.contact.uitkomst'),
          ]}
        >
          {contacten.map((c) => (
            <tr key={c.id} data-contact={c.id}>
              <th scope="row">{datum(c.tijdstip)}</th>
              <td>
                {t(KANAAL[c.kanaal])}
                {c.richting === 'inkomend'
                  ? `, ${t('zaken.contact.inkomend')}`
                  : `, ${t('zaken.contact.uitgaand')}`}
              </td>
              <td>{c.onderwerp}</td>
              <td>{c.uitkomst}</td>
            </tr>
          ))}
        </Tabel>
      )}
    </section>
  );
}

/**
 * When a case will be done, true for its values: the day it closed; or the expected day (issue 20)
 * next to the promised due date, saying so when the expectation is later than the promise; or only
 * the due date, saying so when it has passed.
 */
function wanneerKlaar(z: ZaakMetVerwachting): string {
  if (z.status === 'afgerond' && z.afgerondOp) return t('zaken.klaarOp', { datum: datum(z.afgerondOp) });
  const termijn = datum(z.termijn);
  if (z.verwachtKlaar)
    return t(z.verwachtKlaar > z.termijn ? 'zaken.verwachtLater' : 'zaken.verwachtRond', {
      datum: datum(z.verwachtKlaar),
      termijn,
    });
  return t(z.teLaat ? 'zaken.teLaat' : 'zaken.uiterlijk', { termijn });
}

export function MijnZaken({
  ctx,
  zaken,
  contacten = [],
  bezwaren = [],
}: {
  ctx: PaginaContext;
  zaken: readonly ZaakMetVerwachting[];
  contacten?: readonly MijnContact[];
  /** The objections with their steps (issue 14), shown below the table. */
  bezwaren?: readonly BezwaarOverzicht[];
}) {
  return (
    <Lijstpagina ctx={ctx} titel={t('zaken.titel')} intro={t('zaken.intro')}>
      {zaken.length === 0 ? <Paragraph>{t('zaken.leeg')}</Paragraph> : null}
      {zaken.length === 0 ? null : (
        <Tabel
          bijschrift={t('zaken.tabel')}
          kolommen={[t('zaken.wat'), t('zaken.status'), t('zaken.verwacht')]}
        >
          {zaken.map((z) => (
            <tr key={z.id} data-zaak={z.id}>
              <th scope="row">{t(SOORT[z.soort])}</th>
              <td>{t(STATUS[z.status])}</td>
              <td>{wanneerKlaar(z)}</td>
            </tr>
          ))}
        </Tabel>
      )}
      {zaken.some((z) => z.verwachtKlaar) ? <Paragraph>{t('zaken.verwachtUitleg')}</Paragraph> : null}
      <MijnBezwaren bezwaren={bezwaren} />
      <Contacten contacten={contacten} />
    </Lijstpagina>
  );
}
