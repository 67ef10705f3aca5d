#include "connectdialog.h"
#include "../models/db/databaseurl.h"
#include "filedialog.h"
#include "notice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace TierDesk {

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_label->setBuddy(m_url);
    m_recent->addItems(recent);
    m_problem->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_url, 1, 0);
    layout->addWidget(m_browse, 1, 1);
    layout->addWidget(m_problem, 2, 0, 1, 2);
    layout->addWidget(m_recentLabel, 3, 0, 1, 2);
    layout->addWidget(m_recent, 4, 0, 1, 2);
    layout->addWidget(m_buttons, 5, 0, 1, 2);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::openFileName(this, tr("Open SQLite database"),
            tr("SQLite databases (*.db *.sqlite);;All files (*)"));
        if (!file.isEmpty())
            m_url->setText(QStringLiteral("sqlite:") + file);
    });
    connect(m_recent, &QListWidget::currentTextChanged, m_url, &QLineEdit::setText);
    connect(m_recent, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 360);
    Notice::plainLabels(this);
    retranslate();
    validate();
}

QString ConnectDialog::databaseText() const
{
    return m_url->text().trimmed();
}

void ConnectDialog::validate()
{
    const QString text = databaseText();
    if (text.isEmpty()) {
        m_problem->clear();
        m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
        return;
    }
    auto url = DatabaseUrl::parse(text);
    m_problem->setText(url ? QString() : url.error().message);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(url.ok());
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
    m_recentLabel->setText(tr("Recent:"));
    m_url->setAccessibleName(tr("Database"));
    m_recent->setAccessibleName(tr("Recent databases"));
}

} // namespace TierDesk
