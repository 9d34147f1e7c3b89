#include "whys/RootCausePage.h"

#include "commands/Editor.h"
#include "common/Dialogs.h"
#include "common/WordingHint.h"
#include "whys/WhyDiagramView.h"
#include "whys/WhyNodePanel.h"
#include "whys/WhyOutline.h"
#include "whys/WhyTreeModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

namespace {

QToolButton* button(QWidget* parent, const QString& name, const QString& text, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

RootCausePage::RootCausePage(Editor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new WhyTreeModel(editor, this))
    , m_outline(new WhyOutline(this))
    , m_diagram(new WhyDiagramView(this))
    , m_panel(new WhyNodePanel(editor, this))
    , m_problem(new QLabel(this))
    , m_hint(new WordingHintLabel(this))
    , m_add(button(this, QStringLiteral("whyAdd"), tr("New cause"), tr("A cause beside the selected one (Enter)")))
    , m_child(button(this, QStringLiteral("whyAskWhy"), tr("Ask why"), tr("A cause under the selected one (Tab)")))
    , m_remove(button(this, QStringLiteral("whyRemove"), tr("Remove"), tr("Remove the selected cause and those under it (Del)")))
{
    setObjectName(QStringLiteral("rootCausePage"));
    m_outline->setWhyModel(m_model);
    // The panel shows category and evidence for the selected cause; the outline keeps to text,
    // level and mark so the text has the room.
    m_outline->setColumnHidden(WhyTreeModel::CategoryColumn, true);
    m_outline->setColumnHidden(WhyTreeModel::EvidenceColumn, true);
    m_problem->setObjectName(QStringLiteral("whyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);

    auto* exportButton = button(this, QStringLiteral("whyExport"), tr("Export diagram…"), tr("Save the diagram as SVG or PNG"));
    auto* zoomIn = button(this, QStringLiteral("whyZoomIn"), QStringLiteral("+"), tr("Zoom in (Ctrl++)"));
    auto* zoomOut = button(this, QStringLiteral("whyZoomOut"), QStringLiteral("−"), tr("Zoom out (Ctrl+−)"));
    auto* fit = button(this, QStringLiteral("whyFit"), tr("Fit"), tr("Fit the diagram (0)"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_add);
    tools->addWidget(m_child);
    tools->addWidget(m_remove);
    tools->addStretch(1);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addWidget(exportButton);

    auto* left = new QSplitter(Qt::Vertical, this);
    auto* outlineBox = new QWidget(left);
    auto* outlineLayout = new QVBoxLayout(outlineBox);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->addWidget(m_outline, 1);
    outlineLayout->addWidget(m_hint);
    left->addWidget(outlineBox);
    left->addWidget(m_panel);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("rootCauseSplit"));
    split->addWidget(left);
    split->addWidget(m_diagram);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 640}); // the diagram's own size hint would take nearly everything

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(tools);
    layout->addWidget(split, 1);

    connect(m_add, &QToolButton::clicked, m_outline, &WhyOutline::addSibling);
    connect(m_child, &QToolButton::clicked, m_outline, &WhyOutline::addChild);
    connect(m_remove, &QToolButton::clicked, m_outline, &WhyOutline::removeCurrent);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_diagram->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_diagram->zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, m_diagram, &WhyDiagramView::fit);
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = Dialogs::saveFile(this, tr("Export the causes diagram"), QString(),
                                               tr("SVG drawing (*.svg);;PNG image (*.png)"), QStringLiteral("svg"));
        if (path.isEmpty())
            return;
        QString error;
        if (m_diagram->exportTo(path, &error))
            Q_EMIT message(tr("Saved the diagram to %1.").arg(path));
        else
            Dialogs::warning(this, tr("Cannot export the diagram"), error);
    });
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &RootCausePage::onCurrentChanged);
    connect(m_diagram, &WhyDiagramView::nodeClicked, this, [this](const QString& id) { m_outline->selectId(id); });
    connect(m_diagram, &WhyDiagramView::nodeDoubleClicked, this, [this](const QString& id) {
        if (m_outline->selectId(id)) {
            m_outline->setFocus();
            m_outline->edit(m_model->indexOfId(id));
        }
    });
    connect(m_outline, &WhyOutline::editingTextChanged, m_hint, &WordingHintLabel::check);
    connect(m_panel, &WhyNodePanel::eventActivated, this, &RootCausePage::eventActivated);
    connect(m_panel, &WhyNodePanel::message, this, &RootCausePage::message);
    connect(m_model, &WhyTreeModel::editRejected, this, &RootCausePage::message);
    connect(m_model, &WhyTreeModel::eventsDropped, this, [this](const QStringList& eventIds, const QString& whyId) {
        m_outline->selectId(whyId);
        m_panel->showNode(whyId);
        m_panel->linkEvents(eventIds);
    });
}

void RootCausePage::setDocument(const ReviewDocument& doc, const QStringList& categories, bool readOnly)
{
    m_model->setDocument(doc, readOnly);
    m_panel->setDocument(doc, categories, readOnly);
    m_diagram->setTree(doc.review.title, doc.whys);
    m_problem->setText(tr("<b>Problem:</b> %1").arg(doc.review.title.toHtmlEscaped()));
    QStringList people;
    for (const Participant& p : doc.participants)
        people.append(p.name);
    m_hint->setPeople(people);
    m_add->setEnabled(!readOnly);
    m_child->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    if (m_outline->currentId().isEmpty() && m_model->rowCount() > 0)
        m_outline->setCurrentIndex(m_model->index(0, 0));
    onCurrentChanged();
}

bool RootCausePage::selectNode(const QString& id)
{
    return m_outline->selectId(id);
}

void RootCausePage::onCurrentChanged()
{
    const QString id = m_outline->currentId();
    m_panel->showNode(id);
    m_diagram->setSelectedId(id);
    const QModelIndex current = m_model->indexOfId(id);
    m_hint->check(current.isValid() ? current.data(Qt::EditRole).toString() : QString());
    Q_EMIT currentNodeChanged(id);
}

} // namespace hs
