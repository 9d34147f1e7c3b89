#include "insights/InsightsView.h"

#include "common/Dialogs.h"
#include "domain/Enums.h"
#include "export/InsightsPdf.h"
#include "storage/Library.h"
#include "util/TimeFormat.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

namespace {

// Period choices in the combo box: their data.
const QString kLast = QStringLiteral("last:%1");
const QString kQuarter = QStringLiteral("quarter:%1:%2");
const QString kCustom = QStringLiteral("custom");

const char* const kChartNames[InsightsCharts::KindCount] = {"severity", "medians", "actions",
                                                            "categories", "services", "tags"};

QDate today()
{
    return QDate::currentDate();
}

} // namespace

InsightsView::InsightsView(Library* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_period(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_service(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_report(new QPushButton(tr("Report (&PDF)…"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("insightsView"));
    setWindowTitle(tr("Insights — Hindsight"));

    // Period: the last months, the last eight quarters, or two dates.
    m_period->setObjectName(QStringLiteral("insightsPeriod"));
    m_period->setAccessibleName(tr("Period"));
    for (const int n : {3, 6, 12})
        m_period->addItem(tr("Last %n month(s)", nullptr, n), kLast.arg(n));
    const QDate now = today();
    int year = now.year();
    int quarter = (now.month() - 1) / 3 + 1;
    for (int i = 0; i < 8; ++i) {
        m_period->addItem(InsightsPeriod::quarterName(InsightsPeriod::quarter(year, quarter).first),
                          kQuarter.arg(year).arg(quarter));
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    m_period->addItem(tr("Custom dates"), kCustom);
    m_period->setCurrentIndex(2); // the last 12 months
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->hide();
    }
    m_fromEdit->setObjectName(QStringLiteral("insightsFrom"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setObjectName(QStringLiteral("insightsTo"));
    m_toEdit->setAccessibleName(tr("Last day"));
    connect(m_period, &QComboBox::activated, this, &InsightsView::onPeriodChosen);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            m_from = m_fromEdit->date();
            m_to = m_toEdit->date();
            refresh();
        });
    }

    auto* bar = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("P&eriod"), this);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toEdit);
    bar->addSpacing(16);
    auto* severityLabel = new QLabel(tr("Severity"), this);
    bar->addWidget(severityLabel);
    for (const QString& code : Vocabulary::codes(Vocab::Severity)) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("insightsSeverity_%1").arg(code));
        button->setText(code);
        button->setCheckable(true);
        button->setToolTip(tr("Only %1 reviews (none pressed: every severity)").arg(
            Vocabulary::label(Vocab::Severity, code)));
        connect(button, &QToolButton::toggled, this, &InsightsView::refresh);
        m_severityButtons.append(button);
        bar->addWidget(button);
    }
    bar->addSpacing(16);
    m_service->setObjectName(QStringLiteral("insightsService"));
    m_service->setAccessibleName(tr("Service"));
    m_tag->setObjectName(QStringLiteral("insightsTag"));
    m_tag->setAccessibleName(tr("Tag"));
    for (QComboBox* box : {m_service, m_tag}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::activated, this, &InsightsView::refresh);
        bar->addWidget(box);
    }
    bar->addStretch(1);
    m_report->setObjectName(QStringLiteral("insightsReport"));
    m_report->setToolTip(tr("The period shown as a PDF report; choose a quarter for the quarterly report."));
    connect(m_report, &QPushButton::clicked, this, &InsightsView::saveReportInteractive);
    bar->addWidget(m_report);

    m_summary->setObjectName(QStringLiteral("insightsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_error->setObjectName(QStringLiteral("insightsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int k = 0; k < InsightsCharts::KindCount; ++k) {
        auto* view = new QChartView(charts);
        view->setObjectName(QStringLiteral("insightsChart_%1").arg(QLatin1String(kChartNames[k])));
        view->setAccessibleName(InsightsCharts::title(InsightsCharts::Kind(k)));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setToolTip(tr("Right-click to save this chart as PNG or SVG."));
        connect(view, &QWidget::customContextMenuRequested, this, [this, k, view](const QPoint& pos) {
            QMenu menu(this);
            menu.addAction(tr("Save chart as &PNG…"), this,
                           [this, k] { saveChartInteractive(InsightsCharts::Kind(k), QStringLiteral("png")); });
            menu.addAction(tr("Save chart as &SVG…"), this,
                           [this, k] { saveChartInteractive(InsightsCharts::Kind(k), QStringLiteral("svg")); });
            menu.exec(view->mapToGlobal(pos));
        });
        m_views[k] = view;
        grid->addWidget(view, k / 2, k % 2); // two wide columns: twelve month names fit under the bars
    }
    m_empty->setObjectName(QStringLiteral("insightsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont big = m_empty->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_empty->setFont(big);
    m_stack->addWidget(charts);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300); // a burst of edits (an import, a merge) refreshes once
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        fillLabelChoices(); // a service or tag may have come or gone
        refresh();
    });
    if (m_library)
        connect(m_library, &Library::changed, this, &InsightsView::onChanged);

    const auto last12 = InsightsPeriod::lastMonths(12, now);
    m_from = last12.first;
    m_to = last12.second;
    fillLabelChoices();
    refresh();
}

void InsightsView::onChanged(const Change& change)
{
    // Everything but the transcript and imports can move a figure.
    if (change.entity == Entity::Transcript || change.entity == Entity::Import || change.entity == Entity::EventEvidence)
        return;
    if (isVisible())
        m_refreshTimer->start();
    else
        m_stale = true;
}

void InsightsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        fillLabelChoices();
        refresh();
    }
}

void InsightsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The charts carry the palette's colours: follow a switch between light and dark.
    if (event->type() == QEvent::PaletteChange)
        rebuildCharts();
}

void InsightsView::onPeriodChosen()
{
    const QString code = m_period->currentData().toString();
    const bool custom = code == kCustom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (custom) {
        m_fromEdit->setDate(m_from);
        m_toEdit->setDate(m_to);
        return; // the dates as they were, until edited
    }
    const QStringList parts = code.split(QLatin1Char(':'));
    if (parts.value(0) == QLatin1String("last")) {
        const auto p = InsightsPeriod::lastMonths(parts.value(1).toInt(), today());
        m_from = p.first;
        m_to = p.second;
    } else if (parts.value(0) == QLatin1String("quarter")) {
        const auto p = InsightsPeriod::quarter(parts.value(1).toInt(), parts.value(2).toInt());
        m_from = p.first;
        m_to = p.second;
    }
    refresh();
}

void InsightsView::setLastMonths(int months)
{
    const int index = m_period->findData(kLast.arg(months));
    if (index >= 0) {
        m_period->setCurrentIndex(index);
        onPeriodChosen();
        return;
    }
    const auto p = InsightsPeriod::lastMonths(months, today());
    setCustomPeriod(p.first, p.second);
}

void InsightsView::setQuarter(int year, int quarter)
{
    const int index = m_period->findData(kQuarter.arg(year).arg(quarter));
    if (index >= 0) {
        m_period->setCurrentIndex(index);
        onPeriodChosen();
        return;
    }
    const auto p = InsightsPeriod::quarter(year, quarter);
    setCustomPeriod(p.first, p.second);
}

void InsightsView::setCustomPeriod(const QDate& from, const QDate& to)
{
    m_period->setCurrentIndex(m_period->findData(kCustom));
    m_fromEdit->show();
    m_toEdit->show();
    m_from = from;
    m_to = to;
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    refresh();
}

void InsightsView::setSeverities(const QStringList& codes)
{
    for (QToolButton* b : std::as_const(m_severityButtons)) {
        const QSignalBlocker block(b);
        b->setChecked(codes.contains(b->text()));
    }
    refresh();
}

void InsightsView::setService(const QString& name)
{
    m_service->setCurrentIndex(std::max(0, m_service->findData(name)));
    refresh();
}

void InsightsView::setTag(const QString& name)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(name)));
    refresh();
}

QString InsightsView::periodName() const
{
    const QString code = m_period->currentData().toString();
    if (code.startsWith(QLatin1String("quarter:")))
        return InsightsPeriod::quarterName(m_from);
    return tr("%1 to %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
}

void InsightsView::fillLabelChoices()
{
    struct Choice {
        QComboBox* box;
        QString kind;
        QString any;
    };
    for (const Choice& c : {Choice{m_service, QStringLiteral("service"), tr("All services")},
                            Choice{m_tag, QStringLiteral("tag"), tr("All tags")}}) {
        const QString current = c.box->currentData().toString();
        const QSignalBlocker block(c.box);
        c.box->clear();
        c.box->addItem(c.any, QString());
        if (m_library) {
            for (const QString& name : m_library->labelNames(c.kind))
                c.box->addItem(name, name);
        }
        c.box->setCurrentIndex(std::max(0, c.box->findData(current)));
    }
}

InsightsFilter InsightsView::currentFilter() const
{
    InsightsFilter f;
    f.from = m_from;
    f.to = m_to;
    for (const QToolButton* b : m_severityButtons) {
        if (b->isChecked())
            f.severities.append(b->text());
    }
    f.service = m_service->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.topN = 6; // eight bars' names no longer fit a chart a third of the window high
    return f;
}

void InsightsView::refresh()
{
    m_refreshTimer->stop();
    if (!m_library)
        return;
    QString error;
    const std::optional<Insights> result = InsightsQuery::compute(*m_library, currentFilter(), &error);
    m_error->setVisible(!result);
    if (!result) {
        m_error->setText(error);
        return;
    }
    m_insights = *result;
    const Insights& in = m_insights;
    QStringList parts;
    parts.append(tr("<b>%n review(s)</b>", nullptr, in.reviews));
    for (int k = 0; k < kMetricCount; ++k) {
        const QString value = in.median[k] ? formatDuration(in.median[k]) : QStringLiteral("—");
        QString text = tr("median %1 <b>%2</b>").arg(InsightsQuery::metricName(Metric(k)).toLower(), value.toHtmlEscaped());
        if (in.unknown(Metric(k)) > 0)
            text += QLatin1Char(' ') + tr("(%n unknown)", nullptr, in.unknown(Metric(k)));
        parts.append(text);
    }
    parts.append(tr("%1 actions created, %2 done").arg(in.actionsCreated).arg(in.actionsDone));
    if (in.undated > 0)
        parts.append(tr("%n review(s) without a start time not counted", nullptr, in.undated));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_empty->setText(tr("No reviews in %1 match. Choose a longer period or fewer filters.").arg(periodName()));
    m_stack->setCurrentIndex(in.isEmpty() ? 1 : 0);
    m_report->setEnabled(true);
    rebuildCharts();
}

void InsightsView::rebuildCharts()
{
    if (!m_views[0])
        return;
    const double points = std::max(font().pointSizeF(), 10.0) * 1.1; // readable from the back of a room
    for (int k = 0; k < InsightsCharts::KindCount; ++k) {
        QChart* old = m_views[k]->chart();
        m_views[k]->setChart(InsightsCharts::build(InsightsCharts::Kind(k), m_insights, palette(), points));
        delete old; // setChart leaves the old chart to us
    }
}

bool InsightsView::saveChart(InsightsCharts::Kind kind, const QString& path, QString* error) const
{
    QChartView* view = m_views[kind];
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        if (error)
            *error = tr("Save the chart as .png or .svg, not “%1”.").arg(QFileInfo(path).fileName());
        return false;
    }
    // A chart not laid out yet (the window never shown) is drawn at a presentation size.
    const QSize size = view->isVisible() && view->width() > 100 ? view->size() : QSize(960, 600);
    if (!view->isVisible())
        view->resize(size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    const QColor background = palette().color(QPalette::Window);
    bool ok = true;
    if (suffix == QLatin1String("png")) {
        // Twice the size on screen, for slides and documents.
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(background);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), size), view->rect());
        painter.end();
        ok = image.save(&file, "PNG");
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(InsightsCharts::title(kind));
        svg.setDescription(tr("%1, %2 · Hindsight").arg(InsightsCharts::title(kind), periodName()));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            painter.fillRect(QRect(QPoint(0, 0), size), background);
            view->render(&painter, QRectF(QPointF(0, 0), size), view->rect());
            ok = painter.end();
        }
    }
    if (!ok || !file.commit()) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

bool InsightsView::saveReport(const QString& path, QString* error) const
{
    InsightsReport report;
    report.insights = m_insights;
    report.periodName = periodName();
    report.libraryName = m_library ? QFileInfo(m_library->path()).fileName() : QString();
    report.author = m_library ? m_library->actor() : QString();
    report.generatedMs = QDateTime::currentMSecsSinceEpoch();
    return InsightsPdf::write(report, path, error);
}

void InsightsView::saveChartInteractive(InsightsCharts::Kind kind, const QString& suffix)
{
    const QString name = QStringLiteral("%1-%2.%3")
                             .arg(QLatin1String(kChartNames[kind]), periodName().replace(QLatin1Char(' '), QLatin1Char('-')),
                                  suffix);
    const QString filter = suffix == QLatin1String("png") ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    const QString path = Dialogs::saveFile(this, tr("Save chart"), name, filter, suffix);
    if (path.isEmpty())
        return;
    QString error;
    if (saveChart(kind, path, &error))
        Q_EMIT message(tr("Saved the chart to %1.").arg(path));
    else
        Dialogs::warning(this, tr("Save chart"), error);
}

void InsightsView::saveReportInteractive()
{
    const QString name = tr("Insights %1.pdf").arg(periodName());
    const QString path = Dialogs::saveFile(this, tr("Save report"), name, tr("PDF document (*.pdf)"),
                                           QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveReport(path, &error))
        Q_EMIT message(tr("Saved the report to %1.").arg(path));
    else
        Dialogs::warning(this, tr("Save report"), error);
}

} // namespace hs
