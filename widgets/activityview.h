#pragma once

#include "../models/activity/activity.h"
#include "../models/db/freshanswers.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace TierDesk {

class ActivityModel;
class Session;

// Everything written through TierDesk, newest first, filtered by operator,
// ticket, action and days: the audit log as a support lead reads it.
class ActivityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)

public:
    explicit ActivityView(QWidget *parent = nullptr);
    void setSession(Session *session);
    void refresh();
    bool isLoading() const { return m_loading; }
    ActivityModel *model() const { return m_model; }
    QLineEdit *ticketEdit() const { return m_ticket; }
    QLineEdit *operatorEdit() const { return m_operator; }
    QComboBox *actionBox() const { return m_action; }
    QTableView *table() const { return m_table; }
    QPushButton *undoResolutionButton() const { return m_undoResolution; }
    void updateActions();

signals:
    void affiliateActivated(const QString &affiliateId);
    void undoResolutionRequested(qint64 resolutionId);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int Shown = 2000; // the newest entries the list holds
    void retranslate();
    Activity::Filter filter() const;

    Session *m_session = nullptr;
    bool m_loading = false;
    FreshAnswers m_answers;
    ActivityModel *m_model = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLineEdit *m_operator = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_actionLabel = nullptr; // the combo's name for a screen reader (its buddy)
    QCheckBox *m_days = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_undoResolution = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_debounce = nullptr;
    QStringList m_affiliateIds; // per row, for opening one
};

} // namespace TierDesk
