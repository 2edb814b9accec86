/**
 * @module
 * Content catalogue: the messages about a change coming up (life events, issue 16) in the citizen
 * portal, in B1 Dutch. Checked by the same B1 lint as the other citizen texts.
 */
export const levensgebeurtenisTeksten = {
  'gebeurtenis.onderwerp.kind-4': 'Uw kind wordt binnenkort 4 jaar',
  'gebeurtenis.onderwerp.kind-12': 'Uw kind wordt binnenkort 12 jaar',
  'gebeurtenis.onderwerp.kind-16': 'Uw kind wordt binnenkort 16 jaar',
  'gebeurtenis.onderwerp.kind-18': 'Uw kind wordt binnenkort 18 jaar',
  'gebeurtenis.onderwerp.opvang-einde': 'De kinderopvang van uw kind stopt binnenkort',
  'gebeurtenis.onderwerp.huur-einde': 'Uw huur stopt binnenkort',
  'gebeurtenis.onderwerp.aow': 'U krijgt binnenkort AOW',
  'gebeurtenis.onderwerp.partner-in': 'Er komt binnenkort iemand bij u wonen',
  'gebeurtenis.onderwerp.partner-uit': 'Er gaat binnenkort iemand bij u weg',
  'gebeurtenis.onderwerp.inkomen-wijziging': 'Uw inkomen verandert binnenkort',
  'gebeurtenis.wanneer.kind': 'Uw kind dat geboren is op {geboren}, wordt op {datum} {leeftijd} jaar.',
  'gebeurtenis.wanneer.aow': 'Op {datum} bereikt u de AOW-leeftijd. Dat is {leeftijd} jaar.',
  'gebeurtenis.wanneer.opvang-einde': 'Volgens onze gegevens stopt de kinderopvang van uw kind op {datum}.',
  'gebeurtenis.wanneer.huur-einde': 'Volgens onze gegevens stopt uw huur op {datum}.',
  'gebeurtenis.wanneer.partner-in': 'Volgens onze gegevens komt er op {datum} iemand bij u wonen.',
  'gebeurtenis.wanneer.partner-uit': 'Volgens onze gegevens gaat er op {datum} iemand bij u weg.',
  'gebeurtenis.wanneer.inkomen-wijziging': 'Volgens onze gegevens verandert uw inkomen op {datum}.',
  'gebeurtenis.dagopvang':
    'Kinderen van {leeftijd} jaar mogen naar de basisschool. Dan stopt de dagopvang meestal. Stopt de dagopvang van uw kind? Geef dat dan op tijd aan ons door.',
  'gebeurtenis.alsDagopvangStopt': 'Stopt de dagopvang op {datum}? Dan verandert dit:',
  'gebeurtenis.perJaar': 'Per jaar krijgt u dan {nieuw} in plaats van {nu}.',
  'gebeurtenis.perMaand': 'Vanaf {maand} krijgt u dan {bedrag} per maand.',
  'gebeurtenis.voorkomen':
    'Geeft u dit op tijd door? Dan hoeft u na het jaar {bedrag} minder terug te betalen.',
  'gebeurtenis.terugNaJaar': 'U moet na het jaar dan waarschijnlijk {bedrag} terugbetalen.',
  'gebeurtenis.terugKlein':
    'U krijgt dan dit jaar {bedrag} te veel. Dat is niet meer dan {grens}. Zo een klein bedrag vragen wij niet terug.',
  'gebeurtenis.extra': 'U krijgt dan {bedrag} meer per jaar.',
  'gebeurtenis.extraNaJaar':
    'U krijgt dan {bedrag} meer. Dit jaar komen er geen betalingen meer. U krijgt het geld na het jaar, als wij uw toeslag definitief berekenen.',
  'gebeurtenis.klein': 'Het bedrag voor het hele jaar verandert dan met minder dan {grens}.',
  'gebeurtenis.gelijk': 'Voor deze toeslag verandert er dan niets.',
  'gebeurtenis.maand': 'In {voor} krijgt u {bedragVoor} per maand. In {na} wordt dat {bedragNa} per maand.',
  'gebeurtenis.alIngerekend': 'Dit zit al in uw voorschot. Hiervoor hoeft u niets door te geven.',
  'gebeurtenis.geenEffect': 'Volgens onze berekening verandert uw toeslag hierdoor niet.',
  'gebeurtenis.nietBerekend':
    'Wij kunnen nog niet uitrekenen wat dit betekent voor uw toeslag in {jaar}. De bedragen voor {jaar} zijn nog niet bekend.',
  'gebeurtenis.nietBerekendDossier':
    'Wij kunnen nu niet uitrekenen wat dit betekent voor uw toeslag. Heeft u vragen? Vraag dan of wij u terugbellen.',
  'gebeurtenis.wat': 'Wat moet u doen?',
  'gebeurtenis.watUitleg':
    'Klopt alles? Laat het ons weten met de knop. Verandert er iets? Geef de wijziging dan door.',
  'gebeurtenis.watUitlegVoorkomen':
    'Klopt alles? Laat het ons weten met de knop. Verandert er iets? Geef de wijziging dan op tijd door. Dan hoeft u na het jaar minder terug te betalen.',
  'gebeurtenis.klopt': 'Dit klopt',
  'gebeurtenis.wijziging': 'Wijziging doorgeven',
  'gebeurtenis.bedankt.titel': 'Bedankt voor uw antwoord',
  'gebeurtenis.bedankt.klopt': 'U liet ons weten dat dit klopt. U hoeft verder niets te doen.',
  'gebeurtenis.bedankt.eerder': 'U gaf al eerder antwoord op dit bericht. Wij bewaren uw eerste antwoord.',
} as const;
