#pragma once

#include <QCoreApplication>
#include <QMessageBox>

#include <functional>

class QAbstractItemView;

namespace TierDesk {

// The window's message boxes. What they say carries data (handles, operator
// names, file names, the database's own error text), so they show it as plain
// text: QMessageBox guesses rich text from a leading tag otherwise.
class Notice final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Notice)

public:
    // A box with a Close button, not yet shown.
    static QMessageBox *create(
        QMessageBox::Icon icon, const QString &title, const QString &text, QWidget *parent);
    // A modal warning, shown and answered before this returns.
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Asks over `dialog` whether what the person typed in it may go ("discardQuestion"):
    // "Keep editing" is the default and Escape's answer; `discard` runs on "Discard".
    static void askDiscard(QWidget *dialog, const QString &question, std::function<void()> discard);
    // Every label below `root` that would guess its format shows plain text: a name
    // such as "<b>x</b><img src=file:///etc/hostname>" stays those characters.
    // Labels set to rich text on purpose (which escape their data) are left alone.
    static void plainLabels(QWidget *root);
    // The tooltips of `view`'s cells (an activity's reason, a batch's operator)
    // shown as plain text; Qt guesses rich text from a leading tag otherwise.
    static void plainToolTips(QAbstractItemView *view);
};

} // namespace TierDesk
