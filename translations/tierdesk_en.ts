<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TierDesk::ActivityView</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::Activity</name>
    <message numerus="yes">
        <source>Cleanup batch %1: %Ln row(s) superseded</source>
        <translation>
            <numerusform>Cleanup batch %1: %Ln row superseded</numerusform>
            <numerusform>Cleanup batch %1: %Ln rows superseded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 undid batch %2: %Ln row(s) restored</source>
        <translation>
            <numerusform>Batch %1 undid batch %2: %Ln row restored</numerusform>
            <numerusform>Batch %1 undid batch %2: %Ln rows restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateListModel</name>
    <message numerus="yes">
        <source>%Ln redundant race duplicate(s)</source>
        <translation>
            <numerusform>%Ln redundant race duplicate</numerusform>
            <numerusform>%Ln redundant race duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliatesView</name>
    <message numerus="yes">
        <source>%Ln affiliate(s) match</source>
        <translation>
            <numerusform>%Ln affiliate matches</numerusform>
            <numerusform>%Ln affiliates match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln affiliate(s) were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</source>
        <translation>
            <numerusform>%Ln affiliate were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</numerusform>
            <numerusform>%Ln affiliates were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures as of %1 (%Ln day(s) old)</source>
        <translation>
            <numerusform>Figures as of %1 (%Ln day old)</numerusform>
            <numerusform>Figures as of %1 (%Ln days old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AuditModel</name>
    <message numerus="yes">
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln duplicate cluster</numerusform>
            <numerusform>%Ln duplicate clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to supersede</source>
        <translation>
            <numerusform>%Ln to supersede</numerusform>
            <numerusform>%Ln to supersede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AuditView</name>
    <message numerus="yes">
        <source>%Ln chain break(s) marked as reviewed.</source>
        <translation>
            <numerusform>%Ln chain break marked as reviewed.</numerusform>
            <numerusform>%Ln chain breaks marked as reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain rules, window %Ln s</source>
        <translation>
            <numerusform>Chain rules, window %Ln s</numerusform>
            <numerusform>Chain rules, window %Ln s</numerusform>
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
        <source>Supersede %Ln row(s)</source>
        <translation>
            <numerusform>Supersede %Ln row</numerusform>
            <numerusform>Supersede %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln row(s)</source>
        <translation>
            <numerusform>Restore %Ln row</numerusform>
            <numerusform>Restore %Ln rows</numerusform>
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
        <source>Superseding %Ln row(s)…</source>
        <translation>
            <numerusform>Superseding %Ln row…</numerusform>
            <numerusform>Superseding %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 superseded %Ln row(s) at %2 affiliates (fingerprint %3).</source>
        <translation>
            <numerusform>Batch %1 superseded %Ln row at %2 affiliates (fingerprint %3).</numerusform>
            <numerusform>Batch %1 superseded %Ln rows at %2 affiliates (fingerprint %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 restored %Ln row(s) superseded by batch %2.</source>
        <translation>
            <numerusform>Batch %1 restored %Ln row superseded by batch %2.</numerusform>
            <numerusform>Batch %1 restored %Ln rows superseded by batch %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::BeaconsView</name>
    <message numerus="yes">
        <source>%Ln race-lost beacon(s), at or over the alert rule</source>
        <translation>
            <numerusform>%Ln race-lost beacon, at or over the alert rule</numerusform>
            <numerusform>%Ln race-lost beacons, at or over the alert rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln race-lost beacon(s)</source>
        <translation>
            <numerusform>%Ln race-lost beacon</numerusform>
            <numerusform>%Ln race-lost beacons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln race-lost beacon(s) in all; </source>
        <translation>
            <numerusform>%Ln race-lost beacon in all; </numerusform>
            <numerusform>%Ln race-lost beacons in all; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) at or over the alert rule of %1 an hour. </source>
        <translation>
            <numerusform>%Ln hour at or over the alert rule of %1 an hour. </numerusform>
            <numerusform>%Ln hours at or over the alert rule of %1 an hour. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::CaseSummary</name>
    <message numerus="yes">
        <source>Race duplicate: %1 → %2 written %Ln time(s) within %3 ms at %4; keep #%5, supersede %6.</source>
        <translation>
            <numerusform>Race duplicate: %1 → %2 written %Ln time within %3 ms at %4; keep #%5, supersede %6.</numerusform>
            <numerusform>Race duplicate: %1 → %2 written %Ln times within %3 ms at %4; keep #%5, supersede %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) restored</source>
        <translation>
            <numerusform>%Ln row restored</numerusform>
            <numerusform>%Ln rows restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) superseded</source>
        <translation>
            <numerusform>%Ln row superseded</numerusform>
            <numerusform>%Ln rows superseded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::DemoData</name>
    <message numerus="yes">
        <source>The database already has %Ln affiliate(s); demo data goes into an empty one.</source>
        <translation>
            <numerusform>The database already has %Ln affiliate; demo data goes into an empty one.</numerusform>
            <numerusform>The database already has %Ln affiliates; demo data goes into an empty one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::MainWindow</name>
    <message numerus="yes">
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln affiliate</numerusform>
            <numerusform>%Ln affiliates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk-cli</name>
    <message numerus="yes">
        <source>%Ln chain break(s) marked as reviewed not listed (--include-reviewed).</source>
        <translation>
            <numerusform>%Ln chain break marked as reviewed not listed (--include-reviewed).</numerusform>
            <numerusform>%Ln chain breaks marked as reviewed not listed (--include-reviewed).</numerusform>
        </translation>
    </message>
</context>
</TS>
