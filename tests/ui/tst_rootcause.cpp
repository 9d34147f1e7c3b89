// The Root cause tab offscreen: the keyboard flow of the outline (Enter, Tab, Shift+Tab,
// Delete, F2, Escape), moves by drag, node details (mark, category, notes), evidence links that
// survive and report event deletions, actions made from a cause, the diagram in step with the
// outline, and its export. Each check reads the file.

#include "WorkspaceTest.h"

#include "commands/Editor.h"
#include "review/ReviewWorkspace.h"
#include "storage/Library.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePage.h"
#include "whys/CategoriesDialog.h"
#include "whys/RootCausePage.h"
#include "whys/WhyDiagramView.h"
#include "whys/WhyNodePanel.h"
#include "whys/WhyOutline.h"
#include "whys/WhyTreeModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace hs;

class TestRootCause : public test::WorkspaceTest
{
    Q_OBJECT

private:
    RootCausePage* page() const { return m_workspace->rootCausePage(); }
    WhyOutline* outline() const { return page()->outline(); }
    ReviewDocument doc() const { return *m_lib->document(m_review); }
    const WhyNode* byText(const ReviewDocument& d, const QString& text) const
    {
        for (const WhyNode& w : d.whys) {
            if (w.text == text)
                return &w;
        }
        return nullptr;
    }
    // Types into the open cause editor and presses a key.
    void typeAndPress(const QString& text, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = outline()->findChild<QLineEdit*>(QStringLiteral("whyEditor"))) && editor->isVisible());
        editor->setText(text);
        QTest::keyClick(editor, key, mods);
        settle();
    }

private Q_SLOTS:
    void init()
    {
        QString why;
        QVERIFY2(setUpWorkspace(QSize(1400, 900), &why), qPrintable(why));
        QVERIFY(showTab(page()));
    }

    void cleanup() { tearDownWorkspace(); }

    void modelMirrorsTheTree()
    {
        QAbstractItemModelTester tester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ReviewDocument d = doc();
        int top = 0;
        for (const WhyNode& w : d.whys)
            top += w.parentId.isEmpty() ? 1 : 0;
        QCOMPARE(page()->model()->rowCount(), top);
        // Every node sits under its parent, and depth is shown as the level.
        for (const WhyNode& w : d.whys) {
            const QModelIndex i = page()->model()->indexOfId(w.id);
            QVERIFY(i.isValid());
            QCOMPARE(page()->model()->idOf(i.parent()), w.parentId);
            QCOMPARE(page()->model()->index(i.row(), WhyTreeModel::LevelColumn, i.parent()).data().toString(),
                     QStringLiteral("Why %1").arg(page()->model()->depthOf(w.id)));
        }
    }

    void keyboardFlowBuildsTheChain()
    {
        const int before = static_cast<int>(doc().whys.size());
        const QString first = page()->model()->idOf(page()->model()->index(0, 0));
        QVERIFY(outline()->selectId(first));
        outline()->setFocus();
        // Tab: why did this happen? A child, edited at once.
        QTest::keyClick(outline(), Qt::Key_Tab);
        settle();
        typeAndPress(QStringLiteral("The alert threshold was tuned for last year's traffic"), Qt::Key_Return);
        // Enter moved on to a sibling of that child.
        typeAndPress(QStringLiteral("Nobody owned the dashboard"), Qt::Key_Tab);
        // Tab from there: a child of the sibling.
        typeAndPress(QStringLiteral("Ownership was never part of service onboarding"), Qt::Key_Backtab, Qt::ShiftModifier);
        settle();
        ReviewDocument d = doc();
        const WhyNode* a = byText(d, QStringLiteral("The alert threshold was tuned for last year's traffic"));
        const WhyNode* b = byText(d, QStringLiteral("Nobody owned the dashboard"));
        const WhyNode* c = byText(d, QStringLiteral("Ownership was never part of service onboarding"));
        QVERIFY(a && b && c);
        QCOMPARE(a->parentId, first);
        QCOMPARE(b->parentId, first);
        QVERIFY(a->sortKey < b->sortKey);
        // Shift+Tab after typing c outdented it to beside b.
        QCOMPARE(c->parentId, first);
        QVERIFY(c->sortKey > b->sortKey);
        // The editor that Shift+Tab left behind is closed; an empty new cause never lingers.
        QTRY_VERIFY(!outline()->findChild<QLineEdit*>(QStringLiteral("whyEditor"))
                    || !outline()->findChild<QLineEdit*>(QStringLiteral("whyEditor"))->isVisible());
        QCOMPARE(static_cast<int>(doc().whys.size()), before + 3);

        // Enter then Escape: the empty cause is taken away again.
        QVERIFY(outline()->selectId(c->id));
        outline()->setFocus();
        QTest::keyClick(outline(), Qt::Key_Return);
        settle();
        typeAndPress(QString(), Qt::Key_Escape);
        QTRY_COMPARE(static_cast<int>(doc().whys.size()), before + 3);

        // Delete removes the branch; undo brings it back whole.
        QVERIFY(outline()->selectId(first));
        const int branch = static_cast<int>(doc().whys.size());
        QTest::keyClick(outline(), Qt::Key_Delete);
        settle();
        QVERIFY(static_cast<int>(doc().whys.size()) <= branch - 4);
        m_stack->undo();
        settle();
        QCOMPARE(static_cast<int>(doc().whys.size()), branch);
    }

    void ctrlTabLeavesTheOutline()
    {
        QVERIFY(outline()->selectId(page()->model()->idOf(page()->model()->index(0, 0))));
        outline()->setFocus();
        QTRY_VERIFY(outline()->hasFocus());
        const int before = static_cast<int>(doc().whys.size());
        QTest::keyClick(outline(), Qt::Key_Tab, Qt::ControlModifier);
        settle();
        QVERIFY(!outline()->hasFocus()); // keyboard users are never trapped in the tree
        QCOMPARE(static_cast<int>(doc().whys.size()), before); // and nothing was added
    }

    void dragPutsACauseUnderAnother()
    {
        const ReviewDocument d = doc();
        WhyTreeModel* model = page()->model();
        // Two causes in different branches: move the second under the first.
        QString a;
        QString b;
        for (const WhyNode& x : d.whys) {
            for (const WhyNode& y : d.whys) {
                if (a.isEmpty() && x.id != y.id && y.parentId != x.id && !model->isDescendant(x.id, y.id)
                    && !model->isDescendant(y.id, x.id)) {
                    a = x.id;
                    b = y.id;
                }
            }
        }
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOfId(b)}));
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOfId(a)));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOfId(a));
        settle();
        bool moved = false;
        for (const WhyNode& w : doc().whys)
            moved = moved || (w.id == b && w.parentId == a);
        QVERIFY(moved);
        // Never under itself or its own branch.
        std::unique_ptr<QMimeData> self(model->mimeData({model->indexOfId(a)}));
        QVERIFY(!model->canDropMimeData(self.get(), Qt::MoveAction, -1, -1, model->indexOfId(b)));
        m_stack->undo();
        settle();
        bool back = false;
        for (const WhyNode& w : doc().whys)
            back = back || (w.id == b && w.parentId != a);
        QVERIFY(back);
    }

    void detailsEvidenceAndActions()
    {
        ReviewDocument d = doc();
        const WhyNode* node = nullptr;
        for (const WhyNode& w : d.whys) {
            if (!w.text.isEmpty() && !node)
                node = &w;
        }
        QVERIFY(node);
        const QString id = node->id;
        const qsizetype linkedBefore = node->evidenceEventIds.size();
        QStringList fresh;
        for (const TimelineEvent& e : d.events) {
            if (!node->evidenceEventIds.contains(e.id) && fresh.size() < 2)
                fresh.append(e.id);
        }
        QVERIFY(page()->selectNode(id));
        settle();
        WhyNodePanel* panel = page()->panel();
        QCOMPARE(panel->nodeId(), id);
        // Mark and category.
        auto* mark = panel->findChild<QComboBox*>(QStringLiteral("whyMark"));
        mark->setCurrentIndex(mark->findData(QStringLiteral("root")));
        Q_EMIT mark->activated(mark->currentIndex());
        auto* category = panel->findChild<QComboBox*>(QStringLiteral("whyCategory"));
        QVERIFY(category->count() > 2);
        category->setCurrentIndex(2);
        Q_EMIT category->activated(2);
        settle();
        d = doc();
        const WhyNode* after = nullptr;
        for (const WhyNode& w : d.whys) {
            if (w.id == id)
                after = &w;
        }
        QCOMPARE(after->mark, QStringLiteral("root"));
        QCOMPARE(after->category, category->itemData(2).toString());

        // Evidence: link two events, unlink none, delete one event: the link is reported gone.
        const QString e1 = fresh.at(0);
        panel->linkEvents(fresh);
        settle();
        d = doc();
        for (const WhyNode& w : d.whys) {
            if (w.id == id)
                QCOMPARE(w.evidenceEventIds.size(), linkedBefore + 2);
        }
        QVERIFY(m_lib->removeRow(Entity::Event, e1, *m_lib->revisionOf(Entity::Event, e1)).ok());
        settle();
        auto* gone = panel->findChild<QLabel*>(QStringLiteral("whyEvidenceGone"));
        QVERIFY(gone->isVisible());
        QVERIFY(gone->text().contains(QStringLiteral("deleted")));
        QVERIFY(m_lib->restoreRow(Entity::Event, e1, *m_lib->revisionOf(Entity::Event, e1)).ok());
        settle();
        QVERIFY(!gone->isVisible());

        // An action made from the cause points back at it.
        const QString action = panel->createAction();
        QVERIFY(!action.isEmpty());
        bool linked = false;
        for (const ActionItem& a : doc().actions)
            linked = linked || (a.id == action && a.whyId == id);
        QVERIFY(linked);
    }

    void diagramFollowsAndExports()
    {
        WhyDiagramView* diagram = page()->diagram();
        const ReviewDocument d = doc();
        QCOMPARE(diagram->item()->layoutData().boxes.size(), d.whys.size() + 1); // + the problem
        // Clicking a box selects its cause in the outline.
        const WhyBox& box = diagram->item()->layoutData().boxes.at(3);
        diagram->centerOn(box.rect.center());
        const QPoint at = diagram->mapFromScene(box.rect.center());
        QTest::mouseClick(diagram->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(outline()->currentId(), box.id);
        // Zoom is bounded and fit restores it.
        diagram->zoomBy(100);
        QVERIFY(diagram->zoom() <= 4.0);
        diagram->fit();
        // Export as SVG and PNG.
        QString error;
        const QString svg = m_dir->filePath(QStringLiteral("causes.svg"));
        QVERIFY2(diagram->exportTo(svg, &error), qPrintable(error));
        const QByteArray svgBytes = test::readFile(svg);
        QVERIFY(svgBytes.contains("<svg"));
        QVERIFY(svgBytes.size() > 2000);
        const QString png = m_dir->filePath(QStringLiteral("causes.png"));
        QVERIFY2(diagram->exportTo(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500);
        QVERIFY(!diagram->exportTo(m_dir->filePath(QStringLiteral("no/such/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void categoriesAreEditablePerLibrary()
    {
        const QStringList before = m_lib->categories();
        QVERIFY(before.contains(QStringLiteral("Technology")));
        CategoriesDialog dialog(m_editor.get());
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("categoriesList"));
        QCOMPARE(list->count(), static_cast<int>(before.size()));
        QVERIFY(dialog.addCategory(QStringLiteral("  capacity planning ")));
        QVERIFY(!dialog.addCategory(QStringLiteral("technology"))); // no duplicates, whatever the case
        QVERIFY(!dialog.addCategory(QStringLiteral("   ")));
        QCOMPARE(m_lib->categories().last(), QStringLiteral("capacity planning"));
        QVERIFY(dialog.renameCategory(list->count() - 1, QStringLiteral("Capacity")));
        QVERIFY(m_lib->categories().contains(QStringLiteral("Capacity")));
        QVERIFY(dialog.removeCategory(0));
        QCOMPARE(m_lib->categories().size(), before.size());
        QVERIFY(!m_lib->categories().contains(before.first()));
        // Three undo steps bring the list back as it was.
        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_lib->categories(), before);
    }

    void eventsDroppedFromTheTimelineBecomeEvidence()
    {
        WhyTreeModel* model = page()->model();
        TimelineModel* timeline = m_workspace->timelinePage()->model();
        const WhyNode target = doc().whys.last();
        QStringList fresh;
        for (int row = 0; row < timeline->rowCount() && fresh.size() < 2; ++row) {
            if (!target.evidenceEventIds.contains(timeline->rowAt(row).id))
                fresh.append(timeline->rowAt(row).id);
        }
        QModelIndexList indexes;
        for (const QString& id : fresh)
            indexes.append(timeline->index(timeline->rowOfId(id), 0));
        std::unique_ptr<QMimeData> mime(timeline->mimeData(indexes));
        QVERIFY(!model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, QModelIndex())); // not onto the problem
        QVERIFY(model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model->indexOfId(target.id)));
        model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, model->indexOfId(target.id));
        settle();
        for (const WhyNode& w : doc().whys) {
            if (w.id == target.id) {
                QCOMPARE(w.evidenceEventIds.size(), target.evidenceEventIds.size() + 2);
                for (const QString& id : fresh)
                    QVERIFY(w.evidenceEventIds.contains(id));
            }
        }
        QCOMPARE(outline()->currentId(), target.id);
        m_stack->undo(); // one step
        for (const WhyNode& w : doc().whys) {
            if (w.id == target.id)
                QCOMPARE(w.evidenceEventIds.size(), target.evidenceEventIds.size());
        }
    }
};

QTEST_MAIN(TestRootCause)
#include "tst_rootcause.moc"
