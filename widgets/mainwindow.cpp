#include "mainwindow.h"
#include "affiliatelistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>

namespace TierDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_affiliates(new AffiliateListModel(this)),
      m_table(new QTableView(this)),
      m_databaseLabel(new QLabel(this)),
      m_countLabel(new QLabel(this)),
      m_accessLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/tierdesk.svg")));
    m_table->setModel(m_affiliates);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("affiliateTable"));
    setCentralWidget(m_table);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_accessLabel);
    retranslate();
}

MainWindow::~MainWindow()
{
    // The model reads through the connection: detach it before the connection goes.
    m_affiliates->setConnection(nullptr);
}

void MainWindow::setConnection(std::unique_ptr<Connection> connection)
{
    m_affiliates->setConnection(nullptr);
    m_connection = std::move(connection);
    m_affiliates->setConnection(m_connection.get());
    m_table->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("TierDesk"));
    m_table->setAccessibleName(tr("Affiliates"));
    m_affiliates->retranslate();
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_connection) {
        m_databaseLabel->setText(tr("No database open"));
        m_countLabel->clear();
        m_accessLabel->clear();
        return;
    }
    m_databaseLabel->setText(m_connection->url().toDisplayString());
    m_countLabel->setText(tr("%n affiliate(s)", nullptr, int(m_affiliates->totalCount())));
    m_accessLabel->setText(m_connection->isWritable() ? tr("Write access on") : tr("Read-only"));
}

} // namespace TierDesk
