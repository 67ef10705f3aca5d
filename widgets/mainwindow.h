#pragma once

#include "connection.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace TierDesk {

class AffiliateListModel;

// The TierDesk window: for now the affiliate list and a status bar saying
// which database is open and whether the session may write.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over an open connection (read-only unless the caller opened it otherwise).
    void setConnection(std::unique_ptr<Connection> connection);
    AffiliateListModel *affiliateModel() const { return m_affiliates; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    std::unique_ptr<Connection> m_connection;
    AffiliateListModel *m_affiliates = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_accessLabel = nullptr;
};

} // namespace TierDesk
