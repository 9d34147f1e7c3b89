<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hs::ActionTracker</name>
    <message numerus="yes">
        <source>%1 of %n action(s) shown, %2 overdue</source>
        <translation>
            <numerusform>%1 of %n action shown, %2 overdue</numerusform>
            <numerusform>%1 of %n actions shown, %2 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n action(s) as Markdown.</source>
        <translation>
            <numerusform>Copied %n action as Markdown.</numerusform>
            <numerusform>Copied %n actions as Markdown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n action(s) to %1.</source>
        <translation>
            <numerusform>Saved %n action to %1.</numerusform>
            <numerusform>Saved %n actions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::ActionsModel</name>
    <message numerus="yes">
        <source>Change %1 of %n action(s)</source>
        <translation>
            <numerusform>Change %1 of %n action</numerusform>
            <numerusform>Change %1 of %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::ActionsPage</name>
    <message numerus="yes">
        <source>%n action(s), %1 open</source>
        <translation>
            <numerusform>%n action, %1 open</numerusform>
            <numerusform>%n actions, %1 open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Delete %n action</numerusform>
            <numerusform>Delete %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::AgendaModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::ExportDialog</name>
    <message numerus="yes">
        <source>Add the &amp;transcript as an appendix (%n message(s))</source>
        <translation>
            <numerusform>Add the &amp;transcript as an appendix (%n message)</numerusform>
            <numerusform>Add the &amp;transcript as an appendix (%n messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internal note(s) will be left out.</source>
        <translation>
            <numerusform>%n internal note will be left out.</numerusform>
            <numerusform>%n internal notes will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internal note(s) will be included.</source>
        <translation>
            <numerusform>%n internal note will be included.</numerusform>
            <numerusform>%n internal notes will be included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::ImportDialog</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are already in the review and will be left out.</source>
        <translation>
            <numerusform>%n item is already in the review and will be left out.</numerusform>
            <numerusform>%n items are already in the review and will be left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::InsightsPdf</name>
    <message numerus="yes">
        <source>%n more without a start time</source>
        <translation>
            <numerusform>%n more without a start time</numerusform>
            <numerusform>%n more without a start time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::InsightsView</name>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n review(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n review&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n reviews&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unknown)</source>
        <translation>
            <numerusform>(%n unknown)</numerusform>
            <numerusform>(%n unknown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) without a start time not counted</source>
        <translation>
            <numerusform>%n review without a start time not counted</numerusform>
            <numerusform>%n reviews without a start time not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::LessonsPage</name>
    <message numerus="yes">
        <source>Remove %n lesson(s)</source>
        <translation>
            <numerusform>Remove %n lesson</numerusform>
            <numerusform>Remove %n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n note(s)</source>
        <translation>
            <numerusform>Remove %n note</numerusform>
            <numerusform>Remove %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::Library</name>
    <message numerus="yes">
        <source>%n reviews match “%1”; give the review&apos;s id instead.</source>
        <translation>
            <numerusform>%n review matches “%1”; give the review&apos;s id instead.</numerusform>
            <numerusform>%n reviews match “%1”; give the review&apos;s id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::LibrarySidebar</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n review(s)</source>
        <translation>
            <numerusform>%1 of %n review</numerusform>
            <numerusform>%1 of %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::ListsDialog</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n cause(s)</source>
        <translation>
            <numerusform>“%1” is used by %n cause</numerusform>
            <numerusform>“%1” is used by %n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n review(s)</source>
        <translation>
            <numerusform>“%1” is used by %n review</numerusform>
            <numerusform>“%1” is used by %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::MainWindow</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)).</source>
        <translation>
            <numerusform>Exported %1 (%n page).</numerusform>
            <numerusform>Exported %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewed %n page(s).</source>
        <translation>
            <numerusform>Previewed %n page.</numerusform>
            <numerusform>Previewed %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Sent %n page to %1.</numerusform>
            <numerusform>Sent %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from %1.</source>
        <translation>
            <numerusform>Imported %n change from %1.</numerusform>
            <numerusform>Imported %n changes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be written to the file yet. Discard them? They cannot be brought back.</source>
        <translation>
            <numerusform>%n edit could not be written to the file yet. Discard it? It cannot be brought back.</numerusform>
            <numerusform>%n edits could not be written to the file yet. Discard them? They cannot be brought back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept here and saved as soon as the file takes them; nothing is lost.</source>
        <translation>
            <numerusform>%n edit kept here and saved as soon as the file takes it; nothing is lost.</numerusform>
            <numerusform>%n edits kept here and saved as soon as the file takes them; nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be written because the file is busy or full. Wait and try again, or discard them and close?</source>
        <translation>
            <numerusform>%n edit could not be written because the file is busy or full. Wait and try again, or discard it and close?</numerusform>
            <numerusform>%n edits could not be written because the file is busy or full. Wait and try again, or discard them and close?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your edit(s) met someone else&apos;s change and are not decided. Save yours over theirs, keep theirs, or go back and look?</source>
        <translation>
            <numerusform>%n of your edits met someone else&apos;s change and is not decided. Save yours over theirs, keep theirs, or go back and look?</numerusform>
            <numerusform>%n of your edits met someone else&apos;s changes and are not decided. Save yours over theirs, keep theirs, or go back and look?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::MeetingPanel</name>
    <message numerus="yes">
        <source>Prepared questions for what is on screen: %n open</source>
        <translation>
            <numerusform>Prepared questions for what is on screen: %n open</numerusform>
            <numerusform>Prepared questions for what is on screen: %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::MeetingSession</name>
    <message numerus="yes">
        <source>Meeting started with %1 (%n min planned).</source>
        <translation>
            <numerusform>Meeting started with %1 (%n min planned).</numerusform>
            <numerusform>Meeting started with %1 (%n min planned).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::Merge</name>
    <message numerus="yes">
        <source>%n conflict(s) have no choice yet; nothing was merged.</source>
        <translation>
            <numerusform>%n conflict has no choice yet; nothing was merged.</numerusform>
            <numerusform>%n conflicts have no choice yet; nothing was merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::MergeDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: new here, %n row(s) copied</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: new here, %n row copied</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: new here, %n rows copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::OverviewPage</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::PresentationWindow</name>
    <message numerus="yes">
        <source>%1 — %n min</source>
        <translation>
            <numerusform>%1 — %n min</numerusform>
            <numerusform>%1 — %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::Prompts</name>
    <message numerus="yes">
        <source>That name is longer than %n characters; put the role after a comma.</source>
        <translation>
            <numerusform>That name is longer than %n character; put the role after a comma.</numerusform>
            <numerusform>That name is longer than %n characters; put the role after a comma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That role is longer than %n characters; keep it to a few words.</source>
        <translation>
            <numerusform>That role is longer than %n character; keep it to a few words.</numerusform>
            <numerusform>That role is longer than %n characters; keep it to a few words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::RecurringPanel</name>
    <message numerus="yes">
        <source>Seen %n time(s) before: earlier reviews share two or more contributing factors, services or tags with this one.</source>
        <translation>
            <numerusform>Seen %n time before: an earlier review shares two or more contributing factors, services or tags with this one.</numerusform>
            <numerusform>Seen %n times before: earlier reviews share two or more contributing factors, services or tags with this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later review(s) do.</source>
        <translation>
            <numerusform>%n later review does.</numerusform>
            <numerusform>%n later reviews do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::SearchPanel</name>
    <message numerus="yes">
        <source>The best %n matches among the most recent; add a word to narrow them.</source>
        <translation>
            <numerusform>The best %n match among the most recent; add a word to narrow it.</numerusform>
            <numerusform>The best %n matches among the most recent; add a word to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n review(s)</source>
        <translation>
            <numerusform>in %n review</numerusform>
            <numerusform>in %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1, %n match(es)</source>
        <translation>
            <numerusform>%1, %n match</numerusform>
            <numerusform>%1, %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TimelineChart</name>
    <message numerus="yes">
        <source>◀ %n earlier</source>
        <translation>
            <numerusform>◀ %n earlier</numerusform>
            <numerusform>◀ %n earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later ▶</source>
        <translation>
            <numerusform>%n later ▶</numerusform>
            <numerusform>%n later ▶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TimelineModel</name>
    <message numerus="yes">
        <source>%n transcript message(s) back this event</source>
        <translation>
            <numerusform>%n transcript message backs this event</numerusform>
            <numerusform>%n transcript messages back this event</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TimelinePage</name>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n message(s) to events</source>
        <translation>
            <numerusform>Promote %n message to an event</numerusform>
            <numerusform>Promote %n messages to events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added from the transcript.</source>
        <translation>
            <numerusform>%n event added from the transcript.</numerusform>
            <numerusform>%n events added from the transcript.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n message(s) as evidence</source>
        <translation>
            <numerusform>Attach %n message as evidence</numerusform>
            <numerusform>Attach %n messages as evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TranscriptPane</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 of %n message</numerusform>
            <numerusform>%1 of %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::WhyNodePanel</name>
    <message numerus="yes">
        <source>%n linked event(s) were deleted from the timeline; undo the deletion to bring the link back.</source>
        <translation>
            <numerusform>%n linked event was deleted from the timeline; undo the deletion to bring the link back.</numerusform>
            <numerusform>%n linked events were deleted from the timeline; undo the deletion to bring the links back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n event(s) as evidence</source>
        <translation>
            <numerusform>Link %n event as evidence</numerusform>
            <numerusform>Link %n events as evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n event(s)</source>
        <translation>
            <numerusform>Unlink %n event</numerusform>
            <numerusform>Unlink %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::WhyTreeModel</name>
    <message numerus="yes">
        <source>%n linked event(s) were deleted from the timeline</source>
        <translation>
            <numerusform>%n linked event was deleted from the timeline</numerusform>
            <numerusform>%n linked events were deleted from the timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and %n cause(s) below it</source>
        <translation>
            <numerusform>Remove “%1” and %n cause below it</numerusform>
            <numerusform>Remove “%1” and %n causes below it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::WordingHintLabel</name>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::cli</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already there and were left out.</source>
        <translation>
            <numerusform>%n item was already there and was left out.</numerusform>
            <numerusform>%n items were already there and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s).</source>
        <translation>
            <numerusform>%n review.</numerusform>
            <numerusform>%n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New review %1 “%2”: %n row(s) to add</source>
        <translation>
            <numerusform>New review %1 “%2”: %n row to add</numerusform>
            <numerusform>New review %1 “%2”: %n rows to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n row to add</numerusform>
            <numerusform>%n rows to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from %1.</source>
        <translation>
            <numerusform>Merged %n change from %1.</numerusform>
            <numerusform>Merged %n changes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hindsight merge: %n conflict(s) to decide; nothing was written. Choose a side for all of them with --take theirs or --take mine.</source>
        <translation>
            <numerusform>hindsight merge: %n conflict to decide; nothing was written. Choose a side for it with --take theirs or --take mine.</numerusform>
            <numerusform>hindsight merge: %n conflicts to decide; nothing was written. Choose a side for all of them with --take theirs or --take mine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>last %n month</numerusform>
            <numerusform>last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n review(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n review).</numerusform>
            <numerusform>Wrote %1 (%n reviews).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n review(s).</source>
        <translation>
            <numerusform>in %n review.</numerusform>
            <numerusform>in %n reviews.</numerusform>
        </translation>
    </message>
</context>
</TS>
