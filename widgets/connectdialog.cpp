#include "connectdialog.h"
#include "../models/db/databaseurl.h"
#include "filedialog.h"
#include "notice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace TierDesk {

ConnectDialog::ConnectDialog(const QStringList &recent, const QHash<QString, QString> &standbys,
    int warningSeconds, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_standbyLabel(new QLabel(this))
    , m_standby(new QLineEdit(this))
    , m_warningLabel(new QLabel(this))
    , m_warning(new QSpinBox(this))
    , m_standbys(standbys)
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_label->setBuddy(m_url);
    m_standby->setObjectName(QStringLiteral("standbyUrl"));
    m_standbyLabel->setBuddy(m_standby);
    m_standbyLabel->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("standbyWarning"));
    m_warning->setRange(1, 24 * 3600);
    m_warning->setValue(warningSeconds);
    m_warningLabel->setBuddy(m_warning);
    m_recent->addItems(recent);
    m_problem->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_url, 1, 0);
    layout->addWidget(m_browse, 1, 1);
    layout->addWidget(m_standbyLabel, 2, 0, 1, 2);
    layout->addWidget(m_standby, 3, 0, 1, 2);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningLabel);
    warningRow->addWidget(m_warning);
    warningRow->addStretch();
    layout->addLayout(warningRow, 4, 0, 1, 2);
    layout->addWidget(m_problem, 5, 0, 1, 2);
    layout->addWidget(m_recentLabel, 6, 0, 1, 2);
    layout->addWidget(m_recent, 7, 0, 1, 2);
    layout->addWidget(m_buttons, 8, 0, 1, 2);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::openFileName(this, tr("Open SQLite database"),
            tr("SQLite databases (*.db *.sqlite);;All files (*)"));
        if (!file.isEmpty())
            m_url->setText(QStringLiteral("sqlite:") + file);
    });
    connect(m_recent, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        m_url->setText(text);
        m_standby->setText(m_standbys.value(text));
    });
    connect(m_recent, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_standby, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 420);
    Notice::plainLabels(this);
    retranslate();
    validate();
}

QString ConnectDialog::databaseText() const
{
    return m_url->text().trimmed();
}

QString ConnectDialog::standbyText() const
{
    return m_standby->text().trimmed();
}

int ConnectDialog::warningSeconds() const
{
    return m_warning->value();
}

Result<DatabaseUrl> ConnectDialog::url() const
{
    return DatabaseUrl::parse(databaseText(), standbyText());
}

void ConnectDialog::validate()
{
    // A standby is a PostgreSQL thing: its fields wait for a PostgreSQL URI.
    const auto database = DatabaseUrl::parse(databaseText());
    const bool postgres = database && database->isPostgres();
    for (QWidget *w : {static_cast<QWidget *>(m_standbyLabel), static_cast<QWidget *>(m_standby),
             static_cast<QWidget *>(m_warningLabel), static_cast<QWidget *>(m_warning)})
        w->setEnabled(postgres || !standbyText().isEmpty());
    if (databaseText().isEmpty()) {
        m_problem->clear();
        m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
        return;
    }
    const auto parsed = url();
    m_problem->setText(parsed ? QString() : parsed.error().message);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(parsed.ok());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Open database"));
    m_label->setText(
        tr("SQLite file (sqlite:PATH or PATH.db) or PostgreSQL URI "
           "(postgresql://user@host/db?sslmode=require, ?service=NAME). Passwords come from "
           "~/.pgpass or PGPASSWORD and are never stored."));
    m_label->setWordWrap(true);
    m_browse->setText(tr("Browse…"));
    m_standbyLabel->setText(tr("&Read from a hot standby (optional): its postgresql:// URI or "
                               "?service=NAME. Lists, searches, the audit and reports read "
                               "there; previews, re-checks and writes stay on the primary."));
    m_warningLabel->setText(tr("&Warn when the standby is more than"));
    m_warning->setSuffix(tr(" s behind"));
    m_standby->setAccessibleName(tr("Hot standby"));
    m_warning->setAccessibleName(tr("Standby lag warning, seconds"));
    m_recentLabel->setText(tr("Recent:"));
    m_url->setAccessibleName(tr("Database"));
    m_recent->setAccessibleName(tr("Recent databases"));
}

} // namespace TierDesk
