#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace TierDesk {

// Open a database: a SQLite file or a PostgreSQL URI (or service), or one of
// the recent ones. Nothing here holds a password.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);
    QString databaseText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QLabel *m_label = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace TierDesk
