<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TierDesk::AffiliateListModel</name>
    <message numerus="yes">
        <source>%n redundant race duplicate(s)</source>
        <translation>
            <numerusform>%n redundant race duplicate</numerusform>
            <numerusform>%n redundant race duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliatesView</name>
    <message numerus="yes">
        <source>%n affiliate(s) match</source>
        <translation>
            <numerusform>%n affiliate match</numerusform>
            <numerusform>%n affiliates match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affiliate(s) were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</source>
        <translation>
            <numerusform>%n affiliate were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</numerusform>
            <numerusform>%n affiliates were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures as of %1 (%n day(s) old)</source>
        <translation>
            <numerusform>Figures as of %1 (%n day old)</numerusform>
            <numerusform>Figures as of %1 (%n days old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AuditModel</name>
    <message numerus="yes">
        <source>%n duplicate cluster(s)</source>
        <translation>
            <numerusform>%n duplicate cluster</numerusform>
            <numerusform>%n duplicate clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to supersede</source>
        <translation>
            <numerusform>%n to supersede</numerusform>
            <numerusform>%n to supersede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AuditView</name>
    <message numerus="yes">
        <source>Chain rules, window %n s</source>
        <translation>
            <numerusform>Chain rules, window %n s</numerusform>
            <numerusform>Chain rules, window %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln affiliate</numerusform>
            <numerusform>%Ln affiliates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active event(s)</source>
        <translation>
            <numerusform>%Ln active event</numerusform>
            <numerusform>%Ln active events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln duplicate cluster</numerusform>
            <numerusform>%Ln duplicate clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chain break(s)</source>
        <translation>
            <numerusform>%Ln chain break</numerusform>
            <numerusform>%Ln chain breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drifted profile(s)</source>
        <translation>
            <numerusform>%Ln drifted profile</numerusform>
            <numerusform>%Ln drifted profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::BackfillDialog</name>
    <message numerus="yes">
        <source>Supersede %n row(s)</source>
        <translation>
            <numerusform>Supersede %n row</numerusform>
            <numerusform>Supersede %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n row(s)</source>
        <translation>
            <numerusform>Restore %n row</numerusform>
            <numerusform>Restore %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln duplicate cluster</numerusform>
            <numerusform>%Ln duplicate clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln affiliate</numerusform>
            <numerusform>%Ln affiliates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::BackfillFlow</name>
    <message numerus="yes">
        <source>Superseding %n row(s)…</source>
        <translation>
            <numerusform>Superseding %n row…</numerusform>
            <numerusform>Superseding %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 superseded %n row(s) at %2 affiliates (fingerprint %3).</source>
        <translation>
            <numerusform>Batch %1 superseded %n row at %2 affiliates (fingerprint %3).</numerusform>
            <numerusform>Batch %1 superseded %n rows at %2 affiliates (fingerprint %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 restored %n row(s) superseded by batch %2.</source>
        <translation>
            <numerusform>Batch %1 restored %n row superseded by batch %2.</numerusform>
            <numerusform>Batch %1 restored %n rows superseded by batch %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::BeaconsView</name>
    <message numerus="yes">
        <source>%n race-lost beacon(s) in all; </source>
        <translation>
            <numerusform>%n race-lost beacon in all; </numerusform>
            <numerusform>%n race-lost beacons in all; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) at or over the alert rule of %1 an hour. </source>
        <translation>
            <numerusform>%n hour at or over the alert rule of %1 an hour. </numerusform>
            <numerusform>%n hours at or over the alert rule of %1 an hour. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::CaseSummary</name>
    <message numerus="yes">
        <source>Race duplicate: %1 → %2 written %n time(s) within %3 ms at %4; keep #%5, supersede %6.</source>
        <translation>
            <numerusform>Race duplicate: %1 → %2 written %n time within %3 ms at %4; keep #%5, supersede %6.</numerusform>
            <numerusform>Race duplicate: %1 → %2 written %n times within %3 ms at %4; keep #%5, supersede %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) restored</source>
        <translation>
            <numerusform>%n row restored</numerusform>
            <numerusform>%n rows restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) superseded</source>
        <translation>
            <numerusform>%n row superseded</numerusform>
            <numerusform>%n rows superseded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::DemoData</name>
    <message numerus="yes">
        <source>The database already has %n affiliate(s); demo data goes into an empty one.</source>
        <translation>
            <numerusform>The database already has %n affiliate; demo data goes into an empty one.</numerusform>
            <numerusform>The database already has %n affiliates; demo data goes into an empty one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::MainWindow</name>
    <message numerus="yes">
        <source>%n affiliate(s)</source>
        <translation>
            <numerusform>%n affiliate</numerusform>
            <numerusform>%n affiliates</numerusform>
        </translation>
    </message>
</context>
</TS>
