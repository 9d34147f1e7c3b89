<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hs::LessonsPage</name>
    <message numerus="yes">
        <source>Remove %n lesson(s)</source>
        <translation>
            <numerusform>Remove %n lesson</numerusform>
            <numerusform>Remove %n lessons</numerusform>
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
    <name>hs::WhyTreeView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
