#pragma once

#include "appearance.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace TierDesk {

// What TierDesk remembers between runs, typed. Connection strings are stored
// without passwords (DatabaseUrl::toStorableString()).
class Settings final
{
public:
    Settings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // The name writes record for this person; the OS user's full name until set.
    QString operatorName() const;
    // The name given in Session → Your name or a write dialog; empty when none was.
    QString savedOperatorName() const;
    void setOperatorName(const QString &name);
    // Whether an exported case report names the database (off: it may leave the team).
    bool caseReportNamesDatabase() const;
    void setCaseReportNamesDatabase(bool on);
    QString lastView() const;
    void setLastView(const QString &view);
    QString language() const; // "de", "en" or empty (follow the system)
    Appearance::Mode appearance() const; // the desktop's colours unless chosen
    void setAppearance(Appearance::Mode mode);
    void setLanguage(const QString &language);
    // The zone times are shown in: "UTC" (the default), "system" or an IANA id.
    QString displayZone() const;
    void setDisplayZone(const QString &zone);
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &storableUrl);

    // The hot standby a database was last read from (the connection dialog's second
    // URL), by the database's storable URL; empty when it was read directly.
    QString standbyFor(const QString &storableUrl) const;
    void setStandbyFor(const QString &storableUrl, const QString &standbyStorableUrl);
    // How far behind its primary a standby may be before the window warns.
    int standbyWarningSeconds() const;
    void setStandbyWarningSeconds(int seconds);

    static constexpr int MaxRecent = 8;
    static constexpr int DefaultStandbyWarningSeconds = 60;

private:
    mutable QSettings m_settings;
};

} // namespace TierDesk
