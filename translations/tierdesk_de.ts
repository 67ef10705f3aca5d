<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>TierDesk::AffiliateListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>TierDesk::AffiliateLookup</name>
    <message>
        <source>Name an affiliate: its id, its handle or a Stripe event id.</source>
        <translation>Nennen Sie einen Affiliate: ID, Handle oder eine Stripe-Event-ID.</translation>
    </message>
    <message>
        <source>No affiliate matches "%1".</source>
        <translation>Kein Affiliate passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>TierDesk::CliContext</name>
    <message>
        <source>Missing --db: name the database (sqlite:PATH or a postgresql:// URI).</source>
        <translation>--db fehlt: Geben Sie die Datenbank an (sqlite:PFAD oder eine postgresql://-URI).</translation>
    </message>
</context>
<context>
    <name>TierDesk::Connection</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist.</source>
        <translation>Die SQLite-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file %1: %2.</source>
        <translation>Die SQLite-Datei %1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database or is damaged (%2).</source>
        <translation>%1 ist keine SQLite-Datenbank oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2.</source>
        <translation>%1 lässt sich nicht in den WAL-Modus schalten: %2.</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1: %2.</translation>
    </message>
    <message>
        <source>Cannot set up the session on %1: %2.</source>
        <translation>Die Sitzung auf %1 lässt sich nicht einrichten: %2.</translation>
    </message>
    <message>
        <source>Cannot make the session read-only on %1: %2.</source>
        <translation>Die Sitzung auf %1 lässt sich nicht schreibgeschützt öffnen: %2.</translation>
    </message>
    <message>
        <source>The session is read-only; turn on write access to change data.</source>
        <translation>Die Sitzung ist schreibgeschützt; schalten Sie den Schreibzugriff ein, um Daten zu ändern.</translation>
    </message>
    <message>
        <source>The database refused the query: %1.</source>
        <translation>Die Datenbank hat die Abfrage abgelehnt: %1.</translation>
    </message>
</context>
<context>
    <name>TierDesk::DatabaseUrl</name>
    <message>
        <source>No database given: use sqlite:PATH or a postgresql:// URI.</source>
        <translation>Keine Datenbank angegeben: Verwenden Sie sqlite:PFAD oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <source>The SQLite URL "%1" names no file.</source>
        <translation>Die SQLite-URL „%1“ nennt keine Datei.</translation>
    </message>
    <message>
        <source>"%1" is not a database URL: use sqlite:PATH, a path ending in .db, or a postgresql:// URI.</source>
        <translation>„%1“ ist keine Datenbank-URL: Verwenden Sie sqlite:PFAD, einen Pfad auf .db oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <source>Unknown database URL scheme "%1": use sqlite: or postgresql://.</source>
        <translation>Unbekanntes Datenbank-Schema „%1“: Verwenden Sie sqlite: oder postgresql://.</translation>
    </message>
    <message>
        <source>The PostgreSQL URI is malformed: %1.</source>
        <translation>Die PostgreSQL-URI ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>TierDesk connects to one PostgreSQL host; the URI names several.</source>
        <translation>TierDesk verbindet sich mit genau einem PostgreSQL-Host; die URI nennt mehrere.</translation>
    </message>
    <message>
        <source>The port "%1" is not a number between 1 and 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>connect_timeout "%1" is not a number of seconds.</source>
        <translation>connect_timeout „%1“ ist keine Sekundenzahl.</translation>
    </message>
    <message>
        <source>sslmode "%1" is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>sslmode „%1“ ist keiner der Werte disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
    <message>
        <source>Unknown connection parameter "%1" in the PostgreSQL URI.</source>
        <translation>Unbekannter Verbindungsparameter „%1“ in der PostgreSQL-URI.</translation>
    </message>
    <message>
        <source>The port in the URI is not between 1 and 65535.</source>
        <translation>Der Port in der URI liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL URI names no database, user or service.</source>
        <translation>Die PostgreSQL-URI nennt weder Datenbank noch Benutzer noch Dienst.</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1 (service %2)</source>
        <translation>PostgreSQL %1 (Dienst %2)</translation>
    </message>
    <message>
        <source>PostgreSQL %1 on %2</source>
        <translation>PostgreSQL %1 auf %2</translation>
    </message>
</context>
<context>
    <name>TierDesk::DemoData</name>
    <message numerus="yes">
        <source>The database already has %n affiliate(s); demo data goes into an empty one.</source>
        <translation><numerusform>Die Datenbank enthält bereits %n Affiliate; Demodaten gehören in eine leere Datenbank.</numerusform><numerusform>Die Datenbank enthält bereits %n Affiliates; Demodaten gehören in eine leere Datenbank.</numerusform></translation>
    </message>
</context>
<context>
    <name>TierDesk::MainWindow</name>
    <message>
        <source>TierDesk</source>
        <translation>TierDesk</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliate(s)</source>
        <translation><numerusform>%n Affiliate</numerusform><numerusform>%n Affiliates</numerusform></translation>
    </message>
    <message>
        <source>Write access on</source>
        <translation>Schreibzugriff an</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>TierDesk::Schema</name>
    <message>
        <source>The database has no table "%1".</source>
        <translation>Der Datenbank fehlt die Tabelle „%1“.</translation>
    </message>
    <message>
        <source>The table "%1" has no column "%2".</source>
        <translation>Der Tabelle „%1“ fehlt die Spalte „%2“.</translation>
    </message>
    <message>
        <source>TierDesk's tables are missing or out of date (version %1 of %2); run "tierdesk-cli migrate" first.</source>
        <translation>Die TierDesk-Tabellen fehlen oder sind veraltet (Version %1 von %2); führen Sie zuerst „tierdesk-cli migrate“ aus.</translation>
    </message>
    <message>
        <source>The database was migrated by a newer TierDesk (schema version %1); update TierDesk.</source>
        <translation>Die Datenbank wurde von einer neueren TierDesk-Version migriert (Schemaversion %1); aktualisieren Sie TierDesk.</translation>
    </message>
    <message>
        <source>%1 already holds affiliate tables that "init" did not create; use "tierdesk-cli migrate" to attach TierDesk to a production database.</source>
        <translation>%1 enthält bereits Affiliate-Tabellen, die nicht von „init“ stammen; binden Sie TierDesk mit „tierdesk-cli migrate“ an eine Produktionsdatenbank an.</translation>
    </message>
</context>
<context>
    <name>TierDesk::StripeReplay</name>
    <message>
        <source>Cannot read the event file %1: %2.</source>
        <translation>Die Ereignisdatei %1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON (%2 at character %3); nothing was written.</source>
        <translation>Zeile %1 ist kein gültiges JSON (%2 bei Zeichen %3); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object; nothing was written.</source>
        <translation>Zeile %1 ist kein JSON-Objekt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1 has no event "id" string; nothing was written.</source>
        <translation>Zeile %1 fehlt die Ereignis-„id“ als Zeichenkette; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1 has no event "type" string; nothing was written.</source>
        <translation>Zeile %1 fehlt der Ereignis-„type“ als Zeichenkette; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1: "created" must be Unix seconds as a whole number; nothing was written.</source>
        <translation>Zeile %1: „created“ muss eine ganze Zahl von Unix-Sekunden sein; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1: "data.object.amount_paid" must be a whole number of cents between 0 and 100000000000; nothing was written.</source>
        <translation>Zeile %1: „data.object.amount_paid“ muss ein ganzzahliger Centbetrag zwischen 0 und 100000000000 sein; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1 has no "data.object.metadata.affiliate_id"; nothing was written.</source>
        <translation>Zeile %1 fehlt „data.object.metadata.affiliate_id“; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1: affiliate_id "%2" is not a UUID; nothing was written.</source>
        <translation>Zeile %1: affiliate_id „%2“ ist keine UUID; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The event file holds no events.</source>
        <translation>Die Ereignisdatei enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 64.</source>
        <translation>Die Parallelität muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <source>--unguarded replays the pre-fix evaluator and is refused on %1: it is not a sandbox made by "tierdesk-cli init".</source>
        <translation>--unguarded spielt den Bewerter ohne Race-Schutz ab und ist auf %1 nicht erlaubt: Die Datenbank ist keine mit „tierdesk-cli init“ angelegte Sandbox.</translation>
    </message>
    <message>
        <source>Line %1: no affiliate has the id %2; nothing was written.</source>
        <translation>Zeile %1: Es gibt keinen Affiliate mit der ID %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Line %1: the affiliate %2 disappeared during the replay.</source>
        <translation>Zeile %1: Der Affiliate %2 ist während der Wiedergabe verschwunden.</translation>
    </message>
</context>
<context>
    <name>TierDesk::TierEvaluator</name>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <source>Demoted</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <source>Race lost</source>
        <translation>Race verloren</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The rate update changed %1 rows for one affiliate; nothing was written.</source>
        <translation>Die Satzänderung hat %1 Zeilen für einen Affiliate getroffen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The tier event was not written.</source>
        <translation>Das Stufenereignis wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>TierDesk::TierPolicy</name>
    <message>
        <source>The tier_policy table is empty; TierDesk cannot tell which rate a sum earns.</source>
        <translation>Die Tabelle tier_policy ist leer; TierDesk kann keinem Umsatz eine Provisionsstufe zuordnen.</translation>
    </message>
</context>
<context>
    <name>tierdesk</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Affiliate tier admin dashboard.</source>
        <translation>Verwaltungsoberfläche für Affiliate-Provisionsstufen.</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH, PATH.db or postgresql:// URI.</source>
        <translation>Datenbank: sqlite:PFAD, PFAD.db oder postgresql://-URI.</translation>
    </message>
    <message>
        <source>Language: de or en.</source>
        <translation>Sprache: de oder en.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size, WxH.</source>
        <translation>Fenstergröße, BxH.</translation>
    </message>
    <message>
        <source>--lang takes de or en, not "%1".</source>
        <translation>--lang erwartet de oder en, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 lässt sich nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>tierdesk-cli</name>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH, PATH.db or a postgresql:// URI.</source>
        <translation>Die Datenbank: sqlite:PFAD, PFAD.db oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <source>Fill the new database with the demo data.</source>
        <translation>Die neue Datenbank mit Demodaten füllen.</translation>
    </message>
    <message>
        <source>Seed for the demo data (default 621).</source>
        <translation>Startwert für die Demodaten (Standard 621).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Create the production tables and TierDesk's additions in a new sandbox database, optionally with demo data.</source>
        <translation>Legt die Produktionstabellen und die TierDesk-Erweiterungen in einer neuen Sandbox-Datenbank an, auf Wunsch mit Demodaten.</translation>
    </message>
    <message>
        <source>--seed "%1" is not a non-negative number.</source>
        <translation>--seed „%1“ ist keine nicht-negative Zahl.</translation>
    </message>
    <message>
        <source>Demo data: %1 affiliates, %2 commissions, %3 tier events (%4 affiliates with race duplicates, %5 redundant rows), %6 race-lost beacons.</source>
        <translation>Demodaten: %1 Affiliates, %2 Provisionen, %3 Stufenereignisse (%4 Affiliates mit Race-Duplikaten, %5 überzählige Zeilen), %6 Race-lost-Beacons.</translation>
    </message>
    <message>
        <source>Initialised %1 (schema version %2).</source>
        <translation>%1 eingerichtet (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Add TierDesk's columns, tables and indexes to an existing production database. Additive and idempotent.</source>
        <translation>Ergänzt eine bestehende Produktionsdatenbank um die Spalten, Tabellen und Indizes von TierDesk. Nur additiv, beliebig wiederholbar.</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2; nothing to do.</source>
        <translation>%1 hat bereits Schemaversion %2; nichts zu tun.</translation>
    </message>
    <message>
        <source>Migrated %1 to schema version %2.</source>
        <translation>%1 auf Schemaversion %2 migriert.</translation>
    </message>
    <message>
        <source>create a sandbox database (with --demo: demo data)</source>
        <translation>Sandbox-Datenbank anlegen (mit --demo: mit Demodaten)</translation>
    </message>
    <message>
        <source>add TierDesk's tables to a production database</source>
        <translation>TierDesk-Tabellen zu einer Produktionsdatenbank hinzufügen</translation>
    </message>
    <message>
        <source>Usage: tierdesk-cli COMMAND --db URL [options]</source>
        <translation>Aufruf: tierdesk-cli BEFEHL --db URL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run "tierdesk-cli COMMAND --help" for a command's options. Exit codes: 0 done, 2 usage error, 3 refused by a guard or bad data (nothing written), 4 cannot connect or open.</source>
        <translation>„tierdesk-cli BEFEHL --help“ zeigt die Optionen eines Befehls. Exit-Codes: 0 erledigt, 2 Aufruffehler, 3 von einer Schutzprüfung oder wegen fehlerhafter Daten abgelehnt (nichts geschrieben), 4 keine Verbindung oder Datei nicht lesbar.</translation>
    </message>
    <message>
        <source>Unknown command "%1"; run tierdesk-cli --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe tierdesk-cli --help.</translation>
    </message>
    <message>
        <source>The affiliate: id, handle or a Stripe event id.</source>
        <translation>Der Affiliate: ID, Handle oder eine Stripe-Event-ID.</translation>
    </message>
    <message>
        <source>Evaluate as of this ISO-8601 time (default: now).</source>
        <translation>Zu diesem ISO-8601-Zeitpunkt bewerten (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Name for the audit log (default: your user name).</source>
        <translation>Name für das Audit-Protokoll (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <source>Re-evaluate one affiliate's tier with the race-guarded evaluator.</source>
        <translation>Bewertet die Stufe eines Affiliates mit dem race-geschützten Bewerter neu.</translation>
    </message>
    <message>
        <source>Missing --affiliate.</source>
        <translation>--affiliate fehlt.</translation>
    </message>
    <message>
        <source>--now "%1" is not an ISO-8601 time.</source>
        <translation>--now „%1“ ist kein ISO-8601-Zeitpunkt.</translation>
    </message>
    <message>
        <source>@%1: %2 (rate %3 %, target %4 %, 90-day commissions %5).</source>
        <translation>@%1: %2 (Satz %3 %, Ziel %4 %, Provisionen der letzten 90 Tage %5).</translation>
    </message>
    <message>
        <source>JSON-lines file of Stripe events.</source>
        <translation>JSON-Lines-Datei mit Stripe-Ereignissen.</translation>
    </message>
    <message>
        <source>Worker threads, each with its own connection.</source>
        <translation>Worker-Threads, jeder mit eigener Verbindung.</translation>
    </message>
    <message>
        <source>Use the pre-fix read-then-write evaluator (sandbox databases only).</source>
        <translation>Den alten Bewerter ohne Race-Schutz verwenden (nur in Sandbox-Datenbanken).</translation>
    </message>
    <message>
        <source>Replay Stripe invoice.paid events: insert each commission once, then evaluate the tier at the event's time.</source>
        <translation>Spielt Stripe-Ereignisse invoice.paid ab: Jede Provision wird einmal eingetragen, danach wird die Stufe zum Zeitpunkt des Ereignisses bewertet.</translation>
    </message>
    <message>
        <source>Missing --events FILE.</source>
        <translation>--events DATEI fehlt.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>%1 events (%2 invoice.paid, %3 other types skipped): %4 commissions inserted, %5 skipped as already seen; %6 promotions, %7 demotions, %8 race-lost; %9 events/s.</source>
        <translation>%1 Ereignisse (%2 invoice.paid, %3 andere Typen übersprungen): %4 Provisionen eingetragen, %5 als bereits bekannt übersprungen; %6 Hochstufungen, %7 Herabstufungen, %8 verlorene Races; %9 Ereignisse/s.</translation>
    </message>
    <message>
        <source>Only beacons at or after this ISO-8601 time.</source>
        <translation>Nur Beacons ab diesem ISO-8601-Zeitpunkt.</translation>
    </message>
    <message>
        <source>Race-lost beacons per hour, with hours at the alert rule (5 or more) marked.</source>
        <translation>Race-lost-Beacons pro Stunde; Stunden, in denen die Alarmregel greift (5 oder mehr), sind markiert.</translation>
    </message>
    <message>
        <source>--since "%1" is not an ISO-8601 time.</source>
        <translation>--since „%1“ ist kein ISO-8601-Zeitpunkt.</translation>
    </message>
    <message>
        <source>Race-lost beacons per hour (UTC); the alert rule fires at %1 or more an hour.</source>
        <translation>Race-lost-Beacons pro Stunde (UTC); die Alarmregel greift ab %1 pro Stunde.</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>%1 beacons in %2 hours; %3 hours at or over the alert rule.</source>
        <translation>%1 Beacons in %2 Stunden; in %3 Stunden griff die Alarmregel.</translation>
    </message>
    <message>
        <source>re-evaluate one affiliate's tier (race-guarded)</source>
        <translation>Stufe eines Affiliates neu bewerten (race-geschützt)</translation>
    </message>
    <message>
        <source>replay Stripe events from a JSON-lines file</source>
        <translation>Stripe-Ereignisse aus einer JSON-Lines-Datei abspielen</translation>
    </message>
    <message>
        <source>race-lost beacons per hour against the alert rule</source>
        <translation>Race-lost-Beacons pro Stunde gegen die Alarmregel</translation>
    </message>
</context>
</TS>