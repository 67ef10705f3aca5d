#include "backfilldialog.h"
#include "../models/common/text.h"
#include "tierchart.h"

#include <QHeaderView>
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
    : WriteDialog(database, production, parent)
    , m_action(action)
    , m_undoOf(undoOf)
    , m_plan(plan)
    , m_summary(new QLabel(this))
    , m_sample(new QTableWidget(this))
{
    setObjectName(action == Action::Supersede ? QStringLiteral("backfillDialog")
                                              : QStringLiteral("undoDialog"));
    m_summary->setWordWrap(true);
    fillSample(m_sample, plan, handles);
    confirmationEdit()->setObjectName(QStringLiteral("confirmRowCount"));
    applyButton()->setObjectName(QStringLiteral("applyBackfill"));
    body()->addWidget(m_summary);
    body()->addWidget(m_sample, 1);
    resize(560, 480);
    ready(nullptr);
    ticketEdit()->setFocus();
}

void BackfillDialog::fillSample(
    QTableWidget *table, const Backfill::Plan &plan, const QHash<QString, QString> &handles)
{
    table->setColumnCount(3);
    table->setRowCount(int(qMin<qsizetype>(SampleSize, plan.rows.size())));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < table->rowCount(); ++i) {
        const auto &row = plan.rows.at(i);
        const QString handle = handles.value(row.affiliateId);
        table->setItem(i, 0,
            new QTableWidgetItem(handle.isEmpty()
                    ? row.affiliateId
                    : QLatin1Char('@') + Text::isolated(Text::elided(handle, 60))));
        table->setItem(i, 1, new QTableWidgetItem(QLatin1Char('#') + QString::number(row.id)));
        table->setItem(i, 2, new QTableWidgetItem(QLatin1Char('#') + QString::number(row.keepId)));
    }
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

QStringList BackfillDialog::touchedAffiliates() const
{
    QStringList ids;
    for (const Backfill::Row &row : m_plan.rows)
        ids << row.affiliateId;
    ids.removeDuplicates();
    return ids;
}

bool BackfillDialog::isConfirmed() const
{
    return confirms(confirmationEdit()->text(), m_plan.rows.size());
}

QString BackfillDialog::unconfirmedHint() const
{
    return tr("Type the number of rows first; Enter does not write.");
}

void BackfillDialog::retranslate()
{
    const bool supersede = m_action == Action::Supersede;
    setWindowTitle(supersede ? tr("Supersede duplicate tier events")
                             : tr("Undo cleanup batch %1").arg(m_undoOf));
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
    confirmationLabel()->setText(
        tr("Type the number of rows (%1) to confirm:").arg(QLocale().toString(qlonglong(rows))));
    confirmationEdit()->setAccessibleName(tr("Number of rows to confirm"));
}

} // namespace TierDesk
