#include "casereport.h"
#include "../affiliates/casesummary.h"
#include "../common/format.h"
#include "../common/text.h"
#include "timeline.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace TierDesk {

namespace {

const QSize ChartSize(900, 420);

// A cluster's rows in the report's table: the window's band colours, on paper.
QString bandColor(Audit::Cluster::Kind kind)
{
    const QColor color = kind == Audit::Cluster::Kind::Conflict ? Timeline::conflictColor()
                                                                : Timeline::duplicateColor();
    return color.lighter(175).name();
}

} // namespace

QString CaseReport::html(
    const AffiliateDetail &detail, const QString &database, const QString &chartSource)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out;
    out += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Case report: @%1").arg(detail.handle)));
    out += QStringLiteral("<p>%1<br>%2<br>%3</p>")
               .arg(esc(tr("%1 · %2 · affiliate %3").arg(detail.name, detail.email, detail.id)),
                   esc(database.isEmpty() ? tr("As of %1").arg(Format::timeToSeconds(detail.asOf))
                                          : tr("Database: %1 · as of %2")
                                                .arg(database, Format::timeToSeconds(detail.asOf))),
                   esc(tr("Tier: %1 (%2) · 90-day commissions: %3")
                           .arg(detail.tierName(), Format::rate(detail.rate),
                               Format::money(detail.sum90Cents))));
    out += QStringLiteral("<p><img src=\"%1\" width=\"640\" alt=\"%2\"></p>")
               .arg(esc(chartSource), esc(tr("Tier timeline")));

    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("What the audit says")));
    const QStringList findings = CaseSummary::findings(detail);
    if (findings.isEmpty())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("No race duplicates, conflicts, chain breaks or drift.")));
    else {
        out += QStringLiteral("<ul>");
        for (const QString &line : findings)
            out += QStringLiteral("<li>%1</li>").arg(esc(line));
        out += QStringLiteral("</ul>");
    }

    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Tier events")));
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "width=\"100%\"><tr><th>%1</th><th>%2</th>"
                          "<th>%3</th><th>%4</th><th>%5</th></tr>")
               .arg(esc(tr("Event")), esc(tr("Time (%1)").arg(Format::zoneName())),
                   esc(tr("Rate change")), esc(tr("Status")), esc(tr("Cluster")));
    for (const auto &event : detail.events) {
        const int cluster = event.superseded ? -1 : detail.clusterOf(event.id);
        QString background;
        QString mark;
        if (cluster >= 0) {
            const auto &c = detail.audit.clusters.at(cluster);
            const bool duplicate = c.kind == Audit::Cluster::Kind::Duplicate;
            background = QStringLiteral(" bgcolor=\"%1\"").arg(bandColor(c.kind));
            mark = duplicate ? (c.redundantIds.contains(event.id)
                           ? tr("duplicate %1: redundant").arg(cluster + 1)
                           : tr("duplicate %1: kept").arg(cluster + 1))
                             : tr("conflict %1").arg(cluster + 1);
        } else if (event.superseded) {
            mark = tr("superseded by #%1").arg(event.supersededBy);
        }
        out += QStringLiteral("<tr%1><td>#%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                   .arg(Text::of(background), Text::of(event.id), esc(Format::time(event.at)),
                       esc(tr("%1 → %2").arg(
                           Format::rate(event.fromRate), Format::rate(event.toRate))),
                       esc(event.superseded ? tr("superseded") : tr("active")), esc(mark));
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Cleanup batches")));
    const QStringList batches = CaseSummary::batches(detail);
    if (batches.isEmpty())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("No cleanup batch has touched this affiliate.")));
    else {
        out += QStringLiteral("<ul>");
        for (const QString &line : batches)
            out += QStringLiteral("<li>%1</li>").arg(esc(line));
        out += QStringLiteral("</ul>");
    }
    return out;
}

Result<void> CaseReport::writePdf(
    const AffiliateDetail &detail, const QString &database, const QString &file)
{
    QFile probe(file);
    if (!probe.open(QIODevice::WriteOnly))
        return Error::refused(tr("Cannot write %1: %2.").arg(file, probe.errorString()));
    probe.close();

    const QImage image = Timeline::render(detail, ChartSize);

    QTextDocument document;
    document.addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("chart://timeline")), image);
    document.setHtml(html(detail, database));
    QPdfWriter writer(file);
    writer.setTitle(tr("TierDesk case report: @%1").arg(detail.handle));
    writer.setCreator(QStringLiteral("TierDesk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(144);
    document.print(&writer);
    if (QFileInfo(file).size() == 0) {
        QFile::remove(file);
        return Error::internal(tr("The PDF %1 came out empty.").arg(file));
    }
    return {};
}

Result<void> CaseReport::writeHtml(
    const AffiliateDetail &detail, const QString &database, const QString &file)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    Timeline::render(detail, ChartSize).save(&buffer, "PNG");
    const QString page = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
        "</head><body>%3</body></html>\n")
                             .arg(tr("en", "the report's language code (HTML lang)"),
                                 tr("TierDesk case report: @%1").arg(detail.handle).toHtmlEscaped(),
                                 html(detail, database,
                                     QStringLiteral("data:image/png;base64,")
                                         + QString::fromLatin1(png.toBase64())));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(page.toUtf8()) < 0 || !out.commit())
        return Error::refused(tr("Cannot write %1: %2.").arg(file, out.errorString()));
    return {};
}

} // namespace TierDesk
