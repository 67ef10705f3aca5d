#include "notice.h"

namespace TierDesk {

QMessageBox *Notice::create(
    QMessageBox::Icon icon, const QString &title, const QString &text, QWidget *parent)
{
    auto *box = new QMessageBox(icon, title, QString(), QMessageBox::Close, parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    return box;
}

void Notice::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox *box = create(QMessageBox::Warning, title, text, parent);
    box->exec();
    delete box;
}

} // namespace TierDesk
