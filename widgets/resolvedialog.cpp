#include "resolvedialog.h"
#include "../models/common/format.h"
#include "../models/common/text.h"
#include "notice.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace TierDesk {

ResolveDialog::ResolveDialog(const QString &handle, const Audit::Report &report, Resolve::Kind kind,
    qint64 eventId, const QString &database, bool production, QWidget *parent)
    : QDialog(parent)
    , m_handle(handle)
    , m_database(database)
    , m_production(production)
{
    setObjectName(QStringLiteral("resolveDialog"));
    int preselect = 0;
    for (const Audit::Cluster &cluster : report.clusters) {
        if (cluster.kind != Audit::Cluster::Kind::Conflict)
            continue;
        if (kind == Resolve::Kind::Conflict && cluster.eventIds.contains(eventId))
            preselect = int(m_findings.size());
        m_findings.append({Resolve::Kind::Conflict, cluster, {}, {}});
    }
    for (const Audit::Drift &drift : report.drift) {
        if (kind == Resolve::Kind::DriftAlign || kind == Resolve::Kind::DriftRecord)
            preselect = int(m_findings.size());
        m_findings.append({Resolve::Kind::DriftAlign, {}, drift, {}});
    }
    for (const Audit::ChainBreak &item : report.chainBreaks) {
        if (item.reviewed)
            continue;
        if (kind == Resolve::Kind::ChainBreak && item.eventId == eventId)
            preselect = int(m_findings.size());
        m_findings.append({Resolve::Kind::ChainBreak, {}, {}, item});
    }
    build();
    m_finding->setCurrentIndex(preselect);
    rebuildChoices();
}

ResolveDialog::ResolveDialog(const Resolve::UndoPlan &undo, const QString &handle,
    const QString &database, bool production, QWidget *parent)
    : QDialog(parent)
    , m_handle(handle)
    , m_database(database)
    , m_production(production)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("resolveUndoDialog"));
    build();
    m_findingLabel->hide();
    m_finding->hide();
    m_choiceBox->hide();
    retranslate();
    updateButtons();
    m_confirm->setFocus();
}

void ResolveDialog::build()
{
    m_target = new QLabel(this);
    m_target->setTextFormat(Qt::RichText);
    m_target->setWordWrap(true);
    m_findingLabel = new QLabel(this);
    m_finding = new QComboBox(this);
    m_finding->setObjectName(QStringLiteral("resolveFinding"));
    m_findingLabel->setBuddy(m_finding);
    m_choiceBox = new QGroupBox(this);
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    m_choices = new QButtonGroup(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("resolvePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_ticketLabel = new QLabel(this);
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("ticketReference"));
    m_ticket->setMaxLength(OperatorInfo::MaxTicketLength);
    m_ticketLabel->setBuddy(m_ticket);
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("writeReason"));
    m_reason->setMaxLength(OperatorInfo::MaxReasonLength);
    m_reasonLabel->setBuddy(m_reason);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmHandle"));
    m_confirmLabel->setBuddy(m_confirm);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("confirmHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyResolve"));
    m_buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    // No default button: Enter must neither write nor silently cancel.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    auto *which = new QFormLayout;
    which->addRow(m_findingLabel, m_finding);
    layout->addLayout(which);
    layout->addWidget(m_choiceBox);
    layout->addWidget(m_preview);
    auto *why = new QFormLayout;
    why->addRow(m_ticketLabel, m_ticket);
    why->addRow(m_reasonLabel, m_reason);
    layout->addLayout(why);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (const Finding &finding : std::as_const(m_findings))
        m_finding->addItem(findingText(finding));
    connect(m_finding, &QComboBox::currentIndexChanged, this, [this] {
        rebuildChoices();
        updateButtons();
    });
    connect(m_choices, &QButtonGroup::idClicked, this, [this] {
        m_plan.reset();
        m_previewError.clear();
        retranslate();
        updateButtons();
        emit requestChanged();
    });
    connect(m_confirm, &QLineEdit::textChanged, this, &ResolveDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &ResolveDialog::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 440);
    Notice::plainLabels(this);
}

const ResolveDialog::Finding *ResolveDialog::currentFinding() const
{
    const int index = m_finding->currentIndex();
    return index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

void ResolveDialog::rebuildChoices()
{
    for (QAbstractButton *button : m_choices->buttons()) {
        m_choices->removeButton(button);
        delete button;
    }
    m_plan.reset();
    m_previewError.clear();
    const Finding *finding = currentFinding();
    const int count = !finding                       ? 0
        : finding->kind == Resolve::Kind::Conflict   ? int(finding->conflict.eventIds.size())
        : finding->kind == Resolve::Kind::ChainBreak ? 1
                                                     : 2;
    for (int i = 0; i < count; ++i) {
        auto *button = new QRadioButton(m_choiceBox);
        button->setObjectName(QStringLiteral("resolveChoice%1").arg(i));
        m_choices->addButton(button, i);
        m_choiceLayout->addWidget(button);
    }
    if (finding && finding->kind == Resolve::Kind::DriftAlign && !finding->drift.historyRate)
        m_choices->button(0)->setEnabled(false);
    // A review is the only choice; the others wait for the person's.
    if (finding && finding->kind == Resolve::Kind::ChainBreak)
        m_choices->button(0)->setChecked(true);
    // The choices were made after the fields below them: Tab goes finding → choices →
    // ticket, and the focus starts where the person decides.
    QWidget *previous = m_finding;
    for (QAbstractButton *button : m_choices->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_ticket);
    if (m_findings.size() > 1)
        m_finding->setFocus();
    else if (finding && finding->kind == Resolve::Kind::ChainBreak)
        m_reason->setFocus();
    else if (!m_choices->buttons().isEmpty())
        m_choices->buttons().constFirst()->setFocus();
    retranslate();
    emit requestChanged();
}

QList<QAbstractButton *> ResolveDialog::choiceButtons() const
{
    return m_choices->buttons();
}

std::optional<Resolve::Request> ResolveDialog::request() const
{
    const Finding *finding = currentFinding();
    const int choice = m_choices->checkedId();
    if (!finding || choice < 0)
        return std::nullopt;
    Resolve::Request request;
    switch (finding->kind) {
    case Resolve::Kind::Conflict:
        request.kind = Resolve::Kind::Conflict;
        request.eventId = finding->conflict.eventIds.value(0);
        request.keepId = finding->conflict.eventIds.value(choice);
        break;
    case Resolve::Kind::DriftAlign:
    case Resolve::Kind::DriftRecord:
        request.kind = choice == 0 ? Resolve::Kind::DriftAlign : Resolve::Kind::DriftRecord;
        request.affiliateId = finding->drift.affiliateId;
        break;
    case Resolve::Kind::ChainBreak:
        request.kind = Resolve::Kind::ChainBreak;
        request.eventId = finding->chainBreak.eventId;
        break;
    }
    return request;
}

void ResolveDialog::setPreview(const Result<Resolve::Plan> &plan)
{
    const auto asked = request();
    if (plan && asked
        && (plan->request.kind != asked->kind || plan->request.keepId != asked->keepId
            || plan->request.eventId != asked->eventId))
        return; // an answer about an earlier choice
    if (plan) {
        m_plan = *plan;
        m_previewError.clear();
    } else {
        m_plan.reset();
        m_previewError = plan.error().message;
    }
    retranslate();
    updateButtons();
}

QString ResolveDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

QString ResolveDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ResolveDialog::setTicket(const QString &ticket)
{
    // Only ever this affiliate's last ticket (Session::suggestedTicket), selected so
    // that typing replaces it, and said to be a suggestion.
    m_ticket->setText(ticket);
    m_ticket->selectAll();
    if (!ticket.isEmpty()) {
        m_hint->setText(tr("The ticket is the one of your last change to this affiliate; "
                           "check that it is this case's."));
        m_hint->show();
    }
}

bool ResolveDialog::isConfirmed() const
{
    QString typed = m_confirm->text().trimmed();
    if (typed.startsWith(QLatin1Char('@')))
        typed.remove(0, 1);
    const QString expected = m_handle.isEmpty()
        ? (m_undo ? m_undo->affiliateId : (m_plan ? m_plan->affiliateId : QString()))
        : m_handle;
    if (expected.isEmpty() || typed.compare(expected, Qt::CaseInsensitive) != 0)
        return false;
    if (m_undo)
        return true;
    if (!m_plan)
        return false;
    return m_plan->request.kind != Resolve::Kind::ChainBreak || !reason().isEmpty();
}

void ResolveDialog::updateButtons()
{
    m_apply->setEnabled(isConfirmed());
}

void ResolveDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        auto *focused = qobject_cast<QPushButton *>(focusWidget());
        if (focused && focused != m_apply) {
            focused->click();
            return;
        }
        m_hint->setText(isConfirmed()
                ? tr("Enter does not write. To go ahead, press “%1”.")
                      .arg(m_apply->text().remove(QLatin1Char('&')))
                : tr("Choose, then type the handle to confirm; Enter does not write."));
        m_hint->show();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ResolveDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_apply)
        retranslate();
    QDialog::changeEvent(event);
}

QString ResolveDialog::findingText(const Finding &finding) const
{
    switch (finding.kind) {
    case Resolve::Kind::Conflict: {
        QStringList parts;
        for (qsizetype i = 0; i < finding.conflict.eventIds.size(); ++i)
            parts << tr("#%1 → %2")
                         .arg(Text::of(finding.conflict.eventIds.at(i)),
                             Format::rate(finding.conflict.toRates.value(i)));
        return tr("Conflict from %1: %2 (%3)")
            .arg(Format::rate(finding.conflict.fromRate), parts.join(QStringLiteral(", ")),
                Format::time(finding.conflict.firstAt));
    }
    case Resolve::Kind::DriftAlign:
    case Resolve::Kind::DriftRecord:
        return tr("Drift: profile %1, history %2")
            .arg(Format::rate(finding.drift.profileRate), Format::rate(finding.drift.historyRate));
    case Resolve::Kind::ChainBreak:
        return tr("Chain break: #%1 starts at %2, %3 expected")
            .arg(Text::of(finding.chainBreak.eventId), Format::rate(finding.chainBreak.fromRate),
                Format::rate(finding.chainBreak.expectedFromRate));
    }
    return {};
}

void ResolveDialog::retranslate()
{
    const QString where = m_database.toHtmlEscaped();
    m_target->setText(m_production
            ? tr("<b>Target: %1</b> — <span style=\"color:#d32f2f\"><b>production "
                 "database</b></span>")
                  .arg(where)
            : tr("<b>Target: %1</b>").arg(where));
    const QString who = m_handle.isEmpty() ? QString() : QLatin1Char('@') + m_handle;
    m_ticketLabel->setText(tr("&Ticket:"));
    m_ticket->setPlaceholderText(tr("e.g. SUP-4821 or the ticket's address (optional)"));
    m_reasonLabel->setText(tr("Rea&son:"));
    m_confirmLabel->setText(tr("Type the affiliate's handle (%1) to confirm:")
                                .arg(m_handle.isEmpty() ? tr("its id") : m_handle));
    m_confirm->setAccessibleName(tr("Handle to confirm"));
    m_hint->hide();
    if (m_undo) {
        setWindowTitle(tr("Undo resolution %1").arg(m_undo->resolutionId));
        m_reason->setPlaceholderText(tr("Why, in one line (optional)"));
        m_preview->setText(tr("%1\nUndo fingerprint %2: if anything changed since this preview, "
                              "nothing is written.")
                               .arg(m_undo->describe(m_handle), m_undo->fingerprint));
        m_apply->setText(tr("&Undo resolution"));
        return;
    }
    setWindowTitle(tr("Resolve a finding of %1").arg(who));
    m_findingLabel->setText(tr("&Finding:"));
    for (int i = 0; i < m_findings.size(); ++i)
        m_finding->setItemText(i, findingText(m_findings.at(i)));
    const Finding *finding = currentFinding();
    m_choiceBox->setTitle(tr("Decision"));
    if (finding) {
        const QList<QAbstractButton *> buttons = m_choices->buttons();
        for (int i = 0; i < buttons.size(); ++i) {
            QAbstractButton *button = m_choices->button(i);
            switch (finding->kind) {
            case Resolve::Kind::Conflict:
                button->setText(tr("Keep #%1 (%2 → %3); supersede the others")
                                    .arg(Text::of(finding->conflict.eventIds.at(i)),
                                        Format::rate(finding->conflict.fromRate),
                                        Format::rate(finding->conflict.toRates.value(i))));
                break;
            case Resolve::Kind::DriftAlign:
            case Resolve::Kind::DriftRecord:
                button->setText(i == 0 ? tr("Align the profile's rate with its history (%1 → %2)")
                                             .arg(Format::rate(finding->drift.profileRate),
                                                 Format::rate(finding->drift.historyRate))
                                       : tr("Record the missing tier event (%1 → %2)")
                                             .arg(Format::rate(finding->drift.historyRate),
                                                 Format::rate(finding->drift.profileRate)));
                break;
            case Resolve::Kind::ChainBreak:
                button->setText(tr("Mark as reviewed (no data changes; needs a reason)"));
                break;
            }
        }
    }
    const bool review = finding && finding->kind == Resolve::Kind::ChainBreak;
    m_reason->setPlaceholderText(review ? tr("Why the break is in order, in one line (required)")
                                        : tr("Why, in one line (optional)"));
    if (!finding)
        m_preview->setText(tr("Nothing is open to resolve here."));
    else if (!m_previewError.isEmpty())
        m_preview->setText(m_previewError);
    else if (m_plan)
        m_preview->setText(tr("%1\nFingerprint %2: if the finding changed since this preview, "
                              "nothing is written.")
                               .arg(m_plan->describe(m_handle), m_plan->fingerprint));
    else if (m_choices->checkedId() < 0)
        m_preview->setText(tr("Choose what to do; the preview shows exactly what will change."));
    else
        m_preview->setText(tr("Previewing…"));
    m_apply->setText(tr("&Resolve"));
}

} // namespace TierDesk
