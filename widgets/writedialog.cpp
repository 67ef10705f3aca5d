#include "writedialog.h"
#include "../models/common/format.h"
#include "../models/common/operatorinfo.h"
#include "../models/common/text.h"
#include "../models/live/changefeed.h"
#include "notice.h"
#include "settings.h"

#include <QAccessibleWidget>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace TierDesk {

namespace {

// Qt's widgets never report a dialog as modal to assistive technology; a screen
// reader then reads a confirmation as just another window. Every dialog says so.
class DialogAccessible : public QAccessibleWidget
{
public:
    explicit DialogAccessible(QWidget *dialog)
        : QAccessibleWidget(dialog, QAccessible::Dialog)
    {
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.modal = widget()->windowModality() != Qt::NonModal;
        return state;
    }
};

QAccessibleInterface *dialogAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("QDialog") && object && object->isWidgetType())
        return new DialogAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

void WriteDialog::announceModality()
{
    static const bool installed = [] {
        QAccessible::installFactory(dialogAccessible);
        return true;
    }();
    Q_UNUSED(installed)
}

WriteDialog::WriteDialog(const QString &database, bool production, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_production(production)
    , m_target(new QLabel(this))
    , m_body(new QVBoxLayout)
    , m_ticketLabel(new QLabel(this))
    , m_ticket(new QLineEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameNote(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(new QPushButton(this))
{
    announceModality();
    setModal(true);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::RichText); // escapes the database's name itself
    m_ticket->setObjectName(QStringLiteral("ticketReference"));
    m_ticket->setMaxLength(OperatorInfo::MaxTicketLength);
    m_ticketLabel->setBuddy(m_ticket);
    m_reason->setObjectName(QStringLiteral("writeReason"));
    m_reason->setMaxLength(OperatorInfo::MaxReasonLength);
    m_reasonLabel->setBuddy(m_reason);
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_name->setMaxLength(OperatorInfo::MaxNameLength);
    m_name->setText(Settings().savedOperatorName());
    m_nameLabel->setBuddy(m_name);
    m_nameNote->setObjectName(QStringLiteral("operatorNameNote"));
    m_nameNote->setWordWrap(true);
    m_nameNote->setVisible(m_name->text().isEmpty()); // asked the first time only
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    m_overtaken = new QLabel(this);
    m_overtaken->setObjectName(QStringLiteral("overtakenNote"));
    m_overtaken->setWordWrap(true);
    m_overtaken->setTextFormat(Qt::PlainText);
    m_overtaken->setFrameShape(QFrame::StyledPanel);
    m_overtaken->setMargin(6);
    m_overtaken->hide();
    m_hint->setObjectName(QStringLiteral("confirmHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    // Our own button, in the action role: a standard one would get its stock text
    // back on every language change, and the box makes an accepting one the default.
    m_buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_overtaken);
    layout->addLayout(m_body, 1);
    auto *why = new QFormLayout;
    why->addRow(m_ticketLabel, m_ticket);
    why->addRow(m_reasonLabel, m_reason);
    why->addRow(m_nameLabel, m_name);
    why->addRow(QString(), m_nameNote);
    layout->addLayout(why);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_confirm, &QLineEdit::textChanged, this, &WriteDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &WriteDialog::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WriteDialog::reject);
}

WriteDialog::~WriteDialog() = default;

void WriteDialog::noteChange(const DeskChange &change)
{
    const QStringList mine = touchedAffiliates();
    if (!mine.isEmpty() && !change.touches(mine))
        return;
    const QString who = change.operatorName.isEmpty()
        ? tr("Another agent")
        : Text::isolated(Text::elided(change.operatorName, 60));
    showNotice(change.at.isValid()
            ? tr("%1 changed these rows at %2 — cancel and preview again; confirming this "
                 "preview would be refused.")
                  .arg(who, Format::timeToMinutes(change.at))
            : tr("%1 changed these rows — cancel and preview again; confirming this preview "
                 "would be refused.")
                  .arg(who));
}

void WriteDialog::showNotice(const QString &text)
{
    m_overtaken->setText(text);
    QFont bold = m_overtaken->font();
    bold.setBold(true);
    m_overtaken->setFont(bold);
    m_overtaken->show();
    // Read out at once: the dialog's description carries it from now on.
    m_overtaken->setAccessibleName(m_overtaken->text());
    QAccessibleEvent event(m_overtaken, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    describe();
}

QLabel *WriteDialog::createPreviewLabel(const QString &objectName, int lines)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setMinimumHeight(fontMetrics().lineSpacing() * lines);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

void WriteDialog::ready(QWidget *first)
{
    Notice::plainLabels(this);
    m_ready = true;
    retranslateFrame();
    retranslate();
    updateButtons();
    // Top to bottom, as on screen: the subclass's fields, ticket, reason, the typed
    // confirmation, then the buttons.
    if (first)
        setTabOrder(first, m_ticket);
    setTabOrder(m_ticket, m_reason);
    setTabOrder(m_reason, m_name);
    setTabOrder(m_name, m_confirm);
    setTabOrder(m_confirm, m_apply);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        setTabOrder(m_apply, cancel);
}

QString WriteDialog::operatorName() const
{
    const QString typed = typedOperatorName();
    return typed.isEmpty() ? OperatorInfo::fullUserName() : typed;
}

QString WriteDialog::typedOperatorName() const
{
    return m_name->text().trimmed();
}

QString WriteDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

QString WriteDialog::reason() const
{
    return m_reason->text().trimmed();
}

void WriteDialog::setTicket(const QString &ticket)
{
    m_suggestedTicket = ticket;
    m_ticket->setText(ticket);
    m_ticket->selectAll();
    if (!ticket.isEmpty()) {
        m_hint->setText(tr("The ticket is the one of your last change to this affiliate; "
                           "check that it is this case's."));
        m_hint->show();
    }
}

bool WriteDialog::hasTypedInput() const
{
    return m_ticket->text().trimmed() != m_suggestedTicket.trimmed()
        || !m_reason->text().trimmed().isEmpty() || !m_confirm->text().trimmed().isEmpty();
}

void WriteDialog::reject()
{
    if (!isVisible() || !hasTypedInput()) {
        QDialog::reject();
        return;
    }
    Notice::askDiscard(this,
        tr("Close without writing and discard the ticket, reason and "
           "confirmation you typed?"),
        [this] { QDialog::reject(); });
}

void WriteDialog::updateButtons()
{
    m_apply->setEnabled(isConfirmed());
    describe();
}

void WriteDialog::describe()
{
    // A screen reader reads a dialog's description when it opens: the target and what
    // the write changes, the preview's own words, not only the fields' names.
    QStringList lines{QTextDocumentFragment::fromHtml(m_target->text()).toPlainText()};
    const QList<QLabel *> frame{
        m_target, m_ticketLabel, m_reasonLabel, m_nameLabel, m_nameNote, m_confirmLabel, m_hint};
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (!frame.contains(label) && !label->isHidden() && !label->text().isEmpty())
            lines << label->text();
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

void WriteDialog::showEvent(QShowEvent *event)
{
    describe();
    QDialog::showEvent(event);
}

void WriteDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // A focused button other than the write one does what it says; otherwise
        // Enter only says which button writes.
        auto *focused = qobject_cast<QPushButton *>(focusWidget());
        if (focused && focused != m_apply) {
            focused->click();
            return;
        }
        m_hint->setText(isConfirmed() ? tr("Enter does not write. To go ahead, press “%1”.")
                                            .arg(m_apply->text().remove(QLatin1Char('&')))
                                      : unconfirmedHint());
        m_hint->show();
        return;
    }
    QDialog::keyPressEvent(event);
}

void WriteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ready) {
        retranslateFrame();
        retranslate();
        describe();
    }
    QDialog::changeEvent(event);
}

void WriteDialog::retranslateFrame()
{
    const QString where = m_database.toHtmlEscaped();
    m_target->setText(
        m_production ? tr(
            "<b>Target: %1</b> — <span style=\"color:#d32f2f\"><b>production database</b></span>")
                           .arg(where)
                     : tr("<b>Target: %1</b>").arg(where));
    m_ticketLabel->setText(tr("&Ticket:"));
    m_ticket->setPlaceholderText(tr("e.g. SUP-4821 or the ticket's address (optional)"));
    m_reasonLabel->setText(tr("Rea&son:"));
    m_reason->setPlaceholderText(tr("Why, in one line (optional)"));
    m_nameLabel->setText(tr("Your na&me:"));
    //: %1 is the login's name, used when no name is typed
    m_name->setPlaceholderText(tr("%1 (your login)").arg(OperatorInfo::fullUserName()));
    m_nameNote->setText(tr("Recorded with this write in the audit log and the Activity view, "
                           "beside the database user, and used to sign replies; TierDesk "
                           "remembers it."));
    m_hint->hide();
}

} // namespace TierDesk
