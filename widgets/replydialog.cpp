#include "replydialog.h"
#include "../models/affiliates/replydraft.h"
#include "../models/db/session.h"
#include "languagemanager.h"
#include "notice.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace TierDesk {

ReplyDialog::ReplyDialog(
    Session *session, const AffiliateDetail &detail, const QString &agent, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_detail(detail)
    , m_agent(agent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_feedback(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("replyDialog"));
    m_language->setObjectName(QStringLiteral("replyLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const bool german = LanguageManager::instance()
        && LanguageManager::instance()->language() == QLatin1String("de");
    m_language->setCurrentIndex(german ? 1 : 0);
    m_languageLabel->setBuddy(m_language);
    m_text->setObjectName(QStringLiteral("replyText"));
    m_text->setTabChangesFocus(true);
    m_feedback->setObjectName(QStringLiteral("replyFeedback"));
    m_copy->setObjectName(QStringLiteral("copyReply"));
    for (QPushButton *button : {m_copy, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_feedback, 1);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);
    resize(640, 520);

    connect(m_language, &QComboBox::currentIndexChanged, this, &ReplyDialog::draft);
    connect(m_text, &QPlainTextEdit::textChanged, m_feedback, &QLabel::clear);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_text->toPlainText());
        m_feedback->setText(tr("Copied to the clipboard."));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    Notice::plainLabels(this);
    retranslate();
    draft();
}

void ReplyDialog::draft()
{
    if (!m_session)
        return;
    const QString language = m_language->currentData().toString();
    const AffiliateDetail detail = m_detail;
    const QString agent = m_agent;
    m_text->setPlaceholderText(tr("Drafting…"));
    m_text->clear();
    QPointer<ReplyDialog> self(this);
    m_session->reader()->run(
        this,
        [detail, language, agent](
            const Connection &c) { return ReplyDraft::write(c, detail, language, agent); },
        [self](Result<QString> text) {
            if (!self)
                return;
            self->m_text->setPlainText(text ? *text : text.error().message);
            self->m_feedback->clear();
            emit self->drafted();
        });
}

void ReplyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReplyDialog::retranslate()
{
    setWindowTitle(tr("Reply to @%1").arg(m_detail.handle));
    m_languageLabel->setText(tr("&Language of the reply:"));
    m_text->setAccessibleName(tr("The reply, editable"));
    m_copy->setText(tr("&Copy"));
    m_close->setText(tr("Close"));
}

} // namespace TierDesk
