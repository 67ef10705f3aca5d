#pragma once

#include "../models/db/databaseurl.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace TierDesk {

// Open a database: a SQLite file or a PostgreSQL URI (or service), or one of
// the recent ones, and for PostgreSQL optionally a hot standby to read from and
// how far behind it may fall before the window warns. Nothing here holds a password.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    // `standbys`: the standby each recent database was last read from.
    ConnectDialog(const QStringList &recent, const QHash<QString, QString> &standbys,
        int warningSeconds, QWidget *parent = nullptr);
    QString databaseText() const;
    QString standbyText() const;
    // The database with its standby, or why the two texts cannot be used.
    Result<DatabaseUrl> url() const;
    int warningSeconds() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QLabel *m_label = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_standbyLabel = nullptr;
    QLineEdit *m_standby = nullptr;
    QLabel *m_warningLabel = nullptr;
    QSpinBox *m_warning = nullptr;
    QHash<QString, QString> m_standbys;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace TierDesk
