#include "replydialog.h"
#include "../models/affiliates/replydraft.h"
#include "../models/common/text.h"
#include "../models/session/session.h"
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
#include <QTextDocument>
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

    connect(m_language, &QComboBox::currentIndexChanged, this, &ReplyDialog::showLanguage);
    connect(m_text, &QPlainTextEdit::textChanged, m_feedback, &QLabel::clear);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_copied = shownText();
        QApplication::clipboard()->setText(m_copied);
        m_feedback->setText(tr("Copied to the clipboard."));
    });
    connect(m_close, &QPushButton::clicked, this, &ReplyDialog::reject);
    Notice::plainLabels(this);
    retranslate();
    showLanguage();
}

void ReplyDialog::showLanguage()
{
    // The text of the language left keeps its edits for when it is shown again.
    if (!m_shown.isEmpty() && m_drafts.contains(m_shown))
        m_texts.insert(m_shown, shownText());
    m_shown = m_language->currentData().toString();
    if (m_texts.contains(m_shown)) {
        m_text->setPlainText(m_texts.value(m_shown));
        m_feedback->clear();
        return;
    }
    m_text->setPlaceholderText(tr("Drafting…"));
    m_text->clear();
    draft(m_shown);
}

void ReplyDialog::draft(const QString &language)
{
    if (!m_session)
        return;
    const AffiliateDetail detail = m_detail;
    const QString agent = m_agent;
    QPointer<ReplyDialog> self(this);
    m_session->reader()->run(
        this,
        [detail, language, agent](
            const Connection &c) { return ReplyDraft::write(c, detail, language, agent); },
        [self, language](Result<QString> text) {
            if (!self || !text) {
                if (self && self->m_shown == language)
                    self->m_text->setPlainText(text.error().message);
                return;
            }
            self->m_drafts.insert(language, *text);
            self->m_texts.insert(language, *text);
            if (self->m_shown != language)
                return; // the other language is shown by now; this one waits
            self->m_text->setPlainText(*text);
            self->m_feedback->clear();
            emit self->drafted();
        });
}

// The editor's text as typed: toPlainText() would turn the no-break spaces of
// "1.500,00 $" into ordinary ones, so a German draft would read as edited and
// the copied reply could break an amount across lines.
QString ReplyDialog::shownText() const
{
    QString text = m_text->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

bool ReplyDialog::hasUncopiedEdits() const
{
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        const QString text = it.key() == m_shown ? shownText() : m_texts.value(it.key());
        if (text != it.value() && text != m_copied)
            return true;
    }
    return false;
}

void ReplyDialog::reject()
{
    if (!isVisible() || !hasUncopiedEdits()) {
        QDialog::reject();
        return;
    }
    Notice::askDiscard(this, tr("Close the reply and discard the edits you have not copied?"),
        [this] { QDialog::reject(); });
}

void ReplyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReplyDialog::retranslate()
{
    setWindowTitle(tr("Reply to @%1").arg(Text::isolated(Text::elided(m_detail.handle, 60))));
    m_languageLabel->setText(tr("&Language of the reply:"));
    m_text->setAccessibleName(tr("The reply, editable"));
    m_copy->setText(tr("&Copy"));
    m_close->setText(tr("Close"));
}

} // namespace TierDesk
