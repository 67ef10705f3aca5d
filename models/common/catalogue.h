#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace TierDesk {

// TierDesk's and Qt's translation catalogues for one language, installed into
// the application; the GUI's language manager and the CLI share it. TierDesk's
// catalogue is read from share/tierdesk/translations beside the installed
// executable when it is there (so a packager or translator can replace it),
// else from the copy built into the program.
class Catalogue final
{
public:
    Catalogue() = default;
    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    // "de" or "en"; anything else (or empty) follows the system's language
    // (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    static QString resolve(const QString &requested);
    static QLocale localeFor(const QString &code);
    // The folder an installed TierDesk keeps its catalogues in.
    static QString installedFolder();

    // Loads TierDesk's own catalogue for `code` into `translator` without installing it
    // (the installed copy first, else the built-in one).
    static bool loadOwn(QTranslator &translator, const QString &code);

    // Swaps the installed catalogues for `code` ("de" or "en") and makes its
    // locale the default. False when TierDesk's own catalogue is missing.
    bool install(const QString &code);
    QString language() const { return m_language; }

private:
    void remove();

    QString m_language;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_own;
};

} // namespace TierDesk
