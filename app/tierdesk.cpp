// tierdesk: the desktop dashboard.

#include "../models/common/catalogue.h"
#include "../models/common/logging.h"
#include "../models/db/connection.h"
#include "../models/demo/demodata.h"
#include "../models/schema/schema.h"
#include "../models/session/session.h"
#include "../widgets/affiliatedetailview.h"
#include "../widgets/affiliatesview.h"
#include "../widgets/appearance.h"
#include "../widgets/auditview.h"
#include "../widgets/languagemanager.h"
#include "../widgets/mainwindow.h"
#include "../widgets/settings.h"
#include "responsiveness.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace TierDesk;

namespace {

// Opens (and on first start creates) the demo database in the user's data folder.
Result<DatabaseUrl> demoDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return Error::connect(
            QCoreApplication::translate("tierdesk", "Cannot create the data folder %1.")
                .arg(folder));
    const DatabaseUrl url = DatabaseUrl::sqlite(QDir(folder).filePath(QStringLiteral("demo.db")));
    if (auto done = DemoData::openSandbox(url); !done)
        return done.error();
    return url;
}

// tierdesk's command line, described once for the window and for --help.
struct Options
{
    Options();
    void describe(QCommandLineParser &parser) const;

    QCommandLineOption db, readDb, lang, screenshot, size, affiliate, view, tab, report, dark,
        measure;
};

Options::Options()
    : db(QStringLiteral("db"),
        QCoreApplication::translate(
            "tierdesk", "Database: sqlite:PATH, PATH.db or postgresql:// URI."),
        QStringLiteral("url"))
    , readDb(QStringLiteral("read-db"),
          QCoreApplication::translate("tierdesk",
              "A hot standby of --db to read from (postgresql:// URI or ?service=NAME); writes "
              "stay on --db."),
          QStringLiteral("url"))
    , lang(QStringLiteral("lang"), QCoreApplication::translate("tierdesk", "Language: de or en."),
          QStringLiteral("code"))
    , screenshot(QStringLiteral("screenshot"),
          QCoreApplication::translate("tierdesk", "Render the window to a PNG and exit."),
          QStringLiteral("file"))
    , size(QStringLiteral("size"), QCoreApplication::translate("tierdesk", "Window size, WxH."),
          QStringLiteral("WxH"))
    , affiliate(QStringLiteral("affiliate"),
          QCoreApplication::translate("tierdesk", "Open this affiliate (handle, id or evt_ id)."),
          QStringLiteral("handle"))
    , view(QStringLiteral("view"),
          QCoreApplication::translate(
              "tierdesk", "Start in this view: affiliates, audit, beacons, activity or approvals."),
          QStringLiteral("name"))
    , tab(QStringLiteral("tab"),
          QCoreApplication::translate("tierdesk",
              "Show this tab of the affiliate: events, commissions, batches or activity."),
          QStringLiteral("name"))
    , report(QStringLiteral("case-report"),
          QCoreApplication::translate(
              "tierdesk", "Write the case report of --affiliate as a PDF and exit."),
          QStringLiteral("file"))
    , dark(QStringLiteral("dark"),
          QCoreApplication::translate("tierdesk", "Use a dark palette (Fusion style)."))
    , measure(QStringLiteral("measure"),
          QCoreApplication::translate("tierdesk",
              "Measure the window on this database (first list, scrolling, UI stalls during audit, "
              "backfill and undo), print it and exit. Writes and undoes a backfill: sandboxes "
              "only."))
{
}

void Options::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QCoreApplication::translate("tierdesk", "Affiliate tier admin dashboard."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        {db, readDb, lang, screenshot, size, affiliate, view, tab, report, dark, measure});
}

// --screenshot and --case-report, once the window has settled: the PNG, the PDF or
// the sentence why not, and the exit code.
void saveShot(MainWindow &window, const QString &shotFile, const QString &reportFile,
    const QString &affiliateText, int detailTab)
{
    if (!affiliateText.isEmpty() && !window.affiliatesView()->detailView()->hasDetail()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("tierdesk", "No affiliate matches \"%1\".")
                           .arg(Error::quoted(affiliateText))));
        QCoreApplication::exit(3);
        return;
    }
    if (!reportFile.isEmpty()) {
        auto written = window.exportCaseReport(reportFile);
        if (!written)
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        if (!written || shotFile.isEmpty()) {
            QCoreApplication::exit(written ? 0 : 1);
            return;
        }
    }
    if (detailTab >= 0)
        window.affiliatesView()->detailView()->tabs()->setCurrentIndex(detailTab);
    const bool saved = window.grab().save(shotFile, "PNG");
    if (!saved)
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("tierdesk", "Cannot write the screenshot %1.")
                           .arg(shotFile)));
    QCoreApplication::exit(saved ? 0 : 1);
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return code;
}

// True if any of `flags` (or "--flag=value") is on the command line.
bool hasAny(int argc, char *argv[], std::initializer_list<const char *> flags)
{
    return std::any_of(argv + 1, argv + argc, [flags](const char *arg) {
        return std::any_of(flags.begin(), flags.end(), [arg](const char *flag) {
            const auto n = qstrlen(flag);
            return qstrcmp(arg, flag) == 0
                || (flag[1] == '-' && qstrncmp(arg, flag, n) == 0 && arg[n] == '=');
        });
    });
}

// --help and --version need no window: they are answered by a plain
// QCoreApplication, in the language of --lang or the system, on a machine
// without a display too (a server over ssh, a packager's build host). Exits.
void answerWithoutWindow(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("TierDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    QCommandLineParser early;
    early.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    {
        const Options english;
        english.describe(early);
    }
    early.parse(QCoreApplication::arguments());
    Catalogue catalogue;
    catalogue.install(Catalogue::resolve(early.value(QStringLiteral("lang"))));
    const Options options; // described again, now in the chosen language
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(core); // prints and exits
}

// What the command line asks of the window, checked.
struct Launch
{
    QString language;
    std::optional<MainWindow::View> startView;
    int detailTab = -1; // the affiliate's tab by index, -1 for the one last shown
    QSize windowSize;
    bool shooting = false; // a screenshot, case report or measurement: no person at the window
};

Result<Launch> readLaunch(const QCommandLineParser &parser, const Options &options)
{
    Launch launch;
    launch.shooting = parser.isSet(options.screenshot) || parser.isSet(options.report)
        || parser.isSet(options.measure);
    if (parser.isSet(options.report) && !parser.isSet(options.affiliate))
        return Error::usage(
            QCoreApplication::translate("tierdesk", "--case-report needs --affiliate."));
    launch.language
        = parser.isSet(options.lang) ? parser.value(options.lang) : Settings().language();
    if (parser.isSet(options.lang) && launch.language != QLatin1String("de")
        && launch.language != QLatin1String("en"))
        return Error::usage(
            QCoreApplication::translate("tierdesk", "--lang takes de or en, not \"%1\".")
                .arg(Error::quoted(launch.language)));
    if (parser.isSet(options.view)) {
        launch.startView = MainWindow::viewFromName(parser.value(options.view));
        if (!launch.startView)
            return Error::usage(QCoreApplication::translate("tierdesk",
                "--view takes affiliates, audit, beacons, activity or approvals, not \"%1\".")
                                    .arg(Error::quoted(parser.value(options.view))));
    }
    if (parser.isSet(options.tab)) {
        static const QStringList tabs{QStringLiteral("events"), QStringLiteral("commissions"),
            QStringLiteral("batches"), QStringLiteral("activity")};
        launch.detailTab = int(tabs.indexOf(parser.value(options.tab)));
        if (launch.detailTab < 0)
            return Error::usage(QCoreApplication::translate(
                "tierdesk", "--tab takes events, commissions, batches or activity, not \"%1\".")
                                    .arg(Error::quoted(parser.value(options.tab))));
    }
    if (parser.isSet(options.size)) {
        const QStringList wh = parser.value(options.size).split(QLatin1Char('x'));
        launch.windowSize = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        const QSize &size = launch.windowSize;
        if (wh.size() != 2 || size.width() < 320 || size.height() < 240 || size.width() > 7680
            || size.height() > 4320)
            return Error::usage(QCoreApplication::translate(
                "tierdesk", "--size takes WIDTHxHEIGHT from 320x240 to 7680x4320, not \"%1\".")
                                    .arg(Error::quoted(parser.value(options.size))));
    } else if (launch.shooting) {
        launch.windowSize = QSize(1280, 800);
    }
    return launch;
}

// What a run without a person does once the database is open: measure, or
// take the screenshot and case report when the window is idle.
struct Unattended
{
    QString shotFile;
    QString reportFile;
    QString affiliateText;
    int detailTab = -1;
    bool measuring = false;
    QElapsedTimer sinceStart;

    void start(MainWindow &window) const
    {
        if (measuring) {
            if (!window.session()->isSandbox()) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("tierdesk",
                        "--measure writes and undoes a backfill; it runs only on a sandbox "
                        "database.")));
                QCoreApplication::exit(3);
                return;
            }
            const QElapsedTimer since = sinceStart;
            window.whenIdle([&window, since] { (new Responsiveness(&window, since))->start(); });
            return;
        }
        window.whenIdle([&window, shot = *this] {
            saveShot(window, shot.shotFile, shot.reportFile, shot.affiliateText, shot.detailTab);
        });
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (hasAny(argc, argv, {"--help", "--help-all", "-h", "-?", "--version", "-v"}))
        answerWithoutWindow(argc, argv);
    // --screenshot works on a machine without a display (CI, a server over ssh).
    if (hasAny(argc, argv, {"--screenshot", "--case-report", "--measure"})
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    Unattended unattended;
    unattended.sinceStart.start();
    QApplication app(argc, argv);
    routeDriverChatter();
    QApplication::setApplicationName(QStringLiteral("TierDesk"));
    QApplication::setOrganizationName(QStringLiteral("TierDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tierdesk.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.thmenu.TierDesk"));

    const Options options;
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app);
    // A screenshot run leaves the person's settings alone.
    QTemporaryDir scratch;
    if (parser.isSet(options.screenshot) || parser.isSet(options.report)
        || parser.isSet(options.measure)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    }
    const auto launch = readLaunch(parser, options);
    if (!launch)
        return fail(launch.error().message, 2);
    const bool shooting = launch->shooting;

    // --dark for this run; otherwise what the person chose in View → Appearance (the
    // desktop's own colours unless they chose light or dark).
    Appearance::apply(
        parser.isSet(options.dark) ? Appearance::Mode::Dark : Settings().appearance());
    LanguageManager languages;
    languages.setLanguage(launch->language);

    const bool named = parser.isSet(options.db);
    Result<DatabaseUrl> url = named
        ? DatabaseUrl::parse(parser.value(options.db), parser.value(options.readDb))
        : demoDatabase();
    if (url && !named && parser.isSet(options.readDb))
        url = Error::usage(QCoreApplication::translate(
            "tierdesk", "--read-db needs --db: the PostgreSQL database it is a standby of."));
    if (!url && shooting)
        return fail(url.error().message, named ? 2 : 4);

    MainWindow window;
    if (launch->windowSize.isValid()) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(launch->windowSize);
    }
    if (launch->startView)
        window.showView(*launch->startView);
    window.show();
    if (!url) {
        QMessageBox::warning(&window,
            QCoreApplication::translate("tierdesk", "Cannot open the database"),
            url.error().message);
        return app.exec();
    }

    unattended.shotFile = parser.value(options.screenshot);
    unattended.reportFile = parser.value(options.report);
    unattended.affiliateText = parser.value(options.affiliate);
    unattended.detailTab = launch->detailTab;
    unattended.measuring = parser.isSet(options.measure);
    const std::optional<MainWindow::View> startView = launch->startView;
    window.openDatabase(*url, [&window, shooting, unattended, startView](const QString &error) {
        if (!error.isEmpty()) {
            if (shooting) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                QCoreApplication::exit(4);
            } else {
                QMessageBox::warning(&window,
                    QCoreApplication::translate("tierdesk", "Cannot open the database"), error);
            }
            return;
        }
        if (!unattended.affiliateText.isEmpty())
            window.affiliatesView()->search(unattended.affiliateText);
        if (startView == MainWindow::View::Audit)
            window.auditView()->runAudit();
        if (shooting)
            unattended.start(window);
    });
    return app.exec();
}
