#include "languagemanager.h"

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
    const QString code = Catalogue::resolve(requested);
    if (code == m_catalogue.language())
        return;
    m_catalogue.install(code);
    emit languageChanged(code);
}

} // namespace TierDesk
