<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TierDesk::Activity</name>
    <message>
        <location filename="../models/activity/activity.cpp" line="28"/>
        <source>Cleanup</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="30"/>
        <source>Superseded</source>
        <translation>Als überholt markiert</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="32"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="34"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="36"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="38"/>
        <source>Re-evaluation</source>
        <translation>Neubewertung</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="46"/>
        <source>Approval requested</source>
        <translation>Freigabe angefragt</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="48"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="50"/>
        <source>Request rejected</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="52"/>
        <source>Request withdrawn</source>
        <translation>Anfrage zurückgezogen</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="54"/>
        <source>Request stale</source>
        <translation>Anfrage veraltet</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="56"/>
        <source>Four-eyes policy</source>
        <translation>Vier-Augen-Regel</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="67"/>
        <source>Superseded %1 (batch %2)</source>
        <translation>%1 als überholt markiert (Batch %2)</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="71"/>
        <source>Restored %1 (batch %2)</source>
        <translation>%1 wiederhergestellt (Batch %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="75"/>
        <source>Cleanup batch %1: %Ln row(s) superseded</source>
        <translation>
            <numerusform>Bereinigungs-Batch %1: %Ln Zeile als überholt markiert</numerusform>
            <numerusform>Bereinigungs-Batch %1: %Ln Zeilen als überholt markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="77"/>
        <source>Batch %1 undid batch %2: %Ln row(s) restored</source>
        <translation>
            <numerusform>Batch %1 hat Batch %2 rückgängig gemacht: %Ln Zeile wiederhergestellt</numerusform>
            <numerusform>Batch %1 hat Batch %2 rückgängig gemacht: %Ln Zeilen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="80"/>
        <source>Batch %1 was rolled back; nothing changed</source>
        <translation>Batch %1 wurde zurückgerollt; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="86"/>
        <source>%1: %2 → %3 (tier event #%4)</source>
        <translation>%1: %2 → %3 (Stufenereignis #%4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="134"/>
        <source>undo of batch %1, %Ln row(s)</source>
        <translation>
            <numerusform>Rücknahme von Batch %1, %Ln Zeile</numerusform>
            <numerusform>Rücknahme von Batch %1, %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="136"/>
        <source>cleanup of %Ln row(s)</source>
        <translation>
            <numerusform>Bereinigung von %Ln Zeile</numerusform>
            <numerusform>Bereinigung von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="138"/>
        <source>Request %1: %2 (fingerprint %3)</source>
        <translation>Anfrage %1: %2 (Fingerabdruck %3)</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="142"/>
        <source>Request %1 by %2 approved: %3 (batch %4)</source>
        <translation>Anfrage %1 von %2 freigegeben: %3 (Batch %4)</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="147"/>
        <source>Request %1 by %2 rejected: %3</source>
        <translation>Anfrage %1 von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="151"/>
        <source>Request %1 withdrawn: %2</source>
        <translation>Anfrage %1 zurückgezogen: %2</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="153"/>
        <source>Request %1 could not be approved: the data changed since it was made; nothing changed</source>
        <translation>Anfrage %1 konnte nicht freigegeben werden: Die Daten haben sich seit der Anfrage geändert; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="160"/>
        <source>none</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="162"/>
        <source>Four-eyes policy set: at most %1 rows and %2 affiliates per agent</source>
        <translation>Vier-Augen-Regel gesetzt: höchstens %1 Zeilen und %2 Affiliates pro Person</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="44"/>
        <source>Resolution undone</source>
        <translation>Klärung rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="58"/>
        <source>Resolve refused</source>
        <translation>Klärung abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="99"/>
        <source>Resolution %1: kept #%2, superseded %3</source>
        <translation>Klärung %1: #%2 behalten, %3 als überholt markiert</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="104"/>
        <source>Resolution %1: profile rate %2 → %3</source>
        <translation>Klärung %1: Satz im Profil %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="107"/>
        <source>Resolution %1: recorded tier event #%2 (%3 → %4)</source>
        <translation>Klärung %1: Stufenereignis #%2 nachgetragen (%3 → %4)</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="112"/>
        <source>Resolution %1: chain break at #%2 marked as reviewed</source>
        <translation>Klärung %1: Lücke bei #%2 als gesichtet markiert</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="117"/>
        <source>Resolution %1 undone: %2</source>
        <translation>Klärung %1 rückgängig gemacht: %2</translation>
    </message>
    <message>
        <location filename="../models/activity/activity.cpp" line="122"/>
        <source>Refused: the finding changed since the preview; nothing changed</source>
        <translation>Abgelehnt: Der Befund hat sich seit der Vorschau geändert; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>TierDesk::ActivityModel</name>
    <message>
        <location filename="../models/itemmodels/activitymodel.cpp" line="80"/>
        <source>%1 on %2</source>
        <extracomment>%1 a person, %2 the computer they worked on</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/activitymodel.cpp" line="94"/>
        <source>Time (%1)</source>
        <extracomment>%1 the time zone of the column (&quot;UTC&quot;, &quot;CET&quot;)</extracomment>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/activitymodel.cpp" line="96"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/activitymodel.cpp" line="98"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/activitymodel.cpp" line="102"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/activitymodel.cpp" line="104"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/activitymodel.cpp" line="100"/>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
</context>
<context>
    <name>TierDesk::ActivityView</name>
    <message numerus="yes">
        <location filename="../widgets/activityview.cpp" line="183"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/activityview.cpp" line="184"/>
        <source>The newest %Ln entries; narrow the filters to see older ones. An export holds every entry.</source>
        <translation>
            <numerusform>Der neueste Eintrag; für ältere die Filter enger fassen. Ein Export enthält alle Einträge.</numerusform>
            <numerusform>Die neuesten %Ln Einträge; für ältere die Filter enger fassen. Ein Export enthält alle Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="203"/>
        <source>Ticket, e.g. SUP-4821</source>
        <translation>Ticket, z. B. SUP-4821</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="204"/>
        <source>Filter by ticket</source>
        <translation>Nach Ticket filtern</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="205"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="206"/>
        <source>Filter by operator</source>
        <translation>Nach Bearbeiter filtern</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="207"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="210"/>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="211"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="212"/>
        <source>Days fr&amp;om</source>
        <translation>Tage v&amp;on</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="215"/>
        <source>Days from</source>
        <translation>Tage von</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="216"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="217"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="218"/>
        <source>&amp;Undo resolution…</source>
        <translation>Klärung &amp;rückgängig machen …</translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="220"/>
        <source>Undo the resolution of the selected entry: preview first, then confirm.</source>
        <translation>Die Klärung des gewählten Eintrags rückgängig machen: erst die Vorschau, dann bestätigen.</translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateDetail</name>
    <message>
        <location filename="../models/affiliates/affiliatedetail.cpp" line="362"/>
        <source>The affiliate %1 no longer exists.</source>
        <translation>Den Affiliate %1 gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateDetailView</name>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="492"/>
        <source>The session is read-only: turn on write actions in the Session menu.</source>
        <translation>Die Sitzung ist schreibgeschützt: Schreibaktionen im Menü „Sitzung“ einschalten.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="494"/>
        <source>Restore the rows of the selected batch (preview first, then confirm).</source>
        <translation>Die Zeilen der gewählten Bereinigung wiederherstellen (erst die Vorschau, dann bestätigen).</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="497"/>
        <source>Run the race-guarded tier evaluator for this affiliate now.</source>
        <translation>Die race-sichere Stufenbewertung für diesen Affiliate jetzt ausführen.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="502"/>
        <source>Supersede this affiliate&apos;s redundant race duplicates (preview first).</source>
        <translation>Die überzähligen Doppeleinträge dieses Affiliates als überholt markieren (mit Vorschau).</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="509"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="509"/>
        <source>No affiliate selected</source>
        <translation>Kein Affiliate ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="512"/>
        <source>Search for a handle, a name, an e-mail address, an affiliate id or a Stripe event id (evt_…).</source>
        <translation>Suchen Sie nach Handle, Name, E-Mail-Adresse, Affiliate-ID oder Stripe-Event-ID (evt_…).</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="532"/>
        <source>This handle or name contains %1, characters that make it look like another; check that it is the affiliate you mean.</source>
        <translation>Handle oder Name enthält %1 – Zeichen, durch die er wie ein anderer aussieht. Prüfen Sie, ob es der gemeinte Affiliate ist.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="537"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="546"/>
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="548"/>
        <source>90-day commissions %1 (as of %2)</source>
        <translation>Provisionen der letzten 90 Tage: %1 (Stand %2)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="552"/>
        <source>%1 from %2: %3 to go</source>
        <translation>%1 ab %2: noch %3</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="556"/>
        <source>highest tier</source>
        <translation>höchste Stufe</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="584"/>
        <source>Re-evaluate tier</source>
        <translation>Stufe neu bewerten</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="585"/>
        <source>Clean up duplicates…</source>
        <translation>Duplikate bereinigen …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="587"/>
        <source>Show superseded events</source>
        <translation>Überholte Ereignisse anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="591"/>
        <source>Show supe&amp;rseded events</source>
        <translation>Überholte Ereignisse an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="603"/>
        <source>Find a commission by Stripe event id</source>
        <translation>Provision nach Stripe-Event-ID suchen</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="604"/>
        <source>Days fr&amp;om</source>
        <translation>Tage v&amp;on</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="608"/>
        <source>&amp;Undo cleanup…</source>
        <translation>Bereinigung rückgängig &amp;machen …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="615"/>
        <source>Tier events</source>
        <translation>Stufenereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="616"/>
        <source>Commissions</source>
        <translation>Provisionen</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="617"/>
        <source>Cleanup batches of this affiliate</source>
        <translation>Bereinigungen dieses Affiliates</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="588"/>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="589"/>
        <source>Copy summary for a ticket</source>
        <translation>Zusammenfassung fürs Ticket kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="580"/>
        <source>Re-&amp;evaluate tier</source>
        <translation>Stufe neu &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="407"/>
        <source>an agent</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="410"/>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="416"/>
        <source>Also open in another window: %1.</source>
        <translation>Auch in einem anderen Fenster geöffnet: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="581"/>
        <source>&amp;Clean up duplicates…</source>
        <translation>Duplikate be&amp;reinigen …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="583"/>
        <source>Case re&amp;port</source>
        <translation>Fallber&amp;icht</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="598"/>
        <source>Even&amp;ts (%1 + %2 superseded)</source>
        <translation>&amp;Ereignisse (%1 + %2 überholt)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="599"/>
        <source>Even&amp;ts (%1)</source>
        <translation>&amp;Ereignisse (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="601"/>
        <source>Co&amp;mmissions (%1)</source>
        <translation>Pro&amp;visionen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="607"/>
        <source>Cleanup &amp;batches (%1)</source>
        <translation>Bereinigun&amp;gen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="609"/>
        <source>Activit&amp;y (%1)</source>
        <translation>Ak&amp;tivität (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="613"/>
        <source>Activity: who did what to this affiliate, and why</source>
        <translation>Aktivität: wer was an diesem Affiliate geändert hat, und warum</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="590"/>
        <source>Draft a reply to the affiliate…</source>
        <translation>Antwort an den Affiliate entwerfen …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="602"/>
        <source>Find a Stripe event id (any part)</source>
        <translation>Stripe-Event-ID suchen (beliebiger Teil)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="606"/>
        <source>Days from</source>
        <translation>Tage von</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="605"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="499"/>
        <source>Decide this affiliate&apos;s conflict, drift or chain break (preview first).</source>
        <translation>Konflikt, Abweichung oder Lücke dieses Affiliates entscheiden (erst die Vorschau).</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="582"/>
        <source>Resolve fi&amp;nding…</source>
        <translation>K&amp;lären …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatedetailview.cpp" line="586"/>
        <source>Resolve a finding…</source>
        <translation>Befund klären …</translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateListModel</name>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="233"/>
        <source>%1 (%2)</source>
        <extracomment>Tier column: tier name and its rate, e.g. &quot;Gold (25 %)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="301"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="303"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="305"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="307"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="275"/>
        <source>%Ln redundant race duplicate(s)</source>
        <translation>
            <numerusform>%Ln überzähliger Doppeleintrag</numerusform>
            <numerusform>%Ln überzählige Doppeleinträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="268"/>
        <source>This handle contains %1, characters that make it look like another.</source>
        <translation>Dieses Handle enthält %1 – Zeichen, durch die es wie ein anderes aussieht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="277"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="279"/>
        <source>profile rate differs from its tier history</source>
        <translation>Satz im Profil weicht von der Stufenhistorie ab</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="309"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="311"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="313"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="31"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateLookup</name>
    <message>
        <location filename="../models/lookup/affiliatelookup.cpp" line="26"/>
        <source>Name an affiliate: its id, its handle or a Stripe event id.</source>
        <translation>Nennen Sie einen Affiliate: ID, Handle oder eine Stripe-Event-ID.</translation>
    </message>
    <message>
        <location filename="../models/lookup/affiliatelookup.cpp" line="50"/>
        <source>No affiliate matches &quot;%1&quot;.</source>
        <translation>Kein Affiliate passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateStats</name>
    <message>
        <location filename="../models/figures/affiliatestats.cpp" line="110"/>
        <source>The session is read-only; turn on write access to refresh the figures.</source>
        <translation>Die Sitzung ist schreibgeschützt; schalten Sie Schreibaktionen ein, um die Kennzahlen zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliatesView</name>
    <message numerus="yes">
        <location filename="../widgets/affiliatesview.cpp" line="328"/>
        <source>%Ln affiliate(s) match</source>
        <translation>
            <numerusform>%Ln Affiliate gefunden</numerusform>
            <numerusform>%Ln Affiliates gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="436"/>
        <source>Search handle, name, e-mail, id or evt_… (Ctrl+F)</source>
        <translation>Handle, Name, E-Mail, ID oder evt_… suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="444"/>
        <source>Search affiliates</source>
        <translation>Affiliates suchen</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="446"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="447"/>
        <source>Filter by tier</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="451"/>
        <source>Affiliates</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="372"/>
        <source>Figures as of %1</source>
        <translation>Kennzahlen vom %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/affiliatesview.cpp" line="326"/>
        <source>%Ln or more affiliate(s) match, counting…</source>
        <extracomment>The first page is shown while the matches are still being counted.</extracomment>
        <translation>
            <numerusform>Mindestens %Ln Affiliate gefunden, wird gezählt …</numerusform>
            <numerusform>Mindestens %Ln Affiliates gefunden, wird gezählt …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="374"/>
        <source>The 90-day commissions, events and duplicates in this list were computed at %1. TierDesk&apos;s own changes update them at once; payments recorded since then show after the next refresh. The affiliate&apos;s detail is always current.</source>
        <translation>Provisionen (90 Tage), Ereignisse und Duplikate dieser Liste wurden am %1 berechnet. Änderungen durch TierDesk fließen sofort ein; seither gebuchte Zahlungen erscheinen nach der nächsten Aktualisierung. Die Detailansicht ist immer aktuell.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="379"/>
        <source>Figures computed live</source>
        <translation>Kennzahlen live berechnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/affiliatesview.cpp" line="381"/>
        <source>%Ln affiliate(s) were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</source>
        <translation>
            <numerusform>%Ln Affiliate kam nach der Berechnung der Kennzahlen hinzu, daher berechnet die Liste sie für jede angezeigte Zeile; das Sortieren nach einer Kennzahl ist bei großen Datenbanken bis zur nächsten Aktualisierung langsam.</numerusform>
            <numerusform>%Ln Affiliates kamen nach der Berechnung der Kennzahlen hinzu, daher berechnet die Liste sie für jede angezeigte Zeile; das Sortieren nach einer Kennzahl ist bei großen Datenbanken bis zur nächsten Aktualisierung langsam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="385"/>
        <source>The figures have never been computed for this database, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</source>
        <translation>Für diese Datenbank wurden noch nie Kennzahlen berechnet, daher berechnet die Liste sie für jede angezeigte Zeile; das Sortieren nach einer Kennzahl ist bei großen Datenbanken bis zur ersten Aktualisierung langsam.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="392"/>
        <source>Compute every affiliate&apos;s figures again (a few seconds on a large database)</source>
        <translation>Kennzahlen aller Affiliates neu berechnen (bei großen Datenbanken einige Sekunden)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="393"/>
        <source>Turn on write actions to refresh the figures, or run &quot;tierdesk-cli stats --refresh&quot;</source>
        <translation>Schalten Sie Schreibaktionen ein, um die Kennzahlen zu aktualisieren, oder führen Sie „tierdesk-cli stats --refresh“ aus</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="403"/>
        <source>Computing figures…</source>
        <translation>Kennzahlen werden berechnet …</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="448"/>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="450"/>
        <source>Conflicts or dr&amp;ift</source>
        <translation>&amp;Konflikte oder Abweichung</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="455"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="456"/>
        <source>Refresh figures</source>
        <translation>Kennzahlen aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/affiliatesview.cpp" line="370"/>
        <source>Figures as of %1 (%Ln day(s) old)</source>
        <translation>
            <numerusform>Kennzahlen vom %1 (%Ln Tag alt)</numerusform>
            <numerusform>Kennzahlen vom %1 (%Ln Tage alt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="318"/>
        <source>No affiliate matches with these filters on.</source>
        <translation>Mit diesen Filtern passt kein Affiliate.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="449"/>
        <source>Has &amp;duplicates</source>
        <translation>Mit D&amp;uplikaten</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="454"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="321"/>
        <source>No handle, name or e-mail begins with this (this database matches beginnings only).</source>
        <translation>Kein Handle, Name und keine E-Mail-Adresse beginnt so (diese Datenbank findet nur Anfänge).</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="437"/>
        <source>Search the beginning of a handle, name or e-mail, an id or evt_… (Ctrl+F)</source>
        <translation>Anfang von Handle, Name oder E-Mail, ID oder evt_… suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="439"/>
        <source>Finds any part of a handle, a name or an e-mail address (three letters or more; shorter text matches beginnings), every word in any order and case.</source>
        <translation>Findet jeden Teil eines Handles, Namens oder einer E-Mail-Adresse (ab drei Buchstaben; Kürzeres findet Anfänge), jedes Wort in beliebiger Reihenfolge und Schreibweise.</translation>
    </message>
    <message>
        <location filename="../widgets/affiliatesview.cpp" line="441"/>
        <source>This database has no trigram index, so only the beginning of a handle, a name or an e-mail address is matched. &quot;tierdesk-cli migrate&quot; creates it where the server allows (pg_trgm on PostgreSQL).</source>
        <translation>Diese Datenbank hat keinen Trigramm-Index, daher wird nur der Anfang eines Handles, Namens oder einer E-Mail-Adresse gefunden. „tierdesk-cli migrate“ legt ihn an, wo der Server es erlaubt (pg_trgm unter PostgreSQL).</translation>
    </message>
</context>
<context>
    <name>TierDesk::ApprovalDialog</name>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="71"/>
        <source>The plan has changed since the request; it cannot be approved. Enter does not write.</source>
        <translation>Der Plan hat sich seit der Anfrage geändert; er kann nicht freigegeben werden. Die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="75"/>
        <source>Give your justification as the reason first; Enter does not write.</source>
        <translation>Geben Sie zuerst Ihre Begründung ein; die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="76"/>
        <source>Say why you reject it as the reason first; Enter does not write.</source>
        <translation>Geben Sie zuerst als Begründung an, warum Sie ablehnen; die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="78"/>
        <source>Type the number of rows first; Enter does not write.</source>
        <translation>Geben Sie zuerst die Zeilenzahl ein; die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="79"/>
        <source>Type the request&apos;s number first; Enter does not write.</source>
        <translation>Geben Sie zuerst die Nummer der Anfrage ein; die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="88"/>
        <source>Request %1 by %2, %3: %4. Ticket: %5. Reason: %6. Fingerprint %7.</source>
        <translation>Anfrage %1 von %2, %3: %4. Ticket: %5. Begründung: %6. Fingerabdruck %7.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="91"/>
        <location filename="../widgets/approvaldialog.cpp" line="92"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="95"/>
        <source>Approve request %1</source>
        <translation>Anfrage %1 freigeben</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="98"/>
        <source>The plan as it stands now is the one asked for. Approving writes it in your session, in one transaction, re-checked under the write lock; the batch is recorded as yours, under the request&apos;s ticket, with your reason as the justification.</source>
        <translation>Der Plan ist jetzt derselbe wie angefragt. Die Freigabe schreibt ihn in Ihrer Sitzung, in einer Transaktion und unter der Schreibsperre erneut geprüft; der Batch wird als Ihrer gespeichert, unter dem Ticket der Anfrage und mit Ihrer Begründung.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="102"/>
        <source>The plan has changed since the request (it is now %1): it cannot be approved. Ask %2 to preview and request again, or reject it.</source>
        <translation>Der Plan hat sich seit der Anfrage geändert (jetzt %1): Er kann nicht freigegeben werden. Bitten Sie %2, die Vorschau erneut anzusehen und neu anzufragen, oder lehnen Sie ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvaldialog.cpp" line="107"/>
        <source>Approve and restore %Ln row(s)</source>
        <translation>
            <numerusform>Freigeben und %Ln Zeile wiederherstellen</numerusform>
            <numerusform>Freigeben und %Ln Zeilen wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvaldialog.cpp" line="108"/>
        <source>Approve and supersede %Ln row(s)</source>
        <translation>
            <numerusform>Freigeben und %Ln Zeile als überholt markieren</numerusform>
            <numerusform>Freigeben und %Ln Zeilen als überholt markieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="109"/>
        <source>Type the number of rows (%1) to confirm:</source>
        <translation>Zur Bestätigung die Anzahl der Zeilen (%1) eingeben:</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="111"/>
        <source>Number of rows to confirm</source>
        <translation>Zu bestätigende Zeilenzahl</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="114"/>
        <location filename="../widgets/approvaldialog.cpp" line="116"/>
        <source>Reject request %1</source>
        <translation>Anfrage %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="115"/>
        <source>Rejecting changes no data; the reason is recorded.</source>
        <translation>Eine Ablehnung ändert keine Daten; die Begründung wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="119"/>
        <location filename="../widgets/approvaldialog.cpp" line="121"/>
        <source>Withdraw request %1</source>
        <translation>Anfrage %1 zurückziehen</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="120"/>
        <source>Withdrawing changes no data.</source>
        <translation>Das Zurückziehen ändert keine Daten.</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="125"/>
        <source>Type the request&apos;s number (%1) to confirm:</source>
        <translation>Zur Bestätigung die Nummer der Anfrage (%1) eingeben:</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="126"/>
        <source>Request number to confirm</source>
        <translation>Zu bestätigende Anfragenummer</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="130"/>
        <source>Your justification (required)</source>
        <translation>Ihre Begründung (erforderlich)</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="131"/>
        <source>Why you reject it (required)</source>
        <translation>Warum Sie ablehnen (erforderlich)</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="134"/>
        <location filename="../widgets/approvaldialog.cpp" line="135"/>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="134"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="134"/>
        <source>Superseded by</source>
        <translation>Überholt durch</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="135"/>
        <source>Supersede</source>
        <translation>Als überholt markieren</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="135"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../widgets/approvaldialog.cpp" line="136"/>
        <source>Sample of the rows the approval changes</source>
        <translation>Auswahl der Zeilen, die die Freigabe ändert</translation>
    </message>
</context>
<context>
    <name>TierDesk::ApprovalFlow</name>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="34"/>
        <source>Read-only session</source>
        <translation>Schreibgeschützte Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="35"/>
        <source>Turn on write actions (Session menu) to decide a request.</source>
        <translation>Schalten Sie Schreibaktionen ein (Menü Sitzung), um über eine Anfrage zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="57"/>
        <location filename="../widgets/approvalflow.cpp" line="67"/>
        <location filename="../widgets/approvalflow.cpp" line="119"/>
        <source>Request not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="96"/>
        <source>Request not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="100"/>
        <source>Request approved</source>
        <translation>Anfrage freigegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvalflow.cpp" line="101"/>
        <source>Request %1 approved: batch %2 changed %Ln row(s).</source>
        <translation>
            <numerusform>Anfrage %1 freigegeben: Batch %2 hat %Ln Zeile geändert.</numerusform>
            <numerusform>Anfrage %1 freigegeben: Batch %2 hat %Ln Zeilen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="123"/>
        <source>Request rejected</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="123"/>
        <source>Request withdrawn</source>
        <translation>Anfrage zurückgezogen</translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="124"/>
        <source>Request %1 is rejected; nothing was changed in the data.</source>
        <translation>Anfrage %1 ist abgelehnt; an den Daten wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalflow.cpp" line="125"/>
        <source>Request %1 is withdrawn; nothing was changed in the data.</source>
        <translation>Anfrage %1 ist zurückgezogen; an den Daten wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TierDesk::ApprovalModel</name>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="59"/>
        <source>%1 (yours)</source>
        <translation>%1 (Ihre)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="81"/>
        <source>%1 by %2 at %3: %4</source>
        <extracomment>%1 approved/rejected/…, %2 a person, %3 a time, %4 their note</extracomment>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="96"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="98"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="100"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="102"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="104"/>
        <source>Asked by</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="106"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="108"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/approvalmodel.cpp" line="110"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>TierDesk::Approvals</name>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="77"/>
        <source>There is no approval request %1.</source>
        <translation>Es gibt keine Freigabeanfrage %1.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="129"/>
        <source>The connection to the database was lost, so nothing was recorded (%1).</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen, daher wurde nichts gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="135"/>
        <source>It was rolled back and nothing was recorded (%1).</source>
        <translation>Der Vorgang wurde zurückgerollt, es wurde nichts gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="160"/>
        <source>Request %1 is already %2 (by %3 at %4), so nothing was changed.</source>
        <translation>Anfrage %1 ist bereits %2 (von %3 am %4), daher wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="174"/>
        <source>more than %Ln row(s)</source>
        <translation>
            <numerusform>mehr als %Ln Zeile</numerusform>
            <numerusform>mehr als %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="176"/>
        <source>more than %Ln affiliate(s)</source>
        <translation>
            <numerusform>mehr als %Ln Affiliate</numerusform>
            <numerusform>mehr als %Ln Affiliates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="179"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="185"/>
        <source>Four eyes is off: one agent may apply any cleanup or undo.</source>
        <translation>Das Vier-Augen-Prinzip ist aus: Eine Person allein darf jede Bereinigung und jede Rücknahme ausführen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="187"/>
        <source>Every cleanup or undo needs a second agent&apos;s approval; requests expire after %Ln hour(s).</source>
        <translation>
            <numerusform>Jede Bereinigung und jede Rücknahme braucht die Freigabe einer zweiten Person; Anfragen verfallen nach %Ln Stunde.</numerusform>
            <numerusform>Jede Bereinigung und jede Rücknahme braucht die Freigabe einer zweiten Person; Anfragen verfallen nach %Ln Stunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="190"/>
        <source>A cleanup or undo of %1 needs a second agent&apos;s approval; requests expire after %Ln hour(s).</source>
        <translation>
            <numerusform>Eine Bereinigung oder Rücknahme von %1 braucht die Freigabe einer zweiten Person; Anfragen verfallen nach %Ln Stunde.</numerusform>
            <numerusform>Eine Bereinigung oder Rücknahme von %1 braucht die Freigabe einer zweiten Person; Anfragen verfallen nach %Ln Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="196"/>
        <source>Agents are told apart by their database login: nobody approves their own request.</source>
        <translation>Personen werden an ihrer Datenbankanmeldung unterschieden: Niemand gibt die eigene Anfrage frei.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="242"/>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="244"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="246"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="248"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="250"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="252"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="260"/>
        <source>Undo batch %1 (%Ln row(s))</source>
        <translation>
            <numerusform>Batch %1 zurücknehmen (%Ln Zeile)</numerusform>
            <numerusform>Batch %1 zurücknehmen (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="262"/>
        <source>Clean up %Ln row(s) at @%1</source>
        <translation>
            <numerusform>%Ln Zeile bei @%1 bereinigen</numerusform>
            <numerusform>%Ln Zeilen bei @%1 bereinigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="263"/>
        <source>Clean up %Ln row(s) at %1 affiliates</source>
        <translation>
            <numerusform>%Ln Zeile bei %1 Affiliates bereinigen</numerusform>
            <numerusform>%Ln Zeilen bei %1 Affiliates bereinigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="320"/>
        <source>A limit is a number of rows or affiliates from 0 up, and requests expire after 1 to 720 hours; nothing was changed.</source>
        <translation>Eine Grenze ist eine Anzahl Zeilen oder Affiliates ab 0, und Anfragen verfallen nach 1 bis 720 Stunden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="332"/>
        <source>The database login &quot;%1&quot; may not change the four-eyes policy (only the owner of tierdesk_approval_policy may), so nothing was changed.</source>
        <translation>Die Datenbankanmeldung „%1“ darf die Vier-Augen-Regel nicht ändern (das darf nur der Eigentümer von tierdesk_approval_policy), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="386"/>
        <source>Agents are told apart by the names they give, so four eyes is only as strong as those names; give each agent a database login of their own (docs/roles.sql).</source>
        <translation>Personen werden an dem Namen unterschieden, den sie angeben; das Vier-Augen-Prinzip ist also nur so verlässlich wie diese Namen. Geben Sie jeder Person eine eigene Datenbankanmeldung (docs/roles.sql).</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="388"/>
        <source>On SQLite agents are told apart by the names they give, so four eyes is only as strong as those names.</source>
        <translation>Unter SQLite werden Personen an dem Namen unterschieden, den sie angeben; das Vier-Augen-Prinzip ist also nur so verlässlich wie diese Namen.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="395"/>
        <source>&quot;%1&quot; is not a fingerprint (16 hex digits from a dry run), so no request was made.</source>
        <translation>„%1“ ist kein Fingerabdruck (16 Hexadezimalziffern aus einem Probelauf), daher wurde keine Anfrage gestellt.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="407"/>
        <source>There is nothing to change, so no request was made.</source>
        <translation>Es gibt nichts zu ändern, daher wurde keine Anfrage gestellt.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="409"/>
        <source>The plan changed since your preview (it is now %1, you previewed %2), so no request was made; preview it again.</source>
        <translation>Der Plan hat sich seit Ihrer Vorschau geändert (jetzt %1, in Ihrer Vorschau %2), daher wurde keine Anfrage gestellt; sehen Sie sich die Vorschau erneut an.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="426"/>
        <source>Request %1 already asks for exactly this plan, so no second request was made.</source>
        <translation>Anfrage %1 gilt bereits genau diesem Plan, daher wurde keine zweite Anfrage gestellt.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="455"/>
        <source>The request was not recorded.</source>
        <translation>Die Anfrage wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="546"/>
        <source>Request %1 expired at %2, so nothing was changed; %3 must preview and request again.</source>
        <translation>Anfrage %1 ist am %2 abgelaufen, daher wurde nichts geändert; %3 muss die Vorschau erneut ansehen und neu anfragen.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="557"/>
        <source>Request %1 was made by your own database login (%2), so you cannot approve or reject it: a second agent, with a login of their own, must.</source>
        <translation>Anfrage %1 stammt von Ihrer eigenen Datenbankanmeldung (%2), daher können Sie sie weder freigeben noch ablehnen: Das muss eine zweite Person mit eigener Anmeldung tun.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="560"/>
        <source>Request %1 was made by %2, the name you work under, so you cannot approve or reject it: a second agent must.</source>
        <translation>Anfrage %1 stammt von %2, dem Namen, unter dem Sie arbeiten, daher können Sie sie weder freigeben noch ablehnen: Das muss eine zweite Person tun.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="570"/>
        <source>An approval needs a justification (why this change is right), so nothing was changed.</source>
        <translation>Eine Freigabe braucht eine Begründung (warum diese Änderung richtig ist), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="573"/>
        <source>&quot;%1&quot; is not a fingerprint (16 hex digits), so nothing was changed; type the request&apos;s fingerprint to confirm.</source>
        <translation>„%1“ ist kein Fingerabdruck (16 Hexadezimalziffern), daher wurde nichts geändert; tippen Sie zur Bestätigung den Fingerabdruck der Anfrage ein.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="582"/>
        <source>%1 is not the fingerprint of request %2 (%3), so nothing was changed; review the request again.</source>
        <translation>%1 ist nicht der Fingerabdruck von Anfrage %2 (%3), daher wurde nichts geändert; prüfen Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="627"/>
        <source>Request %1 was approved by %2 at %3 while you were approving it; your approval changed nothing.</source>
        <translation>Anfrage %1 wurde während Ihrer Freigabe von %2 am %3 freigegeben; Ihre Freigabe hat nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="631"/>
        <source>%1 Request %2 is marked stale: %3 must preview and request again.</source>
        <translation>%1 Anfrage %2 ist als veraltet markiert: %3 muss die Vorschau erneut ansehen und neu anfragen.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="644"/>
        <source>A rejection needs a reason (what is wrong with the request), so nothing was changed.</source>
        <translation>Eine Ablehnung braucht einen Grund (was an der Anfrage nicht stimmt), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="665"/>
        <source>Only %1, who made request %2, can withdraw it; reject it instead.</source>
        <translation>Nur %1, von dem Anfrage %2 stammt, kann sie zurückziehen; lehnen Sie sie stattdessen ab.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="721"/>
        <source>Request %1 was for %2 rows; the plan now has %3, so nothing was changed.</source>
        <translation>Anfrage %1 galt %2 Zeilen; der Plan hat jetzt %3, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="737"/>
        <source>This change of %1 at %2 needs a second agent&apos;s approval (the four-eyes policy holds every cleanup and undo for one), so nothing was changed; ask for it.</source>
        <translation>Diese Änderung von %1 bei %2 braucht die Freigabe einer zweiten Person (nach der Vier-Augen-Regel wartet jede Bereinigung und jede Rücknahme darauf), daher wurde nichts geändert; fragen Sie die Freigabe an.</translation>
    </message>
    <message>
        <location filename="../models/approvals/approvals.cpp" line="741"/>
        <source>This change of %1 at %2 needs a second agent&apos;s approval (the four-eyes policy holds any change of %3 for one), so nothing was changed; ask for it.</source>
        <translation>Diese Änderung von %1 bei %2 braucht die Freigabe einer zweiten Person (nach der Vier-Augen-Regel wartet jede Änderung von %3 darauf), daher wurde nichts geändert; fragen Sie die Freigabe an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="733"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="734"/>
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln Affiliate</numerusform>
            <numerusform>%Ln Affiliates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::ApprovalsView</name>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="144"/>
        <source>No approval requests yet.</source>
        <translation>Noch keine Freigabeanfragen.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="145"/>
        <source>No request is waiting for approval.</source>
        <translation>Keine Anfrage wartet auf Freigabe.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="151"/>
        <source>Request %1 by %2 at %3: %4, ticket %5, reason: %6.</source>
        <translation>Anfrage %1 von %2 am %3: %4, Ticket %5, Begründung: %6.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="153"/>
        <location filename="../widgets/approvalsview.cpp" line="154"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="158"/>
        <source>It is yours: another agent approves or rejects it; you can withdraw it. It expires %1.</source>
        <translation>Das ist Ihre Anfrage: Eine zweite Person gibt sie frei oder lehnt sie ab; Sie können sie zurückziehen. Sie läuft ab am %1.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="161"/>
        <source>It expires %1.</source>
        <translation>Sie läuft ab am %1.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="164"/>
        <source>%1 by %2 at %3: %4</source>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="167"/>
        <source>no note</source>
        <translation>ohne Notiz</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="168"/>
        <source>(batch %1).</source>
        <translation>(Batch %1).</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="183"/>
        <source>Turn on write actions (Session menu) to decide requests.</source>
        <translation>Schalten Sie Schreibaktionen ein (Menü Sitzung), um über Anfragen zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="184"/>
        <source>Your own request: a second agent approves or rejects it.</source>
        <translation>Ihre eigene Anfrage: Eine zweite Person gibt sie frei oder lehnt sie ab.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="205"/>
        <source>Show &amp;decided requests too</source>
        <translation>&amp;Entschiedene Anfragen auch zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="206"/>
        <source>Approval requests</source>
        <translation>Freigabeanfragen</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="207"/>
        <source>Selected request</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="208"/>
        <source>Ap&amp;prove…</source>
        <translation>Frei&amp;geben…</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="210"/>
        <source>Review the plan as it stands now and approve it with a justification.</source>
        <translation>Den Plan, wie er jetzt aussieht, prüfen und mit Begründung freigeben.</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="211"/>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <location filename="../widgets/approvalsview.cpp" line="212"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
</context>
<context>
    <name>TierDesk::Audit</name>
    <message>
        <location filename="../models/audit/audit.cpp" line="151"/>
        <source>The window must be between 0 seconds and one year.</source>
        <translation>Das Zeitfenster muss zwischen 0 Sekunden und einem Jahr liegen.</translation>
    </message>
    <message>
        <location filename="../models/audit/audit.cpp" line="180"/>
        <location filename="../models/audit/auditreader.cpp" line="320"/>
        <location filename="../models/audit/incrementalaudit.cpp" line="243"/>
        <source>The audit was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TierDesk::AuditModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/auditmodel.cpp" line="129"/>
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln Duplikat-Cluster</numerusform>
            <numerusform>%Ln Duplikat-Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/auditmodel.cpp" line="131"/>
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln zu prüfen</numerusform>
            <numerusform>%Ln zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/auditmodel.cpp" line="135"/>
        <source>%Ln to supersede</source>
        <translation>
            <numerusform>%Ln als überholt zu markieren</numerusform>
            <numerusform>%Ln als überholt zu markieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="172"/>
        <location filename="../models/itemmodels/auditmodel.cpp" line="188"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="174"/>
        <source>keep #%1, supersede %2</source>
        <translation>#%1 behalten, %2 als überholt markieren</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="202"/>
        <source>starts at %1, expected %2</source>
        <translation>beginnt bei %1, erwartet %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="215"/>
        <source>profile %1, history %2</source>
        <translation>Profil %1, Historie %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="245"/>
        <source>Affiliate / finding</source>
        <translation>Affiliate / Befund</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="247"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="249"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="252"/>
        <source>First event (%1)</source>
        <extracomment>%1 the time zone of the column (&quot;UTC&quot;, &quot;CET&quot;)</extracomment>
        <translation>Erstes Ereignis (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditmodel.cpp" line="200"/>
        <source>Chain break (reviewed)</source>
        <translation>Lücke (gesichtet)</translation>
    </message>
</context>
<context>
    <name>TierDesk::AuditView</name>
    <message>
        <location filename="../widgets/auditview.cpp" line="337"/>
        <source>The session is read-only: turn on write actions in the Session menu.</source>
        <translation>Die Sitzung ist schreibgeschützt: Schreibaktionen im Menü „Sitzung“ einschalten.</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="339"/>
        <source>Cleanup uses the chain rules; run the audit without minute buckets first.</source>
        <translation>Die Bereinigung nutzt die Kettenregeln; führen Sie die Prüfung zuerst ohne Minuten-Gruppierung aus.</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="341"/>
        <source>Review the rows to supersede before anything is written.</source>
        <translation>Die als überholt zu markierenden Zeilen prüfen, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="344"/>
        <source>Restore the rows of the selected batch.</source>
        <translation>Die Zeilen des ausgewählten Batches wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="353"/>
        <source>Auditing…</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="362"/>
        <source>Run the audit to find race duplicates, conflicts, chain breaks and drift.</source>
        <translation>Starten Sie die Prüfung, um Doppeleinträge, Konflikte, Lücken in der Stufenfolge und Abweichungen zu finden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="368"/>
        <source>Chain rules, window %Ln s</source>
        <translation>
            <numerusform>Kettenregeln, Zeitfenster %Ln s</numerusform>
            <numerusform>Kettenregeln, Zeitfenster %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="369"/>
        <source>Incident&apos;s minute buckets (for comparison; misses pairs across a minute, flags quick legitimate changes)</source>
        <translation>Minuten-Gruppierung aus dem Vorfall (zum Vergleich; übersieht Paare über eine Minutengrenze, meldet schnelle legitime Wechsel)</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="403"/>
        <source>&amp;Window (seconds):</source>
        <translation>&amp;Zeitfenster (Sekunden):</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="404"/>
        <source>Window in seconds</source>
        <translation>Zeitfenster in Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="408"/>
        <source>&amp;Run audit</source>
        <translation>Prüfung s&amp;tarten</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="410"/>
        <source>&amp;Preview cleanup…</source>
        <translation>Bereinigung &amp;vorschauen …</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="412"/>
        <location filename="../widgets/auditview.cpp" line="415"/>
        <source>Cleanup batches</source>
        <translation>Bereinigungen</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="413"/>
        <source>&amp;Undo batch</source>
        <translation>Batch &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="414"/>
        <source>Audit findings by affiliate</source>
        <translation>Prüfbefunde nach Affiliate</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="416"/>
        <source>Audit progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="373"/>
        <source>%1: %2 and %3 scanned. %4 at %5 (%6 to supersede), %7, %8, %9.</source>
        <extracomment>%1 mode, %2 affiliates, %3 events, %4 clusters, %5 affiliates, %6 rows, %7 conflicts, %8 chain breaks, %9 drifted profiles; each already counted (&quot;3 conflicts&quot;)</extracomment>
        <translation>%1: %2 und %3 geprüft. %4 bei %5 (%6 als überholt zu markieren), %7, %8, %9.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="374"/>
        <location filename="../widgets/auditview.cpp" line="377"/>
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln Affiliate</numerusform>
            <numerusform>%Ln Affiliates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="375"/>
        <source>%Ln active event(s)</source>
        <translation>
            <numerusform>%Ln aktives Ereignis</numerusform>
            <numerusform>%Ln aktive Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="376"/>
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln Duplikat-Cluster</numerusform>
            <numerusform>%Ln Duplikat-Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="378"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="379"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="380"/>
        <source>%Ln chain break(s)</source>
        <translation>
            <numerusform>%Ln Lücke in der Stufenfolge</numerusform>
            <numerusform>%Ln Lücken in der Stufenfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="381"/>
        <source>%Ln drifted profile(s)</source>
        <translation>
            <numerusform>%Ln abweichendes Profil</numerusform>
            <numerusform>%Ln abweichende Profile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="279"/>
        <source>The audit was cancelled; run it again to see the findings.</source>
        <translation>Die Prüfung wurde abgebrochen; starten Sie sie erneut, um die Befunde zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="345"/>
        <source>Decide the selected conflict, drift or chain break: preview first, then confirm.</source>
        <translation>Den gewählten Konflikt, die Abweichung oder die Lücke entscheiden: erst die Vorschau, dann bestätigen.</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="405"/>
        <source>Compare: incident&apos;s minute &amp;buckets</source>
        <translation>Vergle&amp;ich: Minuten-Gruppierung des Vorfalls</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="409"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="411"/>
        <source>Resolve fi&amp;nding…</source>
        <translation>Befund k&amp;lären …</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="383"/>
        <source>%Ln chain break(s) marked as reviewed.</source>
        <translation>
            <numerusform>%Ln Lücke als gesichtet markiert.</numerusform>
            <numerusform>%Ln Lücken als gesichtet markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="406"/>
        <source>Show rev&amp;iewed</source>
        <translation>&amp;Gesichtete zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/auditview.cpp" line="407"/>
        <source>Also list the chain breaks marked as reviewed, flagged as such.</source>
        <translation>Auch die als gesichtet markierten Lücken auflisten, gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>TierDesk::Backfill</name>
    <message>
        <location filename="../models/backfill/backfillchunks.cpp" line="124"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="83"/>
        <source>The batch row was not written.</source>
        <translation>Der Batch-Eintrag wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="135"/>
        <source> (recorded as rolled-back batch %1)</source>
        <translation> (als zurückgerollter Batch %1 protokolliert)</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="423"/>
        <location filename="../models/backfill/backfillwrite.cpp" line="496"/>
        <source>The chunk size must be between 1 and 10000 rows.</source>
        <translation>Die Blockgröße muss zwischen 1 und 10000 Zeilen liegen.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="465"/>
        <source>None of the previewed rows needs superseding any more (another batch may have applied them), so nothing was changed%1.</source>
        <translation>Keine der Zeilen aus der Vorschau muss noch als überholt markiert werden (vielleicht hat ein anderer Batch sie schon bereinigt), daher wurde nichts geändert%1.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="469"/>
        <source>The data changed since the preview (the plan is now %1, not %2), so nothing was changed%3; run the audit again.</source>
        <translation>Die Daten haben sich seit der Vorschau geändert (der Plan ist jetzt %1 statt %2), daher wurde nichts geändert%3; bitte die Prüfung erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="298"/>
        <source>Cancelled, so nothing was changed%1.</source>
        <translation>Abgebrochen, es wurde nichts geändert%1.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="228"/>
        <source>The data changed since the preview (%1 of %2 rows could still be superseded), so nothing was changed%3; run the audit again.</source>
        <translation>Die Daten haben sich seit der Vorschau geändert (nur %1 von %2 Zeilen ließen sich noch als überholt markieren), daher wurde nichts geändert%3; bitte die Prüfung erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="377"/>
        <source>There is no backfill batch %1.</source>
        <translation>Es gibt keinen Bereinigungs-Batch %1.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="385"/>
        <source>Batch %1 is itself an undo; run the backfill again instead.</source>
        <translation>Batch %1 ist selbst ein Rückgängigmachen; führen Sie stattdessen die Bereinigung erneut aus.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="389"/>
        <source>Batch %1 was rolled back and changed nothing; there is nothing to undo.</source>
        <translation>Batch %1 wurde zurückgerollt und hat nichts geändert; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="231"/>
        <source>The data changed while undoing (%1 of %2 rows could be restored), so nothing was changed%3.</source>
        <translation>Die Daten haben sich beim Rückgängigmachen geändert (nur %1 von %2 Zeilen ließen sich wiederherstellen), daher wurde nichts geändert%3.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="316"/>
        <source>The connection to the database was lost during the backfill, so it was rolled back and nothing was changed (%1).</source>
        <translation>Die Verbindung zur Datenbank ist während der Bereinigung abgebrochen; sie wurde zurückgerollt, es wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="318"/>
        <source>The connection to the database was lost during the undo, so it was rolled back and nothing was changed (%1).</source>
        <translation>Die Verbindung zur Datenbank ist während des Rückgängigmachens abgebrochen; es wurde zurückgerollt, nichts wurde geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="326"/>
        <source>The backfill was rolled back and nothing was changed (%1).</source>
        <translation>Die Bereinigung wurde zurückgerollt, es wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="327"/>
        <source>The undo was rolled back and nothing was changed (%1).</source>
        <translation>Das Rückgängigmachen wurde zurückgerollt, es wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillchunks.cpp" line="104"/>
        <source>A kept event is no longer active, so nothing was changed; run the audit again.</source>
        <translation>Ein verbleibendes Ereignis ist nicht mehr aktiv, daher wurde nichts geändert; bitte die Prüfung erneut ausführen.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="353"/>
        <source>No plan fingerprint was given, so nothing was written; run the dry run first and pass its fingerprint.</source>
        <translation>Es wurde kein Fingerabdruck eines Plans angegeben, daher wurde nichts geschrieben; führen Sie zuerst den Probelauf aus und übergeben Sie seinen Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="359"/>
        <source>&quot;%1&quot; is not a plan fingerprint (16 hex digits from a dry run), so nothing was written.</source>
        <translation>„%1“ ist kein Fingerabdruck eines Plans (16 Hexadezimalziffern aus einem Probelauf), daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="430"/>
        <source>The confirmed plan has no valid fingerprint, so nothing was written.</source>
        <translation>Der bestätigte Plan hat keinen gültigen Fingerabdruck, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/backfill/backfillwrite.cpp" line="514"/>
        <source>The rows of batch %1 changed since the preview (the undo is now %2, not %3), so nothing was restored%4; preview the undo again.</source>
        <translation>Die Zeilen von Batch %1 haben sich seit der Vorschau geändert (das Rückgängigmachen ist jetzt %2, nicht %3), daher wurde nichts wiederhergestellt%4; sehen Sie sich die Vorschau erneut an.</translation>
    </message>
</context>
<context>
    <name>TierDesk::BackfillDialog</name>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="94"/>
        <source>Supersede duplicate tier events</source>
        <translation>Doppelte Stufenereignisse als überholt markieren</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="105"/>
        <location filename="../widgets/backfilldialog.cpp" line="116"/>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="105"/>
        <source>Supersede</source>
        <translation>Als überholt markieren</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="105"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="106"/>
        <source>Sample of the rows to supersede</source>
        <translation>Auszug der als überholt zu markierenden Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="122"/>
        <source>Type the number of rows (%1) to confirm:</source>
        <translation>Zur Bestätigung die Anzahl der Zeilen (%1) eingeben:</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="123"/>
        <source>Number of rows to confirm</source>
        <translation>Zu bestätigende Zeilenzahl</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="107"/>
        <source>Supersede %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile als überholt markieren</numerusform>
            <numerusform>%Ln Zeilen als überholt markieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="99"/>
        <source>To be marked superseded: %1 in %2 at %3, each pointing at the event that stays. One transaction; if anything changed since the audit, nothing is written. Plan fingerprint %4.</source>
        <translation>Als überholt markiert werden: %1 in %2 bei %3, jeweils mit Verweis auf das verbleibende Ereignis. Eine Transaktion; hat sich seit der Prüfung etwas geändert, wird nichts geschrieben. Fingerabdruck des Plans: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="102"/>
        <location filename="../widgets/backfilldialog.cpp" line="113"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="103"/>
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln Duplikat-Cluster</numerusform>
            <numerusform>%Ln Duplikat-Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="104"/>
        <location filename="../widgets/backfilldialog.cpp" line="114"/>
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln Affiliate</numerusform>
            <numerusform>%Ln Affiliates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="88"/>
        <source>Type the number of rows first; Enter does not write.</source>
        <translation>Geben Sie zuerst die Zeilenzahl ein; die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="95"/>
        <source>Undo cleanup batch %1</source>
        <translation>Bereinigungs-Batch %1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="110"/>
        <source>To be made active again: %1 at %2 that batch %3 superseded and that are still superseded by it. One transaction; if any of them changed since this preview, nothing is written. Undo fingerprint %4.</source>
        <translation>Wieder aktiv werden: %1 bei %2, die Batch %3 als überholt markiert hat und die es noch sind. Eine Transaktion; hat sich eine davon seit dieser Vorschau geändert, wird nichts geschrieben. Fingerabdruck: %4.</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="116"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="116"/>
        <source>Superseded by</source>
        <translation>Überholt durch</translation>
    </message>
    <message>
        <location filename="../widgets/backfilldialog.cpp" line="117"/>
        <source>Sample of the rows to restore</source>
        <translation>Auswahl der wiederherzustellenden Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="118"/>
        <source>Restore %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile wiederherstellen</numerusform>
            <numerusform>%Ln Zeilen wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::BackfillFlow</name>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="29"/>
        <location filename="../widgets/backfillflow.cpp" line="55"/>
        <location filename="../widgets/backfillflow.cpp" line="160"/>
        <source>Nothing to clean up</source>
        <translation>Nichts zu bereinigen</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="29"/>
        <source>The audit found no race duplicates to supersede.</source>
        <translation>Die Prüfung hat keine als überholt zu markierenden Doppeleinträge gefunden.</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="34"/>
        <location filename="../widgets/backfillflow.cpp" line="190"/>
        <source>Read-only session</source>
        <translation>Schreibgeschützte Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="35"/>
        <source>Turn on write actions (Session menu) before cleaning up.</source>
        <translation>Schalten Sie vor dem Bereinigen die Schreibaktionen ein (Menü „Sitzung“).</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="51"/>
        <source>Cleanup not previewed</source>
        <translation>Bereinigung nicht in der Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="56"/>
        <source>The primary has no race duplicates to supersede: the standby the audit read is behind it.</source>
        <translation>Der Primärserver hat keine Race-Duplikate zum Ersetzen: Der Standby, den die Prüfung gelesen hat, hinkt ihm hinterher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="64"/>
        <source>The standby the audit read is behind: this preview is the primary&apos;s, %n row(s), not the audit&apos;s %1.</source>
        <translation>
            <numerusform>Der Standby, den die Prüfung gelesen hat, hinkt hinterher: Diese Vorschau stammt vom Primärserver, %n Zeile, nicht die %1 der Prüfung.</numerusform>
            <numerusform>Der Standby, den die Prüfung gelesen hat, hinkt hinterher: Diese Vorschau stammt vom Primärserver, %n Zeilen, nicht die %1 der Prüfung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="95"/>
        <source>Superseding %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln Zeile wird als überholt markiert …</numerusform>
            <numerusform>%Ln Zeilen werden als überholt markiert …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="96"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="98"/>
        <source>Cleaning up</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="161"/>
        <source>Nothing needed superseding any more; no batch was written.</source>
        <translation>Es musste nichts mehr als überholt markiert werden; es wurde kein Batch geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="164"/>
        <source>Cleanup committed</source>
        <translation>Bereinigung übernommen</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="191"/>
        <source>Turn on write actions (Session menu) to undo a batch.</source>
        <translation>Schalten Sie die Schreibaktionen ein (Menü „Sitzung“), um einen Batch rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="212"/>
        <location filename="../widgets/backfillflow.cpp" line="271"/>
        <source>Undo refused</source>
        <translation>Rückgängigmachen abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="217"/>
        <location filename="../widgets/backfillflow.cpp" line="276"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="218"/>
        <location filename="../widgets/backfillflow.cpp" line="276"/>
        <source>No row is still superseded by batch %1.</source>
        <translation>Keine Zeile ist mehr von Batch %1 als überholt markiert.</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="279"/>
        <source>Undo committed</source>
        <translation>Rückgängigmachen übernommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="280"/>
        <source>Batch %1 restored %Ln row(s) superseded by batch %2.</source>
        <translation>
            <numerusform>Batch %1 hat %Ln von Batch %2 als überholt markierte Zeile wiederhergestellt.</numerusform>
            <numerusform>Batch %1 hat %Ln von Batch %2 als überholt markierte Zeilen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="314"/>
        <source>Request %1 is recorded: %2, under %3. Another agent reviews and approves it in their Approvals view (Ctrl+5) or with tierdesk-cli approvals approve %1 --fingerprint %4; it expires %5.</source>
        <translation>Anfrage %1 ist gespeichert: %2, unter %3. Eine zweite Person prüft sie und gibt sie in ihrer Ansicht Freigaben (Strg+5) oder mit tierdesk-cli approvals approve %1 --fingerprint %4 frei; sie läuft ab am %5.</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="82"/>
        <location filename="../widgets/backfillflow.cpp" line="228"/>
        <location filename="../widgets/backfillflow.cpp" line="331"/>
        <source>Cleanup not applied</source>
        <translation>Bereinigung nicht angewendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="166"/>
        <source>Batch %1 superseded %Ln row(s) at %2 (fingerprint %3).</source>
        <extracomment>%2 is &quot;1 affiliate&quot; or &quot;3 affiliates&quot;</extracomment>
        <translation>
            <numerusform>Batch %1 hat %Ln Zeile bei %2 als überholt markiert (Fingerabdruck %3).</numerusform>
            <numerusform>Batch %1 hat %Ln Zeilen bei %2 als überholt markiert (Fingerabdruck %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="167"/>
        <source>%n affiliate(s)</source>
        <translation>
            <numerusform>%n Affiliate</numerusform>
            <numerusform>%n Affiliates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="290"/>
        <source>A second agent must approve this</source>
        <translation>Eine zweite Person muss das freigeben</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="295"/>
        <source>&amp;Ask for approval</source>
        <translation>&amp;Freigabe anfragen</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="310"/>
        <source>No approval requested</source>
        <translation>Keine Freigabe angefragt</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="313"/>
        <source>Approval requested</source>
        <translation>Freigabe angefragt</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="318"/>
        <source>no ticket</source>
        <translation>keinem Ticket</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="334"/>
        <source>Data changed since the preview</source>
        <translation>Daten seit der Vorschau geändert</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="335"/>
        <source>The tier events changed after the audit you confirmed, so nothing was written. Run the audit again and review the new plan.</source>
        <translation>Die Stufenereignisse haben sich nach der bestätigten Prüfung geändert, daher wurde nichts geschrieben. Führen Sie die Prüfung erneut aus und sehen Sie sich den neuen Plan an.</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="342"/>
        <source>Run the audit again</source>
        <translation>Prüfung erneut ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/backfillflow.cpp" line="176"/>
        <source>Undo batch %1…</source>
        <translation>Batch %1 rückgängig machen …</translation>
    </message>
</context>
<context>
    <name>TierDesk::BatchModel</name>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="52"/>
        <source>Undo of %1</source>
        <translation>Rückgängig von %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="53"/>
        <source>Supersede</source>
        <translation>Als überholt markieren</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="56"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="57"/>
        <source>Undone by %1</source>
        <translation>Rückgängig durch %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="57"/>
        <source>Committed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="81"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="65"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="99"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="101"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="108"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="112"/>
        <source>Rows changed</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="114"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="106"/>
        <source>Started (%1)</source>
        <extracomment>%1 the time zone of the column (&quot;UTC&quot;, &quot;CET&quot;)</extracomment>
        <translation>Begonnen (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/batchmodel.cpp" line="110"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>TierDesk::BeaconModel</name>
    <message>
        <location filename="../models/itemmodels/beaconmodel.cpp" line="53"/>
        <source>%1 → %2, found %3</source>
        <extracomment>A lost race: the evaluator wanted prior → target, another one had already written &quot;observed&quot;</extracomment>
        <translation>%1 → %2, vorgefunden %3</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/beaconmodel.cpp" line="82"/>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/beaconmodel.cpp" line="84"/>
        <source>Lost race</source>
        <translation>Kollision</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/beaconmodel.cpp" line="80"/>
        <source>Time (%1)</source>
        <extracomment>%1 the time zone of the column (&quot;UTC&quot;, &quot;CET&quot;)</extracomment>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>TierDesk::BeaconsView</name>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="205"/>
        <source>Beacons per hour</source>
        <translation>Kollisionsmeldungen pro Stunde</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="206"/>
        <source>At or over the alert rule</source>
        <translation>Auf oder über der Alarmschwelle</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="216"/>
        <source>Alert rule: %1 an hour</source>
        <translation>Alarmschwelle: %1 pro Stunde</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="288"/>
        <source>%Ln race-lost beacon(s) in all; </source>
        <translation>
            <numerusform>%Ln Kollisionsmeldung insgesamt; </numerusform>
            <numerusform>%Ln Kollisionsmeldungen insgesamt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="289"/>
        <source>%Ln hour(s) at or over the alert rule of %1 an hour. </source>
        <translation>
            <numerusform>%Ln Stunde auf oder über der Alarmschwelle von %1 pro Stunde. </numerusform>
            <numerusform>%Ln Stunden auf oder über der Alarmschwelle von %1 pro Stunde. </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="291"/>
        <source>Each beacon is a lost compare-and-set: the guard worked and nothing was written twice. Double-click a beacon to open its affiliate.</source>
        <translation>Jede Kollisionsmeldung heißt: Zwei Bewertungen kamen sich in die Quere, die Absicherung hat gegriffen, und nichts wurde doppelt geschrieben. Doppelklick auf eine Meldung öffnet den Affiliate.</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="299"/>
        <source>Race-lost beacons per hour</source>
        <translation>Kollisionsmeldungen pro Stunde</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="300"/>
        <source>Newest race-lost beacons</source>
        <translation>Neueste Kollisionsmeldungen</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="141"/>
        <source>%1–%2: %3</source>
        <extracomment>%1 the hour&apos;s start, %2 its end (time of day), %3 the count of beacons</extracomment>
        <translation>%1–%2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="145"/>
        <source>%Ln race-lost beacon(s), at or over the alert rule</source>
        <translation>
            <numerusform>%Ln Kollisionsmeldung, Alarmschwelle erreicht</numerusform>
            <numerusform>%Ln Kollisionsmeldungen, Alarmschwelle erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="146"/>
        <source>%Ln race-lost beacon(s)</source>
        <translation>
            <numerusform>%Ln Kollisionsmeldung</numerusform>
            <numerusform>%Ln Kollisionsmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="189"/>
        <source>No race-lost beacons in this range.</source>
        <translation>Keine Kollisionsmeldungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="190"/>
        <source>%Ln hour(s) with race-lost beacons in this range.</source>
        <translation>
            <numerusform>%Ln Stunde mit Kollisionsmeldungen in diesem Zeitraum.</numerusform>
            <numerusform>%Ln Stunden mit Kollisionsmeldungen in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="193"/>
        <source>At or over the alert rule: %1.</source>
        <translation>Alarmschwelle erreicht: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="207"/>
        <source>Hours with beacons</source>
        <translation>Stunden mit Kollisionsmeldungen</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="228"/>
        <source>MM-dd HH:mm</source>
        <extracomment>Date formats of the beacon chart&apos;s time axis (Qt QDateTime::toString); German: dd.MM.</extracomment>
        <translation>dd.MM. HH:mm</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="228"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="240"/>
        <source>Beacons an hour</source>
        <translation>Meldungen pro Stunde</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="294"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="295"/>
        <source>All beacons</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="295"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="295"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="296"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../widgets/beaconsview.cpp" line="296"/>
        <source>Last 48 hours</source>
        <translation>Letzte 48 Stunden</translation>
    </message>
</context>
<context>
    <name>TierDesk::CaseReport</name>
    <message>
        <location filename="../models/report/casereport.cpp" line="36"/>
        <source>Case report: @%1</source>
        <translation>Fallbericht: @%1</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="38"/>
        <source>%1 · %2 · affiliate %3</source>
        <translation>%1 · %2 · Affiliate %3</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="40"/>
        <source>Database: %1 · as of %2</source>
        <translation>Datenbank: %1 · Stand %2</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="42"/>
        <source>Tier: %1 (%2) · 90-day commissions: %3</source>
        <translation>Stufe: %1 (%2) · Provisionen der letzten 90 Tage: %3</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="46"/>
        <source>Tier timeline</source>
        <translation>Stufenverlauf</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="48"/>
        <source>What the audit says</source>
        <translation>Befund der Prüfung</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="52"/>
        <source>No race duplicates, conflicts, chain breaks or drift.</source>
        <translation>Keine Doppeleinträge, Konflikte, Lücken in der Stufenfolge oder Abweichungen.</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="60"/>
        <source>Tier events</source>
        <translation>Stufenereignisse</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="64"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="65"/>
        <source>Rate change</source>
        <translation>Satzänderung</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="65"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="75"/>
        <source>duplicate %1: redundant</source>
        <translation>Duplikat %1: überzählig</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="76"/>
        <source>duplicate %1: kept</source>
        <translation>Duplikat %1: bleibt</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="77"/>
        <source>conflict %1</source>
        <translation>Konflikt %1</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="79"/>
        <source>superseded by #%1</source>
        <translation>überholt durch #%1</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="83"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="85"/>
        <source>superseded</source>
        <translation>überholt</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="85"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="89"/>
        <source>Cleanup batches</source>
        <translation>Bereinigungen</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="93"/>
        <source>No cleanup batch has touched this affiliate.</source>
        <translation>Keine Bereinigung hat diesen Affiliate betroffen.</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="108"/>
        <location filename="../models/report/casereport.cpp" line="147"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="118"/>
        <location filename="../models/report/casereport.cpp" line="141"/>
        <source>TierDesk case report: @%1</source>
        <translation>TierDesk-Fallbericht: @%1</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="125"/>
        <source>The PDF %1 came out empty.</source>
        <translation>Die PDF-Datei %1 ist leer geblieben.</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="140"/>
        <source>en</source>
        <comment>the report&apos;s language code (HTML lang)</comment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="64"/>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location filename="../models/report/casereport.cpp" line="39"/>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>TierDesk::CaseSummary</name>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="31"/>
        <source>Conflict: concurrent evaluations from %1 chose %2 within %3 ms at %4; the last writer won. Needs a decision.</source>
        <translation>Konflikt: Gleichzeitige Bewertungen ab %1 wählten %2 innerhalb von %3 ms, am %4; der letzte Schreiber hat gewonnen. Bitte entscheiden.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="39"/>
        <source>Chain break at event #%1 (%2): it starts at %3, the previous event ended at %4.</source>
        <translation>Lücke in der Stufenfolge bei Ereignis #%1 (%2): Es beginnt bei %3, das vorige Ereignis endete bei %4.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="44"/>
        <source>Drift: the profile&apos;s rate is %1, but the tier history ends at %2.</source>
        <translation>Abweichung: Der Satz im Profil ist %1, die Stufenhistorie endet aber bei %2.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="54"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="90"/>
        <source>Promoted to %1 (%2) at %3.</source>
        <translation>Hochstufung auf %1 (%2) am %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="95"/>
        <source>%Ln payment(s) arrived in the minute before: %1.</source>
        <translation>
            <numerusform>%Ln Zahlung kam in der Minute davor an: %1.</numerusform>
            <numerusform>%Ln Zahlungen kamen in der Minute davor an: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="99"/>
        <source>%1 took the 90-day commissions to %2, over the threshold of %3.</source>
        <translation>%1 brachte die 90-Tage-Provisionen auf %2 und damit über die Schwelle von %3.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="116"/>
        <source>No commissions yet.</source>
        <translation>Noch keine Provisionen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="126"/>
        <source>%Ln commission(s)</source>
        <translation>
            <numerusform>%Ln Provision</numerusform>
            <numerusform>%Ln Provisionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="128"/>
        <source>%1 at %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="130"/>
        <source>%1 at %2 since %3</source>
        <translation>%1 zu %2 seit %3</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="132"/>
        <source>%1 at %2 until %3</source>
        <translation>%1 zu %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="136"/>
        <source>%Ln commission(s) since %1, each at the rate in effect when it was paid: %2. The table shows each one&apos;s rate and the payment it implies.</source>
        <translation>
            <numerusform>%Ln Provision seit dem %1, zum Satz, der bei ihrer Zahlung galt: %2. Die Tabelle zeigt ihren Satz und die Zahlung, die er ergibt.</numerusform>
            <numerusform>%Ln Provisionen seit dem %1, jede zum Satz, der bei ihrer Zahlung galt: %2. Die Tabelle zeigt zu jeder den Satz und die Zahlung, die er ergibt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="165"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="166"/>
        <source>undone by batch %1</source>
        <translation>rückgängig gemacht durch Batch %1</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="167"/>
        <source>committed</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="169"/>
        <source>Batch %1 (%2, %3 by %4): undo of batch %5, %6.</source>
        <translation>Batch %1 (%2, %3 durch %4): Rückgängigmachen von Batch %5, %6.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="172"/>
        <source>%Ln row(s) restored</source>
        <translation>
            <numerusform>%Ln Zeile wiederhergestellt</numerusform>
            <numerusform>%Ln Zeilen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="173"/>
        <source>Batch %1 (%2, %3 by %4): %5.</source>
        <translation>Batch %1 (%2, %3 durch %4): %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="175"/>
        <source>%Ln row(s) superseded</source>
        <translation>
            <numerusform>%Ln Zeile als überholt markiert</numerusform>
            <numerusform>%Ln Zeilen als überholt markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="187"/>
        <source>TierDesk case summary: @%1 (%2), affiliate %3</source>
        <translation>TierDesk-Fallzusammenfassung: @%1 (%2), Affiliate %3</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="189"/>
        <source>Database: %1; as of %2</source>
        <translation>Datenbank: %1; Stand %2</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="124"/>
        <location filename="../models/affiliates/casesummary.cpp" line="192"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="21"/>
        <source>Race duplicate: %1 → %2 written %3 within %4 ms at %5; keep #%6, supersede %7.</source>
        <extracomment>%3 how often (&quot;twice&quot;); the last part is what the cleanup proposes</extracomment>
        <translation>Doppeleintrag: %1 → %2 %3 innerhalb von %4 ms geschrieben, am %5; Vorschlag: #%6 behalten, %7 als überholt markieren.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="105"/>
        <source>The promotion was written %1 (%2).</source>
        <translation>Die Hochstufung wurde %1 geschrieben (%2).</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="194"/>
        <source>Tier: %1; 90-day commissions: %2</source>
        <translation>Stufe: %1; Provisionen der letzten 90 Tage: %2</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="196"/>
        <source>; %1 from %2 (%3 to go)</source>
        <translation>; %1 ab %2 (noch %3)</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="201"/>
        <source>Tier events: %1 active, %2 superseded.</source>
        <translation>Stufenereignisse: %1 aktiv, %2 überholt.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="206"/>
        <source>Audit (window %1 s):</source>
        <translation>Prüfung (Zeitfenster %1 s):</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="208"/>
        <source>No race duplicates, conflicts, chain breaks or drift.</source>
        <translation>Keine Doppeleinträge, Konflikte, Lücken in der Stufenfolge oder Abweichungen.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/casesummary.cpp" line="213"/>
        <source>Cleanup batches:</source>
        <translation>Bereinigungen:</translation>
    </message>
</context>
<context>
    <name>TierDesk::ChangeFeed</name>
    <message>
        <location filename="../models/live/changefeed.cpp" line="235"/>
        <source>Live updates are back; the window has been refreshed.</source>
        <translation>Live-Aktualisierung läuft wieder; das Fenster wurde neu geladen.</translation>
    </message>
    <message>
        <location filename="../models/live/changefeed.cpp" line="252"/>
        <source>Live updates stopped: the connection to the database was lost. Reconnecting…</source>
        <translation>Live-Aktualisierung unterbrochen: Die Verbindung zur Datenbank ist abgerissen. Neuer Versuch läuft …</translation>
    </message>
    <message>
        <location filename="../models/live/changefeed.cpp" line="254"/>
        <source>Live updates stopped: %1 Reconnecting…</source>
        <translation>Live-Aktualisierung unterbrochen: %1 Neuer Versuch läuft …</translation>
    </message>
</context>
<context>
    <name>TierDesk::CliContext</name>
    <message>
        <location filename="../app/clicontext.cpp" line="57"/>
        <source>Missing --db: name the database (sqlite:PATH or a postgresql:// URI).</source>
        <translation>--db fehlt: Geben Sie die Datenbank an (sqlite:PFAD oder eine postgresql://-URI).</translation>
    </message>
</context>
<context>
    <name>TierDesk::CommissionModel</name>
    <message>
        <location filename="../models/itemmodels/commissionmodel.cpp" line="235"/>
        <source>The payment this commission implies at the rate in effect then: %1 ÷ %2</source>
        <translation>Die Zahlung, die diese Provision beim damals gültigen Satz ergibt: %1 ÷ %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/commissionmodel.cpp" line="253"/>
        <source>Stripe event</source>
        <translation>Stripe-Event</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/commissionmodel.cpp" line="255"/>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/commissionmodel.cpp" line="258"/>
        <source>Rate then</source>
        <extracomment>The commission rate in effect when the commission was paid</extracomment>
        <translation>Satz damals</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/commissionmodel.cpp" line="261"/>
        <source>Payment</source>
        <extracomment>The customer&apos;s payment a commission implies at the rate then</extracomment>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/commissionmodel.cpp" line="251"/>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>TierDesk::ConnectDialog</name>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="61"/>
        <source>Open SQLite database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="62"/>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="128"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="130"/>
        <source>SQLite file (sqlite:PATH or PATH.db) or PostgreSQL URI (postgresql://user@host/db?sslmode=require, ?service=NAME). Passwords come from ~/.pgpass or PGPASSWORD and are never stored.</source>
        <translation>SQLite-Datei (sqlite:PFAD oder PFAD.db) oder PostgreSQL-URI (postgresql://user@host/db?sslmode=require, ?service=NAME). Passwörter kommen aus ~/.pgpass oder PGPASSWORD und werden nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="134"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="135"/>
        <source>&amp;Read from a hot standby (optional): its postgresql:// URI or ?service=NAME. Lists, searches, the audit and reports read there; previews, re-checks and writes stay on the primary.</source>
        <translation>&amp;Standby zum Lesen (optional): seine postgresql://-URI oder ?service=NAME. Listen, Suche, Prüfung und Berichte lesen dort; Vorschauen, Nachprüfungen und Schreibvorgänge bleiben auf dem Primärserver.</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="138"/>
        <source>&amp;Warn when the standby is more than</source>
        <translation>&amp;Warnen, wenn der Standby mehr als</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="139"/>
        <source> s behind</source>
        <translation> s zurückliegt</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="140"/>
        <source>Hot standby</source>
        <translation>Hot Standby</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="141"/>
        <source>Standby lag warning, seconds</source>
        <translation>Warnschwelle für den Standby-Rückstand in Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="142"/>
        <source>Recent:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="143"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../widgets/connectdialog.cpp" line="144"/>
        <source>Recent databases</source>
        <translation>Zuletzt geöffnete Datenbanken</translation>
    </message>
</context>
<context>
    <name>TierDesk::Connection</name>
    <message>
        <location filename="../models/db/connection.cpp" line="122"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="126"/>
        <source>The SQLite file %1 does not exist.</source>
        <translation>Die SQLite-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="128"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="171"/>
        <source>Cannot open the SQLite file %1: %2.</source>
        <translation>Die SQLite-Datei %1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="182"/>
        <source>%1 is not a SQLite database or is damaged (%2).</source>
        <translation>%1 ist keine SQLite-Datenbank oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="193"/>
        <source>Cannot switch %1 to WAL mode: %2.</source>
        <translation>%1 lässt sich nicht in den WAL-Modus schalten: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="217"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="238"/>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="255"/>
        <location filename="../models/db/connection.cpp" line="273"/>
        <source>Cannot set up the session on %1: %2.</source>
        <translation>Die Sitzung auf %1 lässt sich nicht einrichten: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="277"/>
        <source>Cannot make the session read-only on %1: %2.</source>
        <translation>Die Sitzung auf %1 lässt sich nicht schreibgeschützt öffnen: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="389"/>
        <source>The session is read-only; turn on write access to change data.</source>
        <translation>Die Sitzung ist schreibgeschützt; schalten Sie den Schreibzugriff ein, um Daten zu ändern.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="415"/>
        <location filename="../models/db/connection.cpp" line="444"/>
        <source>The database refused the query: %1.</source>
        <translation>Die Datenbank hat die Abfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="132"/>
        <source>%1 is empty, so it is not a SQLite database; nothing was written.</source>
        <translation>%1 ist leer und damit keine SQLite-Datenbank; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="137"/>
        <source>The file system holding %1 is mounted read-only, so TierDesk can read it but not write to it.</source>
        <translation>Das Dateisystem mit %1 ist schreibgeschützt eingehängt: TierDesk kann die Datei lesen, aber nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="142"/>
        <source>%1 is read-only for you (no write permission), so TierDesk cannot write to it.</source>
        <translation>%1 ist für Sie schreibgeschützt (keine Schreibrechte), daher kann TierDesk nicht hineinschreiben.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="147"/>
        <source>The folder %1 is read-only for you, and SQLite writes its journal next to the database, so TierDesk cannot write to it.</source>
        <translation>Der Ordner %1 ist für Sie schreibgeschützt, SQLite legt sein Journal aber neben der Datenbank an; daher kann TierDesk nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="265"/>
        <source>%1 is a standby server (a read-only replica), so nothing can be written there; name the primary server for writes.</source>
        <translation>%1 ist ein Standby-Server (eine schreibgeschützte Replik), dort kann nichts geschrieben werden; geben Sie für Änderungen den Primärserver an.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="397"/>
        <source>The database is locked by another program and stayed locked for %1 seconds (%2).</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt und blieb %1 Sekunden lang gesperrt (%2).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="401"/>
        <source>The disk holding the database is full (%1).</source>
        <translation>Der Datenträger der Datenbank ist voll (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="404"/>
        <source>Reading or writing the database file failed (%1).</source>
        <translation>Lesen oder Schreiben der Datenbankdatei ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="409"/>
        <source>The database file cannot be opened or written (%1).</source>
        <translation>Die Datenbankdatei lässt sich nicht öffnen oder schreiben (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="412"/>
        <source>The database file is damaged (%1).</source>
        <translation>Die Datenbankdatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="421"/>
        <source>The database role lacks a privilege: %1.</source>
        <translation>Der Datenbankrolle fehlt ein Recht: %1.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="424"/>
        <source>A table TierDesk needs stayed locked by another session past lock_timeout (%1).</source>
        <translation>Eine Tabelle, die TierDesk braucht, blieb über lock_timeout hinaus von einer anderen Sitzung gesperrt (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="429"/>
        <source>The statement ran past the server&apos;s statement timeout and was cancelled (%1).</source>
        <translation>Die Anweisung lief länger als das statement_timeout des Servers und wurde abgebrochen (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="433"/>
        <source>The server rolled the transaction back to resolve a conflict with another session (%1); try again.</source>
        <translation>Der Server hat die Transaktion wegen eines Konflikts mit einer anderen Sitzung zurückgerollt (%1); bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="437"/>
        <source>The database server is out of a resource (%1).</source>
        <translation>Dem Datenbankserver fehlt eine Ressource (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="443"/>
        <source>The connection to the database was lost (%1).</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="357"/>
        <source>%1 by process %2 (user %3, application &quot;%4&quot;, %5, %6)</source>
        <translation>%1 von Prozess %2 (Benutzer %3, Anwendung „%4“, %5, %6)</translation>
    </message>
    <message>
        <location filename="../models/db/connection.cpp" line="363"/>
        <source>Held: %1.</source>
        <translation>Gesperrt: %1.</translation>
    </message>
</context>
<context>
    <name>TierDesk::DatabaseUrl</name>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="90"/>
        <source>No database given: use sqlite:PATH or a postgresql:// URI.</source>
        <translation>Keine Datenbank angegeben: Verwenden Sie sqlite:PFAD oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="98"/>
        <source>The SQLite URL &quot;%1&quot; names no file.</source>
        <translation>Die SQLite-URL „%1“ nennt keine Datei.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="108"/>
        <source>&quot;%1&quot; is not a database URL: use sqlite:PATH, a path ending in .db, or a postgresql:// URI.</source>
        <translation>„%1“ ist keine Datenbank-URL: Verwenden Sie sqlite:PFAD, einen Pfad auf .db oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="115"/>
        <source>Unknown database URL scheme &quot;%1&quot;: use sqlite: or postgresql://.</source>
        <translation>Unbekanntes Datenbank-Schema „%1“: Verwenden Sie sqlite: oder postgresql://.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="126"/>
        <source>The PostgreSQL URI is malformed: %1.</source>
        <translation>Die PostgreSQL-URI ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="133"/>
        <source>TierDesk connects to one PostgreSQL host; the URI names several.</source>
        <translation>TierDesk verbindet sich mit genau einem PostgreSQL-Host; die URI nennt mehrere.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="152"/>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="166"/>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds.</source>
        <translation>connect_timeout „%1“ ist keine Sekundenzahl.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="173"/>
        <source>sslmode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>sslmode „%1“ ist keiner der Werte disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="180"/>
        <source>Unknown connection parameter &quot;%1&quot; in the PostgreSQL URI.</source>
        <translation>Unbekannter Verbindungsparameter „%1“ in der PostgreSQL-URI.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="184"/>
        <source>The port in the URI is not between 1 and 65535.</source>
        <translation>Der Port in der URI liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="187"/>
        <source>The PostgreSQL URI names no database, user or service.</source>
        <translation>Die PostgreSQL-URI nennt weder Datenbank noch Benutzer noch Dienst.</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="219"/>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="226"/>
        <source>PostgreSQL %1 (service %2)</source>
        <translation>PostgreSQL %1 (Dienst %2)</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="227"/>
        <source>PostgreSQL %1 on %2</source>
        <translation>PostgreSQL %1 auf %2</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="264"/>
        <source>The standby to read from: %1</source>
        <extracomment>%1 is the parser&apos;s own sentence about the standby&apos;s URL</extracomment>
        <translation>Der Standby zum Lesen: %1</translation>
    </message>
    <message>
        <location filename="../models/db/databaseurl.cpp" line="271"/>
        <source>Only a PostgreSQL database can be read from a standby; name a postgresql:// URI for both the database and its standby.</source>
        <translation>Nur eine PostgreSQL-Datenbank lässt sich von einem Standby lesen; geben Sie für die Datenbank und ihren Standby je eine postgresql://-URI an.</translation>
    </message>
</context>
<context>
    <name>TierDesk::DemoData</name>
    <message numerus="yes">
        <location filename="../models/demo/demodata.cpp" line="112"/>
        <source>The database already has %Ln affiliate(s); demo data goes into an empty one.</source>
        <translation>
            <numerusform>Die Datenbank enthält bereits %Ln Affiliate; Demodaten gehören in eine leere Datenbank.</numerusform>
            <numerusform>Die Datenbank enthält bereits %Ln Affiliates; Demodaten gehören in eine leere Datenbank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::FileDialog</name>
    <message>
        <location filename="../widgets/filedialog.cpp" line="35"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/filedialog.cpp" line="38"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/filedialog.cpp" line="39"/>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <location filename="../widgets/filedialog.cpp" line="136"/>
        <source>%1 is the open database or one of its journal files; choose another name.</source>
        <translation>%1 ist die geöffnete Datenbank oder eine ihrer Journaldateien. Bitte einen anderen Namen wählen.</translation>
    </message>
</context>
<context>
    <name>TierDesk::FindingKind</name>
    <message>
        <location filename="../models/audit/findingkind.cpp" line="9"/>
        <source>Race duplicate</source>
        <translation>Doppeleintrag</translation>
    </message>
    <message>
        <location filename="../models/audit/findingkind.cpp" line="12"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../models/audit/findingkind.cpp" line="14"/>
        <source>Chain break</source>
        <translation>Lücke in der Stufenfolge</translation>
    </message>
    <message>
        <location filename="../models/audit/findingkind.cpp" line="15"/>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>TierDesk::Format</name>
    <message>
        <location filename="../models/common/format.cpp" line="57"/>
        <source>%1%</source>
        <extracomment>A commission rate in percent; %1 is the number. German puts a space before %.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="151"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="152"/>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="153"/>
        <source>three times</source>
        <translation>dreimal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="154"/>
        <source>four times</source>
        <translation>viermal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="155"/>
        <source>five times</source>
        <translation>fünfmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="156"/>
        <source>six times</source>
        <translation>sechsmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="157"/>
        <source>seven times</source>
        <translation>siebenmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="158"/>
        <source>eight times</source>
        <translation>achtmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="159"/>
        <source>nine times</source>
        <translation>neunmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="160"/>
        <source>ten times</source>
        <translation>zehnmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="161"/>
        <source>eleven times</source>
        <translation>elfmal</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="162"/>
        <source>twelve times</source>
        <translation>zwölfmal</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/format.cpp" line="165"/>
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/activityview.cpp" line="213"/>
        <location filename="../widgets/activityview.cpp" line="214"/>
        <location filename="../widgets/affiliatedetailview.cpp" line="260"/>
        <location filename="../models/common/format.cpp" line="78"/>
        <location filename="../models/common/format.cpp" line="122"/>
        <source>yyyy-MM-dd</source>
        <extracomment>Date format (Qt QDate::toString); the German catalogue uses dd.MM.yyyy</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../models/common/format.cpp" line="77"/>
        <source>%1 %2 %3</source>
        <extracomment>%1 date, %2 time of day, %3 the time zone (&quot;UTC&quot;, &quot;CET&quot;)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>TierDesk::GuardedWrite</name>
    <message>
        <location filename="../models/write/guardedwrite.cpp" line="49"/>
        <source>The session is read-only; turn on write access to change data.</source>
        <translation>Die Sitzung ist schreibgeschützt; schalten Sie den Schreibzugriff ein, um Daten zu ändern.</translation>
    </message>
</context>
<context>
    <name>TierDesk::IncrementalAudit</name>
    <message>
        <location filename="../models/audit/incrementalaudit.cpp" line="229"/>
        <source>Only the chain audit of every affiliate can be run again incrementally.</source>
        <translation>Nur die Kettenprüfung aller Affiliates lässt sich inkrementell wiederholen.</translation>
    </message>
    <message>
        <location filename="../models/audit/incrementalaudit.cpp" line="327"/>
        <source>Could not keep the audit&apos;s state in %1 (%2); the next run reads everything.</source>
        <translation>Der Stand der Prüfung ließ sich nicht in %1 ablegen (%2); der nächste Lauf liest alles.</translation>
    </message>
</context>
<context>
    <name>TierDesk::LargeData</name>
    <message>
        <location filename="../models/scale/largedata.cpp" line="214"/>
        <source>The database already has affiliates; large data goes into an empty sandbox.</source>
        <translation>Die Datenbank enthält bereits Affiliates; große Testdaten gehören in eine leere Sandbox.</translation>
    </message>
    <message>
        <location filename="../models/scale/largedata.cpp" line="248"/>
        <location filename="../models/scale/largedata.cpp" line="274"/>
        <location filename="../models/scale/largedata.cpp" line="311"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>TierDesk::LiveBar</name>
    <message>
        <location filename="../widgets/livebar.cpp" line="108"/>
        <source>Another agent</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location filename="../widgets/livebar.cpp" line="113"/>
        <source>%1 (login %2)</source>
        <translation>%1 (Login %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/livebar.cpp" line="116"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/livebar.cpp" line="118"/>
        <source>%n affiliate(s)</source>
        <translation>
            <numerusform>%n Affiliate</numerusform>
            <numerusform>%n Affiliates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/livebar.cpp" line="120"/>
        <source>ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location filename="../widgets/livebar.cpp" line="123"/>
        <source>approving request %1</source>
        <translation>Freigabe von Anfrage %1</translation>
    </message>
    <message>
        <location filename="../widgets/livebar.cpp" line="124"/>
        <source>%1 — %2: %3.</source>
        <translation>%1 – %2: %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/livebar.cpp" line="143"/>
        <source>%n new race-lost beacon(s)</source>
        <translation>
            <numerusform>%n neue Kollisionsmeldung</numerusform>
            <numerusform>%n neue Kollisionsmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/livebar.cpp" line="149"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../widgets/livebar.cpp" line="150"/>
        <source>Dismiss the line</source>
        <translation>Zeile ausblenden</translation>
    </message>
    <message>
        <location filename="../widgets/livebar.cpp" line="151"/>
        <source>What other agents changed</source>
        <translation>Was andere geändert haben</translation>
    </message>
</context>
<context>
    <name>TierDesk::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="696"/>
        <source>TierDesk</source>
        <translation>TierDesk</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="698"/>
        <source>Affiliates</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="705"/>
        <source>Ctrl+1 to Ctrl+5 switch between the views.</source>
        <translation>Strg+1 bis Strg+5 wechseln zwischen den Ansichten.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="742"/>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="760"/>
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln Affiliate</numerusform>
            <numerusform>%Ln Affiliates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="768"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="245"/>
        <location filename="../widgets/mainwindow.cpp" line="249"/>
        <source>Export case report</source>
        <translation>Fallbericht exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="245"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="251"/>
        <source>Case report written to %1</source>
        <translation>Fallbericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="312"/>
        <location filename="../widgets/mainwindowmenus.cpp" line="355"/>
        <source>Cannot open the database</source>
        <translation>Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="320"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="457"/>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="457"/>
        <location filename="../widgets/mainwindow.cpp" line="698"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="459"/>
        <source>%n request(s) waiting for a second agent&apos;s approval</source>
        <translation>
            <numerusform>%n Anfrage wartet auf die Freigabe einer zweiten Person</numerusform>
            <numerusform>%n Anfragen warten auf die Freigabe einer zweiten Person</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="493"/>
        <source>Turn on write actions?</source>
        <translation>Schreibaktionen einschalten?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="495"/>
        <source>%1 is the PRODUCTION database. Re-evaluating tiers, cleaning up duplicates and undoing batches will change it. Every change is guarded, logged and can be undone, but please be sure.</source>
        <translation>%1 ist die PRODUKTIONSDATENBANK. Stufen neu bewerten, Duplikate bereinigen und Batches rückgängig machen verändert sie. Jede Änderung ist abgesichert, protokolliert und umkehrbar – bitte trotzdem sicher sein.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="499"/>
        <source>Re-evaluating tiers, cleaning up duplicates and undoing batches will change %1. Every change is guarded, logged and can be undone.</source>
        <translation>Stufen neu bewerten, Duplikate bereinigen und Batches rückgängig machen verändert %1. Jede Änderung ist abgesichert, protokolliert und umkehrbar.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="507"/>
        <source>Turn on write actions</source>
        <translation>Schreibaktionen einschalten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="576"/>
        <source>Unchanged: the 90-day commissions of %1 keep the rate at %2.</source>
        <translation>Unverändert: Mit Provisionen von %1 in 90 Tagen bleibt der Satz bei %2.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="579"/>
        <source>Race lost: someone else changed the rate to %1 first; nothing was written but a race-lost beacon.</source>
        <translation>Kollision: Jemand anderes hat den Satz zuerst auf %1 geändert; geschrieben wurde nur eine Kollisionsmeldung.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="584"/>
        <source>%1: %2 → %3 (tier event #%4).</source>
        <translation>%1: %2 → %3 (Stufenereignis #%4).</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="541"/>
        <location filename="../widgets/mainwindow.cpp" line="589"/>
        <source>Re-evaluate tier</source>
        <translation>Stufe neu bewerten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="404"/>
        <source>Standby unreadable</source>
        <translation>Standby nicht lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="407"/>
        <location filename="../widgets/mainwindow.cpp" line="415"/>
        <source>Standby: %1</source>
        <translation>Standby: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="410"/>
        <source>The standby is behind its primary by more than %n second(s) (or by an unknown time): lists, searches and the audit may not show the latest changes. Previews, re-checks and writes use the primary.</source>
        <translation>
            <numerusform>Der Standby liegt mehr als %n Sekunde (oder unbekannt lange) hinter seinem Primärserver: Listen, Suche und Prüfung zeigen womöglich nicht die neuesten Änderungen. Vorschauen, Nachprüfungen und Schreibvorgänge nutzen den Primärserver.</numerusform>
            <numerusform>Der Standby liegt mehr als %n Sekunden (oder unbekannt lange) hinter seinem Primärserver: Listen, Suche und Prüfung zeigen womöglich nicht die neuesten Änderungen. Vorschauen, Nachprüfungen und Schreibvorgänge nutzen den Primärserver.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="416"/>
        <source>Lists, searches and the audit read the standby %1; writes go to the primary.</source>
        <translation>Listen, Suche und Prüfung lesen den Standby %1; Schreibvorgänge gehen an den Primärserver.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="610"/>
        <source>Select an affiliate first.</source>
        <translation>Bitte zuerst einen Affiliate auswählen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="696"/>
        <location filename="../widgets/mainwindow.cpp" line="770"/>
        <source>TierDesk — %1</source>
        <translation>TierDesk – %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="698"/>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="698"/>
        <source>Beacons</source>
        <translation>Kollisionen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="704"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="706"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="707"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank &amp;öffnen …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="708"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="709"/>
        <source>&amp;Export case report…</source>
        <translation>Fallbericht &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="711"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="712"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="713"/>
        <source>&amp;Find affiliate</source>
        <translation>Affiliate &amp;suchen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="714"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="715"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="716"/>
        <source>Enable &amp;write actions</source>
        <translation>&amp;Schreibaktionen einschalten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="718"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="730"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="731"/>
        <source>&amp;Desktop&apos;s colours</source>
        <translation>Farben des &amp;Desktops</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="732"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="733"/>
        <source>D&amp;ark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="753"/>
        <source>%1, reading from the standby %2</source>
        <translation>%1, gelesen vom Standby %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="761"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="764"/>
        <source>A PostgreSQL database that TierDesk did not create: treat it as production.</source>
        <translation>Eine PostgreSQL-Datenbank, die TierDesk nicht angelegt hat: Behandeln Sie sie als Produktion.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="766"/>
        <source>Write actions on</source>
        <translation>Schreibaktionen an</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="487"/>
        <source>A write is still running; write actions stay on until it has finished.</source>
        <translation>Ein Schreibvorgang läuft noch; die Schreibaktionen bleiben an, bis er fertig ist.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="176"/>
        <source>Summary copied to the clipboard.</source>
        <translation>Zusammenfassung in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="263"/>
        <source>Your name signs the replies you draft and is recorded with every write in the audit log and the Activity view, beside the database&apos;s own user. TierDesk remembers it.</source>
        <translation>Ihr Name unterschreibt die Antworten, die Sie entwerfen, und wird mit jeder Änderung im Prüfprotokoll und in der Aktivität festgehalten, neben dem Benutzer der Datenbank. TierDesk merkt ihn sich.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="290"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="294"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="294"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="313"/>
        <source>From the search box to the list</source>
        <translation>Vom Suchfeld in die Liste</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="313"/>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="314"/>
        <source>From a table to the next control</source>
        <translation>Von einer Tabelle zum nächsten Element</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="314"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="315"/>
        <source>A button, a check box or a tab</source>
        <translation>Schaltfläche, Kontrollkästchen oder Registerkarte</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="315"/>
        <source>Alt + its underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="338"/>
        <source>no database open</source>
        <translation>keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="339"/>
        <source>About TierDesk</source>
        <translation>Über TierDesk</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="340"/>
        <source>&lt;h3&gt;TierDesk %1&lt;/h3&gt;&lt;p&gt;Tier forensics for the affiliate program&apos;s support staff.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TierDesk %1&lt;/h3&gt;&lt;p&gt;Stufen-Forensik für den Support des Partnerprogramms.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Datenbank: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="719"/>
        <source>&amp;Affiliate</source>
        <translation>A&amp;ffiliate</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="720"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="721"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="722"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="734"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="735"/>
        <source>&amp;About TierDesk</source>
        <translation>Über &amp;TierDesk</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="226"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="226"/>
        <source>Show times in:</source>
        <translation>Zeiten anzeigen in:</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="723"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="724"/>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="726"/>
        <source>&amp;System (%1)</source>
        <translation>&amp;System (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="728"/>
        <source>&amp;Other (%1)…</source>
        <translation>&amp;Andere (%1) …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="729"/>
        <source>&amp;Other…</source>
        <translation>&amp;Andere …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowmenus.cpp" line="262"/>
        <location filename="../widgets/mainwindowmenus.cpp" line="271"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="717"/>
        <source>Your &amp;name…</source>
        <translation>Ihr &amp;Name …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="710"/>
        <source>Case reports name the &amp;database</source>
        <translation>Fallberichte nennen die &amp;Datenbank</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="698"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>TierDesk::Notice</name>
    <message>
        <location filename="../widgets/notice.cpp" line="83"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../widgets/notice.cpp" line="85"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>TierDesk::OperatorInfo</name>
    <message>
        <location filename="../models/common/operatorinfo.cpp" line="59"/>
        <source>An operator name is one line of at most %1 characters; nothing was written.</source>
        <translation>Ein Bearbeitername ist eine Zeile mit höchstens %1 Zeichen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/common/operatorinfo.cpp" line="73"/>
        <source>A ticket reference is one line of at most %1 characters; nothing was written.</source>
        <translation>Eine Ticketreferenz ist eine Zeile mit höchstens %1 Zeichen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/common/operatorinfo.cpp" line="78"/>
        <source>A reason is one line of at most %1 characters; nothing was written.</source>
        <translation>Eine Begründung ist eine Zeile mit höchstens %1 Zeichen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>TierDesk::ReevaluateDialog</name>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="36"/>
        <source>The affiliate is no longer in the database.</source>
        <translation>Den Affiliate gibt es in der Datenbank nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="55"/>
        <source>Type the handle to confirm; Enter does not write.</source>
        <translation>Zur Bestätigung das Handle eingeben; die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="60"/>
        <source>Re-evaluate tier</source>
        <translation>Stufe neu bewerten</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="67"/>
        <source>Reading the 90-day commissions of %1…</source>
        <translation>Die Provisionen der letzten 90 Tage von %1 werden gelesen …</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="70"/>
        <source>The 90-day commissions of %1 are %2: the rate stays at %3, and nothing is written.</source>
        <translation>Die Provisionen der letzten 90 Tage von %1 betragen %2: Der Satz bleibt bei %3, es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="75"/>
        <source>The 90-day commissions of %1 are %2: the rate goes from %3 to %4, with one tier event and an audit-log row in one transaction. If the rate or the commissions change before it writes, nothing is written.</source>
        <translation>Die Provisionen der letzten 90 Tage von %1 betragen %2: Der Satz ändert sich von %3 auf %4 – mit einem Stufenereignis und einem Protokolleintrag in einer Transaktion. Ändern sich Satz oder Provisionen vorher, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="81"/>
        <source>Type the affiliate&apos;s handle (%1) to confirm:</source>
        <translation>Zur Bestätigung das Handle des Affiliates (%1) eingeben:</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="83"/>
        <source>Handle to confirm</source>
        <translation>Handle zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../widgets/reevaluatedialog.cpp" line="84"/>
        <source>&amp;Re-evaluate</source>
        <translation>&amp;Neu bewerten</translation>
    </message>
</context>
<context>
    <name>TierDesk::ReplyDialog</name>
    <message>
        <location filename="../widgets/replydialog.cpp" line="71"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../widgets/replydialog.cpp" line="90"/>
        <source>Drafting…</source>
        <translation>Wird entworfen …</translation>
    </message>
    <message>
        <location filename="../widgets/replydialog.cpp" line="149"/>
        <source>Close the reply and discard the edits you have not copied?</source>
        <translation>Antwort schließen und die nicht kopierten Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../widgets/replydialog.cpp" line="162"/>
        <source>Reply to @%1</source>
        <translation>Antwort an @%1</translation>
    </message>
    <message>
        <location filename="../widgets/replydialog.cpp" line="163"/>
        <source>&amp;Language of the reply:</source>
        <translation>&amp;Sprache der Antwort:</translation>
    </message>
    <message>
        <location filename="../widgets/replydialog.cpp" line="164"/>
        <source>The reply, editable</source>
        <translation>Die Antwort, bearbeitbar</translation>
    </message>
    <message>
        <location filename="../widgets/replydialog.cpp" line="165"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/replydialog.cpp" line="166"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TierDesk::ReplyDraft</name>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="48"/>
        <source>MMMM d, yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="56"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/replydraft.cpp" line="147"/>
        <source>%n commission(s)</source>
        <translation>
            <numerusform>%n Provision</numerusform>
            <numerusform>%n Provisionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="151"/>
        <source>%1 at %2 (%3) since %4</source>
        <translation>%1 zu %2 (%3) seit dem %4</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="153"/>
        <source>%1 at %2 (%3) until %4</source>
        <translation>%1 zu %2 (%3) bis zum %4</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="157"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 zu %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="161"/>
        <source>Each of your commissions was paid at the rate in effect when it was paid: %1.</source>
        <translation>Jede Ihrer Provisionen wurde zu dem Satz gezahlt, der bei ihrer Zahlung galt: %1.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="164"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="195"/>
        <source>On %1 your commissions over the last 90 days reached the threshold of %2; your 90-day commissions were %3. Your account moved from %4 (%5) to %6 (%7), as it should.</source>
        <translation>Am %1 erreichten Ihre Provisionen der letzten 90 Tage die Schwelle von %2; sie betrugen %3. Ihr Konto wechselte wie vorgesehen von %4 (%5) zu %6 (%7).</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="208"/>
        <source>Because your commissions of %1 arrived at almost the same moment, our system recorded this promotion %2 in your tier history instead of once.</source>
        <translation>Weil Ihre Provisionen über %1 fast im selben Augenblick eingingen, hat unser System diese Hochstufung %2 statt einmal in Ihrem Stufenverlauf vermerkt.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="215"/>
        <source>Because two payments arrived at almost the same moment, our system recorded this promotion %1 in your tier history instead of once.</source>
        <translation>Weil zwei Zahlungen fast im selben Augenblick eingingen, hat unser System diese Hochstufung %1 statt einmal in Ihrem Stufenverlauf vermerkt.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="219"/>
        <source>No money was affected: the promotion happened once. %1</source>
        <translation>Auf Ihr Geld hatte das keinen Einfluss: Die Hochstufung fand nur einmal statt. %1</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="306"/>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="308"/>
        <source>thank you for your message about your commission tier. We have looked into your tier history.</source>
        <translation>vielen Dank für Ihre Nachricht zu Ihrer Provisionsstufe. Wir haben uns den Verlauf Ihrer Stufen angesehen.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="202"/>
        <source>On %1 your commissions over the last 90 days reached %2, and your account moved from %3 (%4) to %5 (%6), as it should.</source>
        <translation>Am %1 haben Ihre Provisionen der letzten 90 Tage %2 erreicht, und Ihr Konto ist wie vorgesehen von %3 (%4) auf %5 (%6) gestiegen.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="213"/>
        <location filename="../models/affiliates/replydraft.cpp" line="262"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="223"/>
        <source>On %1 we removed the extra entry from your tier history, so it now shows the promotion once.</source>
        <translation>Am %1 haben wir den überzähligen Eintrag aus Ihrem Stufenverlauf entfernt; der Verlauf zeigt die Hochstufung jetzt nur noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="227"/>
        <source>We will remove the extra entry from your tier history, so that it shows the promotion once; nothing else about your account changes.</source>
        <translation>Wir entfernen den überzähligen Eintrag aus Ihrem Stufenverlauf, sodass der Verlauf die Hochstufung nur noch einmal zeigt; sonst ändert sich an Ihrem Konto nichts.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="327"/>
        <source>We also noticed an inconsistency in your tier history that we are checking by hand. We will write to you again once we have, and tell you whether it affects your commissions.</source>
        <translation>Außerdem ist uns eine Unstimmigkeit in Ihrem Stufenverlauf aufgefallen, die wir von Hand prüfen. Wir melden uns danach noch einmal und sagen Ihnen, ob sie Ihre Provisionen betrifft.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="333"/>
        <source>Your tier history is in order: every change of your rate is recorded once.</source>
        <translation>Ihr Stufenverlauf ist in Ordnung: Jede Änderung Ihres Satzes ist einmal vermerkt.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="335"/>
        <source>Your current tier is %1 (%2), and your commissions over the last 90 days come to %3.</source>
        <translation>Ihre aktuelle Stufe ist %1 (%2), und Ihre Provisionen der letzten 90 Tage betragen %3.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="339"/>
        <source>If anything still looks wrong to you, just reply to this message.</source>
        <translation>Wenn Ihnen noch etwas nicht stimmig erscheint, antworten Sie einfach auf diese Nachricht.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="341"/>
        <source>Kind regards,
%1</source>
        <translation>Viele Grüße
%1</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="256"/>
        <source>On %1 two evaluations of your tier ran at the same moment and recorded different results: %2. On %3 we kept the change to %4 (%5) and removed the other from your tier history.</source>
        <translation>Am %1 wurde Ihre Stufe zweimal im selben Moment bewertet, mit unterschiedlichen Ergebnissen: %2. Am %3 haben wir die Änderung auf %4 (%5) behalten und die andere aus Ihrem Stufenverlauf entfernt.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="270"/>
        <source>On %1 we corrected your commission rate from %2 to %3, so that it matches your tier history.</source>
        <translation>Am %1 haben wir Ihren Provisionssatz von %2 auf %3 korrigiert, damit er zu Ihrem Stufenverlauf passt.</translation>
    </message>
    <message>
        <location filename="../models/affiliates/replydraft.cpp" line="279"/>
        <source>On %1 we added a change of your rate from %2 to %3 to your tier history, which had not been recorded at the time. Your rate itself did not change.</source>
        <translation>Am %1 haben wir in Ihrem Stufenverlauf eine Änderung Ihres Satzes von %2 auf %3 nachgetragen, die damals nicht erfasst worden war. Ihr Satz selbst hat sich nicht geändert.</translation>
    </message>
</context>
<context>
    <name>TierDesk::Resolve</name>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="56"/>
        <source>There is no tier event #%1.</source>
        <translation>Es gibt kein Stufenereignis #%1.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="80"/>
        <source>There is no affiliate %1.</source>
        <translation>Es gibt keinen Affiliate %1.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="129"/>
        <source>Event #%1 is not part of a conflict the audit finds now.</source>
        <translation>Ereignis #%1 gehört zu keinem Konflikt, den die Prüfung jetzt findet.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="137"/>
        <source>Choose the event that stays from this conflict&apos;s events: %1.</source>
        <translation>Wählen Sie das verbleibende Ereignis unter den Ereignissen dieses Konflikts: %1.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="151"/>
        <source>The profile&apos;s rate agrees with the end of its history: there is no drift to resolve.</source>
        <translation>Der Satz im Profil stimmt mit dem Ende seiner Stufenfolge überein: Es gibt keine Abweichung zu klären.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="156"/>
        <source>The history ends in an event without a rate, so there is nothing to align the profile with; record the missing event instead.</source>
        <translation>Die Stufenfolge endet mit einem Ereignis ohne Satz, daher gibt es nichts, woran das Profil angeglichen werden kann; tragen Sie stattdessen das fehlende Ereignis nach.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="165"/>
        <source>Event #%1 is not a chain break the audit finds now.</source>
        <translation>Ereignis #%1 ist keine Lücke, die die Prüfung jetzt findet.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="169"/>
        <source>The chain break at event #%1 is already marked as reviewed.</source>
        <translation>Die Lücke bei Ereignis #%1 ist bereits als gesichtet markiert.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="176"/>
        <location filename="../models/resolve/resolvesteps.cpp" line="288"/>
        <location filename="../models/resolve/resolvesteps.cpp" line="553"/>
        <source>Unknown kind of resolution.</source>
        <translation>Unbekannte Art der Klärung.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="182"/>
        <source>No fingerprint was given, so nothing was written; run the dry run first and pass its fingerprint.</source>
        <translation>Es wurde kein Fingerabdruck angegeben, daher wurde nichts geschrieben; führen Sie zuerst den Probelauf aus und übergeben Sie seinen Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="186"/>
        <source>&quot;%1&quot; is not a fingerprint (16 hex digits from a dry run), so nothing was written.</source>
        <translation>„%1“ ist kein Fingerabdruck (16 Hexadezimalziffern aus einem Probelauf), daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="205"/>
        <source>The connection to the database was lost while resolving, so it was rolled back and nothing was changed (%1).</source>
        <translation>Die Verbindung zur Datenbank brach während der Klärung ab; sie wurde zurückgerollt und nichts wurde geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="212"/>
        <source>Resolving was rolled back and nothing was changed (%1).</source>
        <translation>Die Klärung wurde zurückgerollt und nichts wurde geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="217"/>
        <source>The data changed while resolving (%1 of %2 rows could be changed), so nothing was changed; preview it again.</source>
        <translation>Die Daten haben sich während der Klärung geändert (%1 von %2 Zeilen ließen sich ändern), daher wurde nichts geändert; sehen Sie sich die Vorschau erneut an.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="279"/>
        <source>The tier event was not written.</source>
        <translation>Das Stufenereignis wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="354"/>
        <source>The resolution was not recorded.</source>
        <translation>Die Klärung wurde nicht festgehalten.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="376"/>
        <source>There is no resolution %1.</source>
        <translation>Es gibt keine Klärung %1.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="380"/>
        <source>Resolution %1 is of an unknown kind &quot;%2&quot;.</source>
        <translation>Klärung %1 ist von unbekannter Art „%2“.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="481"/>
        <source>Resolution %1 was already undone on %2.</source>
        <translation>Klärung %1 wurde bereits am %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="403"/>
        <source>Resolution %1 does not say which events it superseded.</source>
        <translation>Klärung %1 gibt nicht an, welche Ereignisse sie als überholt markiert hat.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="420"/>
        <source>None of the events resolution %1 superseded is still superseded by it, so there is nothing to undo.</source>
        <translation>Keines der Ereignisse, die Klärung %1 als überholt markiert hat, ist es durch sie noch; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="442"/>
        <source>The profile&apos;s rate is %1 now, not the %2 resolution %3 set, so undoing it would overwrite a later change; nothing was changed.</source>
        <translation>Der Satz im Profil ist jetzt %1, nicht die %2, die Klärung %3 gesetzt hat; ein Rückgängigmachen würde eine spätere Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvesteps.cpp" line="464"/>
        <source>The tier event #%1 that resolution %2 recorded is no longer active, so there is nothing to undo.</source>
        <translation>Das Stufenereignis #%1, das Klärung %2 nachgetragen hat, ist nicht mehr aktiv; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="57"/>
        <source>Conflict resolved</source>
        <translation>Konflikt geklärt</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="59"/>
        <source>Rate aligned with history</source>
        <translation>Satz an die Stufenfolge angeglichen</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="61"/>
        <source>Missing tier event recorded</source>
        <translation>Fehlendes Stufenereignis nachgetragen</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="63"/>
        <source>Chain break reviewed</source>
        <translation>Lücke gesichtet</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="111"/>
        <source>Name the affiliate whose drift to resolve.</source>
        <translation>Nennen Sie den Affiliate, dessen Abweichung geklärt werden soll.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvewrite.cpp" line="225"/>
        <source>Marking a chain break as reviewed needs a reason, so nothing was written.</source>
        <translation>Eine Lücke als gesichtet zu markieren braucht eine Begründung, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvewrite.cpp" line="56"/>
        <source>%1 It changed since the preview, so nothing was changed.</source>
        <translation>%1 Das hat sich seit der Vorschau geändert, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvewrite.cpp" line="59"/>
        <source>The finding changed since the preview (it is now %1, not %2), so nothing was changed; preview it again.</source>
        <translation>Der Befund hat sich seit der Vorschau geändert (jetzt %1, nicht %2), daher wurde nichts geändert; sehen Sie sich die Vorschau erneut an.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolvewrite.cpp" line="151"/>
        <source>What resolution %1 changed has changed since the preview (the undo is now %2, not %3), so nothing was changed; preview the undo again.</source>
        <translation>Was Klärung %1 geändert hat, hat sich seit der Vorschau geändert (das Rückgängigmachen ist jetzt %2, nicht %3), daher wurde nichts geändert; sehen Sie sich die Vorschau erneut an.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="170"/>
        <source>Set %1&apos;s commission rate from %2 to %3, where its tier history ends; only if it is still %2 (compare-and-set).</source>
        <translation>Den Provisionssatz von %1 von %2 auf %3 setzen, wo seine Stufenfolge endet – nur, wenn er dann noch %2 ist.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="174"/>
        <source>Record the missing tier event %2 → %3 for %1 now, so its history ends at the profile&apos;s rate. The rate itself is not touched.</source>
        <translation>Das fehlende Stufenereignis %2 → %3 für %1 jetzt nachtragen, damit die Stufenfolge beim Satz im Profil endet. Der Satz selbst bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="178"/>
        <source>Mark the chain break at event #%1 of %2 (it starts at %3; %4 was expected) as reviewed. No data changes; the audit shows it again if it changes.</source>
        <translation>Die Lücke bei Ereignis #%1 von %2 (beginnt bei %3, erwartet war %4) als gesichtet markieren. Die Daten bleiben unverändert; ändert sich die Lücke, zeigt die Prüfung sie wieder.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="216"/>
        <source>Make %1 of %2 active again (now superseded by #%3).</source>
        <translation>%1 von %2 wieder aktiv machen (jetzt überholt durch #%3).</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="220"/>
        <source>Set %1&apos;s commission rate back from %2 to %3; only if it is still %2.</source>
        <translation>Den Provisionssatz von %1 von %2 auf %3 zurücksetzen – nur, wenn er dann noch %2 ist.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="223"/>
        <source>Mark the tier event #%1 recorded for %2 as superseded.</source>
        <translation>Das für %2 nachgetragene Stufenereignis #%1 als überholt markieren.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="226"/>
        <source>Open the chain break at event #%1 of %2 again.</source>
        <translation>Die Lücke bei Ereignis #%1 von %2 wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="157"/>
        <source>Keep event #%1 (%2 → %3) of %4&apos;s conflict; mark %5 as superseded, pointing at it.</source>
        <translation>Ereignis #%1 (%2 → %3) aus dem Konflikt von %4 behalten; %5 als überholt markieren, mit Verweis darauf.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="163"/>
        <source>The profile&apos;s rate (%1) is the one this event set.</source>
        <translation>Der Satz im Profil (%1) ist der, den dieses Ereignis gesetzt hat.</translation>
    </message>
    <message>
        <location filename="../models/resolve/resolve.cpp" line="165"/>
        <source>The profile&apos;s rate stays at %1, so the audit will then report drift: align or record it next.</source>
        <translation>Der Satz im Profil bleibt bei %1; die Prüfung meldet danach eine Abweichung, die Sie anschließend angleichen oder nachtragen.</translation>
    </message>
</context>
<context>
    <name>TierDesk::ResolveDialog</name>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="225"/>
        <source>Choose, then type the handle to confirm; Enter does not write.</source>
        <translation>Erst wählen, dann zur Bestätigung das Handle eingeben; die Eingabetaste schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="234"/>
        <source>#%1 → %2</source>
        <translation>#%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="237"/>
        <source>Conflict from %1: %2 (%3)</source>
        <translation>Konflikt ab %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="243"/>
        <source>Drift: profile %1, history %2</source>
        <translation>Abweichung: Profil %1, Stufenfolge %2</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="246"/>
        <source>Chain break: #%1 starts at %2, %3 expected</source>
        <translation>Lücke: #%1 beginnt bei %2, erwartet %3</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="259"/>
        <source>Type the affiliate&apos;s handle (%1) to confirm:</source>
        <translation>Zur Bestätigung das Handle des Affiliates (%1) eingeben:</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="260"/>
        <source>its id</source>
        <translation>seine ID</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="261"/>
        <source>Handle to confirm</source>
        <translation>Handle zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="263"/>
        <source>Undo resolution %1</source>
        <translation>Klärung %1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="264"/>
        <location filename="../widgets/resolvedialog.cpp" line="306"/>
        <source>Why, in one line (optional)</source>
        <translation>Warum, in einer Zeile (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="265"/>
        <source>%1
Undo fingerprint %2: if anything changed since this preview, nothing is written.</source>
        <translation>%1
Fingerabdruck %2: Hat sich seit dieser Vorschau etwas geändert, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="268"/>
        <source>&amp;Undo resolution</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="271"/>
        <source>Resolve a finding of %1</source>
        <translation>Befund von %1 klären</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="272"/>
        <source>&amp;Finding:</source>
        <translation>B&amp;efund:</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="276"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="283"/>
        <source>Keep #%1 (%2 → %3); supersede the others</source>
        <translation>#%1 behalten (%2 → %3); die anderen als überholt markieren</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="290"/>
        <source>Align the profile&apos;s rate with its history (%1 → %2)</source>
        <translation>Satz im Profil an die Stufenfolge angleichen (%1 → %2)</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="293"/>
        <source>Record the missing tier event (%1 → %2)</source>
        <translation>Fehlendes Stufenereignis nachtragen (%1 → %2)</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="298"/>
        <source>Mark as reviewed (no data changes; needs a reason)</source>
        <translation>Als gesichtet markieren (ändert keine Daten; braucht eine Begründung)</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="305"/>
        <source>Why the break is in order, in one line (required)</source>
        <translation>Warum die Lücke in Ordnung ist, in einer Zeile (Pflicht)</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="308"/>
        <source>Nothing is open to resolve here.</source>
        <translation>Hier ist nichts offen zu klären.</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="312"/>
        <source>%1
Fingerprint %2: if the finding changed since this preview, nothing is written.</source>
        <translation>%1
Fingerabdruck %2: Hat sich der Befund seit dieser Vorschau geändert, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="316"/>
        <source>Choose what to do; the preview shows exactly what will change.</source>
        <translation>Wählen Sie, was geschehen soll; die Vorschau zeigt genau, was sich ändert.</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="318"/>
        <source>Previewing…</source>
        <translation>Vorschau wird berechnet …</translation>
    </message>
    <message>
        <location filename="../widgets/resolvedialog.cpp" line="319"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Klären</translation>
    </message>
</context>
<context>
    <name>TierDesk::ResolveFlow</name>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="32"/>
        <source>Read-only session</source>
        <translation>Schreibgeschützte Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="33"/>
        <source>Turn on write actions (Session menu) before resolving a finding.</source>
        <translation>Schalten Sie Schreibaktionen ein (Menü Sitzung), bevor Sie einen Befund klären.</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="58"/>
        <source>Resolve</source>
        <translation>Klären</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="63"/>
        <source>Nothing to resolve</source>
        <translation>Nichts zu klären</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="64"/>
        <source>The audit finds no open conflict, drift or chain break here.</source>
        <translation>Die Prüfung findet hier keinen offenen Konflikt, keine Abweichung und keine Lücke.</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="79"/>
        <location filename="../widgets/resolveflow.cpp" line="157"/>
        <location filename="../widgets/resolveflow.cpp" line="189"/>
        <source>Not resolved</source>
        <translation>Nicht geklärt</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="143"/>
        <source>Undo refused</source>
        <translation>Rückgängigmachen abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="189"/>
        <source>Changed since the preview</source>
        <translation>Seit der Vorschau geändert</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="195"/>
        <source>Undo committed</source>
        <translation>Rückgängigmachen übernommen</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="196"/>
        <source>Resolution %1 is undone (%2).</source>
        <translation>Klärung %1 ist rückgängig gemacht (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="202"/>
        <source>Resolution %1: %2.</source>
        <translation>Klärung %1: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="205"/>
        <source>Tier event #%1 recorded.</source>
        <translation>Stufenereignis #%1 nachgetragen.</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="206"/>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <location filename="../widgets/resolveflow.cpp" line="212"/>
        <source>Undo resolution %1…</source>
        <translation>Klärung %1 rückgängig machen …</translation>
    </message>
</context>
<context>
    <name>TierDesk::Schema</name>
    <message>
        <location filename="../models/schema/schema.cpp" line="33"/>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>Der Datenbank fehlt die Tabelle „%1“.</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="36"/>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>Der Tabelle „%1“ fehlt die Spalte „%2“.</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="136"/>
        <source>TierDesk&apos;s tables are missing or out of date (version %1 of %2); run &quot;tierdesk-cli migrate&quot; first.</source>
        <translation>Die TierDesk-Tabellen fehlen oder sind veraltet (Version %1 von %2); führen Sie zuerst „tierdesk-cli migrate“ aus.</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="141"/>
        <location filename="../models/schema/schema.cpp" line="295"/>
        <source>The database was migrated by a newer TierDesk (schema version %1); update TierDesk.</source>
        <translation>Die Datenbank wurde von einer neueren TierDesk-Version migriert (Schemaversion %1); aktualisieren Sie TierDesk.</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="417"/>
        <source>Only PostgreSQL partitions tables; leave out --partition for SQLite.</source>
        <translation>Nur PostgreSQL partitioniert Tabellen; lassen Sie --partition bei SQLite weg.</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="428"/>
        <source>%1 already holds affiliate tables that &quot;init&quot; did not create; use &quot;tierdesk-cli migrate&quot; to attach TierDesk to a production database.</source>
        <translation>%1 enthält bereits Affiliate-Tabellen, die nicht von „init“ stammen; binden Sie TierDesk mit „tierdesk-cli migrate“ an eine Produktionsdatenbank an.</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="112"/>
        <source>The database role &quot;%1&quot; has no %2 privilege on %3, which TierDesk needs%4; ask a database administrator to grant it (the README&apos;s &quot;Roles&quot; section lists the grants).</source>
        <translation>Die Datenbankrolle „%1“ hat kein %2-Recht auf %3, das TierDesk%4 braucht; bitten Sie eine Datenbankadministration, es zu vergeben (die Rechte stehen im Abschnitt „Roles“ der README).</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="117"/>
        <source> to read</source>
        <translation> zum Lesen</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="118"/>
        <source> to write (this command changes data)</source>
        <translation> zum Schreiben (dieser Befehl ändert Daten)</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="379"/>
        <source>The database role &quot;%1&quot; may not change %2: migrate adds TierDesk&apos;s columns, tables and indexes and must run as the owner of the production tables; nothing was changed.</source>
        <translation>Die Datenbankrolle „%1“ darf %2 nicht ändern: migrate fügt TierDesks Spalten, Tabellen und Indizes hinzu und muss als Eigentümer der Produktionstabellen laufen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/schema/schema.cpp" line="395"/>
        <source>%1 The schema says version %2, so migrate cannot tell what to add; restore it from a backup or ask a database administrator.</source>
        <translation>%1 Laut Schema ist es Version %2, daher kann migrate nicht erkennen, was fehlt; stellen Sie es aus einer Sicherung wieder her oder fragen Sie die Datenbankadministration.</translation>
    </message>
</context>
<context>
    <name>TierDesk::SqliteFiles</name>
    <message>
        <location filename="../models/db/sqlitefiles.cpp" line="174"/>
        <source>Another program removed the database&apos;s journal; nothing was written. Reopen the database.</source>
        <translation>Ein anderes Programm hat das Journal der Datenbank gelöscht; es wurde nichts geschrieben. Öffnen Sie die Datenbank neu.</translation>
    </message>
    <message>
        <location filename="../models/db/sqlitefiles.cpp" line="178"/>
        <source>TierDesk no longer holds its locks on the database (one of its files was closed behind SQLite&apos;s back), so another program may remove the journal; nothing was written. Reopen the database.</source>
        <translation>TierDesk hält keine Sperren mehr auf der Datenbank (eine ihrer Dateien wurde an SQLite vorbei geschlossen), ein anderes Programm könnte also das Journal löschen; es wurde nichts geschrieben. Öffnen Sie die Datenbank neu.</translation>
    </message>
</context>
<context>
    <name>TierDesk::Standby</name>
    <message>
        <location filename="../models/db/standby.cpp" line="20"/>
        <source>the primary itself</source>
        <translation>der Primärserver selbst</translation>
    </message>
    <message>
        <location filename="../models/db/standby.cpp" line="23"/>
        <source>behind by an unknown time</source>
        <translation>unbekannt weit zurück</translation>
    </message>
    <message>
        <location filename="../models/db/standby.cpp" line="25"/>
        <source>caught up</source>
        <translation>auf dem neuesten Stand</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/db/standby.cpp" line="29"/>
        <source>%n s behind</source>
        <translation>
            <numerusform>%n s zurück</numerusform>
            <numerusform>%n s zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/db/standby.cpp" line="31"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min zurück</numerusform>
            <numerusform>%n min zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/db/standby.cpp" line="33"/>
        <source>%n h behind</source>
        <translation>
            <numerusform>%n h zurück</numerusform>
            <numerusform>%n h zurück</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/db/standby.cpp" line="36"/>
        <source>replay paused, %1</source>
        <translation>Wiedergabe angehalten, %1</translation>
    </message>
    <message>
        <location filename="../models/db/standby.cpp" line="38"/>
        <source>not receiving from its primary, %1</source>
        <translation>empfängt nichts vom Primärserver, %1</translation>
    </message>
</context>
<context>
    <name>TierDesk::StripeExport</name>
    <message>
        <location filename="../models/tier/stripeexport.cpp" line="30"/>
        <source>Record %1 (line %2)</source>
        <translation>Datensatz %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeexport.cpp" line="173"/>
        <location filename="../models/tier/stripeexport.cpp" line="277"/>
        <source>Cannot read the event file after %1 records: %2.</source>
        <translation>Die Ereignisdatei lässt sich nach %1 Datensätzen nicht weiterlesen: %2.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeexport.cpp" line="179"/>
        <source>The file ends inside the JSON array that begins at line %1, after %2 records; nothing was written.</source>
        <translation>Die Datei endet mitten im JSON-Array, das in Zeile %1 beginnt (nach %2 Datensätzen); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeexport.cpp" line="314"/>
        <source>%1 is larger than %2 MB, which no Stripe event is; nothing was written.</source>
        <translation>%1 ist größer als %2 MB – so groß ist kein Stripe-Ereignis; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeexport.cpp" line="330"/>
        <location filename="../models/tier/stripeexport.cpp" line="364"/>
        <source>%1 is not a JSON object: an export holds Stripe events as objects, one per line, in an array or in a list&apos;s &quot;data&quot;; nothing was written.</source>
        <translation>%1 ist kein JSON-Objekt: Ein Export enthält Stripe-Ereignisse als Objekte – eines pro Zeile, in einem Array oder im „data“ einer Liste; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeexport.cpp" line="342"/>
        <source>%1 is not valid JSON (%2 at character %3); nothing was written.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Zeichen %3); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeexport.cpp" line="345"/>
        <source>%1 is not valid JSON (%2 at line %3, character %4); nothing was written.</source>
        <translation>%1 ist kein gültiges JSON (%2 in Zeile %3, Zeichen %4); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>TierDesk::StripeReplay</name>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="74"/>
        <source>%1: &quot;data.object.amount_paid&quot; must be a whole number of the currency&apos;s smallest unit between 0 and 100000000000; nothing was written.</source>
        <translation>%1: „data.object.amount_paid“ muss eine ganze Zahl der kleinsten Einheit der Währung zwischen 0 und 100000000000 sein; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="83"/>
        <source>%1: affiliate_id &quot;%2&quot; is not a UUID; nothing was written.</source>
        <translation>%1: affiliate_id „%2“ ist keine UUID; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="88"/>
        <source>%1: &quot;data.object.currency&quot; is not a three-letter currency code; nothing was written.</source>
        <translation>%1: „data.object.currency“ ist kein dreibuchstabiger Währungscode; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="107"/>
        <source>%1 has no event &quot;id&quot; string; nothing was written.</source>
        <translation>%1 fehlt die Ereignis-„id“ als Zeichenkette; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="111"/>
        <source>%1: the event id &quot;%2&quot; holds control characters; nothing was written.</source>
        <translation>%1: Die Event-ID „%2“ enthält Steuerzeichen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="116"/>
        <source>%1 has no event &quot;type&quot; string; nothing was written.</source>
        <translation>%1 fehlt der Ereignis-„type“ als Zeichenkette; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="120"/>
        <source>%1: &quot;created&quot; must be Unix seconds as a whole number; nothing was written.</source>
        <translation>%1: „created“ muss eine ganze Zahl von Unix-Sekunden sein; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="126"/>
        <source>%1: &quot;created&quot; is %2, outside the plausible range (2011-01-01 to a day from now); nothing was written.</source>
        <translation>%1: „created“ ist %2 und liegt außerhalb des plausiblen Bereichs (2011-01-01 bis einen Tag ab jetzt); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="139"/>
        <source>Cannot read the event file %1: %2.</source>
        <translation>Die Ereignisdatei %1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripeevents.cpp" line="184"/>
        <source>The event file holds no events.</source>
        <translation>Die Ereignisdatei enthält keine Ereignisse.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="62"/>
        <source>%1 names no affiliate (no affiliate_id in data.object.metadata, subscription_details.metadata or parent.subscription_details.metadata); nothing was written.</source>
        <translation>%1 nennt keinen Affiliate (keine affiliate_id in data.object.metadata, subscription_details.metadata oder parent.subscription_details.metadata); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="73"/>
        <source>%1 is an invoice in %2 (%3), but this database books %4; nothing was written. Pass --skip-other-currencies to leave such invoices out; nothing is converted.</source>
        <translation>%1 ist eine Rechnung in %2 (%3), diese Datenbank bucht aber %4; es wurde nichts geschrieben. Mit --skip-other-currencies werden solche Rechnungen ausgelassen; umgerechnet wird nie.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="134"/>
        <source>%1: no affiliate has the id %2; nothing was written.</source>
        <translation>%1: Es gibt keinen Affiliate mit der ID %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="174"/>
        <source>The replay stopped at record %1, line %2 (%3). %4 new commissions of the file&apos;s %5 events were committed before that; running the same replay again is safe, it skips the events already stored.</source>
        <translation>Das Abspielen brach bei Datensatz %1, Zeile %2 ab (%3). Bis dahin wurden %4 neue Provisionen aus den %5 Ereignissen der Datei gespeichert; dasselbe Abspielen erneut zu starten ist sicher, bereits gespeicherte Ereignisse werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="209"/>
        <source>the affiliate %1 disappeared during the replay</source>
        <translation>der Affiliate %1 ist während des Abspielens verschwunden</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="320"/>
        <source>Concurrency must be between 1 and 64.</source>
        <translation>Die Parallelität muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="108"/>
        <source>--unguarded replays the pre-fix evaluator and is refused on %1: it is not a sandbox made by &quot;tierdesk-cli init&quot;.</source>
        <translation>--unguarded spielt den Bewerter ohne Kollisionsschutz ab und ist auf %1 nicht erlaubt: Die Datenbank ist keine mit „tierdesk-cli init“ angelegte Sandbox.</translation>
    </message>
    <message>
        <location filename="../models/tier/stripereplay.cpp" line="178"/>
        <source>The replay stopped (%1). %2 new commissions of the file&apos;s %3 events were committed before that; running the same replay again is safe, it skips the events already stored.</source>
        <translation>Das Abspielen brach ab (%1). Bis dahin wurden %2 neue Provisionen aus den %3 Ereignissen der Datei gespeichert; dasselbe Abspielen erneut zu starten ist sicher, bereits gespeicherte Ereignisse werden übersprungen.</translation>
    </message>
</context>
<context>
    <name>TierDesk::TableExport</name>
    <message>
        <location filename="../widgets/tableexport.cpp" line="128"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/tableexport.cpp" line="129"/>
        <source>Export as CSV with neutral numbers…</source>
        <translation>Als CSV mit neutralen Zahlen exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/tableexport.cpp" line="130"/>
        <source>Times in ISO 8601 UTC, money as 1516.50: for a spreadsheet in any language</source>
        <translation>Zeiten als ISO 8601 in UTC, Beträge als 1516.50: für eine Tabellenkalkulation in jeder Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/tableexport.cpp" line="140"/>
        <location filename="../widgets/tableexport.cpp" line="148"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/tableexport.cpp" line="140"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/tableexport.cpp" line="154"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../widgets/tableexport.cpp" line="90"/>
        <source>Cannot write %1; nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>TierDesk::TableWriter</name>
    <message>
        <location filename="../models/db/tablewriter.cpp" line="114"/>
        <source>COPY failed: %1</source>
        <translation>COPY fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/db/tablewriter.cpp" line="137"/>
        <source>The PostgreSQL driver gave no libpq handle for COPY.</source>
        <translation>Der PostgreSQL-Treiber lieferte kein libpq-Handle für COPY.</translation>
    </message>
</context>
<context>
    <name>TierDesk::TierChart</name>
    <message>
        <location filename="../widgets/tierchart.cpp" line="82"/>
        <source>Tier timeline</source>
        <translation>Stufenverlauf</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="85"/>
        <source>Select an affiliate to see its tier timeline.</source>
        <translation>Wählen Sie einen Affiliate, um seinen Stufenverlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="173"/>
        <source>yyyy-MM</source>
        <extracomment>Date format of the chart&apos;s time axis</extracomment>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="104"/>
        <location filename="../widgets/tierchart.cpp" line="184"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="110"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="113"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="156"/>
        <source>%1 %2</source>
        <extracomment>A tier threshold line in the chart&apos;s legend: tier name and amount</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="216"/>
        <source>Rate %1 at first.</source>
        <translation>Anfangs Satz %1.</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="221"/>
        <source>%1: %2 again, a race duplicate.</source>
        <translation>%1: erneut %2, ein Doppeleintrag aus der Kollision.</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="221"/>
        <source>%1: rate %2.</source>
        <translation>%1: Satz %2.</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="226"/>
        <source>Rate %1 throughout.</source>
        <translation>Durchgehend Satz %1.</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="230"/>
        <source>90-day commissions %1 now, at most %2 on %3.</source>
        <translation>Provisionen der letzten 90 Tage jetzt %1, höchstens %2 am %3.</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="237"/>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="240"/>
        <source>Thresholds: %1.</source>
        <translation>Schwellen: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/tierchart.cpp" line="135"/>
        <location filename="../widgets/tierchart.cpp" line="188"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
</context>
<context>
    <name>TierDesk::TierEvaluator</name>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="115"/>
        <source>The connection to the database was lost during the re-evaluation, so it was rolled back and nothing was changed (%1).</source>
        <translation>Die Verbindung zur Datenbank ist während der Neubewertung abgebrochen; sie wurde zurückgerollt, es wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="122"/>
        <source>The re-evaluation was rolled back and nothing was changed (%1).</source>
        <translation>Die Neubewertung wurde zurückgerollt, es wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="160"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="162"/>
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="164"/>
        <source>Demoted</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="166"/>
        <source>Race lost</source>
        <translation>Kollision verloren</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="168"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="77"/>
        <source>The rate update changed %1 rows for one affiliate; nothing was written.</source>
        <translation>Die Satzänderung hat %1 Zeilen für einen Affiliate getroffen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="93"/>
        <source>The tier event was not written.</source>
        <translation>Das Stufenereignis wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/tier/tierevaluator.cpp" line="17"/>
        <source>The affiliate changed since the preview: the rate is now %1 and its 90-day commissions call for %2. Nothing was written; re-evaluate again.</source>
        <translation>Der Affiliate hat sich seit der Vorschau geändert: Der Satz ist jetzt %1, die Provisionen der letzten 90 Tage verlangen %2. Es wurde nichts geschrieben; bitte erneut bewerten.</translation>
    </message>
</context>
<context>
    <name>TierDesk::TierEventModel</name>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="86"/>
        <source>Duplicate cluster %1: keep #%2, supersede %3 (%4 → %5, %6 ms apart)</source>
        <extracomment>%1 cluster number, %2 kept event id, %3 redundant ids, %4 and %5 rates, %6 milliseconds</extracomment>
        <translation>Duplikat-Cluster %1: #%2 bleibt, %3 wird als überholt markiert (%4 → %5, %6 ms Abstand)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="92"/>
        <source>#%1 → %2</source>
        <translation>#%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="93"/>
        <source>Conflict %1: evaluations %2 chose different tiers from %3 within %4 ms; last writer won</source>
        <translation>Konflikt %1: Die Bewertungen %2 wählten ab %3 innerhalb von %4 ms verschiedene Stufen; der letzte Schreiber hat gewonnen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="104"/>
        <source>Superseded by #%1 (batch %2)</source>
        <translation>Überholt durch #%1 (Batch %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="106"/>
        <source>Superseded by #%1</source>
        <translation>Überholt durch #%1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="110"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="112"/>
        <source>Race duplicate of #%1</source>
        <translation>Doppeleintrag von #%1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="117"/>
        <source>Chain break: expected from %1</source>
        <translation>Lücke: erwartet ab %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="119"/>
        <source>Drift: the profile says %1</source>
        <translation>Abweichung: Profil sagt %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="138"/>
        <source>(with %1)</source>
        <extracomment>The other payments of the minute before a promotion</extracomment>
        <translation>(mit %1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="155"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="158"/>
        <source>superseded</source>
        <translation>überholt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="158"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="200"/>
        <source>Superseded at %1; kept event #%2</source>
        <translation>Als überholt markiert am %1; verbleibendes Ereignis #%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="231"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="235"/>
        <source>Rate change</source>
        <translation>Satzänderung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="237"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="239"/>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="114"/>
        <source>Kept (duplicate cluster %1)</source>
        <translation>Bleibt (Duplikat-Cluster %1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="233"/>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="128"/>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="133"/>
        <source>%1 · %2</source>
        <extracomment>The commission that took the sum over a threshold: Stripe event id · amount</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="188"/>
        <source>The commission of %1 at %2 (Stripe event %3) took the 90-day commissions to %4, over the threshold of %5 for %6.</source>
        <translation>Die Provision über %1 am %2 (Stripe-Event %3) hob die Provisionen der letzten 90 Tage auf %4, über die Schwelle von %5 für %6.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/tiereventmodel.cpp" line="241"/>
        <source>Crossed by</source>
        <translation>Überschritten durch</translation>
    </message>
</context>
<context>
    <name>TierDesk::TierPolicy</name>
    <message>
        <location filename="../models/policy/tierpolicy.cpp" line="85"/>
        <source>The tier_policy table is empty; TierDesk cannot tell which rate a sum earns.</source>
        <translation>Die Tabelle tier_policy ist leer; TierDesk kann keinem Umsatz eine Provisionsstufe zuordnen.</translation>
    </message>
    <message>
        <location filename="../models/policy/tierpolicy.cpp" line="65"/>
        <source>tier_policy has a rate of &quot;%1&quot;; rates are whole percentages from 1 to 100. Fix the policy first; nothing was written.</source>
        <translation>tier_policy enthält den Satz „%1“; Sätze sind ganze Prozentwerte von 1 bis 100. Korrigieren Sie zuerst die Richtlinie; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/policy/tierpolicy.cpp" line="72"/>
        <source>tier_policy gives the %1% tier the threshold &quot;%2&quot;, which is not an amount of zero or more dollars. Fix the policy first; nothing was written.</source>
        <translation>tier_policy gibt der Stufe %1 % die Schwelle „%2“, die kein Betrag von null oder mehr Dollar ist. Korrigieren Sie zuerst die Richtlinie; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/policy/tierpolicy.cpp" line="95"/>
        <source>tier_policy is not ordered: the %1% tier needs %2 and the %3% tier %4; each higher rate must need a higher sum. Fix the policy first; nothing was written.</source>
        <translation>tier_policy ist nicht geordnet: Die Stufe %1 % braucht %2, die Stufe %3 % aber %4; jeder höhere Satz muss eine höhere Summe verlangen. Korrigieren Sie zuerst die Richtlinie; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/policy/tierpolicy.cpp" line="129"/>
        <source>tierdesk_meta names the currency &quot;%1&quot;, which is not a three-letter code; fix it first; nothing was written.</source>
        <translation>tierdesk_meta nennt die Währung „%1“, die kein dreibuchstabiger Code ist; bitte zuerst korrigieren; es wurde nichts geschrieben.tierdesk_meta nennt die Währung „%1“, die kein dreibuchstabiger Code ist; bitte zuerst korrigieren; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>TierDesk::Timeline</name>
    <message>
        <location filename="../models/report/timeline.cpp" line="80"/>
        <source>yyyy-MM</source>
        <comment>Date format of the report chart&apos;s time axis</comment>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <location filename="../models/report/timeline.cpp" line="157"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../models/report/timeline.cpp" line="158"/>
        <source>90-day commissions</source>
        <translation>Provisionen (90 Tage)</translation>
    </message>
    <message>
        <location filename="../models/report/timeline.cpp" line="159"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
</context>
<context>
    <name>TierDesk::WriteDialog</name>
    <message>
        <location filename="../widgets/writedialog.cpp" line="150"/>
        <source>Another agent</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="153"/>
        <source>%1 changed these rows at %2 — cancel and preview again; confirming this preview would be refused.</source>
        <translation>%1 hat diese Zeilen um %2 geändert – bitte abbrechen und die Vorschau neu erstellen; diese Vorschau würde beim Bestätigen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="156"/>
        <source>%1 changed these rows — cancel and preview again; confirming this preview would be refused.</source>
        <translation>%1 hat diese Zeilen geändert – bitte abbrechen und die Vorschau neu erstellen; diese Vorschau würde beim Bestätigen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="234"/>
        <source>The ticket is the one of your last change to this affiliate; check that it is this case&apos;s.</source>
        <translation>Das Ticket ist das Ihrer letzten Änderung an diesem Affiliate – prüfen Sie, ob es zu diesem Fall gehört.</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="253"/>
        <source>Close without writing and discard the ticket, reason and confirmation you typed?</source>
        <translation>Ohne zu schreiben schließen und eingegebenes Ticket, Begründung und Bestätigung verwerfen?</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="294"/>
        <source>Enter does not write. To go ahead, press “%1”.</source>
        <translation>Die Eingabetaste schreibt nichts. Um fortzufahren, wählen Sie „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="317"/>
        <source>&lt;b&gt;Target: %1&lt;/b&gt; — &lt;span style=&quot;color:#d32f2f&quot;&gt;&lt;b&gt;production database&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;Ziel: %1&lt;/b&gt; — &lt;span style=&quot;color:#d32f2f&quot;&gt;&lt;b&gt;Produktionsdatenbank&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="320"/>
        <source>&lt;b&gt;Target: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ziel: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="321"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="322"/>
        <source>e.g. SUP-4821 or the ticket&apos;s address (optional)</source>
        <translation>z. B. SUP-4821 oder die Adresse des Tickets (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="323"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="324"/>
        <source>Why, in one line (optional)</source>
        <translation>Warum, in einer Zeile (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="325"/>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="327"/>
        <source>%1 (your login)</source>
        <extracomment>%1 is the login&apos;s name, used when no name is typed</extracomment>
        <translation>%1 (Ihre Anmeldung)</translation>
    </message>
    <message>
        <location filename="../widgets/writedialog.cpp" line="328"/>
        <source>Recorded with this write in the audit log and the Activity view, beside the database user, and used to sign replies; TierDesk remembers it.</source>
        <translation>Wird mit dieser Änderung im Prüfprotokoll und in der Aktivität festgehalten, neben dem Benutzer der Datenbank, und unterschreibt Antworten; TierDesk merkt ihn sich.</translation>
    </message>
</context>
<context>
    <name>tierdesk</name>
    <message>
        <location filename="../app/tierdesk.cpp" line="42"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="105"/>
        <source>Affiliate tier admin dashboard.</source>
        <translation>Verwaltungsoberfläche für Affiliate-Provisionsstufen.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="62"/>
        <source>Database: sqlite:PATH, PATH.db or postgresql:// URI.</source>
        <translation>Datenbank: sqlite:PFAD, PFAD.db oder postgresql://-URI.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="70"/>
        <source>Language: de or en.</source>
        <translation>Sprache: de oder en.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="73"/>
        <source>Render the window to a PNG and exit.</source>
        <translation>Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="75"/>
        <source>Window size, WxH.</source>
        <translation>Fenstergröße, BxH.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="81"/>
        <source>Start in this view: affiliates, audit, beacons, activity or approvals.</source>
        <translation>In dieser Ansicht starten: affiliates, audit, beacons, activity oder approvals.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="85"/>
        <source>Show this tab of the affiliate: events, commissions, batches or activity.</source>
        <translation>Diesen Reiter des Affiliates zeigen: events, commissions, batches oder activity.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="207"/>
        <source>--lang takes de or en, not &quot;%1&quot;.</source>
        <translation>--lang erwartet de oder en, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="212"/>
        <source>--view takes affiliates, audit, beacons, activity or approvals, not &quot;%1&quot;.</source>
        <translation>--view erwartet affiliates, audit, beacons, activity oder approvals, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="221"/>
        <source>--tab takes events, commissions, batches or activity, not &quot;%1&quot;.</source>
        <translation>--tab erwartet events, commissions, batches oder activity, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="322"/>
        <source>--read-db needs --db: the PostgreSQL database it is a standby of.</source>
        <translation>--read-db braucht --db: die PostgreSQL-Datenbank, deren Standby er ist.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="337"/>
        <location filename="../app/tierdesk.cpp" line="355"/>
        <source>Cannot open the database</source>
        <translation>Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="138"/>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 lässt sich nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="78"/>
        <source>Open this affiliate (handle, id or evt_ id).</source>
        <translation>Diesen Affiliate öffnen (Handle, ID oder evt_-ID).</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="119"/>
        <source>No affiliate matches &quot;%1&quot;.</source>
        <translation>Kein Affiliate passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="89"/>
        <source>Write the case report of --affiliate as a PDF and exit.</source>
        <translation>Den Fallbericht von --affiliate als PDF schreiben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="66"/>
        <source>A hot standby of --db to read from (postgresql:// URI or ?service=NAME); writes stay on --db.</source>
        <translation>Ein Hot Standby von --db, von dem gelesen wird (postgresql://-URI oder ?service=NAME); Schreibvorgänge bleiben auf --db.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="93"/>
        <source>Use a dark palette (Fusion style).</source>
        <translation>Eine dunkle Farbpalette verwenden (Fusion-Stil).</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="95"/>
        <source>Measure the window on this database (first list, scrolling, UI stalls during audit, backfill and undo), print it and exit. Writes and undoes a backfill: sandboxes only.</source>
        <translation>Das Fenster auf dieser Datenbank vermessen (erste Liste, Scrollen, Hänger der Oberfläche während Prüfung, Bereinigung und Rückgängigmachen), ausgeben und beenden. Schreibt eine Bereinigung und macht sie rückgängig: nur für Sandboxes.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="201"/>
        <source>--case-report needs --affiliate.</source>
        <translation>--case-report braucht --affiliate.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="256"/>
        <source>--measure writes and undoes a backfill; it runs only on a sandbox database.</source>
        <translation>--measure schreibt eine Bereinigung und macht sie rückgängig; es läuft nur auf einer Sandbox-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk.cpp" line="231"/>
        <source>--size takes WIDTHxHEIGHT from 320x240 to 7680x4320, not &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE von 320x240 bis 7680x4320, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>tierdesk-cli</name>
    <message>
        <location filename="../app/cli/approvals.cpp" line="22"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="34"/>
        <source>Fingerprint %1; expires %2.</source>
        <translation>Fingerabdruck %1; läuft ab am %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="38"/>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="45"/>
        <source>(batch %1)</source>
        <translation>(Batch %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="56"/>
        <source>Name one request by its number (tierdesk-cli approvals list shows them).</source>
        <translation>Nennen Sie eine Anfrage mit ihrer Nummer (tierdesk-cli approvals list zeigt sie).</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="72"/>
        <source>Request %1 recorded: %2 (fingerprint %3). Another agent reviews it with tierdesk-cli approvals show %1 and approves it with tierdesk-cli approvals approve %1 --fingerprint %3 --reason R; it expires %4.</source>
        <translation>Anfrage %1 gespeichert: %2 (Fingerabdruck %3). Eine zweite Person prüft sie mit tierdesk-cli approvals show %1 und gibt sie mit tierdesk-cli approvals approve %1 --fingerprint %3 --reason R frei; sie läuft ab am %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="89"/>
        <source>Usage: tierdesk-cli approvals list|show|approve|reject|withdraw [ID] --db URL [options]</source>
        <translation>Aufruf: tierdesk-cli approvals list|show|approve|reject|withdraw [ID] --db URL [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="99"/>
        <source>The request&apos;s number.</source>
        <translation>Die Nummer der Anfrage.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="102"/>
        <source>With list: every request, not only those waiting for approval.</source>
        <translation>Mit list: alle Anfragen, nicht nur die, die auf Freigabe warten.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="105"/>
        <source>With approve, required: the request&apos;s fingerprint, as approvals show prints it.</source>
        <translation>Mit approve erforderlich: der Fingerabdruck der Anfrage, wie approvals show ihn ausgibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="111"/>
        <source>Four eyes: a cleanup or undo larger than the policy allows one agent waits here until a second agent approves it (the write then runs in their session, re-checked under the lock), rejects it, or its author withdraws it.</source>
        <translation>Vier-Augen-Prinzip: Eine Bereinigung oder Rücknahme, die größer ist, als die Regel einer Person allein erlaubt, wartet hier, bis eine zweite Person sie freigibt (die Änderung läuft dann in deren Sitzung und wird unter der Sperre erneut geprüft) oder ablehnt oder bis die anfragende Person sie zurückzieht.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="134"/>
        <location filename="../app/cli/options.cpp" line="71"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="146"/>
        <source>approve needs --fingerprint F from tierdesk-cli approvals show, so that only the plan you reviewed is written.</source>
        <translation>approve braucht --fingerprint F aus tierdesk-cli approvals show, damit nur der Plan geschrieben wird, den Sie geprüft haben.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="170"/>
        <source>No approval requests.</source>
        <translation>Keine Freigabeanfragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="171"/>
        <source>No request is waiting for approval.</source>
        <translation>Keine Anfrage wartet auf Freigabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="195"/>
        <source>The plan as it stands now (the same as requested):</source>
        <translation>Der Plan, wie er jetzt aussieht (derselbe wie angefragt):</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="197"/>
        <source>The plan has changed since the request (now %1): approving it will be refused and mark it stale.</source>
        <translation>Der Plan hat sich seit der Anfrage geändert (jetzt %1): Eine Freigabe wird abgelehnt und markiert die Anfrage als veraltet.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="204"/>
        <source>To approve exactly this plan: tierdesk-cli approvals approve %1 --fingerprint %2 --reason R</source>
        <translation>Um genau diesen Plan freizugeben: tierdesk-cli approvals approve %1 --fingerprint %2 --reason R</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="216"/>
        <source>Request %1 approved: batch %2 changed %3 rows at %4 affiliates.</source>
        <translation>Anfrage %1 freigegeben: Batch %2 hat %3 Zeilen bei %4 Affiliates geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="238"/>
        <source>A cleanup or undo changing more rows needs a second agent (a number, or &quot;none&quot;).</source>
        <translation>Eine Bereinigung oder Rücknahme, die mehr Zeilen ändert, braucht eine zweite Person (eine Zahl oder „none“).</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="242"/>
        <source>... or touching more affiliates (a number, or &quot;none&quot;).</source>
        <translation>… oder mehr Affiliates betrifft (eine Zahl oder „none“).</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="246"/>
        <source>Who counts as the same agent: &quot;login&quot; (the database login, PostgreSQL) or &quot;name&quot; (the operator name, when agents share a login).</source>
        <translation>Woran Personen unterschieden werden: „login“ (die Datenbankanmeldung, PostgreSQL) oder „name“ (der Bearbeitername, wenn sich Personen eine Anmeldung teilen).</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="251"/>
        <source>Requests expire after this many hours (1 to 720).</source>
        <translation>Anfragen verfallen nach so vielen Stunden (1 bis 720).</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="255"/>
        <source>Turn four eyes off.</source>
        <translation>Das Vier-Augen-Prinzip ausschalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="260"/>
        <source>Show the four-eyes policy, or set it (on PostgreSQL only the owner of tierdesk_approval_policy may).</source>
        <translation>Die Vier-Augen-Regel anzeigen oder setzen (unter PostgreSQL darf das nur der Eigentümer von tierdesk_approval_policy).</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="278"/>
        <source>--%1 takes a number from 0 up, or &quot;none&quot;; nothing was changed.</source>
        <translation>--%1 erwartet eine Zahl ab 0 oder „none“; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="287"/>
        <source>--identity is &quot;login&quot; or &quot;name&quot;; nothing was changed.</source>
        <translation>--identity ist „login“ oder „name“; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="83"/>
        <source>The database: sqlite:PATH, PATH.db or a postgresql:// URI.</source>
        <translation>Die Datenbank: sqlite:PFAD, PFAD.db oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="64"/>
        <source>Fill the new database with the demo data.</source>
        <translation>Die neue Datenbank mit Demodaten füllen.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="66"/>
        <source>Seed for the demo data (default 621).</source>
        <translation>Startwert für die Demodaten (Standard 621).</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="69"/>
        <location filename="../app/cli/options.cpp" line="153"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="71"/>
        <source>Demo size: small (the incident&apos;s story, default), large (100,000 affiliates, 5 million commissions, 1 million tier events) or xl (ten times large).</source>
        <translation>Größe der Demodaten: small (die Geschichte des Vorfalls, Standard), large (100.000 Affiliates, 5 Millionen Provisionen, 1 Million Stufenereignisse) oder xl (zehnmal large).</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="76"/>
        <source>With --scale large or xl: how many affiliates (default 100000 or 1000000).</source>
        <translation>Mit --scale large oder xl: wie viele Affiliates (Standard 100000 bzw. 1000000).</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="86"/>
        <source>PostgreSQL: partition tier_events and affiliate_commissions as large production databases do, by hash of affiliate_id (hash) or by year of created_at (range).</source>
        <translation>PostgreSQL: tier_events und affiliate_commissions partitionieren wie in großen Produktivdatenbanken, nach Hash von affiliate_id (hash) oder nach Jahr von created_at (range).</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="92"/>
        <source>Create the production tables and TierDesk&apos;s additions in a new sandbox database, optionally with demo data.</source>
        <translation>Legt die Produktionstabellen und die TierDesk-Erweiterungen in einer neuen Sandbox-Datenbank an, auf Wunsch mit Demodaten.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="99"/>
        <source>--seed &quot;%1&quot; is not a non-negative number.</source>
        <translation>--seed „%1“ ist keine nicht-negative Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="45"/>
        <source>Demo data: %1 affiliates, %2 commissions, %3 tier events (%4 affiliates with race duplicates, %5 redundant rows), %6 race-lost beacons.</source>
        <translation>Demodaten: %1 Affiliates, %2 Provisionen, %3 Stufenereignisse (%4 Affiliates mit Doppeleinträgen, %5 überzählige Zeilen), %6 Kollisionsmeldungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="106"/>
        <source>--scale takes small, large or xl, not &quot;%1&quot;.</source>
        <translation>--scale erwartet small, large oder xl, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="124"/>
        <source>--partition takes hash or range.</source>
        <translation>--partition erwartet hash oder range.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="129"/>
        <source>--partition is for PostgreSQL; a SQLite database has no partitions.</source>
        <translation>--partition gilt für PostgreSQL; eine SQLite-Datenbank hat keine Partitionen.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="151"/>
        <source>Initialised %1 (schema version %2).</source>
        <translation>%1 eingerichtet (Schemaversion %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/migrate.cpp" line="16"/>
        <source>Add TierDesk&apos;s columns, tables and indexes to an existing production database. Additive and idempotent.</source>
        <translation>Ergänzt eine bestehende Produktionsdatenbank um die Spalten, Tabellen und Indizes von TierDesk. Nur additiv, beliebig wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/migrate.cpp" line="27"/>
        <source>%1 is already at schema version %2; nothing to do.</source>
        <translation>%1 hat bereits Schemaversion %2; nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../app/cli/migrate.cpp" line="33"/>
        <source>Migrated %1 to schema version %2.</source>
        <translation>%1 auf Schemaversion %2 migriert.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="29"/>
        <source>create a sandbox database (with --demo: demo data)</source>
        <translation>Sandbox-Datenbank anlegen (mit --demo: mit Demodaten)</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="32"/>
        <source>add TierDesk&apos;s tables to a production database</source>
        <translation>TierDesk-Tabellen zu einer Produktionsdatenbank hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="65"/>
        <source>an affiliate&apos;s case report as PDF or HTML, as the window writes it</source>
        <translation>Fallbericht eines Affiliates als PDF oder HTML, wie ihn das Fenster schreibt</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="69"/>
        <source>four eyes: list, show, approve, reject or withdraw approval requests</source>
        <translation>Vier-Augen-Prinzip: Freigabeanfragen auflisten, zeigen, freigeben, ablehnen oder zurückziehen</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="73"/>
        <source>show or set the four-eyes policy (its owner, on PostgreSQL)</source>
        <translation>die Vier-Augen-Regel anzeigen oder setzen (unter PostgreSQL ihr Eigentümer)</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="82"/>
        <source>Usage: tierdesk-cli COMMAND --db URL [options]</source>
        <translation>Aufruf: tierdesk-cli BEFEHL --db URL [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="85"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="171"/>
        <source>Unknown command &quot;%1&quot;; run tierdesk-cli --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe tierdesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="20"/>
        <source>Give either --pdf FILE or --html FILE.</source>
        <translation>Geben Sie entweder --pdf DATEI oder --html DATEI an.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="24"/>
        <source>The report&apos;s file name is empty.</source>
        <translation>Der Dateiname des Berichts ist leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="31"/>
        <source>%1 is the database itself or one of its journal files; nothing was written.</source>
        <translation>%1 ist die Datenbank selbst oder eine ihrer Journaldateien; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="44"/>
        <location filename="../app/cli/evaluate.cpp" line="22"/>
        <location filename="../app/cli/reply.cpp" line="16"/>
        <source>The affiliate: id, handle or a Stripe event id.</source>
        <translation>Der Affiliate: ID, Handle oder eine Stripe-Event-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="46"/>
        <source>Write the report as a PDF (A4).</source>
        <translation>Den Bericht als PDF (A4) schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="49"/>
        <source>Write the report as one HTML file (the chart inside it).</source>
        <translation>Den Bericht als eine HTML-Datei schreiben (mit eingebettetem Diagramm).</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="53"/>
        <source>Name the database in the report (left out by default: reports leave the building).</source>
        <translation>Die Datenbank im Bericht nennen (standardmäßig weggelassen: Berichte verlassen das Haus).</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="57"/>
        <source>Write the affiliate&apos;s case report for a ticket, as the window does, in the language of --lang. Reads only.</source>
        <translation>Den Fallbericht eines Affiliates für ein Ticket schreiben, wie das Fenster, in der Sprache von --lang. Liest nur.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="63"/>
        <source>case-report needs --affiliate.</source>
        <translation>case-report braucht --affiliate.</translation>
    </message>
    <message>
        <location filename="../app/cli/casereport.cpp" line="80"/>
        <source>Case report written to %1.</source>
        <translation>Fallbericht gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluate.cpp" line="26"/>
        <source>Evaluate as of this ISO-8601 time (default: now).</source>
        <translation>Zu diesem ISO-8601-Zeitpunkt bewerten (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="103"/>
        <source>Name for the audit log (default: your user name).</source>
        <translation>Name für das Audit-Protokoll (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluate.cpp" line="33"/>
        <source>Re-evaluate one affiliate&apos;s tier with the race-guarded evaluator.</source>
        <translation>Bewertet die Stufe eines Affiliates mit dem race-geschützten Bewerter neu.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluate.cpp" line="38"/>
        <source>Missing --affiliate.</source>
        <translation>--affiliate fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluate.cpp" line="66"/>
        <source>@%1: %2 (rate %3%, target %4%, 90-day commissions %5).</source>
        <translation>@%1: %2 (Satz %3 %, Ziel %4 %, Provisionen der letzten 90 Tage %5).</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="71"/>
        <source>Worker threads, each with its own connection.</source>
        <translation>Worker-Threads, jeder mit eigener Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="75"/>
        <source>Use the pre-fix read-then-write evaluator (sandbox databases only).</source>
        <translation>Den alten Bewerter ohne Kollisionsschutz verwenden (nur in Sandbox-Datenbanken).</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="78"/>
        <source>Leave out and count invoices in another currency than the database&apos;s, instead of refusing the file (nothing is ever converted).</source>
        <translation>Rechnungen in einer anderen Währung als der der Datenbank auslassen und zählen, statt die Datei abzulehnen (umgerechnet wird nie).</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="82"/>
        <source>Book test-mode events (livemode false) into a database that is not a sandbox too.</source>
        <translation>Testmodus-Ereignisse (livemode false) auch in eine Datenbank buchen, die keine Sandbox ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="85"/>
        <source>Refuse the file when an invoice names no affiliate, instead of leaving it out.</source>
        <translation>Die Datei ablehnen, wenn eine Rechnung keinen Affiliate nennt, statt die Rechnung auszulassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="99"/>
        <source>Missing --events FILE.</source>
        <translation>--events DATEI fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="103"/>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="110"/>
        <source>--events names the database itself or one of its journal files; nothing was read.</source>
        <translation>--events nennt die Datenbank selbst oder eine ihrer Journaldateien; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="19"/>
        <source>%1 events (%2 invoice.paid, %3 other types skipped): %4 commissions inserted, %5 skipped as already seen; %6 promotions, %7 demotions, %8 race-lost; %9 events/s.</source>
        <translation>%1 Ereignisse (%2 invoice.paid, %3 andere Typen übersprungen): %4 Provisionen eingetragen, %5 als bereits bekannt übersprungen; %6 Hochstufungen, %7 Herabstufungen, %8 Kollisionen; %9 Ereignisse/s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="30"/>
        <source>%n invoice(s) in another currency left out.</source>
        <translation>
            <numerusform>%n Rechnung in einer anderen Währung ausgelassen.</numerusform>
            <numerusform>%n Rechnungen in einer anderen Währung ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="35"/>
        <source>%n test-mode invoice(s) left out (--test-mode books them).</source>
        <translation>
            <numerusform>%n Testmodus-Rechnung ausgelassen (--test-mode bucht sie).</numerusform>
            <numerusform>%n Testmodus-Rechnungen ausgelassen (--test-mode bucht sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="40"/>
        <source>%n invoice(s) naming no affiliate left out.</source>
        <translation>
            <numerusform>%n Rechnung ohne Affiliate ausgelassen.</numerusform>
            <numerusform>%n Rechnungen ohne Affiliate ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="45"/>
        <source>%n invoice(s) older than the affiliate&apos;s latest tier change or commission booked at the rate of their time, the tier not re-evaluated for them.</source>
        <translation>
            <numerusform>%n Rechnung, älter als die letzte Stufenänderung oder Provision des Affiliates, wurde zum damals gültigen Satz gebucht; die Stufe wurde dafür nicht neu bewertet.</numerusform>
            <numerusform>%n Rechnungen, älter als die letzte Stufenänderung oder Provision ihres Affiliates, wurden zum damals gültigen Satz gebucht; die Stufe wurde dafür nicht neu bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="52"/>
        <source>%n invoice.payment_succeeded event(s) had no invoice.paid beside them and were not booked.</source>
        <translation>
            <numerusform>%n invoice.payment_succeeded-Ereignis hatte kein invoice.paid daneben und wurde nicht gebucht.</numerusform>
            <numerusform>%n invoice.payment_succeeded-Ereignisse hatten kein invoice.paid daneben und wurden nicht gebucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="66"/>
        <source>Stripe events: JSON lines, a JSON array, the events API&apos;s list object or pretty-printed events.</source>
        <translation>Stripe-Ereignisse: JSON Lines, ein JSON-Array, das Listenobjekt der Events-API oder formatierte Einzelereignisse.</translation>
    </message>
    <message>
        <location filename="../app/cli/replay.cpp" line="92"/>
        <source>Replay Stripe invoice.paid events: insert each commission once at the rate of its time, then evaluate the tier at that time, each affiliate&apos;s events oldest first.</source>
        <translation>Spielt Stripe-Ereignisse invoice.paid ab: Jede Provision wird einmal zum damals gültigen Satz eingetragen und die Stufe zu diesem Zeitpunkt bewertet – je Affiliate das älteste Ereignis zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/beacons.cpp" line="19"/>
        <source>Only beacons at or after this ISO-8601 time.</source>
        <translation>Nur Kollisionsmeldungen ab diesem ISO-8601-Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/beacons.cpp" line="24"/>
        <source>Race-lost beacons per hour, with hours at the alert rule (5 or more) marked.</source>
        <translation>Kollisionsmeldungen pro Stunde; Stunden, in denen die Alarmregel greift (5 oder mehr), sind markiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/beacons.cpp" line="44"/>
        <source>Race-lost beacons per hour (UTC); the alert rule fires at %1 or more an hour.</source>
        <translation>Kollisionsmeldungen pro Stunde (UTC); die Alarmregel greift ab %1 pro Stunde.</translation>
    </message>
    <message>
        <location filename="../app/cli/beacons.cpp" line="53"/>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location filename="../app/cli/beacons.cpp" line="56"/>
        <source>%1 beacons in %2 hours; %3 hours at or over the alert rule.</source>
        <translation>%1 Kollisionsmeldungen in %2 Stunden; in %3 Stunden griff die Alarmregel.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="49"/>
        <source>re-evaluate one affiliate&apos;s tier (race-guarded)</source>
        <translation>Stufe eines Affiliates neu bewerten (race-geschützt)</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="51"/>
        <source>replay Stripe events from a JSON-lines file</source>
        <translation>Stripe-Ereignisse aus einer JSON-Lines-Datei abspielen</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="54"/>
        <source>race-lost beacons per hour against the alert rule</source>
        <translation>Kollisionsmeldungen pro Stunde gegen die Alarmregel</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="159"/>
        <source>Events closer than this count as one race (default 60).</source>
        <translation>Ereignisse, die höchstens so weit auseinanderliegen, gelten als eine Kollision (Standard 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="196"/>
        <source>Run the incident&apos;s original GROUP BY minute query instead, for comparison.</source>
        <translation>Stattdessen zum Vergleich die ursprüngliche GROUP-BY-Minute-Abfrage aus dem Vorfall ausführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/activity.cpp" line="17"/>
        <location filename="../app/cli/audit.cpp" line="199"/>
        <source>Only this affiliate: id, handle or a Stripe event id.</source>
        <translation>Nur dieser Affiliate: ID, Handle oder eine Stripe-Event-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="216"/>
        <source>Find race duplicates, conflicts, chain breaks and drift in the tier events. Read-only.</source>
        <translation>Findet Doppeleinträge, Konflikte, Lücken in der Stufenfolge und Abweichungen in den Stufenereignissen. Nur lesend.</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="222"/>
        <location filename="../app/cli/backfill.cpp" line="74"/>
        <source>--window-seconds takes a number of seconds from 0 to one year.</source>
        <translation>--window-seconds erwartet eine Sekundenzahl zwischen 0 und einem Jahr.</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="131"/>
        <source>Audit of %1 (chain rules, window %2 s; times UTC)</source>
        <translation>Prüfung von %1 (Kettenregeln, Zeitfenster %2 s; Zeiten in UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="134"/>
        <source>Audit of %1 (the incident&apos;s minute buckets, for comparison; times UTC)</source>
        <translation>Prüfung von %1 (Minuten-Gruppierung aus dem Vorfall, zum Vergleich; Zeiten in UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="32"/>
        <source>Race duplicates (keep the first, supersede the rest):</source>
        <translation>Doppeleinträge (das erste bleibt, die übrigen werden als überholt markiert):</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="41"/>
        <source>keep #%1, supersede %2</source>
        <translation>#%1 behalten, %2 als überholt markieren</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="56"/>
        <source>Conflicts (concurrent evaluations chose different tiers; decide by hand):</source>
        <translation>Konflikte (gleichzeitige Auswertungen wählten verschiedene Stufen; bitte von Hand entscheiden):</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="66"/>
        <source>from %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="76"/>
        <source>Chain breaks (an event does not start where the previous one ended):</source>
        <translation>Lücken in der Stufenfolge (ein Ereignis beginnt nicht dort, wo das vorige endete):</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="81"/>
        <source>event #%1 starts at %2, expected %3</source>
        <translation>Ereignis #%1 beginnt bei %2, erwartet %3</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="93"/>
        <source>Drift (the profile&apos;s rate is not where its history ends):</source>
        <translation>Abweichungen (der Satz im Profil ist nicht der, bei dem die Historie endet):</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="98"/>
        <source>profile %1, history %2</source>
        <translation>Profil %1, Historie %2</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="107"/>
        <source>Scanned: %1 affiliates, %2 active events. Duplicate clusters: %3 at %4 affiliates (%5 redundant rows). Conflicts: %6. Chain breaks: %7. Drift: %8.</source>
        <translation>Geprüft: %1 Affiliates, %2 aktive Ereignisse. Duplikat-Cluster: %3 bei %4 Affiliates (%5 überzählige Zeilen). Konflikte: %6. Lücken in der Stufenfolge: %7. Abweichungen: %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="151"/>
        <source>Standard output took only part of the report (%1); it is incomplete.</source>
        <translation>Die Standardausgabe hat nur einen Teil des Berichts angenommen (%1); er ist unvollständig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/audit.cpp" line="178"/>
        <source>Incremental: %Ln affiliate(s) changed since the last run and were read again.</source>
        <translation>
            <numerusform>Inkrementell: %Ln Affiliate hat sich seit dem letzten Lauf geändert und wurde neu gelesen.</numerusform>
            <numerusform>Inkrementell: %Ln Affiliates haben sich seit dem letzten Lauf geändert und wurden neu gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="182"/>
        <source>Read in full; the next --incremental run reads what changes.</source>
        <translation>Vollständig gelesen; der nächste Lauf mit --incremental liest nur, was sich ändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="205"/>
        <source>Read only the affiliates that changed since the last --incremental audit of this database and window (the first reads everything); the findings are a full audit&apos;s.</source>
        <translation>Nur die Affiliates lesen, die sich seit der letzten Prüfung mit --incremental dieser Datenbank und dieses Zeitfensters geändert haben (die erste liest alles); die Befunde sind die einer vollständigen Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="210"/>
        <source>With --incremental: keep what it read in this file (default: in the user&apos;s cache folder).</source>
        <translation>Mit --incremental: das Gelesene in dieser Datei ablegen (Standard: im Cache-Ordner des Benutzers).</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="55"/>
        <source>Print the plan and its fingerprint; write nothing.</source>
        <translation>Plan und Fingerabdruck ausgeben; nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="56"/>
        <source>Apply the plan (supersede the redundant rows).</source>
        <translation>Plan anwenden (überzählige Zeilen als überholt markieren).</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="61"/>
        <source>Only this affiliate&apos;s duplicates: id, handle or a Stripe event id.</source>
        <translation>Nur die Duplikate dieses Affiliates: ID, Handle oder eine Stripe-Event-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="66"/>
        <source>Supersede the redundant rows of every race-duplicate cluster, guarded: one transaction, only if the plan has not changed.</source>
        <translation>Markiert die überzähligen Zeilen jedes Doppeleintrag-Clusters, abgesichert: eine Transaktion, nur wenn sich der Plan nicht geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/writedriver.cpp" line="15"/>
        <source>With --fingerprint: ask a second agent to approve exactly this plan (four eyes); changes nothing until they do.</source>
        <translation>Mit --fingerprint: eine zweite Person bitten, genau diesen Plan freizugeben (Vier-Augen-Prinzip); bis dahin ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../app/cli/writedriver.cpp" line="35"/>
        <source>Give one of --dry-run, --yes or --request-approval.</source>
        <translation>Geben Sie genau eines von --dry-run, --yes oder --request-approval an.</translation>
    </message>
    <message>
        <location filename="../app/cli/writedriver.cpp" line="38"/>
        <source>--fingerprint goes with --yes, not with --dry-run.</source>
        <translation>--fingerprint gehört zu --yes, nicht zu --dry-run.</translation>
    </message>
    <message>
        <location filename="../app/cli/writedriver.cpp" line="59"/>
        <source>To ask for it: tierdesk-cli %1 ... --request-approval --fingerprint %2 --ticket T --reason R; another agent approves with tierdesk-cli approvals approve ID.</source>
        <translation>Zum Anfragen: tierdesk-cli %1 … --request-approval --fingerprint %2 --ticket T --reason R; eine zweite Person gibt mit tierdesk-cli approvals approve ID frei.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="19"/>
        <source>Dry run on %1: supersede %2 rows in %3 clusters at %4 affiliates (window %5 s).</source>
        <translation>Probelauf auf %1: %2 Zeilen in %3 Clustern bei %4 Affiliates als überholt markieren (Zeitfenster %5 s).</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="203"/>
        <location filename="../app/cli/backfill.cpp" line="23"/>
        <source>supersede #%1, keep #%2</source>
        <translation>#%1 als überholt markieren, #%2 behalten</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="142"/>
        <source>Fingerprint: %1. Nothing was written.</source>
        <translation>Fingerabdruck: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="24"/>
        <source>To apply exactly this plan: tierdesk-cli backfill --db URL --yes --fingerprint %1</source>
        <translation>Genau diesen Plan anwenden: tierdesk-cli backfill --db URL --yes --fingerprint %1</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="35"/>
        <source>Nothing to supersede; no batch was written.</source>
        <translation>Nichts als überholt zu markieren; es wurde kein Batch geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="62"/>
        <source>The backfill batch to undo.</source>
        <translation>Der Bereinigungs-Batch, der rückgängig gemacht werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="81"/>
        <source>--batch takes a batch id (a positive number).</source>
        <translation>--batch erwartet eine Batch-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="43"/>
        <source>No row is still superseded by batch %1; nothing to undo.</source>
        <translation>Keine Zeile ist mehr von Batch %1 als überholt markiert; nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="48"/>
        <source>Batch %1 restored %2 rows superseded by batch %3.</source>
        <translation>Batch %1 hat %2 von Batch %3 als überholt markierte Zeilen wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="35"/>
        <source>find race duplicates, conflicts, chain breaks and drift</source>
        <translation>Doppeleinträge, Konflikte, Lücken in der Stufenfolge und Abweichungen finden</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="39"/>
        <source>supersede redundant duplicates (guarded; --dry-run first)</source>
        <translation>überzählige Duplikate als überholt markieren (abgesichert; zuerst --dry-run)</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="42"/>
        <source>restore the rows of a backfill batch</source>
        <translation>die Zeilen eines Bereinigungs-Batches wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="115"/>
        <source>--affiliates takes a number from 1 to 10000000.</source>
        <translation>--affiliates erwartet eine Zahl von 1 bis 10000000.</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="27"/>
        <source>Large data: %1 affiliates, %2 commissions, %3 tier events (%4 injected race duplicates, %5 across a minute; %6 conflicts; %7 flip-flops; %8 drift) in %9 s.</source>
        <translation>Große Testdaten: %1 Affiliates, %2 Provisionen, %3 Stufenereignisse (%4 eingebaute Doppeleinträge, davon %5 über eine Minutengrenze; %6 Konflikte; %7 schnelle Hin-und-her-Wechsel; %8 Abweichungen) in %9 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/stats.cpp" line="20"/>
        <source>Recompute every affiliate&apos;s figures now (a write; run it from cron).</source>
        <translation>Kennzahlen aller Affiliates jetzt neu berechnen (ein Schreibvorgang; etwa per Cron).</translation>
    </message>
    <message>
        <location filename="../app/cli/stats.cpp" line="25"/>
        <source>The affiliate list&apos;s figures (90-day commissions, events, duplicates): when they were last computed, and --refresh to compute them again.</source>
        <translation>Die Kennzahlen der Affiliate-Liste (Provisionen der letzten 90 Tage, Ereignisse, Duplikate): wann sie zuletzt berechnet wurden, und --refresh zum Neuberechnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/stats.cpp" line="50"/>
        <source>Recomputed the figures of %1 affiliates in %2 s.</source>
        <translation>Kennzahlen von %1 Affiliates in %2 s neu berechnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/stats.cpp" line="55"/>
        <source>The figures have never been computed; the list computes them live (slow to sort on a large database). Run &quot;tierdesk-cli stats --refresh&quot;.</source>
        <translation>Die Kennzahlen wurden noch nie berechnet; die Liste berechnet sie live (bei großen Datenbanken langsam zu sortieren). Führen Sie „tierdesk-cli stats --refresh“ aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/stats.cpp" line="60"/>
        <source>The figures are as of %1 and miss %2 of %3 affiliates added since, so the list computes them live until the next --refresh.</source>
        <translation>Die Kennzahlen stammen vom %1 und fehlen für %2 von %3 Affiliates, die seither hinzukamen; bis zum nächsten --refresh berechnet die Liste sie live.</translation>
    </message>
    <message>
        <location filename="../app/cli/stats.cpp" line="68"/>
        <source>The list&apos;s figures are as of %1 and cover all %2 affiliates.</source>
        <translation>Die Kennzahlen der Liste stammen vom %1 und umfassen alle %2 Affiliates.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="62"/>
        <source>when the list&apos;s figures were computed; --refresh</source>
        <translation>wann die Kennzahlen der Liste berechnet wurden; --refresh</translation>
    </message>
    <message>
        <location filename="../app/cli/init.cpp" line="81"/>
        <source>With --demo: create the demo as of this ISO-8601 time (default: now). Its subscriptions pay up to this moment.</source>
        <translation>Mit --demo: die Demo zu diesem ISO-8601-Zeitpunkt anlegen (Standard: jetzt). Ihre Abos zahlen bis zu diesem Moment.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="97"/>
        <source>Every command takes --lang de|en; the default follows LANG. JSON stays English.</source>
        <translation>Jeder Befehl versteht --lang de|en; ohne die Option gilt LANG. JSON bleibt englisch.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="116"/>
        <source>--lang takes de or en.</source>
        <translation>--lang erwartet de oder en.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="126"/>
        <source>--lang takes de or en, not &quot;%1&quot;.</source>
        <translation>--lang erwartet de oder en, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="36"/>
        <source>A hot standby of --db to read from (postgresql:// URI or ?service=NAME): audit, case-report, reply, activity, beacons and stats read there; previews, re-checks and writes stay on --db.</source>
        <translation>Ein Hot Standby von --db, von dem gelesen wird (postgresql://-URI oder ?service=NAME): audit, case-report, reply, activity, beacons und stats lesen dort; Vorschauen, Nachprüfungen und Schreibvorgänge bleiben auf --db.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="42"/>
        <source>Warn on stderr when the --read-db standby is more than this many seconds behind (default 60).</source>
        <translation>Auf stderr warnen, wenn der Standby aus --read-db mehr als so viele Sekunden zurückliegt (Standard 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="55"/>
        <source>--max-lag takes a number of seconds.</source>
        <translation>--max-lag erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="197"/>
        <source>Note: the handle @%1 contains %2, which make it look like another handle; check that it is the affiliate you mean.</source>
        <translation>Hinweis: Das Handle @%1 enthält %2 und sieht dadurch wie ein anderes aus. Prüfen Sie, ob es der gemeinte Affiliate ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="240"/>
        <source>--yes needs --fingerprint F from &quot;tierdesk-cli %1 --dry-run&quot;, so that only the plan you saw is written.</source>
        <translation>--yes braucht --fingerprint F aus „tierdesk-cli %1 --dry-run“, damit nur der Plan geschrieben wird, den Sie gesehen haben.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="246"/>
        <source>--fingerprint is empty (did capturing the dry run&apos;s fingerprint fail?); nothing was written.</source>
        <translation>--fingerprint ist leer (ist das Übernehmen des Fingerabdrucks aus dem Probelauf fehlgeschlagen?); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="250"/>
        <source>--fingerprint &quot;%1&quot; is not a plan fingerprint (16 hex digits from the dry run); nothing was written.</source>
        <translation>--fingerprint „%1“ ist kein Fingerabdruck eines Plans (16 Hexadezimalziffern aus dem Probelauf); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="57"/>
        <source>With --yes, required: apply only if the plan is still the one the dry run printed (16 hex digits).</source>
        <translation>Pflicht mit --yes: nur anwenden, wenn der Plan noch der ist, den der Probelauf ausgegeben hat (16 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location filename="../app/cli/backfill.cpp" line="39"/>
        <source>Batch %1: superseded %2 rows at %3 affiliates (fingerprint %4). To undo it, preview first: tierdesk-cli undo --db URL --batch %1 --dry-run</source>
        <translation>Batch %1: %2 Zeilen bei %3 Affiliates als überholt markiert (Fingerabdruck %4). Zum Rückgängigmachen zuerst die Vorschau: tierdesk-cli undo --db URL --batch %1 --dry-run</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="65"/>
        <source>Print what the undo would restore and its fingerprint; write nothing.</source>
        <translation>Ausgeben, was das Rückgängigmachen wiederherstellen würde, mit Fingerabdruck; nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="67"/>
        <source>Restore the batch&apos;s rows.</source>
        <translation>Die Zeilen des Batches wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="68"/>
        <source>With --yes, required: restore only if the rows are still the ones the dry run printed (16 hex digits).</source>
        <translation>Pflicht mit --yes: nur wiederherstellen, wenn die Zeilen noch die sind, die der Probelauf ausgegeben hat (16 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="74"/>
        <source>Restore the rows a backfill batch superseded and that are still superseded by it, guarded like backfill: --dry-run first, then --yes --fingerprint F.</source>
        <translation>Die Zeilen wiederherstellen, die ein Bereinigungs-Batch als überholt markiert hat und die es noch sind, abgesichert wie backfill: erst --dry-run, dann --yes --fingerprint F.</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="23"/>
        <source>Dry run on %1: restore %2 rows at %3 affiliates still superseded by batch %4.</source>
        <translation>Probelauf auf %1: %2 Zeilen bei %3 Affiliates wiederherstellen, die Batch %4 noch als überholt führt.</translation>
    </message>
    <message>
        <location filename="../app/cli/approvals.cpp" line="202"/>
        <location filename="../app/cli/undo.cpp" line="27"/>
        <source>restore #%1 (superseded by #%2)</source>
        <translation>#%1 wiederherstellen (überholt durch #%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/undo.cpp" line="28"/>
        <source>To restore exactly these rows: tierdesk-cli undo --db URL --batch %1 --yes --fingerprint %2</source>
        <translation>Um genau diese Zeilen wiederherzustellen: tierdesk-cli undo --db URL --batch %1 --yes --fingerprint %2</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="90"/>
        <source>Run &quot;tierdesk-cli COMMAND --help&quot; for a command&apos;s options. Exit codes: 0 done; 2 usage error (nothing opened); 3 refused by a guard or bad data (nothing written); 4 the database is unavailable: cannot connect or open, connection lost, locked, disk full, read-only storage or a missing privilege (the sentence says what, if anything, was written); 1 a bug.</source>
        <translation>„tierdesk-cli BEFEHL --help“ zeigt die Optionen eines Befehls. Exit-Codes: 0 erledigt; 2 Aufruffehler (nichts geöffnet); 3 von einer Schutzprüfung oder wegen fehlerhafter Daten abgelehnt (nichts geschrieben); 4 Datenbank nicht verfügbar: keine Verbindung, Verbindung abgebrochen, gesperrt, Datenträger voll, schreibgeschützter Speicher oder fehlendes Recht (der Satz sagt, was gegebenenfalls geschrieben wurde); 1 ein Programmfehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="95"/>
        <source>--%1 &quot;%2&quot; is not an ISO-8601 time.</source>
        <translation>--%1 „%2“ ist keine ISO-8601-Zeitangabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="111"/>
        <source>The ticket this write is for (e.g. SUP-4821 or a URL), kept with the batch and in the audit log.</source>
        <translation>Das Ticket, zu dem diese Änderung gehört (z. B. SUP-4821 oder eine URL); wird beim Batch und im Audit-Log gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="120"/>
        <source>Why, in one line, kept with the batch and in the audit log.</source>
        <translation>Warum, in einer Zeile; wird beim Batch und im Audit-Log gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/activity.cpp" line="19"/>
        <source>Only work under this ticket reference.</source>
        <translation>Nur Arbeit unter dieser Ticketreferenz.</translation>
    </message>
    <message>
        <location filename="../app/cli/activity.cpp" line="22"/>
        <source>Only entries at or after this ISO-8601 time.</source>
        <translation>Nur Einträge ab diesem ISO-8601-Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/activity.cpp" line="27"/>
        <source>Who did what, when, under which ticket and why: cleanups, undos and re-evaluations, newest first.</source>
        <translation>Wer wann was getan hat, unter welchem Ticket und warum: Bereinigungen, Rückgängigmachungen und Neubewertungen, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/activity.cpp" line="54"/>
        <source>No activity.</source>
        <translation>Keine Aktivität.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="57"/>
        <source>who did what, when, under which ticket and why</source>
        <translation>wer wann was getan hat, unter welchem Ticket und warum</translation>
    </message>
    <message>
        <location filename="../app/cli/reply.cpp" line="20"/>
        <source>Draft a plain-language reply to the affiliate about their tier history, in the language of --lang (de or en). Reads only.</source>
        <translation>Eine verständliche Antwort an den Affiliate zu seinem Stufenverlauf entwerfen, in der Sprache von --lang (de oder en). Nur lesend.</translation>
    </message>
    <message>
        <location filename="../app/cli/reply.cpp" line="26"/>
        <source>reply needs --affiliate.</source>
        <translation>reply braucht --affiliate.</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="59"/>
        <source>draft a reply to an affiliate (--lang de|en)</source>
        <translation>eine Antwort an einen Affiliate entwerfen (--lang de|en)</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="201"/>
        <source>Also list the chain breaks marked as reviewed (tierdesk-cli resolve), flagged.</source>
        <translation>Auch die als gesichtet markierten Lücken auflisten (tierdesk-cli resolve), gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../app/cli/audit.cpp" line="87"/>
        <source>(reviewed)</source>
        <translation>(gesichtet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/audit.cpp" line="116"/>
        <source>%Ln chain break(s) marked as reviewed not listed (--include-reviewed).</source>
        <translation>
            <numerusform>%Ln als gesichtet markierte Lücke nicht aufgelistet (--include-reviewed).</numerusform>
            <numerusform>%Ln als gesichtet markierte Lücken nicht aufgelistet (--include-reviewed).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="22"/>
        <source>--%1 takes an id (a positive number).</source>
        <translation>--%1 erwartet eine ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="38"/>
        <source>Resolve the conflict this tier event belongs to (with --keep).</source>
        <translation>Den Konflikt klären, zu dem dieses Stufenereignis gehört (mit --keep).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="42"/>
        <source>With --conflict: the event that stays; the others are superseded, pointing at it.</source>
        <translation>Mit --conflict: das verbleibende Ereignis; die anderen werden als überholt markiert, mit Verweis darauf.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="46"/>
        <source>Resolve the drift of this affiliate (id, handle or evt_ id; with --align or --record).</source>
        <translation>Die Abweichung dieses Affiliates klären (ID, Handle oder evt_-ID; mit --align oder --record).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="51"/>
        <source>With --drift: set the profile&apos;s rate to where its history ends (compare-and-set).</source>
        <translation>Mit --drift: den Satz im Profil auf das Ende der Stufenfolge setzen (nur, wenn er sich nicht geändert hat).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="54"/>
        <source>With --drift: record the missing tier event that explains the profile&apos;s rate.</source>
        <translation>Mit --drift: das fehlende Stufenereignis nachtragen, das den Satz im Profil erklärt.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="57"/>
        <source>Mark the chain break at this tier event as reviewed (needs --reason).</source>
        <translation>Die Lücke bei diesem Stufenereignis als gesichtet markieren (braucht --reason).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="61"/>
        <source>Undo this resolution (its id, from the dry run, the result or activity).</source>
        <translation>Diese Klärung rückgängig machen (ihre ID aus dem Ergebnis oder der Aktivität).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="191"/>
        <source>Print what would change and its fingerprint; write nothing.</source>
        <translation>Ausgeben, was sich ändern würde, mit Fingerabdruck; nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="193"/>
        <source>Write it.</source>
        <translation>Schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="194"/>
        <source>With --yes, required: write only if the finding is still the one the dry run printed (16 hex digits).</source>
        <translation>Mit --yes Pflicht: nur schreiben, wenn der Befund noch der ist, den der Probelauf ausgab (16 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="201"/>
        <source>Decide what the audit leaves to a person, guarded like backfill: --dry-run first, then --yes --fingerprint F. One of --conflict EVENT --keep EVENT, --drift AFFILIATE --align|--record, --chain-break EVENT --reason TEXT, --undo RESOLUTION.</source>
        <translation>Entscheiden, was die Prüfung einem Menschen überlässt, abgesichert wie backfill: erst --dry-run, dann --yes --fingerprint F. Eines von --conflict EREIGNIS --keep EREIGNIS, --drift AFFILIATE --align|--record, --chain-break EREIGNIS --reason TEXT, --undo KLÄRUNG.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="79"/>
        <source>Give exactly one of --conflict, --drift, --chain-break and --undo.</source>
        <translation>Geben Sie genau eines von --conflict, --drift, --chain-break und --undo an.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="83"/>
        <source>--conflict and --keep go together.</source>
        <translation>--conflict und --keep gehören zusammen.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="85"/>
        <source>--align and --record go with --drift.</source>
        <translation>--align und --record gehören zu --drift.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="88"/>
        <source>With --drift, give either --align or --record.</source>
        <translation>Geben Sie mit --drift entweder --align oder --record an.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="212"/>
        <source>Marking a chain break as reviewed needs --reason; nothing was written.</source>
        <translation>Eine Lücke als gesichtet zu markieren braucht --reason; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="148"/>
        <source>Dry run on %1: %2</source>
        <translation>Probelauf auf %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="151"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="230"/>
        <source>To undo exactly this: %1 --yes --fingerprint %2</source>
        <translation>Um genau das rückgängig zu machen: %1 --yes --fingerprint %2</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="164"/>
        <source>Resolution %1 undone (%2).</source>
        <translation>Klärung %1 rückgängig gemacht (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="237"/>
        <source>To write exactly this: %1 --yes --fingerprint %2</source>
        <translation>Um genau das zu schreiben: %1 --yes --fingerprint %2</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="169"/>
        <source>Resolution %1: %2.</source>
        <translation>Klärung %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="173"/>
        <source>Tier event #%1 recorded.</source>
        <translation>Stufenereignis #%1 nachgetragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/resolve.cpp" line="176"/>
        <source>To undo: tierdesk-cli resolve --db URL --undo %1 --dry-run</source>
        <translation>Rückgängig machen: tierdesk-cli resolve --db URL --undo %1 --dry-run</translation>
    </message>
    <message>
        <location filename="../app/tierdesk-cli.cpp" line="45"/>
        <source>decide a conflict, drift or chain break (guarded; --dry-run first)</source>
        <translation>Konflikt, Abweichung oder Lücke entscheiden (abgesichert; erst --dry-run)</translation>
    </message>
    <message>
        <location filename="../app/clicontext.cpp" line="79"/>
        <source>Reading from the standby %1, which is %2: what follows may not show the primary&apos;s latest changes.</source>
        <translation>Gelesen wird vom Standby %1 (%2): Das Folgende zeigt womöglich nicht die neuesten Änderungen des Primärservers.</translation>
    </message>
</context>
</TS>
