#pragma once

#include "analysis/Insights.h"
#include "insights/InsightsCharts.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace hs {

class Library;
struct Change;

// View ▸ Insights: what the library's reviews say together, for a period and a filter. Six
// charts (reviews by severity, median durations, actions, top factors, services, tags), the
// headline figures above them, each chart saved as PNG or SVG from its context menu, and the
// period as a PDF report. Figures come from InsightsQuery in SQL; edits anywhere in the
// library (here or by another facilitator) refresh it, coalesced.
class InsightsView : public QWidget
{
    Q_OBJECT

public:
    explicit InsightsView(Library* library, QWidget* parent = nullptr);

    // Period choices; each recomputes at once.
    void setLastMonths(int months);
    void setQuarter(int year, int quarter);
    void setCustomPeriod(const QDate& from, const QDate& to);
    void setSeverities(const QStringList& codes);
    void setService(const QString& name);
    void setTag(const QString& name);

    const Insights& insights() const { return m_insights; }
    QChartView* chartView(InsightsCharts::Kind kind) const { return m_views[kind]; }
    QString periodName() const;
    // Saves one chart: PNG or SVG by the file's suffix. False with a message on failure.
    bool saveChart(InsightsCharts::Kind kind, const QString& path, QString* error) const;
    // The period shown as a PDF report (InsightsPdf).
    bool saveReport(const QString& path, QString* error) const;
    // Reads the figures again now (otherwise done on a timer after changes).
    void refresh();

Q_SIGNALS:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onChanged(const Change& change);
    void onPeriodChosen();
    void fillLabelChoices();
    void rebuildCharts();
    void saveChartInteractive(InsightsCharts::Kind kind, const QString& suffix);
    void saveReportInteractive();
    InsightsFilter currentFilter() const;

    Library* m_library;
    Insights m_insights;
    QDate m_from;
    QDate m_to;
    QComboBox* m_period;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QList<QToolButton*> m_severityButtons;
    QComboBox* m_service;
    QComboBox* m_tag;
    QPushButton* m_report;
    QLabel* m_summary;
    QLabel* m_error;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QChartView* m_views[InsightsCharts::KindCount] = {};
    QTimer* m_refreshTimer;
    bool m_stale = false;
};

} // namespace hs
