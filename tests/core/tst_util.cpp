#include "domain/Enums.h"
#include "domain/Review.h"
#include "domain/Template.h"
#include "util/SortKey.h"
#include "util/TimeFormat.h"
#include "util/Uuid.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace hs;

class TestUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uuidIsVersion7AndTimeOrdered()
    {
        const QRegularExpression shape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QString previous;
        for (int i = 0; i < 200; ++i) {
            const QString id = newIdAt(1700000000000LL + i);
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            if (!previous.isEmpty())
                QVERIFY(previous < id);
            previous = id;
        }
        QVERIFY(newId() != newId());
    }

    void sortKeysStayBetweenTheirBounds()
    {
        QCOMPARE(SortKey::first(), QStringLiteral("i"));
        // Repeatedly insert between random neighbours; the list must stay strictly ordered.
        QStringList keys = {SortKey::first()};
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            const int at = static_cast<int>(rng.bounded(static_cast<quint32>(keys.size() + 1)));
            const QString lo = at > 0 ? keys.at(at - 1) : QString();
            const QString hi = at < keys.size() ? keys.at(at) : QString();
            const QString k = SortKey::between(lo, hi);
            QVERIFY2(lo.isEmpty() || lo < k, qPrintable(lo + QStringLiteral(" < ") + k));
            QVERIFY2(hi.isEmpty() || k < hi, qPrintable(k + QStringLiteral(" < ") + hi));
            QVERIFY(!k.endsWith(QLatin1Char('0')));
            keys.insert(at, k);
        }
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(sorted, keys);
        QVERIFY(SortKey::between(QStringLiteral("a"), QStringLiteral("b")) > QStringLiteral("a"));
        QVERIFY(SortKey::between(QStringLiteral("a"), QStringLiteral("b")) < QStringLiteral("b"));
        QVERIFY(SortKey::after(QStringLiteral("zzz")) > QStringLiteral("zzz"));
        QVERIFY(SortKey::before(QStringLiteral("01")) < QStringLiteral("01"));
    }

    void parsesTypedTimesInTheReviewZone()
    {
        // 09:12 in Berlin in summer is 07:12 UTC; in winter 08:12 UTC.
        const auto summer = parseUserDateTime(QStringLiteral("2026-04-14 09:12"), QStringLiteral("Europe/Berlin"));
        QVERIFY(summer);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*summer, QTimeZone::utc()).time(), QTime(7, 12));
        const auto winter = parseUserDateTime(QStringLiteral("2026-01-14 09:12:30"), QStringLiteral("Europe/Berlin"));
        QVERIFY(winter);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*winter, QTimeZone::utc()).time(), QTime(8, 12, 30));
        const auto iso = parseUserDateTime(QStringLiteral("2026-04-14T09:12:00Z"), QStringLiteral("Europe/Berlin"));
        QVERIFY(iso);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*iso, QTimeZone::utc()).time(), QTime(9, 12));
        QVERIFY(!parseUserDateTime(QStringLiteral("yesterday-ish"), QStringLiteral("UTC")));
        QVERIFY(!parseUserDateTime(QStringLiteral("2026-02-30 10:00"), QStringLiteral("UTC")));
        // An unknown zone falls back to UTC rather than failing.
        const auto utc = parseUserDateTime(QStringLiteral("2026-04-14 09:12"), QStringLiteral("Nowhere/Invalid"));
        QVERIFY(utc);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*utc, QTimeZone::utc()).time(), QTime(9, 12));
        QCOMPARE(formatUserDateTime(*summer, QStringLiteral("Europe/Berlin")), QStringLiteral("2026-04-14 09:12"));
        QCOMPARE(formatUserDateTime(*winter, QStringLiteral("Europe/Berlin")), QStringLiteral("2026-01-14 09:12:30"));
    }

    void formatsDurations()
    {
        QCOMPARE(formatDuration(std::nullopt), QString());
        QCOMPARE(formatDuration(45 * 60000LL), QStringLiteral("45 min"));
        QCOMPARE(formatDuration(125 * 60000LL), QStringLiteral("2 h 05 min"));
        QCOMPARE(formatDuration((3 * 24 * 60 + 4 * 60) * 60000LL), QStringLiteral("3 d 4 h"));
        QVERIFY(formatDuration(-5 * 60000LL).endsWith(QStringLiteral("5 min")));
        QVERIFY(formatDuration(-5 * 60000LL) != formatDuration(5 * 60000LL));
    }

    void metricsFollowKeyTimes()
    {
        Review r;
        QVERIFY(!metricsOf(r).timeToDetect);
        r.keyTimes = {0LL, 10 * 60000LL, 13 * 60000LL, 60 * 60000LL, 120 * 60000LL};
        const ReviewMetrics m = metricsOf(r);
        QCOMPARE(*m.timeToDetect, 10 * 60000LL);
        QCOMPARE(*m.timeToAcknowledge, 3 * 60000LL);
        QCOMPARE(*m.timeToMitigate, 60 * 60000LL);
        QCOMPARE(*m.timeToResolve, 120 * 60000LL);
        r.keyTimes[1] = std::nullopt;
        QVERIFY(!metricsOf(r).timeToDetect);
        QVERIFY(!metricsOf(r).timeToAcknowledge);
    }

    void vocabulariesHaveLabelsAndDefaults()
    {
        QCOMPARE(Vocabulary::codes(Vocab::Milestone).size(), 5);
        QVERIFY(Vocabulary::contains(Vocab::EventKind, QStringLiteral("key_moment")));
        QVERIFY(!Vocabulary::contains(Vocab::EventKind, QStringLiteral("blame")));
        QCOMPARE(Vocabulary::label(Vocab::ActionStatus, QStringLiteral("wont_do")), QStringLiteral("Won't do"));
        QCOMPARE(Vocabulary::label(Vocab::ActionStatus, QStringLiteral("unknown")), QStringLiteral("unknown"));
        QCOMPARE(Vocabulary::defaultCode(Vocab::Severity), QStringLiteral("SEV3"));
    }

    void builtInTemplatesParse()
    {
        const QList<Template> templates = builtInTemplates();
        QCOMPARE(templates.size(), 4);
        QStringList keys;
        for (const Template& t : templates) {
            keys.append(t.key);
            QVERIFY2(!t.sections.isEmpty(), qPrintable(t.key));
            QVERIFY2(!t.agenda.isEmpty(), qPrintable(t.key));
            QVERIFY(!t.wentWellPrompt.isEmpty());
            int minutes = 0;
            for (const TemplateAgendaItem& a : t.agenda) {
                QVERIFY(Vocabulary::contains(Vocab::AgendaStage, a.stage));
                minutes += a.minutes;
            }
            QVERIFY2(minutes >= 30 && minutes <= 90, qPrintable(t.key));
            // Round trip through the library's stored form.
            QString error;
            const std::optional<Template> back = parseTemplate(templateToJson(t), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->sections.size(), t.sections.size());
            QCOMPARE(back->agenda.size(), t.agenda.size());
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("incident"), QStringLiteral("near-miss"), QStringLiteral("security"),
                                    QStringLiteral("gameday")}));
        QStringList incidentKeys;
        for (const TemplateSection& s : templates.first().sections)
            incidentKeys.append(s.key);
        for (const char* key : {"summary", "impact", "trigger", "detection", "resolution"})
            QVERIFY2(incidentKeys.contains(QLatin1String(key)), key);
        QStringList gamedayKeys;
        for (const TemplateSection& s : templates.last().sections)
            gamedayKeys.append(s.key);
        for (const char* key : {"hypothesis", "injected", "blast_radius", "observed", "findings"})
            QVERIFY2(gamedayKeys.contains(QLatin1String(key)), key);
    }

    void rejectsBrokenTemplates()
    {
        QString error;
        QVERIFY(!parseTemplate("not json", &error));
        QVERIFY(error.contains(QStringLiteral("JSON")));
        QVERIFY(!parseTemplate(R"({"key":"x"})", &error));
        QVERIFY(!parseTemplate(R"({"key":"x","name":"X","sections":[{"key":"","title":""}]})", &error));
        QVERIFY(error.contains(QStringLiteral("section")));
    }
};

QTEST_GUILESS_MAIN(TestUtil)
#include "tst_util.moc"
