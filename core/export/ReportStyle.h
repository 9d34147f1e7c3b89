#pragma once

// The printed report's look, shared by the text, the tables and the page furniture: colours on
// white paper, the font families (DejaVu first, with fontconfig's fallbacks for other scripts),
// and how line breaks typed into a field are kept.

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

namespace hs::paper {

inline const QColor kInk(0x1a, 0x1a, 0x1a);
inline const QColor kHeading(0x1f, 0x3a, 0x5f);
inline const QColor kMuted(0x5f, 0x6b, 0x7a);
inline const QColor kRule(0xc8, 0xd0, 0xda);
inline const QColor kHeaderFill(0xe8, 0xed, 0xf3);
inline const QColor kZebra(0xf6, 0xf8, 0xfa);
inline const QColor kLink(0x1f, 0x5f, 0xa8);
inline const QColor kMark(0x8a, 0x2d, 0x07);
inline const QColor kBadge(0xfd, 0xec, 0xc8);

inline const QStringList& serifFamilies()
{
    static const QStringList f{QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif"), QStringLiteral("Serif")};
    return f;
}

inline const QStringList& sansFamilies()
{
    static const QStringList f{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Sans Serif")};
    return f;
}

inline QFont sansFont(double points, bool bold = false)
{
    QFont f;
    f.setFamilies(sansFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Line breaks inside a paragraph or a cell stay line breaks, not new paragraphs.
inline QString softBreaks(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

} // namespace hs::paper
