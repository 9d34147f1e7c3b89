#include "search/SearchTerms.h"

#include <algorithm>

namespace hs::Search {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining;
}

struct Span {
    qsizetype start;
    qsizetype end;
};

QList<Span> words(const QString& text)
{
    QList<Span> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        out.append(Span{i, end});
        i = end;
    }
    return out;
}

struct Needle {
    QString word;
    bool prefix;
};

QList<Needle> needles(const QList<Term>& terms)
{
    QList<Needle> out;
    for (const Term& t : terms) {
        const QList<Span> spans = words(t.text);
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const Span& s = spans.at(i);
            out.append(Needle{fold(t.text.mid(s.start, s.end - s.start)), t.prefix && i == spans.size() - 1});
        }
    }
    return out;
}

bool matches(const QString& folded, const QList<Needle>& needles)
{
    return std::any_of(needles.cbegin(), needles.cend(), [&](const Needle& n) {
        return n.prefix ? folded.startsWith(n.word) : folded == n.word;
    });
}

QString flat(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

QList<Term> parseTerms(const QString& s)
{
    QList<Term> terms;
    qsizetype i = 0;
    bool openAtEnd = false; // the last term runs to the end of the text (still being typed)
    while (i < s.size()) {
        if (s.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (s.at(i) == QLatin1Char('"')) {
            const qsizetype close = s.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? s.size() : close;
            terms.append(Term{s.mid(i + 1, end - i - 1).simplified(), true, false});
            openAtEnd = close < 0;
            i = close < 0 ? s.size() : close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < s.size() && !s.at(end).isSpace() && s.at(end) != QLatin1Char('"'))
            ++end;
        terms.append(Term{s.mid(i, end - i), false, false});
        openAtEnd = end == s.size();
        i = end;
    }
    // Terms without a letter or digit ("*", ":", "(") hold nothing to search for.
    const bool lastOpen = openAtEnd;
    QList<Term> out;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        Term term = terms.at(t);
        if (words(term.text).isEmpty())
            continue;
        // A one-letter prefix would match most of the library; wait for a second letter.
        const QList<Span> spans = words(term.text);
        const Span last = spans.last();
        term.prefix = t == terms.size() - 1 && lastOpen && last.end - last.start >= 2;
        out.append(term);
    }
    return out;
}

QString fold(const QString& word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            out.append(c);
    }
    return out.toCaseFolded();
}

QList<SnippetPart> makeSnippet(const QStringList& columns, const QList<Term>& terms, int tokens)
{
    const QList<Needle> wanted = needles(terms);
    // The column with the most matched words (the first on a tie: title, body, detail).
    QString text;
    QList<Span> spans;
    QList<bool> hit;
    int best = -1;
    for (const QString& column : columns) {
        const QList<Span> s = words(column);
        QList<bool> h;
        h.reserve(s.size());
        int count = 0;
        for (const Span& w : s) {
            h.append(matches(fold(column.mid(w.start, w.end - w.start)), wanted));
            count += h.last() ? 1 : 0;
        }
        if (count > best || (best == 0 && text.isEmpty() && !column.isEmpty())) {
            best = count;
            text = column;
            spans = s;
            hit = h;
        }
    }
    QList<SnippetPart> parts;
    if (spans.isEmpty()) {
        if (!text.isEmpty())
            parts.append(SnippetPart{flat(text.left(120)), false});
        return parts;
    }
    // The window of `tokens` words holding the most matches, starting a little before them.
    const qsizetype n = spans.size();
    const qsizetype w = std::min<qsizetype>(tokens, n);
    qsizetype start = 0;
    int inWindow = 0;
    for (qsizetype i = 0; i < w; ++i)
        inWindow += hit.at(i) ? 1 : 0;
    int bestCount = inWindow;
    for (qsizetype s = 1; s + w <= n; ++s) {
        inWindow += (hit.at(s + w - 1) ? 1 : 0) - (hit.at(s - 1) ? 1 : 0);
        if (inWindow > bestCount) {
            bestCount = inWindow;
            start = s;
        }
    }
    qsizetype first = start;
    while (first < start + w && !hit.at(first))
        ++first;
    start = std::clamp<qsizetype>(first - 2, 0, n - w);
    const qsizetype end = start + w;
    const QChar ellipsis(0x2026);
    qsizetype from = start == 0 ? 0 : spans.at(start).start;
    const qsizetype to = end == n ? text.size() : spans.at(end - 1).end;
    QString plain = start == 0 ? QString() : QString(ellipsis);
    for (qsizetype i = start; i < end; ++i) {
        if (!hit.at(i))
            continue;
        plain += text.mid(from, spans.at(i).start - from);
        if (!plain.isEmpty())
            parts.append(SnippetPart{flat(plain), false});
        parts.append(SnippetPart{flat(text.mid(spans.at(i).start, spans.at(i).end - spans.at(i).start)), true});
        plain.clear();
        from = spans.at(i).end;
    }
    plain += text.mid(from, to - from);
    if (end < n)
        plain += ellipsis;
    if (!plain.isEmpty())
        parts.append(SnippetPart{flat(plain), false});
    return parts;
}

} // namespace hs::Search
