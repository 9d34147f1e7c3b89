// The meeting's core: the stage clock with an injected clock (no waiting), the session both
// windows observe, the prompt bank and one-line attendance, and the schema-5 storage of
// prepared questions and prompts (logged, merged, migrated from a v4 file).

#include "TestSupport.h"

#include "domain/Enums.h"
#include "meeting/MeetingSession.h"
#include "meeting/MeetingTimer.h"
#include "meeting/Prompts.h"
#include "storage/Library.h"
#include "storage/Merge.h"
#include "storage/Schema.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace hs;

namespace {

QList<MeetingStage> threeStages()
{
    return {{QStringLiteral("ground_rules"), QStringLiteral("Ground rules"), 5, QString()},
            {QStringLiteral("timeline"), QStringLiteral("Timeline"), 20, QString()},
            {QStringLiteral("actions"), QStringLiteral("Actions"), 0, QString()}};
}

constexpr qint64 kMinute = 60000;

} // namespace

class TestMeeting : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'000'000;
    MeetingTimer::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void timerCountsStagesAndLeavesPausesOut()
    {
        MeetingTimer t(clock());
        QVERIFY(!t.start()); // no stages yet
        t.setStages(threeStages());
        QVERIFY(!t.next());  // not started
        QCOMPARE(t.currentIndex(), -1);
        QVERIFY(t.start());
        QVERIFY(!t.start());
        QCOMPARE(t.currentIndex(), 0);
        m_now += 3 * kMinute;
        QCOMPARE(t.currentElapsedMs(), 3 * kMinute);
        QCOMPARE(t.remainingMs(), 2 * kMinute);
        QVERIFY(!t.isOverrun());
        QVERIFY(t.pause());
        QVERIFY(t.isPaused());
        QVERIFY(!t.pause());
        m_now += 10 * kMinute; // a break: not counted
        QCOMPARE(t.currentElapsedMs(), 3 * kMinute);
        QCOMPARE(t.meetingElapsedMs(), 3 * kMinute);
        QVERIFY(t.resume());
        QVERIFY(!t.resume());
        m_now += 4 * kMinute;
        QCOMPARE(t.currentElapsedMs(), 7 * kMinute);
        QVERIFY(t.isOverrun());
        QCOMPARE(t.overrunMs(), 2 * kMinute);
        QCOMPARE(t.remainingMs(), -2 * kMinute);

        QVERIFY(t.next());
        m_now += kMinute;
        QCOMPARE(t.stageElapsedMs(0), 7 * kMinute); // kept when left
        QCOMPARE(t.currentElapsedMs(), kMinute);
        QVERIFY(t.previous());
        m_now += kMinute;
        QCOMPARE(t.stageElapsedMs(0), 8 * kMinute); // going back runs the same stage's clock
        QVERIFY(!t.goTo(0));  // already there
        QVERIFY(!t.goTo(3));  // out of range
        QVERIFY(!t.goTo(-1));
        QVERIFY(t.goTo(2));
        m_now += 30 * kMinute;
        QCOMPARE(t.overrunMs(), qint64(0)); // no timebox, no overrun
        QCOMPARE(t.meetingElapsedMs(), 8 * kMinute + kMinute + 30 * kMinute);
        QCOMPARE(t.plannedMs(), 25 * kMinute);

        // A pause carries over a stage change: the new stage does not start counting.
        QVERIFY(t.pause());
        QVERIFY(t.goTo(1));
        m_now += 5 * kMinute;
        QCOMPARE(t.stageElapsedMs(1), kMinute);
        QVERIFY(t.end());
        QVERIFY(!t.end());
        QVERIFY(!t.next());
        QVERIFY(!t.resume());
        m_now += 5 * kMinute;
        QCOMPARE(t.meetingElapsedMs(), 39 * kMinute);
    }

    void timerKeepsTimeWhenTheAgendaChanges()
    {
        MeetingTimer t(clock());
        t.setStages(threeStages());
        QVERIFY(t.start());
        QVERIFY(t.goTo(2));
        m_now += 2 * kMinute;
        QList<MeetingStage> shorter = threeStages();
        shorter.removeLast();
        shorter[1].minutes = 1;
        t.setStages(shorter); // the current stage was removed: clamp to the last one
        QCOMPARE(t.currentIndex(), 1);
        QVERIFY(t.isRunning());
        m_now += 2 * kMinute;
        QCOMPARE(t.currentElapsedMs(), 2 * kMinute);
        QCOMPARE(t.overrunMs(), kMinute);
        t.reset();
        QVERIFY(!t.isStarted());
        QCOMPARE(t.meetingElapsedMs(), qint64(0));
    }

    void timerStateSurvivesARestartPaused()
    {
        MeetingTimer t(clock());
        t.setStages(threeStages());
        QVERIFY(t.start());
        m_now += 2 * kMinute;
        QVERIFY(t.next());
        m_now += kMinute;
        const MeetingTimer::State kept = t.state();
        QCOMPARE(kept.elapsedMs, (QList<qint64>{2 * kMinute, kMinute, 0}));
        MeetingTimer back(clock());
        back.setStages(threeStages());
        back.restore(kept);
        QVERIFY(back.isStarted());
        QVERIFY(back.isPaused()); // the time away is not meeting time
        QCOMPARE(back.currentIndex(), 1);
        m_now += 10 * kMinute;
        QCOMPARE(back.meetingElapsedMs(), 3 * kMinute);
        QVERIFY(back.resume());
        m_now += kMinute;
        QCOMPARE(back.currentElapsedMs(), 2 * kMinute);
        // A state from a longer agenda is clamped to this one.
        MeetingTimer::State odd;
        odd.started = true;
        odd.current = 9;
        odd.elapsedMs = {1, 2, 3, 4, 5};
        back.restore(odd);
        QCOMPARE(back.currentIndex(), 2);
        QCOMPARE(back.meetingElapsedMs(), qint64(6));
        // Nothing kept: not started.
        back.restore(MeetingTimer::State());
        QVERIFY(!back.isStarted());
    }

    void sessionStateIsForItsReviewOnly()
    {
        MeetingSession a(clock());
        a.setReview(QStringLiteral("r1"), {});
        QVERIFY(a.start());
        m_now += 4 * kMinute;
        QVERIFY(a.next());
        const QVariantMap kept = a.saveState();
        MeetingSession b(clock());
        b.setReview(QStringLiteral("r2"), {});
        QVERIFY(!b.restoreState(kept));
        QVERIFY(!b.timer().isStarted());
        b.setReview(QStringLiteral("r1"), {});
        QSignalSpy stage(&b, &MeetingSession::stageChanged);
        QVERIFY(b.restoreState(kept));
        QCOMPARE(b.stageIndex(), 1);
        QVERIFY(b.timer().isPaused());
        QCOMPARE(b.timer().stageElapsedMs(0), 4 * kMinute);
        QCOMPARE(stage.count(), 1);
        QVERIFY(!b.restoreState({})); // nothing kept
    }

    void sessionNavigatesLogsAndSyncs()
    {
        MeetingSession session(clock());
        QList<AgendaItem> agenda;
        const QStringList codes = {QStringLiteral("timeline"), QStringLiteral("ground_rules"), QStringLiteral("nonsense")};
        const QStringList keys = {QStringLiteral("m"), QStringLiteral("c"), QStringLiteral("t")};
        for (int i = 0; i < codes.size(); ++i) {
            AgendaItem a;
            a.id = QStringLiteral("a%1").arg(i);
            a.stage = codes.at(i);
            a.title = i == 0 ? QStringLiteral("Walk the timeline") : QString();
            a.minutes = 10;
            a.sortKey = keys.at(i);
            agenda.append(a);
        }
        session.setReview(QStringLiteral("r1"), agenda);
        // Sort keys give the order; an unknown stage code becomes wrap-up; titles default to the stage's.
        QCOMPARE(session.stages().size(), 3);
        QCOMPARE(session.stages().at(0).stage, QStringLiteral("ground_rules"));
        QCOMPARE(session.stages().at(0).title, Vocabulary::label(Vocab::AgendaStage, QStringLiteral("ground_rules")));
        QCOMPARE(session.stages().at(1).title, QStringLiteral("Walk the timeline"));
        QCOMPARE(session.stages().at(2).stage, QStringLiteral("wrap_up"));

        QSignalSpy stage(&session, &MeetingSession::stageChanged);
        QSignalSpy log(&session, &MeetingSession::logEntry);
        // Before the start, navigation previews without a clock or a log line.
        QVERIFY(session.next());
        QCOMPARE(session.stageIndex(), 1);
        QCOMPARE(log.count(), 0);
        QVERIFY(session.previous());
        QVERIFY(!session.previous());
        QCOMPARE(stage.count(), 2);
        QVERIFY(session.start());
        QCOMPARE(log.count(), 1);
        QVERIFY(log.last().at(0).toString().contains(QStringLiteral("started")));
        m_now += 12 * kMinute;
        QVERIFY(session.next());
        QCOMPARE(log.count(), 2);
        const QString moved = log.last().at(0).toString();
        QVERIFY2(moved.contains(QStringLiteral("12:00 of 10:00 (2:00 over)")), qPrintable(moved));
        QVERIFY2(moved.contains(QStringLiteral("Walk the timeline")), qPrintable(moved));
        QVERIFY(session.pause());
        QVERIFY(!session.pause());
        QVERIFY(session.togglePause());
        QCOMPARE(log.count(), 4);
        QVERIFY(session.end());
        QVERIFY(log.last().at(0).toString().contains(QStringLiteral("ended after 12:00")));
        QVERIFY(!session.start()); // one meeting per session and review

        // Selections are announced once, so two windows reporting back cannot loop.
        QSignalSpy events(&session, &MeetingSession::eventSelected);
        session.selectEvent(QStringLiteral("e1"));
        session.selectEvent(QStringLiteral("e1"));
        QCOMPARE(events.count(), 1);
        // Another review is another meeting.
        session.setReview(QStringLiteral("r2"), {});
        QVERIFY(!session.timer().isStarted());
        QCOMPARE(session.selectedEventId(), QString());
        QCOMPARE(session.stages().size(), MeetingSession::defaultStages().size());
        QVERIFY(session.start());
    }

    void clockFormat()
    {
        QCOMPARE(MeetingSession::formatClock(0), QStringLiteral("0:00"));
        QCOMPARE(MeetingSession::formatClock(65'000), QStringLiteral("1:05"));
        QCOMPARE(MeetingSession::formatClock(3'723'000), QStringLiteral("1:02:03"));
        QCOMPARE(MeetingSession::formatClock(-90'000), QStringLiteral("−1:30"));
    }

    void attendeeLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("ok");
        QTest::newRow("comma") << "Priya Raman, SRE on call" << "Priya Raman" << "SRE on call" << true;
        QTest::newRow("parens") << " Priya  Raman (SRE on call) " << "Priya Raman" << "SRE on call" << true;
        QTest::newRow("name only") << "Sam" << "Sam" << "" << true;
        QTest::newRow("role with comma") << "Sam Lee, DBA, payments" << "Sam Lee" << "DBA, payments" << true;
        QTest::newRow("empty") << "   " << "" << "" << false;
        QTest::newRow("no name") << ", SRE" << "" << "SRE" << false;
        QTest::newRow("long name") << QString(81, QLatin1Char('x')) << QString(81, QLatin1Char('x')) << "" << false;
    }

    void attendeeLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, ok);
        const AttendeeEntry e = AttendeeEntry::parse(line);
        QCOMPARE(e.ok(), ok);
        QFETCH(QString, name);
        QFETCH(QString, role);
        QCOMPARE(e.name, name);
        QCOMPARE(e.role, role);
        if (!e.ok())
            QVERIFY(!e.error.isEmpty());
    }

    void promptBankCoversEveryStageAndNeverAsksWhyYou()
    {
        const QList<FacilitatorPrompt> all = Prompts::builtIn();
        for (const QString& stage : Vocabulary::codes(Vocab::AgendaStage))
            QVERIFY2(Prompts::forStage(all, stage).size() >= 3, qPrintable(stage));
        for (const FacilitatorPrompt& p : all)
            QVERIFY2(!p.text.contains(QStringLiteral("why did you"), Qt::CaseInsensitive), qPrintable(p.text));
        FacilitatorPrompt own;
        own.stage = QStringLiteral("timeline");
        own.text = QStringLiteral("Mine");
        QCOMPARE(Prompts::effective({}, false).size(), all.size());
        QCOMPARE(Prompts::effective({own}, true).size(), 1);
    }

    void preparedQuestionsAndPromptsAreStoredAndLogged()
    {
        auto dir = test::tempDir();
        const QString file = dir->filePath(QStringLiteral("m.hindsight"));
        OpenError error;
        auto lib = Library::create(file, true, &error);
        QVERIFY(lib);
        QCOMPARE(test::rawScalar(file, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);
        const QString review = lib->reviewSummaries().first().id;
        const std::optional<ReviewDocument> doc = lib->document(review);
        QVERIFY(doc && !doc->events.isEmpty());
        const QString event = doc->events.first().id;
        const qint64 seq = lib->lastChangeSeq();

        WriteResult r = lib->insertRow(Entity::PreparedQuestion, {{QStringLiteral("review_id"), review},
                                                                 {QStringLiteral("target"), QStringLiteral("event")},
                                                                 {QStringLiteral("target_id"), event},
                                                                 {QStringLiteral("text"), QStringLiteral("What did the dashboard show?")}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QString question = r.id;
        r = lib->updateField(Entity::PreparedQuestion, question, QStringLiteral("answer"), QStringLiteral("Flat p99"), 1);
        QVERIFY(r.ok());
        r = lib->updateField(Entity::PreparedQuestion, question, QStringLiteral("answered"), 1, 2);
        QVERIFY(r.ok());
        // A stale revision is a conflict, and the target is identity, not an editable column.
        QCOMPARE(lib->updateField(Entity::PreparedQuestion, question, QStringLiteral("answer"), QStringLiteral("x"), 1).status,
                 WriteResult::Conflict);
        QCOMPARE(lib->updateField(Entity::PreparedQuestion, question, QStringLiteral("target_id"), QStringLiteral("x"), 3).status,
                 WriteResult::Invalid);
        const std::optional<ReviewDocument> after = lib->document(review);
        QCOMPARE(after->questions.size(), 1);
        QCOMPARE(after->questions.first().target, QStringLiteral("event"));
        QCOMPARE(after->questions.first().targetId, event);
        QCOMPARE(after->questions.first().answer, QStringLiteral("Flat p99"));
        QVERIFY(after->questions.first().answered);

        QVERIFY(!lib->hasOwnPrompts());
        r = lib->insertRow(Entity::Prompt, {{QStringLiteral("stage"), QStringLiteral("timeline")},
                                            {QStringLiteral("text"), QStringLiteral("What did the runbook say?")}});
        QVERIFY(r.ok());
        QVERIFY(lib->hasOwnPrompts());
        QCOMPARE(lib->prompts().size(), 1);
        QVERIFY(lib->removeRow(Entity::Prompt, r.id, 1).ok());
        QCOMPARE(lib->prompts().size(), 0);
        QVERIFY(!lib->hasOwnPrompts()); // none left: the built-in bank applies again

        // Every write above reached change_log through the new tables' triggers.
        QCOMPARE(test::rawScalar(file, QStringLiteral("SELECT count(*) FROM change_log WHERE seq > %1 AND "
                                                      "tbl = 'prepared_questions' AND review_id = '%2'")
                                           .arg(seq)
                                           .arg(review)),
                 QStringLiteral("3"));
        QCOMPARE(test::rawScalar(file, QStringLiteral("SELECT group_concat(op) FROM change_log WHERE seq > %1 AND "
                                                      "tbl = 'prompts' AND review_id IS NULL")
                                           .arg(seq)),
                 QStringLiteral("insert,remove"));
    }

    void preparedQuestionsMergeFromADraft()
    {
        auto dir = test::tempDir();
        const QString team = dir->filePath(QStringLiteral("team.hindsight"));
        const QString draftPath = dir->filePath(QStringLiteral("draft.hindsight"));
        OpenError error;
        auto lib = Library::create(team, true, &error);
        QVERIFY(lib);
        QVERIFY(lib->saveCopyAs(draftPath).ok());
        const QString review = lib->reviewSummaries().first().id;
        {
            auto draft = Library::open(draftPath, &error);
            QVERIFY(draft);
            QVERIFY(draft->insertRow(Entity::PreparedQuestion, {{QStringLiteral("review_id"), review},
                                                                {QStringLiteral("text"), QStringLiteral("Who was paged?")}})
                        .ok());
        }
        MergePlan plan = lib->planMerge(draftPath, {review});
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QVERIFY(lib->applyMerge(plan, {}).ok());
        QCOMPARE(lib->document(review)->questions.size(), 1);
        QCOMPARE(lib->document(review)->questions.first().text, QStringLiteral("Who was paged?"));
        plan = lib->planMerge(draftPath, {review});
        QVERIFY(plan.ok());
        QVERIFY(lib->applyMerge(plan, {}).ok());
        QCOMPARE(lib->document(review)->questions.size(), 1); // a second merge adds nothing
    }

    void versionFourFileMigrates()
    {
        auto dir = test::tempDir();
        const QString old = dir->filePath(QStringLiteral("v4.hindsight"));
        const QString fixture = qEnvironmentVariable("HINDSIGHT_TEST_DATA") + QStringLiteral("/library-v4.hindsight");
        QVERIFY2(QFile::copy(fixture, old), qPrintable(QStringLiteral("cannot copy %1 (run through ctest, which sets "
                                                                      "HINDSIGHT_TEST_DATA)").arg(fixture)));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::rawScalar(old, QStringLiteral("PRAGMA user_version")).toInt(), 4);
        const QString reviews = test::rawScalar(old, QStringLiteral("SELECT count(*) FROM reviews"));
        OpenError error;
        auto lib = Library::open(old, &error);
        QVERIFY2(lib, qPrintable(error.message()));
        QCOMPARE(lib->database().schemaVersion(), Schema::currentVersion);
        QCOMPARE(QString::number(lib->reviewCount()), reviews);
        QVERIFY(!lib->hasOwnPrompts());
        const QString review = lib->reviewSummaries().first().id;
        QVERIFY(lib->insertRow(Entity::PreparedQuestion, {{QStringLiteral("review_id"), review},
                                                          {QStringLiteral("text"), QStringLiteral("Q")}})
                    .ok());
        QCOMPARE(lib->document(review)->questions.size(), 1);
        // The migrated file has exactly a new file's schema.
        const QString fresh = dir->filePath(QStringLiteral("fresh.hindsight"));
        QVERIFY(Library::create(fresh, false, &error));
        const QString schemaSql = QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                                                 "WHERE sql IS NOT NULL ORDER BY name)");
        QCOMPARE(test::rawScalar(old, schemaSql), test::rawScalar(fresh, schemaSql));
        QCOMPARE(test::rawScalar(old, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestMeeting)
#include "tst_meeting.moc"
