#include "../../models/report/casereport.h"
#include "../../models/affiliates/affiliatedetail.h"
#include "../../models/db/sqlitefiles.h"
#include "../clicontext.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>

namespace TierDesk::Cli {

namespace {

// The one file the report goes to, never one of the database's own.
Result<QString> outputFile(const QCommandLineParser &parser, const QCommandLineOption &pdf,
    const QCommandLineOption &html, const QString &database)
{
    if (parser.isSet(pdf) == parser.isSet(html))
        return Error::usage(
            QCoreApplication::translate("tierdesk-cli", "Give either --pdf FILE or --html FILE."));
    const QString file = parser.value(parser.isSet(pdf) ? pdf : html);
    if (file.trimmed().isEmpty())
        return Error::usage(
            QCoreApplication::translate("tierdesk-cli", "The report's file name is empty."));
    // Writing over the database's own files would destroy it, and opening them at all
    // drops the locks SQLite holds.
    auto url = CliContext::parseUrl(database);
    if (!url)
        return url.error();
    if (url->isSqlite() && SqliteFiles::isDatabaseFile(url->filePath(), file))
        return Error::usage(QCoreApplication::translate("tierdesk-cli",
            "%1 is the database itself or one of its journal files; nothing was written.")
                                .arg(file));
    return file;
}

} // namespace

int caseReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption affiliate = affiliateOption(
        QT_TRANSLATE_NOOP("tierdesk-cli", "The affiliate: id, handle or a Stripe event id."));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
        QCoreApplication::translate("tierdesk-cli", "Write the report as a PDF (A4)."),
        QStringLiteral("file"));
    const QCommandLineOption html(QStringLiteral("html"),
        QCoreApplication::translate(
            "tierdesk-cli", "Write the report as one HTML file (the chart inside it)."),
        QStringLiteral("file"));
    const QCommandLineOption nameDatabase(QStringLiteral("name-database"),
        QCoreApplication::translate("tierdesk-cli",
            "Name the database in the report (left out by default: reports leave the building)."));
    parser.addOptions({db, affiliate, pdf, html, nameDatabase});
    if (auto exit = parse(parser, arguments, QStringLiteral("case-report"),
            QCoreApplication::translate("tierdesk-cli",
                "Write the affiliate's case report for a ticket, as the window does, in the "
                "language of --lang. Reads only.")))
        return *exit;
    if (!parser.isSet(affiliate))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "case-report needs --affiliate.")));
    auto file = outputFile(parser, pdf, html, parser.value(db));
    if (!file)
        return CliContext::fail(file.error());
    auto connection = CliContext::openMigrated(parser.value(db), Connection::Mode::Browse);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    auto detail = affiliateDetail(c, parser, affiliate);
    if (!detail)
        return CliContext::fail(detail.error());
    const QString database = parser.isSet(nameDatabase) ? c.url().toDisplayString() : QString();
    auto written = parser.isSet(pdf) ? CaseReport::writePdf(*detail, database, *file)
                                     : CaseReport::writeHtml(*detail, database, *file);
    if (!written)
        return CliContext::fail(written.error());
    CliContext::out()
        << QCoreApplication::translate("tierdesk-cli", "Case report written to %1.").arg(*file)
        << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
