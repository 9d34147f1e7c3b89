#pragma once

#include "domain/Review.h"

#include <QHash>
#include <QPageSize>
#include <QString>

#include <optional>

namespace hs {

// What an export holds and how it is shaped. The same options serve PDF, Markdown, HTML and
// printing, so every format of one review says the same thing.
struct ReportOptions {
    // The version for people outside the team: notes marked internal are left out.
    bool publicVersion = false;
    // Participants' names are replaced by their roles everywhere (people list, actors, owners,
    // the facilitator, the transcript and free text).
    bool rolesForNames = false;
    // The imported chat transcript as an appendix (it can be long).
    bool includeTranscript = false;
    // PDF and print only.
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // The PDF's author; empty = the review's facilitator.
    QString author;
};

// One cause of the five-whys tree in reading order, with its depth (1 = first why).
struct ReportCause {
    WhyNode node;
    int depth = 1;
};

// A review prepared for export: filtered and scrubbed as the options say, with everything the
// formats derive (metrics, the narrative sections in order, the causes in tree order) worked out
// once. The formats only lay it out.
struct Report {
    ReviewDocument doc;                      // after filtering and name replacement
    QList<TranscriptMessage> transcript;     // empty unless options.includeTranscript
    ReportOptions options;
    ReviewMetrics metrics;
    qint64 generatedMs = 0;
    QList<Section> narrative;                // the review's sections in order, except the two below
    std::optional<Section> factorsSection;   // "contributing_factors": shown with the factors found
    std::optional<Section> supportingSection; // "supporting_information": shown in the appendix
    QList<ReportCause> causes;               // the why tree, depth first in sibling order
    QList<ReportCause> factors;              // causes marked root cause or contributing factor
    int internalNotesLeftOut = 0;
};

// transcript is used only when options.includeTranscript is set. nowMs stamps the report.
Report prepareReport(const ReviewDocument& doc, const QList<TranscriptMessage>& transcript,
                     const ReportOptions& options, qint64 nowMs);

// Replaces participants' names by their roles in free text: whole words only, case-sensitive,
// longest names first, so "Priya Raman" goes before "Priya" and the word "Will" stays when a
// participant is called Will Smith only if the full name is written. A participant without a role
// is called "Participant N" (in list order), so no name slips through.
class NameReplacer
{
public:
    explicit NameReplacer(const QList<Participant>& participants);
    QString person(const QString& name) const;   // a name field: exact match, else scrubbed text
    QString text(const QString& text) const;     // free text
    bool isEmpty() const { return m_order.isEmpty(); }

private:
    QHash<QString, QString> m_roles;  // name (full or unique first name) -> role
    QStringList m_order;              // names, longest first
};

// The problem statement drawn as the root of the why diagram.
QString reportProblemStatement(const Report& report);

} // namespace hs
