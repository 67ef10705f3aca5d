#include "resolvedialog.h"
#include "../models/common/format.h"
#include "../models/common/text.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace TierDesk {

ResolveDialog::ResolveDialog(const QString &handle, const Audit::Report &report, Resolve::Kind kind,
    qint64 eventId, const QString &database, bool production, QWidget *parent)
    : WriteDialog(database, production, parent)
    , m_handle(handle)
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
    ready(m_finding);
    rebuildChoices();
}

ResolveDialog::ResolveDialog(const Resolve::UndoPlan &undo, const QString &handle,
    const QString &database, bool production, QWidget *parent)
    : WriteDialog(database, production, parent)
    , m_handle(handle)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("resolveUndoDialog"));
    build();
    m_findingLabel->hide();
    m_finding->hide();
    m_choiceBox->hide();
    ready(nullptr);
    confirmationEdit()->setFocus();
}

void ResolveDialog::build()
{
    m_findingLabel = new QLabel(this);
    m_finding = new QComboBox(this);
    m_finding->setObjectName(QStringLiteral("resolveFinding"));
    m_findingLabel->setBuddy(m_finding);
    m_choiceBox = new QGroupBox(this);
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    m_choices = new QButtonGroup(this);
    m_preview = createPreviewLabel(QStringLiteral("resolvePreview"), 5);
    confirmationEdit()->setObjectName(QStringLiteral("confirmHandle"));
    applyButton()->setObjectName(QStringLiteral("applyResolve"));

    auto *which = new QFormLayout;
    which->addRow(m_findingLabel, m_finding);
    body()->addLayout(which);
    body()->addWidget(m_choiceBox);
    body()->addWidget(m_preview);
    body()->addStretch(1);

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
    resize(620, 440);
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
    setTabOrder(previous, ticketEdit());
    if (m_findings.size() > 1)
        m_finding->setFocus();
    else if (finding && finding->kind == Resolve::Kind::ChainBreak)
        reasonEdit()->setFocus();
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

QStringList ResolveDialog::touchedAffiliates() const
{
    if (m_undo)
        return {m_undo->affiliateId};
    if (m_plan)
        return {m_plan->affiliateId};
    return {};
}

bool ResolveDialog::isConfirmed() const
{
    QString typed = confirmationEdit()->text().trimmed();
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

QString ResolveDialog::unconfirmedHint() const
{
    return tr("Choose, then type the handle to confirm; Enter does not write.");
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
    // The handle is the affiliate's own text: isolated, so that an override in it
    // cannot turn the sentence around, and elided.
    const QString shown = Text::isolated(Text::elided(m_handle, 60));
    const QString who = m_handle.isEmpty() ? QString() : QLatin1Char('@') + shown;
    confirmationLabel()->setText(tr("Type the affiliate's handle (%1) to confirm:")
                                     .arg(m_handle.isEmpty() ? tr("its id") : shown));
    confirmationEdit()->setAccessibleName(tr("Handle to confirm"));
    if (m_undo) {
        setWindowTitle(tr("Undo resolution %1").arg(m_undo->resolutionId));
        reasonEdit()->setPlaceholderText(tr("Why, in one line (optional)"));
        m_preview->setText(tr("%1\nUndo fingerprint %2: if anything changed since this preview, "
                              "nothing is written.")
                               .arg(m_undo->describe(m_handle), m_undo->fingerprint));
        applyButton()->setText(tr("&Undo resolution"));
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
    reasonEdit()->setPlaceholderText(review
            ? tr("Why the break is in order, in one line (required)")
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
    applyButton()->setText(tr("&Resolve"));
}

} // namespace TierDesk
