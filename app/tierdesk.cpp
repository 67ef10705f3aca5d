// tierdesk: the desktop dashboard.

#include "connection.h"
#include "demodata.h"
#include "mainwindow.h"
#include "schema.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

using namespace TierDesk;

namespace {

// Opens (and on first start creates) the demo database in the user's data folder.
Result<DatabaseUrl> demoDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return Error::connect(QCoreApplication::translate("tierdesk", "Cannot create the data folder %1.").arg(folder));
    const DatabaseUrl url = DatabaseUrl::sqlite(QDir(folder).filePath(QStringLiteral("demo.db")));
    if (QFileInfo::exists(url.filePath()))
        return url;
    auto connection = Connection::open(url, Connection::Mode::Create);
    if (!connection)
        return connection.error();
    if (auto done = Schema::initialize(**connection); !done)
        return done.error();
    if (auto demo = DemoData::generate(**connection); !demo)
        return demo.error();
    return url;
}

void installTranslators(QApplication &app, const QString &language)
{
    // German when asked for or when the system speaks it; English (with its plural forms) otherwise.
    const QString code = !language.isEmpty() ? language
            : QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    const QLocale locale(code == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/tierdesk_") + code))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    // --screenshot works on a machine without a display (CI, a server over ssh).
    const bool wantsScreenshot = std::any_of(argv, argv + argc, [](const char *arg) {
        return qstrcmp(arg, "--screenshot") == 0 || qstrncmp(arg, "--screenshot=", 13) == 0;
    });
    if (wantsScreenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TierDesk"));
    QApplication::setOrganizationName(QStringLiteral("TierDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tierdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tierdesk", "Affiliate tier admin dashboard."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("tierdesk", "Database: sqlite:PATH, PATH.db or postgresql:// URI."),
                                QStringLiteral("url"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("tierdesk", "Language: de or en."),
                                  QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("tierdesk", "Render the window to a PNG and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("tierdesk", "Window size, WxH."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({db, lang, screenshot, size});
    parser.process(app);

    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != QLatin1String("de") && language != QLatin1String("en")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("tierdesk", "--lang takes de or en, not \"%1\".").arg(language)));
        return 2;
    }
    installTranslators(app, language);

    Result<DatabaseUrl> url = parser.isSet(db) ? DatabaseUrl::parse(parser.value(db)) : demoDatabase();
    Result<std::unique_ptr<Connection>> connection =
            url ? Connection::open(*url, Connection::Mode::ReadOnly) : Result<std::unique_ptr<Connection>>(url.error());
    if (connection) {
        if (auto schema = Schema::checkProduction(**connection); !schema)
            connection = schema.error();
    }

    MainWindow window;
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1280, wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 800);
    if (connection) {
        window.setConnection(std::move(*connection));
    } else if (parser.isSet(screenshot)) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error().message));
        return 4;
    }
    window.show();
    if (!connection)
        QMessageBox::warning(&window, QCoreApplication::translate("tierdesk", "Cannot open the database"),
                             connection.error().message);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("tierdesk", "Cannot write the screenshot %1.").arg(file)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
