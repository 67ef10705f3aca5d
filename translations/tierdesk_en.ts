<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>TierDesk::DemoData</name>
    <message numerus="yes">
        <source>The database already has %n affiliate(s); demo data goes into an empty one.</source>
        <translation><numerusform>The database already has %n affiliate; demo data goes into an empty one.</numerusform><numerusform>The database already has %n affiliates; demo data goes into an empty one.</numerusform></translation>
    </message>
</context>
<context>
    <name>TierDesk::MainWindow</name>
    <message numerus="yes">
        <source>%n affiliate(s)</source>
        <translation><numerusform>%n affiliate</numerusform><numerusform>%n affiliates</numerusform></translation>
    </message>
</context>
</TS>