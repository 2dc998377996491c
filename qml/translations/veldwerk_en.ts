<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>Verplicht · nog open</source>
        <translation>Required · still open</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Advies geven</source>
        <translation>Give advice</translation>
    </message>
    <message>
        <source>Je advies. Noem geen namen, geboortedata of adressen.</source>
        <translation>Your advice. Do not mention names, dates of birth or addresses.</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Bestede tijd in minuten</source>
        <translation>Time spent in minutes</translation>
    </message>
    <message>
        <source>Advies versturen</source>
        <translation>Send advice</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>het gezin</source>
        <translation>the family</translation>
    </message>
    <message>
        <source>Een ingevulde datum of tekst is nog niet bewaard (zie de vraag).</source>
        <translation>A date or text you entered has not been saved yet (see the question).</translation>
    </message>
    <message>
        <source>Ingediend: de gedragswetenschapper beoordeelt deze taxatie.</source>
        <translation>Submitted: the behavioural scientist reviews this assessment.</translation>
    </message>
    <message>
        <source>%1: deze taxatie kan niet meer worden gewijzigd.</source>
        <translation>%1: this assessment can no longer be changed.</translation>
    </message>
    <message>
        <source>✓ Klaar om in te dienen</source>
        <translation>✓ Ready to submit</translation>
    </message>
    <message>
        <source>Nog 1 punt voordat je kunt indienen:</source>
        <translation>1 point left before you can submit:</translation>
    </message>
    <message>
        <source>Nog %1 punten voordat je kunt indienen:</source>
        <translation>%1 points left before you can submit:</translation>
    </message>
    <message>
        <source>Alles is bewaard (%1)</source>
        <translation>Everything is saved (%1)</translation>
    </message>
    <message>
        <source>Laatste wijziging niet bewaard: zie de melding bij de vraag.</source>
        <translation>Last change not saved: see the message at the question.</translation>
    </message>
    <message>
        <source>Wordt bewaard…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Verschil opgelost; gaat mee bij de volgende synchronisatie.</source>
        <translation>Disagreement resolved; it goes along with the next sync.</translation>
    </message>
    <message>
        <source>Laatste wijziging niet bewaard: zie de melding.</source>
        <translation>Last change not saved: see the message.</translation>
    </message>
    <message>
        <source>De GI-collega heeft nog niet medeondertekend: indienen kan met een reden.</source>
        <translation>The GI colleague has not co-signed yet: you can submit with a reason.</translation>
    </message>
    <message>
        <source>Indienen zonder medeondertekening kan nu niet (zie wat nog ontbreekt).</source>
        <translation>Submitting without the co-signature is not possible now (see what is still missing).</translation>
    </message>
    <message>
        <source>Schrijf eerst de reden op: de gedragswetenschapper leest die bij de beoordeling.</source>
        <translation>Write down the reason first: the behavioural scientist reads it at the review.</translation>
    </message>
    <message>
        <source>Indienen doet de JGT-collega; je tekent mee of legt vast waarin je het niet eens bent (boven de vragen).</source>
        <translation>The JGT colleague submits; you co-sign or record where you disagree (above the questions).</translation>
    </message>
</context>
<context>
    <name>AssessmentDelegate</name>
    <message>
        <source>Voor %1 · %2</source>
        <translation>For %1 · %2</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
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
        <translation>%1 · Every change is saved at once</translation>
    </message>
    <message>
        <source>Indienen is niet gelukt</source>
        <translation>Submitting did not work</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CaseCloseDialog</name>
    <message>
        <source>Casus sluiten?</source>
        <translation>Close the case?</translation>
    </message>
    <message>
        <source>Niet sluiten</source>
        <translation>Do not close</translation>
    </message>
    <message>
        <source>Casus sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Ja, de casus sluiten</source>
        <translation>Yes, close the case</translation>
    </message>
</context>
<context>
    <name>CaseClosureController</name>
    <message>
        <source>Deze casus is gesloten. Hij verdwijnt bij de volgende synchronisatie van dit apparaat.</source>
        <translation>This case is closed. It leaves this device at its next sync.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan de casus sluiten.</source>
        <translation>Only a JGT worker of the case can close the case.</translation>
    </message>
    <message>
        <source>Na het sluiten verdwijnt de casus bij de volgende synchronisatie van elk apparaat: van dit apparaat en van de tablets van de GI-medewerker en de gedragswetenschapper. Niemand kan er daarna nog iets aan toevoegen. De server bewaart de casus 20 jaar (de bewaartermijn). Een gesloten casus kan niet weer geopend worden op een tablet.</source>
        <translation>After closing, the case leaves every device at its next sync: this device and the tablets of the GI worker and the behavioural scientist. Nobody can add anything to it afterwards. The server keeps the case for 20 years (the retention period). A closed case cannot be opened again on a tablet.</translation>
    </message>
    <message>
        <source>Dit apparaat is niet gekoppeld aan een server: de casus blijft op dit apparaat tot het gekoppeld is en synchroniseert.</source>
        <translation>This device is not linked to a server: the case stays on this device until it is linked and syncs.</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) in deze casus zijn nog niet gesynchroniseerd. Ze gaan mee bij de volgende synchronisatie, vóór het sluiten; tot dan blijft de casus op dit apparaat.</source>
        <translation>
            <numerusform>%n change in this case has not been synced yet. It goes along with the next sync, before the closing; until then the case stays on this device.</numerusform>
            <numerusform>%n changes in this case have not been synced yet. They go along with the next sync, before the closing; until then the case stays on this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles van deze casus is gesynchroniseerd.</source>
        <translation>Everything of this case has been synced.</translation>
    </message>
    <message>
        <source>Sluiten is niet gelukt: de kluis op dit apparaat gaf een fout.</source>
        <translation>Closing did not work: the vault on this device reported an error.</translation>
    </message>
</context>
<context>
    <name>CaseClosureSection</name>
    <message>
        <source>Casus sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Casusnummer: %1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <source>Als de hulp klaar is: de casus gaat van alle tablets af en de server bewaart hem.</source>
        <translation>When the help is finished: the case leaves all tablets and the server keeps it.</translation>
    </message>
    <message>
        <source>Casus sluiten…</source>
        <translation>Close case…</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>Per kind</source>
        <translation>Per child</translation>
    </message>
    <message>
        <source>Per ouder</source>
        <translation>Per parent</translation>
    </message>
    <message>
        <source>Voor het gezin</source>
        <translation>For the family</translation>
    </message>
    <message>
        <source>Voor welk kind?</source>
        <translation>For which child?</translation>
    </message>
    <message>
        <source>Voor welke ouder?</source>
        <translation>For which parent?</translation>
    </message>
    <message>
        <source>geboren %1</source>
        <translation>born %1</translation>
    </message>
</context>
<context>
    <name>CaseCourseController</name>
    <message>
        <source>Het laatste oordeel is na de evaluatiedatum niet beter dan het oordeel ervoor.</source>
        <translation>After the evaluation date, the latest judgement is not better than the one before it.</translation>
    </message>
    <message>
        <source>Fase nog niet vastgelegd</source>
        <translation>Phase not recorded yet</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Fase: %1 · regie bij %2</source>
        <translation>Phase: %1 · %2 holds regie</translation>
    </message>
    <message>
        <source>verwacht einde %1</source>
        <translation>expected end %1</translation>
    </message>
    <message>
        <source>uitkomst nog niet vastgelegd</source>
        <translation>outcome not recorded yet</translation>
    </message>
    <message>
        <source>uitkomst: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <source>vastgelegd door %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Kies een fase.</source>
        <translation>Choose a phase.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus legt de fase vast.</source>
        <translation>Only the case&apos;s JGT worker records the phase.</translation>
    </message>
    <message>
        <source>De fase kon niet worden vastgelegd.</source>
        <translation>The phase could not be recorded.</translation>
    </message>
    <message>
        <source>Kies wat er gebeurde.</source>
        <translation>Choose what happened.</translation>
    </message>
    <message>
        <source>Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-07.</source>
        <translation>Write the date as YYYY-MM-DD, for example 2026-12-07.</translation>
    </message>
    <message>
        <source>Schrijf het verwachte einde als JJJJ-MM-DD, of laat het leeg.</source>
        <translation>Write the expected end as YYYY-MM-DD, or leave it empty.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus legt een escalatie vast.</source>
        <translation>Only the case&apos;s JGT worker records an escalation.</translation>
    </message>
    <message>
        <source>De escalatie kon niet worden vastgelegd. Past het verwachte einde bij de start van een maatregel?</source>
        <translation>The escalation could not be recorded. Does the expected end belong to the start of a measure?</translation>
    </message>
    <message>
        <source>Schrijf de uitkomst op.</source>
        <translation>Write down the outcome.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus legt de uitkomst vast.</source>
        <translation>Only the case&apos;s JGT worker records the outcome.</translation>
    </message>
    <message>
        <source>De uitkomst kon niet worden vastgelegd. Is hij korter dan 2000 tekens?</source>
        <translation>The outcome could not be recorded. Is it shorter than 2000 characters?</translation>
    </message>
</context>
<context>
    <name>CaseCoursePanel</name>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Herinnering: %1</source>
        <translation>Reminder: %1</translation>
    </message>
    <message>
        <source>Voor de leidinggevende: %1</source>
        <translation>For the supervisor: %1</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Tijdlijn van de oordelen, scores en afspraken</source>
        <translation>Timeline of the judgements, scores and agreements</translation>
    </message>
    <message>
        <source>Meedenken</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Meedenken: een GI-collega anoniem om advies vragen</source>
        <translation>Consultation: ask a GI colleague for advice anonymously</translation>
    </message>
    <message>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Escalatie vastleggen</source>
        <translation>Record escalation</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message>
        <source>Veiligheid: %1</source>
        <translation>Safety: %1</translation>
    </message>
    <message>
        <source>Aandacht: </source>
        <translation>Attention: </translation>
    </message>
</context>
<context>
    <name>CaseFileService</name>
    <message>
        <source>Er is geen taxatie gekozen.</source>
        <translation>No assessment has been chosen.</translation>
    </message>
    <message>
        <source>Je bent geen lid van de casus van deze taxatie.</source>
        <translation>You are not a member of the case of this assessment.</translation>
    </message>
    <message>
        <source>Deze taxatie staat niet (meer) op dit apparaat.</source>
        <translation>This assessment is not (or no longer) on this device.</translation>
    </message>
    <message>
        <source>De taxatie kon niet worden gelezen. Het instrument is mogelijk niet op dit apparaat geïnstalleerd, of de kluis gaf een fout.</source>
        <translation>The assessment could not be read. The instrument may not be installed on this device, or the vault reported an error.</translation>
    </message>
    <message>
        <source>Dit instrument is niet op dit apparaat geïnstalleerd.</source>
        <translation>This instrument is not installed on this device.</translation>
    </message>
    <message>
        <source>Kies eerst het kind voor wie je dit instrument invult.</source>
        <translation>First choose the child you are filling in this instrument for.</translation>
    </message>
    <message>
        <source>Kies eerst de ouder voor wie je dit instrument invult.</source>
        <translation>First choose the parent you are filling in this instrument for.</translation>
    </message>
    <message>
        <source>Je kunt in deze casus geen instrument starten: je bent geen lid, of je rol vult geen instrumenten in.</source>
        <translation>You cannot start an instrument in this case: you are not a member, or your role does not fill in instruments.</translation>
    </message>
    <message>
        <source>Dit instrument wordt per kind ingevuld: kies een kind van deze casus.</source>
        <translation>This instrument is filled in per child: choose a child of this case.</translation>
    </message>
    <message>
        <source>Dit instrument wordt per ouder ingevuld: kies een ouder van deze casus.</source>
        <translation>This instrument is filled in per parent: choose a parent of this case.</translation>
    </message>
    <message>
        <source>Dit antwoord kon niet worden bewaard: de vraag of regel bestaat niet (meer) in deze taxatie.</source>
        <translation>This answer could not be saved: the question or rule no longer exists in this assessment.</translation>
    </message>
    <message>
        <source>Deze regel vraagt (nu) geen toelichting in deze taxatie.</source>
        <translation>This rule does not ask for a justification in this assessment (now).</translation>
    </message>
    <message>
        <source>Indienen kan nog niet.</source>
        <translation>You cannot submit yet.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan een taxatie indienen. De verantwoordelijkheid voor de casus blijft bij het JGT.</source>
        <translation>Only a JGT worker of the case can submit an assessment. Responsibility for the case stays with the JGT.</translation>
    </message>
    <message>
        <source>Deze taxatie is al ingediend of goedgekeurd.</source>
        <translation>This assessment has already been submitted or approved.</translation>
    </message>
    <message>
        <source>Over deze vraag is geen open verschil van inzicht (meer).</source>
        <translation>There is no (longer an) open disagreement about this question.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan een verschil van inzicht oplossen.</source>
        <translation>Only a JGT worker of the case can resolve a disagreement.</translation>
    </message>
    <message>
        <source>Dit antwoord past niet bij deze vraag.</source>
        <translation>This answer does not fit this question.</translation>
    </message>
    <message>
        <source>Schrijf bij het terugsturen wat er moet gebeuren.</source>
        <translation>When returning, write what needs to be done.</translation>
    </message>
    <message>
        <source>Vul de naam van het gezin in, bijvoorbeeld &quot;Gezin De Vries&quot;.</source>
        <translation>Enter the family&apos;s name, for example &quot;De Vries family&quot;.</translation>
    </message>
    <message>
        <source>Alleen de GI-medewerker van de casus kan medeondertekenen.</source>
        <translation>Only the case&apos;s GI worker can co-sign.</translation>
    </message>
    <message>
        <source>Deze taxatie is al goedgekeurd: medeondertekenen kan niet meer. Leg je reactie vast als zienswijze.</source>
        <translation>This assessment has been approved: it can no longer be co-signed. Record your response as a statement.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Taxatie teruggestuurd</source>
        <translation>Assessment returned</translation>
    </message>
    <message numerus="yes">
        <source>%n ter beoordeling</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verschil(len) van inzicht</source>
        <translation>
            <numerusform>%n disagreement</numerusform>
            <numerusform>%n disagreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) nog niet verzonden</source>
        <translation>
            <numerusform>%n change not sent yet</numerusform>
            <numerusform>%n changes not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Gesloten: verdwijnt bij de volgende synchronisatie</source>
        <translation>Closed: leaves at the next sync</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Casussen van het team</source>
        <translation>The team&apos;s cases</translation>
    </message>
    <message>
        <source>Mijn casussen</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>1 casus op dit apparaat</source>
        <translation>1 case on this device</translation>
    </message>
    <message>
        <source>%1 casussen op dit apparaat</source>
        <translation>%1 cases on this device</translation>
    </message>
    <message>
        <source>Beoordelen</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Taxaties beoordelen</source>
        <translation>Review assessments</translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Zoek op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Zoek een casus op naam</source>
        <translation>Search a case by name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Alle casussen van het team</source>
        <translation>All cases of the team</translation>
    </message>
    <message>
        <source>Er staan nog geen casussen op dit apparaat. Casussen komen hier zodra ze met je apparaat zijn gesynchroniseerd.</source>
        <translation>There are no cases on this device yet. Cases appear here once they have been synced with your device.</translation>
    </message>
    <message>
        <source>Naam van het gezin, bijvoorbeeld Gezin De Vries</source>
        <translation>Family name, for example De Vries family</translation>
    </message>
    <message>
        <source>Naam van het gezin</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Casus aanmaken</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Meedenken</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Meedenken: anoniem advies van de GI</source>
        <translation>Consultation: anonymous advice from the GI</translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Noodtoegang tot een casus vragen</source>
        <translation>Ask for emergency access to a case</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Mijn casussen</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>%1 gezinsleden · %2 instrumenten</source>
        <translation>%1 family members · %2 instruments</translation>
    </message>
    <message>
        <source>Gezin, toestemming en team</source>
        <translation>Family, consent and team</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Nog geen gezinsleden vastgelegd.</source>
        <translation>No family members recorded yet.</translation>
    </message>
    <message>
        <source>Instrument starten</source>
        <translation>Start an instrument</translation>
    </message>
    <message>
        <source>Instrumenten van dit gezin</source>
        <translation>Instruments of this family</translation>
    </message>
    <message>
        <source>Gezin en team</source>
        <translation>Family and team</translation>
    </message>
    <message>
        <source>Voor dit gezin is nog geen instrument ingevuld. Start er hierboven of links een, bijvoorbeeld de risicotaxatie per kind.</source>
        <translation>No instrument has been filled in for this family yet. Start one above or on the left, for example the risk assessment per child.</translation>
    </message>
    <message>
        <source>Plan voor het gezin</source>
        <translation>Plan for the family</translation>
    </message>
</context>
<context>
    <name>CaseTeamController</name>
    <message>
        <source>Casus aangemaakt</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Casus gewijzigd</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <source>Persoon toegevoegd</source>
        <translation>Person added</translation>
    </message>
    <message>
        <source>Persoon gewijzigd</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Lid verwijderd</source>
        <translation>Member removed</translation>
    </message>
    <message>
        <source>Lid toegevoegd</source>
        <translation>Member added</translation>
    </message>
    <message>
        <source>Taxatie gestart</source>
        <translation>Assessment started</translation>
    </message>
    <message>
        <source>Taxatie gewijzigd</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <source>Gewijzigd: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>JGT-medewerker</source>
        <translation>JGT worker</translation>
    </message>
    <message>
        <source>GI-medewerker</source>
        <translation>GI worker</translation>
    </message>
    <message>
        <source>Gedragswetenschapper</source>
        <translation>Behavioural scientist</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus voegt een GI-medewerker toe.</source>
        <translation>Only a JGT worker of the case adds a GI worker.</translation>
    </message>
    <message>
        <source>Eerst toestemming van het gezin vastleggen: zonder toestemming mag een GI-medewerker de casus niet zien.</source>
        <translation>Record the family&apos;s consent first: without consent a GI worker may not see the case.</translation>
    </message>
    <message>
        <source>Er zijn geen GI-medewerkers bekend op dit apparaat die nog geen lid zijn. Synchroniseer en probeer het opnieuw.</source>
        <translation>No GI workers who are not yet members are known on this device. Sync and try again.</translation>
    </message>
    <message>
        <source>Zonder toestemming kan geen GI-medewerker aan de casus worden toegevoegd.</source>
        <translation>Without consent no GI worker can be added to the case.</translation>
    </message>
    <message>
        <source>Na intrekken is de GI-medewerker geen lid meer van de casus en ziet hij of zij de casus en de taxaties niet meer (ook niet na synchroniseren).</source>
        <translation>After withdrawing, the GI worker is no longer a member of the case and no longer sees the case and its assessments (also not after syncing).</translation>
    </message>
    <message>
        <source>geboren %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>Toestemming voor de GI-medewerker, gegeven door %1, vastgelegd %2 door %3.</source>
        <translation>Consent for the GI worker, given by %1, recorded %2 by %3.</translation>
    </message>
    <message>
        <source>Ingetrokken %1.</source>
        <translation>Withdrawn %1.</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>Kies of het een kind of een ouder is.</source>
        <translation>Choose whether this is a child or a parent.</translation>
    </message>
    <message>
        <source>De geboortedatum is geen bestaande datum. Schrijf hem als jjjj-mm-dd, bijvoorbeeld 2018-04-02.</source>
        <translation>The birth date is not an existing date. Write it as yyyy-mm-dd, for example 2018-04-02.</translation>
    </message>
    <message>
        <source>Alleen leden van de casus voegen personen toe.</source>
        <translation>Only members of the case add people.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout.</source>
        <translation>Saving did not work: the vault on this device reported an error.</translation>
    </message>
    <message>
        <source>Vul in wie de toestemming gaf, bijvoorbeeld &quot;Marieke (moeder)&quot;.</source>
        <translation>Enter who gave the consent, for example &quot;Marieke (mother)&quot;.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus legt toestemming vast.</source>
        <translation>Only a JGT worker of the case records consent.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus trekt toestemming in.</source>
        <translation>Only a JGT worker of the case withdraws consent.</translation>
    </message>
    <message>
        <source>Toevoegen is niet toegestaan.</source>
        <translation>Adding is not allowed.</translation>
    </message>
    <message>
        <source>Toevoegen is niet gelukt: de kluis op dit apparaat gaf een fout.</source>
        <translation>Adding did not work: the vault on this device reported an error.</translation>
    </message>
    <message>
        <source>Alleen leden van de casus wijzigen personen.</source>
        <translation>Only members of the case change people.</translation>
    </message>
    <message>
        <source>Escalatie vastgelegd</source>
        <translation>Escalation recorded</translation>
    </message>
    <message>
        <source>Escalatie gewijzigd</source>
        <translation>Escalation changed</translation>
    </message>
</context>
<context>
    <name>CaseTeamPage</name>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Gezin en team</source>
        <translation>Family and team</translation>
    </message>
    <message>
        <source>Logboek van de casus (op dit apparaat)</source>
        <translation>Case log (on this device)</translation>
    </message>
</context>
<context>
    <name>CloseBlockerCard</name>
    <message>
        <source>%1 · %2 · blokkeert het afsluiten</source>
        <translation>%1 · %2 · blocks closing</translation>
    </message>
    <message>
        <source>Naar de vraag: %1</source>
        <translation>Go to the question: %1</translation>
    </message>
</context>
<context>
    <name>ConflictChip</name>
    <message>
        <source>1 verschil van inzicht</source>
        <translation>1 disagreement</translation>
    </message>
    <message>
        <source>%1 verschillen van inzicht</source>
        <translation>%1 disagreements</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Verschil van inzicht</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Kies: %1 (%2)</source>
        <translation>Choose: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Toestemming van het gezin voor de GI</source>
        <translation>The family&apos;s consent for the GI</translation>
    </message>
    <message>
        <source>Geldig: </source>
        <translation>Valid: </translation>
    </message>
    <message>
        <source>Niet meer geldig: </source>
        <translation>No longer valid: </translation>
    </message>
    <message>
        <source>Er is nu geen toestemming vastgelegd.</source>
        <translation>No consent is recorded now.</translation>
    </message>
    <message>
        <source>Gegeven door, bijvoorbeeld Marieke (moeder)</source>
        <translation>Given by, for example Marieke (mother)</translation>
    </message>
    <message>
        <source>Wie gaf de toestemming</source>
        <translation>Who gave the consent</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Toestemming intrekken…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawDialog</name>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>Withdraw consent?</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
</context>
<context>
    <name>ConsultationCard</name>
    <message>
        <source>Vraag: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Advies: %1</source>
        <translation>Advice: %1</translation>
    </message>
    <message>
        <source>Beantwoorden</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Deze vraag beantwoorden</source>
        <translation>Answer this question</translation>
    </message>
    <message>
        <source>Koppelen aan de casus</source>
        <translation>Link to the case</translation>
    </message>
</context>
<context>
    <name>ConsultationsController</name>
    <message>
        <source>Gevraagd %1</source>
        <translation>Asked %1</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Wacht op antwoord van de GI</source>
        <translation>Waiting for the GI to answer</translation>
    </message>
    <message>
        <source>Beantwoord %1 door %2, %3 minuten</source>
        <translation>Answered %1 by %2, %3 minutes</translation>
    </message>
    <message>
        <source>Hoort bij de casus %1</source>
        <translation>Part of the case %1</translation>
    </message>
    <message>
        <source>Hoort bij een casus</source>
        <translation>Part of a case</translation>
    </message>
    <message>
        <source>Koppelen aan de casus kan zodra de GI heeft geantwoord.</source>
        <translation>It can be linked to the case once the GI has answered.</translation>
    </message>
    <message>
        <source>Open meedenken vanuit de casus om het te koppelen.</source>
        <translation>Open the consultation from the case to link it.</translation>
    </message>
    <message>
        <source>Alleen de JGT-medewerker van de casus koppelt het.</source>
        <translation>Only the case&apos;s JGT worker links it.</translation>
    </message>
    <message>
        <source>Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI (Gezin, toestemming en team).</source>
        <translation>It can be linked only once the family has consented to the GI (Family, consent and team).</translation>
    </message>
    <message>
        <source>Aan %1 · %2</source>
        <translation>To %1 · %2</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Schrijf bij welke GI-organisatie je het vraagt.</source>
        <translation>Write which GI organisation you are asking.</translation>
    </message>
    <message>
        <source>Schrijf je vraag op.</source>
        <translation>Write down your question.</translation>
    </message>
    <message>
        <source>De vraag mag het gezin niet herkenbaar maken: laat namen, geboortedata, adressen en nummers weg.</source>
        <translation>The question may not identify the family: leave out names, dates of birth, addresses and numbers.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker vraagt om meedenken.</source>
        <translation>Only a JGT worker asks for a consultation.</translation>
    </message>
    <message>
        <source>De vraag kon niet worden vastgelegd. Is hij korter dan 8000 tekens?</source>
        <translation>The question could not be recorded. Is it shorter than 8000 characters?</translation>
    </message>
    <message>
        <source>Schrijf je advies op.</source>
        <translation>Write down your advice.</translation>
    </message>
    <message>
        <source>Schrijf de bestede tijd in hele minuten (0 tot 1440).</source>
        <translation>Write the time spent in whole minutes (0 to 1440).</translation>
    </message>
    <message>
        <source>Het advies mag geen nummers van dossiers of personen bevatten.</source>
        <translation>The advice may not contain numbers of files or persons.</translation>
    </message>
    <message>
        <source>Alleen een GI-medewerker beantwoordt een vraag om meedenken.</source>
        <translation>Only a GI worker answers a consultation.</translation>
    </message>
    <message>
        <source>Het advies kon niet worden vastgelegd.</source>
        <translation>The advice could not be recorded.</translation>
    </message>
    <message>
        <source>Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI.</source>
        <translation>It can be linked only once the family has consented to the GI.</translation>
    </message>
    <message>
        <source>Koppelen is niet gelukt.</source>
        <translation>Linking did not succeed.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Mijn casussen</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Meedenken</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Vragen aan je organisatie</source>
        <translation>Questions to your organisation</translation>
    </message>
    <message>
        <source>Vanuit %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Anoniem advies van de GI</source>
        <translation>Anonymous advice from the GI</translation>
    </message>
    <message>
        <source>Een GI-collega om advies vragen</source>
        <translation>Ask a GI colleague for advice</translation>
    </message>
    <message>
        <source>Zonder toestemming van het gezin en zonder iets dat het gezin herkenbaar maakt: geen namen, geboortedata, adressen of nummers. Van welke casus de vraag komt, blijft op deze tablet.</source>
        <translation>Without the family&apos;s consent and without anything that identifies the family: no names, dates of birth, addresses or numbers. Which case the question comes from stays on this tablet.</translation>
    </message>
    <message>
        <source>GI-organisatie, bijvoorbeeld GI Midden-Nederland</source>
        <translation>GI organisation, for example GI Midden-Nederland</translation>
    </message>
    <message>
        <source>Aan welke GI-organisatie</source>
        <translation>To which GI organisation</translation>
    </message>
    <message>
        <source>Over welke veiligheidsvraag</source>
        <translation>About which safety question</translation>
    </message>
    <message>
        <source>Je vraag, zonder namen</source>
        <translation>Your question, without names</translation>
    </message>
    <message>
        <source>Je vraag</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Vraag versturen</source>
        <translation>Send question</translation>
    </message>
    <message>
        <source>Vraag om meedenken versturen</source>
        <translation>Send the consultation question</translation>
    </message>
    <message>
        <source>Gevraagd aan je organisatie</source>
        <translation>Asked of your organisation</translation>
    </message>
    <message>
        <source>Gestelde vragen</source>
        <translation>Questions asked</translation>
    </message>
    <message>
        <source>Nog geen vragen om meedenken.</source>
        <translation>No consultation questions yet.</translation>
    </message>
</context>
<context>
    <name>CosignController</name>
    <message>
        <source>Medeondertekend door %1 (GI), %2.</source>
        <translation>Co-signed by %1 (GI), %2.</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI.</source>
        <translation>Submitted without the GI co-signature.</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI. Reden: %1</source>
        <translation>Submitted without the GI co-signature. Reason: %1</translation>
    </message>
    <message>
        <source>Je kunt nog medeondertekenen, of vastleggen dat je het niet eens bent.</source>
        <translation>You can still co-sign, or record that you disagree.</translation>
    </message>
    <message>
        <source>Je hebt meegewerkt aan deze taxatie. De JGT-medewerker vraagt je medeondertekening; ben je het niet eens, leg dan je zienswijze vast.</source>
        <translation>You contributed to this assessment. The JGT worker asks for your co-signature; if you disagree, record your view.</translation>
    </message>
    <message>
        <source>Goedgekeurd: medeondertekenen kan niet meer. Je zienswijze vastleggen kan nog wel.</source>
        <translation>Approved: it can no longer be co-signed. You can still record your view.</translation>
    </message>
    <message>
        <source>Je hebt niets ingevuld in deze taxatie: medeondertekenen is niet nodig. Ben je het niet eens, leg dan je zienswijze vast.</source>
        <translation>You filled in nothing in this assessment: no co-signature is needed. If you disagree, record your view.</translation>
    </message>
</context>
<context>
    <name>CosignPanel</name>
    <message>
        <source>Medeondertekenen</source>
        <translation>Co-sign</translation>
    </message>
    <message>
        <source>Deze taxatie medeondertekenen</source>
        <translation>Co-sign this assessment</translation>
    </message>
    <message>
        <source>Niet eens: zienswijze vastleggen</source>
        <translation>Disagree: record your view</translation>
    </message>
    <message>
        <source>Je zienswijze staat naast de taxatie, met je naam en de datum. De taxatie zelf verandert niet; de JGT-medewerker houdt de regie.</source>
        <translation>Your view stands beside the assessment, with your name and the date. The assessment itself does not change; the JGT worker keeps the lead.</translation>
    </message>
    <message>
        <source>Waarmee ben je het niet eens, en waarom?</source>
        <translation>What do you disagree with, and why?</translation>
    </message>
    <message>
        <source>Je zienswijze</source>
        <translation>Your view</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Zienswijze vastleggen</source>
        <translation>Record view</translation>
    </message>
</context>
<context>
    <name>CrisisCardSheet</name>
    <message>
        <source>Crisisnummers</source>
        <translation>Crisis numbers</translation>
    </message>
    <message>
        <source>Acuut gevaar: eerst veiligheid en de-escalatie. Tik op een nummer om te bellen.</source>
        <translation>Acute danger: safety and de-escalation first. Tap a number to call it.</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1, datum als jaar-maand-dag</source>
        <translation>%1, date as year-month-day</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessController</name>
    <message>
        <source>Noodtoegang kan alleen met een reden.</source>
        <translation>Emergency access needs a reason.</translation>
    </message>
    <message>
        <source>De server kent geen casus met dit nummer. Controleer het casusnummer.</source>
        <translation>The server knows no case with this number. Check the case number.</translation>
    </message>
    <message>
        <source>Geweigerd: noodtoegang is er alleen voor JGT-medewerkers en gedragswetenschappers, en alleen tot casussen van je eigen organisatie.</source>
        <translation>Refused: emergency access is only for JGT workers and behavioural scientists, and only to cases of your own organisation.</translation>
    </message>
    <message>
        <source>Je hebt al toegang tot deze casus. Synchroniseer om hem op dit apparaat te zien.</source>
        <translation>You already have access to this case. Sync to see it on this device.</translation>
    </message>
    <message>
        <source>Deze casus is gesloten. Een gesloten casus kan niet meer worden geopend.</source>
        <translation>This case is closed. A closed case cannot be opened any more.</translation>
    </message>
    <message>
        <source>De server weigerde de noodtoegang.</source>
        <translation>The server refused the emergency access.</translation>
    </message>
    <message>
        <source>Noodtoegang tot %1</source>
        <translation>Emergency access until %1</translation>
    </message>
    <message>
        <source>De kluis is op slot.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker of een gedragswetenschapper kan noodtoegang vragen.</source>
        <translation>Only a JGT worker or a behavioural scientist can ask for emergency access.</translation>
    </message>
    <message>
        <source>De aanvraag wordt verstuurd…</source>
        <translation>The request is being sent…</translation>
    </message>
    <message>
        <source>Dit apparaat is niet gekoppeld aan een server; noodtoegang vraag je bij de server aan.</source>
        <translation>This device is not linked to a server; emergency access is asked for at the server.</translation>
    </message>
    <message>
        <source>Geen netwerk: noodtoegang vraag je bij de server aan. Zoek een verbinding.</source>
        <translation>No network: emergency access is asked for at the server. Find a connection.</translation>
    </message>
    <message>
        <source>Vul het casusnummer in.</source>
        <translation>Enter the case number.</translation>
    </message>
    <message>
        <source>Een casusnummer heeft 32 tekens: cijfers en de letters a tot en met f.</source>
        <translation>A case number has 32 characters: digits and the letters a to f.</translation>
    </message>
    <message>
        <source>Vul de reden in: zonder reden geen noodtoegang.</source>
        <translation>Enter the reason: no emergency access without a reason.</translation>
    </message>
    <message>
        <source>Met noodtoegang open je een casus van je organisatie waarvan je geen lid bent, bijvoorbeeld als de crisisdienst belt. Je krijgt 24 uur toegang. De aanvraag, je naam en je reden worden vastgelegd en de gedragswetenschapper van de casus beoordeelt ze achteraf.</source>
        <translation>With emergency access you open a case of your organisation you are not a member of, for example when the crisis service calls. You get access for 24 hours. The request, your name and your reason are recorded, and the behavioural scientist of the case reviews them afterwards.</translation>
    </message>
    <message>
        <source>De aanvraag kon niet worden verstuurd. Probeer het opnieuw.</source>
        <translation>The request could not be sent. Try again.</translation>
    </message>
    <message>
        <source>De server was niet bereikbaar; er is geen noodtoegang gegeven. Probeer het opnieuw als er verbinding is.</source>
        <translation>The server could not be reached; no emergency access was given. Try again when there is a connection.</translation>
    </message>
    <message>
        <source>Noodtoegang tot ‘%1’ gegeven, tot %2. De gedragswetenschapper van de casus beoordeelt deze toegang.</source>
        <translation>Emergency access to ‘%1’ given, until %2. The behavioural scientist of the case reviews this access.</translation>
    </message>
    <message>
        <source>Noodtoegang gegeven tot %1, maar de casus kwam nog niet binnen. Synchroniseer opnieuw.</source>
        <translation>Emergency access given until %1, but the case has not arrived yet. Sync again.</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessPage</name>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Noodtoegang</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Een casus openen waarvan je geen lid bent</source>
        <translation>Open a case you are not a member of</translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>De casus met noodtoegang openen</source>
        <translation>Open the case with emergency access</translation>
    </message>
    <message>
        <source>Casusnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>32 tekens, bijvoorbeeld 3f2a…</source>
        <translation>32 characters, for example 3f2a…</translation>
    </message>
    <message>
        <source>Casusnummer van de casus die je wilt openen</source>
        <translation>Case number of the case you want to open</translation>
    </message>
    <message>
        <source>Het casusnummer staat bij ‘Gezin en team’ van de casus; vraag het aan wie je om hulp vraagt.</source>
        <translation>The case number is under ‘Family and team’ of the case; ask whoever asks you for help.</translation>
    </message>
    <message>
        <source>Reden (verplicht)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Waarom moet je deze casus nu openen? Bijvoorbeeld: de crisisdienst belt buiten kantoortijd over dit gezin.</source>
        <translation>Why must you open this case now? For example: the crisis service calls about this family outside office hours.</translation>
    </message>
    <message>
        <source>Reden voor de noodtoegang</source>
        <translation>Reason for the emergency access</translation>
    </message>
    <message>
        <source>De aanvraag wordt verstuurd</source>
        <translation>The request is being sent</translation>
    </message>
    <message>
        <source>Noodtoegang vragen</source>
        <translation>Ask for emergency access</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Escalatie vastleggen</source>
        <translation>Record escalation</translation>
    </message>
    <message>
        <source>Wat gebeurde er</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Verwacht einde van de maatregel (JJJJ-MM-DD)</source>
        <translation>Expected end of the measure (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Verwacht einde van de maatregel</source>
        <translation>Expected end of the measure</translation>
    </message>
    <message>
        <source>Uitkomst (mag later)</source>
        <translation>Outcome (may follow later)</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>EscalationEntry</name>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen van %1</source>
        <translation>Record the outcome of %1</translation>
    </message>
</context>
<context>
    <name>FamilyPlanController</name>
    <message>
        <source>Het plan voor het gezin kon niet worden gemaakt.</source>
        <translation>The plan for the family could not be made.</translation>
    </message>
    <message>
        <source>Plan voor het gezin %1.pdf</source>
        <translation>Plan for the family %1.pdf</translation>
    </message>
    <message>
        <source>Er is nog geen plan voor het gezin om te bewaren.</source>
        <translation>There is no plan for the family to save yet.</translation>
    </message>
    <message>
        <source>De PDF kon niet worden bewaard. Is er ruimte op het apparaat?</source>
        <translation>The PDF could not be saved. Is there room on the device?</translation>
    </message>
    <message>
        <source>Delen lukte niet op dit apparaat. De PDF is bewaard als %1.</source>
        <translation>Sharing did not work on this device. The PDF was saved as %1.</translation>
    </message>
    <message>
        <source>De map met de PDF is geopend: stuur het bestand van daaruit naar het gezin of druk het af.</source>
        <translation>The folder with the PDF has been opened: send the file to the family from there, or print it.</translation>
    </message>
</context>
<context>
    <name>FamilyPlanPage</name>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Plan voor het gezin</source>
        <translation>Plan for the family</translation>
    </message>
    <message>
        <source>PDF bewaren</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Bewaard als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Het plan als PDF delen met het gezin</source>
        <translation>Share the plan as a PDF with the family</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>Nummer %1</source>
        <translation>Number %1</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Dit apparaat is ingetrokken; de gegevens erop zijn gewist. Koppel het opnieuw om verder te werken.</source>
        <translation>This device has been revoked; its data has been wiped. Link it again to continue working.</translation>
    </message>
    <message>
        <source>De gegevens op dit apparaat zijn gewist. Koppel het opnieuw om verder te werken.</source>
        <translation>The data on this device has been wiped. Link it again to continue working.</translation>
    </message>
    <message>
        <source>Let op: na 10 verkeerde pogingen wist dit apparaat alle gegevens. Wat nog niet gesynchroniseerd is, gaat dan verloren. Niemand kan je wachtwoord herstellen.</source>
        <translation>Note: after 10 wrong attempts this device wipes all data. Anything not yet synced is then lost. Nobody can recover your password.</translation>
    </message>
    <message>
        <source>Dit is geen geldig serveradres. Gebruik de vorm https://server.voorbeeld.nl (zonder pad), zoals je functioneel beheerder het gaf.</source>
        <translation>This is not a valid server address. Use the form https://server.example.org (without a path), as your application administrator gave it.</translation>
    </message>
    <message>
        <source>Vul je gebruikersnaam en wachtwoord in.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Op dit apparaat staat al een kluis. Ontgrendel die, of wis het apparaat via Instellingen.</source>
        <translation>This device already holds a vault. Unlock it, or wipe the device in Settings.</translation>
    </message>
    <message>
        <source>Apparaat koppelen…</source>
        <translation>Linking device…</translation>
    </message>
    <message>
        <source>Dit is geen geldig serveradres.</source>
        <translation>This is not a valid server address.</translation>
    </message>
    <message>
        <source>Het koppelen is niet gelukt: de opslag van dit apparaat gaf een fout.</source>
        <translation>Linking did not work: the storage of this device reported an error.</translation>
    </message>
    <message>
        <source>Kluis beveiligen met je wachtwoord…</source>
        <translation>Securing the vault with your password…</translation>
    </message>
    <message>
        <source>Eerste synchronisatie: je casussen ophalen…</source>
        <translation>First sync: fetching your cases…</translation>
    </message>
    <message>
        <source>De kluis kon niet worden gemaakt: de opslag van dit apparaat gaf een fout. Probeer het opnieuw.</source>
        <translation>The vault could not be created: the storage of this device reported an error. Try again.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Dit apparaat koppelen</source>
        <translation>Link this device</translation>
    </message>
    <message>
        <source>Stap %1 van 4</source>
        <translation>Step %1 of 4</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Dit adres krijg je van je functioneel beheerder.</source>
        <translation>Your application administrator gives you this address.</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Inloggen bij %1</source>
        <translation>Log in to %1</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Wachtwoord van je account</source>
        <translation>Your account&apos;s password</translation>
    </message>
    <message>
        <source>Typ hier het wachtwoord van je account</source>
        <translation>Type your account&apos;s password here</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Terug naar het serveradres</source>
        <translation>Back to the server address</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Inloggen en dit apparaat koppelen</source>
        <translation>Log in and link this device</translation>
    </message>
    <message>
        <source>Gekoppeld als %1.</source>
        <translation>Linked as %1.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord voor dit apparaat. Daarmee ontgrendel je de app; het versleutelt alle gegevens op dit apparaat.</source>
        <translation>Choose a password for this device. You unlock the app with it; it encrypts all data on this device.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord (minstens 10 tekens)</source>
        <translation>New password (at least 10 characters)</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor dit apparaat</source>
        <translation>New password for this device</translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Wachtwoord instellen en synchroniseren</source>
        <translation>Set password and sync</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>+  Toevoegen</source>
        <translation>+  Add</translation>
    </message>
    <message>
        <source>Nog een toevoegen</source>
        <translation>Add another</translation>
    </message>
</context>
<context>
    <name>InstrumentButton</name>
    <message>
        <source>%1 starten</source>
        <translation>Start %1</translation>
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
        <translation>Members of the case</translation>
    </message>
    <message>
        <source>GI-medewerker kiezen</source>
        <translation>Choose a GI worker</translation>
    </message>
    <message>
        <source>GI-medewerker toevoegen</source>
        <translation>Add GI worker</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>Wat kwam eruit? Bijvoorbeeld: melding aangenomen</source>
        <translation>What came of it? For example: report accepted</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>OverduePrompt</name>
    <message>
        <source>Hulp gevraagd</source>
        <translation>Help requested</translation>
    </message>
    <message>
        <source>Alles in orde?</source>
        <translation>Is everything all right?</translation>
    </message>
    <message>
        <source>%1. Je team ziet je melding zodra die is verstuurd.</source>
        <translation>%1. Your team sees your alert as soon as it has been sent.</translation>
    </message>
    <message>
        <source>De verwachte eindtijd van je bezoek aan %1 is voorbij (%2). Loopt het bezoek uit, of heb je hulp nodig?</source>
        <translation>The expected end of your visit to %1 has passed (%2). Is the visit running late, or do you need help?</translation>
    </message>
    <message>
        <source>Verlengen met 30 minuten</source>
        <translation>Extend by 30 minutes</translation>
    </message>
    <message>
        <source>Ik heb hulp nodig</source>
        <translation>I need help</translation>
    </message>
    <message>
        <source>Ik heb hulp nodig: waarschuw mijn team</source>
        <translation>I need help: alert my team</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OverdueVisitsController</name>
    <message>
        <source>een casus die niet op dit apparaat staat</source>
        <translation>a case that is not on this device</translation>
    </message>
    <message>
        <source>Nog geen check-in ontvangen</source>
        <translation>No check-in received yet</translation>
    </message>
    <message>
        <source>Laatste check-in: %1</source>
        <translation>Last check-in: %1</translation>
    </message>
    <message>
        <source>Gestart %1, verwacht klaar om %2</source>
        <translation>Started %1, expected to end at %2</translation>
    </message>
    <message>
        <source>Te laat sinds %1 (verwacht klaar om %2)</source>
        <translation>Late since %1 (expected to end at %2)</translation>
    </message>
    <message>
        <source>%1 vroeg om hulp, %2</source>
        <translation>%1 asked for help, %2</translation>
    </message>
</context>
<context>
    <name>OverdueVisitsPanel</name>
    <message>
        <source>1 bezoek loopt uit</source>
        <translation>1 visit is running late</translation>
    </message>
    <message>
        <source>%1 bezoeken lopen uit</source>
        <translation>%1 visits are running late</translation>
    </message>
    <message>
        <source>%1 bij %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>Gezinslid wijzigen</source>
        <translation>Change family member</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naam van het gezinslid</source>
        <translation>Name of the family member</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Kind of ouder</source>
        <translation>Child or parent</translation>
    </message>
    <message>
        <source>Geboren (jjjj-mm-dd)</source>
        <translation>Born (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Geboortedatum, jaar-maand-dag</source>
        <translation>Birth date, year-month-day</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wijziging van het gezinslid opslaan</source>
        <translation>Save the change to the family member</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>Gezinsleden</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 wijzigen</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naam van het gezinslid</source>
        <translation>Name of the family member</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Kind of ouder</source>
        <translation>Child or parent</translation>
    </message>
    <message>
        <source>Geboren (jjjj-mm-dd)</source>
        <translation>Born (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Geboortedatum, jaar-maand-dag</source>
        <translation>Birth date, year-month-day</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation>Add family member</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Wie heeft de regie? Bijvoorbeeld: Jeugd- en gezinsteam Utrecht</source>
        <translation>Who holds regie? For example: Jeugd- en gezinsteam Utrecht</translation>
    </message>
    <message>
        <source>Wie heeft de regie</source>
        <translation>Who holds regie</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fase vastleggen</source>
        <translation>Record phase</translation>
    </message>
</context>
<context>
    <name>PositionStatus</name>
    <message>
        <source>Positie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ja, positie bepalen</source>
        <translation>Yes, find my position</translation>
    </message>
    <message>
        <source>Nee, zonder positie</source>
        <translation>No, without a position</translation>
    </message>
    <message>
        <source>Nu verder zonder positie</source>
        <translation>Go on without a position now</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Scherm verborgen</source>
        <translation>Screen hidden</translation>
    </message>
    <message>
        <source>Verder met wachtwoord</source>
        <translation>Continue with passphrase</translation>
    </message>
    <message>
        <source>Terug naar de app: vul je wachtwoord in</source>
        <translation>Back to the app: enter your passphrase</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Geweigerde wijzigingen</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>De server heeft deze wijzigingen niet overgenomen. Ze blijven op dit apparaat bewaard; voer ze zo nodig opnieuw in waar dat wel mag, of overleg met je functioneel beheerder.</source>
        <translation>The server did not accept these changes. They stay saved on this device; enter them again where that is allowed, or consult your application administrator.</translation>
    </message>
    <message>
        <source>Geweigerd %1</source>
        <translation>Refused %1</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Medeondertekend door de GI-medewerker (%1).</source>
        <translation>Co-signed by the GI worker (%1).</translation>
    </message>
    <message>
        <source>Niet medeondertekend door de GI-medewerker.</source>
        <translation>Not co-signed by the GI worker.</translation>
    </message>
    <message>
        <source>Geen GI-bijdrage: medeondertekening niet nodig.</source>
        <translation>No GI contribution: no co-signature needed.</translation>
    </message>
    <message>
        <source>Geen veiligheidsoordeel</source>
        <translation>No safety judgement</translation>
    </message>
    <message>
        <source>Risico: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>Ingediend %1 door %2</source>
        <translation>Submitted %1 by %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI.</source>
        <translation>Submitted without the GI co-signature.</translation>
    </message>
    <message>
        <source>Ingediend zonder medeondertekening GI. Reden: %1</source>
        <translation>Submitted without the GI co-signature. Reason: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Ter beoordeling</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>1 taxatie wacht op je</source>
        <translation>1 assessment is waiting for you</translation>
    </message>
    <message>
        <source>%1 taxaties wachten op je</source>
        <translation>%1 assessments are waiting for you</translation>
    </message>
    <message>
        <source>Veiligheid: %1</source>
        <translation>Safety: %1</translation>
    </message>
    <message>
        <source>Signaal </source>
        <translation>Flag </translation>
    </message>
    <message>
        <source>Toelichting </source>
        <translation>Justification </translation>
    </message>
    <message>
        <source>Bekijken</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Hele taxatie bekijken</source>
        <translation>View the whole assessment</translation>
    </message>
    <message>
        <source>Terugsturen…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Terugsturen met een opmerking</source>
        <translation>Return with a comment</translation>
    </message>
    <message>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Er wacht niets op je beoordeling. Ingediende taxaties van je team komen hier na synchroniseren.</source>
        <translation>Nothing is waiting for your review. Submitted assessments of your team appear here after syncing.</translation>
    </message>
    <message>
        <source>Terugsturen naar de medewerker</source>
        <translation>Return to the worker</translation>
    </message>
    <message>
        <source>Wat moet er gebeuren? De medewerker leest dit na synchroniseren.</source>
        <translation>What needs to be done? The worker reads this after syncing.</translation>
    </message>
    <message>
        <source>Opmerking bij het terugsturen</source>
        <translation>Comment on returning</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terugsturen</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Beantwoord door %1</source>
        <translation>Answered by %1</translation>
    </message>
    <message>
        <source>Hele taxatie</source>
        <translation>Whole assessment</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <source>Blokkeert indienen</source>
        <translation>Blocks submitting</translation>
    </message>
    <message>
        <source>Toelichting nodig</source>
        <translation>Justification needed</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Vragen vervallen</source>
        <translation>Questions no longer apply</translation>
    </message>
    <message>
        <source>Gedragswetenschapper kijkt mee</source>
        <translation>Behavioural scientist is notified</translation>
    </message>
    <message>
        <source>Voorstel: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>✓ Overgenomen</source>
        <translation>✓ Accepted</translation>
    </message>
    <message>
        <source>Toelichting (nodig om in te dienen)</source>
        <translation>Justification (needed to submit)</translation>
    </message>
    <message>
        <source>Toelichting bij %1</source>
        <translation>Justification for %1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Er is nu geen regel van toepassing.</source>
        <translation>No rule applies now.</translation>
    </message>
</context>
<context>
    <name>SectionEntry</name>
    <message>
        <source>%1 · %2 verplicht open</source>
        <translation>%1 · %2 required open</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Alles op dit apparaat staat ook op de server. Na het wissen kun je dit apparaat opnieuw koppelen.</source>
        <translation>Everything on this device is also on the server. After wiping you can link this device again.</translation>
    </message>
    <message>
        <source>Dit is nog niet gesynchroniseerd en gaat verloren als je nu wist:</source>
        <translation>This has not been synced yet and is lost if you wipe now:</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan een server</source>
        <translation>Not linked to a server</translation>
    </message>
    <message>
        <source>Apparaat %1</source>
        <translation>Device %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) in %1</source>
        <translation>
            <numerusform>%n change in %1</numerusform>
            <numerusform>%n changes in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n door de server geweigerde wijziging(en)</source>
        <translation>
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Ontgrendel het apparaat eerst.</source>
        <translation>Unlock the device first.</translation>
    </message>
    <message>
        <source>Je wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.</source>
        <translation>Your password has been changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Het wachtwoord is niet gewijzigd: de kluis gaf een fout. Het oude wachtwoord blijft geldig.</source>
        <translation>The password has not been changed: the vault reported an error. The old password stays valid.</translation>
    </message>
    <message>
        <source>Typ WISSEN om te bevestigen.</source>
        <translation>Type WISSEN to confirm.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De taal gaat in bij de volgende start van de app.</source>
        <translation>The language takes effect at the next start of the app.</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation>Lock automatically</translation>
    </message>
    <message>
        <source>na %1 min</source>
        <translation>after %1 min</translation>
    </message>
    <message>
        <source>Vergrendelen na %1 minuten</source>
        <translation>Lock after %1 minutes</translation>
    </message>
    <message>
        <source>Locatie gebruiken bij huisbezoek</source>
        <translation>Use location during home visits</translation>
    </message>
    <message>
        <source>Elke keer vragen</source>
        <translation>Ask every time</translation>
    </message>
    <message>
        <source>Altijd</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Locatie: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>Server en apparaat</source>
        <translation>Server and device</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Ingelogd als: %1</source>
        <translation>Logged in as: %1</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord (minstens 10 tekens)</source>
        <translation>New password (at least 10 characters)</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Herhaal het nieuwe wachtwoord</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Afmelden en apparaat wissen</source>
        <translation>Sign out and wipe device</translation>
    </message>
    <message>
        <source>Typ WISSEN om te bevestigen</source>
        <translation>Type WISSEN to confirm</translation>
    </message>
    <message>
        <source>Afmelden en wissen</source>
        <translation>Sign out and wipe</translation>
    </message>
</context>
<context>
    <name>SettledDisagreement</name>
    <message>
        <source>Verschil van inzicht opgelost: %1</source>
        <translation>Disagreement resolved: %1</translation>
    </message>
</context>
<context>
    <name>StatementsController</name>
    <message>
        <source>%1 (GI) is het niet eens met deze beoordeling, %2</source>
        <translation>%1 (GI) disagrees with this assessment, %2</translation>
    </message>
    <message>
        <source>Eigen zienswijze van %1, %2</source>
        <translation>Own view of %1, %2</translation>
    </message>
    <message>
        <source>Vastgelegd door %1, %2</source>
        <translation>Recorded by %1, %2</translation>
    </message>
    <message>
        <source>De zienswijzen konden niet worden gelezen.</source>
        <translation>The statements could not be read.</translation>
    </message>
    <message>
        <source>Alleen de GI-medewerker van de casus legt vast dat de GI het niet eens is.</source>
        <translation>Only the GI worker of the case records that the GI disagrees.</translation>
    </message>
    <message>
        <source>Schrijf op wat er gezegd is.</source>
        <translation>Write down what was said.</translation>
    </message>
    <message>
        <source>Kies wie het zei, of beschrijf wie het was.</source>
        <translation>Choose who said it, or describe who it was.</translation>
    </message>
    <message>
        <source>Vul een geldige datum in, niet in de toekomst.</source>
        <translation>Enter a valid date, not in the future.</translation>
    </message>
    <message>
        <source>De zienswijze kon niet worden vastgelegd.</source>
        <translation>The statement could not be recorded.</translation>
    </message>
    <message>
        <source>Iemand anders…</source>
        <translation>Someone else…</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Eigen zienswijze en reacties</source>
        <translation>Own view and responses</translation>
    </message>
    <message>
        <source>Er is nog geen eigen zienswijze vastgelegd.</source>
        <translation>No own view has been recorded yet.</translation>
    </message>
    <message>
        <source>Wie zei het?</source>
        <translation>Who said it?</translation>
    </message>
    <message>
        <source>Wie was het? Bijvoorbeeld: oma van moederskant</source>
        <translation>Who was it? For example: grandmother on the mother&apos;s side</translation>
    </message>
    <message>
        <source>Wanneer gezegd (JJJJ-MM-DD, leeg is vandaag)</source>
        <translation>When it was said (YYYY-MM-DD, empty is today)</translation>
    </message>
    <message>
        <source>Wat zei hij of zij? Schrijf het op in zijn of haar eigen woorden.</source>
        <translation>What did he or she say? Write it down in his or her own words.</translation>
    </message>
    <message>
        <source>Zienswijze vastleggen</source>
        <translation>Record the view</translation>
    </message>
    <message>
        <source>Niet eens (GI) vastleggen</source>
        <translation>Record disagreement (GI)</translation>
    </message>
    <message>
        <source>Wie was het?</source>
        <translation>Who was it?</translation>
    </message>
    <message>
        <source>Wanneer gezegd</source>
        <translation>When said</translation>
    </message>
    <message>
        <source>De eigen woorden</source>
        <translation>Their own words</translation>
    </message>
</context>
<context>
    <name>SubjectPickerDialog</name>
    <message>
        <source>Voor wie vul je dit in?</source>
        <translation>Who are you filling this in for?</translation>
    </message>
    <message>
        <source>Er zijn in deze casus nog geen personen vastgelegd voor wie dit instrument bedoeld is.</source>
        <translation>No persons this instrument is meant for have been recorded in this case yet.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SubmitBar</name>
    <message>
        <source>Indienen</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Niet gekoppeld aan een server</source>
        <translation>Not linked to a server</translation>
    </message>
    <message>
        <source>Bezig met synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline. Je wijzigingen blijven veilig op dit apparaat en gaan mee bij de volgende synchronisatie.</source>
        <translation>Offline. Your changes stay safe on this device and go along with the next sync.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Alles is verstuurd</source>
        <translation>Everything has been sent</translation>
    </message>
    <message>
        <source>1 wijziging wacht op verzending</source>
        <translation>1 change waiting to be sent</translation>
    </message>
    <message>
        <source>%1 wijzigingen wachten op verzending</source>
        <translation>%1 changes waiting to be sent</translation>
    </message>
    <message>
        <source>geen netwerk</source>
        <translation>no network</translation>
    </message>
    <message>
        <source>1 geweigerde wijziging</source>
        <translation>1 refused change</translation>
    </message>
    <message>
        <source>%1 geweigerde wijzigingen</source>
        <translation>%1 refused changes</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>TeamRemindersController</name>
    <message>
        <source>Oordeel niet beter na de evaluatie: bespreek deze casus</source>
        <translation>Judgement not better after the evaluation: discuss this case</translation>
    </message>
</context>
<context>
    <name>TeamRemindersPanel</name>
    <message>
        <source>1 punt voor opvolging in het team</source>
        <translation>1 follow-up item in the team</translation>
    </message>
    <message>
        <source>%1 punten voor opvolging in het team</source>
        <translation>%1 follow-up items in the team</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Typ hier…</source>
        <translation>Type here…</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>beoordeeld door %1</source>
        <translation>judged by %1</translation>
    </message>
    <message>
        <source>evaluatie %1</source>
        <translation>evaluation %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Oordelen risicotaxatie over %1</source>
        <translation>Risk assessment judgements of %1</translation>
    </message>
    <message>
        <source>Oordelen risicotaxatie</source>
        <translation>Risk assessment judgements</translation>
    </message>
    <message>
        <source>Nog geen risicotaxatie met een oordeel.</source>
        <translation>No risk assessment with a judgement yet.</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>De ouders</source>
        <translation>The parents</translation>
    </message>
    <message>
        <source>Nog geen scores op de schaalvraag.</source>
        <translation>No scores on the scale question yet.</translation>
    </message>
    <message>
        <source>Schaalscores veiligheidsplan (0 tot 10)</source>
        <translation>Safety plan scale scores (0 to 10)</translation>
    </message>
    <message>
        <source>wie: %1</source>
        <translation>who: %1</translation>
    </message>
    <message>
        <source>uiterlijk %1, verlopen</source>
        <translation>by %1, overdue</translation>
    </message>
    <message>
        <source>uiterlijk %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>controle: %1</source>
        <translation>check: %1</translation>
    </message>
    <message>
        <source>Evaluatie van het plan</source>
        <translation>Evaluation of the plan</translation>
    </message>
    <message>
        <source>Geen afspraken in het huidige veiligheidsplan.</source>
        <translation>No agreements in the current safety plan.</translation>
    </message>
    <message>
        <source>Afspraken van het huidige veiligheidsplan</source>
        <translation>Agreements of the current safety plan</translation>
    </message>
    <message>
        <source>Fase nog niet vastgelegd</source>
        <translation>Phase not recorded yet</translation>
    </message>
    <message>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>regie bij %1</source>
        <translation>%1 holds regie</translation>
    </message>
    <message>
        <source>verwacht einde %1</source>
        <translation>expected end %1</translation>
    </message>
    <message>
        <source>uitkomst nog niet vastgelegd</source>
        <translation>outcome not recorded yet</translation>
    </message>
    <message>
        <source>uitkomst: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <source>vastgelegd door %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <source>Fase en escalaties</source>
        <translation>Phase and escalations</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Herinnering: %1</source>
        <translation>Reminder: %1</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Vul eerst je wachtwoord in.</source>
        <translation>Enter your password first.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist. Neem contact op met je functioneel beheerder om het apparaat opnieuw te koppelen.</source>
        <translation>This device has been revoked; the data on this device has been wiped. Contact your application administrator to link the device again.</translation>
    </message>
    <message>
        <source>Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens te beschermen zijn alle gegevens op dit apparaat gewist. Neem contact op met je functioneel beheerder om het apparaat opnieuw in te richten.</source>
        <translation>A wrong password was entered too often. To protect the data, all data on this device has been wiped. Contact your application administrator to set up the device again.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord. Nog 1 poging voordat de gegevens op dit apparaat worden gewist.</source>
        <translation>Wrong password. 1 attempt left before the data on this device is wiped.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord. Nog %1 pogingen voordat de gegevens op dit apparaat worden gewist.</source>
        <translation>Wrong password. %1 attempts left before the data on this device is wiped.</translation>
    </message>
    <message>
        <source>Er staat nog geen kluis op dit apparaat (gezocht in %1). Laat het apparaat inrichten door je functioneel beheerder, of maak voor een demo een kluis aan met: veldwerk-cli --vault %1 init</source>
        <translation>There is no vault on this device yet (looked in %1). Have the device set up by your application administrator, or create a vault for a demo with: veldwerk-cli --vault %1 init</translation>
    </message>
    <message>
        <source>De kluis op dit apparaat is beschadigd en kan niet worden geopend. Er is niets gewist. Neem contact op met je functioneel beheerder.</source>
        <translation>The vault on this device is damaged and cannot be opened. Nothing has been wiped. Contact your application administrator.</translation>
    </message>
    <message>
        <source>De kluis kon niet worden gelezen (opslagfout). Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</source>
        <translation>The vault could not be read (storage error). Try again; if this keeps happening, contact your application administrator.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken</source>
        <translation>This device has been revoked</translation>
    </message>
    <message>
        <source>Dit apparaat is vergrendeld</source>
        <translation>This device is locked</translation>
    </message>
    <message>
        <source>De kluis is even in gebruik door een ander programma op dit apparaat. Probeer het zo opnieuw. Er is niets gewist en dit telt niet als poging.</source>
        <translation>The vault is in use by another program on this device for a moment. Please try again shortly. Nothing was erased and this does not count as an attempt.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Voer je wachtwoord in om je casussen te openen.</source>
        <translation>Enter your password to open your cases.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Alle gegevens staan versleuteld op dit apparaat.</source>
        <translation>All data is stored encrypted on this device.</translation>
    </message>
</context>
<context>
    <name>Veldwerk</name>
    <message>
        <source>het gezin</source>
        <translation>the family</translation>
    </message>
    <message>
        <source>Teruggestuurd door %1: %2</source>
        <translation>Returned by %1: %2</translation>
    </message>
    <message>
        <source>Laatst gewijzigd %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>geboortedatum onbekend</source>
        <translation>birth date unknown</translation>
    </message>
    <message>
        <source>geboren %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Het apparaat is vergrendeld. Ontgrendel het en probeer het opnieuw.</source>
        <translation>The device is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout. Je laatste wijziging is niet bewaard. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</source>
        <translation>Saving did not work: the vault on this device reported an error. Your last change has not been saved. Try again; if this keeps happening, contact your application administrator.</translation>
    </message>
    <message>
        <source>Je bent op de server geen lid (meer) van deze casus.</source>
        <translation>You are no longer a member of this case on the server.</translation>
    </message>
    <message>
        <source>De server kent deze casus niet.</source>
        <translation>The server does not know this case.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker kan een casus starten.</source>
        <translation>Only a JGT worker can start a case.</translation>
    </message>
    <message>
        <source>De wijziging is gemaakt door een andere gebruiker dan die van dit apparaat.</source>
        <translation>The change was made by another user than this device&apos;s.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus wijzigt de casus zelf.</source>
        <translation>Only a JGT worker of the case changes the case itself.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus voegt leden toe of haalt ze weg.</source>
        <translation>Only a JGT worker of the case adds or removes members.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus legt toestemming vast.</source>
        <translation>Only a JGT worker of the case records consent.</translation>
    </message>
    <message>
        <source>Alleen de JGT- en GI-medewerkers van de casus leggen gezinsleden vast.</source>
        <translation>Only the JGT and GI workers of the case record family members.</translation>
    </message>
    <message>
        <source>Alleen de JGT- en GI-medewerkers van de casus vullen antwoorden in.</source>
        <translation>Only the JGT and GI workers of the case fill in answers.</translation>
    </message>
    <message>
        <source>De server kent deze versie van het instrument niet.</source>
        <translation>The server does not know this version of the instrument.</translation>
    </message>
    <message>
        <source>Een eigen score vult alleen de professional zelf in.</source>
        <translation>Only the professional themself fills in their own score.</translation>
    </message>
    <message>
        <source>De taxatie is goedgekeurd en verandert niet meer; leg nieuwe informatie vast in een addendum.</source>
        <translation>The assessment has been approved and no longer changes; record new information in an addendum.</translation>
    </message>
    <message>
        <source>De taxatie is ingediend en wacht op beoordeling; na terugsturen kan zij weer veranderen.</source>
        <translation>The assessment has been submitted and awaits review; after it is returned it can change again.</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus dient een taxatie in.</source>
        <translation>Only a JGT worker of the case submits an assessment.</translation>
    </message>
    <message>
        <source>Alleen een GI-medewerker van de casus ondertekent mee.</source>
        <translation>Only a GI worker of the case co-signs.</translation>
    </message>
    <message>
        <source>Alleen de gedragswetenschapper beoordeelt een taxatie.</source>
        <translation>Only the behavioural scientist reviews an assessment.</translation>
    </message>
    <message>
        <source>Een gedragswetenschapper keurt taxaties goed of stuurt ze terug, en wijzigt verder niets.</source>
        <translation>A behavioural scientist approves or returns assessments and changes nothing else.</translation>
    </message>
    <message>
        <source>Over dit antwoord is een verschil van inzicht dat alleen een JGT-medewerker van de casus oplost.</source>
        <translation>This answer has a disagreement that only a JGT worker of the case resolves.</translation>
    </message>
    <message>
        <source>Dit apparaat kende een nieuwere versie dan de server; de wijziging is apart gezet.</source>
        <translation>This device knew a newer version than the server; the change has been set aside.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Crisisdienst</source>
        <translation>Crisis service</translation>
    </message>
    <message>
        <source>Buiten kantoortijd (team)</source>
        <translation>After hours (team)</translation>
    </message>
    <message>
        <source>Alarmnummer</source>
        <translation>Emergency number</translation>
    </message>
</context>
<context>
    <name>VisitBanner</name>
    <message>
        <source>Bezoek loopt</source>
        <translation>Visit in progress</translation>
    </message>
    <message>
        <source>Bezoek bij %1</source>
        <translation>Visit to %1</translation>
    </message>
    <message>
        <source>%1 bezig · de verwachte eindtijd is voorbij (%2)</source>
        <translation>%1 in progress · the expected end has passed (%2)</translation>
    </message>
    <message>
        <source>%1 bezig · %2</source>
        <translation>%1 in progress · %2</translation>
    </message>
    <message>
        <source>Hulp nodig</source>
        <translation>Need help</translation>
    </message>
    <message>
        <source>Ik heb hulp nodig: waarschuw mijn team</source>
        <translation>I need help: alert my team</translation>
    </message>
    <message>
        <source>Bezoek beëindigen</source>
        <translation>End visit</translation>
    </message>
</context>
<context>
    <name>VisitController</name>
    <message>
        <source>Verwacht klaar om %1</source>
        <translation>Expected to end at %1</translation>
    </message>
    <message>
        <source>Hulp gevraagd om %1</source>
        <translation>Help requested at %1</translation>
    </message>
    <message>
        <source>%1 · nog niet verstuurd: dit apparaat is niet gekoppeld</source>
        <translation>%1 · not sent yet: this device is not linked to a server</translation>
    </message>
    <message>
        <source>%1 · wordt verstuurd</source>
        <translation>%1 · being sent</translation>
    </message>
    <message>
        <source>%1 · wacht op netwerk, wordt verstuurd zodra dat er is</source>
        <translation>%1 · waiting for the network, sent as soon as there is one</translation>
    </message>
    <message>
        <source>%1 · verstuurd</source>
        <translation>%1 · sent</translation>
    </message>
    <message>
        <source>%1 minuten, tot ongeveer %2</source>
        <translation>%1 minutes, until about %2</translation>
    </message>
    <message>
        <source>Positie wordt bepaald… Je gaat verder zodra die er is (hooguit 30 seconden).</source>
        <translation>Finding your position… You go on as soon as it is found (30 seconds at most).</translation>
    </message>
    <message>
        <source>Positie wordt bepaald…</source>
        <translation>Finding your position…</translation>
    </message>
    <message>
        <source>Positie bepaald: %1</source>
        <translation>Position found: %1</translation>
    </message>
    <message>
        <source>Geen positie: je hebt die geweigerd.</source>
        <translation>No position: you declined it.</translation>
    </message>
    <message>
        <source>Geen positie gevonden binnen 30 seconden. Het bezoek gaat gewoon door.</source>
        <translation>No position found within 30 seconds. The visit goes on as usual.</translation>
    </message>
    <message>
        <source>Positiebepaling staat uit (Instellingen of het apparaat).</source>
        <translation>Positioning is off (Settings or the device).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Jij checkt nu in.</source>
        <translation>You check in now.</translation>
    </message>
    <message>
        <source>Jij checkt nu in; %1 sluit op de eigen tablet aan bij dit bezoek.</source>
        <translation>You check in now; %1 joins this visit on their own tablet.</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Het bezoek kan nog niet worden beëindigd: zie hieronder wat er nog moet worden vastgelegd.</source>
        <translation>The visit cannot be ended yet: see below what still has to be recorded.</translation>
    </message>
    <message>
        <source>Alleen de JGT- en GI-medewerkers van deze casus leggen een bezoek vast.</source>
        <translation>Only the JGT and GI workers of this case record a visit.</translation>
    </message>
    <message>
        <source>Dat kan niet meer: het bezoek is al beëindigd of je bent er al bij.</source>
        <translation>That is no longer possible: the visit has ended or you are already on it.</translation>
    </message>
    <message>
        <source>Het bezoek kon niet worden opgeslagen. Probeer het nog eens.</source>
        <translation>The visit could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>Mag de app je positie vastleggen bij dit bezoek? Die wordt bij het bezoek bewaard, zodat je team je kan vinden als het uitloopt.</source>
        <translation>May the app record your position for this visit? It is kept with the visit, so your team can find you if it runs late.</translation>
    </message>
</context>
<context>
    <name>VisitEndSheet</name>
    <message>
        <source>Het bezoek kan nog niet worden beëindigd</source>
        <translation>The visit cannot be ended yet</translation>
    </message>
    <message>
        <source>Bezoek aan %1 beëindigen</source>
        <translation>End the visit to %1</translation>
    </message>
    <message>
        <source>Eerst moet in een instrument van dit bezoek nog iets worden vastgelegd:</source>
        <translation>First something still has to be recorded in an instrument of this visit:</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten, het bezoek loopt door</source>
        <translation>Close, the visit goes on</translation>
    </message>
    <message>
        <source>Bezoek beëindigen</source>
        <translation>End visit</translation>
    </message>
</context>
<context>
    <name>VisitStartButton</name>
    <message>
        <source>Aansluiten bij het bezoek</source>
        <translation>Join the visit</translation>
    </message>
    <message>
        <source>Bezoek starten</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <source>Aansluiten bij het bezoek van je collega</source>
        <translation>Join your colleague&apos;s visit</translation>
    </message>
    <message>
        <source>Bezoek aan dit gezin starten</source>
        <translation>Start a visit to this family</translation>
    </message>
</context>
<context>
    <name>VisitStartSheet</name>
    <message>
        <source>Aansluiten bij het bezoek aan %1</source>
        <translation>Join the visit to %1</translation>
    </message>
    <message>
        <source>Bezoek starten bij %1</source>
        <translation>Start a visit to %1</translation>
    </message>
    <message>
        <source>Wie zijn er bij?</source>
        <translation>Who is present?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is aanwezig</source>
        <translation>%1 is present</translation>
    </message>
    <message>
        <source>Anderen aanwezig, bijvoorbeeld een tolk of de buurvrouw</source>
        <translation>Others present, for example an interpreter or the neighbour</translation>
    </message>
    <message>
        <source>Anderen aanwezig</source>
        <translation>Others present</translation>
    </message>
    <message>
        <source>Hoe lang duurt het bezoek?</source>
        <translation>How long will the visit take?</translation>
    </message>
    <message>
        <source>− 15 min</source>
        <translation>− 15 min</translation>
    </message>
    <message>
        <source>Een kwartier korter</source>
        <translation>A quarter of an hour shorter</translation>
    </message>
    <message>
        <source>+ 15 min</source>
        <translation>+ 15 min</translation>
    </message>
    <message>
        <source>Een kwartier langer</source>
        <translation>A quarter of an hour longer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Aansluiten</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Bezoek starten</source>
        <translation>Start visit</translation>
    </message>
</context>
<context>
    <name>VwCloseFooter</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VwConfirmFooter</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VwPageHeader</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Scherm verbergen</source>
        <translation>Hide the screen</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Crisisnummers tonen</source>
        <translation>Show crisis numbers</translation>
    </message>
</context>
<context>
    <name>VwPassphraseField</name>
    <message>
        <source>Typ hier je wachtwoord</source>
        <translation>Type your password here</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>WithoutCosignDialog</name>
    <message>
        <source>De GI-collega heeft nog niet medeondertekend</source>
        <translation>The GI colleague has not co-signed yet</translation>
    </message>
    <message>
        <source>De GI-collega heeft in deze taxatie meegewerkt. Zijn of haar medeondertekening wordt gevraagd, maar is geen voorwaarde: de regie ligt bij jou. Je kunt nu indienen zonder medeondertekening als je opschrijft waarom. De gedragswetenschapper ziet dat en leest je reden; medeondertekent de GI-collega later, dan komt dat er alsnog bij.</source>
        <translation>The GI colleague contributed to this assessment. Their co-signature is asked for, but it is not a condition: you keep the lead. You can submit now without the co-signature if you write down why. The behavioural scientist sees this and reads your reason; if the GI colleague co-signs later, that is added after all.</translation>
    </message>
    <message>
        <source>Waarom nu indienen? Bijvoorbeeld: de GI-collega is twee weken afwezig en de veiligheid van het kind gaat voor.</source>
        <translation>Why submit now? For example: the GI colleague is away for two weeks and the child&apos;s safety comes first.</translation>
    </message>
    <message>
        <source>Reden voor indienen zonder medeondertekening</source>
        <translation>Reason for submitting without the co-signature</translation>
    </message>
    <message>
        <source>Indienen zonder medeondertekening</source>
        <translation>Submit without co-signature</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuleren, niet indienen</source>
        <translation>Cancel, do not submit</translation>
    </message>
</context>
<context>
    <name>veldwerk::app</name>
    <message>
        <source>Het certificaat van de server wordt niet vertrouwd. Er is geen verbinding gemaakt. Controleer het adres, of vraag je functioneel beheerder om het certificaat van de server.</source>
        <translation>The server&apos;s certificate is not trusted. No connection was made. Check the address, or ask your application administrator for the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Controleer of dit apparaat met internet verbonden is en of het adres klopt, en probeer het opnieuw.</source>
        <translation>No connection with the server. Check that this device is connected to the internet and that the address is right, and try again.</translation>
    </message>
    <message>
        <source>De gebruikersnaam of het wachtwoord klopt niet.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken door je functioneel beheerder. Neem contact met hen op.</source>
        <translation>This device has been revoked by your application administrator. Contact them.</translation>
    </message>
    <message>
        <source>De klok van dit apparaat staat te ver af van die van de server. Zet de datum en tijd goed en probeer het opnieuw.</source>
        <translation>This device&apos;s clock is too far off from the server&apos;s. Set the date and time right and try again.</translation>
    </message>
    <message>
        <source>Te veel mislukte pogingen. Wacht een paar minuten en probeer het opnieuw.</source>
        <translation>Too many failed attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>De server weigerde het koppelen van dit apparaat. Neem contact op met je functioneel beheerder.</source>
        <translation>The server refused to link this device. Contact your application administrator.</translation>
    </message>
    <message>
        <source>De server gaf een fout. Probeer het later opnieuw.</source>
        <translation>The server reported an error. Try again later.</translation>
    </message>
    <message>
        <source>JGT-medewerker</source>
        <translation>JGT worker</translation>
    </message>
    <message>
        <source>GI-medewerker</source>
        <translation>GI worker</translation>
    </message>
    <message>
        <source>gedragswetenschapper</source>
        <translation>behavioural scientist</translation>
    </message>
    <message>
        <source>Het bewaarde antwoord is ongeldig voor deze vraag; kies of typ het opnieuw.</source>
        <translation>The saved answer is not valid for this question; choose or type it again.</translation>
    </message>
    <message>
        <source>Voorstel (%1): %2 aanvinken</source>
        <translation>Suggestion (%1): tick %2</translation>
    </message>
    <message>
        <source>Voorstel (%1): %2</source>
        <translation>Suggestion (%1): %2</translation>
    </message>
    <message>
        <source>Scores van andere professionals: %1</source>
        <translation>Scores of other professionals: %1</translation>
    </message>
    <message>
        <source>%1, nummer %2</source>
        <translation>%1, number %2</translation>
    </message>
    <message>
        <source>Betreft: %1</source>
        <translation>Concerns: %1</translation>
    </message>
    <message>
        <source>onbekende collega</source>
        <translation>unknown colleague</translation>
    </message>
    <message>
        <source>(leeg gemaakt)</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Alleen een JGT-medewerker van de casus kan dit verschil oplossen; de verantwoordelijkheid voor de casus ligt bij het JGT.</source>
        <translation>Only a JGT worker of the case can resolve this disagreement; responsibility for the case lies with the JGT.</translation>
    </message>
    <message>
        <source>Kies het antwoord dat blijft, of vul een nieuw antwoord in. Het verschil blijft zichtbaar in de geschiedenis.</source>
        <translation>Choose the answer that stays, or enter a new answer. The disagreement stays visible in the history.</translation>
    </message>
    <message>
        <source>Kies de toelichting die blijft, of pas de toelichting aan. Het verschil blijft zichtbaar in de geschiedenis.</source>
        <translation>Choose the justification that stays, or change the justification. The disagreement stays visible in the history.</translation>
    </message>
    <message>
        <source>Er is nog een verschil van inzicht tussen professionals. Een JGT-medewerker van de casus kiest eerst welk antwoord blijft; daarna kun je indienen.</source>
        <translation>There is still a disagreement between professionals. A JGT worker of the case first chooses which answer stays; then you can submit.</translation>
    </message>
    <message>
        <source>ja %1 · nee %2 · onbekend %3</source>
        <translation>yes %1 · no %2 · unknown %3</translation>
    </message>
    <message>
        <source>%1 van %2 beantwoord</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Onveilig</source>
        <translation>Unsafe</translation>
    </message>
    <message>
        <source>Voorwaardelijk veilig</source>
        <translation>Conditionally safe</translation>
    </message>
    <message>
        <source>Veilig</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>Nog geen veiligheidsoordeel</source>
        <translation>No safety judgement yet</translation>
    </message>
    <message>
        <source>Je kunt in deze casus geen antwoorden invullen: je bent geen lid van de casus, of je rol vult geen antwoorden in.</source>
        <translation>You cannot fill in answers in this case: you are not a member of the case, or your role does not fill in answers.</translation>
    </message>
    <message>
        <source>Deze taxatie is ingediend of goedgekeurd en kan nu niet worden gewijzigd. Na terugsturen door de gedragswetenschapper kun je weer verder.</source>
        <translation>This assessment has been submitted or approved and cannot be changed now. After the behavioural scientist returns it you can continue.</translation>
    </message>
    <message>
        <source>Deze taxatie staat niet (meer) op dit apparaat.</source>
        <translation>This assessment is not (or no longer) on this device.</translation>
    </message>
    <message>
        <source>Alleen een gedragswetenschapper beoordeelt, en alleen een ingediende taxatie. Misschien is deze al beoordeeld.</source>
        <translation>Only a behavioural scientist reviews, and only a submitted assessment. It may have been reviewed already.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens 10 tekens, bijvoorbeeld een paar woorden.</source>
        <translation>Choose a password of at least 10 characters, for example a few words.</translation>
    </message>
    <message>
        <source>Te kort: gebruik minstens 10 tekens.</source>
        <translation>Too short: use at least 10 characters.</translation>
    </message>
    <message>
        <source>Zwak: te voorspelbaar. Gebruik een paar woorden of meer verschillende tekens.</source>
        <translation>Weak: too predictable. Use a few words or more different characters.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Redelijk. Langer (meer woorden) is sterker.</source>
        <translation>Fair. Longer (more words) is stronger.</translation>
    </message>
    <message>
        <source>Zwak: voeg een woord, een cijfer of een leesteken toe.</source>
        <translation>Weak: add a word, a digit or a punctuation mark.</translation>
    </message>
    <message>
        <source>Antwoord op ‘%1’</source>
        <translation>Answer to ‘%1’</translation>
    </message>
    <message>
        <source>Een antwoord in een taxatie</source>
        <translation>An answer in an assessment</translation>
    </message>
    <message>
        <source>Gegevens van de casus</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Gegevens van een gezinslid</source>
        <translation>Details of a family member</translation>
    </message>
    <message>
        <source>Een toestemming</source>
        <translation>A consent</translation>
    </message>
    <message>
        <source>Een lid van de casus</source>
        <translation>A member of the case</translation>
    </message>
    <message>
        <source>De status van een taxatie</source>
        <translation>The status of an assessment</translation>
    </message>
    <message>
        <source>Een taxatie</source>
        <translation>An assessment</translation>
    </message>
    <message>
        <source>Een stap in de beoordeling</source>
        <translation>A step in the review</translation>
    </message>
    <message>
        <source>Een wijziging</source>
        <translation>A change</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: het geheugen van dit apparaat is vol. Je laatste wijziging is niet bewaard; wat eerder bewaard was blijft staan en leesbaar. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Saving failed: this device&apos;s storage is full. Your last change was not saved; everything saved before stays and can still be read. Free up space and try again.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: de kluis is even in gebruik door een ander programma. Je laatste wijziging is niet bewaard. Probeer het zo opnieuw.</source>
        <translation>Saving failed: the vault is in use by another program for a moment. Your last change was not saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>Kies een sterker wachtwoord: </source>
        <translation>Choose a stronger password: </translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Een escalatie van de casus</source>
        <translation>An escalation of the case</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Toelichting bij %1</source>
        <translation>Justification for %1</translation>
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
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Eens geworden; als laatste aangepast door %1</source>
        <translation>Agreed; last changed by %1</translation>
    </message>
    <message>
        <source>Opgelost door %1</source>
        <translation>Resolved by %1</translation>
    </message>
    <message>
        <source>Verschil van inzicht bij %1. %2. %3. %4.</source>
        <translation>Disagreement on %1. %2. %3. %4.</translation>
    </message>
</context>
<context>
    <name>veldwerk::app::wording</name>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Teruggestuurd</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>vandaag om %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>gisteren om %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <source>%1 om %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Dit is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-06-30.</source>
        <translation>This is not a valid date. Write the date as YYYY-MM-DD, for example 2025-06-30.</translation>
    </message>
    <message>
        <source>Kies een cijfer van 0 tot en met 10.</source>
        <translation>Choose a number from 0 to 10.</translation>
    </message>
    <message>
        <source>Kies een cijfer van 1 tot en met 5.</source>
        <translation>Choose a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Dit antwoord hoort niet bij deze vraag. Kies een van de getoonde mogelijkheden.</source>
        <translation>This answer does not belong to this question. Choose one of the options shown.</translation>
    </message>
    <message>
        <source>Dit antwoord kon niet worden bewaard.</source>
        <translation>This answer could not be saved.</translation>
    </message>
    <message>
        <source>Nog niet ingevuld: %1</source>
        <translation>Not filled in yet: %1</translation>
    </message>
    <message>
        <source>Ongeldig antwoord: %1</source>
        <translation>Invalid answer: %1</translation>
    </message>
    <message>
        <source>%1: er is nog een verschil van inzicht over: %2. Een JGT-medewerker van de casus kiest eerst welk antwoord blijft; daarna kun je indienen.</source>
        <translation>%1: there is still a disagreement about: %2. A JGT worker of the case first chooses which answer stays; then you can submit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 vraagt een schriftelijke toelichting (vul die in bij de regel).</source>
        <translation>%1 asks for a written justification (enter it at the rule).</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>1 verplichte vraag open</source>
        <translation>1 required question open</translation>
    </message>
    <message>
        <source>%1 verplichte vragen open</source>
        <translation>%1 required questions open</translation>
    </message>
    <message>
        <source>ongeldige antwoorden</source>
        <translation>invalid answers</translation>
    </message>
    <message>
        <source>niet bewaarde invoer</source>
        <translation>unsaved input</translation>
    </message>
    <message>
        <source>%1 blokkeert</source>
        <translation>%1 blocks</translation>
    </message>
    <message>
        <source>%1 blokkeren</source>
        <translation>%1 block</translation>
    </message>
    <message>
        <source>%1 vraagt een toelichting</source>
        <translation>%1 asks for a justification</translation>
    </message>
    <message>
        <source>%1 vragen een toelichting</source>
        <translation>%1 ask for a justification</translation>
    </message>
    <message>
        <source>medeondertekening GI ontbreekt</source>
        <translation>GI co-signature missing</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Je wijzigingen blijven veilig op dit apparaat en gaan mee bij de volgende synchronisatie.</source>
        <translation>No connection with the server. Your changes stay safe on this device and go along with the next sync.</translation>
    </message>
    <message>
        <source>De server herkent dit apparaat niet. Neem contact op met je functioneel beheerder. Je wijzigingen blijven op dit apparaat bewaard.</source>
        <translation>The server does not recognise this device. Contact your application administrator. Your changes stay saved on this device.</translation>
    </message>
    <message>
        <source>De server kon de synchronisatie nu niet verwerken. Er is niets verloren gegaan; probeer het later opnieuw.</source>
        <translation>The server could not process the sync now. Nothing has been lost; try again later.</translation>
    </message>
    <message>
        <source>Synchroniseren is niet gelukt: de kluis op dit apparaat gaf een fout. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel beheerder.</source>
        <translation>Syncing did not work: the vault on this device reported an error. Try again; if this keeps happening, contact your application administrator.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist.</source>
        <translation>This device has been revoked; the data on this device has been wiped.</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan een server</source>
        <translation>Not linked to a server</translation>
    </message>
    <message>
        <source>De server weigerde deze wijziging (%1).</source>
        <translation>The server refused this change (%1).</translation>
    </message>
    <message>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Laatst gesynchroniseerd %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>De klok van dit apparaat wijkt te veel af van die van de server. Zet de datum en tijd goed en synchroniseer opnieuw. Er is niets verloren gegaan: wat je intussen invulde, krijgt daarna vanzelf de juiste tijd en gaat alsnog mee.</source>
        <translation>This device&apos;s clock differs too much from the server&apos;s. Set the date and time right and sync again. Nothing was lost: what you filled in meanwhile gets the right time by itself and is still sent.</translation>
    </message>
    <message>
        <source>De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je wijzigingen. Nu de klok weer goed staat, heeft de wijziging van die tijd de juiste tijd gekregen en is zij alsnog verstuurd. Er is niets verloren gegaan.</source>
        <translation>This device&apos;s clock ran %1 hours ahead, so the server refused your changes. Now that the clock is right, the change from that time got the right time and has been sent after all. Nothing was lost.</translation>
    </message>
    <message>
        <source>De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je wijzigingen. Nu de klok weer goed staat, hebben de %2 wijzigingen van die tijd de juiste tijd gekregen, in dezelfde volgorde, en zijn zij alsnog verstuurd. Er is niets verloren gegaan.</source>
        <translation>This device&apos;s clock ran %1 hours ahead, so the server refused your changes. Now that the clock is right, the %2 changes from that time got the right time, in the same order, and have been sent after all. Nothing was lost.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 uur %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>± %1 m</source>
        <translation>± %1 m</translation>
    </message>
    <message>
        <source>%1, %2 s oud</source>
        <translation>%1, %2 s old</translation>
    </message>
    <message>
        <source>%1, %2 min oud</source>
        <translation>%1, %2 min old</translation>
    </message>
    <message>
        <source>%1, van %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <source>Geen positie: %1</source>
        <translation>No position: %1</translation>
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
        <translation>S</translation>
    </message>
    <message>
        <source>O</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>positiebepaling staat uit</source>
        <translation>positioning is off</translation>
    </message>
    <message>
        <source>geen positie gevonden</source>
        <translation>no position found</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 dagen</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 vandaag</source>
        <translation>%1 today</translation>
    </message>
    <message>
        <source>%1 verlopen sinds %2</source>
        <translation>%1 overdue for %2</translation>
    </message>
    <message>
        <source>Maatregel verlopen sinds %1: overdracht naar het JGT</source>
        <translation>Measure ended %1 ago: hand over to the JGT</translation>
    </message>
    <message>
        <source>Maatregel eindigt vandaag: warme overdracht naar het JGT voorbereiden</source>
        <translation>Measure ends today: prepare the warm hand-over to the JGT</translation>
    </message>
    <message>
        <source>Maatregel eindigt over %1 weken: warme overdracht naar het JGT voorbereiden</source>
        <translation>Measure ends in %1 weeks: prepare the warm hand-over to the JGT</translation>
    </message>
    <message>
        <source>Maatregel eindigt over %1: warme overdracht naar het JGT voorbereiden</source>
        <translation>Measure ends in %1: prepare the warm hand-over to the JGT</translation>
    </message>
    <message>
        <source>Evaluatie risicotaxatie</source>
        <translation>Risk assessment evaluation</translation>
    </message>
    <message>
        <source>Evaluatie veiligheidsplan</source>
        <translation>Safety plan evaluation</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>veiligheid nog niet beoordeeld</source>
        <translation>safety not judged yet</translation>
    </message>
    <message>
        <source>Veilig</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>Voorwaardelijk veilig</source>
        <translation>Conditionally safe</translation>
    </message>
    <message>
        <source>Onveilig</source>
        <translation>Unsafe</translation>
    </message>
    <message>
        <source>risico nog niet beoordeeld</source>
        <translation>risk not judged yet</translation>
    </message>
    <message>
        <source>risico laag</source>
        <translation>risk low</translation>
    </message>
    <message>
        <source>risico verhoogd</source>
        <translation>risk elevated</translation>
    </message>
    <message>
        <source>risico hoog</source>
        <translation>risk high</translation>
    </message>
    <message>
        <source>Vrijwillig</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>Drang</source>
        <translation>Pressure (drang)</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Advies Veilig Thuis</source>
        <translation>Advice from Veilig Thuis</translation>
    </message>
    <message>
        <source>Melding Veilig Thuis</source>
        <translation>Report to Veilig Thuis</translation>
    </message>
    <message>
        <source>Jeugdbeschermingstafel</source>
        <translation>Child protection table</translation>
    </message>
    <message>
        <source>Verzoek tot onderzoek Raad voor de Kinderbescherming</source>
        <translation>Request for investigation by the Child Protection Board</translation>
    </message>
    <message>
        <source>Start maatregel</source>
        <translation>Measure starts</translation>
    </message>
    <message>
        <source>Einde maatregel</source>
        <translation>Measure ends</translation>
    </message>
    <message>
        <source>Terug naar het JGT</source>
        <translation>Back to the JGT</translation>
    </message>
    <message>
        <source>Is het kind nu veilig?</source>
        <translation>Is the child safe now?</translation>
    </message>
    <message>
        <source>Hoe groot is het risico?</source>
        <translation>How large is the risk?</translation>
    </message>
    <message>
        <source>Meldcode: advies of melding bij Veilig Thuis?</source>
        <translation>Reporting code: advice from or report to Veilig Thuis?</translation>
    </message>
    <message>
        <source>Is een beschermingsmaatregel nodig?</source>
        <translation>Is a child-protection measure needed?</translation>
    </message>
    <message>
        <source>Het veiligheidsplan en de bodemeisen</source>
        <translation>The safety plan and its minimum requirements</translation>
    </message>
    <message>
        <source>Een andere vraag</source>
        <translation>Another question</translation>
    </message>
    <message>
        <source>morgen om %1</source>
        <translation>tomorrow at %1</translation>
    </message>
    <message>
        <source>De GI-collega heeft meegewerkt en nog niet medeondertekend. Indienen zonder medeondertekening kan, met een reden, als verder alles klaar is.</source>
        <translation>The GI colleague contributed and has not co-signed yet. You can submit without the co-signature, with a reason, once everything else is ready.</translation>
    </message>
</context>
</TS>
