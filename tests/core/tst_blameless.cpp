// Blameless wording: which phrases in a review's text get a hint, exactly where, and which do not.

#include "analysis/BlamelessCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace hs;

namespace {

const char* kindName(WordingHint::Kind kind)
{
    switch (kind) {
    case WordingHint::PersonBlame:
        return "PersonBlame";
    case WordingHint::Hindsight:
        return "Hindsight";
    case WordingHint::Counterfactual:
        return "Counterfactual";
    case WordingHint::Judgement:
        return "Judgement";
    case WordingHint::NamedPerson:
        return "NamedPerson";
    }
    return "?";
}

// "Kind@start:phrase | …", with the phrase as written, so a row states offsets and lengths.
QString describe(const QList<WordingHint>& hints)
{
    QStringList parts;
    for (const WordingHint& h : hints)
        parts.append(QStringLiteral("%1@%2:%3").arg(QLatin1String(kindName(h.kind))).arg(h.start).arg(h.phrase));
    return parts.join(QLatin1String(" | "));
}

QStringList team()
{
    return {QStringLiteral("Priya Raman"), QStringLiteral("Tomás Herrera"), QStringLiteral("Sam")};
}

// Stands in for a German .qm: supplies translated phrase lists, so the tests can show that a
// translation adds to the English lists without depending on the shipped catalogue.
class ListTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "hs::Blameless") != 0)
            return {};
        const QLatin1String s(source);
        if (s.startsWith(QLatin1String("human error;")))
            return QStringLiteral("menschliches Versagen;Bedienfehler");
        if (s.startsWith(QLatin1String("should have;")))
            return QStringLiteral("hätte … sollen;wenn nur");
        if (s.startsWith(QLatin1String("because;")))
            return QStringLiteral("weil");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestBlameless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("people");
        QTest::addColumn<QString>("expected");
        const QStringList none;

        // Person blame
        QTest::newRow("human error") << "It was human error." << none << "PersonBlame@7:human error";
        QTest::newRow("upper case") << "Root cause: OPERATOR ERROR" << none << "PersonBlame@12:OPERATOR ERROR";
        QTest::newRow("negation still flags") << "This was not human error." << none << "PersonBlame@13:human error";
        QTest::newRow("to blame over blame") << "Nobody is to blame." << none << "PersonBlame@10:to blame";
        QTest::newRow("blame") << "Who do we blame?" << none << "PersonBlame@10:blame";
        QTest::newRow("blameless is not blame") << "We run blameless reviews." << none << "";
        // A hyphen joins a compound into one word, so "blame-free" is not "blame".
        QTest::newRow("blame-free") << "A blame-free culture." << none << "";
        QTest::newRow("their fault") << "It was their fault" << none << "PersonBlame@7:their fault";
        QTest::newRow("plural") << "Two human errors." << none << "PersonBlame@4:human errors";
        QTest::newRow("two spaces") << "human  error" << none << "PersonBlame@0:human  error";
        // A phrase stays within a line and a clause.
        QTest::newRow("across a line break") << "human\nerror" << none << "";
        QTest::newRow("across a comma") << "human, error" << none << "";
        QTest::newRow("error alone") << "The error rate rose." << none << "";

        // Counterfactual
        QTest::newRow("should have") << "She should have checked." << none << "Counterfactual@4:should have";
        QTest::newRow("should've") << "They should've checked." << none << "Counterfactual@5:should've";
        QTest::newRow("curly apostrophe") << "They should’ve checked." << none << "Counterfactual@5:should’ve";
        QTest::newRow("failed to") << "The on-call failed to notice." << none << "Counterfactual@12:failed to";
        QTest::newRow("if only") << "If only we had waited." << none << "Counterfactual@0:If only";
        QTest::newRow("double quotes") << "He said “should have” twice." << none << "Counterfactual@9:should have";
        QTest::newRow("single quotes") << "He wrote 'should have' twice." << none << "Counterfactual@10:should have";
        QTest::newRow("didn't bother") << "They didn't bother to check." << none << "Counterfactual@5:didn't bother";
        QTest::newRow("should alone") << "Alerts should fire sooner." << none << "";
        QTest::newRow("shoulder") << "The shoulder have healed." << none << "";
        // A neutral phrase that contains a flagged one describes a system and silences it.
        QTest::newRow("failed to start") << "The pod failed to start." << none << "";
        QTest::newRow("neutral beside flagged")
            << "Sam failed to notice the pod failed to start." << none << "Counterfactual@4:failed to";

        // Hindsight
        QTest::newRow("obviously") << "Obviously the config was wrong." << none << "Hindsight@0:Obviously";
        QTest::newRow("should have known") << "They should have known." << none << "Hindsight@5:should have known";
        QTest::newRow("clearly should") << "He clearly should have rolled back." << none << "Hindsight@3:clearly should";
        // Overlapping matches that start at different words: the longer one wins outright.
        QTest::newRow("longer later match")
            << "He clearly should have known." << none << "Hindsight@11:should have known";
        QTest::newRow("obvious alone") << "The cause was not obvious." << none << "";

        // Judgement
        QTest::newRow("forgot to over forgot") << "He forgot to renew the certificate." << none << "Judgement@3:forgot to";
        QTest::newRow("forgot") << "I forgot." << none << "Judgement@2:forgot";
        // "forgotten" describes the thing, not a person; "forgotten to" is about someone.
        QTest::newRow("forgotten password reset flow") << "The forgotten password reset flow broke." << none << "";
        QTest::newRow("forgotten to") << "He had forgotten to renew it." << none << "Judgement@7:forgotten to";
        QTest::newRow("carelessness") << "Sheer carelessness." << none << "Judgement@6:carelessness";
        QTest::newRow("not paying attention")
            << "We were not paying attention." << none << "Judgement@8:not paying attention";
        QTest::newRow("wasn't paying attention")
            << "He wasn't paying attention." << none << "Judgement@3:wasn't paying attention";
        QTest::newRow("ignored") << "The alert was ignored." << none << "Judgement@14:ignored";
        QTest::newRow("is ignored") << "The flag is ignored by the parser." << none << "";
        QTest::newRow("lazy loading") << "Lazy loading hid the error." << none << "";
        QTest::newRow("lazy") << "That was lazy." << none << "Judgement@9:lazy";
        QTest::newRow("mistake by") << "A mistake by the on-call." << none << "Judgement@2:mistake by";
        QTest::newRow("screwed up") << "Someone screwed up." << none << "Judgement@8:screwed up";
        QTest::newRow("two kinds")
            << "Human error: he forgot to check." << none << "PersonBlame@0:Human error | Judgement@16:forgot to";

        // Named person
        QTest::newRow("first name at start") << "Priya restarted the wrong pod." << team() << "NamedPerson@0:Priya";
        QTest::newRow("full name") << "Priya Raman restarted the wrong pod." << team() << "NamedPerson@0:Priya Raman";
        QTest::newRow("name as object") << "We paged Priya at 02:10." << team() << "";
        QTest::newRow("after because")
            << "The pod died because Priya restarted it." << team() << "NamedPerson@21:Priya";
        QTest::newRow("after since")
            << "It has been down since Priya restarted it." << team() << "NamedPerson@23:Priya";
        QTest::newRow("after as") << "As Sam said, the pod was stale." << team() << "NamedPerson@3:Sam";
        QTest::newRow("second sentence") << "We checked. Priya restarted the pod." << team() << "NamedPerson@12:Priya";
        QTest::newRow("after a line break") << "Notes\n- Priya restarted the pod" << team() << "NamedPerson@8:Priya";
        QTest::newRow("in quotes") << "“Priya restarted it,” he said." << team() << "NamedPerson@1:Priya";
        QTest::newRow("unicode name") << "Tomás deployed the change." << team() << "NamedPerson@0:Tomás";
        QTest::newRow("unicode upper case") << "TOMÁS deployed the change." << team() << "NamedPerson@0:TOMÁS";
        QTest::newRow("unicode lower case") << "tomás deployed the change." << team() << "NamedPerson@0:tomás";
        QTest::newRow("name then colon") << "Priya: can you check?" << team() << "";
        QTest::newRow("possessive") << "Priya's deploy broke it." << team() << "";
        QTest::newRow("longer word") << "Priyanka restarted it." << team() << "";
        QTest::newRow("last name alone") << "Raman restarted it." << team() << "";
        QTest::newRow("capitalised next word") << "Sam Smith restarted it." << team() << "";
        QTest::newRow("mid-sentence after comma") << "After the page, Priya restarted it." << team() << "";
        QTest::newRow("no people") << "Priya restarted the pod." << none << "";
        QTest::newRow("name and judgement")
            << "Priya forgot to scale up." << team() << "NamedPerson@0:Priya | Judgement@6:forgot to";

        // Nothing to check
        QTest::newRow("empty") << "" << team() << "";
        QTest::newRow("only spaces") << "  \n\t " << team() << "";
        QTest::newRow("only punctuation") << "… — !?" << team() << "";
    }

    void wording()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, people);
        QFETCH(QString, expected);
        const QList<WordingHint> hints = checkWording(text, people);
        QCOMPARE(describe(hints), expected);
        for (const WordingHint& h : hints) {
            QCOMPARE(h.length, h.phrase.size());
            QCOMPARE(text.mid(h.start, h.length), h.phrase);
        }
    }

    void hintsAreSortedAndDisjoint()
    {
        const QString text = QStringLiteral(
            "Priya restarted the pod. Obviously it was human error: she should have known and forgot to "
            "check, because Sam failed to notice. If only the alert had not been ignored by a careless reviewer.");
        const QList<WordingHint> hints = checkWording(text, team());
        QCOMPARE(hints.size(), 10);
        for (qsizetype i = 1; i < hints.size(); ++i)
            QVERIFY(hints.at(i - 1).start + hints.at(i - 1).length <= hints.at(i).start);
    }

    void eachKindHasItsOwnTexts()
    {
        const QString text = QStringLiteral("Priya restarted it. Human error. Obviously. Should have. Careless.");
        const QList<WordingHint> hints = checkWording(text, team());
        QCOMPARE(describe(hints),
                 QStringLiteral("NamedPerson@0:Priya | PersonBlame@20:Human error | Hindsight@33:Obviously | "
                                "Counterfactual@44:Should have | Judgement@57:Careless"));
        QSet<QString> reasons;
        QSet<QString> suggestions;
        for (const WordingHint& h : hints) {
            QVERIFY(h.reason.endsWith(QLatin1Char('.')));
            QVERIFY(h.suggestion.endsWith(QLatin1Char('?')));
            reasons.insert(h.reason);
            suggestions.insert(h.suggestion);
        }
        QCOMPARE(reasons.size(), 5);
        QCOMPARE(suggestions.size(), 5);
    }

    // Taking a suggestion at its word must not earn a new hint.
    void suggestionsPassTheirOwnCheck()
    {
        const QString text = QStringLiteral("Priya restarted it. Human error. Obviously. Should have. Careless.");
        for (const WordingHint& h : checkWording(text, team())) {
            QVERIFY2(checkWording(h.reason).isEmpty(), qPrintable(h.reason));
            QVERIFY2(checkWording(h.suggestion).isEmpty(), qPrintable(h.suggestion));
        }
    }

    void translationAddsToTheEnglishLists()
    {
        const QString german = QStringLiteral("Das war menschliches Versagen.");
        const QString gap = QStringLiteral("Er hätte den Pod vorher prüfen sollen.");
        QVERIFY(checkWording(german).isEmpty());
        QVERIFY(checkWording(gap).isEmpty());

        ListTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(describe(checkWording(german)), QStringLiteral("PersonBlame@8:menschliches Versagen"));
        QCOMPARE(describe(checkWording(gap)), QStringLiteral("Counterfactual@3:hätte den Pod vorher prüfen sollen"));
        QCOMPARE(describe(checkWording(QStringLiteral("Das war BEDIENFEHLER, not human error."))),
                 QStringLiteral("PersonBlame@8:BEDIENFEHLER | PersonBlame@26:human error"));
        QCOMPARE(describe(checkWording(QStringLiteral("Der Pod starb, weil Priya ihn neu startete."), team())),
                 QStringLiteral("NamedPerson@20:Priya"));
        // A gap skips at most eight words and never crosses a sentence.
        QVERIFY(checkWording(QStringLiteral("Er hätte a b c d e f g h i sollen.")).isEmpty());
        QCOMPARE(checkWording(QStringLiteral("Er hätte a b c d e f g h sollen.")).size(), 1);
        QVERIFY(checkWording(QStringLiteral("Er hätte es. Dann sollen wir gehen.")).isEmpty());
        QVERIFY(QCoreApplication::removeTranslator(&translator));

        QVERIFY(checkWording(german).isEmpty());
        QCOMPARE(describe(checkWording(QStringLiteral("It was human error."))), QStringLiteral("PersonBlame@7:human error"));
    }

    // The shipped German lists, from the .qm built next to the hindsight binary.
    void germanCatalogue()
    {
        const QString qm = QFileInfo(qEnvironmentVariable("HINDSIGHT_BIN")).dir().filePath(QStringLiteral("hindsight_de.qm"));
        QTranslator german;
        if (!german.load(qm))
            QSKIP("hindsight_de.qm is not built");
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QString text = QStringLiteral(
            "Das war menschliches Versagen. Er hätte den Pod vor dem Neustart prüfen sollen. Sie hätte es wissen "
            "müssen. Der Kollege war nachlässig und hat vergessen, das Zertifikat zu erneuern. Der Pod fiel aus, "
            "weil Priya ihn neu startete. The pod failed to start.");
        const QList<WordingHint> hints = checkWording(text, team());
        QCOMPARE(describe(hints),
                 QStringLiteral("PersonBlame@8:menschliches Versagen | "
                                "Counterfactual@34:hätte den Pod vor dem Neustart prüfen sollen | "
                                "Hindsight@84:hätte es wissen müssen | Judgement@124:nachlässig | "
                                "Judgement@143:vergessen | NamedPerson@205:Priya"));
        // The German advice is itself blameless, in German and in English.
        for (const WordingHint& h : hints) {
            QVERIFY2(h.suggestion.endsWith(QLatin1Char('?')), qPrintable(h.suggestion));
            QVERIFY2(checkWording(h.reason).isEmpty(), qPrintable(h.reason));
            QVERIFY2(checkWording(h.suggestion).isEmpty(), qPrintable(h.suggestion));
        }
        QVERIFY(QCoreApplication::removeTranslator(&german));
    }

    void veryLongText()
    {
        // 1,000 copies of a paragraph: two hints each, at the same place in every copy.
        const QString paragraph = QStringLiteral(
            "We paged Priya. Priya restarted the wrong pod because the runbook was stale. "
            "It was not human error; the dashboard hid the lag. ");
        const qsizetype copies = 1000;
        const QString text = paragraph.repeated(copies);
        const QList<WordingHint> hints = checkWording(text, team());
        QCOMPARE(hints.size(), 2 * copies);
        const int name = static_cast<int>(paragraph.indexOf(QLatin1String("Priya restarted")));
        const int blame = static_cast<int>(paragraph.indexOf(QLatin1String("human error")));
        for (qsizetype i = 0; i < copies; ++i) {
            const int base = static_cast<int>(i * paragraph.size());
            QCOMPARE(hints.at(2 * i).kind, WordingHint::NamedPerson);
            QCOMPARE(hints.at(2 * i).start, base + name);
            QCOMPARE(hints.at(2 * i + 1).kind, WordingHint::PersonBlame);
            QCOMPARE(hints.at(2 * i + 1).start, base + blame);
        }
    }

    void unusualCharacters()
    {
        // Letters outside the BMP are part of words; a lone surrogate or an emoji is not.
        const QString text = QStringLiteral("\U0001D400blame 😀 blame \xD800 blame");
        QCOMPARE(describe(checkWording(text)), QStringLiteral("PersonBlame@11:blame | PersonBlame@19:blame"));
    }
};

QTEST_GUILESS_MAIN(TestBlameless)
#include "tst_blameless.moc"
