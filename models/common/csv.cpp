#include "csv.h"
#include "format.h"

#include <functional>

namespace TierDesk {

namespace {

// What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"):
// = + - @, a tab or carriage return, and their full-width forms, which some
// spreadsheets fold to them. A leading apostrophe is escaped the same way, so
// that parse() can take exactly one apostrophe off and get the text back.
bool startsLikeAFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
    case 0xFF1D: // FULLWIDTH EQUALS SIGN
    case 0xFF0B: // FULLWIDTH PLUS SIGN
    case 0xFF0D: // FULLWIDTH HYPHEN-MINUS
    case 0xFF20: // FULLWIDTH COMMERCIAL AT
        return true;
    default:
        return false;
    }
}

// A plain number ("-12", "-1516.50", "-1.516,50") is no formula and stays a
// number in the spreadsheet.
bool isPlainNumber(const QString &text)
{
    if (text.size() < 2 || (text.front() != QLatin1Char('-') && text.front() != QLatin1Char('+')))
        return false;
    bool digit = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = true;
        else if (c != QLatin1Char('.') && c != QLatin1Char(','))
            return false;
    }
    return digit && text.at(1) != QLatin1Char('.') && text.at(1) != QLatin1Char(',');
}

} // namespace

QChar Csv::separatorFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString Csv::field(const QString &text, QChar separator)
{
    if (startsLikeAFormula(text) && !isPlainNumber(text))
        return QStringLiteral("\"'")
            + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    if (!text.contains(separator) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString Csv::fromModel(
    const QAbstractItemModel &model, const QList<int> &columns, bool neutral, QChar separator)
{
    QString out;
    const auto line = [&out, separator](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << field(cell, separator);
        out += quoted.join(separator) + QStringLiteral("\r\n");
    };
    QStringList header;
    for (int column : columns)
        header << model.headerData(column, Qt::Horizontal).toString();
    line(header);
    const std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            QStringList cells;
            for (int column : columns) {
                const QModelIndex index = model.index(row, column, parent);
                const QVariant value = neutral ? index.data(Format::NeutralRole) : QVariant();
                cells << (value.isValid() ? value.toString() : index.data().toString());
            }
            line(cells);
            const QModelIndex first = model.index(row, 0, parent);
            if (model.hasChildren(first))
                rows(first);
        }
    };
    rows({});
    return out;
}

QList<QStringList> Csv::parse(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    // field() put an apostrophe before a cell that would start a formula.
    const auto unescaped = [](const QString &cell) {
        return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            row << unescaped(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << unescaped(cell);
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << unescaped(cell);
        rows << row;
    }
    return rows;
}

} // namespace TierDesk
