/**
 * @module
 * Content catalogue, part 3: the citizen portal (/mijn) in B1 Dutch — overview, "Waarom dit
 * bedrag?", reporting a change, call-back, my cases and my processing log. Checked by the same
 * B1 lint as the other citizen texts.
 */
export const portaalTeksten = {
  'site.menu.mijn': 'Mijn toeslagen',
  'portaal.terugOverzicht': 'Terug naar mijn toeslagen',
  'portaal.menu.wijziging': 'Een wijziging doorgeven',
  'portaal.menu.terugbellen': 'Vraag of wij u terugbellen',
  'portaal.menu.zaken': 'Mijn vragen en zaken',
  'portaal.menu.gegevens': 'Wat is er met mijn gegevens gedaan?',
  'portaal.menu.brieven': 'Mijn brieven',
  'portaal.menu.betalingen': 'Mijn betalingen',
  'portaal.menu.terugbetalen': 'Wat moet ik terugbetalen?',
  'portaal.menu.berichten': 'Mijn berichten',

  'foutpagina.ongeldig': 'Dit klopt niet',
  'foutpagina.geweigerd': 'U mag dit niet zien',
  'foutpagina.nietGevonden': 'Wij kunnen dit niet vinden',
  'foutpagina.nietGevondenTekst': 'Misschien is de link oud. Of er zit een typfout in het adres.',
  'foutpagina.conflict': 'Dit kan nu niet',
  'foutpagina.onverwerkbaar': 'Dit kunnen wij niet verwerken',

  // Overview
  'overzicht.titel': 'Mijn toeslagen',
  'overzicht.intro': 'Dit zijn uw toeslagen voor {jaar}. Zo staat het op {vandaag}.',
  'overzicht.leeg': 'U heeft nog geen toeslag.',
  'overzicht.leegUitleg': 'Wilt u weten of u een toeslag kunt krijgen? Doe dan eerst een proefberekening.',
  'overzicht.gewijzigd': 'Wij hebben uw wijziging verwerkt. Hieronder ziet u de nieuwe bedragen.',
  'overzicht.partnerOpgegeven':
    'Wij hebben genoteerd dat u een partner heeft doorgegeven. Wij controleren eerst of deze persoon echt bij u woont. Dat doen wij met de gegevens van de gemeente. Tot die controle klaar is, rekenen wij niet met deze partner. Uw bedragen blijven dus hetzelfde. U ziet geen gegevens van deze persoon. De controle staat bij Mijn zaken.',
  'overzicht.gewijzigdBeoordeling':
    'Wij hebben uw wijziging ontvangen. Voor een toeslag geldt een besluit dat speciaal voor u is genomen. Een medewerker bekijkt uw wijziging. Tot dan blijft dat bedrag hetzelfde.',
  'overzicht.dezeMaand': 'Deze maand',
  'overzicht.betaald': 'Al betaald dit jaar',
  'overzicht.volgende': 'Volgende betaling',
  'overzicht.volgendeTekst': '{bedrag} rond {datum} (voor {maand})',
  'overzicht.perJaar': 'Voor het hele jaar',
  'overzicht.definitief': 'Definitief bedrag voor het jaar',
  'overzicht.geenBedrag': 'U krijgt nu geen geld voor deze toeslag.',
  'overzicht.naWijziging': 'Dit bedrag is aangepast na een wijziging die u heeft doorgegeven.',
  'overzicht.naMaatwerk': 'Een medewerker heeft dit bedrag speciaal voor uw situatie vastgesteld.',

  // Why this amount
  'waarom.titel': 'Waarom krijgt u dit bedrag? {toeslag}',
  'waarom.jaar': 'Bedrag voor {jaar}',
  'waarom.perMaand': 'Per maand',
  'waarom.besluitVan': 'Besluit van',
  'waarom.naWijziging': 'Wij hebben dit bedrag opnieuw berekend na een wijziging die u heeft doorgegeven.',
  'waarom.maatwerk':
    'Een medewerker heeft voor u een besluit op maat genomen. Daarom krijgt u een ander bedrag. Hieronder ziet u wat de normale regels geven.',
  'waarom.ontbrekend':
    'Een paar gegevens hadden wij niet. Wij zijn daarom uitgegaan van een gewone situatie:',
  'waarom.ontbreektInkomen': 'Uw inkomen voor dit jaar.',
  'waarom.ontbreektInkomenAnder': 'Het inkomen van iemand in uw huishouden.',
  'waarom.ontbreektAnders': 'Een ander gegeven over uw situatie.',
  'waarom.stappen': 'Zo hebben wij het berekend',
  'waarom.stappenUitleg':
    'Elke stap zegt wat wij hebben gedaan. Bij elke stap staat een link naar de wet. Klik op een stap om meer te zien.',
  'waarom.geenUitleg': 'Wij kunnen de berekening nu niet laten zien. Bel ons als u wilt weten hoe het zit.',
  'waarom.regels': 'Met welke regels?',
  'waarom.regels.bewaard':
    'Wij hebben dit bedrag berekend met de regels van versie {versie}. De stappen hierboven gebruiken dezelfde regels.',
  'waarom.regels.vanaf': 'De bedragen en percentages uit deze regels gelden vanaf {datum}.',
  'waarom.regels.vanafDatums':
    'Elk bedrag en percentage uit deze regels geldt vanaf een vaste datum. Hier zijn dat {datums}.',
  'waarom.regels.anders':
    'Wij rekenen nu met een andere versie van de regels. Voor dit besluit blijven de regels van toen gelden.',
  'waarom.regels.nietBewaard':
    'Wij hebben dit bedrag berekend met de regels die toen golden (versie {versie}). Die regels hebben wij niet bewaard. Daarom kunnen wij de stappen niet laten zien.',
  'waarom.regels.onleesbaar':
    'Wij hebben dit bedrag berekend met de regels van versie {versie}. Die regels kunnen wij nu niet openen. Daarom kunnen wij de stappen niet laten zien.',
  'waarom.invoerAnders':
    'Let op: uw gegevens van toen zien er nu anders uit dan toen wij besloten. De stappen kunnen daarom afwijken. Bel ons als u vragen heeft.',

  // Report a change
  'wijziging.titel': 'Een wijziging doorgeven',
  'wijziging.intro':
    'Is er iets veranderd? Geef het zo snel mogelijk door. Dan krijgt u het goede bedrag. En hoeft u later minder of niets terug te betalen.',
  'wijziging.kies': 'Wat is er veranderd?',
  'wijziging.verder': 'Verder',
  'wijziging.soort.inkomen': 'Mijn inkomen is anders',
  'wijziging.soort.huur': 'Mijn huur is anders',
  'wijziging.soort.verhuizing': 'Ik ga verhuizen',
  'wijziging.soort.kinderopvang': 'De uren kinderopvang zijn anders',
  'wijziging.soort.partner': 'Ik heb een nieuwe partner',
  'wijziging.formulierIntro':
    'Vul de nieuwe gegevens in. Eerst laten wij zien wat er verandert. Daarna kiest u of u het doorgeeft.',
  'wijziging.bekijk': 'Bekijk wat er verandert',
  'wijziging.andere': 'Iets anders doorgeven',
  'wijziging.persoon': 'Van wie is het inkomen anders?',
  'wijziging.persoonIk': 'Van mij',
  'wijziging.persoonPartner': 'Van mijn partner',
  'wijziging.inkomen': 'Nieuw inkomen voor dit hele jaar',
  'wijziging.inkomenUitleg': 'Het inkomen voor de belasting. Een schatting is goed. Bijvoorbeeld 32000.',
  'wijziging.vanaf': 'Vanaf welke datum?',
  'wijziging.vanafUitleg': 'Bijvoorbeeld 01-05-2026.',
  'wijziging.verhuisdatum': 'Datum van de verhuizing',
  'wijziging.woonplaats': 'Nieuwe woonplaats',
  'wijziging.nieuweHuur': 'Kale huur per maand in uw nieuwe huis',
  'wijziging.nieuweHuurUitleg': 'Vul dit alleen in als u het nieuwe huis huurt. Bijvoorbeeld 640.',
  'wijziging.kind': 'Voor welk kind?',
  'wijziging.kindUitleg': 'Wij hebben geen namen van kinderen. Daarom ziet u de geboortedatum.',
  'wijziging.kindKeuze': 'Kind geboren op {datum}',
  'wijziging.kindNummer': '(kind {nummer})',
  'wijziging.kindOpvangNu': '(nu {uren} uur opvang per maand)',
  'wijziging.geenKinderen': 'Wij kennen geen kinderen in uw huishouden.',
  'wijziging.geenKinderenUitleg':
    'Daarom kunt u hier geen uren kinderopvang doorgeven. Klopt dit niet? Vraag dan of wij u terugbellen.',
  'wijziging.uren': 'Uren kinderopvang per maand',
  'wijziging.uurprijs': 'Prijs per uur',
  'wijziging.uurprijsUitleg': 'Alleen invullen als de prijs anders is. Bijvoorbeeld 11,60.',
  'wijziging.samenVanaf': 'Vanaf welke datum woont u samen?',
  'wijziging.partnerBsn': 'BSN van uw toeslagpartner',
  'wijziging.partnerBsnUitleg': 'Het BSN van uw toeslagpartner heeft 9 cijfers.',
  'wijziging.fout.partnerBsn':
    'Het BSN van uw toeslagpartner klopt niet. Een BSN heeft 9 cijfers. Kijk of u het goed heeft overgenomen.',
  // The fields of the change forms as errors name them ("Vul {wat} in.")
  'wijziging.veld.bedrag': 'uw nieuwe inkomen',
  'wijziging.veld.bedragPartner': 'het nieuwe inkomen van uw partner',
  'wijziging.veld.vanaf': 'de datum vanaf wanneer het anders is',
  'wijziging.veld.verhuisdatum': 'de datum van de verhuizing',
  'wijziging.veld.samenVanaf': 'de datum vanaf wanneer u samenwoont',
  'wijziging.veld.woonplaats': 'uw nieuwe woonplaats',
  'wijziging.veld.kaleHuur': 'de kale huur',
  'wijziging.veld.servicekosten': 'de servicekosten',
  'wijziging.veld.uren': 'de uren kinderopvang per maand',
  'wijziging.veld.uurprijs': 'de prijs per uur',
  'wijziging.veld.bsn': 'het BSN van uw toeslagpartner',
  'wijziging.veld.geboortedatum': 'de geboortedatum van uw toeslagpartner',
  'wijziging.veld.inkomen': 'het inkomen van uw toeslagpartner',
  'wijziging.fout.kind': 'Kies het kind.',
  'wijziging.fout.huurBijServicekosten': 'Vul ook de kale huur in.',
  'wijziging.voorbeeldTitel': 'Dit verandert er',
  'wijziging.voorbeeldIntro': 'U heeft nog niets doorgegeven. Klopt dit? Kies dan Doorgeven.',
  'wijziging.geenEffect': 'Uw toeslagen blijven hetzelfde.',
  'wijziging.nieuwPerMaand': 'Nieuw: {bedrag} per maand vanaf {maand}',
  'wijziging.geenMaandMeer': 'Dit jaar komen er geen betalingen meer.',
  'wijziging.nuPerMaand': 'Nu krijgt u {bedrag} per maand.',
  'wijziging.perJaar': 'Voor het hele jaar: nu {nu}, straks {nieuw}.',
  'wijziging.voorkomen': 'Door dit nu door te geven, hoeft u na het jaar {bedrag} minder terug te betalen.',
  'wijziging.terugNaJaar':
    'U kreeg dit jaar al meer dan u nu krijgt. Na het jaar berekenen wij uw toeslag definitief. U moet dan waarschijnlijk {bedrag} terugbetalen.',
  'wijziging.extra': 'U krijgt {bedrag} meer. Dat krijgt u verdeeld over de maanden die nog komen.',
  'wijziging.extraNaJaar':
    'U krijgt {bedrag} meer. Dit jaar komen er geen betalingen meer. U krijgt het geld na het jaar, als wij uw toeslag definitief berekenen.',
  'wijziging.gelijk': 'Voor deze toeslag verandert er niets.',
  'wijziging.terugKlein':
    'U kreeg dit jaar {bedrag} te veel. Dat is niet meer dan {grens}. Zo een klein bedrag vragen wij niet terug.',
  'wijziging.klein': 'Voor deze toeslag verandert het bedrag voor het hele jaar met minder dan {grens}.',
  'wijziging.partnerControle':
    'Deze persoon woont volgens de gegevens van de gemeente nog niet bij u. Daarom controleren wij dit eerst. Tot die controle klaar is, rekenen wij niet met deze partner. Uw bedragen veranderen dan nog niet. U ziet geen gegevens van deze persoon.',
  'wijziging.maatwerk':
    'Voor deze toeslag geldt een besluit dat een medewerker speciaal voor u heeft genomen. Dat bedrag blijft voorlopig hetzelfde.',
  'wijziging.maatwerkNieuw':
    'Volgens de gewone regels wordt het {bedrag} per jaar. Een medewerker bekijkt uw wijziging en neemt een nieuw besluit. U hoort binnen 8 weken van ons.',
  'wijziging.bevestig': 'Doorgeven',
  'wijziging.aanpassen': 'Gegevens aanpassen',

  // Call-back
  'terugbellen.titel': 'Vraag of wij u terugbellen',
  'terugbellen.intro': 'Heeft u een vraag? Laat uw telefoonnummer achter. Wij bellen u binnen 5 dagen.',
  'terugbellen.onderwerp': 'Waar gaat uw vraag over?',
  'terugbellen.onderwerpUitleg': 'Een paar woorden is genoeg. Bijvoorbeeld: mijn huurtoeslag.',
  'terugbellen.telefoon': 'Uw telefoonnummer',
  'terugbellen.telefoonUitleg': 'Bijvoorbeeld 06 12345678.',
  'terugbellen.voorkeur': 'Wanneer kunnen wij u het beste bellen?',
  'terugbellen.voorkeur.ochtend': 'In de ochtend',
  'terugbellen.voorkeur.middag': 'In de middag',
  'terugbellen.voorkeur.geen': 'Dat maakt niet uit',
  'terugbellen.knop': 'Bel mij terug',
  'terugbellen.veld.onderwerp': 'het onderwerp van uw vraag',
  'terugbellen.veld.telefoon': 'uw telefoonnummer',
  'terugbellen.fout.telefoon': 'Vul een telefoonnummer in met 10 cijfers, zoals 06 12345678.',
  'terugbellen.ontvangen': 'Wij bellen u terug',
  'terugbellen.ontvangenTekst': 'Wij hebben uw vraag gekregen. Wij bellen u uiterlijk op {datum}.',

  // My letters
  // Messages (issue 16): what a partner reported and what it changed.
  'berichten.titel': 'Mijn berichten',
  'berichten.intro': 'Hier staan berichten over uw toeslagen. Het nieuwste bericht staat bovenaan.',
  'berichten.leeg': 'U heeft nog geen berichten.',
  'berichten.tabel': 'Uw berichten',
  'berichten.datum': 'Datum',
  'berichten.onderwerp': 'Waar gaat het bericht over?',
  'berichten.status': 'Gelezen?',
  'berichten.nieuw': 'Nieuw',
  'berichten.gelezen': 'Gelezen',
  'berichten.terug': 'Terug naar mijn berichten',
  'bericht.uitschrijving.onderwerp': 'Uw kinderopvang heeft uw kind uitgeschreven',
  'bericht.uitschrijving.wie':
    '{aanbieder} heeft ons laten weten dat de opvang van uw kind stopt op {datum}.',
  'bericht.kind': 'Het gaat om uw kind dat geboren is op {datum}.',
  'bericht.uitschrijving.vanaf':
    'Vanaf {maand} telt deze opvang niet meer mee voor uw kinderopvangtoeslag. Wij hebben uw voorschot al aangepast.',
  'bericht.uitschrijving.vanafVolgendJaar':
    'Na {jaar} telt deze opvang niet meer mee voor uw kinderopvangtoeslag.',
  'bericht.perJaar': 'Per jaar: eerst {nu}, nu {nieuw}.',
  'bericht.perMaand': 'Vanaf {maand} krijgt u {bedrag} per maand.',
  'bericht.terugNaJaar':
    'U kreeg dit jaar al meer dan u nu krijgt. U moet na het jaar waarschijnlijk {bedrag} terugbetalen.',
  'bericht.maatwerk':
    'Voor deze toeslag geldt een besluit op maat. Dat bedrag blijft voorlopig. Een medewerker kijkt opnieuw naar uw situatie.',
  'bericht.geenEffect': 'Uw toeslagen blijven hetzelfde.',
  'bericht.brief': 'U krijgt hierover ook een brief. U vindt die bij Mijn brieven.',
  'bericht.klopt': 'Klopt dit niet?',
  'bericht.kloptNietUitleg':
    'Geef dan door hoe het wel zit. Dan rekenen wij uw toeslag opnieuw uit. U kunt ook vragen of wij u terugbellen.',
  'bericht.wijziging': 'Een wijziging doorgeven',
  'bericht.terugbellen': 'Vraag of wij u terugbellen',
  'bericht.afwijking.onderwerp': 'Uw kinderopvang gaf andere gegevens door dan u',
  'bericht.afwijking.wie':
    '{aanbieder} gaf ons gegevens over de opvang van uw kind in {jaar}. Die zijn anders dan wat u ons gaf.',
  'bericht.afwijking.maand': '{maand}: u gaf {ouder} door, de opvang {aanbieder}.',
  'bericht.afwijking.uurprijs': 'Prijs per uur: u gaf {ouder} door, de opvang {aanbieder}.',
  'bericht.afwijking.eindeOpen':
    'De opvang zegt dat de opvang stopt op {datum}. U gaf later door dat de opvang doorgaat.',
  'bericht.afwijking.einde':
    'De opvang zegt dat de opvang stopt op {datum}. U gaf later door dat die stopt op {ouder}.',
  'bericht.afwijking.niets':
    'Wij hebben niets aan uw toeslag veranderd. Een medewerker zoekt uit wat klopt. Als dat nodig is, nemen wij contact met u op.',
  'bericht.afwijking.klopt': 'Heeft de opvang gelijk? Geef dan de juiste uren of prijs aan ons door.',
  'bericht.partner.voorkomen':
    'Omdat wij dit nu weten, hoeft u na het jaar {bedrag} minder terug te betalen.',
  'bericht.huur.onderwerp': 'Uw verhuurder gaf een nieuwe huur door',
  'bericht.huur.wie':
    '{verhuurder} heeft ons laten weten dat uw kale huur vanaf {datum} {nieuw} per maand is. Eerst was dat {oud}.',
  'bericht.huur.service': 'Uw servicekosten zijn vanaf dan {nieuw} per maand. Eerst was dat {oud}.',
  'bericht.huur.opnieuw': 'Daarom hebben wij uw toeslag opnieuw berekend.',
  'bericht.huur.klopt':
    'Geef dan door wat uw huur wel is. Dan rekenen wij uw toeslag opnieuw uit. U kunt ook vragen of wij u terugbellen.',
  'bericht.huurAfwijking.onderwerp': 'Uw verhuurder gaf een andere huur door dan u',
  'bericht.huurAfwijking.wie':
    '{verhuurder} heeft ons laten weten dat uw kale huur vanaf {datum} {gemeld} per maand is.',
  'bericht.huurAfwijking.burger': 'U gaf ons door dat uw kale huur dan {burger} per maand is.',
  'bericht.huurAfwijking.geenHuur': 'U gaf ons voor die datum geen huur door.',
  'bericht.huurAfwijking.klopt': 'Heeft uw verhuurder gelijk? Geef dan de juiste huur aan ons door.',
  'bericht.verzekering.onderwerp': 'Uw zorgverzekeraar gaf een wijziging door',
  'bericht.verzekering.einde':
    '{zorgverzekeraar} heeft ons laten weten dat u tot en met {datum} bij hen verzekerd bent.',
  'bericht.verzekering.eindePartner':
    '{zorgverzekeraar} heeft ons laten weten dat uw toeslagpartner tot en met {datum} bij hen verzekerd is.',
  'bericht.verzekering.begin':
    '{zorgverzekeraar} heeft ons laten weten dat u vanaf {datum} bij hen verzekerd bent.',
  'bericht.verzekering.beginPartner':
    '{zorgverzekeraar} heeft ons laten weten dat uw toeslagpartner vanaf {datum} bij hen verzekerd is.',
  'bericht.verzekering.gevolgEinde':
    'Heeft u daarna geen andere zorgverzekering? Dan heeft u vanaf {maand} geen recht op zorgtoeslag.',
  'bericht.verzekering.gevolgEindePartner':
    'Heeft uw toeslagpartner daarna geen andere zorgverzekering? Dan krijgt u vanaf {maand} de helft van de zorgtoeslag.',
  'bericht.verzekering.gevolgBegin':
    'Met een zorgverzekering kunt u vanaf {maand} recht hebben op zorgtoeslag.',
  'bericht.verzekering.gevolgBeginPartner':
    'Vanaf {maand} telt de zorgverzekering van uw toeslagpartner mee voor uw zorgtoeslag.',
  'bericht.verzekering.medewerker':
    'Een medewerker past uw zorgtoeslag aan. Verandert uw zorgtoeslag? Dan krijgt u daarover een brief.',
  'bericht.verzekering.klopt':
    'Neem dan contact op met uw zorgverzekeraar. U kunt ook vragen of wij u terugbellen.',
  'betalingen.titel': 'Mijn betalingen',
  'betalingen.intro':
    'Hier ziet u wat wij u dit jaar betaalden en wat wij nog gaan betalen. Wij betalen het voorschot voor een maand rond de 20e van de maand ervoor.',
  'betalingen.leeg': 'Wij hebben u dit jaar niets betaald en er staan geen betalingen gepland.',
  'betalingen.betaaldKop': 'Betaald',
  'betalingen.geplandKop': 'Nog te betalen',
  'betalingen.nogNiets': 'Wij hebben u dit jaar nog niets betaald.',
  'betalingen.geenGepland': 'Er staan voor {jaar} geen betalingen meer gepland.',
  'betalingen.betaaldTabel': 'Betalingen in {jaar} die wij al deden',
  'betalingen.geplandTabel': 'Betalingen in {jaar} die nog komen',
  'betalingen.datum': 'Datum',
  'betalingen.toeslag': 'Toeslag',
  'betalingen.waarvoor': 'Waarvoor',
  'betalingen.bedrag': 'Bedrag',
  'betalingen.rond': 'rond {datum}',
  'betalingen.voorschot': 'voorschot voor {maand}',
  'betalingen.nabetaling': 'nabetaling na de definitieve berekening',
  'betalingen.somBetaald': 'Samen betaald: {bedrag}.',
  'betalingen.somBetaaldVerrekend':
    'Samen: {bedrag}. Daarvan hielden wij {verrekend} in voor wat u moet terugbetalen (zie hieronder). Op uw rekening kreeg u dus {netto}.',
  'betalingen.verrekendKop': 'Ingehouden voor wat u moet terugbetalen',
  'betalingen.verrekendIntro':
    'Wij hielden een deel van uw toeslag in, omdat u ons geld moest terugbetalen. Dat deel kreeg u niet op uw rekening. Het ging naar uw terugbetaling. Dit heet verrekenen.',
  'betalingen.verrekendTabel': 'Verrekend met uw toeslag in {jaar}',
  'betalingen.verrekendVan': 'Van uw toeslag voor',
  'betalingen.verrekendVoor': 'Naar',
  'betalingen.verrekendMaand': '{maand}',
  'betalingen.verrekendVordering': 'uw terugbetaling van {naamInZin} over {jaar}',
  'betalingen.somVerrekend': 'Samen verrekend: {bedrag}.',
  'betalingen.verrekendLink': 'Bekijk wat u nog moet terugbetalen',
  'betalingen.somGepland': 'Samen nog te betalen: {bedrag}.',
  'betalingen.geplandUitleg':
    'Verandert er iets in uw situatie? Dan kan het bedrag veranderen. Geef een wijziging zo snel mogelijk door.',
  'brieven.titel': 'Mijn brieven',
  'brieven.intro': 'Hier staan de brieven over uw toeslagen. De nieuwste brief staat bovenaan.',
  'brieven.leeg': 'Wij hebben u nog geen brieven over toeslagen gestuurd.',
  'brieven.tabel': 'Uw brieven',
  'brieven.datum': 'Datum',
  'brieven.onderwerp': 'Waar gaat de brief over?',
  'brieven.pdf': 'Als PDF',
  'brieven.pdfLink': 'Download als PDF',
  'brief.pdf': 'Download deze brief als PDF',
  'brief.terug': 'Terug naar Mijn brieven',

  // My cases
  'zaken.titel': 'Mijn vragen en zaken',
  'zaken.intro': 'Hier ziet u waar wij voor u mee bezig zijn. En wanneer wij verwachten klaar te zijn.',
  'zaken.leeg': 'Wij zijn nu nergens voor u mee bezig.',
  'zaken.tabel': 'Uw vragen en zaken',
  'zaken.wat': 'Waar gaat het over?',
  'zaken.status': 'Hoe staat het ervoor?',
  'zaken.verwacht': 'Wanneer klaar?',
  'zaken.verwachtRond': 'Verwacht rond {datum}. Uiterlijk {termijn}.',
  'zaken.verwachtLater': 'Verwacht rond {datum}. Dat is later dan wij beloofden ({termijn}). Het spijt ons.',
  'zaken.uiterlijk': 'Uiterlijk {termijn}.',
  'zaken.teLaat': 'Dit had klaar moeten zijn op {termijn}. Het duurt langer. Het spijt ons.',
  'zaken.verwachtUitleg':
    'Wij schatten de datum met het aantal zaken dat vóór de uwe ligt en het aantal medewerkers. Het is een schatting, geen belofte.',
  'zaken.klaarOp': 'Klaar sinds {datum}',
  'zaken.contact.titel': 'Contact met ons',
  'zaken.contact.leeg': 'Er is nog geen contact met u opgeschreven.',
  'zaken.contact.tabel': 'Contact dat wij met u hadden, het nieuwste eerst',
  'zaken.contact.wanneer': 'Wanneer',
  'zaken.contact.hoe': 'Hoe',
  'zaken.contact.waarover': 'Waarover',
  'zaken.contact.uitkomst': 'Wat is er afgesproken?',
  'zaken.contact.inkomend': 'u nam contact op',
  'zaken.contact.uitgaand': 'wij namen contact op',
  'zaken.contact.kanaal.telefoon': 'Telefoon',
  'zaken.contact.kanaal.brief': 'Brief',
  'zaken.contact.kanaal.email': 'E-mail',
  'zaken.contact.kanaal.portaal': 'Mijn toeslagen',
  'zaken.contact.kanaal.balie': 'Aan de balie',
  'zaken.contact.kanaal.video': 'Videobellen',
  'zaken.status.open': 'Ontvangen. Wij gaan ermee aan de slag.',
  'zaken.status.inBehandeling': 'Een medewerker is ermee bezig.',
  'zaken.status.wacht': 'Een tweede medewerker kijkt ernaar.',
  'zaken.status.afgerond': 'Klaar.',
  'zaken.soort.controle': 'Wij controleren uw gegevens',
  'zaken.soort.maatwerk': 'Uw vraag om een oplossing op maat',
  'zaken.soort.terugvordering': 'Uw reactie voordat u geld terug moet betalen',
  'zaken.soort.contact': 'Uw vraag om teruggebeld te worden',
  'zaken.soort.partner': 'Wij controleren de partner die u heeft doorgegeven',
  'zaken.soort.partnerConflict': 'Wij controleren de uren van uw kinderopvang',
  'zaken.soort.kotTabel': 'Wij controleren het percentage van uw kinderopvangtoeslag',
  'zaken.soort.bezwaar': 'Uw bezwaar',
  'zaken.soort.opvangAfwijking': 'Wij vergelijken uw opvanguren met die van de kinderopvang',
  'zaken.soort.partnerAfwijking': 'Wij kijken naar een melding van uw verhuurder of zorgverzekeraar',
  'zaken.soort.begeleiding': 'Uw persoonlijk begeleider helpt u met terugbetalen',

  // Processing log
  'gegevens.titel': 'Wat is er met mijn gegevens gedaan?',
  'gegevens.intro':
    'Hier ziet u wanneer wij uw gegevens hebben gebruikt, waarvoor en wie. Wij noemen geen namen van medewerkers, wel wat voor medewerker het was. Ook dat u deze pagina bekijkt, schrijven wij op.',
  'gegevens.groep':
    'Per maand zetten wij hetzelfde gebruik bij elkaar. U ziet hoe vaak het was en wanneer het laatst.',
  'gegevens.wie': 'Wie',
  'gegevens.hoeVaak': 'Hoe vaak',
  'gegevens.laatst': 'laatst op {moment}',
  'gegevens.keer': '{aantal} keer',
  'gegevens.keerEen': '1 keer',
  'gegevens.pagina': 'Pagina {pagina} van {van}',
  'gegevens.vorige': 'Nieuwer gebruik',
  'gegevens.volgende': 'Ouder gebruik',
  'gegevens.paginering': 'Pagina’s met uw gegevens',
  'gegevens.leeg': 'Wij hebben uw gegevens nog niet gebruikt.',
  'gegevens.tabel': 'Wanneer wij uw gegevens gebruikten',
  'gegevens.wanneer': 'Maand',
  'gegevens.wat': 'Wat',
  'gegevens.waarom': 'Waarom',
  'gegevens.wet': 'Welke wet',

  // Recovery (issue 15): "Wat moet ik terugbetalen?"
  'terugbetalen.titel': 'Wat moet ik terugbetalen?',
  'terugbetalen.open': 'U moet nog {bedrag} terugbetalen.',
  'terugbetalen.klaar': 'U hoeft niets meer terug te betalen. U heeft alles betaald.',
  'terugbetalen.niets': 'U hoeft niets terug te betalen.',
  'terugbetalen.kop': '{naam} over {jaar}',
  'terugbetalen.waarom':
    'U kreeg over {jaar} te veel {naamInZin}. Dat zagen wij bij de definitieve berekening. Daarom vragen wij {bedrag} terug.',
  'terugbetalen.brief': 'Lees de brief met de berekening',
  'terugbetalen.saldo': 'Nog te betalen: {bedrag}.',
  'terugbetalen.saldoNul': 'Dit bedrag heeft u helemaal betaald.',
  'terugbetalen.termijn': 'Betaal dit uiterlijk op {datum}. Dat is 6 weken na de datum van de brief.',
  'terugbetalen.termijnVoorbij':
    'U moest dit uiterlijk op {datum} betalen. Die dag is voorbij. Betaal het daarom zo snel mogelijk.',
  'terugbetalen.tabel': 'Wat er is gebeurd met {naamInZin} over {jaar}',
  'terugbetalen.datum': 'Datum',
  'terugbetalen.wat': 'Wat',
  'terugbetalen.bedrag': 'Bedrag',
  'terugbetalen.soort.vordering': 'Wij vragen dit terug',
  'terugbetalen.soort.betaling': 'U heeft betaald',
  'terugbetalen.soort.verrekening': 'Wij hielden dit in op een toeslag',
  'terugbetalen.soort.vermindering': 'Wij vragen minder terug',
  'terugbetalen.soort.rente': 'Rente',
  'terugbetalen.zin.verrekening': 'Wij hielden dit in op uw toeslag voor {maand}.',
  'terugbetalen.zin.rente': 'Rente over {maand}, omdat u na {datum} nog niet alles had betaald.',
  'terugbetalen.herinneringen': 'Brieven over betalen',
  'terugbetalen.herinnering':
    'Op {datum} stuurden wij u een herinnering. U moest toen nog {bedrag} betalen. Betaal vóór {termijn}, of spreek een regeling met ons af.',
  'terugbetalen.herinneringRegeling':
    'Op {datum} stuurden wij u een herinnering. U had {bedrag} van uw betalingsregeling nog niet betaald. Betaal dit uiterlijk {termijn}. Anders stopt uw betalingsregeling en moet u alles in één keer betalen.',
  'terugbetalen.herinneringRegelingBegeleider':
    'Op {datum} stuurden wij u een herinnering. U had {bedrag} van uw betalingsregeling nog niet betaald. Betaal dit uiterlijk {termijn}. Uw persoonlijk begeleider neemt contact met u op om te kijken wat u kunt betalen.',
  'terugbetalen.aanmaning':
    'Op {datum} stuurden wij u een aanmaning. U moest toen nog {bedrag} betalen. Betaal vóór {termijn}. Kunt u dat niet? Bel ons, dan zoeken wij samen een oplossing.',
  'terugbetalen.begeleider.kop': 'Uw persoonlijk begeleider',
  'terugbetalen.begeleider.wie':
    '{naam} is uw persoonlijk begeleider. Uw begeleider helpt u met terugbetalen.',
  'terugbetalen.begeleider.volgend': 'Uw begeleider belt u rond {datum}.',
  'terugbetalen.begeleider.geenGesprek': 'Er is nu geen gesprek met uw begeleider gepland.',
  'terugbetalen.begeleider.eerder': 'Wilt u eerder praten? Vraag dan om een gesprek en noem de naam {naam}.',
  'terugbetalen.betalen': 'Betalen',
  'terugbetalen.simulatie': 'Dit is een oefenomgeving. Er gaat geen echt geld over.',
  'terugbetalen.veld.bedrag': 'Hoeveel betaalt u nu?',
  'terugbetalen.veld.uitleg': 'In euro. U mag ook een deel betalen.',
  'terugbetalen.knop': 'Betaal',
  'terugbetalen.betaald': 'Wij hebben uw betaling ontvangen. Hieronder ziet u wat u nog moet betalen.',
  'terugbetalen.teKlein': 'Vul een bedrag in dat hoger is dan € 0.',
  'terugbetalen.teVeel': 'Dit bedrag is hoger dan wat u nog moet terugbetalen.',
  'terugbetalen.delen':
    'Kunt u niet alles in één keer betalen? Vraag dan of wij u terugbellen. Dan zoeken wij samen een oplossing.',
  'terugbetalen.nabetalingen': 'Wat hebben wij u nog betaald?',
  'terugbetalen.nabetalingenIntro':
    'Bij de definitieve berekening kreeg u nog geld van ons. Dat hebben wij op uw rekening gezet.',
  'terugbetalen.nabetalingTabel': 'Betaald na de definitieve berekening',
  'terugbetalen.toeslag': 'Toeslag',
  'terugbetalen.betaaldOp': 'Betaald op',
  // Payment plans (issue 15): the options with previews, the personal plan, the plan's standing.
  'regeling.opties': 'Hoe kunt u betalen?',
  'regeling.optiesIntro':
    'U kunt alles in één keer betalen. U kunt ook in delen betalen, met een betalingsregeling.',
  'regeling.standaard': 'In {termijnen} maanden betalen',
  'regeling.standaardUitleg':
    'U betaalt {termijnen} keer. Elke maand {bedrag}. De laatste keer is dat {laatste}. U begint in {maand}.',
  'regeling.standaardKnop': 'Kies deze regeling',
  'regeling.persoonlijk': 'Minder per maand betalen',
  'regeling.persoonlijkUitleg':
    'Is {bedrag} per maand te veel voor u? Dan rekenen wij uit wat u wel kunt betalen. U ziet eerst wat het wordt. Pas daarna kiest u.',
  'regeling.persoonlijkZonderStandaard':
    'Kunt u dit niet in één keer betalen? Dan rekenen wij uit wat u per maand kunt betalen. U ziet eerst wat het wordt. Pas daarna kiest u.',
  'regeling.persoonlijkLink': 'Reken uit wat ik per maand kan betalen',
  'regeling.loopt': 'U betaalt met een betalingsregeling',
  'regeling.looptUitleg':
    'U betaalt {termijnen} keer. Elke maand {bedrag}. U begint in {eerste}. De laatste keer is in {laatste}.',
  'regeling.geenTermijnen': 'U hoeft nu niets te betalen. U had geen geld over om terug te betalen.',
  'regeling.rest':
    'Na de laatste keer staat er nog {rest} open. Wij doen dan niets om dat bedrag bij u te halen.',
  'regeling.vervallen': 'Uw betalingsregeling is gestopt',
  'regeling.vervallenUitleg':
    'U betaalde niet alle maanden van uw regeling. Wij stuurden u een herinnering. Daarin stond dat u uiterlijk {termijn} in totaal {verschuldigd} betaald moest hebben. Op {datum} ontbrak daarvan nog {gemist}. Daarom is uw regeling op {datum} gestopt.',
  'regeling.vervallenNu':
    'U moet nu alles wat nog openstaat in één keer betalen. Wij vroegen u dat uiterlijk {uiterlijk} te doen. Lukt dat niet? Bel ons, dan kijken wij samen wat u wel kunt betalen.',
  'regeling.opSchema': 'U betaalt op tijd. Tot nu toe heeft u {betaald} betaald.',
  'regeling.achter': 'U loopt achter. U moet nog {bedrag} betalen van de maanden die voorbij zijn.',
  'regeling.klaar': 'U heeft alles van de regeling betaald.',
  'regeling.gekozen': 'U heeft een betalingsregeling. Hieronder ziet u wat u per maand betaalt.',
  // The personal plan's page: income and fixed costs, then the preview.
  'regeling.titel': 'Wat kunt u per maand betalen?',
  'regeling.intro':
    'Vul in wat u per maand krijgt en wat u per maand vast betaalt. Wij rekenen dan uit wat u kunt missen. Wij laten altijd genoeg geld over om van te leven.',
  'regeling.schuld': 'U moet nog {bedrag} terugbetalen voor {naamInZin} over {jaar}.',
  'regeling.veld.leefsituatie': 'Woont u alleen of samen?',
  'regeling.veld.alleen': 'Alleen (ook met kinderen)',
  'regeling.veld.samen': 'Samen met een partner',
  'regeling.veld.inkomen': 'Wat krijgt u per maand?',
  'regeling.veld.inkomenUitleg':
    'Netto, in euro. Tel alles op: loon, uitkering, pensioen. Ook van uw partner.',
  'regeling.veld.woonlasten': 'Wat betaalt u per maand voor uw huis?',
  'regeling.veld.woonlastenUitleg': 'Huur of hypotheek, in euro. Haal de huurtoeslag eraf.',
  'regeling.veld.zorgkosten': 'Wat betaalt u per maand voor uw zorgverzekering?',
  'regeling.veld.zorgkostenUitleg': 'In euro. Haal de zorgtoeslag eraf.',
  'regeling.veld.overig': 'Wat betaalt u per maand aan andere vaste kosten?',
  'regeling.veld.overigUitleg':
    'Bijvoorbeeld alimentatie of kinderopvang na de toeslag. In euro. Geen andere kosten? Vul 0 in.',
  'regeling.bekijk': 'Bekijk wat ik per maand betaal',
  'regeling.voorbeeld': 'Dit kunt u per maand betalen',
  'regeling.capaciteit': 'U kunt {bedrag} per maand missen.',
  'regeling.capaciteitNul': 'U kunt nu niets per maand missen.',
  'regeling.leven': 'Wij laten u elke maand {leven} om van te leven. Dat komt bovenop uw vaste kosten.',
  'regeling.voorstel':
    'U betaalt {termijnen} keer. Elke maand {bedrag}. U begint in {eerste}. De laatste keer is in {laatste}.',
  'regeling.laatsteBedrag': 'De laatste keer betaalt u {bedrag}.',
  'regeling.voorstelKlaar': 'Dan heeft u alles betaald.',
  'regeling.voorstelNul':
    'U hoeft dan 24 maanden niets te betalen. Wij doen in die tijd niets om het bedrag bij u te halen.',
  'regeling.akkoord': 'Ik kies deze regeling',
  'regeling.anders': 'Gegevens aanpassen',
  'regeling.teHoog': 'Dit bedrag is te hoog. Kijk of u het goed heeft ingevuld.',
  'regeling.alGekozen': 'U heeft voor dit bedrag al een betalingsregeling.',
  'regeling.nietMogelijk': 'Voor dit bedrag kunt u geen betalingsregeling krijgen. Betaal het in één keer.',
} as const;
