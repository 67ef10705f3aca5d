#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace TierDesk {

class AffiliateDetailView;
class AffiliateListModel;
class Session;

// The affiliate browser: one search box, filters, the paged list and the
// selected affiliate's detail beside it.
class AffiliatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliatesView)

public:
    explicit AffiliatesView(QWidget *parent = nullptr);

    void setSession(Session *session);
    // Searches for `text` and selects the first match (an evt_ id finds its affiliate).
    void search(const QString &text);
    void selectAffiliate(const QString &affiliateId);
    void focusSearch();
    void refresh();
    // The affiliates opened so far, as a browser keeps pages: back and forward.
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }
    void goBack();
    void goForward();
    // Turns off the tier filter and the check boxes.
    void clearFilters();

    AffiliateListModel *model() const { return m_model; }
    AffiliateDetailView *detailView() const { return m_detail; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QSplitter *splitter() const { return m_split; }
    bool isLoading() const;

signals:
    void historyChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpWidgets();
    void layOut();
    void connectFilters();
    void applyFilter();
    void selectionChanged();
    void retranslate();
    void afterLoad();
    void updateFigures();
    void refreshFigures();
    void open(const QString &affiliateId); // shows it in the detail and records it
    void goTo(int historyIndex);
    bool filtersOn() const;
    void updateCount();

    Session *m_session = nullptr;
    AffiliateListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tier = nullptr;
    QLabel *m_tierLabel = nullptr; // the combo's name for a screen reader (its buddy)
    QCheckBox *m_duplicates = nullptr;
    QCheckBox *m_attention = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_figures = nullptr; // when the list's figures were computed
    QToolButton *m_refreshFigures = nullptr;
    QToolButton *m_clearFilters = nullptr; // shown when the filters hide every match
    QTableView *m_table = nullptr;
    AffiliateDetailView *m_detail = nullptr;
    QSplitter *m_split = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_pendingSelection; // select this affiliate once it is loaded
    QString m_searchedEvent; // the Stripe event id searched for, if that is what it was
    bool m_selectFirst = false;
    bool m_columnsSized = false;
    bool m_refreshing = false;
    QStringList m_history;
    qsizetype m_historyIndex = -1;
    bool m_navigating = false; // moving through the history records nothing
};

} // namespace TierDesk
