#include "notice.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolTip>

namespace TierDesk {

namespace {

class PlainToolTips final : public QObject
{
public:
    explicit PlainToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(),
            QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped()),
            m_view->viewport(), m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void Notice::plainToolTips(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTips(view));
}

void Notice::plainLabels(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

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

void Notice::askDiscard(QWidget *dialog, const QString &question, std::function<void()> discard)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, dialog->windowTitle(), QString(), QMessageBox::NoButton, dialog);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    box->setText(question);
    QPushButton *drop = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    QObject::connect(box, &QMessageBox::buttonClicked, dialog,
        [drop, discard = std::move(discard)](QAbstractButton *clicked) {
            if (clicked == drop)
                discard();
        });
    box->open();
}

} // namespace TierDesk
