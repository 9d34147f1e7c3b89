#include "analysis/BlamelessCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <memory>
#include <string>

namespace hs {

namespace {

// Phrases that match like a listed phrase but produce no hint: where a longer neutral phrase
// covers a shorter flagged one ("failed to start" over "failed to"), the wording is about a
// system and stays quiet.
constexpr int kNeutral = -1;

// Words a gap ("hätte … sollen") may skip: enough for a German clause, never past a sentence.
constexpr int kMaxGapWords = 8;

struct PhraseList {
    int kind;
    const char* source;
};

// Each list is one translatable string of phrases separated by ';'. A translation does not
// replace the English list but adds to it, so translators list their language's own phrases
// (any number, not one per English phrase). "…" in a phrase stands for one to eight words.
const PhraseList kLists[] = {
    //: Phrases that put the outcome on a person, separated by ';'. List your language's own phrases (any number, not a translation of each); the English ones stay active too. Matching ignores case.
    {WordingHint::PersonBlame,
     QT_TRANSLATE_NOOP("hs::Blameless",
                       "human error;human errors;operator error;operator errors;user error;pilot error;"
                       "their fault;his fault;her fault;my fault;your fault;at fault;to blame;blame;blamed;"
                       "blaming")},
    //: Phrases that read the known outcome back into the past, separated by ';'. List your language's own phrases (any number); the English ones stay active too.
    {WordingHint::Hindsight,
     QT_TRANSLATE_NOOP("hs::Blameless",
                       "obviously;it was obvious;clearly should;should have known;should've known;"
                       "should have seen;should've seen;should have noticed;should've noticed")},
    //: Phrases about what was not done or what might have been, separated by ';'. "…" stands for one to eight words, e.g. a phrase like "had … done". List your language's own phrases (any number); the English ones stay active too.
    {WordingHint::Counterfactual,
     QT_TRANSLATE_NOOP("hs::Blameless",
                       "should have;should've;shouldn't have;could have;could've;would have;would've;"
                       "ought to have;failed to;neglected to;didn't bother;did not bother;if only")},
    //: Phrases that judge a person's care or ability, separated by ';'. List your language's own phrases (any number); the English ones stay active too.
    {WordingHint::Judgement,
     QT_TRANSLATE_NOOP("hs::Blameless",
                       "careless;carelessly;carelessness;sloppy;sloppiness;negligent;negligence;lazy;"
                       "incompetent;incompetence;stupid;reckless;forgot;forgot to;forgotten to;forgetting to;"
                       "ignored;didn't pay attention;did not pay attention;not paying attention;"
                       "wasn't paying attention;weren't paying attention;mistake by;screwed up;messed up")},
    //: Phrases that contain a flagged phrase but describe a system, separated by ';': they silence the shorter phrase they contain. List your language's own phrases (any number).
    {kNeutral,
     QT_TRANSLATE_NOOP("hs::Blameless",
                       "failed to start;failed to connect;failed to respond;failed to load;failed to resolve;"
                       "failed to reach;failed to parse;failed to bind;failed to allocate;failed to acquire;"
                       "failed to complete;lazy loading;lazy load;lazy evaluation;lazy initialization;"
                       "is ignored;are ignored;forgot password")},
};

// Words after which a participant's name starts a clause, as in "because Priya restarted it".
//: Single words, separated by ';', after which a name is the subject of a clause ("because Priya restarted it"). List your language's own words; the English ones stay active too.
const char* const kClauseWords = QT_TRANSLATE_NOOP("hs::Blameless", "because;since;as");

// A word folded for matching: simple case folding per code point, with the apostrophe and
// hyphen variants made one, plus a hash of that so most comparisons are one integer compare.
struct Word {
    std::u32string folded; // empty for a gap ("…")
    quint64 hash = 0;
    bool isGap() const { return folded.empty(); }
};

struct Phrase {
    QList<Word> words;
    int kind = kNeutral;
};

struct PhraseTable {
    QHash<quint64, QList<Phrase>> byFirstWord;
    QList<Word> clauseWords;
};

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    quint64 hash = 0;           // of the folded word, as Word::hash
    bool sentenceStart = false; // first word, or after . ! ? ; : … or a line break
    bool joined = false;        // only spaces since the previous word, in the same sentence
};

char32_t codePointAt(QStringView text, qsizetype i, int* width)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *width = 1;
    return c.unicode();
}

bool isWordChar(char32_t c)
{
    // Most text is ASCII; the Unicode tables are for the rest.
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'_';
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isWordAt(QStringView text, qsizetype i, int* width)
{
    return isWordChar(codePointAt(text, i, width));
}

char32_t foldChar(char32_t c)
{
    if (c < 0x80)
        return c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c;
    switch (c) {
    case U'\u2019': // ’
    case U'\u02BC': // ʼ
        return U'\'';
    case U'\u2010': // hyphen
    case U'\u2011': // non-breaking hyphen
        return U'-';
    default:
        return QChar::toCaseFolded(c);
    }
}

constexpr quint64 kHashBasis = 14695981039346656037ULL; // FNV-1a
constexpr quint64 kHashPrime = 1099511628211ULL;

quint64 hashStep(quint64 hash, char32_t folded)
{
    return (hash ^ folded) * kHashPrime;
}

// Calls fn with each folded code point of text[start, end).
template <typename Fn>
void forEachFolded(QStringView text, qsizetype start, qsizetype end, Fn&& fn)
{
    int width = 1;
    for (qsizetype i = start; i < end; i += width)
        fn(foldChar(codePointAt(text, i, &width)));
}

Word wordOf(QStringView text, const Token& token)
{
    Word word;
    forEachFolded(text, token.start, token.end, [&](char32_t c) { word.folded.push_back(c); });
    word.hash = token.hash;
    return word;
}

bool sameWord(QStringView text, const Token& token, const Word& word)
{
    if (token.hash != word.hash)
        return false;
    std::size_t k = 0;
    bool same = true;
    forEachFolded(text, token.start, token.end, [&](char32_t c) {
        same = same && k < word.folded.size() && word.folded[k] == c;
        ++k;
    });
    return same && k == word.folded.size();
}

// Characters that join two words into one: "didn't", "blame-free", "api.internal".
bool isJoiner(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case u'\u2019': // ’
    case u'\u02BC': // ʼ
    case u'-':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'.':
        return true;
    default:
        return false;
    }
}

bool isSentenceBreak(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u';':
    case u':':
    case u'\u2026': // …
    case u'\n':
    case u'\r':
    case u'\u2028':
    case u'\u2029':
    case u'\u3002': // 。
    case u'\uFF01': // ！
    case u'\uFF1F': // ？
        return true;
    default:
        return false;
    }
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5);
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int width = 1;
    while (pos < n) {
        qsizetype start = pos;
        while (start < n && !isWordAt(text, start, &width))
            start += width;
        if (start >= n)
            break;
        qsizetype end = start;
        for (;;) {
            while (end < n && isWordAt(text, end, &width))
                end += width;
            if (end + 1 < n && isJoiner(text[end]) && isWordAt(text, end + 1, &width)) {
                ++end;
                continue;
            }
            break;
        }
        Token token;
        token.start = start;
        token.end = end;
        token.hash = kHashBasis;
        forEachFolded(text, start, end, [&](char32_t c) { token.hash = hashStep(token.hash, c); });
        const QStringView gap = text.mid(pos, start - pos);
        token.sentenceStart = tokens.isEmpty() || std::any_of(gap.begin(), gap.end(), isSentenceBreak);
        token.joined = !token.sentenceStart && std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); });
        tokens.append(token);
        pos = end;
    }
    return tokens;
}

// A phrase's words, with a gap where it has "…". Empty when the phrase is unusable (no words,
// or a gap at an end or next to another gap).
QList<Word> phraseWords(QString phrase)
{
    phrase.replace(QLatin1String("..."), QStringLiteral("\u2026"));
    const QList<Token> tokens = tokenize(phrase);
    QList<Word> words;
    qsizetype previousEnd = -1;
    for (const Token& token : tokens) {
        if (previousEnd >= 0 && QStringView(phrase).mid(previousEnd, token.start - previousEnd).contains(u'\u2026')) {
            if (words.last().isGap())
                return {};
            words.append(Word());
        }
        words.append(wordOf(phrase, token));
        previousEnd = token.end;
    }
    const bool gapAtEnds = !tokens.isEmpty()
        && (phrase.left(tokens.first().start).contains(u'\u2026') || phrase.mid(tokens.last().end).contains(u'\u2026'));
    return gapAtEnds ? QList<Word>() : words;
}

QString wordsKey(const QList<Word>& words)
{
    QString key;
    for (const Word& word : words)
        key += QString::fromUcs4(word.folded.data(), static_cast<qsizetype>(word.folded.size())) + QLatin1Char(' ');
    return key;
}

void addPhrases(PhraseTable& table, QSet<QString>& seen, const QString& list, int kind)
{
    for (const QString& entry : list.split(u';', Qt::SkipEmptyParts)) {
        QList<Word> words = phraseWords(entry.trimmed());
        if (words.isEmpty())
            continue;
        const QString key = QString::number(kind) + QLatin1Char('|') + wordsKey(words);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const quint64 first = words.first().hash;
        table.byFirstWord[first].append(Phrase{std::move(words), kind});
    }
}

QString translatedList(const char* source)
{
    return QCoreApplication::translate("hs::Blameless", source);
}

std::shared_ptr<const PhraseTable> buildTable(const QStringList& translations)
{
    auto table = std::make_shared<PhraseTable>();
    QSet<QString> seen;
    qsizetype index = 0;
    for (const PhraseList& list : kLists) {
        addPhrases(*table, seen, QString::fromUtf8(list.source), list.kind);
        addPhrases(*table, seen, translations.at(index++), list.kind);
    }
    for (const QString& list : {QString::fromUtf8(kClauseWords), translations.at(index)}) {
        for (const QString& entry : list.split(u';', Qt::SkipEmptyParts)) {
            const QList<Word> words = phraseWords(entry);
            if (words.size() == 1)
                table->clauseWords.append(words.first());
        }
    }
    return table;
}

// The phrase table for the current translation. It is rebuilt when the installed translation
// changes, and shared between threads, so the editor and a background check can both use it.
std::shared_ptr<const PhraseTable> phraseTable()
{
    QStringList translations;
    for (const PhraseList& list : kLists)
        translations.append(translatedList(list.source));
    translations.append(translatedList(kClauseWords));

    static QMutex mutex;
    static QStringList builtFor;
    static std::shared_ptr<const PhraseTable> table;
    const QMutexLocker lock(&mutex);
    if (!table || builtFor != translations) {
        table = buildTable(translations);
        builtFor = translations;
    }
    return table;
}

// The last token of words[w…] matched from token t on, or -1. Words follow each other with
// only spaces between; a gap skips one to kMaxGapWords words within the sentence.
qsizetype matchFrom(QStringView text, const QList<Token>& tokens, const QList<Word>& words, qsizetype w, qsizetype t)
{
    for (;;) {
        if (!sameWord(text, tokens.at(t), words.at(w)))
            return -1;
        if (++w == words.size())
            return t;
        if (words.at(w).isGap()) {
            ++w;
            for (qsizetype skip = 1; skip <= kMaxGapWords; ++skip) {
                const qsizetype next = t + skip + 1;
                if (next >= tokens.size() || tokens.at(t + skip).sentenceStart || tokens.at(next).sentenceStart)
                    return -1;
                if (const qsizetype last = matchFrom(text, tokens, words, w, next); last >= 0)
                    return last;
            }
            return -1;
        }
        if (++t >= tokens.size() || !tokens.at(t).joined)
            return -1;
    }
}

struct Candidate {
    qsizetype first = 0; // token indexes
    qsizetype last = 0;
    qsizetype length = 0; // characters
    int kind = kNeutral;
};

// Participants' names as word sequences: each full name and each first name, longest first,
// so "Priya Raman restarted" reports the full name.
QList<QList<Word>> personNames(const QStringList& people)
{
    QList<QList<Word>> names;
    QSet<QString> seen;
    auto add = [&](const QList<Word>& words) {
        const QString key = wordsKey(words);
        if (!words.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            names.append(words);
        }
    };
    for (const QString& person : people) {
        QList<Word> words;
        for (const Token& token : tokenize(person))
            words.append(wordOf(person, token));
        add(words);
        add(words.mid(0, 1));
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const QList<Word>& a, const QList<Word>& b) { return a.size() > b.size(); });
    return names;
}

bool startsLowerCase(QStringView text, const Token& token)
{
    int width = 1;
    return QChar::isLower(codePointAt(text, token.start, &width));
}

// A name is the subject where it starts a sentence or follows a clause word ("because").
bool inSubjectPosition(QStringView text, const QList<Token>& tokens, qsizetype i, const PhraseTable& table)
{
    if (tokens.at(i).sentenceStart)
        return true;
    if (!tokens.at(i).joined)
        return false;
    return std::any_of(table.clauseWords.cbegin(), table.clauseWords.cend(),
                       [&](const Word& word) { return sameWord(text, tokens.at(i - 1), word); });
}

void addNameCandidates(QStringView text, const QList<Token>& tokens, const PhraseTable& table,
                       const QStringList& people, QList<Candidate>& candidates)
{
    const QList<QList<Word>> names = personNames(people);
    if (names.isEmpty())
        return;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (const QList<Word>& name : names) {
            if (tokens.at(i).hash != name.first().hash)
                continue;
            const qsizetype last = matchFrom(text, tokens, name, 0, i);
            const qsizetype next = last + 1;
            if (last < 0 || next >= tokens.size() || !tokens.at(next).joined || !startsLowerCase(text, tokens.at(next)))
                continue;
            if (inSubjectPosition(text, tokens, i, table))
                candidates.append(Candidate{i, last, tokens.at(last).end - tokens.at(i).start, WordingHint::NamedPerson});
            break;
        }
    }
}

QString reasonFor(WordingHint::Kind kind)
{
    switch (kind) {
    case WordingHint::PersonBlame:
        return QCoreApplication::translate("hs::Blameless",
                                           "Naming a person's error or fault as the cause ends the inquiry where it "
                                           "should begin.");
    case WordingHint::Hindsight:
        return QCoreApplication::translate("hs::Blameless",
                                           "It only looks obvious now that the outcome is known; at the time the "
                                           "signals were mixed.");
    case WordingHint::Counterfactual:
        return QCoreApplication::translate("hs::Blameless",
                                           "Describing what was not done says little about why the actions taken made "
                                           "sense at the time.");
    case WordingHint::Judgement:
        return QCoreApplication::translate("hs::Blameless",
                                           "Judging someone's care or ability points at the person rather than at the "
                                           "conditions they worked in.");
    case WordingHint::NamedPerson:
        return QCoreApplication::translate("hs::Blameless",
                                           "Making a person the subject of the sentence puts the focus on who acted "
                                           "rather than on what happened around them.");
    }
    return {};
}

QString suggestionFor(WordingHint::Kind kind)
{
    switch (kind) {
    case WordingHint::PersonBlame:
        return QCoreApplication::translate("hs::Blameless",
                                           "What made this step easy to get wrong, and which safeguard was missing?");
    case WordingHint::Hindsight:
        return QCoreApplication::translate("hs::Blameless",
                                           "What did the situation look like before anyone knew how it would end?");
    case WordingHint::Counterfactual:
        return QCoreApplication::translate("hs::Blameless",
                                           "What did they know then, and what might have told them more?");
    case WordingHint::Judgement:
        return QCoreApplication::translate("hs::Blameless", "What made this the easy path at the time?");
    case WordingHint::NamedPerson:
        return QCoreApplication::translate("hs::Blameless",
                                           "Describe the action and its context instead: what made this step look "
                                           "right at the time?");
    }
    return {};
}

} // namespace

QList<WordingHint> checkWording(const QString& text, const QStringList& people)
{
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return {};
    const std::shared_ptr<const PhraseTable> table = phraseTable();

    QList<Candidate> candidates;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const auto bucket = table->byFirstWord.constFind(tokens.at(i).hash);
        if (bucket == table->byFirstWord.cend())
            continue;
        for (const Phrase& phrase : *bucket) {
            if (const qsizetype last = matchFrom(text, tokens, phrase.words, 0, i); last >= 0)
                candidates.append(Candidate{i, last, tokens.at(last).end - tokens.at(i).start, phrase.kind});
        }
    }
    addNameCandidates(text, tokens, *table, people, candidates);
    if (candidates.isEmpty())
        return {};

    // Longest first; on a tie the earlier, then the lower kind (neutral before all, hindsight
    // before counterfactual), so the outcome never depends on list order.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.length != b.length)
            return a.length > b.length;
        if (a.first != b.first)
            return a.first < b.first;
        return a.kind < b.kind;
    });
    QList<bool> taken(tokens.size(), false);
    QList<WordingHint> hints;
    // Translated once per kind and shared by its hints: a dense paragraph has dozens.
    QString reasons[WordingHint::NamedPerson + 1];
    QString suggestions[WordingHint::NamedPerson + 1];
    for (const Candidate& c : candidates) {
        if (std::any_of(taken.cbegin() + c.first, taken.cbegin() + c.last + 1, [](bool t) { return t; }))
            continue;
        std::fill(taken.begin() + c.first, taken.begin() + c.last + 1, true);
        if (c.kind == kNeutral)
            continue;
        WordingHint hint;
        hint.start = static_cast<int>(tokens.at(c.first).start);
        hint.length = static_cast<int>(c.length);
        hint.phrase = text.mid(hint.start, hint.length);
        hint.kind = static_cast<WordingHint::Kind>(c.kind);
        if (reasons[hint.kind].isEmpty()) {
            reasons[hint.kind] = reasonFor(hint.kind);
            suggestions[hint.kind] = suggestionFor(hint.kind);
        }
        hint.reason = reasons[hint.kind];
        hint.suggestion = suggestions[hint.kind];
        hints.append(std::move(hint));
    }
    std::sort(hints.begin(), hints.end(), [](const WordingHint& a, const WordingHint& b) { return a.start < b.start; });
    return hints;
}

} // namespace hs
