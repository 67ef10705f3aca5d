#include "backfilldialog.h"
#include "tierchart.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TierDesk {

BackfillDialog::BackfillDialog(const Backfill::Plan &plan, const QHash<QString, QString> &handles,
    const QString &database, bool production, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_handles(handles)
    , m_database(database)
    , m_production(production)
    , m_target(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_sample(new QTableWidget(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(new QPushButton(this))
{
    setObjectName(QStringLiteral("backfillDialog"));
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
    m_confirm->setObjectName(QStringLiteral("confirmRowCount"));
    m_confirmLabel->setBuddy(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_summary);
    layout->addWidget(m_sample, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
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
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    resize(560, 480);
    retranslate();
    updateButtons();
    m_confirm->setFocus();
}

QPushButton *BackfillDialog::applyButton() const
{
    return m_apply;
}

bool BackfillDialog::isConfirmed() const
{
    return m_confirm->text().trimmed() == QString::number(m_plan.rows.size());
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
    setWindowTitle(tr("Supersede duplicate tier events"));
    const QString where = m_database.toHtmlEscaped();
    m_target->setText(
        m_production ? tr(
            "<b>Target: %1</b> — <span style=\"color:#d32f2f\"><b>production database</b></span>")
                           .arg(where)
                     : tr("<b>Target: %1</b>").arg(where));
    const int rows = int(m_plan.rows.size());
    m_summary->setText(tr("To be marked superseded: %1 in %2 at %3, each pointing at the event that "
                          "stays. One transaction; if anything changed since the audit, nothing is "
                          "written. Plan fingerprint %4.")
                           .arg(tr("%Ln row(s)", nullptr, rows),
                               tr("%Ln duplicate cluster(s)", nullptr, m_plan.clusters),
                               tr("%Ln affiliate(s)", nullptr, m_plan.affiliates), m_plan.fingerprint));
    m_sample->setHorizontalHeaderLabels({tr("Affiliate"), tr("Supersede"), tr("Keep")});
    m_sample->resizeColumnsToContents();
    m_sample->setAccessibleName(tr("Sample of the rows to supersede"));
    m_confirmLabel->setText(tr("Type the number of rows (%1) to confirm:").arg(m_plan.rows.size()));
    m_confirm->setAccessibleName(tr("Number of rows to confirm"));
    applyButton()->setText(tr("Supersede %n row(s)", nullptr, int(m_plan.rows.size())));
}

} // namespace TierDesk
