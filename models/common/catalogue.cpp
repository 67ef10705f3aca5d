#include "catalogue.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

namespace TierDesk {

Catalogue::~Catalogue()
{
    remove();
}

QString Catalogue::resolve(const QString &requested)
{
    if (requested == QLatin1String("de") || requested == QLatin1String("en"))
        return requested;
    // QLocale::system() follows LC_ALL, LC_MESSAGES and LANG; GNU's LANGUAGE
    // list comes first where it is set.
    const QString languages = qEnvironmentVariable("LANGUAGE");
    for (const QString &entry : languages.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (entry.startsWith(QLatin1String("de")))
            return QStringLiteral("de");
        if (entry.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de")
                                                           : QStringLiteral("en");
}

QLocale Catalogue::localeFor(const QString &code)
{
    return code == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                       : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Catalogue::installedFolder()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/tierdesk/translations"));
}

void Catalogue::remove()
{
    // The newest installed translator wins: take the old ones out first.
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    m_qt.reset();
    m_own.reset();
}

bool Catalogue::loadOwn(QTranslator &translator, const QString &code)
{
    const QString file = QStringLiteral("tierdesk_") + code;
    const QString installed = installedFolder();
    return (QFileInfo::exists(installed + QLatin1Char('/') + file + QLatin1String(".qm"))
               && translator.load(file, installed))
        || translator.load(QStringLiteral(":/i18n/") + file);
}

bool Catalogue::install(const QString &code)
{
    remove();
    m_language = code;
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_own = std::make_unique<QTranslator>();
    // English is loaded too: it carries the plural forms ("1 affiliate", "2 affiliates").
    const bool loaded = loadOwn(*m_own, code);
    if (loaded)
        QCoreApplication::installTranslator(m_own.get());
    else
        qCWarning(lcUi) << "no catalogue for" << code;
    return loaded;
}

} // namespace TierDesk
