#include "util/SortKey.h"

namespace hs::SortKey {

namespace {

constexpr int kBase = 36;

int digit(const QString& s, qsizetype i, int fallback)
{
    if (i >= s.size())
        return fallback;
    const char16_t c = s.at(i).unicode();
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 10;
    return fallback;
}

QChar toChar(int d)
{
    return QLatin1Char(d < 10 ? char('0' + d) : char('a' + d - 10));
}

} // namespace

QString first()
{
    return QStringLiteral("i");
}

QString between(const QString& lo, const QString& hi)
{
    // Walk both keys digit by digit; lo is padded with 0 and hi with base, so an empty bound
    // behaves as the extreme. Emit the common prefix, then the first digit strictly between,
    // descending one more level whenever the gap is too narrow.
    QString out;
    for (qsizetype i = 0;; ++i) {
        const int a = digit(lo, i, 0);
        const int b = hi.isEmpty() ? kBase : digit(hi, i, i < hi.size() ? 0 : kBase);
        if (a == b) {
            out.append(toChar(a));
            continue;
        }
        if (b - a > 1) {
            out.append(toChar((a + b) / 2));
            return out;
        }
        // Adjacent digits: keep a, then any key after the rest of lo at the next level.
        out.append(toChar(a));
        const QString rest = lo.size() > i + 1 ? lo.mid(i + 1) : QString();
        return out + between(rest, QString());
    }
}

} // namespace hs::SortKey
