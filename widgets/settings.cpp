#include "settings.h"
#include "../models/common/operatorinfo.h"

namespace TierDesk {

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/splitter/") + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter/") + name, state);
}

QString Settings::lastView() const
{
    return m_settings.value(QStringLiteral("window/view"), QStringLiteral("affiliates")).toString();
}

void Settings::setLastView(const QString &view)
{
    m_settings.setValue(QStringLiteral("window/view"), view);
}

Appearance::Mode Settings::appearance() const
{
    return Appearance::fromKey(m_settings.value(QStringLiteral("ui/appearance")).toString());
}

void Settings::setAppearance(Appearance::Mode mode)
{
    m_settings.setValue(QStringLiteral("ui/appearance"), Appearance::key(mode));
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

QString Settings::operatorName() const
{
    const QString name = savedOperatorName();
    return name.isEmpty() ? OperatorInfo::fullUserName() : name;
}

QString Settings::savedOperatorName() const
{
    return m_settings.value(QStringLiteral("user/operatorName")).toString().trimmed();
}

void Settings::setOperatorName(const QString &name)
{
    m_settings.setValue(QStringLiteral("user/operatorName"), name.trimmed());
}

bool Settings::caseReportNamesDatabase() const
{
    return m_settings.value(QStringLiteral("report/namesDatabase"), false).toBool();
}

void Settings::setCaseReportNamesDatabase(bool on)
{
    m_settings.setValue(QStringLiteral("report/namesDatabase"), on);
}

QString Settings::displayZone() const
{
    return m_settings.value(QStringLiteral("ui/timeZone"), QStringLiteral("UTC")).toString();
}

void Settings::setDisplayZone(const QString &zone)
{
    m_settings.setValue(QStringLiteral("ui/timeZone"), zone);
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QStringList Settings::recentDatabases() const
{
    return m_settings.value(QStringLiteral("databases/recent")).toStringList();
}

void Settings::addRecentDatabase(const QString &storableUrl)
{
    QStringList recent = recentDatabases();
    recent.removeAll(storableUrl);
    recent.prepend(storableUrl);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("databases/recent"), recent);
}

// QSettings keys cannot hold every character of a URL: the standbys live in one map.
QString Settings::standbyFor(const QString &storableUrl) const
{
    return m_settings.value(QStringLiteral("databases/standbys"))
        .toMap()
        .value(storableUrl)
        .toString();
}

void Settings::setStandbyFor(const QString &storableUrl, const QString &standbyStorableUrl)
{
    QVariantMap standbys = m_settings.value(QStringLiteral("databases/standbys")).toMap();
    if (standbyStorableUrl.isEmpty())
        standbys.remove(storableUrl);
    else
        standbys.insert(storableUrl, standbyStorableUrl);
    m_settings.setValue(QStringLiteral("databases/standbys"), standbys);
}

int Settings::standbyWarningSeconds() const
{
    bool ok = false;
    const int seconds
        = m_settings.value(QStringLiteral("databases/standbyWarningSeconds")).toInt(&ok);
    return ok && seconds > 0 ? seconds : DefaultStandbyWarningSeconds;
}

void Settings::setStandbyWarningSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("databases/standbyWarningSeconds"), seconds);
}

} // namespace TierDesk
