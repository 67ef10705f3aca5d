#include "timeline.h"
#include "../audit/findingkind.h"
#include "../common/format.h"

#include <QPainter>
#include <QPainterPath>

namespace TierDesk {

namespace {

// Where the plot is and what its edges stand for.
struct Frame
{
    QRectF area;
    QDateTime start;
    QDateTime end;
    int maxRate = 30;
    qint64 maxCents = 1;

    double x(const QDateTime &time) const
    {
        const double span = double(qMax<qint64>(1, start.msecsTo(end)));
        return area.left() + area.width() * double(start.msecsTo(time)) / span;
    }
    double rateY(int rate) const { return area.bottom() - area.height() * rate / maxRate; }
    double centsY(qint64 cents) const
    {
        return area.bottom() - area.height() * double(cents) / double(maxCents);
    }
};

Frame frameOf(const AffiliateDetail &detail, const QSize &size)
{
    Frame frame;
    frame.area = QRectF(56, 24, size.width() - 56 - 72, size.height() - 24 - 64);
    frame.end = detail.asOf;
    frame.start = detail.asOf.addDays(-90);
    if (detail.firstCommissionAt.isValid())
        frame.start = qMin(frame.start, detail.firstCommissionAt);
    int maxRate = detail.rate;
    for (const auto &event : detail.events) {
        if (event.superseded)
            continue;
        frame.start = qMin(frame.start, event.at.addDays(-7));
        maxRate = qMax(maxRate, event.toRate.value_or(0));
    }
    frame.maxRate = ((maxRate + 9) / 10) * 10 + 5;
    qint64 maxCents = 1;
    for (const auto &point : detail.rolling)
        maxCents = qMax(maxCents, point.cents);
    for (const auto &tier : detail.policy.tiers())
        maxCents = qMax(maxCents, tier.thresholdCents);
    frame.maxCents = maxCents + maxCents / 10;
    return frame;
}

void drawAxes(QPainter &p, const Frame &f)
{
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    p.drawRect(f.area);
    const QFontMetrics metrics = p.fontMetrics();
    for (int rate = 0; rate <= f.maxRate; rate += 5) {
        const double y = f.rateY(rate);
        p.drawLine(QPointF(f.area.left() - 4, y), QPointF(f.area.left(), y));
        const QString label = Format::rate(rate);
        p.drawText(QPointF(f.area.left() - 8 - metrics.horizontalAdvance(label),
                       y + metrics.ascent() / 2.0),
            label);
    }
    // Month ticks along the bottom, labelled as the language writes a month.
    // A label only where the one before it has room to end.
    QDate month(f.start.date().year(), f.start.date().month(), 1);
    double free = f.area.left();
    for (month = month.addMonths(1); month.startOfDay(Qt::UTC) < f.end;
         month = month.addMonths(1)) {
        const double x = f.x(month.startOfDay(Qt::UTC));
        p.drawLine(QPointF(x, f.area.bottom()), QPointF(x, f.area.bottom() + 4));
        const QString label = month.toString(
            Timeline::tr("yyyy-MM", "Date format of the report chart's time axis"));
        const double width = metrics.horizontalAdvance(label);
        if (x - width / 2 < free || x + width / 2 > f.area.right() + 40)
            continue;
        p.drawText(QPointF(x - width / 2, f.area.bottom() + 6 + metrics.ascent()), label);
        free = x + width / 2 + 12;
    }
}

void drawThresholdsAndSum(QPainter &p, const Frame &f, const AffiliateDetail &detail)
{
    const QFontMetrics metrics = p.fontMetrics();
    for (const auto &tier : detail.policy.tiers()) {
        if (tier.thresholdCents <= 0)
            continue;
        const double y = f.centsY(tier.thresholdCents);
        p.setPen(QPen(QColor(0x02, 0x88, 0xd1), 1, Qt::DashLine));
        p.drawLine(QPointF(f.area.left(), y), QPointF(f.area.right(), y));
        p.drawText(QPointF(f.area.right() + 4, y + metrics.ascent() / 2.0),
            Format::money(tier.thresholdCents));
    }
    QPainterPath sum;
    for (const auto &point : detail.rolling) {
        const QPointF at(f.x(point.at), f.centsY(point.cents));
        if (sum.elementCount() == 0)
            sum.moveTo(at);
        else
            sum.lineTo(at);
    }
    p.setPen(QPen(QColor(0x02, 0x88, 0xd1), 2));
    p.drawPath(sum);
}

void drawRateAndEvents(QPainter &p, const Frame &f, const AffiliateDetail &detail)
{
    QList<AffiliateDetail::Event> active;
    for (const auto &event : detail.events)
        if (!event.superseded)
            active.append(event);
    int current = active.isEmpty() ? detail.rate : active.first().fromRate.value_or(detail.rate);
    QPainterPath steps(QPointF(f.area.left(), f.rateY(current)));
    for (const auto &event : active) {
        const double x = f.x(event.at);
        steps.lineTo(x, f.rateY(current));
        current = event.toRate.value_or(current);
        steps.lineTo(x, f.rateY(current));
    }
    steps.lineTo(f.area.right(), f.rateY(current));
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 3));
    p.drawPath(steps);
    for (const auto &event : active) {
        const int cluster = detail.clusterOf(event.id);
        const bool redundant
            = cluster >= 0 && detail.audit.clusters.at(cluster).redundantIds.contains(event.id);
        const QColor color = redundant ? Timeline::duplicateColor() : QColor(0x20, 0x20, 0x20);
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
        const double radius = redundant ? 6.5 : 4.5;
        p.drawEllipse(
            QPointF(f.x(event.at), f.rateY(event.toRate.value_or(current))), radius, radius);
    }
    p.setBrush(Qt::NoBrush);
}

void drawLegend(QPainter &p, const QSize &size)
{
    const QFontMetrics metrics = p.fontMetrics();
    const double y = size.height() - 14;
    double x = 56;
    const auto item = [&](const QColor &color, const QString &text) {
        p.setPen(QPen(color, 3));
        p.drawLine(
            QPointF(x, y - metrics.ascent() / 2.0), QPointF(x + 18, y - metrics.ascent() / 2.0));
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(QPointF(x + 24, y), text);
        x += 24 + metrics.horizontalAdvance(text) + 24;
    };
    item(QColor(0x20, 0x20, 0x20), Timeline::tr("Rate"));
    item(QColor(0x02, 0x88, 0xd1), Timeline::tr("90-day commissions"));
    item(Timeline::duplicateColor(), Timeline::tr("Duplicates"));
}

} // namespace

QColor Timeline::duplicateColor()
{
    return QColor::fromRgb(FindingKind::of(FindingKind::Id::Duplicate).rgb);
}

QColor Timeline::conflictColor()
{
    return QColor::fromRgb(FindingKind::of(FindingKind::Id::Conflict).rgb);
}

QImage Timeline::render(const AffiliateDetail &detail, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const Frame frame = frameOf(detail, size);
    drawAxes(painter, frame);
    drawThresholdsAndSum(painter, frame, detail);
    drawRateAndEvents(painter, frame, detail);
    drawLegend(painter, size);
    return image;
}

} // namespace TierDesk
