<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>Verplicht · nog open</source>
        <translation>Verplicht · nog open</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Verplicht</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Advies geven</source>
        <translation>Advies geven</translation>
    </message>
    <message>
        <source>Je advies. Noem geen namen, geboortedata of adressen.</source>
        <translation>Je advies. Noem geen namen, geboortedata of adressen.</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Bestede tijd in minuten</source>
        <translation>Bestede tijd in minuten</translation>
    </message>
    <message>
        <source>Advies versturen</source>
        <translation>Advies versturen</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>het gezin</source>
        <translation>het gezin</translation>
    </message>
    <message>
        <source>Een ingevulde datum of tekst is nog niet bewaard (zie de vraag).</source>
        <translation>Een ingevulde datum of tekst is nog niet bewaard (zie de vraag).</translation>
    </message>
    <message>
        <source>Ingediend: de gedragswetenschapper beoordeelt deze taxatie.</source>
        <translation>Ingediend: de gedragswetenschapper beoordeelt deze taxatie.</translation>
    </message>
    <message>
        <source>%1: deze taxatie kan niet meer worden gewijzigd.</source>
        <translation>%1: deze taxatie kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>✓ Klaar om in te dienen</source>
        <translation>✓ Klaar om in te dienen</translation>
    </message>
    <message>
        <source>Nog 1 punt voordat je kunt indienen:</source>
        <translation>Nog 1 punt voordat je kunt indienen:</translation>
    </message>
    <message>
        <source>Nog %1 punten voordat je kunt indienen:</source>
        <translation>Nog %1 punten voordat je kunt indienen:</translation>
    </message>
    <message>
        <source>Alles is bewaard (%1)</source>
        <translation>Alles is bewaard (%1)</translation>
    </message>
    <message>
        <source>Laatste wijziging niet bewaard: zie de melding bij de vraag.</source>
        <translation>Laatste wijziging niet bewaard: zie de melding bij de vraag.</translation>
    </message>
    <message>
        <source>Wordt bewaard…</source>
        <translation>Wordt bewaard…</translation>
    </message>
    <message>
        <source>Verschil opgelost; gaat mee bij de volgende synchronisatie.</source>
        <translation>Verschil opgelost; gaat mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Laatste wijziging niet bewaard: zie de melding.</source>
        <translation>Laatste wijziging niet bewaard: zie de melding.</translation>
    </message>
    <message>
        <source>De GI-collega heeft nog niet medeondertekend: indienen kan met een reden.</source>
        <translation>De GI-collega heeft nog niet medeondertekend: indienen kan met een reden.</translation>
    </message>
    <message>
        <source>Indienen zonder medeondertekening kan nu niet (zie wat nog ontbreekt).</source>
        <translation>Indienen zonder medeondertekening kan nu niet (zie wat nog ontbreekt).</translation>
    </message>
    <message>
        <source>Schrijf eerst de reden op: de gedragswetenschapper leest die bij de beoordeling.</source>
        <translation>Schrijf eerst de reden op: de gedragswetenschapper leest die bij de beoordeling.</translation>
    </message>
    <message>
        <source>Indienen doet de JGT-collega; je tekent mee of legt vast waarin je het niet eens bent (boven de vragen).</source>
        <translation>Indienen doet de JGT-collega; je tekent mee of legt vast waarin je het niet eens bent (boven de vragen).</translation>
    </message>
</context>
<context>
    <name>AssessmentDelegate</name>
    <message>
        <source>Voor %1 · %2</source>
        <translation>Voor %1 · %2</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Elke wijziging wordt meteen bewaard</source>
        <translation>%1 · Elke wijziging wordt meteen bewaard</translation>
    </message>
    <message>
        <source>Indienen is niet gelukt</source>
        <translation>Indienen is niet gelukt</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CaseCloseDialog</name>
    <message>
        <source>Casus sluiten?</source>
        <translation>Casus sluiten?</translation>
    </message>
    <message>
        <source>Niet sluiten</source>
        <translation>Niet sluiten</translation>
    </message>
    <message>
        <source>Casus sluiten</source>
        <translation>Casus sluiten</translation>
    </message>
    <message>
        <source>Ja, de casus sluiten</source>
        <translation>Ja, de casus sluiten</translation>
    </message>
</context>
<context>
    <name>CaseClosureController</name>
    <message>
        <source>Deze casus is gesloten. Hij verdwijnt bij de volgende synchronisatie van dit apparaat.</source>
        <translation>Deze casus is gesloten. Hij verdwijnt bij de volgende synchronisatie van dit apparaat.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan de casus sluiten.</source>
        <translation>Alleen een JGT-medewerker van de casus kan de casus sluiten.</translation>
    </message>
    <message>
        <source>Na het sluiten verdwijnt de casus bij de volgende synchronisatie van elk apparaat: van dit apparaat en van de tablets van de GI-medewerker en de gedragswetenschapper. Niemand kan er daarna nog iets aan toevoegen. De server bewaart de casus 20 jaar (de bewaartermijn). Een gesloten casus kan niet weer geopend worden op een tablet.</source>
        <translation>Na het sluiten verdwijnt de casus bij de volgende synchronisatie van elk apparaat: van dit apparaat en van de tablets van de GI-medewerker en de gedragswetenschapper. Niemand kan er daarna nog iets aan toevoegen. De server bewaart de casus 20 jaar (de bewaartermijn). Een gesloten casus kan niet weer geopend worden op een tablet.</translation>
    </message>
    <message>
        <source>Dit apparaat is niet gekoppeld aan een server: de casus blijft op dit apparaat tot het gekoppeld is en synchroniseert.</source>
        <translation>Dit apparaat is niet gekoppeld aan een server: de casus blijft op dit apparaat tot het gekoppeld is en synchroniseert.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) in deze casus zijn nog niet gesynchroniseerd. Ze gaan mee bij de volgende synchronisatie, vóór het sluiten; tot dan blijft de casus op dit apparaat.</source>
        <translation>
            <numerusform>%n wijziging in deze casus is nog niet gesynchroniseerd. Die gaat mee bij de volgende synchronisatie, vóór het sluiten; tot dan blijft de casus op dit apparaat.</numerusform>
            <numerusform>%n wijzigingen in deze casus zijn nog niet gesynchroniseerd. Ze gaan mee bij de volgende synchronisatie, vóór het sluiten; tot dan blijft de casus op dit apparaat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles van deze casus is gesynchroniseerd.</source>
        <translation>Alles van deze casus is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Sluiten is niet gelukt: de kluis op dit apparaat gaf een fout.</source>
        <translation>Sluiten is niet gelukt: de kluis op dit apparaat gaf een fout.</translation>
    </message>
</context>
<context>
    <name>CaseClosureSection</name>
    <message>
        <source>Casus sluiten</source>
        <translation>Casus sluiten</translation>
    </message>
    <message>
        <source>Casusnummer: %1</source>
        <translation>Casusnummer: %1</translation>
    </message>
    <message>
        <source>Als de hulp klaar is: de casus gaat van alle tablets af en de server bewaart hem.</source>
        <translation>Als de hulp klaar is: de casus gaat van alle tablets af en de server bewaart hem.</translation>
    </message>
    <message>
        <source>Casus sluiten…</source>
        <translation>Casus sluiten…</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>Per kind</source>
        <translation>Per kind</translation>
    </message>
    <message>
        <source>Per ouder</source>
        <translation>Per ouder</translation>
    </message>
    <message>
        <source>Voor het gezin</source>
        <translation>Voor het gezin</translation>
    </message>
    <message>
        <source>Voor welk kind?</source>
        <translation>Voor welk kind?</translation>
    </message>
    <message>
        <source>Voor welke ouder?</source>
        <translation>Voor welke ouder?</translation>
    </message>
    <message>
        <source>geboren %1</source>
        <translation>geboren %1</translation>
    </message>
</context>
<context>
    <name>CaseCourseController</name>
    <message>
        <source>Het laatste oordeel is na de evaluatiedatum niet beter dan het oordeel ervoor.</source>
        <translation>Het laatste oordeel is na de evaluatiedatum niet beter dan het oordeel ervoor.</translation>
    </message>
    <message>
        <source>Fase nog niet vastgelegd</source>
        <translation>Fase nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Fase: %1 · regie bij %2</source>
        <translation>Fase: %1 · regie bij %2</translation>
    </message>
    <message>
        <source>verwacht einde %1</source>
        <translation>verwacht einde %1</translation>
    </message>
    <message>
        <source>uitkomst nog niet vastgelegd</source>
        <translation>uitkomst nog niet vastgelegd</translation>
    </message>
    <message>
        <source>uitkomst: %1</source>
        <translation>uitkomst: %1</translation>
    </message>
    <message>
        <source>vastgelegd door %1</source>
        <translation>vastgelegd door %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Kies een fase.</source>
        <translation>Kies een fase.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus legt de fase vast.</source>
        <translation>Alleen de JGT-medewerker van de casus legt de fase vast.</translation>
    </message>
    <message>
        <source>De fase kon niet worden vastgelegd.</source>
        <translation>De fase kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Kies wat er gebeurde.</source>
        <translation>Kies wat er gebeurde.</translation>
    </message>
    <message>
        <source>Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-07.</source>
        <translation>Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-07.</translation>
    </message>
    <message>
        <source>Schrijf het verwachte einde als JJJJ-MM-DD, of laat het leeg.</source>
        <translation>Schrijf het verwachte einde als JJJJ-MM-DD, of laat het leeg.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus legt een escalatie vast.</source>
        <translation>Alleen de JGT-medewerker van de casus legt een escalatie vast.</translation>
    </message>
    <message>
        <source>De escalatie kon niet worden vastgelegd. Past het verwachte einde bij de start van een maatregel?</source>
        <translation>De escalatie kon niet worden vastgelegd. Past het verwachte einde bij de start van een maatregel?</translation>
    </message>
    <message>
        <source>Schrijf de uitkomst op.</source>
        <translation>Schrijf de uitkomst op.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus legt de uitkomst vast.</source>
        <translation>Alleen de JGT-medewerker van de casus legt de uitkomst vast.</translation>
    </message>
    <message>
        <source>De uitkomst kon niet worden vastgelegd. Is hij korter dan 2000 tekens?</source>
        <translation>De uitkomst kon niet worden vastgelegd. Is hij korter dan 2000 tekens?</translation>
    </message>
</context>
<context>
    <name>CaseCoursePanel</name>
    <message>
        <source>Opvolging</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Herinnering: %1</source>
        <translation>Herinnering: %1</translation>
    </message>
    <message>
        <source>Voor de leidinggevende: %1</source>
        <translation>Voor de leidinggevende: %1</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Tijdlijn van de oordelen, scores en afspraken</source>
        <translation>Tijdlijn van de oordelen, scores en afspraken</translation>
    </message>
    <message>
        <source>Meedenken</source>
        <translation>Meedenken</translation>
    </message>
    <message>
        <source>Meedenken: een GI-collega anoniem om advies vragen</source>
        <translation>Meedenken: een GI-collega anoniem om advies vragen</translation>
    </message>
    <message>
        <source>Fase wijzigen</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>Escalatie vastleggen</source>
        <translation>Escalatie vastleggen</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message>
        <source>Veiligheid: %1</source>
        <translation>Veiligheid: %1</translation>
    </message>
    <message>
        <source>Aandacht: </source>
        <translation>Aandacht: </translation>
    </message>
</context>
<context>
    <name>CaseFileService</name>
    <message>
        <source>Er is geen taxatie gekozen.</source>
        <translation>Er is geen taxatie gekozen.</translation>
    </message>
    <message>
        <source>Je bent geen lid van de casus van deze taxatie.</source>
        <translation>Je bent geen lid van de casus van deze taxatie.</translation>
    </message>
    <message>
        <source>Deze taxatie staat niet (meer) op dit apparaat.</source>
        <translation>Deze taxatie staat niet (meer) op dit apparaat.</translation>
    </message>
    <message>
        <source>De taxatie kon niet worden gelezen. Het instrument is mogelijk niet op dit apparaat geïnstalleerd, of de kluis gaf een fout.</source>
        <translation>De taxatie kon niet worden gelezen. Het instrument is mogelijk niet op dit apparaat geïnstalleerd, of de kluis gaf een fout.</translation>
    </message>
    <message>
        <source>Dit instrument is niet op dit apparaat geïnstalleerd.</source>
        <translation>Dit instrument is niet op dit apparaat geïnstalleerd.</translation>
    </message>
    <message>
        <source>Kies eerst het kind voor wie je dit instrument invult.</source>
        <translation>Kies eerst het kind voor wie je dit instrument invult.</translation>
    </message>
    <message>
        <source>Kies eerst de ouder voor wie je dit instrument invult.</source>
        <translation>Kies eerst de ouder voor wie je dit instrument invult.</translation>
    </message>
    <message>
        <source>Je kunt in deze casus geen instrument starten: je bent geen lid, of je rol vult geen instrumenten in.</source>
        <translation>Je kunt in deze casus geen instrument starten: je bent geen lid, of je rol vult geen instrumenten in.</translation>
    </message>
    <message>
        <source>Dit instrument wordt per kind ingevuld: kies een kind van deze casus.</source>
        <translation>Dit instrument wordt per kind ingevuld: kies een kind van deze casus.</translation>
    </message>
    <message>
        <source>Dit instrument wordt per ouder ingevuld: kies een ouder van deze casus.</source>
        <translation>Dit instrument wordt per ouder ingevuld: kies een ouder van deze casus.</translation>
    </message>
    <message>
        <source>Dit antwoord kon niet worden bewaard: de vraag of regel bestaat niet (meer) in deze taxatie.</source>
        <translation>Dit antwoord kon niet worden bewaard: de vraag of regel bestaat niet (meer) in deze taxatie.</translation>
    </message>
    <message>
        <source>Deze regel vraagt (nu) geen toelichting in deze taxatie.</source>
        <translation>Deze regel vraagt (nu) geen toelichting in deze taxatie.</translation>
    </message>
    <message>
        <source>Indienen kan nog niet.</source>
        <translation>Indienen kan nog niet.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan een taxatie indienen. De verantwoordelijkheid voor de casus blijft bij het JGT.</source>
        <translation>Alleen een JGT-medewerker van de casus kan een taxatie indienen. De verantwoordelijkheid voor de casus blijft bij het JGT.</translation>
    </message>
    <message>
        <source>Deze taxatie is al ingediend of goedgekeurd.</source>
        <translation>Deze taxatie is al ingediend of goedgekeurd.</translation>
    </message>
    <message>
        <source>Over deze vraag is geen open verschil van inzicht (meer).</source>
        <translation>Over deze vraag is geen open verschil van inzicht (meer).</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan een verschil van inzicht oplossen.</source>
        <translation>Alleen een JGT-medewerker van de casus kan een verschil van inzicht oplossen.</translation>
    </message>
    <message>
        <source>Dit antwoord past niet bij deze vraag.</source>
        <translation>Dit antwoord past niet bij deze vraag.</translation>
    </message>
    <message>
        <source>Schrijf bij het terugsturen wat er moet gebeuren.</source>
        <translation>Schrijf bij het terugsturen wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Vul de naam van het gezin in, bijvoorbeeld &quot;Gezin De Vries&quot;.</source>
        <translation>Vul de naam van het gezin in, bijvoorbeeld &quot;Gezin De Vries&quot;.</translation>
    </message>
    <message>
        <source>Alleen de GI-medewerker van de casus kan medeondertekenen.</source>
        <translation>Alleen de GI-medewerker van de casus kan medeondertekenen.</translation>
    </message>
    <message>
        <source>Deze taxatie is al goedgekeurd: medeondertekenen kan niet meer. Leg je reactie vast als zienswijze.</source>
        <translation>Deze taxatie is al goedgekeurd: medeondertekenen kan niet meer. Leg je reactie vast als zienswijze.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Taxatie teruggestuurd</source>
        <translation>Taxatie teruggestuurd</translation>
    </message>
    <message numerus="yes">
        <source>%n ter beoordeling</source>
        <translation>
            <numerusform>%n ter beoordeling</numerusform>
            <numerusform>%n ter beoordeling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verschil(len) van inzicht</source>
        <translation>
            <numerusform>%n verschil van inzicht</numerusform>
            <numerusform>%n verschillen van inzicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) nog niet verzonden</source>
        <translation>
            <numerusform>%n wijziging nog niet verzonden</numerusform>
            <numerusform>%n wijzigingen nog niet verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Gesloten: verdwijnt bij de volgende synchronisatie</source>
        <translation>Gesloten: verdwijnt bij de volgende synchronisatie</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Casussen van het team</source>
        <translation>Casussen van het team</translation>
    </message>
    <message>
        <source>Mijn casussen</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>1 casus op dit apparaat</source>
        <translation>1 casus op dit apparaat</translation>
    </message>
    <message>
        <source>%1 casussen op dit apparaat</source>
        <translation>%1 casussen op dit apparaat</translation>
    </message>
    <message>
        <source>Beoordelen</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <source>Taxaties beoordelen</source>
        <translation>Taxaties beoordelen</translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Zoek op naam</source>
        <translation>Zoek op naam</translation>
    </message>
    <message>
        <source>Zoek een casus op naam</source>
        <translation>Zoek een casus op naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Alle casussen van het team</source>
        <translation>Alle casussen van het team</translation>
    </message>
    <message>
        <source>Er staan nog geen casussen op dit apparaat. Casussen komen hier zodra ze met je apparaat zijn gesynchroniseerd.</source>
        <translation>Er staan nog geen casussen op dit apparaat. Casussen komen hier zodra ze met je apparaat zijn gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Naam van het gezin, bijvoorbeeld Gezin De Vries</source>
        <translation>Naam van het gezin, bijvoorbeeld Gezin De Vries</translation>
    </message>
    <message>
        <source>Naam van het gezin</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <source>Aanmaken</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Casus aanmaken</source>
        <translation>Casus aanmaken</translation>
    </message>
    <message>
        <source>Meedenken</source>
        <translation>Meedenken</translation>
    </message>
    <message>
        <source>Meedenken: anoniem advies van de GI</source>
        <translation>Meedenken: anoniem advies van de GI</translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation>Noodtoegang</translation>
    </message>
    <message>
        <source>Noodtoegang tot een casus vragen</source>
        <translation>Noodtoegang tot een casus vragen</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Mijn casussen</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>%1 gezinsleden · %2 instrumenten</source>
        <translation>%1 gezinsleden · %2 instrumenten</translation>
    </message>
    <message>
        <source>Gezin, toestemming en team</source>
        <translation>Gezin, toestemming en team</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Nog geen gezinsleden vastgelegd.</source>
        <translation>Nog geen gezinsleden vastgelegd.</translation>
    </message>
    <message>
        <source>Instrument starten</source>
        <translation>Instrument starten</translation>
    </message>
    <message>
        <source>Instrumenten van dit gezin</source>
        <translation>Instrumenten van dit gezin</translation>
    </message>
    <message>
        <source>Gezin en team</source>
        <translation>Gezin en team</translation>
    </message>
    <message>
        <source>Voor dit gezin is nog geen instrument ingevuld. Start er hierboven of links een, bijvoorbeeld de risicotaxatie per kind.</source>
        <translation>Voor dit gezin is nog geen instrument ingevuld. Start er hierboven of links een, bijvoorbeeld de risicotaxatie per kind.</translation>
    </message>
    <message>
        <source>Plan voor het gezin</source>
        <translation>Plan voor het gezin</translation>
    </message>
</context>
<context>
    <name>CaseTeamController</name>
    <message>
        <source>Casus aangemaakt</source>
        <translation>Casus aangemaakt</translation>
    </message>
    <message>
        <source>Casus gewijzigd</source>
        <translation>Casus gewijzigd</translation>
    </message>
    <message>
        <source>Persoon toegevoegd</source>
        <translation>Persoon toegevoegd</translation>
    </message>
    <message>
        <source>Persoon gewijzigd</source>
        <translation>Persoon gewijzigd</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Lid verwijderd</source>
        <translation>Lid verwijderd</translation>
    </message>
    <message>
        <source>Lid toegevoegd</source>
        <translation>Lid toegevoegd</translation>
    </message>
    <message>
        <source>Taxatie gestart</source>
        <translation>Taxatie gestart</translation>
    </message>
    <message>
        <source>Taxatie gewijzigd</source>
        <translation>Taxatie gewijzigd</translation>
    </message>
    <message>
        <source>Gewijzigd: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <source>JGT-medewerker</source>
        <translation>JGT-medewerker</translation>
    </message>
    <message>
        <source>GI-medewerker</source>
        <translation>GI-medewerker</translation>
    </message>
    <message>
        <source>Gedragswetenschapper</source>
        <translation>Gedragswetenschapper</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus voegt een GI-medewerker toe.</source>
        <translation>Alleen een JGT-medewerker van de casus voegt een GI-medewerker toe.</translation>
    </message>
    <message>
        <source>Eerst toestemming van het gezin vastleggen: zonder toestemming mag een GI-medewerker de casus niet zien.</source>
        <translation>Eerst toestemming van het gezin vastleggen: zonder toestemming mag een GI-medewerker de casus niet zien.</translation>
    </message>
    <message>
        <source>Er zijn geen GI-medewerkers bekend op dit apparaat die nog geen lid zijn. Synchroniseer en probeer het opnieuw.</source>
        <translation>Er zijn geen GI-medewerkers bekend op dit apparaat die nog geen lid zijn. Synchroniseer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Zonder toestemming kan geen GI-medewerker aan de casus worden toegevoegd.</source>
        <translation>Zonder toestemming kan geen GI-medewerker aan de casus worden toegevoegd.</translation>
    </message>
    <message>
        <source>Na intrekken is de GI-medewerker geen lid meer van de casus en ziet hij of zij de casus en de taxaties niet meer (ook niet na synchroniseren).</source>
        <translation>Na intrekken is de GI-medewerker geen lid meer van de casus en ziet hij of zij de casus en de taxaties niet meer (ook niet na synchroniseren).</translation>
    </message>
    <message>
        <source>geboren %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>Toestemming voor de GI-medewerker, gegeven door %1, vastgelegd %2 door %3.</source>
        <translation>Toestemming voor de GI-medewerker, gegeven door %1, vastgelegd %2 door %3.</translation>
    </message>
    <message>
        <source>Ingetrokken %1.</source>
        <translation>Ingetrokken %1.</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>Kies of het een kind of een ouder is.</source>
        <translation>Kies of het een kind of een ouder is.</translation>
    </message>
    <message>
        <source>De geboortedatum is geen bestaande datum. Schrijf hem als jjjj-mm-dd, bijvoorbeeld 2018-04-02.</source>
        <translation>De geboortedatum is geen bestaande datum. Schrijf hem als jjjj-mm-dd, bijvoorbeeld 2018-04-02.</translation>
    </message>
    <message>
        <source>Alleen leden van de casus voegen personen toe.</source>
        <translation>Alleen leden van de casus voegen personen toe.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout.</source>
        <translation>Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout.</translation>
    </message>
    <message>
        <source>Vul in wie de toestemming gaf, bijvoorbeeld &quot;Marieke (moeder)&quot;.</source>
        <translation>Vul in wie de toestemming gaf, bijvoorbeeld &quot;Marieke (moeder)&quot;.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus legt toestemming vast.</source>
        <translation>Alleen een JGT-medewerker van de casus legt toestemming vast.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus trekt toestemming in.</source>
        <translation>Alleen een JGT-medewerker van de casus trekt toestemming in.</translation>
    </message>
    <message>
        <source>Toevoegen is niet toegestaan.</source>
        <translation>Toevoegen is niet toegestaan.</translation>
    </message>
    <message>
        <source>Toevoegen is niet gelukt: de kluis op dit apparaat gaf een fout.</source>
        <translation>Toevoegen is niet gelukt: de kluis op dit apparaat gaf een fout.</translation>
    </message>
    <message>
        <source>Alleen leden van de casus wijzigen personen.</source>
        <translation>Alleen leden van de casus wijzigen personen.</translation>
    </message>
    <message>
        <source>Escalatie vastgelegd</source>
        <translation>Escalatie vastgelegd</translation>
    </message>
    <message>
        <source>Escalatie gewijzigd</source>
        <translation>Escalatie gewijzigd</translation>
    </message>
</context>
<context>
    <name>CaseTeamPage</name>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Gezin en team</source>
        <translation>Gezin en team</translation>
    </message>
    <message>
        <source>Logboek van de casus (op dit apparaat)</source>
        <translation>Logboek van de casus (op dit apparaat)</translation>
    </message>
</context>
<context>
    <name>CloseBlockerCard</name>
    <message>
        <source>%1 · %2 · blokkeert het afsluiten</source>
        <translation>%1 · %2 · blokkeert het afsluiten</translation>
    </message>
    <message>
        <source>Naar de vraag: %1</source>
        <translation>Naar de vraag: %1</translation>
    </message>
</context>
<context>
    <name>ConflictChip</name>
    <message>
        <source>1 verschil van inzicht</source>
        <translation>1 verschil van inzicht</translation>
    </message>
    <message>
        <source>%1 verschillen van inzicht</source>
        <translation>%1 verschillen van inzicht</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Verschil van inzicht</source>
        <translation>Verschil van inzicht</translation>
    </message>
    <message>
        <source>Kies: %1 (%2)</source>
        <translation>Kies: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Toestemming van het gezin voor de GI</source>
        <translation>Toestemming van het gezin voor de GI</translation>
    </message>
    <message>
        <source>Geldig: </source>
        <translation>Geldig: </translation>
    </message>
    <message>
        <source>Niet meer geldig: </source>
        <translation>Niet meer geldig: </translation>
    </message>
    <message>
        <source>Er is nu geen toestemming vastgelegd.</source>
        <translation>Er is nu geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Gegeven door, bijvoorbeeld Marieke (moeder)</source>
        <translation>Gegeven door, bijvoorbeeld Marieke (moeder)</translation>
    </message>
    <message>
        <source>Wie gaf de toestemming</source>
        <translation>Wie gaf de toestemming</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Toestemming intrekken…</source>
        <translation>Toestemming intrekken…</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Toestemming intrekken</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawDialog</name>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>Toestemming intrekken?</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Toestemming intrekken</translation>
    </message>
</context>
<context>
    <name>ConsultationCard</name>
    <message>
        <source>Vraag: %1</source>
        <translation>Vraag: %1</translation>
    </message>
    <message>
        <source>Advies: %1</source>
        <translation>Advies: %1</translation>
    </message>
    <message>
        <source>Beantwoorden</source>
        <translation>Beantwoorden</translation>
    </message>
    <message>
        <source>Deze vraag beantwoorden</source>
        <translation>Deze vraag beantwoorden</translation>
    </message>
    <message>
        <source>Koppelen aan de casus</source>
        <translation>Koppelen aan de casus</translation>
    </message>
</context>
<context>
    <name>ConsultationsController</name>
    <message>
        <source>Gevraagd %1</source>
        <translation>Gevraagd %1</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>Wacht op antwoord van de GI</source>
        <translation>Wacht op antwoord van de GI</translation>
    </message>
    <message>
        <source>Beantwoord %1 door %2, %3 minuten</source>
        <translation>Beantwoord %1 door %2, %3 minuten</translation>
    </message>
    <message>
        <source>Hoort bij de casus %1</source>
        <translation>Hoort bij de casus %1</translation>
    </message>
    <message>
        <source>Hoort bij een casus</source>
        <translation>Hoort bij een casus</translation>
    </message>
    <message>
        <source>Koppelen aan de casus kan zodra de GI heeft geantwoord.</source>
        <translation>Koppelen aan de casus kan zodra de GI heeft geantwoord.</translation>
    </message>
    <message>
        <source>Open meedenken vanuit de casus om het te koppelen.</source>
        <translation>Open meedenken vanuit de casus om het te koppelen.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus koppelt het.</source>
        <translation>Alleen de JGT-medewerker van de casus koppelt het.</translation>
    </message>
    <message>
        <source>Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI (Gezin, toestemming en team).</source>
        <translation>Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI (Gezin, toestemming en team).</translation>
    </message>
    <message>
        <source>Aan %1 · %2</source>
        <translation>Aan %1 · %2</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Schrijf bij welke GI-organisatie je het vraagt.</source>
        <translation>Schrijf bij welke GI-organisatie je het vraagt.</translation>
    </message>
    <message>
        <source>Schrijf je vraag op.</source>
        <translation>Schrijf je vraag op.</translation>
    </message>
    <message>
        <source>De vraag mag het gezin niet herkenbaar maken: laat namen, geboortedata, adressen en nummers weg.</source>
        <translation>De vraag mag het gezin niet herkenbaar maken: laat namen, geboortedata, adressen en nummers weg.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker vraagt om meedenken.</source>
        <translation>Alleen een JGT-medewerker vraagt om meedenken.</translation>
    </message>
    <message>
        <source>De vraag kon niet worden vastgelegd. Is hij korter dan 8000 tekens?</source>
        <translation>De vraag kon niet worden vastgelegd. Is hij korter dan 8000 tekens?</translation>
    </message>
    <message>
        <source>Schrijf je advies op.</source>
        <translation>Schrijf je advies op.</translation>
    </message>
    <message>
        <source>Schrijf de bestede tijd in hele minuten (0 tot 1440).</source>
        <translation>Schrijf de bestede tijd in hele minuten (0 tot 1440).</translation>
    </message>
    <message>
        <source>Het advies mag geen nummers van dossiers of personen bevatten.</source>
        <translation>Het advies mag geen nummers van dossiers of personen bevatten.</translation>
    </message>
    <message>
        <source>Alleen een GI-medewerker beantwoordt een vraag om meedenken.</source>
        <translation>Alleen een GI-medewerker beantwoordt een vraag om meedenken.</translation>
    </message>
    <message>
        <source>Het advies kon niet worden vastgelegd.</source>
        <translation>Het advies kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI.</source>
        <translation>Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI.</translation>
    </message>
    <message>
        <source>Koppelen is niet gelukt.</source>
        <translation>Koppelen is niet gelukt.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Mijn casussen</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>Meedenken</source>
        <translation>Meedenken</translation>
    </message>
    <message>
        <source>Vragen aan je organisatie</source>
        <translation>Vragen aan je organisatie</translation>
    </message>
    <message>
        <source>Vanuit %1</source>
        <translation>Vanuit %1</translation>
    </message>
    <message>
        <source>Anoniem advies van de GI</source>
        <translation>Anoniem advies van de GI</translation>
    </message>
    <message>
        <source>Een GI-collega om advies vragen</source>
        <translation>Een GI-collega om advies vragen</translation>
    </message>
    <message>
        <source>Zonder toestemming van het gezin en zonder iets dat het gezin herkenbaar maakt: geen namen, geboortedata, adressen of nummers. Van welke casus de vraag komt, blijft op deze tablet.</source>
        <translation>Zonder toestemming van het gezin en zonder iets dat het gezin herkenbaar maakt: geen namen, geboortedata, adressen of nummers. Van welke casus de vraag komt, blijft op deze tablet.</translation>
    </message>
    <message>
        <source>GI-organisatie, bijvoorbeeld GI Midden-Nederland</source>
        <translation>GI-organisatie, bijvoorbeeld GI Midden-Nederland</translation>
    </message>
    <message>
        <source>Aan welke GI-organisatie</source>
        <translation>Aan welke GI-organisatie</translation>
    </message>
    <message>
        <source>Over welke veiligheidsvraag</source>
        <translation>Over welke veiligheidsvraag</translation>
    </message>
    <message>
        <source>Je vraag, zonder namen</source>
        <translation>Je vraag, zonder namen</translation>
    </message>
    <message>
        <source>Je vraag</source>
        <translation>Je vraag</translation>
    </message>
    <message>
        <source>Vraag versturen</source>
        <translation>Vraag versturen</translation>
    </message>
    <message>
        <source>Vraag om meedenken versturen</source>
        <translation>Vraag om meedenken versturen</translation>
    </message>
    <message>
        <source>Gevraagd aan je organisatie</source>
        <translation>Gevraagd aan je organisatie</translation>
    </message>
    <message>
        <source>Gestelde vragen</source>
        <translation>Gestelde vragen</translation>
    </message>
    <message>
        <source>Nog geen vragen om meedenken.</source>
        <translation>Nog geen vragen om meedenken.</translation>
    </message>
</context>
<context>
    <name>CosignController</name>
    <message>
        <source>Medeondertekend door %1 (GI), %2.</source>
        <translation>Medeondertekend door %1 (GI), %2.</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI.</source>
        <translation>Ingediend zonder medeondertekening GI.</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI. Reden: %1</source>
        <translation>Ingediend zonder medeondertekening GI. Reden: %1</translation>
    </message>
    <message>
        <source>Je kunt nog medeondertekenen, of vastleggen dat je het niet eens bent.</source>
        <translation>Je kunt nog medeondertekenen, of vastleggen dat je het niet eens bent.</translation>
    </message>
    <message>
        <source>Je hebt meegewerkt aan deze taxatie. De JGT-medewerker vraagt je medeondertekening; ben je het niet eens, leg dan je zienswijze vast.</source>
        <translation>Je hebt meegewerkt aan deze taxatie. De JGT-medewerker vraagt je medeondertekening; ben je het niet eens, leg dan je zienswijze vast.</translation>
    </message>
    <message>
        <source>Goedgekeurd: medeondertekenen kan niet meer. Je zienswijze vastleggen kan nog wel.</source>
        <translation>Goedgekeurd: medeondertekenen kan niet meer. Je zienswijze vastleggen kan nog wel.</translation>
    </message>
    <message>
        <source>Je hebt niets ingevuld in deze taxatie: medeondertekenen is niet nodig. Ben je het niet eens, leg dan je zienswijze vast.</source>
        <translation>Je hebt niets ingevuld in deze taxatie: medeondertekenen is niet nodig. Ben je het niet eens, leg dan je zienswijze vast.</translation>
    </message>
</context>
<context>
    <name>CosignPanel</name>
    <message>
        <source>Medeondertekenen</source>
        <translation>Medeondertekenen</translation>
    </message>
    <message>
        <source>Deze taxatie medeondertekenen</source>
        <translation>Deze taxatie medeondertekenen</translation>
    </message>
    <message>
        <source>Niet eens: zienswijze vastleggen</source>
        <translation>Niet eens: zienswijze vastleggen</translation>
    </message>
    <message>
        <source>Je zienswijze staat naast de taxatie, met je naam en de datum. De taxatie zelf verandert niet; de JGT-medewerker houdt de regie.</source>
        <translation>Je zienswijze staat naast de taxatie, met je naam en de datum. De taxatie zelf verandert niet; de JGT-medewerker houdt de regie.</translation>
    </message>
    <message>
        <source>Waarmee ben je het niet eens, en waarom?</source>
        <translation>Waarmee ben je het niet eens, en waarom?</translation>
    </message>
    <message>
        <source>Je zienswijze</source>
        <translation>Je zienswijze</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Zienswijze vastleggen</source>
        <translation>Zienswijze vastleggen</translation>
    </message>
</context>
<context>
    <name>CrisisCardSheet</name>
    <message>
        <source>Crisisnummers</source>
        <translation>Crisisnummers</translation>
    </message>
    <message>
        <source>Acuut gevaar: eerst veiligheid en de-escalatie. Tik op een nummer om te bellen.</source>
        <translation>Acuut gevaar: eerst veiligheid en de-escalatie. Tik op een nummer om te bellen.</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>%1, datum als jaar-maand-dag</source>
        <translation>%1, datum als jaar-maand-dag</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessController</name>
    <message>
        <source>Noodtoegang kan alleen met een reden.</source>
        <translation>Noodtoegang kan alleen met een reden.</translation>
    </message>
    <message>
        <source>De server kent geen casus met dit nummer. Controleer het casusnummer.</source>
        <translation>De server kent geen casus met dit nummer. Controleer het casusnummer.</translation>
    </message>
    <message>
        <source>Geweigerd: noodtoegang is er alleen voor JGT-medewerkers en gedragswetenschappers, en alleen tot casussen van je eigen organisatie.</source>
        <translation>Geweigerd: noodtoegang is er alleen voor JGT-medewerkers en gedragswetenschappers, en alleen tot casussen van je eigen organisatie.</translation>
    </message>
    <message>
        <source>Je hebt al toegang tot deze casus. Synchroniseer om hem op dit apparaat te zien.</source>
        <translation>Je hebt al toegang tot deze casus. Synchroniseer om hem op dit apparaat te zien.</translation>
    </message>
    <message>
        <source>Deze casus is gesloten. Een gesloten casus kan niet meer worden geopend.</source>
        <translation>Deze casus is gesloten. Een gesloten casus kan niet meer worden geopend.</translation>
    </message>
    <message>
        <source>De server weigerde de noodtoegang.</source>
        <translation>De server weigerde de noodtoegang.</translation>
    </message>
    <message>
        <source>Noodtoegang tot %1</source>
        <translation>Noodtoegang tot %1</translation>
    </message>
    <message>
        <source>De kluis is op slot.</source>
        <translation>De kluis is op slot.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker of een gedragswetenschapper kan noodtoegang vragen.</source>
        <translation>Alleen een JGT-medewerker of een gedragswetenschapper kan noodtoegang vragen.</translation>
    </message>
    <message>
        <source>De aanvraag wordt verstuurd…</source>
        <translation>De aanvraag wordt verstuurd…</translation>
    </message>
    <message>
        <source>Dit apparaat is niet gekoppeld aan een server; noodtoegang vraag je bij de server aan.</source>
        <translation>Dit apparaat is niet gekoppeld aan een server; noodtoegang vraag je bij de server aan.</translation>
    </message>
    <message>
        <source>Geen netwerk: noodtoegang vraag je bij de server aan. Zoek een verbinding.</source>
        <translation>Geen netwerk: noodtoegang vraag je bij de server aan. Zoek een verbinding.</translation>
    </message>
    <message>
        <source>Vul het casusnummer in.</source>
        <translation>Vul het casusnummer in.</translation>
    </message>
    <message>
        <source>Een casusnummer heeft 32 tekens: cijfers en de letters a tot en met f.</source>
        <translation>Een casusnummer heeft 32 tekens: cijfers en de letters a tot en met f.</translation>
    </message>
    <message>
        <source>Vul de reden in: zonder reden geen noodtoegang.</source>
        <translation>Vul de reden in: zonder reden geen noodtoegang.</translation>
    </message>
    <message>
        <source>Met noodtoegang open je een casus van je organisatie waarvan je geen lid bent, bijvoorbeeld als de crisisdienst belt. Je krijgt 24 uur toegang. De aanvraag, je naam en je reden worden vastgelegd en de gedragswetenschapper van de casus beoordeelt ze achteraf.</source>
        <translation>Met noodtoegang open je een casus van je organisatie waarvan je geen lid bent, bijvoorbeeld als de crisisdienst belt. Je krijgt 24 uur toegang. De aanvraag, je naam en je reden worden vastgelegd en de gedragswetenschapper van de casus beoordeelt ze achteraf.</translation>
    </message>
    <message>
        <source>De aanvraag kon niet worden verstuurd. Probeer het opnieuw.</source>
        <translation>De aanvraag kon niet worden verstuurd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>De server was niet bereikbaar; er is geen noodtoegang gegeven. Probeer het opnieuw als er verbinding is.</source>
        <translation>De server was niet bereikbaar; er is geen noodtoegang gegeven. Probeer het opnieuw als er verbinding is.</translation>
    </message>
    <message>
        <source>Noodtoegang tot ‘%1’ gegeven, tot %2. De gedragswetenschapper van de casus beoordeelt deze toegang.</source>
        <translation>Noodtoegang tot ‘%1’ gegeven, tot %2. De gedragswetenschapper van de casus beoordeelt deze toegang.</translation>
    </message>
    <message>
        <source>Noodtoegang gegeven tot %1, maar de casus kwam nog niet binnen. Synchroniseer opnieuw.</source>
        <translation>Noodtoegang gegeven tot %1, maar de casus kwam nog niet binnen. Synchroniseer opnieuw.</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessPage</name>
    <message>
        <source>Casussen</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation>Noodtoegang</translation>
    </message>
    <message>
        <source>Een casus openen waarvan je geen lid bent</source>
        <translation>Een casus openen waarvan je geen lid bent</translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation>Casus openen</translation>
    </message>
    <message>
        <source>De casus met noodtoegang openen</source>
        <translation>De casus met noodtoegang openen</translation>
    </message>
    <message>
        <source>Casusnummer</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>32 tekens, bijvoorbeeld 3f2a…</source>
        <translation>32 tekens, bijvoorbeeld 3f2a…</translation>
    </message>
    <message>
        <source>Casusnummer van de casus die je wilt openen</source>
        <translation>Casusnummer van de casus die je wilt openen</translation>
    </message>
    <message>
        <source>Het casusnummer staat bij ‘Gezin en team’ van de casus; vraag het aan wie je om hulp vraagt.</source>
        <translation>Het casusnummer staat bij ‘Gezin en team’ van de casus; vraag het aan wie je om hulp vraagt.</translation>
    </message>
    <message>
        <source>Reden (verplicht)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Waarom moet je deze casus nu openen? Bijvoorbeeld: de crisisdienst belt buiten kantoortijd over dit gezin.</source>
        <translation>Waarom moet je deze casus nu openen? Bijvoorbeeld: de crisisdienst belt buiten kantoortijd over dit gezin.</translation>
    </message>
    <message>
        <source>Reden voor de noodtoegang</source>
        <translation>Reden voor de noodtoegang</translation>
    </message>
    <message>
        <source>De aanvraag wordt verstuurd</source>
        <translation>De aanvraag wordt verstuurd</translation>
    </message>
    <message>
        <source>Noodtoegang vragen</source>
        <translation>Noodtoegang vragen</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Escalatie vastleggen</source>
        <translation>Escalatie vastleggen</translation>
    </message>
    <message>
        <source>Wat gebeurde er</source>
        <translation>Wat gebeurde er</translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation>Datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Verwacht einde van de maatregel (JJJJ-MM-DD)</source>
        <translation>Verwacht einde van de maatregel (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Verwacht einde van de maatregel</source>
        <translation>Verwacht einde van de maatregel</translation>
    </message>
    <message>
        <source>Uitkomst (mag later)</source>
        <translation>Uitkomst (mag later)</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>EscalationEntry</name>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Uitkomst vastleggen</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen van %1</source>
        <translation>Uitkomst vastleggen van %1</translation>
    </message>
</context>
<context>
    <name>FamilyPlanController</name>
    <message>
        <source>Het plan voor het gezin kon niet worden gemaakt.</source>
        <translation>Het plan voor het gezin kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Plan voor het gezin %1.pdf</source>
        <translation>Plan voor het gezin %1.pdf</translation>
    </message>
    <message>
        <source>Er is nog geen plan voor het gezin om te bewaren.</source>
        <translation>Er is nog geen plan voor het gezin om te bewaren.</translation>
    </message>
    <message>
        <source>De PDF kon niet worden bewaard. Is er ruimte op het apparaat?</source>
        <translation>De PDF kon niet worden bewaard. Is er ruimte op het apparaat?</translation>
    </message>
    <message>
        <source>Delen lukte niet op dit apparaat. De PDF is bewaard als %1.</source>
        <translation>Delen lukte niet op dit apparaat. De PDF is bewaard als %1.</translation>
    </message>
    <message>
        <source>De map met de PDF is geopend: stuur het bestand van daaruit naar het gezin of druk het af.</source>
        <translation>De map met de PDF is geopend: stuur het bestand van daaruit naar het gezin of druk het af.</translation>
    </message>
</context>
<context>
    <name>FamilyPlanPage</name>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Plan voor het gezin</source>
        <translation>Plan voor het gezin</translation>
    </message>
    <message>
        <source>PDF bewaren</source>
        <translation>PDF bewaren</translation>
    </message>
    <message>
        <source>Bewaard als %1</source>
        <translation>Bewaard als %1</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Het plan als PDF delen met het gezin</source>
        <translation>Het plan als PDF delen met het gezin</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Nummer %1</source>
        <translation>Nummer %1</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Dit apparaat is ingetrokken; de gegevens erop zijn gewist. Koppel het opnieuw om verder te werken.</source>
        <translation>Dit apparaat is ingetrokken; de gegevens erop zijn gewist. Koppel het opnieuw om verder te werken.</translation>
    </message>
    <message>
        <source>De gegevens op dit apparaat zijn gewist. Koppel het opnieuw om verder te werken.</source>
        <translation>De gegevens op dit apparaat zijn gewist. Koppel het opnieuw om verder te werken.</translation>
    </message>
    <message>
        <source>Let op: na 10 verkeerde pogingen wist dit apparaat alle gegevens. Wat nog niet gesynchroniseerd is, gaat dan verloren. Niemand kan je wachtwoord herstellen.</source>
        <translation>Let op: na 10 verkeerde pogingen wist dit apparaat alle gegevens. Wat nog niet gesynchroniseerd is, gaat dan verloren. Niemand kan je wachtwoord herstellen.</translation>
    </message>
    <message>
        <source>Dit is geen geldig serveradres. Gebruik de vorm https://server.voorbeeld.nl (zonder pad), zoals je functioneel beheerder het gaf.</source>
        <translation>Dit is geen geldig serveradres. Gebruik de vorm https://server.voorbeeld.nl (zonder pad), zoals je functioneel beheerder het gaf.</translation>
    </message>
    <message>
        <source>Vul je gebruikersnaam en wachtwoord in.</source>
        <translation>Vul je gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>Op dit apparaat staat al een kluis. Ontgrendel die, of wis het apparaat via Instellingen.</source>
        <translation>Op dit apparaat staat al een kluis. Ontgrendel die, of wis het apparaat via Instellingen.</translation>
    </message>
    <message>
        <source>Apparaat koppelen…</source>
        <translation>Apparaat koppelen…</translation>
    </message>
    <message>
        <source>Dit is geen geldig serveradres.</source>
        <translation>Dit is geen geldig serveradres.</translation>
    </message>
    <message>
        <source>Het koppelen is niet gelukt: de opslag van dit apparaat gaf een fout.</source>
        <translation>Het koppelen is niet gelukt: de opslag van dit apparaat gaf een fout.</translation>
    </message>
    <message>
        <source>Kluis beveiligen met je wachtwoord…</source>
        <translation>Kluis beveiligen met je wachtwoord…</translation>
    </message>
    <message>
        <source>Eerste synchronisatie: je casussen ophalen…</source>
        <translation>Eerste synchronisatie: je casussen ophalen…</translation>
    </message>
    <message>
        <source>De kluis kon niet worden gemaakt: de opslag van dit apparaat gaf een fout. Probeer het opnieuw.</source>
        <translation>De kluis kon niet worden gemaakt: de opslag van dit apparaat gaf een fout. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Dit apparaat koppelen</source>
        <translation>Dit apparaat koppelen</translation>
    </message>
    <message>
        <source>Stap %1 van 4</source>
        <translation>Stap %1 van 4</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <source>Dit adres krijg je van je functioneel beheerder.</source>
        <translation>Dit adres krijg je van je functioneel beheerder.</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Inloggen bij %1</source>
        <translation>Inloggen bij %1</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Wachtwoord van je account</source>
        <translation>Wachtwoord van je account</translation>
    </message>
    <message>
        <source>Typ hier het wachtwoord van je account</source>
        <translation>Typ hier het wachtwoord van je account</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Terug naar het serveradres</source>
        <translation>Terug naar het serveradres</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Inloggen en dit apparaat koppelen</source>
        <translation>Inloggen en dit apparaat koppelen</translation>
    </message>
    <message>
        <source>Gekoppeld als %1.</source>
        <translation>Gekoppeld als %1.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord voor dit apparaat. Daarmee ontgrendel je de app; het versleutelt alle gegevens op dit apparaat.</source>
        <translation>Kies een wachtwoord voor dit apparaat. Daarmee ontgrendel je de app; het versleutelt alle gegevens op dit apparaat.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord (minstens 10 tekens)</source>
        <translation>Nieuw wachtwoord (minstens 10 tekens)</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor dit apparaat</source>
        <translation>Nieuw wachtwoord voor dit apparaat</translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>Wachtwoord instellen en synchroniseren</source>
        <translation>Wachtwoord instellen en synchroniseren</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Voortgang</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>+  Toevoegen</source>
        <translation>+  Toevoegen</translation>
    </message>
    <message>
        <source>Nog een toevoegen</source>
        <translation>Nog een toevoegen</translation>
    </message>
</context>
<context>
    <name>InstrumentButton</name>
    <message>
        <source>%1 starten</source>
        <translation>%1 starten</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Veldwerk</source>
        <translation>Veldwerk</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Leden van de casus</source>
        <translation>Leden van de casus</translation>
    </message>
    <message>
        <source>GI-medewerker kiezen</source>
        <translation>GI-medewerker kiezen</translation>
    </message>
    <message>
        <source>GI-medewerker toevoegen</source>
        <translation>GI-medewerker toevoegen</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Uitkomst vastleggen</translation>
    </message>
    <message>
        <source>Wat kwam eruit? Bijvoorbeeld: melding aangenomen</source>
        <translation>Wat kwam eruit? Bijvoorbeeld: melding aangenomen</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>OverduePrompt</name>
    <message>
        <source>Hulp gevraagd</source>
        <translation>Hulp gevraagd</translation>
    </message>
    <message>
        <source>Alles in orde?</source>
        <translation>Alles in orde?</translation>
    </message>
    <message>
        <source>%1. Je team ziet je melding zodra die is verstuurd.</source>
        <translation>%1. Je team ziet je melding zodra die is verstuurd.</translation>
    </message>
    <message>
        <source>De verwachte eindtijd van je bezoek aan %1 is voorbij (%2). Loopt het bezoek uit, of heb je hulp nodig?</source>
        <translation>De verwachte eindtijd van je bezoek aan %1 is voorbij (%2). Loopt het bezoek uit, of heb je hulp nodig?</translation>
    </message>
    <message>
        <source>Verlengen met 30 minuten</source>
        <translation>Verlengen met 30 minuten</translation>
    </message>
    <message>
        <source>Ik heb hulp nodig</source>
        <translation>Ik heb hulp nodig</translation>
    </message>
    <message>
        <source>Ik heb hulp nodig: waarschuw mijn team</source>
        <translation>Ik heb hulp nodig: waarschuw mijn team</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>OverdueVisitsController</name>
    <message>
        <source>een casus die niet op dit apparaat staat</source>
        <translation>een casus die niet op dit apparaat staat</translation>
    </message>
    <message>
        <source>Nog geen check-in ontvangen</source>
        <translation>Nog geen check-in ontvangen</translation>
    </message>
    <message>
        <source>Laatste check-in: %1</source>
        <translation>Laatste check-in: %1</translation>
    </message>
    <message>
        <source>Gestart %1, verwacht klaar om %2</source>
        <translation>Gestart %1, verwacht klaar om %2</translation>
    </message>
    <message>
        <source>Te laat sinds %1 (verwacht klaar om %2)</source>
        <translation>Te laat sinds %1 (verwacht klaar om %2)</translation>
    </message>
    <message>
        <source>%1 vroeg om hulp, %2</source>
        <translation>%1 vroeg om hulp, %2</translation>
    </message>
</context>
<context>
    <name>OverdueVisitsPanel</name>
    <message>
        <source>1 bezoek loopt uit</source>
        <translation>1 bezoek loopt uit</translation>
    </message>
    <message>
        <source>%1 bezoeken lopen uit</source>
        <translation>%1 bezoeken lopen uit</translation>
    </message>
    <message>
        <source>%1 bij %2</source>
        <translation>%1 bij %2</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>Gezinslid wijzigen</source>
        <translation>Gezinslid wijzigen</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Naam van het gezinslid</source>
        <translation>Naam van het gezinslid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Kind of ouder</source>
        <translation>Kind of ouder</translation>
    </message>
    <message>
        <source>Geboren (jjjj-mm-dd)</source>
        <translation>Geboren (jjjj-mm-dd)</translation>
    </message>
    <message>
        <source>Geboortedatum, jaar-maand-dag</source>
        <translation>Geboortedatum, jaar-maand-dag</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Wijziging van het gezinslid opslaan</source>
        <translation>Wijziging van het gezinslid opslaan</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Gezinsleden</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>%1 wijzigen</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Naam van het gezinslid</source>
        <translation>Naam van het gezinslid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Kind of ouder</source>
        <translation>Kind of ouder</translation>
    </message>
    <message>
        <source>Geboren (jjjj-mm-dd)</source>
        <translation>Geboren (jjjj-mm-dd)</translation>
    </message>
    <message>
        <source>Geboortedatum, jaar-maand-dag</source>
        <translation>Geboortedatum, jaar-maand-dag</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Fase wijzigen</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Wie heeft de regie? Bijvoorbeeld: Jeugd- en gezinsteam Utrecht</source>
        <translation>Wie heeft de regie? Bijvoorbeeld: Jeugd- en gezinsteam Utrecht</translation>
    </message>
    <message>
        <source>Wie heeft de regie</source>
        <translation>Wie heeft de regie</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Fase vastleggen</source>
        <translation>Fase vastleggen</translation>
    </message>
</context>
<context>
    <name>PositionStatus</name>
    <message>
        <source>Positie</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Ja, positie bepalen</source>
        <translation>Ja, positie bepalen</translation>
    </message>
    <message>
        <source>Nee, zonder positie</source>
        <translation>Nee, zonder positie</translation>
    </message>
    <message>
        <source>Nu verder zonder positie</source>
        <translation>Nu verder zonder positie</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Scherm verborgen</source>
        <translation>Scherm verborgen</translation>
    </message>
    <message>
        <source>Verder met wachtwoord</source>
        <translation>Verder met wachtwoord</translation>
    </message>
    <message>
        <source>Terug naar de app: vul je wachtwoord in</source>
        <translation>Terug naar de app: vul je wachtwoord in</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Geweigerde wijzigingen</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>De server heeft deze wijzigingen niet overgenomen. Ze blijven op dit apparaat bewaard; voer ze zo nodig opnieuw in waar dat wel mag, of overleg met je functioneel beheerder.</source>
        <translation>De server heeft deze wijzigingen niet overgenomen. Ze blijven op dit apparaat bewaard; voer ze zo nodig opnieuw in waar dat wel mag, of overleg met je functioneel beheerder.</translation>
    </message>
    <message>
        <source>Geweigerd %1</source>
        <translation>Geweigerd %1</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Medeondertekend door de GI-medewerker (%1).</source>
        <translation>Medeondertekend door de GI-medewerker (%1).</translation>
    </message>
    <message>
        <source>Niet medeondertekend door de GI-medewerker.</source>
        <translation>Niet medeondertekend door de GI-medewerker.</translation>
    </message>
    <message>
        <source>Geen GI-bijdrage: medeondertekening niet nodig.</source>
        <translation>Geen GI-bijdrage: medeondertekening niet nodig.</translation>
    </message>
    <message>
        <source>Geen veiligheidsoordeel</source>
        <translation>Geen veiligheidsoordeel</translation>
    </message>
    <message>
        <source>Risico: %1</source>
        <translation>Risico: %1</translation>
    </message>
    <message>
        <source>Ingediend %1 door %2</source>
        <translation>Ingediend %1 door %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI.</source>
        <translation>Ingediend zonder medeondertekening GI.</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI. Reden: %1</source>
        <translation>Ingediend zonder medeondertekening GI. Reden: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Casussen</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Ter beoordeling</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <source>1 taxatie wacht op je</source>
        <translation>1 taxatie wacht op je</translation>
    </message>
    <message>
        <source>%1 taxaties wachten op je</source>
        <translation>%1 taxaties wachten op je</translation>
    </message>
    <message>
        <source>Veiligheid: %1</source>
        <translation>Veiligheid: %1</translation>
    </message>
    <message>
        <source>Signaal </source>
        <translation>Signaal </translation>
    </message>
    <message>
        <source>Toelichting </source>
        <translation>Toelichting </translation>
    </message>
    <message>
        <source>Bekijken</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Hele taxatie bekijken</source>
        <translation>Hele taxatie bekijken</translation>
    </message>
    <message>
        <source>Terugsturen…</source>
        <translation>Terugsturen…</translation>
    </message>
    <message>
        <source>Terugsturen met een opmerking</source>
        <translation>Terugsturen met een opmerking</translation>
    </message>
    <message>
        <source>Goedkeuren</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Er wacht niets op je beoordeling. Ingediende taxaties van je team komen hier na synchroniseren.</source>
        <translation>Er wacht niets op je beoordeling. Ingediende taxaties van je team komen hier na synchroniseren.</translation>
    </message>
    <message>
        <source>Terugsturen naar de medewerker</source>
        <translation>Terugsturen naar de medewerker</translation>
    </message>
    <message>
        <source>Wat moet er gebeuren? De medewerker leest dit na synchroniseren.</source>
        <translation>Wat moet er gebeuren? De medewerker leest dit na synchroniseren.</translation>
    </message>
    <message>
        <source>Opmerking bij het terugsturen</source>
        <translation>Opmerking bij het terugsturen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Terugsturen</source>
        <translation>Terugsturen</translation>
    </message>
    <message>
        <source>Beantwoord door %1</source>
        <translation>Beantwoord door %1</translation>
    </message>
    <message>
        <source>Hele taxatie</source>
        <translation>Hele taxatie</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <source>Blokkeert indienen</source>
        <translation>Blokkeert indienen</translation>
    </message>
    <message>
        <source>Toelichting nodig</source>
        <translation>Toelichting nodig</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Vragen vervallen</source>
        <translation>Vragen vervallen</translation>
    </message>
    <message>
        <source>Gedragswetenschapper kijkt mee</source>
        <translation>Gedragswetenschapper kijkt mee</translation>
    </message>
    <message>
        <source>Voorstel: %1</source>
        <translation>Voorstel: %1</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>✓ Overgenomen</source>
        <translation>✓ Overgenomen</translation>
    </message>
    <message>
        <source>Toelichting (nodig om in te dienen)</source>
        <translation>Toelichting (nodig om in te dienen)</translation>
    </message>
    <message>
        <source>Toelichting bij %1</source>
        <translation>Toelichting bij %1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Regels</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Er is nu geen regel van toepassing.</source>
        <translation>Er is nu geen regel van toepassing.</translation>
    </message>
</context>
<context>
    <name>SectionEntry</name>
    <message>
        <source>%1 · %2 verplicht open</source>
        <translation>%1 · %2 verplicht open</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Alles op dit apparaat staat ook op de server. Na het wissen kun je dit apparaat opnieuw koppelen.</source>
        <translation>Alles op dit apparaat staat ook op de server. Na het wissen kun je dit apparaat opnieuw koppelen.</translation>
    </message>
    <message>
        <source>Dit is nog niet gesynchroniseerd en gaat verloren als je nu wist:</source>
        <translation>Dit is nog niet gesynchroniseerd en gaat verloren als je nu wist:</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan een server</source>
        <translation>Niet gekoppeld aan een server</translation>
    </message>
    <message>
        <source>Apparaat %1</source>
        <translation>Apparaat %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) in %1</source>
        <translation>
            <numerusform>%n wijziging in %1</numerusform>
            <numerusform>%n wijzigingen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n door de server geweigerde wijziging(en)</source>
        <translation>
            <numerusform>%n door de server geweigerde wijziging</numerusform>
            <numerusform>%n door de server geweigerde wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ontgrendel het apparaat eerst.</source>
        <translation>Ontgrendel het apparaat eerst.</translation>
    </message>
    <message>
        <source>Je wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.</source>
        <translation>Je wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.</translation>
    </message>
    <message>
        <source>Het wachtwoord is niet gewijzigd: de kluis gaf een fout. Het oude wachtwoord blijft geldig.</source>
        <translation>Het wachtwoord is niet gewijzigd: de kluis gaf een fout. Het oude wachtwoord blijft geldig.</translation>
    </message>
    <message>
        <source>Typ WISSEN om te bevestigen.</source>
        <translation>Typ WISSEN om te bevestigen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Casussen</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>De taal gaat in bij de volgende start van de app.</source>
        <translation>De taal gaat in bij de volgende start van de app.</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>na %1 min</source>
        <translation>na %1 min</translation>
    </message>
    <message>
        <source>Vergrendelen na %1 minuten</source>
        <translation>Vergrendelen na %1 minuten</translation>
    </message>
    <message>
        <source>Locatie gebruiken bij huisbezoek</source>
        <translation>Locatie gebruiken bij huisbezoek</translation>
    </message>
    <message>
        <source>Elke keer vragen</source>
        <translation>Elke keer vragen</translation>
    </message>
    <message>
        <source>Altijd</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Locatie: %1</source>
        <translation>Locatie: %1</translation>
    </message>
    <message>
        <source>Server en apparaat</source>
        <translation>Server en apparaat</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Ingelogd als: %1</source>
        <translation>Ingelogd als: %1</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord (minstens 10 tekens)</source>
        <translation>Nieuw wachtwoord (minstens 10 tekens)</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Herhaal het nieuwe wachtwoord</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>Afmelden en apparaat wissen</source>
        <translation>Afmelden en apparaat wissen</translation>
    </message>
    <message>
        <source>Typ WISSEN om te bevestigen</source>
        <translation>Typ WISSEN om te bevestigen</translation>
    </message>
    <message>
        <source>Afmelden en wissen</source>
        <translation>Afmelden en wissen</translation>
    </message>
</context>
<context>
    <name>SettledDisagreement</name>
    <message>
        <source>Verschil van inzicht opgelost: %1</source>
        <translation>Verschil van inzicht opgelost: %1</translation>
    </message>
</context>
<context>
    <name>StatementsController</name>
    <message>
        <source>%1 (GI) is het niet eens met deze beoordeling, %2</source>
        <translation>%1 (GI) is het niet eens met deze beoordeling, %2</translation>
    </message>
    <message>
        <source>Eigen zienswijze van %1, %2</source>
        <translation>Eigen zienswijze van %1, %2</translation>
    </message>
    <message>
        <source>Vastgelegd door %1, %2</source>
        <translation>Vastgelegd door %1, %2</translation>
    </message>
    <message>
        <source>De zienswijzen konden niet worden gelezen.</source>
        <translation>De zienswijzen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>Alleen de GI-medewerker van de casus legt vast dat de GI het niet eens is.</source>
        <translation>Alleen de GI-medewerker van de casus legt vast dat de GI het niet eens is.</translation>
    </message>
    <message>
        <source>Schrijf op wat er gezegd is.</source>
        <translation>Schrijf op wat er gezegd is.</translation>
    </message>
    <message>
        <source>Kies wie het zei, of beschrijf wie het was.</source>
        <translation>Kies wie het zei, of beschrijf wie het was.</translation>
    </message>
    <message>
        <source>Vul een geldige datum in, niet in de toekomst.</source>
        <translation>Vul een geldige datum in, niet in de toekomst.</translation>
    </message>
    <message>
        <source>De zienswijze kon niet worden vastgelegd.</source>
        <translation>De zienswijze kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Iemand anders…</source>
        <translation>Iemand anders…</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Eigen zienswijze en reacties</source>
        <translation>Eigen zienswijze en reacties</translation>
    </message>
    <message>
        <source>Er is nog geen eigen zienswijze vastgelegd.</source>
        <translation>Er is nog geen eigen zienswijze vastgelegd.</translation>
    </message>
    <message>
        <source>Wie zei het?</source>
        <translation>Wie zei het?</translation>
    </message>
    <message>
        <source>Wie was het? Bijvoorbeeld: oma van moederskant</source>
        <translation>Wie was het? Bijvoorbeeld: oma van moederskant</translation>
    </message>
    <message>
        <source>Wanneer gezegd (JJJJ-MM-DD, leeg is vandaag)</source>
        <translation>Wanneer gezegd (JJJJ-MM-DD, leeg is vandaag)</translation>
    </message>
    <message>
        <source>Wat zei hij of zij? Schrijf het op in zijn of haar eigen woorden.</source>
        <translation>Wat zei hij of zij? Schrijf het op in zijn of haar eigen woorden.</translation>
    </message>
    <message>
        <source>Zienswijze vastleggen</source>
        <translation>Zienswijze vastleggen</translation>
    </message>
    <message>
        <source>Niet eens (GI) vastleggen</source>
        <translation>Niet eens (GI) vastleggen</translation>
    </message>
    <message>
        <source>Wie was het?</source>
        <translation>Wie was het?</translation>
    </message>
    <message>
        <source>Wanneer gezegd</source>
        <translation>Wanneer gezegd</translation>
    </message>
    <message>
        <source>De eigen woorden</source>
        <translation>De eigen woorden</translation>
    </message>
</context>
<context>
    <name>SubjectPickerDialog</name>
    <message>
        <source>Voor wie vul je dit in?</source>
        <translation>Voor wie vul je dit in?</translation>
    </message>
    <message>
        <source>Er zijn in deze casus nog geen personen vastgelegd voor wie dit instrument bedoeld is.</source>
        <translation>Er zijn in deze casus nog geen personen vastgelegd voor wie dit instrument bedoeld is.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>SubmitBar</name>
    <message>
        <source>Indienen</source>
        <translation>Indienen</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Niet gekoppeld aan een server</source>
        <translation>Niet gekoppeld aan een server</translation>
    </message>
    <message>
        <source>Bezig met synchroniseren…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Offline. Je wijzigingen blijven veilig op dit apparaat en gaan mee bij de volgende synchronisatie.</source>
        <translation>Offline. Je wijzigingen blijven veilig op dit apparaat en gaan mee bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Alles is verstuurd</source>
        <translation>Alles is verstuurd</translation>
    </message>
    <message>
        <source>1 wijziging wacht op verzending</source>
        <translation>1 wijziging wacht op verzending</translation>
    </message>
    <message>
        <source>%1 wijzigingen wachten op verzending</source>
        <translation>%1 wijzigingen wachten op verzending</translation>
    </message>
    <message>
        <source>geen netwerk</source>
        <translation>geen netwerk</translation>
    </message>
    <message>
        <source>1 geweigerde wijziging</source>
        <translation>1 geweigerde wijziging</translation>
    </message>
    <message>
        <source>%1 geweigerde wijzigingen</source>
        <translation>%1 geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchroniseren</translation>
    </message>
</context>
<context>
    <name>TeamRemindersController</name>
    <message>
        <source>Oordeel niet beter na de evaluatie: bespreek deze casus</source>
        <translation>Oordeel niet beter na de evaluatie: bespreek deze casus</translation>
    </message>
</context>
<context>
    <name>TeamRemindersPanel</name>
    <message>
        <source>1 punt voor opvolging in het team</source>
        <translation>1 punt voor opvolging in het team</translation>
    </message>
    <message>
        <source>%1 punten voor opvolging in het team</source>
        <translation>%1 punten voor opvolging in het team</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Typ hier…</source>
        <translation>Typ hier…</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>beoordeeld door %1</source>
        <translation>beoordeeld door %1</translation>
    </message>
    <message>
        <source>evaluatie %1</source>
        <translation>evaluatie %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Oordelen risicotaxatie over %1</source>
        <translation>Oordelen risicotaxatie over %1</translation>
    </message>
    <message>
        <source>Oordelen risicotaxatie</source>
        <translation>Oordelen risicotaxatie</translation>
    </message>
    <message>
        <source>Nog geen risicotaxatie met een oordeel.</source>
        <translation>Nog geen risicotaxatie met een oordeel.</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>De ouders</source>
        <translation>De ouders</translation>
    </message>
    <message>
        <source>Nog geen scores op de schaalvraag.</source>
        <translation>Nog geen scores op de schaalvraag.</translation>
    </message>
    <message>
        <source>Schaalscores veiligheidsplan (0 tot 10)</source>
        <translation>Schaalscores veiligheidsplan (0 tot 10)</translation>
    </message>
    <message>
        <source>wie: %1</source>
        <translation>wie: %1</translation>
    </message>
    <message>
        <source>uiterlijk %1, verlopen</source>
        <translation>uiterlijk %1, verlopen</translation>
    </message>
    <message>
        <source>uiterlijk %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>controle: %1</source>
        <translation>controle: %1</translation>
    </message>
    <message>
        <source>Evaluatie van het plan</source>
        <translation>Evaluatie van het plan</translation>
    </message>
    <message>
        <source>Geen afspraken in het huidige veiligheidsplan.</source>
        <translation>Geen afspraken in het huidige veiligheidsplan.</translation>
    </message>
    <message>
        <source>Afspraken van het huidige veiligheidsplan</source>
        <translation>Afspraken van het huidige veiligheidsplan</translation>
    </message>
    <message>
        <source>Fase nog niet vastgelegd</source>
        <translation>Fase nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>regie bij %1</source>
        <translation>regie bij %1</translation>
    </message>
    <message>
        <source>verwacht einde %1</source>
        <translation>verwacht einde %1</translation>
    </message>
    <message>
        <source>uitkomst nog niet vastgelegd</source>
        <translation>uitkomst nog niet vastgelegd</translation>
    </message>
    <message>
        <source>uitkomst: %1</source>
        <translation>uitkomst: %1</translation>
    </message>
    <message>
        <source>vastgelegd door %1</source>
        <translation>vastgelegd door %1</translation>
    </message>
    <message>
        <source>Fase en escalaties</source>
        <translation>Fase en escalaties</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Casus</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Herinnering: %1</source>
        <translation>Herinnering: %1</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Vul eerst je wachtwoord in.</source>
        <translation>Vul eerst je wachtwoord in.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist. Neem contact op met je functioneel beheerder om het apparaat opnieuw te koppelen.</source>
        <translation>Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist. Neem contact op met je functioneel beheerder om het apparaat opnieuw te koppelen.</translation>
    </message>
    <message>
        <source>Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens te beschermen zijn alle gegevens op dit apparaat gewist. Neem contact op met je functioneel beheerder om het apparaat opnieuw in te richten.</source>
        <translation>Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens te beschermen zijn alle gegevens op dit apparaat gewist. Neem contact op met je functioneel beheerder om het apparaat opnieuw in te richten.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord. Nog 1 poging voordat de gegevens op dit apparaat worden gewist.</source>
        <translation>Onjuist wachtwoord. Nog 1 poging voordat de gegevens op dit apparaat worden gewist.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord. Nog %1 pogingen voordat de gegevens op dit apparaat worden gewist.</source>
        <translation>Onjuist wachtwoord. Nog %1 pogingen voordat de gegevens op dit apparaat worden gewist.</translation>
    </message>
    <message>
        <source>Er staat nog geen kluis op dit apparaat (gezocht in %1). Laat het apparaat inrichten door je functioneel beheerder, of maak voor een demo een kluis aan met: veldwerk-cli --vault %1 init</source>
        <translation>Er staat nog geen kluis op dit apparaat (gezocht in %1). Laat het apparaat inrichten door je functioneel beheerder, of maak voor een demo een kluis aan met: veldwerk-cli --vault %1 init</translation>
    </message>
    <message>
        <source>De kluis op dit apparaat is beschadigd en kan niet worden geopend. Er is niets gewist. Neem contact op met je functioneel beheerder.</source>
        <translation>De kluis op dit apparaat is beschadigd en kan niet worden geopend. Er is niets gewist. Neem contact op met je functioneel beheerder.</translation>
    </message>
    <message>
        <source>De kluis kon niet worden gelezen (opslagfout). Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</source>
        <translation>De kluis kon niet worden gelezen (opslagfout). Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken</source>
        <translation>Dit apparaat is ingetrokken</translation>
    </message>
    <message>
        <source>Dit apparaat is vergrendeld</source>
        <translation>Dit apparaat is vergrendeld</translation>
    </message>
    <message>
        <source>De kluis is even in gebruik door een ander programma op dit apparaat. Probeer het zo opnieuw. Er is niets gewist en dit telt niet als poging.</source>
        <translation>De kluis is even in gebruik door een ander programma op dit apparaat. Probeer het zo opnieuw. Er is niets gewist en dit telt niet als poging.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Voer je wachtwoord in om je casussen te openen.</source>
        <translation>Voer je wachtwoord in om je casussen te openen.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <source>Opnieuw controleren</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Alle gegevens staan versleuteld op dit apparaat.</source>
        <translation>Alle gegevens staan versleuteld op dit apparaat.</translation>
    </message>
</context>
<context>
    <name>Veldwerk</name>
    <message>
        <source>het gezin</source>
        <translation>het gezin</translation>
    </message>
    <message>
        <source>Teruggestuurd door %1: %2</source>
        <translation>Teruggestuurd door %1: %2</translation>
    </message>
    <message>
        <source>Laatst gewijzigd %1</source>
        <translation>Laatst gewijzigd %1</translation>
    </message>
    <message>
        <source>geboortedatum onbekend</source>
        <translation>geboortedatum onbekend</translation>
    </message>
    <message>
        <source>geboren %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>Het apparaat is vergrendeld. Ontgrendel het en probeer het opnieuw.</source>
        <translation>Het apparaat is vergrendeld. Ontgrendel het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout. Je laatste wijziging is niet bewaard. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</source>
        <translation>Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout. Je laatste wijziging is niet bewaard. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</translation>
    </message>
    <message>
        <source>Je bent op de server geen lid (meer) van deze casus.</source>
        <translation>Je bent op de server geen lid (meer) van deze casus.</translation>
    </message>
    <message>
        <source>De server kent deze casus niet.</source>
        <translation>De server kent deze casus niet.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker kan een casus starten.</source>
        <translation>Alleen een JGT-medewerker kan een casus starten.</translation>
    </message>
    <message>
        <source>De wijziging is gemaakt door een andere gebruiker dan die van dit apparaat.</source>
        <translation>De wijziging is gemaakt door een andere gebruiker dan die van dit apparaat.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus wijzigt de casus zelf.</source>
        <translation>Alleen een JGT-medewerker van de casus wijzigt de casus zelf.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus voegt leden toe of haalt ze weg.</source>
        <translation>Alleen een JGT-medewerker van de casus voegt leden toe of haalt ze weg.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus legt toestemming vast.</source>
        <translation>Alleen een JGT-medewerker van de casus legt toestemming vast.</translation>
    </message>
    <message>
        <source>Alleen de JGT- en GI-medewerkers van de casus leggen gezinsleden vast.</source>
        <translation>Alleen de JGT- en GI-medewerkers van de casus leggen gezinsleden vast.</translation>
    </message>
    <message>
        <source>Alleen de JGT- en GI-medewerkers van de casus vullen antwoorden in.</source>
        <translation>Alleen de JGT- en GI-medewerkers van de casus vullen antwoorden in.</translation>
    </message>
    <message>
        <source>De server kent deze versie van het instrument niet.</source>
        <translation>De server kent deze versie van het instrument niet.</translation>
    </message>
    <message>
        <source>Een eigen score vult alleen de professional zelf in.</source>
        <translation>Een eigen score vult alleen de professional zelf in.</translation>
    </message>
    <message>
        <source>De taxatie is goedgekeurd en verandert niet meer; leg nieuwe informatie vast in een addendum.</source>
        <translation>De taxatie is goedgekeurd en verandert niet meer; leg nieuwe informatie vast in een addendum.</translation>
    </message>
    <message>
        <source>De taxatie is ingediend en wacht op beoordeling; na terugsturen kan zij weer veranderen.</source>
        <translation>De taxatie is ingediend en wacht op beoordeling; na terugsturen kan zij weer veranderen.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus dient een taxatie in.</source>
        <translation>Alleen een JGT-medewerker van de casus dient een taxatie in.</translation>
    </message>
    <message>
        <source>Alleen een GI-medewerker van de casus ondertekent mee.</source>
        <translation>Alleen een GI-medewerker van de casus ondertekent mee.</translation>
    </message>
    <message>
        <source>Alleen de gedragswetenschapper beoordeelt een taxatie.</source>
        <translation>Alleen de gedragswetenschapper beoordeelt een taxatie.</translation>
    </message>
    <message>
        <source>Een gedragswetenschapper keurt taxaties goed of stuurt ze terug, en wijzigt verder niets.</source>
        <translation>Een gedragswetenschapper keurt taxaties goed of stuurt ze terug, en wijzigt verder niets.</translation>
    </message>
    <message>
        <source>Over dit antwoord is een verschil van inzicht dat alleen een JGT-medewerker van de casus oplost.</source>
        <translation>Over dit antwoord is een verschil van inzicht dat alleen een JGT-medewerker van de casus oplost.</translation>
    </message>
    <message>
        <source>Dit apparaat kende een nieuwere versie dan de server; de wijziging is apart gezet.</source>
        <translation>Dit apparaat kende een nieuwere versie dan de server; de wijziging is apart gezet.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Crisisdienst</source>
        <translation>Crisisdienst</translation>
    </message>
    <message>
        <source>Buiten kantoortijd (team)</source>
        <translation>Buiten kantoortijd (team)</translation>
    </message>
    <message>
        <source>Alarmnummer</source>
        <translation>Alarmnummer</translation>
    </message>
</context>
<context>
    <name>VisitBanner</name>
    <message>
        <source>Bezoek loopt</source>
        <translation>Bezoek loopt</translation>
    </message>
    <message>
        <source>Bezoek bij %1</source>
        <translation>Bezoek bij %1</translation>
    </message>
    <message>
        <source>%1 bezig · de verwachte eindtijd is voorbij (%2)</source>
        <translation>%1 bezig · de verwachte eindtijd is voorbij (%2)</translation>
    </message>
    <message>
        <source>%1 bezig · %2</source>
        <translation>%1 bezig · %2</translation>
    </message>
    <message>
        <source>Hulp nodig</source>
        <translation>Hulp nodig</translation>
    </message>
    <message>
        <source>Ik heb hulp nodig: waarschuw mijn team</source>
        <translation>Ik heb hulp nodig: waarschuw mijn team</translation>
    </message>
    <message>
        <source>Bezoek beëindigen</source>
        <translation>Bezoek beëindigen</translation>
    </message>
</context>
<context>
    <name>VisitController</name>
    <message>
        <source>Verwacht klaar om %1</source>
        <translation>Verwacht klaar om %1</translation>
    </message>
    <message>
        <source>Hulp gevraagd om %1</source>
        <translation>Hulp gevraagd om %1</translation>
    </message>
    <message>
        <source>%1 · nog niet verstuurd: dit apparaat is niet gekoppeld</source>
        <translation>%1 · nog niet verstuurd: dit apparaat is niet gekoppeld</translation>
    </message>
    <message>
        <source>%1 · wordt verstuurd</source>
        <translation>%1 · wordt verstuurd</translation>
    </message>
    <message>
        <source>%1 · wacht op netwerk, wordt verstuurd zodra dat er is</source>
        <translation>%1 · wacht op netwerk, wordt verstuurd zodra dat er is</translation>
    </message>
    <message>
        <source>%1 · verstuurd</source>
        <translation>%1 · verstuurd</translation>
    </message>
    <message>
        <source>%1 minuten, tot ongeveer %2</source>
        <translation>%1 minuten, tot ongeveer %2</translation>
    </message>
    <message>
        <source>Positie wordt bepaald… Je gaat verder zodra die er is (hooguit 30 seconden).</source>
        <translation>Positie wordt bepaald… Je gaat verder zodra die er is (hooguit 30 seconden).</translation>
    </message>
    <message>
        <source>Positie wordt bepaald…</source>
        <translation>Positie wordt bepaald…</translation>
    </message>
    <message>
        <source>Positie bepaald: %1</source>
        <translation>Positie bepaald: %1</translation>
    </message>
    <message>
        <source>Geen positie: je hebt die geweigerd.</source>
        <translation>Geen positie: je hebt die geweigerd.</translation>
    </message>
    <message>
        <source>Geen positie gevonden binnen 30 seconden. Het bezoek gaat gewoon door.</source>
        <translation>Geen positie gevonden binnen 30 seconden. Het bezoek gaat gewoon door.</translation>
    </message>
    <message>
        <source>Positiebepaling staat uit (Instellingen of het apparaat).</source>
        <translation>Positiebepaling staat uit (Instellingen of het apparaat).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Jij checkt nu in.</source>
        <translation>Jij checkt nu in.</translation>
    </message>
    <message>
        <source>Jij checkt nu in; %1 sluit op de eigen tablet aan bij dit bezoek.</source>
        <translation>Jij checkt nu in; %1 sluit op de eigen tablet aan bij dit bezoek.</translation>
    </message>
    <message>
        <source> en </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Het bezoek kan nog niet worden beëindigd: zie hieronder wat er nog moet worden vastgelegd.</source>
        <translation>Het bezoek kan nog niet worden beëindigd: zie hieronder wat er nog moet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Alleen de JGT- en GI-medewerkers van deze casus leggen een bezoek vast.</source>
        <translation>Alleen de JGT- en GI-medewerkers van deze casus leggen een bezoek vast.</translation>
    </message>
    <message>
        <source>Dat kan niet meer: het bezoek is al beëindigd of je bent er al bij.</source>
        <translation>Dat kan niet meer: het bezoek is al beëindigd of je bent er al bij.</translation>
    </message>
    <message>
        <source>Het bezoek kon niet worden opgeslagen. Probeer het nog eens.</source>
        <translation>Het bezoek kon niet worden opgeslagen. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Mag de app je positie vastleggen bij dit bezoek? Die wordt bij het bezoek bewaard, zodat je team je kan vinden als het uitloopt.</source>
        <translation>Mag de app je positie vastleggen bij dit bezoek? Die wordt bij het bezoek bewaard, zodat je team je kan vinden als het uitloopt.</translation>
    </message>
</context>
<context>
    <name>VisitEndSheet</name>
    <message>
        <source>Het bezoek kan nog niet worden beëindigd</source>
        <translation>Het bezoek kan nog niet worden beëindigd</translation>
    </message>
    <message>
        <source>Bezoek aan %1 beëindigen</source>
        <translation>Bezoek aan %1 beëindigen</translation>
    </message>
    <message>
        <source>Eerst moet in een instrument van dit bezoek nog iets worden vastgelegd:</source>
        <translation>Eerst moet in een instrument van dit bezoek nog iets worden vastgelegd:</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sluiten, het bezoek loopt door</source>
        <translation>Sluiten, het bezoek loopt door</translation>
    </message>
    <message>
        <source>Bezoek beëindigen</source>
        <translation>Bezoek beëindigen</translation>
    </message>
</context>
<context>
    <name>VisitStartButton</name>
    <message>
        <source>Aansluiten bij het bezoek</source>
        <translation>Aansluiten bij het bezoek</translation>
    </message>
    <message>
        <source>Bezoek starten</source>
        <translation>Bezoek starten</translation>
    </message>
    <message>
        <source>Aansluiten bij het bezoek van je collega</source>
        <translation>Aansluiten bij het bezoek van je collega</translation>
    </message>
    <message>
        <source>Bezoek aan dit gezin starten</source>
        <translation>Bezoek aan dit gezin starten</translation>
    </message>
</context>
<context>
    <name>VisitStartSheet</name>
    <message>
        <source>Aansluiten bij het bezoek aan %1</source>
        <translation>Aansluiten bij het bezoek aan %1</translation>
    </message>
    <message>
        <source>Bezoek starten bij %1</source>
        <translation>Bezoek starten bij %1</translation>
    </message>
    <message>
        <source>Wie zijn er bij?</source>
        <translation>Wie zijn er bij?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is aanwezig</source>
        <translation>%1 is aanwezig</translation>
    </message>
    <message>
        <source>Anderen aanwezig, bijvoorbeeld een tolk of de buurvrouw</source>
        <translation>Anderen aanwezig, bijvoorbeeld een tolk of de buurvrouw</translation>
    </message>
    <message>
        <source>Anderen aanwezig</source>
        <translation>Anderen aanwezig</translation>
    </message>
    <message>
        <source>Hoe lang duurt het bezoek?</source>
        <translation>Hoe lang duurt het bezoek?</translation>
    </message>
    <message>
        <source>− 15 min</source>
        <translation>− 15 min</translation>
    </message>
    <message>
        <source>Een kwartier korter</source>
        <translation>Een kwartier korter</translation>
    </message>
    <message>
        <source>+ 15 min</source>
        <translation>+ 15 min</translation>
    </message>
    <message>
        <source>Een kwartier langer</source>
        <translation>Een kwartier langer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Aansluiten</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Bezoek starten</source>
        <translation>Bezoek starten</translation>
    </message>
</context>
<context>
    <name>VwCloseFooter</name>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>VwConfirmFooter</name>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>VwPageHeader</name>
    <message>
        <source>Terug</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Scherm verbergen</source>
        <translation>Scherm verbergen</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Crisisnummers tonen</source>
        <translation>Crisisnummers tonen</translation>
    </message>
</context>
<context>
    <name>VwPassphraseField</name>
    <message>
        <source>Typ hier je wachtwoord</source>
        <translation>Typ hier je wachtwoord</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Wachtwoord</translation>
    </message>
</context>
<context>
    <name>WithoutCosignDialog</name>
    <message>
        <source>De GI-collega heeft nog niet medeondertekend</source>
        <translation>De GI-collega heeft nog niet medeondertekend</translation>
    </message>
    <message>
        <source>De GI-collega heeft in deze taxatie meegewerkt. Zijn of haar medeondertekening wordt gevraagd, maar is geen voorwaarde: de regie ligt bij jou. Je kunt nu indienen zonder medeondertekening als je opschrijft waarom. De gedragswetenschapper ziet dat en leest je reden; medeondertekent de GI-collega later, dan komt dat er alsnog bij.</source>
        <translation>De GI-collega heeft in deze taxatie meegewerkt. Zijn of haar medeondertekening wordt gevraagd, maar is geen voorwaarde: de regie ligt bij jou. Je kunt nu indienen zonder medeondertekening als je opschrijft waarom. De gedragswetenschapper ziet dat en leest je reden; medeondertekent de GI-collega later, dan komt dat er alsnog bij.</translation>
    </message>
    <message>
        <source>Waarom nu indienen? Bijvoorbeeld: de GI-collega is twee weken afwezig en de veiligheid van het kind gaat voor.</source>
        <translation>Waarom nu indienen? Bijvoorbeeld: de GI-collega is twee weken afwezig en de veiligheid van het kind gaat voor.</translation>
    </message>
    <message>
        <source>Reden voor indienen zonder medeondertekening</source>
        <translation>Reden voor indienen zonder medeondertekening</translation>
    </message>
    <message>
        <source>Indienen zonder medeondertekening</source>
        <translation>Indienen zonder medeondertekening</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Annuleren, niet indienen</source>
        <translation>Annuleren, niet indienen</translation>
    </message>
</context>
<context>
    <name>veldwerk::app</name>
    <message>
        <source>Het certificaat van de server wordt niet vertrouwd. Er is geen verbinding gemaakt. Controleer het adres, of vraag je functioneel beheerder om het certificaat van de server.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd. Er is geen verbinding gemaakt. Controleer het adres, of vraag je functioneel beheerder om het certificaat van de server.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Controleer of dit apparaat met internet verbonden is en of het adres klopt, en probeer het opnieuw.</source>
        <translation>Geen verbinding met de server. Controleer of dit apparaat met internet verbonden is en of het adres klopt, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>De gebruikersnaam of het wachtwoord klopt niet.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken door je functioneel beheerder. Neem contact met hen op.</source>
        <translation>Dit apparaat is ingetrokken door je functioneel beheerder. Neem contact met hen op.</translation>
    </message>
    <message>
        <source>De klok van dit apparaat staat te ver af van die van de server. Zet de datum en tijd goed en probeer het opnieuw.</source>
        <translation>De klok van dit apparaat staat te ver af van die van de server. Zet de datum en tijd goed en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Te veel mislukte pogingen. Wacht een paar minuten en probeer het opnieuw.</source>
        <translation>Te veel mislukte pogingen. Wacht een paar minuten en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>De server weigerde het koppelen van dit apparaat. Neem contact op met je functioneel beheerder.</source>
        <translation>De server weigerde het koppelen van dit apparaat. Neem contact op met je functioneel beheerder.</translation>
    </message>
    <message>
        <source>De server gaf een fout. Probeer het later opnieuw.</source>
        <translation>De server gaf een fout. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>JGT-medewerker</source>
        <translation>JGT-medewerker</translation>
    </message>
    <message>
        <source>GI-medewerker</source>
        <translation>GI-medewerker</translation>
    </message>
    <message>
        <source>gedragswetenschapper</source>
        <translation>gedragswetenschapper</translation>
    </message>
    <message>
        <source>Het bewaarde antwoord is ongeldig voor deze vraag; kies of typ het opnieuw.</source>
        <translation>Het bewaarde antwoord is ongeldig voor deze vraag; kies of typ het opnieuw.</translation>
    </message>
    <message>
        <source>Voorstel (%1): %2 aanvinken</source>
        <translation>Voorstel (%1): %2 aanvinken</translation>
    </message>
    <message>
        <source>Voorstel (%1): %2</source>
        <translation>Voorstel (%1): %2</translation>
    </message>
    <message>
        <source>Scores van andere professionals: %1</source>
        <translation>Scores van andere professionals: %1</translation>
    </message>
    <message>
        <source>%1, nummer %2</source>
        <translation>%1, nummer %2</translation>
    </message>
    <message>
        <source>Betreft: %1</source>
        <translation>Betreft: %1</translation>
    </message>
    <message>
        <source>onbekende collega</source>
        <translation>onbekende collega</translation>
    </message>
    <message>
        <source>(leeg gemaakt)</source>
        <translation>(leeg gemaakt)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan dit verschil oplossen; de verantwoordelijkheid voor de casus ligt bij het JGT.</source>
        <translation>Alleen een JGT-medewerker van de casus kan dit verschil oplossen; de verantwoordelijkheid voor de casus ligt bij het JGT.</translation>
    </message>
    <message>
        <source>Kies het antwoord dat blijft, of vul een nieuw antwoord in. Het verschil blijft zichtbaar in de geschiedenis.</source>
        <translation>Kies het antwoord dat blijft, of vul een nieuw antwoord in. Het verschil blijft zichtbaar in de geschiedenis.</translation>
    </message>
    <message>
        <source>Kies de toelichting die blijft, of pas de toelichting aan. Het verschil blijft zichtbaar in de geschiedenis.</source>
        <translation>Kies de toelichting die blijft, of pas de toelichting aan. Het verschil blijft zichtbaar in de geschiedenis.</translation>
    </message>
    <message>
        <source>Er is nog een verschil van inzicht tussen professionals. Een JGT-medewerker van de casus kiest eerst welk antwoord blijft; daarna kun je indienen.</source>
        <translation>Er is nog een verschil van inzicht tussen professionals. Een JGT-medewerker van de casus kiest eerst welk antwoord blijft; daarna kun je indienen.</translation>
    </message>
    <message>
        <source>ja %1 · nee %2 · onbekend %3</source>
        <translation>ja %1 · nee %2 · onbekend %3</translation>
    </message>
    <message>
        <source>%1 van %2 beantwoord</source>
        <translation>%1 van %2 beantwoord</translation>
    </message>
    <message>
        <source>Onveilig</source>
        <translation>Onveilig</translation>
    </message>
    <message>
        <source>Voorwaardelijk veilig</source>
        <translation>Voorwaardelijk veilig</translation>
    </message>
    <message>
        <source>Veilig</source>
        <translation>Veilig</translation>
    </message>
    <message>
        <source>Nog geen veiligheidsoordeel</source>
        <translation>Nog geen veiligheidsoordeel</translation>
    </message>
    <message>
        <source>Je kunt in deze casus geen antwoorden invullen: je bent geen lid van de casus, of je rol vult geen antwoorden in.</source>
        <translation>Je kunt in deze casus geen antwoorden invullen: je bent geen lid van de casus, of je rol vult geen antwoorden in.</translation>
    </message>
    <message>
        <source>Deze taxatie is ingediend of goedgekeurd en kan nu niet worden gewijzigd. Na terugsturen door de gedragswetenschapper kun je weer verder.</source>
        <translation>Deze taxatie is ingediend of goedgekeurd en kan nu niet worden gewijzigd. Na terugsturen door de gedragswetenschapper kun je weer verder.</translation>
    </message>
    <message>
        <source>Deze taxatie staat niet (meer) op dit apparaat.</source>
        <translation>Deze taxatie staat niet (meer) op dit apparaat.</translation>
    </message>
    <message>
        <source>Alleen een gedragswetenschapper beoordeelt, en alleen een ingediende taxatie. Misschien is deze al beoordeeld.</source>
        <translation>Alleen een gedragswetenschapper beoordeelt, en alleen een ingediende taxatie. Misschien is deze al beoordeeld.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens 10 tekens, bijvoorbeeld een paar woorden.</source>
        <translation>Kies een wachtwoord van minstens 10 tekens, bijvoorbeeld een paar woorden.</translation>
    </message>
    <message>
        <source>Te kort: gebruik minstens 10 tekens.</source>
        <translation>Te kort: gebruik minstens 10 tekens.</translation>
    </message>
    <message>
        <source>Zwak: te voorspelbaar. Gebruik een paar woorden of meer verschillende tekens.</source>
        <translation>Zwak: te voorspelbaar. Gebruik een paar woorden of meer verschillende tekens.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Redelijk. Langer (meer woorden) is sterker.</source>
        <translation>Redelijk. Langer (meer woorden) is sterker.</translation>
    </message>
    <message>
        <source>Zwak: voeg een woord, een cijfer of een leesteken toe.</source>
        <translation>Zwak: voeg een woord, een cijfer of een leesteken toe.</translation>
    </message>
    <message>
        <source>Antwoord op ‘%1’</source>
        <translation>Antwoord op ‘%1’</translation>
    </message>
    <message>
        <source>Een antwoord in een taxatie</source>
        <translation>Een antwoord in een taxatie</translation>
    </message>
    <message>
        <source>Gegevens van de casus</source>
        <translation>Gegevens van de casus</translation>
    </message>
    <message>
        <source>Gegevens van een gezinslid</source>
        <translation>Gegevens van een gezinslid</translation>
    </message>
    <message>
        <source>Een toestemming</source>
        <translation>Een toestemming</translation>
    </message>
    <message>
        <source>Een lid van de casus</source>
        <translation>Een lid van de casus</translation>
    </message>
    <message>
        <source>De status van een taxatie</source>
        <translation>De status van een taxatie</translation>
    </message>
    <message>
        <source>Een taxatie</source>
        <translation>Een taxatie</translation>
    </message>
    <message>
        <source>Een stap in de beoordeling</source>
        <translation>Een stap in de beoordeling</translation>
    </message>
    <message>
        <source>Een wijziging</source>
        <translation>Een wijziging</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: het geheugen van dit apparaat is vol. Je laatste wijziging is niet bewaard; wat eerder bewaard was blijft staan en leesbaar. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Opslaan is niet gelukt: het geheugen van dit apparaat is vol. Je laatste wijziging is niet bewaard; wat eerder bewaard was blijft staan en leesbaar. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: de kluis is even in gebruik door een ander programma. Je laatste wijziging is niet bewaard. Probeer het zo opnieuw.</source>
        <translation>Opslaan is niet gelukt: de kluis is even in gebruik door een ander programma. Je laatste wijziging is niet bewaard. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Kies een sterker wachtwoord: </source>
        <translation>Kies een sterker wachtwoord: </translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Een escalatie van de casus</source>
        <translation>Een escalatie van de casus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Toelichting bij %1</source>
        <translation>Toelichting bij %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Gekozen: %1</source>
        <translation>Gekozen: %1</translation>
    </message>
    <message>
        <source>Eens geworden; als laatste aangepast door %1</source>
        <translation>Eens geworden; als laatste aangepast door %1</translation>
    </message>
    <message>
        <source>Opgelost door %1</source>
        <translation>Opgelost door %1</translation>
    </message>
    <message>
        <source>Verschil van inzicht bij %1. %2. %3. %4.</source>
        <translation>Verschil van inzicht bij %1. %2. %3. %4.</translation>
    </message>
</context>
<context>
    <name>veldwerk::app::wording</name>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Teruggestuurd</source>
        <translation>Teruggestuurd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>vandaag om %1</source>
        <translation>vandaag om %1</translation>
    </message>
    <message>
        <source>gisteren om %1</source>
        <translation>gisteren om %1</translation>
    </message>
    <message>
        <source>%1 om %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Dit is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-06-30.</source>
        <translation>Dit is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-06-30.</translation>
    </message>
    <message>
        <source>Kies een cijfer van 0 tot en met 10.</source>
        <translation>Kies een cijfer van 0 tot en met 10.</translation>
    </message>
    <message>
        <source>Kies een cijfer van 1 tot en met 5.</source>
        <translation>Kies een cijfer van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>Dit antwoord hoort niet bij deze vraag. Kies een van de getoonde mogelijkheden.</source>
        <translation>Dit antwoord hoort niet bij deze vraag. Kies een van de getoonde mogelijkheden.</translation>
    </message>
    <message>
        <source>Dit antwoord kon niet worden bewaard.</source>
        <translation>Dit antwoord kon niet worden bewaard.</translation>
    </message>
    <message>
        <source>Nog niet ingevuld: %1</source>
        <translation>Nog niet ingevuld: %1</translation>
    </message>
    <message>
        <source>Ongeldig antwoord: %1</source>
        <translation>Ongeldig antwoord: %1</translation>
    </message>
    <message>
        <source>%1: er is nog een verschil van inzicht over: %2. Een JGT-medewerker van de casus kiest eerst welk antwoord blijft; daarna kun je indienen.</source>
        <translation>%1: er is nog een verschil van inzicht over: %2. Een JGT-medewerker van de casus kiest eerst welk antwoord blijft; daarna kun je indienen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 vraagt een schriftelijke toelichting (vul die in bij de regel).</source>
        <translation>%1 vraagt een schriftelijke toelichting (vul die in bij de regel).</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>1 verplichte vraag open</source>
        <translation>1 verplichte vraag open</translation>
    </message>
    <message>
        <source>%1 verplichte vragen open</source>
        <translation>%1 verplichte vragen open</translation>
    </message>
    <message>
        <source>ongeldige antwoorden</source>
        <translation>ongeldige antwoorden</translation>
    </message>
    <message>
        <source>niet bewaarde invoer</source>
        <translation>niet bewaarde invoer</translation>
    </message>
    <message>
        <source>%1 blokkeert</source>
        <translation>%1 blokkeert</translation>
    </message>
    <message>
        <source>%1 blokkeren</source>
        <translation>%1 blokkeren</translation>
    </message>
    <message>
        <source>%1 vraagt een toelichting</source>
        <translation>%1 vraagt een toelichting</translation>
    </message>
    <message>
        <source>%1 vragen een toelichting</source>
        <translation>%1 vragen een toelichting</translation>
    </message>
    <message>
        <source>medeondertekening GI ontbreekt</source>
        <translation>medeondertekening GI ontbreekt</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Je wijzigingen blijven veilig op dit apparaat en gaan mee bij de volgende synchronisatie.</source>
        <translation>Geen verbinding met de server. Je wijzigingen blijven veilig op dit apparaat en gaan mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>De server herkent dit apparaat niet. Neem contact op met je functioneel beheerder. Je wijzigingen blijven op dit apparaat bewaard.</source>
        <translation>De server herkent dit apparaat niet. Neem contact op met je functioneel beheerder. Je wijzigingen blijven op dit apparaat bewaard.</translation>
    </message>
    <message>
        <source>De server kon de synchronisatie nu niet verwerken. Er is niets verloren gegaan; probeer het later opnieuw.</source>
        <translation>De server kon de synchronisatie nu niet verwerken. Er is niets verloren gegaan; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Synchroniseren is niet gelukt: de kluis op dit apparaat gaf een fout. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</source>
        <translation>Synchroniseren is niet gelukt: de kluis op dit apparaat gaf een fout. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist.</source>
        <translation>Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist.</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan een server</source>
        <translation>Niet gekoppeld aan een server</translation>
    </message>
    <message>
        <source>De server weigerde deze wijziging (%1).</source>
        <translation>De server weigerde deze wijziging (%1).</translation>
    </message>
    <message>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Laatst gesynchroniseerd %1</source>
        <translation>Laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>De klok van dit apparaat wijkt te veel af van die van de server. Zet de datum en tijd goed en synchroniseer opnieuw. Er is niets verloren gegaan: wat je intussen invulde, krijgt daarna vanzelf de juiste tijd en gaat alsnog mee.</source>
        <translation>De klok van dit apparaat wijkt te veel af van die van de server. Zet de datum en tijd goed en synchroniseer opnieuw. Er is niets verloren gegaan: wat je intussen invulde, krijgt daarna vanzelf de juiste tijd en gaat alsnog mee.</translation>
    </message>
    <message>
        <source>De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je wijzigingen. Nu de klok weer goed staat, heeft de wijziging van die tijd de juiste tijd gekregen en is zij alsnog verstuurd. Er is niets verloren gegaan.</source>
        <translation>De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je wijzigingen. Nu de klok weer goed staat, heeft de wijziging van die tijd de juiste tijd gekregen en is zij alsnog verstuurd. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je wijzigingen. Nu de klok weer goed staat, hebben de %2 wijzigingen van die tijd de juiste tijd gekregen, in dezelfde volgorde, en zijn zij alsnog verstuurd. Er is niets verloren gegaan.</source>
        <translation>De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je wijzigingen. Nu de klok weer goed staat, hebben de %2 wijzigingen van die tijd de juiste tijd gekregen, in dezelfde volgorde, en zijn zij alsnog verstuurd. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 uur %2 min</source>
        <translation>%1 uur %2 min</translation>
    </message>
    <message>
        <source>± %1 m</source>
        <translation>± %1 m</translation>
    </message>
    <message>
        <source>%1, %2 s oud</source>
        <translation>%1, %2 s oud</translation>
    </message>
    <message>
        <source>%1, %2 min oud</source>
        <translation>%1, %2 min oud</translation>
    </message>
    <message>
        <source>%1, van %2</source>
        <translation>%1, van %2</translation>
    </message>
    <message>
        <source>Geen positie: %1</source>
        <translation>Geen positie: %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 (%5)</source>
        <translation>%1 %2 · %3 %4 (%5)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>positiebepaling staat uit</source>
        <translation>positiebepaling staat uit</translation>
    </message>
    <message>
        <source>geen positie gevonden</source>
        <translation>geen positie gevonden</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 dagen</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 vandaag</source>
        <translation>%1 vandaag</translation>
    </message>
    <message>
        <source>%1 verlopen sinds %2</source>
        <translation>%1 verlopen sinds %2</translation>
    </message>
    <message>
        <source>Maatregel verlopen sinds %1: overdracht naar het JGT</source>
        <translation>Maatregel verlopen sinds %1: overdracht naar het JGT</translation>
    </message>
    <message>
        <source>Maatregel eindigt vandaag: warme overdracht naar het JGT voorbereiden</source>
        <translation>Maatregel eindigt vandaag: warme overdracht naar het JGT voorbereiden</translation>
    </message>
    <message>
        <source>Maatregel eindigt over %1 weken: warme overdracht naar het JGT voorbereiden</source>
        <translation>Maatregel eindigt over %1 weken: warme overdracht naar het JGT voorbereiden</translation>
    </message>
    <message>
        <source>Maatregel eindigt over %1: warme overdracht naar het JGT voorbereiden</source>
        <translation>Maatregel eindigt over %1: warme overdracht naar het JGT voorbereiden</translation>
    </message>
    <message>
        <source>Evaluatie risicotaxatie</source>
        <translation>Evaluatie risicotaxatie</translation>
    </message>
    <message>
        <source>Evaluatie veiligheidsplan</source>
        <translation>Evaluatie veiligheidsplan</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>veiligheid nog niet beoordeeld</source>
        <translation>veiligheid nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Veilig</source>
        <translation>Veilig</translation>
    </message>
    <message>
        <source>Voorwaardelijk veilig</source>
        <translation>Voorwaardelijk veilig</translation>
    </message>
    <message>
        <source>Onveilig</source>
        <translation>Onveilig</translation>
    </message>
    <message>
        <source>risico nog niet beoordeeld</source>
        <translation>risico nog niet beoordeeld</translation>
    </message>
    <message>
        <source>risico laag</source>
        <translation>risico laag</translation>
    </message>
    <message>
        <source>risico verhoogd</source>
        <translation>risico verhoogd</translation>
    </message>
    <message>
        <source>risico hoog</source>
        <translation>risico hoog</translation>
    </message>
    <message>
        <source>Vrijwillig</source>
        <translation>Vrijwillig</translation>
    </message>
    <message>
        <source>Drang</source>
        <translation>Drang</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Advies Veilig Thuis</source>
        <translation>Advies Veilig Thuis</translation>
    </message>
    <message>
        <source>Melding Veilig Thuis</source>
        <translation>Melding Veilig Thuis</translation>
    </message>
    <message>
        <source>Jeugdbeschermingstafel</source>
        <translation>Jeugdbeschermingstafel</translation>
    </message>
    <message>
        <source>Verzoek tot onderzoek Raad voor de Kinderbescherming</source>
        <translation>Verzoek tot onderzoek Raad voor de Kinderbescherming</translation>
    </message>
    <message>
        <source>Start maatregel</source>
        <translation>Start maatregel</translation>
    </message>
    <message>
        <source>Einde maatregel</source>
        <translation>Einde maatregel</translation>
    </message>
    <message>
        <source>Terug naar het JGT</source>
        <translation>Terug naar het JGT</translation>
    </message>
    <message>
        <source>Is het kind nu veilig?</source>
        <translation>Is het kind nu veilig?</translation>
    </message>
    <message>
        <source>Hoe groot is het risico?</source>
        <translation>Hoe groot is het risico?</translation>
    </message>
    <message>
        <source>Meldcode: advies of melding bij Veilig Thuis?</source>
        <translation>Meldcode: advies of melding bij Veilig Thuis?</translation>
    </message>
    <message>
        <source>Is een beschermingsmaatregel nodig?</source>
        <translation>Is een beschermingsmaatregel nodig?</translation>
    </message>
    <message>
        <source>Het veiligheidsplan en de bodemeisen</source>
        <translation>Het veiligheidsplan en de bodemeisen</translation>
    </message>
    <message>
        <source>Een andere vraag</source>
        <translation>Een andere vraag</translation>
    </message>
    <message>
        <source>morgen om %1</source>
        <translation>morgen om %1</translation>
    </message>
    <message>
        <source>De GI-collega heeft meegewerkt en nog niet medeondertekend. Indienen zonder medeondertekening kan, met een reden, als verder alles klaar is.</source>
        <translation>De GI-collega heeft meegewerkt en nog niet medeondertekend. Indienen zonder medeondertekening kan, met een reden, als verder alles klaar is.</translation>
    </message>
</context>
</TS>
