#pragma once

#include "../models/common/catalogue.h"

#include <QObject>

#include <memory>

namespace TierDesk {

// Installs Qt's and TierDesk's catalogues for English or German and swaps them
// at runtime; every widget then gets a LanguageChange event and retranslates.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static LanguageManager *instance();
    // "de" or "en"; anything else (or empty) follows the system's language.
    void setLanguage(const QString &code);
    QString language() const { return m_catalogue.language(); }

signals:
    void languageChanged(const QString &code);

private:
    Catalogue m_catalogue;
};

} // namespace TierDesk
