#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace TierDesk {

namespace {

Appearance::Mode g_mode = Appearance::Mode::System;
QString g_systemStyle; // the style the platform chose, to go back to

// The palette of --dark (with the Fusion style).
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    // Fusion draws frames and check box outlines from these: without them they come out
    // black on dark grey.
    palette.setColor(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
    palette.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x6e, 0x6e, 0x6e));
    palette.setColor(QPalette::Dark, QColor(0x8a, 0x8a, 0x8a));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    // Disabled reads as disabled: dim text on a button no lighter than the window.
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x6a, 0x6a));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x6a, 0x6a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6a, 0x6a, 0x6a));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2b, 0x2b, 0x2b));
    return palette;
}

// Fusion draws a check box's well in the base colour with an outline darker than the
// window: black on dark grey. A light outline and a tick that reads.
QString darkCheckBoxes()
{
    return QStringLiteral(
        "QCheckBox::indicator { width: 13px; height: 13px; border: 1px solid #9a9a9a; "
        "border-radius: 2px; background: #1e1e1e; }"
        "QCheckBox::indicator:hover { border-color: #c8c8c8; }"
        "QCheckBox::indicator:checked { background: #3d7ad6; border-color: #3d7ad6; "
        "image: url(:/icons/check.svg); }"
        "QCheckBox::indicator:disabled { border-color: #555555; }");
}

} // namespace

void Appearance::apply(Mode mode)
{
    if (g_systemStyle.isEmpty() && QApplication::style())
        g_systemStyle = QApplication::style()->name();
    g_mode = mode;
    switch (mode) {
    case Mode::System:
        qApp->setStyleSheet(QString());
        if (!g_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        // The platform theme's palette, when it has one (a dark desktop's included).
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        qApp->setStyleSheet(QString());
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        qApp->setStyleSheet(darkCheckBoxes());
        break;
    }
}

Appearance::Mode Appearance::current()
{
    return g_mode;
}

QString Appearance::key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Mode::Light;
    if (key == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

} // namespace TierDesk
