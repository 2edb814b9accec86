/**
 * @module
 * The citizen's texts about an objection (issue 14), B1: the form, the confirmation, the steps in
 * "Mijn vragen en zaken" and the letters in "Mijn brieven". Checked by the B1 lint with the rest of
 * the citizen catalogue.
 */
export const bezwaarTeksten = {
  'bezwaar.titel': 'Bezwaar maken',
  'bezwaar.intro':
    'Bent u het niet eens met een besluit van ons? Dan kunt u bezwaar maken. Dat betekent: u vraagt ons om opnieuw naar het besluit te kijken.',
  'bezwaar.link': 'Niet eens met dit besluit? Maak bezwaar',
  'bezwaar.geldtVoor': 'Uw bezwaar geldt voor alle besluiten uit de brief van {datum}:',
  'bezwaar.besluit': '{toeslag} {jaar}: {bedrag} per jaar',
  'bezwaar.opTijd': 'Maak uiterlijk op {datum} bezwaar. Dan bent u op tijd.',
  'bezwaar.teLaat':
    'U kon tot en met {datum} bezwaar maken. U kunt het toch nog doen. Schrijf dan ook op waarom u te laat bent. Een medewerker kijkt of wij uw bezwaar toch behandelen.',
  'bezwaar.loopt':
    'U heeft al bezwaar gemaakt tegen deze brief. Wij kregen dat bezwaar op {datum}. U ziet het bij Mijn vragen en zaken.',
  'bezwaar.verrekening.kop': 'Hebben wij geld verrekend?',
  'bezwaar.verrekening':
    'Verrekenen betekent: wij houden geld in van uw toeslag om een schuld bij ons af te lossen. Tegen het verrekenen zelf kunt u geen bezwaar maken. Bent u het niet eens met de schuld? Maak dan bezwaar tegen het besluit waar de schuld uit komt. Kunt u de schuld niet betalen? Vraag dan of wij u terugbellen.',
  'bezwaar.gronden': 'Waarom bent u het niet eens met het besluit?',
  'bezwaar.grondenUitleg':
    'U mag dit ook later sturen. Dan krijgt u een brief met de datum waarop wij uw uitleg uiterlijk moeten hebben.',
  'bezwaar.stukken': 'Stuurt u papieren per post? Schrijf dan hier welke papieren het zijn.',
  'bezwaar.stukkenUitleg': 'Bijvoorbeeld: loonstrook van maart.',
  'bezwaar.bestanden': 'Wilt u bestanden meesturen? Bijvoorbeeld een loonstrook of een brief.',
  'bezwaar.bestandenUitleg':
    'Dit mag een PDF, JPG of PNG zijn. U kunt ten hoogste {aantal} bestanden sturen. Elk bestand mag ten hoogste {mb} MB zijn.',
  'bezwaar.bestandenOpnieuw': 'Kies uw bestanden opnieuw. Wij hebben ze nog niet bewaard.',
  'bezwaar.fout.bestandType': 'Het bestand {naam} is geen PDF, JPG of PNG. Kies een PDF, JPG of PNG.',
  'bezwaar.fout.bestandTeGroot': 'Het bestand {naam} is groter dan {mb} MB. Kies een kleiner bestand.',
  'bezwaar.fout.bestandLeeg': 'Het bestand {naam} is leeg. Kies een ander bestand.',
  'bezwaar.fout.teVeelBestanden': 'U kunt ten hoogste {aantal} bestanden sturen. Kies minder bestanden.',
  'bezwaar.mijn.stukken': 'Bestanden die u meestuurde:',
  'bezwaar.ontvangenStukken': 'Wij hebben {aantal} bestanden van u bewaard.',
  'bezwaar.ontvangenStuk': 'Wij hebben 1 bestand van u bewaard.',
  'bezwaar.telefoon': 'Uw telefoonnummer',
  'bezwaar.telefoonUitleg': 'Wij willen u bellen over uw bezwaar. Dat hoeft niet als u dat niet wilt.',
  'bezwaar.voorkeur': 'Wanneer kunnen wij u het best bellen?',
  'bezwaar.voorkeur.ochtend': 'In de ochtend',
  'bezwaar.voorkeur.middag': 'In de middag',
  'bezwaar.voorkeur.geen': 'Maakt niet uit',
  'bezwaar.knop': 'Bezwaar versturen',
  'bezwaar.fout.telefoon': 'Vul een telefoonnummer in met alleen cijfers. Bijvoorbeeld: 0612345678.',
  'bezwaar.ontvangen': 'Wij hebben uw bezwaar ontvangen',
  'bezwaar.ontvangenTekst': 'Wij hebben uw bezwaar ontvangen op {datum}. Uw kenmerk is {kenmerk}.',
  'bezwaar.ontvangenBrief': 'U krijgt ook een brief. Die staat nu bij Mijn brieven.',
  'bezwaar.ontvangenBeslissen': 'Wij verwachten uiterlijk op {datum} te beslissen.',
  'bezwaar.ontvangenUitleg':
    'Stuur ons uiterlijk op {datum} uw uitleg. Anders kunnen wij uw bezwaar niet behandelen.',
  'bezwaar.ontvangenBellen': 'Een medewerker belt u om uw bezwaar te bespreken.',
  'bezwaar.naarBrief': 'Lees de brief',
  'bezwaar.mijn.kop': 'Uw bezwaren',
  'bezwaar.mijn.titel': 'Uw bezwaar van {datum}',
  'bezwaar.mijn.kenmerk': 'Kenmerk: {kenmerk}.',
  'bezwaar.mijn.stappen': 'Wat is er gebeurd?',
  'bezwaar.mijn.gedaan': 'Gedaan',
  'bezwaar.mijn.nietGedaan': 'Nog niet gedaan',
  'bezwaar.stap.ontvangen': 'Wij hebben uw bezwaar ontvangen op {datum}.',
  'bezwaar.stap.grondenGedaan': 'Wij hebben uw uitleg ontvangen op {datum}.',
  'bezwaar.stap.grondenOpen': 'Wij wachten op uw uitleg. Stuur die uiterlijk op {datum}.',
  'bezwaar.stap.gesprekGedaan': 'Wij hebben u gebeld over uw bezwaar.',
  'bezwaar.stap.gesprekOpen': 'Wij bellen u over uw bezwaar.',
  'bezwaar.stap.hoorzittingGepland':
    'U legt uw bezwaar uit in een gesprek met ons (een hoorzitting). Dat gesprek is op {datum}.',
  'bezwaar.stap.hoorzittingGehouden':
    'Wij hebben met u gepraat in een hoorzitting (een gesprek over uw bezwaar).',
  'bezwaar.stap.hoorzittingOvergeslagen':
    'Er is geen hoorzitting (gesprek over uw bezwaar). De reden: {reden}',
  'bezwaar.stap.hoorzittingOpen':
    'Misschien praten wij met u in een hoorzitting (een gesprek over uw bezwaar).',
  'bezwaar.stap.beslistOp': 'Wij hebben beslist op {datum}: {uitkomst}.',
  'bezwaar.stap.beslissingOpen': 'Wij beslissen over uw bezwaar.',
  'bezwaar.stap.ingetrokken': 'U heeft uw bezwaar ingetrokken. Wij behandelen het niet meer.',
  'bezwaar.uitkomst.gegrond': 'u krijgt gelijk',
  'bezwaar.uitkomst.deels-gegrond': 'u krijgt voor een deel gelijk',
  'bezwaar.uitkomst.ongegrond': 'u krijgt geen gelijk',
  'bezwaar.uitkomst.niet-ontvankelijk': 'wij kunnen uw bezwaar niet behandelen',
  'bezwaar.mijn.verwacht': 'Wij verwachten uiterlijk op {datum} te beslissen.',
  'bezwaar.mijn.adviescommissie':
    'Deze datum is later geworden. Een commissie van deskundigen geeft ons eerst advies over uw bezwaar. De wet geeft ons daarvoor 12 weken in plaats van 6.',
  'bezwaar.mijn.verdaagd': 'Deze datum is later geworden. De reden: {reden}',
  'bezwaar.mijn.grondenAfgewacht': 'Deze datum is later geworden, omdat wij op uw uitleg hebben gewacht.',
  'bezwaar.mijn.tweedeMedewerker': 'Een tweede medewerker kijkt nog naar de beslissing.',
  'bezwaar.mijn.brieven': 'Brieven over dit bezwaar',
  'bezwaar.brieven.kop': 'Brieven over uw bezwaar',
  'bezwaar.brieven.tabel': 'Uw brieven over een bezwaar',
  'bezwaar.brief.ontvangstbevestiging': 'Wij hebben uw bezwaar ontvangen',
  'bezwaar.brief.verdaging': 'Wij hebben meer tijd nodig voor uw bezwaar',
  'bezwaar.brief.beslissing-op-bezwaar': 'Onze beslissing op uw bezwaar',
} as const;
