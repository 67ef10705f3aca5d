<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TierDesk::Activity</name>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="75"/>
        <source>Cleanup batch %1: %Ln row(s) superseded</source>
        <translation>
            <numerusform>Cleanup batch %1: %Ln row superseded</numerusform>
            <numerusform>Cleanup batch %1: %Ln rows superseded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="77"/>
        <source>Batch %1 undid batch %2: %Ln row(s) restored</source>
        <translation>
            <numerusform>Batch %1 undid batch %2: %Ln row restored</numerusform>
            <numerusform>Batch %1 undid batch %2: %Ln rows restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="134"/>
        <source>undo of batch %1, %Ln row(s)</source>
        <translation>
            <numerusform>undo of batch %1, %Ln row</numerusform>
            <numerusform>undo of batch %1, %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/activity/activity.cpp" line="136"/>
        <source>cleanup of %Ln row(s)</source>
        <translation>
            <numerusform>cleanup of %Ln row</numerusform>
            <numerusform>cleanup of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::ActivityView</name>
    <message numerus="yes">
        <location filename="../widgets/activityview.cpp" line="183"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/activityview.cpp" line="184"/>
        <source>The newest %Ln entries; narrow the filters to see older ones. An export holds every entry.</source>
        <translation>
            <numerusform>The newest entry; narrow the filters to see older ones. An export holds every entry.</numerusform>
            <numerusform>The newest %Ln entries; narrow the filters to see older ones. An export holds every entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="236"/>
        <source>%Ln redundant race duplicate(s)</source>
        <translation>
            <numerusform>%Ln redundant race duplicate</numerusform>
            <numerusform>%Ln redundant race duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/affiliatelistmodel.cpp" line="238"/>
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
        <location filename="../widgets/affiliatesview.cpp" line="324"/>
        <source>%Ln affiliate(s) match</source>
        <translation>
            <numerusform>%Ln affiliate matches</numerusform>
            <numerusform>%Ln affiliates match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/affiliatesview.cpp" line="325"/>
        <source>%Ln or more affiliate(s) match, counting…</source>
        <extracomment>The first page is shown while the matches are still being counted.</extracomment>
        <translation>
            <numerusform>%Ln or more affiliates match, counting…</numerusform>
            <numerusform>%Ln or more affiliates match, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/affiliatesview.cpp" line="377"/>
        <source>%Ln affiliate(s) were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</source>
        <translation>
            <numerusform>%Ln affiliate were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</numerusform>
            <numerusform>%Ln affiliates were added after the figures were computed, so the list computes them for every row it shows; sorting by a figure is slow on a large database until they are refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/affiliatesview.cpp" line="366"/>
        <source>Figures as of %1 (%Ln day(s) old)</source>
        <translation>
            <numerusform>Figures as of %1 (%Ln day old)</numerusform>
            <numerusform>Figures as of %1 (%Ln days old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::ApprovalDialog</name>
    <message numerus="yes">
        <location filename="../widgets/approvaldialog.cpp" line="107"/>
        <source>Approve and restore %Ln row(s)</source>
        <translation>
            <numerusform>Approve and restore %Ln row</numerusform>
            <numerusform>Approve and restore %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/approvaldialog.cpp" line="108"/>
        <source>Approve and supersede %Ln row(s)</source>
        <translation>
            <numerusform>Approve and supersede %Ln row</numerusform>
            <numerusform>Approve and supersede %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::ApprovalFlow</name>
    <message numerus="yes">
        <location filename="../widgets/approvalflow.cpp" line="101"/>
        <source>Request %1 approved: batch %2 changed %Ln row(s).</source>
        <translation>
            <numerusform>Request %1 approved: batch %2 changed %Ln row.</numerusform>
            <numerusform>Request %1 approved: batch %2 changed %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::Approvals</name>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="174"/>
        <source>more than %Ln row(s)</source>
        <translation>
            <numerusform>more than %Ln row</numerusform>
            <numerusform>more than %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="176"/>
        <source>more than %Ln affiliate(s)</source>
        <translation>
            <numerusform>more than %Ln affiliate</numerusform>
            <numerusform>more than %Ln affiliates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="187"/>
        <source>Every cleanup or undo needs a second agent&apos;s approval; requests expire after %Ln hour(s).</source>
        <translation>
            <numerusform>Every cleanup or undo needs a second agent&apos;s approval; requests expire after %Ln hour.</numerusform>
            <numerusform>Every cleanup or undo needs a second agent&apos;s approval; requests expire after %Ln hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="190"/>
        <source>A cleanup or undo of %1 needs a second agent&apos;s approval; requests expire after %Ln hour(s).</source>
        <translation>
            <numerusform>A cleanup or undo of %1 needs a second agent&apos;s approval; requests expire after %Ln hour.</numerusform>
            <numerusform>A cleanup or undo of %1 needs a second agent&apos;s approval; requests expire after %Ln hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="260"/>
        <source>Undo batch %1 (%Ln row(s))</source>
        <translation>
            <numerusform>Undo batch %1 (%Ln row)</numerusform>
            <numerusform>Undo batch %1 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="262"/>
        <source>Clean up %Ln row(s) at @%1</source>
        <translation>
            <numerusform>Clean up %Ln row at @%1</numerusform>
            <numerusform>Clean up %Ln rows at @%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="263"/>
        <source>Clean up %Ln row(s) at %1 affiliates</source>
        <translation>
            <numerusform>Clean up %Ln row at %1 affiliates</numerusform>
            <numerusform>Clean up %Ln rows at %1 affiliates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="733"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvals/approvals.cpp" line="734"/>
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln affiliate</numerusform>
            <numerusform>%Ln affiliates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::AuditModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/auditmodel.cpp" line="129"/>
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln duplicate cluster</numerusform>
            <numerusform>%Ln duplicate clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/auditmodel.cpp" line="131"/>
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/auditmodel.cpp" line="135"/>
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
        <location filename="../widgets/auditview.cpp" line="383"/>
        <source>%Ln chain break(s) marked as reviewed.</source>
        <translation>
            <numerusform>%Ln chain break marked as reviewed.</numerusform>
            <numerusform>%Ln chain breaks marked as reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="368"/>
        <source>Chain rules, window %Ln s</source>
        <translation>
            <numerusform>Chain rules, window %Ln s</numerusform>
            <numerusform>Chain rules, window %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="374"/>
        <location filename="../widgets/auditview.cpp" line="377"/>
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln affiliate</numerusform>
            <numerusform>%Ln affiliates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="375"/>
        <source>%Ln active event(s)</source>
        <translation>
            <numerusform>%Ln active event</numerusform>
            <numerusform>%Ln active events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="376"/>
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln duplicate cluster</numerusform>
            <numerusform>%Ln duplicate clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="378"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="379"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="380"/>
        <source>%Ln chain break(s)</source>
        <translation>
            <numerusform>%Ln chain break</numerusform>
            <numerusform>%Ln chain breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/auditview.cpp" line="381"/>
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
        <location filename="../widgets/backfilldialog.cpp" line="107"/>
        <source>Supersede %Ln row(s)</source>
        <translation>
            <numerusform>Supersede %Ln row</numerusform>
            <numerusform>Supersede %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="118"/>
        <source>Restore %Ln row(s)</source>
        <translation>
            <numerusform>Restore %Ln row</numerusform>
            <numerusform>Restore %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="102"/>
        <location filename="../widgets/backfilldialog.cpp" line="113"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="103"/>
        <source>%Ln duplicate cluster(s)</source>
        <translation>
            <numerusform>%Ln duplicate cluster</numerusform>
            <numerusform>%Ln duplicate clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfilldialog.cpp" line="104"/>
        <location filename="../widgets/backfilldialog.cpp" line="114"/>
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
        <location filename="../widgets/backfillflow.cpp" line="64"/>
        <source>The standby the audit read is behind: this preview is the primary&apos;s, %n row(s), not the audit&apos;s %1.</source>
        <translation>
            <numerusform>The standby the audit read is behind: this preview is the primary&apos;s, %n row, not the audit&apos;s %1.</numerusform>
            <numerusform>The standby the audit read is behind: this preview is the primary&apos;s, %n rows, not the audit&apos;s %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="95"/>
        <source>Superseding %Ln row(s)…</source>
        <translation>
            <numerusform>Superseding %Ln row…</numerusform>
            <numerusform>Superseding %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="166"/>
        <source>Batch %1 superseded %Ln row(s) at %2 (fingerprint %3).</source>
        <extracomment>%2 is &quot;1 affiliate&quot; or &quot;3 affiliates&quot;</extracomment>
        <translation>
            <numerusform>Batch %1 superseded %Ln row at %2 (fingerprint %3).</numerusform>
            <numerusform>Batch %1 superseded %Ln rows at %2 (fingerprint %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="167"/>
        <source>%n affiliate(s)</source>
        <translation>
            <numerusform>%n affiliate</numerusform>
            <numerusform>%n affiliates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/backfillflow.cpp" line="280"/>
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
        <location filename="../widgets/beaconsview.cpp" line="145"/>
        <source>%Ln race-lost beacon(s), at or over the alert rule</source>
        <translation>
            <numerusform>%Ln race-lost beacon, at or over the alert rule</numerusform>
            <numerusform>%Ln race-lost beacons, at or over the alert rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="146"/>
        <source>%Ln race-lost beacon(s)</source>
        <translation>
            <numerusform>%Ln race-lost beacon</numerusform>
            <numerusform>%Ln race-lost beacons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="190"/>
        <source>%Ln hour(s) with race-lost beacons in this range.</source>
        <translation>
            <numerusform>%Ln hour with race-lost beacons in this range.</numerusform>
            <numerusform>%Ln hours with race-lost beacons in this range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="288"/>
        <source>%Ln race-lost beacon(s) in all; </source>
        <translation>
            <numerusform>%Ln race-lost beacon in all; </numerusform>
            <numerusform>%Ln race-lost beacons in all; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/beaconsview.cpp" line="289"/>
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
        <location filename="../models/affiliates/casesummary.cpp" line="95"/>
        <source>%Ln payment(s) arrived in the minute before: %1.</source>
        <translation>
            <numerusform>%Ln payment arrived in the minute before: %1.</numerusform>
            <numerusform>%Ln payments arrived in the minute before: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="126"/>
        <source>%Ln commission(s)</source>
        <translation>
            <numerusform>%Ln commission</numerusform>
            <numerusform>%Ln commissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="136"/>
        <source>%Ln commission(s) since %1, each at the rate in effect when it was paid: %2. The table shows each one&apos;s rate and the payment it implies.</source>
        <translation>
            <numerusform>%Ln commission since %1, at the rate in effect when it was paid: %2. The table shows its rate and the payment it implies.</numerusform>
            <numerusform>%Ln commissions since %1, each at the rate in effect when it was paid: %2. The table shows each one&apos;s rate and the payment it implies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="172"/>
        <source>%Ln row(s) restored</source>
        <translation>
            <numerusform>%Ln row restored</numerusform>
            <numerusform>%Ln rows restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/affiliates/casesummary.cpp" line="175"/>
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
        <location filename="../models/demo/demodata.cpp" line="112"/>
        <source>The database already has %Ln affiliate(s); demo data goes into an empty one.</source>
        <translation>
            <numerusform>The database already has %Ln affiliate; demo data goes into an empty one.</numerusform>
            <numerusform>The database already has %Ln affiliates; demo data goes into an empty one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::Format</name>
    <message numerus="yes">
        <location filename="../models/common/format.cpp" line="165"/>
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::LiveBar</name>
    <message numerus="yes">
        <location filename="../widgets/livebar.cpp" line="116"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/livebar.cpp" line="118"/>
        <source>%n affiliate(s)</source>
        <translation>
            <numerusform>%n affiliate</numerusform>
            <numerusform>%n affiliates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/livebar.cpp" line="143"/>
        <source>%n new race-lost beacon(s)</source>
        <translation>
            <numerusform>%n new race-lost beacon</numerusform>
            <numerusform>%n new race-lost beacons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="410"/>
        <source>The standby is behind its primary by more than %n second(s) (or by an unknown time): lists, searches and the audit may not show the latest changes. Previews, re-checks and writes use the primary.</source>
        <translation>
            <numerusform>The standby is behind its primary by more than %n second (or by an unknown time): lists, searches and the audit may not show the latest changes. Previews, re-checks and writes use the primary.</numerusform>
            <numerusform>The standby is behind its primary by more than %n seconds (or by an unknown time): lists, searches and the audit may not show the latest changes. Previews, re-checks and writes use the primary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="459"/>
        <source>%n request(s) waiting for a second agent&apos;s approval</source>
        <translation>
            <numerusform>%n request waiting for a second agent&apos;s approval</numerusform>
            <numerusform>%n requests waiting for a second agent&apos;s approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="760"/>
        <source>%Ln affiliate(s)</source>
        <translation>
            <numerusform>%Ln affiliate</numerusform>
            <numerusform>%Ln affiliates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::ReplyDraft</name>
    <message numerus="yes">
        <location filename="../models/affiliates/replydraft.cpp" line="147"/>
        <source>%n commission(s)</source>
        <translation>
            <numerusform>%n commission</numerusform>
            <numerusform>%n commissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierDesk::Standby</name>
    <message numerus="yes">
        <location filename="../models/db/standby.cpp" line="29"/>
        <source>%n s behind</source>
        <translation>
            <numerusform>%n s behind</numerusform>
            <numerusform>%n s behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/db/standby.cpp" line="31"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/db/standby.cpp" line="33"/>
        <source>%n h behind</source>
        <translation>
            <numerusform>%n h behind</numerusform>
            <numerusform>%n h behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/audit.cpp" line="116"/>
        <source>%Ln chain break(s) marked as reviewed not listed (--include-reviewed).</source>
        <translation>
            <numerusform>%Ln chain break marked as reviewed not listed (--include-reviewed).</numerusform>
            <numerusform>%Ln chain breaks marked as reviewed not listed (--include-reviewed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/audit.cpp" line="178"/>
        <source>Incremental: %Ln affiliate(s) changed since the last run and were read again.</source>
        <translation>
            <numerusform>Incremental: %Ln affiliate changed since the last run and was read again.</numerusform>
            <numerusform>Incremental: %Ln affiliates changed since the last run and were read again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="30"/>
        <source>%n invoice(s) in another currency left out.</source>
        <translation>
            <numerusform>%n invoice in another currency left out.</numerusform>
            <numerusform>%n invoices in another currency left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="35"/>
        <source>%n test-mode invoice(s) left out (--test-mode books them).</source>
        <translation>
            <numerusform>%n test-mode invoice left out (--test-mode books it).</numerusform>
            <numerusform>%n test-mode invoices left out (--test-mode books them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="40"/>
        <source>%n invoice(s) naming no affiliate left out.</source>
        <translation>
            <numerusform>%n invoice naming no affiliate left out.</numerusform>
            <numerusform>%n invoices naming no affiliate left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="45"/>
        <source>%n invoice(s) older than the affiliate&apos;s latest tier change or commission booked at the rate of their time, the tier not re-evaluated for them.</source>
        <translation>
            <numerusform>%n invoice older than the affiliate&apos;s latest tier change or commission booked at the rate of its time, the tier not re-evaluated for it.</numerusform>
            <numerusform>%n invoices older than the affiliate&apos;s latest tier change or commission booked at the rate of their time, the tier not re-evaluated for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/replay.cpp" line="52"/>
        <source>%n invoice.payment_succeeded event(s) had no invoice.paid beside them and were not booked.</source>
        <translation>
            <numerusform>%n invoice.payment_succeeded event had no invoice.paid beside it and was not booked.</numerusform>
            <numerusform>%n invoice.payment_succeeded events had no invoice.paid beside them and were not booked.</numerusform>
        </translation>
    </message>
</context>
</TS>
