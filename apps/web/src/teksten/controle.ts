/**
 * @module
 * Content catalogue, part 6: the auditor's workspace (/controle). Plain Dutch for staff, not held
 * to B1.
 */
export const controleTeksten = {
  'controle.titel': 'Controle en verantwoording',
  'controle.intro':
    'Hier controleert u wat er met gegevens is gedaan, of beschikkingen opnieuw hetzelfde uitkomen, en of de selectieregels eerlijk werken. U kunt hier niets wijzigen. Wat u bekijkt, komt zelf ook in het verwerkingenlogboek.',
  'controle.menu.logboek': 'Verwerkingenlogboek doorzoeken',
  'controle.menu.logboek.uitleg':
    'Per persoon, activiteit, medewerker en periode, met het spoor van elke verwerking.',
  'controle.menu.reproductie': 'Beschikkingen reproduceren',
  'controle.menu.reproductie.uitleg':
    'Een steekproef uit een run opnieuw berekenen met de eigen wetsversie en invoer van toen.',
  'controle.menu.eerlijkheid': 'Eerlijkheid van de selectieregels',
  'controle.menu.eerlijkheid.uitleg': 'Per run: wie de regels kiezen, met vlaggen en het verloop over runs.',
  'controle.menu.register': 'Algoritmeregister',
  'controle.menu.register.uitleg': 'De openbare beschrijving van de berekeningen en de selectieregels.',
  'controle.terug': 'Terug naar Controle en verantwoording',
  'logboek.titel': 'Verwerkingenlogboek doorzoeken',
  'logboek.intro':
    'Vul een of meer zoekvelden in. Een BSN wordt omgezet in het pseudoniem waaronder het logboek de persoon kent; het BSN zelf staat niet in het logboek.',
  'logboek.persoon': 'BSN of pseudoniem',
  'logboek.activiteit': 'Verwerkingsactiviteit',
  'logboek.activiteit.alle': 'Alle activiteiten',
  'logboek.medewerker': 'Medewerker-id (bijvoorbeeld m-behandelaar-1)',
  'logboek.van': 'Van (JJJJ-MM-DD)',
  'logboek.tot': 'Tot en met (JJJJ-MM-DD)',
  'logboek.zoek': 'Zoeken',
  'logboek.volgende': 'Volgende pagina',
  'logboek.vorige': 'Vorige pagina',
  'logboek.geen': 'Geen verwerkingen gevonden met deze zoekvelden.',
  'logboek.resultaat': 'Pagina {pagina}: verwerking {van} tot en met {tot}',
  'logboek.kolommen': 'Begin (UTC)|Activiteit|Handeling|Wie|Betrokkene (pseudoniem)|Status|Spoor',
  'logboek.spoor': 'Spoor',
  'logboek.spoor.titel': 'Spoor {trace}',
  'logboek.spoor.intro':
    'Alle verwerkingen met dezelfde trace-id: wat er in hetzelfde verzoek of dezelfde stap van een run gebeurde.',
  'logboek.systeem': 'systeem',
  'reproductie.titel': 'Beschikkingen reproduceren',
  'reproductie.intro':
    'Trek een steekproef uit een run en bereken elke beschikking opnieuw uit het dossier zoals het toen bekend was, met de eigen parameterset. Hetzelfde zaad geeft dezelfde steekproef, ook met de opdrachtregel: regelmaat beschikking steekproef --run ID --aantal N --zaad S.',
  'reproductie.run': 'Run',
  'reproductie.aantal': 'Aantal beschikkingen (hoogstens 1000)',
  'reproductie.zaad': 'Zaad',
  'reproductie.start': 'Reproduceren',
  'reproductie.uitkomst':
    'Run {run}: {getrokken} van {inRun} beschikkingen getrokken (zaad {zaad}). {gelijk} van {getrokken} reproduceren gelijk; {perSeconde} beschikkingen per seconde.',
  'reproductie.uitkomstKop': 'Uitkomst',
  'reproductie.allesGelijk': 'Alle getrokken beschikkingen reproduceren gelijk.',
  'reproductie.afwijkend': 'Niet gelijk',
  'reproductie.kolommen': 'Beschikking|Toeslag|Wat verschilt',
  'eerlijkheid.titel': 'Eerlijkheid van de selectieregels',
  'eerlijkheid.intro':
    'Voor elke regel die huishoudens kiest voor een controle: hoe vaak kiest de regel huishoudens uit een groep, vergeleken met de hele run? Een vlag staat bij een groep die minder dan 0,8 of meer dan 1,25 keer zo vaak wordt gekozen (de vier-vijfde-regel), als de groep en de selectie groot genoeg zijn; en bij een regel waarvan de beoordeelde selecties zelden een ander bedrag opleveren.',
  'eerlijkheid.runs': 'Runs',
  'eerlijkheid.runs.kolommen': 'Run|Soort|Jaar|Feiten bekend op|Rapport',
  'eerlijkheid.geenRuns': 'Er is nog geen voorschot- of definitieve run.',
  'eerlijkheid.trend': 'Verloop per regel',
  'eerlijkheid.trend.kolommen': 'Regel|Run|Huishoudens|Gekozen|Aandeel|Beoordeeld|Bedrag gewijzigd|Vlaggen',
  'eerlijkheid.rapport.titel': 'Eerlijkheid in run {run} ({soort} {jaar})',
  'eerlijkheid.rapport.intro': '{huishoudens} huishoudens met een beschikking in deze run.',
  'eerlijkheid.csv': 'Download als CSV',
  'eerlijkheid.vlaggen': 'Vlaggen',
  'eerlijkheid.geenVlaggen': 'Geen vlaggen in deze run.',
  'eerlijkheid.vlag.vaker':
    '{regel}: {dimensie} "{groep}" wordt {verhouding} keer zo vaak gekozen als gemiddeld (meer dan 1,25).',
  'eerlijkheid.vlag.minder':
    '{regel}: {dimensie} "{groep}" wordt {verhouding} keer zo vaak gekozen als gemiddeld (minder dan 0,8).',
  'eerlijkheid.vlag.zonderDoel':
    '{regel}: van {beoordeeld} beoordeelde selecties leidden er {gewijzigd} tot een ander bedrag ({aandeel}); selectie zonder doel.',
  'eerlijkheid.regel':
    '{code}: {geselecteerd} gekozen ({aandeel}), {beoordeeld} beoordeeld, {gewijzigd} met een ander bedrag',
  'eerlijkheid.groepen.kolommen': 'Groep|Huishoudens|Gekozen|Aandeel|Verhouding|Beoordeeld|Bedrag gewijzigd',
  'eerlijkheid.klein': '(te klein om te beoordelen)',
} as const;
