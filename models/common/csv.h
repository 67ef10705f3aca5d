#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QLocale>
#include <QString>

namespace TierDesk {

// A table as CSV (RFC 4180: comma, CRLF, quotes doubled): the header and every
// row of `model` for `columns`, a tree's children after their parent. With
// `neutral`, cells give Format::NeutralRole where the model has it (ISO times,
// 1516.50), else the text as shown in the UI language.
class Csv final
{
public:
    static QString fromModel(const QAbstractItemModel &model, const QList<int> &columns,
        bool neutral, QChar separator = QLatin1Char(','));
    // What a spreadsheet of `locale` opens by double click: a semicolon where the
    // decimal separator is a comma (German, French, …), else a comma.
    static QChar separatorFor(const QLocale &locale);
    // One cell. A cell a spreadsheet would run as a formula (it starts with
    // = + - @, a tab or a carriage return; a plain negative number excepted) is
    // written as text: an apostrophe before it, quoted. A cell that starts with an
    // apostrophe gets one more, so the text comes back exactly.
    static QString field(const QString &text, QChar separator = QLatin1Char(','));
    // Splits CSV text back into rows of fields, each exactly as given to field()
    // (for tests and round trips).
    static QList<QStringList> parse(const QString &text, QChar separator = QLatin1Char(','));
};

} // namespace TierDesk
