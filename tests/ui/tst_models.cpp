// Item models under QAbstractItemModelTester: they follow library changes with exact row
// signals, never a reset, and write through the Editor (so every change is undoable).

#include "TestSupport.h"

#include "commands/Editor.h"
#include "library/ReviewListModel.h"
#include "review/LessonsModel.h"
#include "review/ParticipantsModel.h"
#include "storage/Library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hs;

class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;

private Q_SLOTS:
    void init()
    {
        m_dir = test::tempDir();
        OpenError error;
        m_lib = Library::create(m_dir->filePath(QStringLiteral("m.hindsight")), true, &error);
        QVERIFY(m_lib);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_lib.get(), m_stack.get());
    }

    void cleanup()
    {
        m_editor.reset();
        m_stack.reset();
        m_lib.reset();
    }

    void reviewListFollowsChangesRowByRow()
    {
        ReviewListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(m_lib.get());
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QString id = m_editor->createReview(QStringLiteral("security"), QStringLiteral("Leaked token"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex row = model.indexOfReview(id);
        QCOMPARE(row.data(ReviewListModel::TitleRole).toString(), QStringLiteral("Leaked token"));
        QCOMPARE(row.data(ReviewListModel::StatusRole).toString(), QStringLiteral("draft"));

        QVERIFY(m_editor->editField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("Leaked token"),
                                    QStringLiteral("Leaked deploy token"), 1, QStringLiteral("Rename")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.indexOfReview(id).data().toString(), QStringLiteral("Leaked deploy token"));

        m_stack->undo(); // rename
        QCOMPARE(model.indexOfReview(id).data().toString(), QStringLiteral("Leaked token"));
        m_stack->undo(); // create
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        m_stack->redo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.size(), 0);
    }

    void participantsSyncByIdAndEditThroughTheEditor()
    {
        ParticipantsModel model(m_editor.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = m_lib->reviewSummaries().first().id;
        model.setRows(m_lib->document(id)->participants);
        const int count = model.rowCount();
        QVERIFY(count > 3);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Rename through the model: one undo step, and the fresh rows update only that row.
        const QModelIndex name = model.index(1, ParticipantsModel::NameColumn);
        QVERIFY(model.setData(name, QStringLiteral("Renamed Person")));
        QVERIFY(!model.setData(name, QStringLiteral("   "))); // an empty name is refused
        QCOMPARE(m_stack->count(), 1);
        model.setRows(m_lib->document(id)->participants);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 1);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Renamed Person"));
        QCOMPARE(inserted.size(), 0);

        // Removal elsewhere arrives as one removed row.
        const Participant p = model.rowAt(0);
        QVERIFY(m_lib->removeRow(Entity::Participant, p.id, p.rev).ok());
        model.setRows(m_lib->document(id)->participants);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), count - 1);
        QCOMPARE(model.rowOfId(p.id), -1);
        // And coming back, it is inserted where it belongs.
        QVERIFY(m_lib->restoreRow(Entity::Participant, p.id, p.rev + 1).ok());
        model.setRows(m_lib->document(id)->participants);
        QCOMPARE(model.rowOfId(p.id), 0);
        QCOMPARE(inserted.size(), 1);

        QCOMPARE(model.headerData(ParticipantsModel::RoleColumn, Qt::Horizontal).toString(), QStringLiteral("Role"));
        QVERIFY(model.flags(model.index(0, ParticipantsModel::AttendedColumn)) & Qt::ItemIsUserCheckable);
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
    }

    void lessonsKeepTheirKind()
    {
        LessonsModel model(m_editor.get(), QStringLiteral("went_wrong"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = m_lib->reviewSummaries().first().id;
        const ReviewDocument doc = *m_lib->document(id);
        model.setLessons(doc.lessons);
        int wrong = 0;
        for (const Lesson& l : doc.lessons)
            wrong += l.kind == QLatin1String("went_wrong") ? 1 : 0;
        QCOMPARE(model.rowCount(), wrong);
        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Rewritten")));
        QVERIFY(!model.setData(model.index(0, 0), QString()));
        model.setLessons(m_lib->document(id)->lessons);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Rewritten"));
        m_stack->undo();
        model.setLessons(m_lib->document(id)->lessons);
        QVERIFY(model.index(0, 0).data().toString() != QStringLiteral("Rewritten"));
    }

    void failedWriteLeavesNothingOnTheStack()
    {
        const QString id = m_lib->reviewSummaries().first().id;
        QSignalSpy failed(m_editor.get(), &Editor::writeFailed);
        QSignalSpy conflicts(m_editor.get(), &Editor::conflictFound);
        // A stale revision: the write is refused and reported as a conflict to decide.
        QVERIFY(!m_editor->editField(Entity::Review, id, QStringLiteral("title"), QStringLiteral("a"), QStringLiteral("b"),
                                     999, QStringLiteral("Rename")));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_stack->count(), 0);
        // A row that is not there is a plain failure.
        QVERIFY(!m_editor->editField(Entity::Review, QStringLiteral("no-such-review"), QStringLiteral("title"),
                                     QStringLiteral("a"), QStringLiteral("b"), 1, QStringLiteral("Rename")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<WriteResult>().status, WriteResult::NotFound);
        QCOMPARE(m_stack->count(), 0);
        // Consecutive edits of one field merge into one step.
        qint64 rev = *m_lib->revisionOf(Entity::Review, id);
        QVERIFY(m_editor->editField(Entity::Review, id, QStringLiteral("incident_ref"), QString(), QStringLiteral("I"),
                                    rev, QStringLiteral("Ref")));
        rev = *m_lib->revisionOf(Entity::Review, id);
        QVERIFY(m_editor->editField(Entity::Review, id, QStringLiteral("incident_ref"), QStringLiteral("I"),
                                    QStringLiteral("INC-9"), rev, QStringLiteral("Ref")));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_lib->review(id)->incidentRef, QString());
    }

    void severalCommandsOnOneRowUndoAndRedoInTurn()
    {
        const QString id = m_lib->reviewSummaries().first().id;
        const Review before = *m_lib->review(id);
        m_stack->clear();
        QVERIFY(m_editor->editField(Entity::Review, id, QStringLiteral("title"), before.title, QStringLiteral("T2"),
                                    before.rev, QStringLiteral("Rename")));
        // The caller still holds the revision it loaded: the editor knows its own write is newer.
        QVERIFY(m_editor->editField(Entity::Review, id, QStringLiteral("severity"), before.severity,
                                    QStringLiteral("SEV1"), before.rev, QStringLiteral("Severity")));
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_lib->review(id)->title, before.title);
        QCOMPARE(m_lib->review(id)->severity, before.severity);
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(m_lib->review(id)->title, QStringLiteral("T2"));
        QCOMPARE(m_lib->review(id)->severity, QStringLiteral("SEV1"));
        QCOMPARE(m_stack->count(), 2);

        // Someone else changes the row: undoing over their change is a reported conflict, and
        // their value stays.
        QSignalSpy failed(m_editor.get(), &Editor::writeFailed);
        const qint64 rev = *m_lib->revisionOf(Entity::Review, id);
        QVERIFY(m_lib->updateField(Entity::Review, id, QStringLiteral("severity"), QStringLiteral("SEV3"), rev).ok());
        m_stack->undo();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<WriteResult>().status, WriteResult::Conflict);
        QCOMPARE(m_lib->review(id)->severity, QStringLiteral("SEV3"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
