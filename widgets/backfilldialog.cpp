#include "backfilldialog.h"
#include "../models/common/operatorinfo.h"
#include "../models/common/text.h"
#include "notice.h"
#include "tierchart.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TierDesk {

BackfillDialog::BackfillDialog(Action action, const Backfill::Plan &plan,
    const QHash<QString, QString> &handles, const QString &database, bool production,
    QWidget *parent, qint64 undoOf)
    : QDialog(parent)
    , m_action(action)
    , m_undoOf(undoOf)
    , m_plan(plan)
    , m_handles(handles)
    , m_database(database)
    , m_production(production)
    , m_target(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_sample(new QTableWidget(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_ticketLabel(new QLabel(this))
    , m_ticket(new QLineEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(new QPushButton(this))
{
    setObjectName(action == Action::Supersede ? QStringLiteral("backfillDialog")
                                              : QStringLiteral("undoDialog"));
    setModal(true);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_sample->setColumnCount(3);
    m_sample->setRowCount(int(qMin<qsizetype>(SampleSize, plan.rows.size())));
    m_sample->verticalHeader()->hide();
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < m_sample->rowCount(); ++i) {
        const auto &row = plan.rows.at(i);
        const QString handle = handles.value(row.affiliateId);
        m_sample->setItem(i, 0,
            new QTableWidgetItem(handle.isEmpty() ? row.affiliateId : QLatin1Char('@') + handle));
        m_sample->setItem(i, 1, new QTableWidgetItem(QLatin1Char('#') + QString::number(row.id)));
        m_sample->setItem(
            i, 2, new QTableWidgetItem(QLatin1Char('#') + QString::number(row.keepId)));
    }
    m_ticket->setObjectName(QStringLiteral("ticketReference"));
    m_ticket->setMaxLength(OperatorInfo::MaxTicketLength);
    m_ticketLabel->setBuddy(m_ticket);
    m_reason->setObjectName(QStringLiteral("writeReason"));
    m_reason->setMaxLength(OperatorInfo::MaxReasonLength);
    m_reasonLabel->setBuddy(m_reason);
    m_confirm->setObjectName(QStringLiteral("confirmRowCount"));
    m_confirmLabel->setBuddy(m_confirm);
    m_hint->setObjectName(QStringLiteral("confirmHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_summary);
    layout->addWidget(m_sample, 1);
    auto *why = new QFormLayout;
    why->addRow(m_ticketLabel, m_ticket);
    why->addRow(m_reasonLabel, m_reason);
    layout->addLayout(why);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_confirm, &QLineEdit::textChanged, this, &BackfillDialog::updateButtons);
    // Our own button: a standard one would get its stock text back on every language change.
    m_apply->setObjectName(QStringLiteral("applyBackfill"));
    m_buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No default button: Enter must neither write nor silently cancel.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    resize(560, 480);
    Notice::plainLabels(this);
    retranslate();
    updateButtons();
    // Top to bottom, as on screen: ticket, reason, the typed count, then the buttons.
    setTabOrder(m_ticket, m_reason);
    setTabOrder(m_reason, m_confirm);
    setTabOrder(m_confirm, m_apply);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        setTabOrder(m_apply, cancel);
    m_ticket->setFocus();
}

QString BackfillDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

QString BackfillDialog::reason() const
{
    return m_reason->text().trimmed();
}

void BackfillDialog::setTicket(const QString &ticket)
{
    // Only ever this affiliate's last ticket (Session::suggestedTicket), selected so
    // that typing replaces it, and said to be a suggestion.
    m_ticket->setText(ticket);
    m_ticket->selectAll();
    if (!ticket.isEmpty()) {
        m_hint->setText(tr("The ticket is the one of your last change to this affiliate; "
                           "check that it is this case's."));
        m_hint->show();
    }
}

QPushButton *BackfillDialog::applyButton() const
{
    return m_apply;
}

bool BackfillDialog::confirms(const QString &typed, qsizetype rows)
{
    QString digits;
    for (const QChar c : typed.trimmed()) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(',') && c != QLatin1Char('.') && c != QLatin1Char('\'')
            && !c.isSpace())
            return false;
    }
    return !digits.isEmpty() && digits == QString::number(rows);
}

bool BackfillDialog::isConfirmed() const
{
    return confirms(m_confirm->text(), m_plan.rows.size());
}

void BackfillDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // A focused button other than the write one does what it says; otherwise
        // Enter only says which button writes.
        auto *focused = qobject_cast<QPushButton *>(focusWidget());
        if (focused && focused != m_apply) {
            focused->click();
            return;
        }
        m_hint->setText(isConfirmed() ? tr("Enter does not write. To go ahead, press “%1”.")
                                            .arg(m_apply->text().remove(QLatin1Char('&')))
                                      : tr("Type the number of rows first; Enter does not write."));
        m_hint->show();
        return;
    }
    QDialog::keyPressEvent(event);
}

void BackfillDialog::updateButtons()
{
    applyButton()->setEnabled(isConfirmed());
}

void BackfillDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BackfillDialog::retranslate()
{
    const bool supersede = m_action == Action::Supersede;
    setWindowTitle(supersede ? tr("Supersede duplicate tier events")
                             : tr("Undo cleanup batch %1").arg(m_undoOf));
    const QString where = m_database.toHtmlEscaped();
    m_target->setText(
        m_production ? tr(
            "<b>Target: %1</b> — <span style=\"color:#d32f2f\"><b>production database</b></span>")
                           .arg(where)
                     : tr("<b>Target: %1</b>").arg(where));
    const int rows = int(m_plan.rows.size());
    if (supersede) {
        m_summary->setText(
            tr("To be marked superseded: %1 in %2 at %3, each pointing at the event that "
               "stays. One transaction; if anything changed since the audit, nothing is "
               "written. Plan fingerprint %4.")
                .arg(tr("%Ln row(s)", nullptr, rows),
                    tr("%Ln duplicate cluster(s)", nullptr, m_plan.clusters),
                    tr("%Ln affiliate(s)", nullptr, m_plan.affiliates), m_plan.fingerprint));
        m_sample->setHorizontalHeaderLabels({tr("Affiliate"), tr("Supersede"), tr("Keep")});
        m_sample->setAccessibleName(tr("Sample of the rows to supersede"));
        applyButton()->setText(tr("Supersede %Ln row(s)", nullptr, rows));
    } else {
        m_summary->setText(
            tr("To be made active again: %1 at %2 that batch %3 superseded and that are still "
               "superseded by it. One transaction; if any of them changed since this preview, "
               "nothing is written. Undo fingerprint %4.")
                .arg(tr("%Ln row(s)", nullptr, rows),
                    tr("%Ln affiliate(s)", nullptr, m_plan.affiliates), Text::of(m_undoOf),
                    Text::of(m_plan.fingerprint)));
        m_sample->setHorizontalHeaderLabels({tr("Affiliate"), tr("Restore"), tr("Superseded by")});
        m_sample->setAccessibleName(tr("Sample of the rows to restore"));
        applyButton()->setText(tr("Restore %Ln row(s)", nullptr, rows));
    }
    m_sample->resizeColumnsToContents();
    m_confirmLabel->setText(
        tr("Type the number of rows (%1) to confirm:").arg(QLocale().toString(qlonglong(rows))));
    m_confirm->setAccessibleName(tr("Number of rows to confirm"));
    m_ticketLabel->setText(tr("&Ticket:"));
    m_ticket->setPlaceholderText(tr("e.g. SUP-4821 or the ticket's address (optional)"));
    m_reasonLabel->setText(tr("Rea&son:"));
    m_reason->setPlaceholderText(tr("Why, in one line (optional)"));
    m_hint->hide();
}

} // namespace TierDesk
