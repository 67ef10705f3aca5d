#include "languagemanager.h"
#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace TierDesk {

namespace {
LanguageManager *s_instance = nullptr;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    s_instance = this;
}

LanguageManager::~LanguageManager()
{
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageManager *LanguageManager::instance()
{
    return s_instance;
}

void LanguageManager::setLanguage(const QString &requested)
{
    const QString code = requested == QLatin1String("de") || requested == QLatin1String("en")
        ? requested
        : QLocale::system().language() == QLocale::German ? QStringLiteral("de")
                                                          : QStringLiteral("en");
    if (code == m_language)
        return;
    m_language = code;
    const QLocale locale = code == QLatin1String("de")
        ? QLocale(QLocale::German, QLocale::Germany)
        : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // Remove the old catalogues first: the newest installed translator wins.
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_own = std::make_unique<QTranslator>();
    // English is loaded too: it carries the plural forms ("1 affiliate", "2 affiliates").
    if (m_own->load(QStringLiteral(":/i18n/tierdesk_") + code))
        QCoreApplication::installTranslator(m_own.get());
    else
        qCWarning(lcUi) << "no catalogue for" << code;
    emit languageChanged(code);
}

} // namespace TierDesk
