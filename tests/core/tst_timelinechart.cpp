// The timeline chart painted by core (timeline/TimelineChartPaint.h), as the report and the
// timeline view use it: marks where their times say, key-time lines, labels that never overlap,
// hit testing that agrees with the painting, degenerate reviews, many events, and a PDF page
// that holds vector shapes and real text.

#include "domain/Enums.h"
#include "timeline/KindColor.h"
#include "timeline/TimelineChartPaint.h"
#include "util/TimeFormat.h"

#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace hs;

namespace {

constexpr qint64 kMinute = 60 * 1000;

qint64 berlin(const char* text)
{
    return *parseUserDateTime(QString::fromLatin1(text), QStringLiteral("Europe/Berlin"));
}

TimelineEvent makeEvent(const QString& id, qint64 atMs, const QString& kind, const QString& milestone = QString())
{
    TimelineEvent e;
    e.id = id;
    e.atMs = atMs;
    e.kind = kind;
    e.text = QStringLiteral("Event %1").arg(id);
    e.milestone = milestone;
    return e;
}

// An incident in Berlin: started 09:00, detected 09:12, acknowledged 09:14, mitigated 09:40,
// resolved 10:05, with events of four kinds, one a milestone.
ReviewDocument incident()
{
    ReviewDocument doc;
    doc.review.id = QStringLiteral("r1");
    doc.review.timeZone = QStringLiteral("Europe/Berlin");
    doc.review.createdMs = berlin("2026-04-14 12:00");
    doc.review.keyTimes = {berlin("2026-04-14 09:00"), berlin("2026-04-14 09:12"), berlin("2026-04-14 09:14"),
                           berlin("2026-04-14 09:40"), berlin("2026-04-14 10:05")};
    doc.events = {makeEvent(QStringLiteral("e1"), berlin("2026-04-14 09:05"), QStringLiteral("change")),
                  makeEvent(QStringLiteral("e2"), berlin("2026-04-14 09:12"), QStringLiteral("alert"), QStringLiteral("detected")),
                  makeEvent(QStringLiteral("e3"), berlin("2026-04-14 09:20"), QStringLiteral("action")),
                  makeEvent(QStringLiteral("e4"), berlin("2026-04-14 09:25"), QStringLiteral("communication")),
                  makeEvent(QStringLiteral("e5"), berlin("2026-04-14 09:58"), QStringLiteral("action"))};
    return doc;
}

QImage render(const TimelineChartData& data, TimelineSpan view, const TimelineChartOptions& o, QSize size,
              const QSet<QString>& selected = {}, QList<TimelineChartLabel>* labels = nullptr)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    paintTimelineChart(painter, QRectF(QPointF(0, 0), size), data, view.startMs, view.endMs, selected, o, labels);
    return image;
}

bool near(QRgb a, QColor b, int tolerance = 12)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
        && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

QString overlapIn(const QList<TimelineChartLabel>& labels, const QRectF& area)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const TimelineChartLabel& a = labels.at(i);
        if (!area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a.rect))
            return QStringLiteral("\"%1\" leaves the area").arg(a.text);
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (a.rect.intersects(labels.at(j).rect))
                return QStringLiteral("\"%1\" overlaps \"%2\"").arg(a.text, labels.at(j).text);
        }
    }
    return QString();
}

TimelineChartOptions screenOptions()
{
    TimelineChartOptions o;
    o.font.setPixelSize(11);
    return o;
}

} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spansAndViews()
    {
        const ReviewDocument doc = incident();
        const TimelineChartSpans spans = timelineChartSpans(doc);
        QCOMPARE(spans.data, (TimelineSpan{berlin("2026-04-14 09:00"), berlin("2026-04-14 10:05")}));
        QCOMPARE(spans.focus, spans.data);
        // A change two days before widens everything, not the incident.
        ReviewDocument latent = doc;
        latent.events.append(makeEvent(QStringLiteral("old"), berlin("2026-04-12 16:00"), QStringLiteral("change")));
        const TimelineChartData data = prepareTimelineChart(latent);
        QCOMPARE(data.spans.data.startMs, berlin("2026-04-12 16:00"));
        QCOMPARE(data.spans.focus, spans.focus);
        QCOMPARE(data.marks.first().id, QStringLiteral("old")); // in time order
        QCOMPARE(data.lanes, (QStringList{QStringLiteral("alert"), QStringLiteral("action"), QStringLiteral("change"),
                                          QStringLiteral("communication")}));
        const TimelineSpan fit = timelineFocusView(data);
        QVERIFY(fit.startMs < spans.focus.startMs && fit.endMs > spans.focus.endMs);
        const TimelineSpan all = timelineEverythingView(data);
        QVERIFY(all.startMs < data.spans.data.startMs);
        QCOMPARE(clampTimelineView(data, fit), fit);
        QCOMPARE(clampTimelineView(data, {0, 1}).length(), 2 * kMinute);
        QVERIFY(clampTimelineView(data, {0, std::numeric_limits<qint64>::max() / 4}).length() < 4 * all.length());
    }

    void marksAreWhereTheirTimesSay()
    {
        const TimelineChartData data = prepareTimelineChart(incident());
        const TimelineSpan view{berlin("2026-04-14 08:50"), berlin("2026-04-14 10:10")};
        const TimelineChartOptions o = screenOptions();
        const QSize size(800, 200);
        const QImage image = render(data, view, o, size);
        const TimelineChartGeometry g(QRectF(QPointF(0, 0), size), data, view.startMs, view.endMs, o);
        const QRectF plot = g.plotRect();
        QVERIFY(plot.width() > 700);
        for (const TimelineChartMark& m : data.marks) {
            const double expected =
                plot.left() + static_cast<double>(m.atMs - view.startMs) / static_cast<double>(view.length()) * plot.width();
            const QPointF at = *g.positionOf(m.id);
            QCOMPARE(at.x(), expected);
            QVERIFY(plot.contains(at));
            const QColor kind = eventKindColor(m.kind);
            QVERIFY2(near(image.pixel(at.toPoint()), kind),
                     qPrintable(QStringLiteral("%1 at %2,%3: %4").arg(m.id).arg(at.x()).arg(at.y())
                                    .arg(QColor(image.pixel(at.toPoint())).name())));
        }
        // One lane per kind, in the vocabulary's order: the alert lane above the action lane.
        QVERIFY(g.positionOf(QStringLiteral("e2"))->y() < g.positionOf(QStringLiteral("e3"))->y());
        QCOMPARE(g.positionOf(QStringLiteral("e3"))->y(), g.positionOf(QStringLiteral("e5"))->y());
        // Twenty minutes are a quarter of the eighty shown.
        QCOMPARE(g.xOf(berlin("2026-04-14 09:10")) - g.xOf(berlin("2026-04-14 08:50")), plot.width() / 4);
        QVERIFY(std::abs(g.msAt(g.xOf(berlin("2026-04-14 09:33"))) - berlin("2026-04-14 09:33")) < 1000);
        QCOMPARE(image.pixel(2, 2), QColor(Qt::white).rgb()); // the page, filled
    }

    void keyTimeLinesAreDrawn()
    {
        const TimelineChartData data = prepareTimelineChart(incident());
        const TimelineSpan view{berlin("2026-04-14 08:50"), berlin("2026-04-14 10:10")};
        const TimelineChartOptions o = screenOptions();
        const QSize size(800, 200);
        QList<TimelineChartLabel> labels;
        const QImage image = render(data, view, o, size, {}, &labels);
        const TimelineChartGeometry g(QRectF(QPointF(0, 0), size), data, view.startMs, view.endMs, o);
        const QRectF plot = g.plotRect();
        const auto darkInColumn = [&](double x) {
            int dark = 0;
            for (int y = static_cast<int>(plot.top()); y < static_cast<int>(plot.bottom()); ++y)
                dark += qGray(image.pixel(static_cast<int>(std::round(x)), y)) < 110 ? 1 : 0;
            return dark;
        };
        // Resolved at 10:05 has no event on it: its dashed line is the only dark thing there.
        QVERIFY2(darkInColumn(g.xOf(berlin("2026-04-14 10:05"))) > plot.height() / 4,
                 qPrintable(QString::number(darkInColumn(g.xOf(berlin("2026-04-14 10:05"))))));
        QVERIFY(darkInColumn(g.xOf(berlin("2026-04-14 09:00"))) > plot.height() / 4);
        QCOMPARE(darkInColumn(g.xOf(berlin("2026-04-14 09:50"))), 0);
        QStringList keyNames;
        QStringList axis;
        for (const TimelineChartLabel& l : labels) {
            if (l.role == TimelineChartLabel::KeyTime)
                keyNames.append(l.text);
            if (l.role == TimelineChartLabel::Axis)
                axis.append(l.text);
        }
        QVERIFY(keyNames.contains(Vocabulary::label(Vocab::Milestone, QStringLiteral("resolved"))));
        QVERIFY(keyNames.contains(Vocabulary::label(Vocab::Milestone, QStringLiteral("started"))));
        // Axis labels in the review's zone (Berlin), not UTC.
        QVERIFY2(axis.contains(QStringLiteral("09:30")), qPrintable(axis.join(QLatin1Char(' '))));
        QVERIFY(!axis.contains(QStringLiteral("07:30")));
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("pixelSize");
        QTest::addColumn<bool>("legend");
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("viewMinutes");
        for (const QSize size : {QSize(200, 150), QSize(420, 160), QSize(800, 200), QSize(1600, 240)})
            for (const int px : {9, 12, 20})
                for (const qint64 minutes : {qint64(3), qint64(40), qint64(600), qint64(9000)})
                    QTest::addRow("%dx%d %dpx %lld min", size.width(), size.height(), px, minutes)
                        << size << px << (px != 12) << (px == 20 ? 2 : 1) << minutes;
    }

    void labelsNeverOverlap()
    {
        QFETCH(QSize, size);
        QFETCH(int, pixelSize);
        QFETCH(bool, legend);
        QFETCH(int, rows);
        QFETCH(qint64, viewMinutes);
        // Key times a minute apart, events before and after the view, long silences.
        ReviewDocument doc = incident();
        const qint64 t0 = berlin("2026-04-14 09:00");
        doc.review.keyTimes = {t0, t0 + kMinute, t0 + 2 * kMinute, t0 + 3 * kMinute, t0 + 4 * kMinute};
        const QStringList kinds = Vocabulary::codes(Vocab::EventKind);
        for (int i = 0; i < 60; ++i)
            doc.events.append(makeEvent(QStringLiteral("x%1").arg(i), t0 - 3000 * kMinute + i * i * 97 * kMinute,
                                    kinds.at(i % kinds.size())));
        const TimelineChartData data = prepareTimelineChart(doc);
        TimelineChartOptions o = screenOptions();
        o.font.setPixelSize(pixelSize);
        o.legend = legend;
        o.keyTimeLabelRows = rows;
        QList<TimelineChartLabel> labels;
        const TimelineSpan view{t0 - viewMinutes * kMinute / 3, t0 + viewMinutes * kMinute * 2 / 3};
        render(data, view, o, size, {}, &labels);
        const QString problem = overlapIn(labels, QRectF(QPointF(0, 0), size));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!labels.isEmpty());
        int keyNames = 0;
        for (const TimelineChartLabel& l : labels)
            keyNames += l.role == TimelineChartLabel::KeyTime ? 1 : 0;
        QVERIFY(keyNames >= 1);
    }

    void printLabelsDoNotOverlapAndHaveALegend()
    {
        const TimelineChartData data = prepareTimelineChart(incident());
        TimelineChartOptions o = printTimelineChartOptions(1200);
        QCOMPARE(o.unit, 12.5);
        // 170 mm x 60 mm at 1200 dpi, drawn a tenth as large (the geometry scales as a whole).
        o.unit = 1.25;
        const QSize size(803, 283);
        QList<TimelineChartLabel> labels;
        const QImage image = render(data, timelineFocusView(data), o, size, {}, &labels);
        const QString problem = overlapIn(labels, QRectF(QPointF(0, 0), size));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList legend;
        int keyNames = 0;
        for (const TimelineChartLabel& l : labels) {
            if (l.role == TimelineChartLabel::Legend)
                legend.append(l.text);
            keyNames += l.role == TimelineChartLabel::KeyTime ? 1 : 0;
        }
        QCOMPARE(legend.size(), data.lanes.size());
        QVERIFY(legend.contains(Vocabulary::label(Vocab::EventKind, QStringLiteral("alert"))));
        // Detected and acknowledged are two minutes apart: the second row takes the one that
        // would collide, so all five names are shown.
        QCOMPARE(keyNames, 5);
        QCOMPARE(image.pixel(1, 1), QColor(Qt::white).rgb());
    }

    void hitTestingAgreesWithPainting_data()
    {
        QTest::addColumn<QRectF>("area");
        QTest::addColumn<double>("unit");
        QTest::newRow("widget") << QRectF(0, 0, 640, 190) << 1.0;
        QTest::newRow("offset area") << QRectF(37.5, 20.25, 500, 170) << 1.0;
        QTest::newRow("print scale") << QRectF(10, 10, 1500, 500) << 2.5;
    }

    void hitTestingAgreesWithPainting()
    {
        QFETCH(QRectF, area);
        QFETCH(double, unit);
        const TimelineChartData data = prepareTimelineChart(incident());
        const TimelineSpan view = timelineFocusView(data);
        TimelineChartOptions o = screenOptions();
        o.unit = unit;
        QImage image((area.bottomRight() + QPointF(10, 10)).toPoint().x(), static_cast<int>(area.bottom()) + 10,
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        {
            QPainter painter(&image);
            paintTimelineChart(painter, area, data, view.startMs, view.endMs, {}, o);
        }
        if (area.left() >= 2) // nothing drawn outside the area
            QCOMPARE(image.pixel(static_cast<int>(area.left()) - 2, static_cast<int>(area.top()) - 2), qRgb(255, 0, 255));
        const TimelineChartGeometry g(area, data, view.startMs, view.endMs, o);
        for (const TimelineChartMark& m : data.marks) {
            const QPointF at = *g.positionOf(m.id);
            QCOMPARE(g.eventAt(at), m.id);
            QVERIFY(near(image.pixel(at.toPoint()), eventKindColor(m.kind)));
            // Just inside the mark still hits it; well outside does not.
            QCOMPARE(g.eventAt(at + QPointF(g.markRadius(false) * 0.7, 0)), m.id);
            QVERIFY(g.eventAt(at + QPointF(0, g.markRadius(true) * 3)) != m.id);
        }
        QVERIFY(g.eventAt(g.plotRect().bottomRight() - QPointF(1, 1)).isEmpty());
        QVERIFY(!g.positionOf(QStringLiteral("missing")));
    }

    void selectedMarksGetARing()
    {
        const TimelineChartData data = prepareTimelineChart(incident());
        const TimelineSpan view = timelineFocusView(data);
        TimelineChartOptions o = screenOptions();
        o.colours.highlight = QColor(0, 0, 255);
        const QSize size(640, 190);
        const QImage plain = render(data, view, o, size);
        const QImage selected = render(data, view, o, size, {QStringLiteral("e3")});
        const TimelineChartGeometry g(QRectF(QPointF(0, 0), size), data, view.startMs, view.endMs, o);
        const QPointF at = *g.positionOf(QStringLiteral("e3"));
        const QPoint edge = (at + QPointF(g.markRadius(false) + 0.5, 0)).toPoint();
        QVERIFY(near(selected.pixel(edge), o.colours.highlight, 60));
        QVERIFY(!near(plain.pixel(edge), o.colours.highlight, 60));
    }

    void emptyAndTinyReviewsAreSafe()
    {
        ReviewDocument empty;
        empty.review.createdMs = berlin("2026-04-14 12:00");
        const TimelineChartData none = prepareTimelineChart(empty);
        QVERIFY(none.isEmpty());
        QCOMPARE(none.spans.data.startMs, empty.review.createdMs);
        QVERIFY(none.spans.data.length() > 0);
        QList<TimelineChartLabel> labels;
        const QImage image = render(none, timelineFocusView(none), screenOptions(), QSize(400, 160), {}, &labels);
        QCOMPARE(image.pixel(1, 1), QColor(Qt::white).rgb());
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](const TimelineChartLabel& l) { return l.role == TimelineChartLabel::Message; }));

        ReviewDocument one;
        one.events = {makeEvent(QStringLiteral("only"), berlin("2026-04-14 09:00"), QStringLiteral("other"))};
        const TimelineChartData single = prepareTimelineChart(one);
        QVERIFY(single.spans.data.length() >= 2 * kMinute);
        const TimelineSpan fit = timelineFocusView(single);
        QVERIFY(fit.length() > 0);
        TimelineChartOptions legend = screenOptions();
        legend.legend = true;
        render(single, fit, legend, QSize(300, 150));
        const TimelineChartGeometry g(QRectF(0, 0, 300, 150), single, fit.startMs, fit.endMs, legend);
        QCOMPARE(g.eventAt(*g.positionOf(QStringLiteral("only"))), QStringLiteral("only"));

        // Degenerate views, areas and units: nothing divides by zero or crashes.
        for (const TimelineSpan view : {TimelineSpan{fit.startMs, fit.startMs}, TimelineSpan{fit.endMs, fit.startMs}}) {
            render(single, view, screenOptions(), QSize(300, 150));
            const TimelineChartGeometry d(QRectF(0, 0, 300, 150), single, view.startMs, view.endMs, screenOptions());
            QVERIFY(std::isfinite(d.xOf(view.startMs + kMinute)));
            d.eventAt(QPointF(10, 10));
        }
        TimelineChartOptions odd = screenOptions();
        odd.unit = 0;
        for (const QSize size : {QSize(1, 1), QSize(3, 200), QSize(500, 4)}) {
            render(single, fit, odd, size);
            QList<TimelineChartLabel> tinyLabels;
            render(prepareTimelineChart(incident()), fit, screenOptions(), size, {}, &tinyLabels);
            const QString problem = overlapIn(tinyLabels, QRectF(QPointF(0, 0), size));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QImage image2(10, 10, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image2);
        paintTimelineChart(painter, QRectF(), single, fit.startMs, fit.endMs, {}, screenOptions());
    }

    void manyEventsPaint()
    {
        // 20,000 events over six hours; the figure is in bench_timeline, this only checks it works.
        ReviewDocument doc = incident();
        const QStringList kinds = Vocabulary::codes(Vocab::EventKind);
        const qint64 t0 = berlin("2026-04-14 07:00");
        for (int i = 0; i < 20000; ++i)
            doc.events.append(makeEvent(QStringLiteral("m%1").arg(i), t0 + i * 1080, kinds.at((i * 7) % kinds.size())));
        const TimelineChartData data = prepareTimelineChart(doc);
        QCOMPARE(data.marks.size(), 20005);
        const QImage image = render(data, timelineEverythingView(data), screenOptions(), QSize(1200, 220));
        const TimelineChartGeometry g(QRectF(0, 0, 1200, 220), data, timelineEverythingView(data).startMs,
                                      timelineEverythingView(data).endMs, screenOptions());
        // The marks are denser than pixels: a later mark's outline may cross this one's centre,
        // so look for its colour next to it.
        const QPoint at = g.positionOf(QStringLiteral("m10000"))->toPoint();
        const QColor kind = eventKindColor(data.marks.at(data.indexOf(QStringLiteral("m10000"))).kind);
        bool found = false;
        for (int dx = -3; dx <= 3; ++dx)
            found |= near(image.pixel(at + QPoint(dx, 0)), kind);
        QVERIFY(found);
        QVERIFY(!g.eventAt(at).isEmpty());
    }

    void paintsOnAWorkerThread()
    {
        const TimelineChartData data = prepareTimelineChart(incident());
        const TimelineSpan view = timelineFocusView(data);
        const TimelineChartOptions o = screenOptions();
        const QImage here = render(data, view, o, QSize(600, 180));
        QImage there;
        std::unique_ptr<QThread> thread(QThread::create([&] { there = render(data, view, o, QSize(600, 180)); }));
        thread->start();
        QVERIFY(thread->wait(60000));
        QCOMPARE(there.size(), here.size());
        QCOMPARE(there.pixel(2, 2), here.pixel(2, 2));
        const TimelineChartGeometry g(QRectF(0, 0, 600, 180), data, view.startMs, view.endMs, o);
        const QPoint at = g.positionOf(QStringLiteral("e1"))->toPoint();
        QCOMPARE(there.pixel(at), here.pixel(at));
    }

    void pdfHoldsVectorShapesAndText()
    {
        // 170 mm x 60 mm at 1200 dpi, the size of a chart in the report.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        const TimelineChartData data = prepareTimelineChart(incident());
        {
            QPdfWriter pdf(path);
            pdf.setResolution(1200);
            pdf.setPageSize(QPageSize(QSizeF(170, 60), QPageSize::Millimeter));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&pdf);
            const QRectF area(0, 0, pdf.width(), pdf.height());
            QVERIFY(area.width() > 7500);
            const TimelineSpan view = timelineFocusView(data);
            paintTimelineChart(painter, area, data, view.startMs, view.endMs, {}, printTimelineChartOptions(pdf.resolution()));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Vector: small, and no image in it (a bitmap of that page would be megabytes).
        QVERIFY2(bytes.size() > 1000 && bytes.size() < 200 * 1024, qPrintable(QString::number(bytes.size())));
        QVERIFY(!bytes.contains("/Subtype /Image"));
        QVERIFY(bytes.contains("/FontFile") || bytes.contains("/Font"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the text check needs it");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("09:30")), qPrintable(text));
        QVERIFY2(text.contains(Vocabulary::label(Vocab::Milestone, QStringLiteral("detected"))), qPrintable(text));
        QVERIFY2(text.contains(Vocabulary::label(Vocab::EventKind, QStringLiteral("communication"))), qPrintable(text));
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
