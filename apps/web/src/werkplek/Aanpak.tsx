/**
 * @module
 * "Wat te doen" at the top of a case (issue 17): the recommended next step for its case type, the
 * call-back number and preferred time of a contactverzoek, the exception rules' explanations with
 * their amounts, and the two providers of a conflicting report.
 */
import type { Zaak } from '@regelmaat/zaken';
import { Gegevenslijst } from '../components/Gegevens';
import { Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { euro } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { reden } from './weergave';
import { aanpakVan } from './zaak-aanpak';

const VOORKEUR: Readonly<Record<string, TekstKey>> = {
  ochtend: 'werk.aanpak.voorkeur.ochtend',
  middag: 'werk.aanpak.voorkeur.middag',
};

export function AanpakKaart({ zaak }: { zaak: Zaak }) {
  const a = aanpakVan(zaak);
  return (
    <div className="rm-kaart" data-testid="aanpak">
      <Heading level={3}>{t('werk.aanpak.volgende')}</Heading>
      <Paragraph>{t(a.stap)}</Paragraph>
      {zaak.soort === 'contactverzoek' ? (
        a.terugbellen ? (
          <Gegevenslijst
            rijen={[
              [
                t('werk.aanpak.telefoon'),
                <a href={`tel:${a.terugbellen.telefoon.replace(/[^0-9+]/g, '')}`} data-testid="telefoon">
                  {a.terugbellen.telefoon}
                </a>,
              ],
              [
                t('werk.aanpak.voorkeur'),
                a.terugbellen.voorkeur
                  ? VOORKEUR[a.terugbellen.voorkeur]
                    ? t(VOORKEUR[a.terugbellen.voorkeur]!)
                    : a.terugbellen.voorkeur
                  : t('werk.aanpak.geenVoorkeur'),
              ],
            ]}
          />
        ) : (
          <Paragraph>{t('werk.aanpak.geenTelefoon')}</Paragraph>
        )
      ) : null}
      {a.conflict ? (
        <Gegevenslijst
          rijen={[
            [t('werk.aanpak.houder'), a.conflict.houder],
            [t('werk.aanpak.melder'), a.conflict.melder],
          ]}
        />
      ) : null}
      {a.uitleg.length > 0 ? (
        <>
          <Heading level={3}>{t('werk.aanpak.uitleg')}</Heading>
          <UnorderedList>
            {a.uitleg.map((u) => (
              <ListItem key={u.code}>
                <strong>{reden(u.code).titel}</strong>: {u.toelichting}
                {u.bedrag !== undefined ? ` ${t('werk.aanpak.bedrag', { bedrag: euro(u.bedrag) })}.` : ''}
              </ListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </div>
  );
}
