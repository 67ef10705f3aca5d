#pragma once

#include "../affiliates/affiliatedetail.h"

#include <QCoreApplication>

namespace TierDesk {

// The case report for a ticket: the affiliate's header, the tier timeline chart,
// what the audit says, the events with their clusters marked and the batches that
// touched it, in the UI language. The window and `tierdesk-cli case-report` write
// the same report. `database` is named only when given (the report may leave the
// building). Needs a QGuiApplication (fonts); no widgets.
class CaseReport final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::CaseReport)

public:
    // The report as HTML; the chart is the image at `chartSource`.
    static QString html(const AffiliateDetail &detail, const QString &database,
        const QString &chartSource = QStringLiteral("chart://timeline"));
    // Writes the PDF (A4); an error sentence, and no file, if it could not.
    static Result<void> writePdf(
        const AffiliateDetail &detail, const QString &database, const QString &file);
    // Writes one self-contained HTML file (the chart inside it as a PNG).
    static Result<void> writeHtml(
        const AffiliateDetail &detail, const QString &database, const QString &file);
};

} // namespace TierDesk
