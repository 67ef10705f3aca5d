#pragma once

#include <QCoreApplication>
#include <QString>

namespace TierDesk {

// Light, dark, or the desktop's own colours (the default: the platform theme's palette,
// which follows the desktop's colour scheme). Light and dark use the Fusion style, whose
// colours come from the palette alone.
class Appearance final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Appearance)

public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();
    static QString key(Mode mode); // "system", "light", "dark": what Settings keeps
    static Mode fromKey(const QString &key);
};

} // namespace TierDesk
