#include "../../models/affiliates/affiliatedetail.h"
#include "../../models/affiliates/replydraft.h"
#include "../../models/common/operatorinfo.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>

namespace TierDesk::Cli {

int reply(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption affiliate = affiliateOption(
        QT_TRANSLATE_NOOP("tierdesk-cli", "The affiliate: id, handle or a Stripe event id."));
    const QCommandLineOption op = operatorOption();
    parser.addOptions({db, affiliate, op});
    if (auto exit = parse(parser, arguments, QStringLiteral("reply"),
            QCoreApplication::translate("tierdesk-cli",
                "Draft a plain-language reply to the affiliate about their tier history, in "
                "the language of --lang (de or en). Reads only.")))
        return *exit;
    if (!parser.isSet(affiliate))
        return CliContext::fail(
            Error::usage(QCoreApplication::translate("tierdesk-cli", "reply needs --affiliate.")));
    auto connection = CliContext::openMigrated(parser.value(db), Connection::Mode::Browse);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    auto detail = affiliateDetail(c, parser, affiliate);
    if (!detail)
        return CliContext::fail(detail.error());
    // The language the CLI speaks (--lang, else the system's).
    const QString language
        = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    auto text
        = ReplyDraft::write(c, *detail, language, OperatorInfo::current(parser.value(op)).name);
    if (!text)
        return CliContext::fail(text.error());
    CliContext::out() << *text << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
