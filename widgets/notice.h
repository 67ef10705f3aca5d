#pragma once

#include <QMessageBox>

namespace TierDesk {

// The window's message boxes. What they say carries data (handles, operator
// names, file names, the database's own error text), so they show it as plain
// text: QMessageBox guesses rich text from a leading tag otherwise.
class Notice final
{
public:
    // A box with a Close button, not yet shown.
    static QMessageBox *create(
        QMessageBox::Icon icon, const QString &title, const QString &text, QWidget *parent);
    // A modal warning, shown and answered before this returns.
    static void warning(QWidget *parent, const QString &title, const QString &text);
};

} // namespace TierDesk
