<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hs</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>the copy failed its integrity check: %1</source>
        <translation>die Kopie hat die Integritätsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>cannot rename the copy to %1: %2</source>
        <translation>die Kopie kann nicht in %1 umbenannt werden: %2</translation>
    </message>
</context>
<context>
    <name>hs::ActionTracker</name>
    <message>
        <source>Any type</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Über&amp;fällig</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Diese &amp;Woche fällig</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Maßnahmenverfolgung</translation>
    </message>
    <message>
        <source>Filter by words: action, owner, review</source>
        <translation>Nach Wörtern filtern: Maßnahme, Verantwortliche/r, Review</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Offen und in Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-up checks due</source>
        <translation>Fällige Wirksamkeitsprüfungen</translation>
    </message>
    <message>
        <source>Won't do</source>
        <translation>Wird nicht umgesetzt</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Set &amp;status ▾</source>
        <translation>&amp;Status setzen ▾</translation>
    </message>
    <message>
        <source>Set &amp;owner…</source>
        <translation>&amp;Verantwortliche/n setzen …</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>Verantwortliche/n setzen</translation>
    </message>
    <message>
        <source>Owner of the selected actions:</source>
        <translation>Verantwortlich für die gewählten Maßnahmen:</translation>
    </message>
    <message>
        <source>&amp;Go to review</source>
        <translation>&amp;Zum Review</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <source>Open the action's tracker link in the browser</source>
        <translation>Den Tracker-Link der Maßnahme im Browser öffnen</translation>
    </message>
    <message>
        <source>This action has no tracker link.</source>
        <translation>Diese Maßnahme hat keinen Tracker-Link.</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Jedes Review</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s) shown, %2 overdue</source>
        <translation>
            <numerusform>%1 von %n Maßnahme angezeigt, %2 überfällig</numerusform>
            <numerusform>%1 von %n Maßnahmen angezeigt, %2 überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Record whether “%1” worked</source>
        <translation>Festhalten, ob „%1“ gewirkt hat</translation>
    </message>
    <message>
        <source>Rethink: %1</source>
        <translation>Neu denken: %1</translation>
    </message>
    <message>
        <source>New action after “%1” did not work</source>
        <translation>Neue Maßnahme, nachdem „%1“ nicht gewirkt hat</translation>
    </message>
    <message>
        <source>Record &amp;check…</source>
        <translation>&amp;Prüfung festhalten …</translation>
    </message>
    <message>
        <source>Say whether a done action worked</source>
        <translation>Festhalten, ob eine erledigte Maßnahme gewirkt hat</translation>
    </message>
    <message>
        <source>Choose one done action to record whether it worked.</source>
        <translation>Wählen Sie eine erledigte Maßnahme, um festzuhalten, ob sie gewirkt hat.</translation>
    </message>
    <message>
        <source>Did “%1” work?</source>
        <translation>Hat „%1“ gewirkt?</translation>
    </message>
    <message>
        <source>What shows it: a metric, an incident that did or did not recur</source>
        <translation>Woran es sich zeigt: eine Kennzahl, ein Vorfall, der wiederkam oder nicht</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Recorded as not effective; a new action linked to the same cause was added.</source>
        <translation>Als nicht wirksam festgehalten; eine neue Maßnahme zur selben Ursache wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>The actions shown, as a Markdown list</source>
        <translation>Die angezeigten Maßnahmen als Markdown-Liste</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n action(s) as Markdown.</source>
        <translation>
            <numerusform>%n Maßnahme als Markdown kopiert.</numerusform>
            <numerusform>%n Maßnahmen als Markdown kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export the actions shown</source>
        <translation>Die angezeigten Maßnahmen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the actions</source>
        <translation>Die Maßnahmen können nicht exportiert werden</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n action(s) to %1.</source>
        <translation>
            <numerusform>%n Maßnahme in %1 gespeichert.</numerusform>
            <numerusform>%n Maßnahmen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
</context>
<context>
    <name>hs::Actions</name>
    <message>
        <source>no owner</source>
        <translation>ohne Verantwortliche/n</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
</context>
<context>
    <name>hs::ActionsModel</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>%1 von „%2“ ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n action(s)</source>
        <translation>
            <numerusform>%1 von %n Maßnahme ändern</numerusform>
            <numerusform>%1 von %n Maßnahmen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From cause</source>
        <translation>Aus Ursache</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>prüfen am %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachprüfung</translation>
    </message>
    <message>
        <source>“%1” is not a web address; paste the issue's https:// link.</source>
        <translation>„%1“ ist keine Webadresse; fügen Sie den https://-Link des Tickets ein.</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>Tracker-Link</translation>
    </message>
</context>
<context>
    <name>hs::ActionsPage</name>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>New action: what will change, then Enter</source>
        <translation>Neue Maßnahme: was sich ändern wird, dann Eingabe</translation>
    </message>
    <message>
        <source>Set &amp;status ▾</source>
        <translation>&amp;Status setzen ▾</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>A CSV file that Jira's importer and GitHub issue-import scripts read</source>
        <translation>Eine CSV-Datei, die der Jira-Import und GitHub-Importskripte lesen</translation>
    </message>
    <message>
        <source>Copied as a Markdown list.</source>
        <translation>Als Markdown-Liste kopiert.</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>Maßnahmen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved the action items to %1.</source>
        <translation>Maßnahmen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot export the action items</source>
        <translation>Die Maßnahmen können nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), %1 open</source>
        <translation>
            <numerusform>%n Maßnahme, %1 offen</numerusform>
            <numerusform>%n Maßnahmen, %1 offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hs::AgendaModel</name>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>%1 — double-click or F2 to rename; Enter on a row goes to that stage.</source>
        <translation>%1 — Doppelklick oder F2 zum Umbenennen; Eingabe auf einer Zeile springt zu dieser Phase.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename agenda item</source>
        <translation>Agendapunkt umbenennen</translation>
    </message>
    <message>
        <source>Change timebox</source>
        <translation>Zeitrahmen ändern</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Verbraucht</translation>
    </message>
</context>
<context>
    <name>hs::Blameless</name>
    <message>
        <source>human error;human errors;operator error;operator errors;user error;pilot error;their fault;his fault;her fault;my fault;your fault;at fault;to blame;blame;blamed;blaming</source>
        <extracomment>Phrases that put the outcome on a person, separated by ';'. List your language's own phrases (any number, not a translation of each); the English ones stay active too. Matching ignores case.</extracomment>
        <translation>menschliches Versagen;menschlichen Versagens;menschlichem Versagen;menschlicher Fehler;menschlichen Fehler;Bedienfehler;Bedienungsfehler;Benutzerfehler;Anwenderfehler;seine Schuld;ihre Schuld;meine Schuld;deine Schuld;schuld;schuld daran;die Schuld geben;beschuldigt;Schuldige;Schuldigen</translation>
    </message>
    <message>
        <source>obviously;it was obvious;clearly should;should have known;should've known;should have seen;should've seen;should have noticed;should've noticed</source>
        <extracomment>Phrases that read the known outcome back into the past, separated by ';'. List your language's own phrases (any number); the English ones stay active too.</extracomment>
        <translation>offensichtlich;offenkundig;war doch klar;lag auf der Hand;hätte wissen müssen;hätte … wissen müssen;hätte sehen müssen;hätte … sehen müssen;hätte … erkennen müssen;hätte … bemerken müssen;hätte … merken müssen</translation>
    </message>
    <message>
        <source>should have;should've;shouldn't have;could have;could've;would have;would've;ought to have;failed to;neglected to;didn't bother;did not bother;if only</source>
        <extracomment>Phrases about what was not done or what might have been, separated by ';'. "…" stands for one to eight words, e.g. a phrase like "had … done". List your language's own phrases (any number); the English ones stay active too.</extracomment>
        <translation>hätte … sollen;hätten … sollen;hätte … müssen;hätten … müssen;hätte … können;hätten … können;hätte man;wenn nur;wäre … gewesen;versäumt;versäumte;versäumten;unterlassen;unterließ;machte sich nicht die Mühe;hat sich nicht die Mühe gemacht</translation>
    </message>
    <message>
        <source>careless;carelessly;carelessness;sloppy;sloppiness;negligent;negligence;lazy;incompetent;incompetence;stupid;reckless;forgot;forgot to;forgotten to;forgetting to;ignored;didn't pay attention;did not pay attention;not paying attention;wasn't paying attention;weren't paying attention;mistake by;screwed up;messed up</source>
        <extracomment>Phrases that judge a person's care or ability, separated by ';'. List your language's own phrases (any number); the English ones stay active too.</extracomment>
        <translation>nachlässig;Nachlässigkeit;fahrlässig;Fahrlässigkeit;schlampig;Schlamperei;unvorsichtig;leichtsinnig;faul;inkompetent;Inkompetenz;dumm;vergessen;vergaß;vergessen hat;ignoriert;ignorierte;nicht aufgepasst;nicht aufmerksam;unaufmerksam;Fehler seitens;verbockt;vermasselt;verpfuscht</translation>
    </message>
    <message>
        <source>failed to start;failed to connect;failed to respond;failed to load;failed to resolve;failed to reach;failed to parse;failed to bind;failed to allocate;failed to acquire;failed to complete;lazy loading;lazy load;lazy evaluation;lazy initialization;is ignored;are ignored;forgot password</source>
        <extracomment>Phrases that contain a flagged phrase but describe a system, separated by ';': they silence the shorter phrase they contain. List your language's own phrases (any number).</extracomment>
        <translation>wird ignoriert;werden ignoriert;Passwort vergessen</translation>
    </message>
    <message>
        <source>because;since;as</source>
        <extracomment>Single words, separated by ';', after which a name is the subject of a clause ("because Priya restarted it"). List your language's own words; the English ones stay active too.</extracomment>
        <translation>weil;da;nachdem;als</translation>
    </message>
    <message>
        <source>Naming a person's error or fault as the cause ends the inquiry where it should begin.</source>
        <translation>Wer Fehler oder Versäumnisse einer Person als Ursache nennt, beendet die Untersuchung dort, wo sie beginnen sollte.</translation>
    </message>
    <message>
        <source>It only looks obvious now that the outcome is known; at the time the signals were mixed.</source>
        <translation>Das wirkt erst jetzt eindeutig, da der Ausgang bekannt ist; damals waren die Signale widersprüchlich.</translation>
    </message>
    <message>
        <source>Describing what was not done says little about why the actions taken made sense at the time.</source>
        <translation>Was nicht getan wurde, sagt wenig darüber, warum das Getane damals sinnvoll erschien.</translation>
    </message>
    <message>
        <source>Judging someone's care or ability points at the person rather than at the conditions they worked in.</source>
        <translation>Ein Urteil über Sorgfalt oder Können zeigt auf die Person statt auf die Bedingungen, unter denen sie gearbeitet hat.</translation>
    </message>
    <message>
        <source>Making a person the subject of the sentence puts the focus on who acted rather than on what happened around them.</source>
        <translation>Steht eine Person als Subjekt im Satz, rückt in den Blick, wer gehandelt hat, statt was um die Person herum geschah.</translation>
    </message>
    <message>
        <source>What made this step easy to get wrong, and which safeguard was missing?</source>
        <translation>Was hat es leicht gemacht, diesen Schritt falsch auszuführen, und welche Absicherung fehlte?</translation>
    </message>
    <message>
        <source>What did the situation look like before anyone knew how it would end?</source>
        <translation>Wie sah die Lage aus, bevor jemand wusste, wie es ausgehen würde?</translation>
    </message>
    <message>
        <source>What did they know then, and what might have told them more?</source>
        <translation>Was war damals bekannt, und welche Information fehlte?</translation>
    </message>
    <message>
        <source>What made this the easy path at the time?</source>
        <translation>Was hat diesen Weg damals zum naheliegenden gemacht?</translation>
    </message>
    <message>
        <source>Describe the action and its context instead: what made this step look right at the time?</source>
        <translation>Beschreiben Sie stattdessen die Handlung und ihren Kontext: Was ließ diesen Schritt damals richtig erscheinen?</translation>
    </message>
</context>
<context>
    <name>hs::CategoriesDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Contributing-factor categories</source>
        <translation>Kategorien beitragender Faktoren</translation>
    </message>
    <message>
        <source>New category, then Enter</source>
        <translation>Neue Kategorie, dann Eingabe</translation>
    </message>
    <message>
        <source>Categories sort causes across reviews (Insights counts them). Double-click to rename.</source>
        <translation>Kategorien ordnen Ursachen über Reviews hinweg (die Auswertungen zählen sie). Doppelklick benennt um.</translation>
    </message>
    <message>
        <source>Add category “%1”</source>
        <translation>Kategorie „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>Remove category “%1”</source>
        <translation>Kategorie „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>hs::Commands</name>
    <message>
        <source>New review “%1”</source>
        <translation>Neues Review „%1“</translation>
    </message>
</context>
<context>
    <name>hs::ConflictPanel</name>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beides behalten</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>Meinen Text &amp;kopieren</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>%1 changed this after you chose to delete it: %2</source>
        <translation>%1 hat dies geändert, nachdem Sie es löschen wollten: %2</translation>
    </message>
    <message>
        <source>%1 deleted this while you were editing it: %2</source>
        <translation>%1 hat dies gelöscht, während Sie es bearbeitet haben: %2</translation>
    </message>
    <message>
        <source>%1 changed this while you were editing it: %2</source>
        <translation>%1 hat dies geändert, während Sie es bearbeitet haben: %2</translation>
    </message>
    <message>
        <source>(1 of %1)</source>
        <translation>(1 von %1)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Deren Fassung (%1)</translation>
    </message>
    <message>
        <source>Theirs (%1, %2)</source>
        <translation>Deren Fassung (%1, %2)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Changed since you loaded it.</source>
        <translation>Geändert, seit Sie es geladen haben.</translation>
    </message>
    <message>
        <source>You deleted it.</source>
        <translation>Sie haben es gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Trotzdem löschen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
</context>
<context>
    <name>hs::Editor</name>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>— from %1 —</source>
        <translation>— von %1 —</translation>
    </message>
</context>
<context>
    <name>hs::ExportDialog</name>
    <message>
        <source>Export review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Markdown (for wikis and repositories)</source>
        <translation>Markdown (für Wikis und Repositorys)</translation>
    </message>
    <message>
        <source>Web page (one self-contained HTML file)</source>
        <translation>Webseite (eine eigenständige HTML-Datei)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Public version: leave out internal notes</source>
        <translation>Öffentliche &amp;Fassung: interne Notizen weglassen</translation>
    </message>
    <message>
        <source>Replace people's &amp;names with their roles</source>
        <translation>&amp;Namen durch Rollen ersetzen</translation>
    </message>
    <message>
        <source>Participants' names become their roles everywhere in the report; a participant without a role becomes “Participant 1”, “Participant 2”…</source>
        <translation>Die Namen der Teilnehmenden werden überall im Bericht zu ihren Rollen; wer keine Rolle hat, wird zu „Teilnehmer 1“, „Teilnehmer 2“ …</translation>
    </message>
    <message numerus="yes">
        <source>Add the &amp;transcript as an appendix (%n message(s))</source>
        <translation>
            <numerusform>Das &amp;Transkript als Anhang anfügen (%n Nachricht)</numerusform>
            <numerusform>Das &amp;Transkript als Anhang anfügen (%n Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Open the file when it is written</source>
        <translation>Datei nach dem Schreiben ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>This review has no internal notes.</source>
        <translation>Dieses Review hat keine internen Notizen.</translation>
    </message>
    <message numerus="yes">
        <source>%n internal note(s) will be left out.</source>
        <translation>
            <numerusform>%n interne Notiz wird weggelassen.</numerusform>
            <numerusform>%n interne Notizen werden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internal note(s) will be included.</source>
        <translation>
            <numerusform>%n interne Notiz wird aufgenommen.</numerusform>
            <numerusform>%n interne Notizen werden aufgenommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::FileLocationInfo</name>
    <message>
        <source>This library is on a network share (%1). Hindsight keeps working, but the share's file locking decides whether two people can safely edit at once: keep to one writer at a time there.</source>
        <translation>Diese Bibliothek liegt auf einer Netzwerkfreigabe (%1). Hindsight arbeitet weiter, doch ob zwei Personen gleichzeitig sicher bearbeiten können, hängt von den Dateisperren der Freigabe ab: dort immer nur eine Person schreiben lassen.</translation>
    </message>
    <message>
        <source>This library is in a %1 folder. Sync tools copy whole files and can bring an old version back over a newer one when two people edit: work on a copy (File ▸ Save a copy as) and import it back (File ▸ Import reviews from a file).</source>
        <translation>Diese Bibliothek liegt in einem %1-Ordner. Synchronisierungsprogramme kopieren ganze Dateien und können eine alte Fassung über eine neuere legen, wenn zwei Personen bearbeiten: an einer Kopie arbeiten (Datei ▸ Kopie speichern unter) und sie zurück importieren (Datei ▸ Reviews aus einer Datei importieren).</translation>
    </message>
</context>
<context>
    <name>hs::Import</name>
    <message>
        <source>Pasted chat</source>
        <translation>Eingefügter Chat</translation>
    </message>
    <message>
        <source>%1 (chat)</source>
        <translation>%1 (Chat)</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone; expected e.g. Europe/Berlin</source>
        <translation>„%1“ ist keine bekannte Zeitzone; erwartet z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>this line is not a chat message; expected lines such as “[14:32] Priya Raman: text”</source>
        <translation>diese Zeile ist keine Chat-Nachricht; erwartet werden Zeilen wie „[14:32] Priya Raman: Text“</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>„%1“ ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the line has no date; choose the day the chat is from</source>
        <translation>die Zeile hat kein Datum; wählen Sie den Tag, von dem der Chat stammt</translation>
    </message>
    <message>
        <source>no chat messages found; expected lines such as “[14:32] Priya Raman: text”</source>
        <translation>keine Chat-Nachrichten gefunden; erwartet werden Zeilen wie „[14:32] Priya Raman: Text“</translation>
    </message>
    <message>
        <source>a quoted field starts here but its closing quote (") is missing; a quote inside a field is written twice ("")</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, aber das schließende Anführungszeichen (") fehlt; ein Anführungszeichen innerhalb eines Feldes wird doppelt geschrieben ("")</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line and rows</source>
        <translation>die Datei ist leer; erwartet werden eine Kopfzeile und Zeilen</translation>
    </message>
    <message>
        <source>%1 (CSV)</source>
        <translation>%1 (CSV)</translation>
    </message>
    <message>
        <source>choose the column that holds the time of each row</source>
        <translation>wählen Sie die Spalte, die die Zeit jeder Zeile enthält</translation>
    </message>
    <message>
        <source>choose the column that holds the text of each row</source>
        <translation>wählen Sie die Spalte, die den Text jeder Zeile enthält</translation>
    </message>
    <message>
        <source>a chosen column is not in the file (it has %1 columns)</source>
        <translation>eine gewählte Spalte gibt es in der Datei nicht (sie hat %1 Spalten)</translation>
    </message>
    <message>
        <source>the row has %1 columns; the header line has %2</source>
        <translation>die Zeile hat %1 Spalten, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>the time “%1” is not a date and time; expected e.g. 2026-04-14 09:12 or ISO 8601</source>
        <translation>die Zeit „%1“ ist keine Datums- und Zeitangabe; erwartet z. B. 2026-04-14 09:12 oder ISO 8601</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1)</source>
        <translation>die Datei ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>more problems were found; fix these first</source>
        <translation>es wurden weitere Probleme gefunden; beheben Sie zuerst diese</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 (PagerDuty)</source>
        <translation>%1 (PagerDuty)</translation>
    </message>
    <message>
        <source>expected PagerDuty log entries: an object with “log_entries” or a list of entries, as GET /incidents/{id}/log_entries returns</source>
        <translation>erwartet werden PagerDuty-Logeinträge: ein Objekt mit „log_entries“ oder eine Liste von Einträgen, wie sie GET /incidents/{id}/log_entries liefert</translation>
    </message>
    <message>
        <source>log entry %1</source>
        <translation>Logeintrag %1</translation>
    </message>
    <message>
        <source>expected an object ({…})</source>
        <translation>erwartet wird ein Objekt ({…})</translation>
    </message>
    <message>
        <source>the entry has no “id”</source>
        <translation>der Eintrag hat keine „id“</translation>
    </message>
    <message>
        <source>the entry has no “type”</source>
        <translation>der Eintrag hat keinen „type“</translation>
    </message>
    <message>
        <source>the entry has no “created_at”</source>
        <translation>der Eintrag hat kein „created_at“</translation>
    </message>
    <message>
        <source>the time “%1” is not ISO 8601; expected e.g. 2026-04-14T09:12:00Z</source>
        <translation>die Zeit „%1“ ist kein ISO 8601; erwartet z. B. 2026-04-14T09:12:00Z</translation>
    </message>
    <message>
        <source>Triggered: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Behoben von %1</translation>
    </message>
    <message>
        <source>Notified %1</source>
        <translation>%1 benachrichtigt</translation>
    </message>
    <message>
        <source>expected a list ([…]) as in a Slack export</source>
        <translation>erwartet wird eine Liste ([…]) wie in einem Slack-Export</translation>
    </message>
    <message>
        <source>#%1 (Slack export)</source>
        <translation>#%1 (Slack-Export)</translation>
    </message>
    <message>
        <source>the folder has no day files (such as 2026-04-14.json); choose a channel folder of a Slack export or the export's top folder</source>
        <translation>der Ordner enthält keine Tagesdateien (etwa 2026-04-14.json); wählen Sie einen Kanalordner eines Slack-Exports oder dessen obersten Ordner</translation>
    </message>
    <message>
        <source>expected a list of messages ([…]) as in a Slack export</source>
        <translation>erwartet wird eine Liste von Nachrichten ([…]) wie in einem Slack-Export</translation>
    </message>
    <message>
        <source>message %1 in %2</source>
        <translation>Nachricht %1 in %2</translation>
    </message>
    <message>
        <source>expected a message object ({…})</source>
        <translation>erwartet wird ein Nachrichtenobjekt ({…})</translation>
    </message>
    <message>
        <source>the message has no time stamp (“ts”)</source>
        <translation>die Nachricht hat keinen Zeitstempel („ts“)</translation>
    </message>
    <message>
        <source>the time stamp “%1” is not a Slack time stamp such as 1712999345.000200</source>
        <translation>der Zeitstempel „%1“ ist kein Slack-Zeitstempel wie 1712999345.000200</translation>
    </message>
    <message>
        <source>this Slack export has no channel “%1”</source>
        <translation>dieser Slack-Export hat keinen Kanal „%1“</translation>
    </message>
    <message>
        <source>this Slack export has %1 channels (%2); choose the one to import</source>
        <translation>dieser Slack-Export hat %1 Kanäle (%2); wählen Sie den zu importierenden</translation>
    </message>
    <message>
        <source>choose the file or folder to import</source>
        <translation>wählen Sie die zu importierende Datei oder den Ordner</translation>
    </message>
</context>
<context>
    <name>hs::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Day of the chat</source>
        <translation>&amp;Tag des Chats</translation>
    </message>
    <message>
        <source>Rows are timeline &amp;events, not chat messages</source>
        <translation>Zeilen sind &amp;Ereignisse der Zeitachse, keine Chat-Nachrichten</translation>
    </message>
    <message>
        <source>Show people as their &amp;roles instead of their names</source>
        <translation>Personen mit ihren &amp;Rollen statt ihren Namen zeigen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Import into “%1”</source>
        <translation>In „%1“ importieren</translation>
    </message>
    <message>
        <source>Slack export (folder)</source>
        <translation>Slack-Export (Ordner)</translation>
    </message>
    <message>
        <source>PagerDuty incident log (JSON)</source>
        <translation>PagerDuty-Vorfallprotokoll (JSON)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Chat lines ([14:32] name: text)</source>
        <translation>Chat-Zeilen ([14:32] Name: Text)</translation>
    </message>
    <message>
        <source>A file, or for Slack the export's folder</source>
        <translation>Eine Datei, bei Slack der Ordner des Exports</translation>
    </message>
    <message>
        <source>Times in the file without an offset are read in this zone</source>
        <translation>Zeiten ohne Versatz in der Datei werden in dieser Zone gelesen</translation>
    </message>
    <message>
        <source>…or paste chat lines here, e.g.
[14:32] Priya Raman: checkout errors are up
[14:33] Tomás: rolling back</source>
        <translation>… oder Chat-Zeilen hier einfügen, z. B.
[14:32] Priya Raman: Checkout-Fehler steigen
[14:33] Tomás: Rollback läuft</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Time column</source>
        <translation>&amp;Zeitspalte</translation>
    </message>
    <message>
        <source>&amp;Author column</source>
        <translation>&amp;Autorenspalte</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>Te&amp;xtspalte</translation>
    </message>
    <message>
        <source>&amp;Kind column</source>
        <translation>&amp;Artspalte</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the Slack export folder or a channel folder in it</source>
        <translation>Wählen Sie den Ordner des Slack-Exports oder einen Kanalordner darin</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Textdateien (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Wählen Sie die zu importierende Datei</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Choose what to import.</source>
        <translation>Wählen Sie, was importiert werden soll.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Reading stopped; nothing will be imported.</source>
        <translation>Lesen abgebrochen; es wird nichts importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be imported as it is.&lt;/b&gt; Nothing will be added until the problems below are fixed (a file and line are named for each).</source>
        <translation>&lt;b&gt;Dies kann so nicht importiert werden.&lt;/b&gt; Es wird nichts hinzugefügt, bis die Probleme unten behoben sind (zu jedem sind Datei und Zeile genannt).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 for the transcript and %3 for the timeline, new to this review.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 für das Transkript und %3 für die Zeitachse, neu für dieses Review.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are already in the review and will be left out.</source>
        <translation>
            <numerusform>%n Eintrag ist bereits im Review und wird ausgelassen.</numerusform>
            <numerusform>%n Einträge sind bereits im Review und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2, shown in the review's time zone (%3).</source>
        <translation>Von %1 bis %2, angezeigt in der Zeitzone des Reviews (%3).</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nichts Neues zu importieren.</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Zeitachse: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>hs::InsightsCharts</name>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>Überfällig am Monatsende</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Reviews per month by severity</source>
        <translation>Reviews pro Monat nach Schweregrad</translation>
    </message>
    <message>
        <source>Median time to detect, mitigate, resolve</source>
        <translation>Median der Zeit bis zur Erkennung, Eindämmung, Behebung</translation>
    </message>
    <message>
        <source>Action items per month</source>
        <translation>Maßnahmen pro Monat</translation>
    </message>
    <message>
        <source>Top contributing factors</source>
        <translation>Häufigste beitragende Faktoren</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Häufigste Dienste</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Häufigste Schlagwörter</translation>
    </message>
</context>
<context>
    <name>hs::InsightsPaint</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>No reviews in this period.</source>
        <translation>Keine Reviews in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No review in this period has the key times to measure.</source>
        <translation>Kein Review in diesem Zeitraum hat die Schlüsselzeiten für eine Messung.</translation>
    </message>
    <message>
        <source>median, %1</source>
        <translation>Median, %1</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No action items were created, done or overdue in this period.</source>
        <translation>In diesem Zeitraum wurden keine Maßnahmen erstellt, erledigt oder überfällig.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open and overdue at month end</source>
        <translation>Offen und überfällig am Monatsende</translation>
    </message>
</context>
<context>
    <name>hs::InsightsPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 · made %2 with Hindsight</source>
        <translation>%1 · erstellt am %2 mit Hindsight</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message numerus="yes">
        <source>%n more without a start time</source>
        <translation>
            <numerusform>%n weiteres ohne Beginnzeit</numerusform>
            <numerusform>%n weitere ohne Beginnzeit</numerusform>
        </translation>
    </message>
    <message>
        <source> (median)</source>
        <translation> (Median)</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions created / done</source>
        <translation>Maßnahmen erstellt / erledigt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>Neue Maßnahmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Incident insights, %1</source>
        <translation>Auswertung der Vorfälle, %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>alle Reviews</translation>
    </message>
    <message>
        <source>The file has no usable page size.</source>
        <translation>Die Datei hat kein brauchbares Seitenformat.</translation>
    </message>
    <message>
        <source>Could not start drawing the report.</source>
        <translation>Das Zeichnen des Berichts konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · %4</source>
        <translation>%1 bis %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No reviews match in this period: there is nothing to chart.</source>
        <translation>In diesem Zeitraum passen keine Reviews: Es gibt nichts darzustellen.</translation>
    </message>
    <message>
        <source>Reviews per month by severity</source>
        <translation>Reviews pro Monat nach Schweregrad</translation>
    </message>
    <message>
        <source>Median time to detect, mitigate and resolve, from the incident's start</source>
        <translation>Median der Zeit bis zur Erkennung, Eindämmung und Behebung, ab Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>Could not start page 2.</source>
        <translation>Seite 2 konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Most frequent contributing factors, services and tags (reviews)</source>
        <translation>Häufigste beitragende Faktoren, Dienste und Schlagwörter (Reviews)</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Action items per month</source>
        <translation>Maßnahmen pro Monat</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>A review counts in the month its incident started. Times are measured from the start: detect = detected − started, mitigate = mitigated − started, resolve = resolved − started; a review missing a time, or with a time before its start, is left out of that median and counted as unknown. Contributing factors are causes marked contributing factor or root cause, with a category; each counts once per review. Actions: those of the reviews in the filter, whenever the review took place; done is dated by the action's last change.</source>
        <translation>Ein Review zählt in dem Monat, in dem sein Vorfall begann. Zeiten werden ab dem Beginn gemessen: Erkennen = erkannt − begonnen, Eindämmen = eingedämmt − begonnen, Beheben = behoben − begonnen; ein Review, dem eine Zeit fehlt oder dessen Zeit vor seinem Beginn liegt, fließt nicht in diesen Median ein und zählt als unbekannt. Beitragende Faktoren sind Ursachen, die als beitragender Faktor oder Grundursache markiert sind und eine Kategorie haben; jede zählt einmal pro Review. Maßnahmen: die der Reviews im Filter, unabhängig davon, wann das Review stattfand; „erledigt“ wird nach der letzten Änderung der Maßnahme datiert.</translation>
    </message>
    <message>
        <source>Overdue: open or in progress at the month's end with its due date passed.</source>
        <translation>Überfällig: am Monatsende offen oder in Arbeit, mit überschrittenem Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The file did not accept the pages.</source>
        <translation>Die Datei hat die Seiten nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>hs::InsightsPeriod</name>
    <message>
        <source>“%1” is not a quarter; write it as 2026Q3 (year, Q, 1 to 4).</source>
        <translation>„%1“ ist kein Quartal; schreiben Sie es als 2026Q3 (Jahr, Q, 1 bis 4).</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>year, quarter number</comment>
        <translation>Q%2 %1</translation>
    </message>
</context>
<context>
    <name>hs::InsightsQuery</name>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Wählen Sie den ersten und den letzten Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>The period is %1 months long; choose at most %2.</source>
        <translation>Der Zeitraum ist %1 Monate lang; wählen Sie höchstens %2.</translation>
    </message>
    <message>
        <source>The number of top entries must be at least 1.</source>
        <translation>Die Anzahl der häufigsten Einträge muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Could not read the insights from the library: %1</source>
        <translation>Die Auswertungen konnten nicht aus der Bibliothek gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>hs::InsightsView</name>
    <message>
        <source>Report (&amp;PDF)…</source>
        <translation>Bericht (&amp;PDF) …</translation>
    </message>
    <message>
        <source>Insights — Hindsight</source>
        <translation>Auswertungen — Hindsight</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Letzter %n Monat</numerusform>
            <numerusform>Letzte %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Only %1 reviews (none pressed: every severity)</source>
        <translation>Nur %1-Reviews (keiner gedrückt: jeder Schweregrad)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>The period shown as a PDF report; choose a quarter for the quarterly report.</source>
        <translation>Der angezeigte Zeitraum als PDF-Bericht; wählen Sie ein Quartal für den Quartalsbericht.</translation>
    </message>
    <message>
        <source>Right-click to save this chart as PNG or SVG.</source>
        <translation>Rechtsklick speichert dieses Diagramm als PNG oder SVG.</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG speichern …</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n review(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Review&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Reviews&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Median %1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>(%n unknown)</source>
        <translation>
            <numerusform>(%n unbekannt)</numerusform>
            <numerusform>(%n unbekannt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 actions created, %2 done</source>
        <translation>%1 Maßnahmen erstellt, %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) without a start time not counted</source>
        <translation>
            <numerusform>%n Review ohne Beginnzeit nicht gezählt</numerusform>
            <numerusform>%n Reviews ohne Beginnzeit nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews in %1 match. Choose a longer period or fewer filters.</source>
        <translation>Keine Reviews in %1 passen. Wählen Sie einen längeren Zeitraum oder weniger Filter.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg, not “%1”.</source>
        <translation>Speichern Sie das Diagramm als .png oder .svg, nicht als „%1“.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1, %2 · Hindsight</source>
        <translation>%1, %2 · Hindsight</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Diagramm in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Insights %1.pdf</source>
        <translation>Auswertungen %1.pdf</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>hs::LessonsModel</name>
    <message>
        <source>Edit lesson</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
</context>
<context>
    <name>hs::LessonsPage</name>
    <message>
        <source>Add a lesson, then Enter</source>
        <translation>Erkenntnis eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n lesson(s)</source>
        <translation>
            <numerusform>%n Erkenntnis entfernen</numerusform>
            <numerusform>%n Erkenntnisse entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove lesson</source>
        <translation>Erkenntnis entfernen</translation>
    </message>
    <message>
        <source>Notes for the report's appendix</source>
        <translation>Notizen für den Anhang des Berichts</translation>
    </message>
    <message>
        <source>Tick a note to keep it internal: the public version of the report leaves it out.</source>
        <translation>Eine Notiz ankreuzen, um sie intern zu halten: Die öffentliche Fassung des Berichts lässt sie weg.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add a note, then Enter</source>
        <translation>Notiz eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>&amp;Intern</translation>
    </message>
    <message>
        <source>The new note is left out of the public version of the report.</source>
        <translation>Die neue Notiz wird in der öffentlichen Fassung des Berichts weggelassen.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n note(s)</source>
        <translation>
            <numerusform>%n Notiz entfernen</numerusform>
            <numerusform>%n Notizen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
</context>
<context>
    <name>hs::Library</name>
    <message>
        <source>Technology</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”: %2</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No review matches “%1”.</source>
        <translation>Kein Review passt zu „%1“.</translation>
    </message>
    <message>
        <source>Internal error: column %1 cannot be set on %2.</source>
        <translation>Interner Fehler: Die Spalte %1 kann bei %2 nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>The item no longer exists in the library.</source>
        <translation>Der Eintrag ist in der Bibliothek nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 changed this item after you started editing it. Your change was not applied, so nothing of theirs was overwritten.</source>
        <translation>%1 hat diesen Eintrag geändert, nachdem Sie mit der Bearbeitung begonnen haben. Ihre Änderung wurde nicht übernommen, damit nichts von dieser Änderung überschrieben wird.</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>Internal error: column %1 cannot be edited on %2.</source>
        <translation>Interner Fehler: Die Spalte %1 kann bei %2 nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The item was changed by someone else and cannot be restored.</source>
        <translation>Der Eintrag wurde von jemand anderem geändert und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>There is no review template “%1” in this library.</source>
        <translation>In dieser Bibliothek gibt es keine Review-Vorlage „%1“.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The review no longer exists in the library.</source>
        <translation>Das Review ist in der Bibliothek nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The import no longer exists in the library.</source>
        <translation>Der Import ist in der Bibliothek nicht mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviews match “%1”; give the review's id instead.</source>
        <translation>
            <numerusform>%n Review passt zu „%1“; geben Sie stattdessen die ID des Reviews an.</numerusform>
            <numerusform>%n Reviews passen zu „%1“; geben Sie stattdessen die ID des Reviews an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>Die Sicherung „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be read.</source>
        <translation>Die Sicherung „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a backup of a Hindsight library.</source>
        <translation>„%1“ ist keine Sicherung einer Hindsight-Bibliothek.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (%2); the library was left as it is.</source>
        <translation>Die Sicherung „%1“ ist beschädigt (%2); die Bibliothek blieb unverändert.</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>“%1” is a backup of another library; the library was left as it is.</source>
        <translation>„%1“ ist die Sicherung einer anderen Bibliothek; die Bibliothek blieb unverändert.</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer Hindsight; the library was left as it is.</source>
        <translation>Die Sicherung „%1“ stammt von einem neueren Hindsight; die Bibliothek blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not back up the library before restoring: %1</source>
        <translation>Die Bibliothek konnte vor dem Wiederherstellen nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save a copy: “%1” cannot be read as a Hindsight library.</source>
        <translation>Konnte keine Kopie speichern: „%1“ lässt sich nicht als Hindsight-Bibliothek lesen.</translation>
    </message>
    <message>
        <source>A cause was changed by someone else meanwhile; nothing was changed.</source>
        <translation>Eine Ursache wurde inzwischen von jemand anderem geändert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the list.</source>
        <translation>„%1“ ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>“%1” is already in the list. To make one entry of the two, merge “%2” into it.</source>
        <translation>„%1“ ist bereits in der Liste. Um aus beiden einen Eintrag zu machen, führen Sie „%2“ damit zusammen.</translation>
    </message>
    <message>
        <source>An entry cannot be merged into itself.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One of the two entries is no longer in the list.</source>
        <translation>Einer der beiden Einträge ist nicht mehr in der Liste.</translation>
    </message>
</context>
<context>
    <name>hs::LibrarySidebar</name>
    <message>
        <source>Filter reviews</source>
        <translation>Reviews filtern</translation>
    </message>
    <message>
        <source>Show reviews with status</source>
        <translation>Reviews mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Review</numerusform>
            <numerusform>%n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n review(s)</source>
        <translation>
            <numerusform>%1 von %n Review</numerusform>
            <numerusform>%1 von %n Reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Maßnahme</numerusform>
            <numerusform>%n offene Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights across reviews…</source>
        <translation>Auswertungen über alle Reviews …</translation>
    </message>
    <message>
        <source>Trends, recurring factors and actions over all reviews (Ctrl+Shift+I)</source>
        <translation>Trends, wiederkehrende Faktoren und Maßnahmen über alle Reviews (Strg+Umschalt+I)</translation>
    </message>
</context>
<context>
    <name>hs::ListsDialog</name>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Tags, services and categories</source>
        <translation>Schlagwörter, Dienste und Kategorien</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Dienste</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Double-click a name to rename it everywhere it is used. Merging moves every review (or cause) of the selected entry to the one you choose and removes it.</source>
        <translation>Doppelklicken Sie auf einen Namen, um ihn überall umzubenennen, wo er verwendet wird. Zusammenführen überträgt jedes Review (oder jede Ursache) des gewählten Eintrags auf den Eintrag, den Sie wählen, und entfernt ihn.</translation>
    </message>
    <message>
        <source>Entry to merge into</source>
        <translation>Eintrag, mit dem zusammengeführt wird</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Review</numerusform>
            <numerusform>%n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n Ursache</numerusform>
            <numerusform>%n Ursachen</numerusform>
        </translation>
    </message>
    <message>
        <source>unused</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Select an entry to merge or delete it.</source>
        <translation>Wählen Sie einen Eintrag, um ihn zusammenzuführen oder zu löschen.</translation>
    </message>
    <message>
        <source>“%1” is not used by any review; it can be deleted.</source>
        <translation>„%1“ wird von keinem Review verwendet; der Eintrag kann gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n cause(s)</source>
        <translation>
            <numerusform>„%1“ wird von %n Ursache verwendet</numerusform>
            <numerusform>„%1“ wird von %n Ursachen verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n review(s)</source>
        <translation>
            <numerusform>„%1“ wird von %n Review verwendet</numerusform>
            <numerusform>„%1“ wird von %n Reviews verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Merge it into another entry instead of deleting it.</source>
        <translation>%1. Führen Sie den Eintrag mit einem anderen zusammen, statt ihn zu löschen.</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>hs::MainWindow</name>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close library</source>
        <translation>Bibliothek s&amp;chließen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation>&amp;Neues Review…</translation>
    </message>
    <message>
        <source>&amp;Delete review</source>
        <translation>Review &amp;löschen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;Find review</source>
        <translation>Review &amp;suchen</translation>
    </message>
    <message>
        <source>Show &amp;library sidebar</source>
        <translation>&amp;Bibliotheksleiste anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;About Hindsight</source>
        <translation>Ü&amp;ber Hindsight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Keine Bibliothek geöffnet</translation>
    </message>
    <message>
        <source>%1 (read-only) — Hindsight</source>
        <translation>%1 (schreibgeschützt) — Hindsight</translation>
    </message>
    <message>
        <source>%1 — Hindsight</source>
        <translation>%1 — Hindsight</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Automatisch gespeichert</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Delete review “%1”</source>
        <translation>Review „%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo (Ctrl+Z) brings it back.</source>
        <translation>„%1“ wurde gelöscht. Mit Rückgängig (Strg+Z) holen Sie es zurück.</translation>
    </message>
    <message>
        <source>About Hindsight</source>
        <translation>Über Hindsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Blameless post-incident reviews: timeline, five whys, actions and lessons, in one file your team shares.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Reviews nach Vorfällen ohne Schuldzuweisung: Zeitachse, fünf Warum-Fragen, Maßnahmen und Erkenntnisse – in einer Datei, die Ihr Team gemeinsam nutzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hindsight libraries (*.hindsight);;All files (*)</source>
        <translation>Hindsight-Bibliotheken (*.hindsight);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot create library</source>
        <translation>Bibliothek kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>“%1” is the library that is open now; choose another name.</source>
        <translation>„%1“ ist die gerade geöffnete Bibliothek; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A copy cannot replace the library it is made from.</source>
        <translation>Eine Kopie kann nicht die Bibliothek ersetzen, aus der sie erstellt wird.</translation>
    </message>
    <message>
        <source>Saved a copy as %1. You are still working in %2.</source>
        <translation>Kopie als %1 gespeichert. Sie arbeiten weiterhin in %2.</translation>
    </message>
    <message>
        <source>Clear recent libraries</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>&amp;Import chat, paging log or CSV…</source>
        <translation>Chat, Paging-Protokoll oder CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>%1 und %2 aus %3 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in %1: it was imported before.</source>
        <translation>Nichts Neues in %1: es wurde bereits importiert.</translation>
    </message>
    <message>
        <source>Action &amp;tracker</source>
        <translation>Maßnahmen&amp;verfolgung</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Maßnahme</numerusform>
            <numerusform>%n offene Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n Nachprüfung fällig</numerusform>
            <numerusform>%n Nachprüfungen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export review…</source>
        <translation>Review &amp;exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print review…</source>
        <translation>Review &amp;drucken …</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>An export is still being written; try again when it is done.</source>
        <translation>Ein Export wird noch geschrieben; bitte danach erneut versuchen.</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 exportiert (%n Seite).</numerusform>
            <numerusform>%1 exportiert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Print preview failed</source>
        <translation>Druckvorschau fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Previewed %n page(s).</source>
        <translation>
            <numerusform>%n Seite in der Vorschau.</numerusform>
            <numerusform>%n Seiten in der Vorschau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print review</source>
        <translation>Review drucken</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite an %1 gesendet.</numerusform>
            <numerusform>%n Seiten an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This review was changed in another window; it is up to date.</source>
        <translation>Dieses Review wurde in einem anderen Fenster geändert; es ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Updated with changes by %1.</source>
        <translation>Mit Änderungen von %1 aktualisiert.</translation>
    </message>
    <message>
        <source>The library was changed in another window; everything shown was read again.</source>
        <translation>Die Bibliothek wurde in einem anderen Fenster geändert; alles Angezeigte wurde neu gelesen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>user on host</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Also on this review: %1</source>
        <translation>Ebenfalls in diesem Review: %1</translation>
    </message>
    <message>
        <source>Library also open: %1</source>
        <translation>Bibliothek ebenfalls geöffnet: %1</translation>
    </message>
    <message>
        <source>Other Hindsight windows with this library open, seen in the last 30 seconds. Their edits appear here within a second.</source>
        <translation>Andere Hindsight-Fenster mit dieser Bibliothek, in den letzten 30 Sekunden gesehen. Ihre Änderungen erscheinen hier innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>&amp;Import reviews from a file…</source>
        <translation>Reviews aus einer Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Import reviews from a file</source>
        <translation>Reviews aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Cannot import from this file</source>
        <translation>Aus dieser Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>This library already has everything in %1.</source>
        <translation>Diese Bibliothek enthält bereits alles aus %1.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from %1.</source>
        <translation>
            <numerusform>%n Änderung aus %1 importiert.</numerusform>
            <numerusform>%n Änderungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Keine Sicherungen</translation>
    </message>
    <message>
        <source>There are no backups of this library yet. Hindsight makes one each day it is opened, and before converting it to a new format.</source>
        <translation>Von dieser Bibliothek gibt es noch keine Sicherungen. Hindsight legt an jedem Tag, an dem sie geöffnet wird, eine an, und vor der Umstellung auf ein neues Format.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>vor einer Formatumstellung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the library back to how it was at:</source>
        <translation>Die Bibliothek auf den Stand zurücksetzen vom:</translation>
    </message>
    <message>
        <source>Replace everything in this library with the backup from %1? What is there now is backed up first, so this too can be undone by restoring that.</source>
        <translation>Alles in dieser Bibliothek durch die Sicherung vom %1 ersetzen? Der jetzige Stand wird vorher gesichert und lässt sich so ebenfalls wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>path (file system or sync tool)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kept %1’s version.</source>
        <translation>Die Fassung von %1 behalten.</translation>
    </message>
    <message>
        <source>Saved your version.</source>
        <translation>Ihre Fassung gespeichert.</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Discard them…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Discard waiting edits</source>
        <translation>Wartende Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be written to the file yet. Discard them? They cannot be brought back.</source>
        <translation>
            <numerusform>%n Änderung konnte noch nicht in die Datei geschrieben werden. Verwerfen? Sie lässt sich nicht wiederherstellen.</numerusform>
            <numerusform>%n Änderungen konnten noch nicht in die Datei geschrieben werden. Verwerfen? Sie lassen sich nicht wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed this while you were editing it; nothing was overwritten. Choose what to keep.</source>
        <translation>%1 hat dies geändert, während Sie es bearbeitet haben; nichts wurde überschrieben. Wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Every waiting edit is now in the file.</source>
        <translation>Alle wartenden Änderungen sind jetzt in der Datei.</translation>
    </message>
    <message>
        <source>The disk is full or the file cannot grow.</source>
        <translation>Der Datenträger ist voll oder die Datei kann nicht wachsen.</translation>
    </message>
    <message>
        <source>The file is busy: another program or Hindsight window is writing to it.</source>
        <translation>Die Datei ist belegt: Ein anderes Programm oder Hindsight-Fenster schreibt gerade hinein.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept here and saved as soon as the file takes them; nothing is lost.</source>
        <translation>
            <numerusform>%n Änderung wird hier behalten und gespeichert, sobald die Datei sie annimmt; nichts geht verloren.</numerusform>
            <numerusform>%n Änderungen werden hier behalten und gespeichert, sobald die Datei sie annimmt; nichts geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again every few seconds.</source>
        <translation>Neuer Versuch alle paar Sekunden.</translation>
    </message>
    <message>
        <source>Edits not written yet</source>
        <translation>Änderungen noch nicht geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be written because the file is busy or full. Wait and try again, or discard them and close?</source>
        <translation>
            <numerusform>%n Änderung konnte nicht geschrieben werden, weil die Datei belegt oder voll ist. Warten und erneut versuchen oder verwerfen und schließen?</numerusform>
            <numerusform>%n Änderungen konnten nicht geschrieben werden, weil die Datei belegt oder voll ist. Warten und erneut versuchen oder verwerfen und schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecided conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>%n of your edit(s) met someone else's change and are not decided. Save yours over theirs, keep theirs, or go back and look?</source>
        <translation>
            <numerusform>%n Ihrer Änderungen traf auf die Änderung einer anderen Person und ist nicht entschieden. Ihre speichern, deren behalten oder zurück und nachsehen?</numerusform>
            <numerusform>%n Ihrer Änderungen trafen auf Änderungen anderer und sind nicht entschieden. Ihre speichern, deren behalten oder zurück und nachsehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Kopie wird als %1 gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Auswertungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Search all reviews…</source>
        <translation>Alle Reviews &amp;durchsuchen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ta&amp;gs, services and categories…</source>
        <translation>Schlagwörter, Dienste und &amp;Kategorien …</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Meeting &amp;panel</source>
        <translation>Meeting-&amp;Leiste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Presenter &amp;view (two screens)</source>
        <translation>&amp;Referentenansicht (zwei Bildschirme)</translation>
    </message>
    <message>
        <source>&amp;Start or pause the meeting</source>
        <translation>Meeting &amp;starten oder pausieren</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>&amp;Nächste Phase</translation>
    </message>
    <message>
        <source>P&amp;revious stage</source>
        <translation>&amp;Vorherige Phase</translation>
    </message>
    <message>
        <source>&amp;End the meeting</source>
        <translation>Meeting &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>Meeting &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause the meeting</source>
        <translation>Meeting pau&amp;sieren</translation>
    </message>
    <message>
        <source>&amp;Resume the meeting</source>
        <translation>Meeting fort&amp;setzen</translation>
    </message>
    <message>
        <source>Only one screen: showing presentation mode. Connect the room's screen and press Alt+F5 again.</source>
        <translation>Nur ein Bildschirm: Der Präsentationsmodus wird gezeigt. Schließen Sie den Bildschirm des Raums an und drücken Sie erneut Alt+F5.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>That item is no longer in the review; it may have been deleted or hidden by a filter.</source>
        <translation>Dieser Eintrag ist nicht mehr im Review; er wurde vielleicht gelöscht oder durch einen Filter ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>hs::MeetingClock</name>
    <message>
        <source>Stage timer</source>
        <translation>Phasen-Timer</translation>
    </message>
    <message>
        <source>Meeting clock</source>
        <translation>Meeting-Uhr</translation>
    </message>
    <message>
        <source>Previous stage (Alt+Page Up)</source>
        <translation>Vorherige Phase (Alt+Bild auf)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start, pause or resume the meeting (Ctrl+Shift+Space)</source>
        <translation>Meeting starten, pausieren oder fortsetzen (Strg+Umschalt+Leertaste)</translation>
    </message>
    <message>
        <source>Next stage (Alt+Page Down)</source>
        <translation>Nächste Phase (Alt+Bild ab)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the meeting</source>
        <translation>Meeting beenden</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(%1 over)</source>
        <translation>(%1 darüber)</translation>
    </message>
    <message>
        <source>Not started · %1 planned</source>
        <translation>Nicht begonnen · %1 geplant</translation>
    </message>
    <message>
        <source>Ended after %1</source>
        <translation>Beendet nach %1</translation>
    </message>
    <message>
        <source>Meeting %1 of %2</source>
        <translation>Meeting %1 von %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>hs::MeetingController</name>
    <message>
        <source>Meeting log: %1</source>
        <translation>Meeting-Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>hs::MeetingPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Enter on a stage goes to it. F2 renames it or changes its timebox.</source>
        <translation>Eingabe auf einer Phase springt zu ihr. F2 benennt sie um oder ändert ihren Zeitrahmen.</translation>
    </message>
    <message>
        <source>Add a stage after this one: “DNS deep dive, 10”, then Enter</source>
        <translation>Phase nach dieser hinzufügen: „DNS im Detail, 10“, dann Eingabe</translation>
    </message>
    <message>
        <source>Add an agenda stage</source>
        <translation>Agenda-Phase hinzufügen</translation>
    </message>
    <message>
        <source>Prompts for this stage (only you see them)</source>
        <translation>Leitfragen für diese Phase (nur Sie sehen sie)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Park a topic to take elsewhere, then Enter</source>
        <translation>Thema für anderswo im Themenspeicher ablegen, dann Eingabe</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Add to the meeting notes, then Enter</source>
        <translation>Zum Meeting-Protokoll hinzufügen, dann Eingabe</translation>
    </message>
    <message>
        <source>Meeting log</source>
        <translation>Meeting-Protokoll</translation>
    </message>
    <message>
        <source>Add meeting note</source>
        <translation>Meeting-Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Prepared questions</source>
        <translation>Vorbereitete Fragen</translation>
    </message>
    <message>
        <source>Answer the selected question in a line, then Enter</source>
        <translation>Die gewählte Frage in einer Zeile beantworten, dann Eingabe</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Prepare the question for</source>
        <translation>Frage vorbereiten für</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Gewähltes Ereignis</translation>
    </message>
    <message>
        <source>Selected cause</source>
        <translation>Gewählte Ursache</translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>Ganzes Review</translation>
    </message>
    <message>
        <source>Prepare a question, e.g. “What did the dashboard show here?”</source>
        <translation>Frage vorbereiten, z. B. „Was hat das Dashboard hier gezeigt?“</translation>
    </message>
    <message>
        <source>Prepare a question</source>
        <translation>Frage vorbereiten</translation>
    </message>
    <message>
        <source>Tick who is here. Space ticks the selected person.</source>
        <translation>Haken Sie an, wer da ist. Die Leertaste hakt die gewählte Person an.</translation>
    </message>
    <message>
        <source>Add who is here: “Priya Raman, SRE on call”, then Enter</source>
        <translation>Anwesende hinzufügen: „Priya Raman, SRE in Rufbereitschaft“, dann Eingabe</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Attendance (%1 of %2)</source>
        <translation>Anwesenheit (%1 von %2)</translation>
    </message>
    <message>
        <source>Parking lot (%1)</source>
        <translation>Themenspeicher (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Prepared questions for what is on screen: %n open</source>
        <translation>
            <numerusform>Vorbereitete Fragen zum Angezeigten: %n offen</numerusform>
            <numerusform>Vorbereitete Fragen zum Angezeigten: %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already ticked as present.</source>
        <translation>%1 ist bereits als anwesend angehakt.</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>%1 als anwesend markieren</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>%1 zu den Teilnehmenden hinzufügen</translation>
    </message>
    <message>
        <source>Park a topic</source>
        <translation>Thema im Themenspeicher ablegen</translation>
    </message>
    <message>
        <source>Select an event in the timeline first, or prepare the question for the whole review.</source>
        <translation>Wählen Sie zuerst ein Ereignis in der Zeitachse, oder bereiten Sie die Frage für das ganze Review vor.</translation>
    </message>
    <message>
        <source>Select a cause in the root cause tree first, or prepare the question for the whole review.</source>
        <translation>Wählen Sie zuerst eine Ursache im Ursachenbaum, oder bereiten Sie die Frage für das ganze Review vor.</translation>
    </message>
    <message>
        <source>The timebox after the comma is a number of minutes, 0 to 600: “DNS deep dive, 10”.</source>
        <translation>Der Zeitrahmen nach dem Komma ist eine Anzahl Minuten, 0 bis 600: „DNS im Detail, 10“.</translation>
    </message>
    <message>
        <source>Give the stage a title, then a comma and its minutes: “DNS deep dive, 10”.</source>
        <translation>Geben Sie der Phase einen Titel, dann ein Komma und ihre Minuten: „DNS im Detail, 10“.</translation>
    </message>
    <message>
        <source>Add agenda stage</source>
        <translation>Agenda-Phase hinzufügen</translation>
    </message>
    <message>
        <source>Remove agenda stage</source>
        <translation>Agenda-Phase entfernen</translation>
    </message>
</context>
<context>
    <name>hs::MeetingSession</name>
    <message>
        <source>%1 took %2 of %3 (%4 over).</source>
        <translation>%1 dauerte %2 von %3 (%4 darüber).</translation>
    </message>
    <message>
        <source>%1 took %2 of %3.</source>
        <translation>%1 dauerte %2 von %3.</translation>
    </message>
    <message>
        <source>%1 took %2.</source>
        <translation>%1 dauerte %2.</translation>
    </message>
    <message numerus="yes">
        <source>Meeting started with %1 (%n min planned).</source>
        <translation>
            <numerusform>Meeting mit %1 begonnen (%n Min. geplant).</numerusform>
            <numerusform>Meeting mit %1 begonnen (%n Min. geplant).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused during %1 at %2.</source>
        <translation>Pausiert während %1 bei %2.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 Now: %2.</source>
        <translation>%1 Jetzt: %2.</translation>
    </message>
    <message>
        <source>%1 Meeting ended after %2 (%3 planned).</source>
        <translation>%1 Meeting nach %2 beendet (%3 geplant).</translation>
    </message>
</context>
<context>
    <name>hs::Merge</name>
    <message numerus="yes">
        <source>%n conflict(s) have no choice yet; nothing was merged.</source>
        <translation>
            <numerusform>Für %n Konflikt ist noch keine Wahl getroffen; nichts wurde zusammengeführt.</numerusform>
            <numerusform>Für %n Konflikte ist noch keine Wahl getroffen; nichts wurde zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is this library itself; choose another file to merge from.</source>
        <translation>„%1“ ist diese Bibliothek selbst; bitte eine andere Datei zum Zusammenführen wählen.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2), so it cannot be merged. Restore it from a backup first.</source>
        <translation>„%1“ ist beschädigt (%2) und kann nicht zusammengeführt werden. Zuerst aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>“%1” has no file id, so it is not a complete Hindsight library and cannot be merged.</source>
        <translation>„%1“ hat keine Datei-ID; es ist keine vollständige Hindsight-Bibliothek und kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>“%1” is this library under another name (a backup or a plain file copy), not a draft made from it, so there is nothing to merge. Drafts made with “Save a copy as” can be merged back.</source>
        <translation>„%1“ ist diese Bibliothek unter anderem Namen (eine Sicherung oder eine einfache Dateikopie), kein daraus gemachter Entwurf; es gibt nichts zusammenzuführen. Mit „Kopie speichern unter“ erstellte Entwürfe lassen sich zurückführen.</translation>
    </message>
    <message>
        <source>“%1” is in an older file format and could not be copied for reading: %2</source>
        <translation>„%1“ hat ein älteres Dateiformat und konnte zum Lesen nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>— from the draft —</source>
        <translation>— aus dem Entwurf —</translation>
    </message>
    <message>
        <source>“%1” was replaced by another file since the merge was planned; plan again.</source>
        <translation>„%1“ wurde seit der Planung des Zusammenführens durch eine andere Datei ersetzt; bitte neu planen.</translation>
    </message>
    <message>
        <source>This library cannot take a merge: %1</source>
        <translation>Diese Bibliothek kann nichts aufnehmen: %1</translation>
    </message>
    <message>
        <source>The draft cannot be read: %1</source>
        <translation>Der Entwurf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The draft cannot be merged: its table %1 does not match this Hindsight (%2).</source>
        <translation>Der Entwurf kann nicht zusammengeführt werden: Seine Tabelle %1 passt nicht zu diesem Hindsight (%2).</translation>
    </message>
    <message>
        <source>The draft has no review with the id %1.</source>
        <translation>Der Entwurf hat kein Review mit der ID %1.</translation>
    </message>
    <message>
        <source>This library cannot be read: %1</source>
        <translation>Diese Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 row %2 belongs to another review here; left as it is.</source>
        <translation>%1 Zeile %2 gehört hier zu einem anderen Review; unverändert gelassen.</translation>
    </message>
    <message>
        <source>Both versions can only be kept for text, not for %1.</source>
        <translation>Beide Fassungen lassen sich nur bei Text behalten, nicht bei %1.</translation>
    </message>
    <message>
        <source>The library changed while merging; nothing was merged. Try again.</source>
        <translation>Die Bibliothek hat sich beim Zusammenführen geändert; nichts wurde zusammengeführt. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>hs::MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Import reviews from %1</source>
        <translation>Reviews aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: new here, %n row(s) copied</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: hier neu, %n Zeile kopiert</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: hier neu, %n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 added, %3 updated, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 hinzugefügt, %3 aktualisiert, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed both here and in the draft since they parted. Choose what to keep for each; nothing is written until you press Merge.</source>
        <translation>Seit der Trennung hier und im Entwurf geändert. Für jeden Eintrag wählen, was bleiben soll; geschrieben wird erst mit „Zusammenführen“.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>In the draft</source>
        <translation>Im Entwurf</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(hier gelöscht)</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>(deleted in the draft)</source>
        <translation>(im Entwurf gelöscht)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>The draft's</source>
        <translation>Die des Entwurfs</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Alle &amp;meine</translation>
    </message>
    <message>
        <source>All the &amp;draft's</source>
        <translation>Alle des &amp;Entwurfs</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Ereignis der Zeitachse</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>hs::Migrator</name>
    <message>
        <source>no update step from format %1 to %2</source>
        <translation>kein Aktualisierungsschritt von Format %1 auf %2</translation>
    </message>
</context>
<context>
    <name>hs::NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation>Neues Review</translation>
    </message>
    <message>
        <source>e.g. Checkout errors after certificate rotation</source>
        <translation>z. B. Checkout-Fehler nach Zertifikatswechsel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Create review</source>
        <translation>Review erstellen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Vorlage</translation>
    </message>
</context>
<context>
    <name>hs::NotesModel</name>
    <message>
        <source>Internal: left out of the public version of the report.
%1</source>
        <translation>Intern: in der öffentlichen Fassung des Berichts weggelassen.
%1</translation>
    </message>
    <message>
        <source>In every version of the report.
%1</source>
        <translation>In jeder Fassung des Berichts.
%1</translation>
    </message>
    <message>
        <source>Mark note internal</source>
        <translation>Notiz als intern markieren</translation>
    </message>
    <message>
        <source>Mark note public</source>
        <translation>Notiz als öffentlich markieren</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>hs::OpenError</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Hindsight library.</source>
        <translation>„%1“ ist ein Ordner, keine Hindsight-Bibliothek.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes) and holds no library. It may have been cut short while copying; look for the original or a backup.</source>
        <translation>„%1“ ist leer (0 Byte) und enthält keine Bibliothek. Möglicherweise wurde die Datei beim Kopieren abgeschnitten; suchen Sie nach dem Original oder einer Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is not a Hindsight library: it is not an SQLite database at all.</source>
        <translation>„%1“ ist keine Hindsight-Bibliothek: Die Datei ist überhaupt keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (application id 0x%2), not a Hindsight library. Hindsight did not change it.</source>
        <translation>„%1“ ist eine SQLite-Datenbank einer anderen Anwendung (Anwendungs-ID 0x%2), keine Hindsight-Bibliothek. Hindsight hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a Hindsight library. Hindsight did not change it.</source>
        <translation>„%1“ ist eine SQLite-Datenbank einer anderen Anwendung, keine Hindsight-Bibliothek. Hindsight hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Hindsight (file format %2; this version reads up to %3). Update Hindsight to open it.</source>
        <translation>„%1“ wurde von einer neueren Hindsight-Version geschrieben (Dateiformat %2; diese Version liest bis Format %3). Aktualisieren Sie Hindsight, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program that is writing to it. Try again in a moment.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt, das gerade hineinschreibt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot create the library “%1”: %2</source>
        <translation>Die Bibliothek „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not update “%1” to the current file format: %2. The file was left as it was.</source>
        <translation>„%1“ konnte nicht auf das aktuelle Dateiformat aktualisiert werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not back up “%1” before updating its format: %2. The file was left as it was.</source>
        <translation>Vor der Aktualisierung des Formats konnte keine Sicherung von „%1“ angelegt werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
    </message>
</context>
<context>
    <name>hs::OverviewPage</name>
    <message>
        <source>Review title</source>
        <translation>Titel des Reviews</translation>
    </message>
    <message>
        <source>Title of the review</source>
        <translation>Titel des Reviews</translation>
    </message>
    <message>
        <source>A review needs a title; the previous title was kept.</source>
        <translation>Ein Review braucht einen Titel; der bisherige Titel wurde beibehalten.</translation>
    </message>
    <message>
        <source>Rename review</source>
        <translation>Review umbenennen</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Re&amp;ferenz</translation>
    </message>
    <message>
        <source>e.g. INC-2026-0412</source>
        <translation>z. B. INC-2026-0412</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>M&amp;oderator/in</translation>
    </message>
    <message>
        <source>Times in this review are shown and entered in this time zone.</source>
        <translation>Zeiten in diesem Review werden in dieser Zeitzone angezeigt und eingegeben.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Zeitzo&amp;ne</translation>
    </message>
    <message>
        <source>Services affected, separated by commas</source>
        <translation>Betroffene Dienste, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>D&amp;ienste</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Key times</source>
        <translation>Wichtige Zeitpunkte</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>JJJJ-MM-TT hh:mm</translation>
    </message>
    <message>
        <source>%1 at</source>
        <translation>%1 um</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Add a person: name, role — then Enter</source>
        <translation>Person hinzufügen: Name, Rolle – dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>“%1” is not a date and time Hindsight can read. Write it like %2 (in %3).</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe, die Hindsight lesen kann. Schreiben Sie sie wie %2 (in %3).</translation>
    </message>
    <message>
        <source>Set time %1</source>
        <translation>Zeitpunkt „%1“ setzen</translation>
    </message>
    <message>
        <source>Change services</source>
        <translation>Dienste ändern</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Hindsight knows; choose one from the list, such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die Hindsight kennt; wählen Sie eine aus der Liste, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>%1 zu den Teilnehmenden hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person entfernen</numerusform>
            <numerusform>%n teilnehmende Personen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>%1 aus den Teilnehmenden entfernen</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
</context>
<context>
    <name>hs::ParticipantsModel</name>
    <message>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>%1 als anwesend markieren</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>%1 als abwesend markieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>hs::PdfFile</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hs::PresentationWindow</name>
    <message>
        <source>Hindsight — presentation</source>
        <translation>Hindsight — Präsentation</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus zoom, Ctrl+0 resets; Ctrl+Shift+H switches high contrast.</source>
        <translation>Strg+Plus und Strg+Minus zoomen, Strg+0 setzt zurück; Strg+Umschalt+H schaltet den hohen Kontrast um.</translation>
    </message>
    <message>
        <source>How we talk about this incident</source>
        <translation>Wie wir über diesen Vorfall sprechen</translation>
    </message>
    <message>
        <source>We are here to learn how this happened, not to find someone to blame.</source>
        <translation>Wir sind hier, um zu verstehen, wie es dazu kam, nicht um Schuldige zu finden.</translation>
    </message>
    <message>
        <source>Everyone did what made sense with what they knew at the time.</source>
        <translation>Alle haben getan, was mit ihrem damaligen Wissen sinnvoll war.</translation>
    </message>
    <message>
        <source>We describe what happened and what made it likely, not who should have done what.</source>
        <translation>Wir beschreiben, was geschah und was es begünstigt hat, nicht, wer was hätte tun sollen.</translation>
    </message>
    <message>
        <source>Every view is welcome, “I don’t know” included. One conversation at a time.</source>
        <translation>Jede Sicht ist willkommen, auch „Ich weiß es nicht“. Immer nur ein Gespräch zur Zeit.</translation>
    </message>
    <message>
        <source>Topics for another day go to the parking lot.</source>
        <translation>Themen für einen anderen Tag kommen in den Themenspeicher.</translation>
    </message>
    <message>
        <source>We finish with actions that have owners and dates.</source>
        <translation>Wir schließen mit Maßnahmen, die Verantwortliche und Termine haben.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n min</source>
        <translation>
            <numerusform>%1 — %n Min.</numerusform>
            <numerusform>%1 — %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>Anwesend: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>hs::Prompts</name>
    <message>
        <source>We are here to learn how this incident became possible, not to find someone to blame.</source>
        <translation>Wir sind hier, um zu verstehen, wie dieser Vorfall möglich wurde, nicht um Schuldige zu finden.</translation>
    </message>
    <message>
        <source>Everyone acted in good faith with what they knew at the time; hindsight makes the path look clearer than it was.</source>
        <translation>Alle haben nach bestem Wissen und Gewissen gehandelt; im Rückblick wirkt der Weg klarer, als er war.</translation>
    </message>
    <message>
        <source>Say what you saw, expected and did. “I don’t know” and “I wasn’t sure” are useful answers.</source>
        <translation>Sagen Sie, was Sie gesehen, erwartet und getan haben. „Ich weiß es nicht“ und „Ich war mir nicht sicher“ sind nützliche Antworten.</translation>
    </message>
    <message>
        <source>Whose view is missing from this room, and how do we hear it?</source>
        <translation>Wessen Sicht fehlt in diesem Raum, und wie hören wir sie?</translation>
    </message>
    <message>
        <source>What did you expect to happen at this point?</source>
        <translation>Was haben Sie an dieser Stelle erwartet?</translation>
    </message>
    <message>
        <source>What were you looking at just then: which dashboard, alert or message?</source>
        <translation>Worauf haben Sie in dem Moment geschaut: welches Dashboard, welchen Alarm, welche Nachricht?</translation>
    </message>
    <message>
        <source>What made this look like the right action at the time?</source>
        <translation>Was ließ diese Handlung damals richtig erscheinen?</translation>
    </message>
    <message>
        <source>What else was going on for you: other pages, other work, the time of day?</source>
        <translation>Was war sonst bei Ihnen los: andere Alarmierungen, andere Arbeit, die Tageszeit?</translation>
    </message>
    <message>
        <source>Where did you look first, and what led you there?</source>
        <translation>Wo haben Sie zuerst nachgesehen, und was hat Sie dorthin geführt?</translation>
    </message>
    <message>
        <source>Who did you talk to, and what did you learn from them?</source>
        <translation>Mit wem haben Sie gesprochen, und was haben Sie dabei erfahren?</translation>
    </message>
    <message>
        <source>What surprised you?</source>
        <translation>Was hat Sie überrascht?</translation>
    </message>
    <message>
        <source>What conditions made it possible for this to happen?</source>
        <translation>Welche Bedingungen haben es möglich gemacht, dass dies geschah?</translation>
    </message>
    <message>
        <source>What would have had to be different for this not to become an incident?</source>
        <translation>Was hätte anders sein müssen, damit daraus kein Vorfall wird?</translation>
    </message>
    <message>
        <source>Where did our tools or processes make the work harder than it needed to be?</source>
        <translation>Wo haben unsere Werkzeuge oder Prozesse die Arbeit schwerer gemacht als nötig?</translation>
    </message>
    <message>
        <source>Are we settling on one cause too early? What else contributed?</source>
        <translation>Legen wir uns zu früh auf eine Ursache fest? Was hat noch beigetragen?</translation>
    </message>
    <message>
        <source>Has something like this happened before? What was different then?</source>
        <translation>Ist so etwas schon einmal passiert? Was war damals anders?</translation>
    </message>
    <message>
        <source>What limited the impact, and could we count on it next time?</source>
        <translation>Was hat die Auswirkungen begrenzt, und können wir uns beim nächsten Mal darauf verlassen?</translation>
    </message>
    <message>
        <source>Which of these would most reduce the chance or the impact next time?</source>
        <translation>Was davon würde die Wahrscheinlichkeit oder die Auswirkungen beim nächsten Mal am stärksten verringern?</translation>
    </message>
    <message>
        <source>Does this action change the system, or only ask people to be more careful?</source>
        <translation>Ändert diese Maßnahme das System, oder verlangt sie nur mehr Vorsicht von Menschen?</translation>
    </message>
    <message>
        <source>Who will own this, and when can it realistically be done?</source>
        <translation>Wer übernimmt die Verantwortung, und bis wann ist es realistisch umsetzbar?</translation>
    </message>
    <message>
        <source>How will we know that this action worked?</source>
        <translation>Woran werden wir erkennen, dass diese Maßnahme gewirkt hat?</translation>
    </message>
    <message>
        <source>What went well that we should keep doing on purpose?</source>
        <translation>Was lief gut, das wir bewusst beibehalten sollten?</translation>
    </message>
    <message>
        <source>Where did we get lucky?</source>
        <translation>Wo hatten wir Glück?</translation>
    </message>
    <message>
        <source>What did you learn about the system that you did not know before?</source>
        <translation>Was haben Sie über das System gelernt, das Sie vorher nicht wussten?</translation>
    </message>
    <message>
        <source>What should other teams hear about this?</source>
        <translation>Was sollten andere Teams darüber erfahren?</translation>
    </message>
    <message>
        <source>Is there anything we did not get to that someone wants to say?</source>
        <translation>Gibt es noch etwas, wozu wir nicht gekommen sind und das jemand sagen möchte?</translation>
    </message>
    <message>
        <source>What goes to the parking lot, and who takes it where?</source>
        <translation>Was kommt in den Themenspeicher, und wer trägt es wohin?</translation>
    </message>
    <message>
        <source>How did this review feel? What would make the next one better?</source>
        <translation>Wie hat sich dieses Review angefühlt? Was würde das nächste besser machen?</translation>
    </message>
    <message>
        <source>Type a name, and the role after a comma: “Priya Raman, SRE on call”.</source>
        <translation>Geben Sie einen Namen ein und nach einem Komma die Rolle: „Priya Raman, SRE in Rufbereitschaft“.</translation>
    </message>
    <message>
        <source>The name comes first, then a comma and the role: “Priya Raman, SRE on call”.</source>
        <translation>Zuerst kommt der Name, dann ein Komma und die Rolle: „Priya Raman, SRE in Rufbereitschaft“.</translation>
    </message>
    <message numerus="yes">
        <source>That name is longer than %n characters; put the role after a comma.</source>
        <translation>
            <numerusform>Dieser Name ist länger als %n Zeichen; setzen Sie die Rolle hinter ein Komma.</numerusform>
            <numerusform>Dieser Name ist länger als %n Zeichen; setzen Sie die Rolle hinter ein Komma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That role is longer than %n characters; keep it to a few words.</source>
        <translation>
            <numerusform>Diese Rolle ist länger als %n Zeichen; beschränken Sie sie auf wenige Wörter.</numerusform>
            <numerusform>Diese Rolle ist länger als %n Zeichen; beschränken Sie sie auf wenige Wörter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::PromptsBox</name>
    <message>
        <source>Facilitator prompts for this stage</source>
        <translation>Leitfragen der Moderation für diese Phase</translation>
    </message>
    <message>
        <source>Add a prompt for this stage, then Enter</source>
        <translation>Leitfrage für diese Phase hinzufügen, dann Eingabe</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Leitfrage hinzufügen</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>Leitfrage hinzufügen</translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation>Leitfrage entfernen</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Leitfrage bearbeiten</translation>
    </message>
</context>
<context>
    <name>hs::QuestionsModel</name>
    <message>
        <source>For the selected event: %1</source>
        <translation>Zum gewählten Ereignis: %1</translation>
    </message>
    <message>
        <source>For the selected cause: %1</source>
        <translation>Zur gewählten Ursache: %1</translation>
    </message>
    <message>
        <source>For the whole review: %1</source>
        <translation>Zum ganzen Review: %1</translation>
    </message>
    <message>
        <source>Mark question answered</source>
        <translation>Frage als beantwortet markieren</translation>
    </message>
    <message>
        <source>Reopen question</source>
        <translation>Frage wieder öffnen</translation>
    </message>
    <message>
        <source>Edit prepared question</source>
        <translation>Vorbereitete Frage bearbeiten</translation>
    </message>
    <message>
        <source>Answer prepared question</source>
        <translation>Vorbereitete Frage beantworten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>hs::QuickEntry</name>
    <message>
        <source>Type a time such as 14:32, 14:32:10, +5m, 2026-04-14 14:32 or ISO 8601.</source>
        <translation>Geben Sie eine Zeit ein, etwa 14:32, 14:32:10, +5m, 2026-04-14 14:32 oder ISO 8601.</translation>
    </message>
    <message>
        <source>The time is missing.</source>
        <translation>Die Zeit fehlt.</translation>
    </message>
    <message>
        <source>“%1” is relative, but there is no earlier event or incident start to count from. Type a clock time such as 14:32.</source>
        <translation>„%1“ ist relativ, aber es gibt kein früheres Ereignis und keinen Vorfallbeginn, von dem aus gezählt werden kann. Geben Sie eine Uhrzeit wie 14:32 ein.</translation>
    </message>
    <message>
        <source>“%1” is not a time.</source>
        <translation>„%1“ ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>Type a time and what happened, e.g. “14:32 alert checkout latency page fired”.</source>
        <translation>Geben Sie eine Zeit und das Geschehene ein, z. B. „14:32 alert Checkout-Latenz-Alarm ausgelöst“.</translation>
    </message>
    <message>
        <source>Say what happened after the time, e.g. “%1 alert checkout latency page fired”.</source>
        <translation>Beschreiben Sie nach der Zeit, was geschah, z. B. „%1 alert Checkout-Latenz-Alarm ausgelöst“.</translation>
    </message>
</context>
<context>
    <name>hs::ReadOnlyReason</name>
    <message>
        <source>Opened read-only as requested.</source>
        <translation>Wie gewünscht schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Read-only: you do not have permission to change this file.</source>
        <translation>Schreibgeschützt: Sie haben keine Berechtigung, diese Datei zu ändern.</translation>
    </message>
    <message>
        <source>Read-only: the folder holding this file cannot be written, and Hindsight needs to write a journal file next to it to save changes safely.</source>
        <translation>Schreibgeschützt: In den Ordner dieser Datei kann nicht geschrieben werden, Hindsight muss daneben aber eine Journaldatei anlegen, um Änderungen sicher zu speichern.</translation>
    </message>
    <message>
        <source>Read-only: this file was written by a newer Hindsight (file format %1). You can read and export it; update Hindsight to change it.</source>
        <translation>Schreibgeschützt: Diese Datei wurde von einer neueren Hindsight-Version geschrieben (Dateiformat %1). Sie können sie lesen und exportieren; aktualisieren Sie Hindsight, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Read-only: the file failed its integrity check (%1). You can read and export what is there; restore it from a backup to change it.</source>
        <translation>Schreibgeschützt: Die Datei hat die Integritätsprüfung nicht bestanden (%1). Sie können den vorhandenen Inhalt lesen und exportieren; stellen Sie die Datei aus einer Sicherung wieder her, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>hs::RecurringPanel</name>
    <message>
        <source>This has happened before</source>
        <translation>Das ist schon einmal passiert</translation>
    </message>
    <message>
        <source>No other review shares two or more contributing factors, services or tags with this one yet.</source>
        <translation>Noch kein anderes Review hat zwei oder mehr beitragende Faktoren, Dienste oder Schlagwörter mit diesem gemeinsam.</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) before: earlier reviews share two or more contributing factors, services or tags with this one.</source>
        <translation>
            <numerusform>Schon %n-mal vorgekommen: Ein früheres Review hat zwei oder mehr beitragende Faktoren, Dienste oder Schlagwörter mit diesem gemeinsam.</numerusform>
            <numerusform>Schon %n-mal vorgekommen: Frühere Reviews haben zwei oder mehr beitragende Faktoren, Dienste oder Schlagwörter mit diesem gemeinsam.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier review shares two or more contributing factors, services or tags with this one.</source>
        <translation>Kein früheres Review hat zwei oder mehr beitragende Faktoren, Dienste oder Schlagwörter mit diesem gemeinsam.</translation>
    </message>
    <message numerus="yes">
        <source>%n later review(s) do.</source>
        <translation>
            <numerusform>%n späteres Review schon.</numerusform>
            <numerusform>%n spätere Reviews schon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open review %1</source>
        <translation>Review %1 öffnen</translation>
    </message>
    <message>
        <source>Open this review</source>
        <translation>Dieses Review öffnen</translation>
    </message>
    <message>
        <source>shares %1</source>
        <translation>gemeinsam: %1</translation>
    </message>
</context>
<context>
    <name>hs::RecurringPatternQuery</name>
    <message>
        <source>contributing factor</source>
        <translation>beitragender Faktor</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Could not look for similar reviews: %1</source>
        <translation>Ähnliche Reviews konnten nicht gesucht werden: %1</translation>
    </message>
</context>
<context>
    <name>hs::Report</name>
    <message>
        <source>Written with Hindsight, blameless post-incident reviews.</source>
        <translation>Erstellt mit Hindsight, schuldfreie Post-Incident-Reviews.</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Öffentliche Fassung</translation>
    </message>
    <message>
        <source>%1 · public version</source>
        <translation>%1 · öffentliche Fassung</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Post-incident review · exported %1 with Hindsight</source>
        <translation>Post-Incident-Review · exportiert am %1 mit Hindsight</translation>
    </message>
    <message>
        <source>The printer or file has no usable page size.</source>
        <translation>Der Drucker oder die Datei hat kein brauchbares Seitenformat.</translation>
    </message>
    <message>
        <source>Could not start drawing on the printer or file.</source>
        <translation>Das Zeichnen auf den Drucker oder in die Datei konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Could not start page %1.</source>
        <translation>Seite %1 konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The printer or file did not accept the pages.</source>
        <translation>Der Drucker oder die Datei hat die Seiten nicht angenommen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmer %1</translation>
    </message>
    <message>
        <source>Post-incident review: %1</source>
        <translation>Post-Incident-Review: %1</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Review ohne Titel</translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation>Post-Incident-Review</translation>
    </message>
    <message>
        <source>Post-incident review · %1</source>
        <translation>Post-Incident-Review · %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status des Reviews</translation>
    </message>
    <message>
        <source>Incident started</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>participant (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>Key times and metrics</source>
        <translation>Schlüsselzeiten und Kennzahlen</translation>
    </message>
    <message>
        <source>No key times recorded yet: mark events as milestones on the timeline.</source>
        <translation>Noch keine Schlüsselzeiten: Ereignisse auf der Zeitachse als Meilensteine markieren.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to acknowledge (after detection)</source>
        <translation>Zeit bis zur Bestätigung (nach der Erkennung)</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Keine Ereignisse erfasst.</translation>
    </message>
    <message>
        <source>The incident over time: events by kind, key times as lines.</source>
        <translation>Der Vorfall im Zeitverlauf: Ereignisse nach Art, Schlüsselzeiten als Linien.</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Suspected trigger</source>
        <translation>Vermuteter Auslöser</translation>
    </message>
    <message>
        <source>Evidence: timeline at %1</source>
        <translation>Belege: Zeitachse um %1</translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation>Ursachenanalyse</translation>
    </message>
    <message>
        <source>No causes recorded.</source>
        <translation>Keine Ursachen erfasst.</translation>
    </message>
    <message>
        <source>Five whys: the problem on the left, its causes to the right.</source>
        <translation>Fünf Warum: links das Problem, rechts seine Ursachen.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>No cause is marked as a root cause or contributing factor yet.</source>
        <translation>Noch keine Ursache ist als Grundursache oder beitragender Faktor markiert.</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>No transcript was imported.</source>
        <translation>Es wurde kein Transkript importiert.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Questions answered in the meeting</source>
        <translation>Im Meeting beantwortete Fragen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>The whole review</source>
        <translation>Das ganze Review</translation>
    </message>
</context>
<context>
    <name>hs::ReviewListDelegate</name>
    <message>
        <source>review overdue since %1</source>
        <translation>Review überfällig seit %1</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>hs::ReviewListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Open now by %1</source>
        <translation>Gerade geöffnet von %1</translation>
    </message>
</context>
<context>
    <name>hs::ReviewWorkspace</name>
    <message>
        <source>Choose a review on the left, or create one with Review ▸ New review (Ctrl+N).</source>
        <translation>Wählen Sie links ein Review aus oder erstellen Sie eines mit Review ▸ Neues Review (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Root cause</source>
        <translation>&amp;Ursachenanalyse</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>hs::RootCausePage</name>
    <message>
        <source>New cause</source>
        <translation>Neue Ursache</translation>
    </message>
    <message>
        <source>A cause beside the selected one (Enter)</source>
        <translation>Eine Ursache neben der gewählten (Eingabe)</translation>
    </message>
    <message>
        <source>Ask why</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>A cause under the selected one (Tab)</source>
        <translation>Eine Ursache unter der gewählten (Tab)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected cause and those under it (Del)</source>
        <translation>Die gewählte Ursache und alle darunter entfernen (Entf)</translation>
    </message>
    <message>
        <source>Export diagram…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save the diagram as SVG or PNG</source>
        <translation>Das Diagramm als SVG oder PNG speichern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the diagram (0)</source>
        <translation>Das Diagramm einpassen (0)</translation>
    </message>
    <message>
        <source>Export the causes diagram</source>
        <translation>Das Ursachendiagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved the diagram to %1.</source>
        <translation>Diagramm in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot export the diagram</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Problem:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>hs::Search</name>
    <message>
        <source>The library could not be searched: %1</source>
        <translation>Die Bibliothek konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>This library was written by an older Hindsight and has no search index yet. Open it once for writing (in the window) to add one.</source>
        <translation>Diese Bibliothek wurde von einer älteren Hindsight-Version geschrieben und hat noch keinen Suchindex. Öffnen Sie sie einmal zum Schreiben (im Fenster), um einen anzulegen.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>hs::SearchPanel</name>
    <message>
        <source>Search all reviews</source>
        <translation>Alle Reviews durchsuchen</translation>
    </message>
    <message>
        <source>Words are found anywhere in a review: titles, overview, timeline, causes, actions, lessons and notes. "Quoted words" must appear together.</source>
        <translation>Wörter werden überall in einem Review gefunden: Titel, Übersicht, Zeitachse, Ursachen, Maßnahmen, Erkenntnisse und Notizen. "Wörter in Anführungszeichen" müssen zusammen vorkommen.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n matches among the most recent; add a word to narrow them.</source>
        <translation>
            <numerusform>%n bester Treffer unter den neuesten; fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die %n besten Treffer unter den neuesten; fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n review(s)</source>
        <translation>
            <numerusform>in %n Review</numerusform>
            <numerusform>in %n Reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1, %n match(es)</source>
        <translation>
            <numerusform>%1, %n Treffer</numerusform>
            <numerusform>%1, %n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind · section title</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: text</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hs::Template</name>
    <message>
        <source>The template is not valid JSON: %1</source>
        <translation>Die Vorlage ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The template has no key or no name.</source>
        <translation>Die Vorlage hat keinen Schlüssel oder keinen Namen.</translation>
    </message>
    <message>
        <source>A section of template “%1” has no key or title.</source>
        <translation>Ein Abschnitt der Vorlage „%1“ hat keinen Schlüssel oder keinen Titel.</translation>
    </message>
</context>
<context>
    <name>hs::Time</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
</context>
<context>
    <name>hs::TimelineChart</name>
    <message>
        <source>Timeline chart</source>
        <translation>Zeitachsen-Diagramm</translation>
    </message>
    <message>
        <source>Events on a time axis. Mouse wheel zooms, drag pans, double-click shows everything.</source>
        <translation>Ereignisse auf einer Zeitachse. Mausrad zoomt, Ziehen verschiebt, Doppelklick zeigt alles.</translation>
    </message>
    <message>
        <source>Undetected</source>
        <translation>Unentdeckt</translation>
    </message>
    <message>
        <source>Responding</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 silent</source>
        <translation>%1 Stille</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n earlier</source>
        <translation>
            <numerusform>◀ %n früheres</numerusform>
            <numerusform>◀ %n frühere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later ▶</source>
        <translation>
            <numerusform>%n späteres ▶</numerusform>
            <numerusform>%n spätere ▶</numerusform>
        </translation>
    </message>
    <message>
        <source>No events on the timeline yet</source>
        <translation>Noch keine Ereignisse auf der Zeitachse</translation>
    </message>
</context>
<context>
    <name>hs::TimelineDelegate</name>
    <message>
        <source>14:32, +5m or 2026-04-14 14:32</source>
        <translation>14:32, +5m oder 2026-04-14 14:32</translation>
    </message>
</context>
<context>
    <name>hs::TimelineModel</name>
    <message>
        <source>Milestone: %1</source>
        <translation>Meilenstein: %1</translation>
    </message>
    <message>
        <source>Suspected trigger: %1</source>
        <translation>Vermuteter Auslöser: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript message(s) back this event</source>
        <translation>
            <numerusform>%n Transkript-Nachricht belegt dieses Ereignis</numerusform>
            <numerusform>%n Transkript-Nachrichten belegen dieses Ereignis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Change time of “%1”</source>
        <translation>Zeit von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change kind of “%1”</source>
        <translation>Art von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change who in “%1”</source>
        <translation>Wer in „%1“ ändern</translation>
    </message>
    <message>
        <source>An event needs a text; delete it instead if it should go.</source>
        <translation>Ein Ereignis braucht einen Text; löschen Sie es stattdessen, wenn es weg soll.</translation>
    </message>
    <message>
        <source>Edit event text</source>
        <translation>Ereignistext bearbeiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>hs::TimelinePage</name>
    <message>
        <source>&amp;Kinds ▾</source>
        <translation>&amp;Arten ▾</translation>
    </message>
    <message>
        <source>Show or hide kinds of event</source>
        <translation>Ereignisarten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Mark as ▾</source>
        <translation>&amp;Markieren als ▾</translation>
    </message>
    <message>
        <source>Mark the selected event as a milestone (the key times follow) or as the suspected trigger</source>
        <translation>Das gewählte Ereignis als Meilenstein (die Schlüsselzeiten folgen) oder als vermuteten Auslöser markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>Die gewählten Ereignisse löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import a chat export, paging log or CSV into this review</source>
        <translation>Einen Chat-Export, ein Paging-Protokoll oder eine CSV-Datei in dieses Review importieren</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitachse</translation>
    </message>
    <message>
        <source>Add an event: 14:32 alert checkout latency page fired — then Enter (↑ edits the last one)</source>
        <translation>Ereignis hinzufügen: 14:32 alert Checkout-Latenz-Alarm ausgelöst — dann Eingabe (↑ bearbeitet das letzte)</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Schnelleingabe</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Not a milestone</source>
        <translation>Kein Meilenstein</translation>
    </message>
    <message>
        <source>Suspected trigger</source>
        <translation>Vermuteter Auslöser</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Show the incident, start to resolution (0)</source>
        <translation>Den Vorfall zeigen, vom Beginn bis zur Behebung (0)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show every event, also long before or after (A)</source>
        <translation>Alle Ereignisse zeigen, auch lange davor oder danach (A)</translation>
    </message>
    <message>
        <source>Select one event in the timeline to attach the messages to.</source>
        <translation>Wählen Sie in der Zeitachse ein Ereignis, dem die Nachrichten zugeordnet werden sollen.</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Entdeckung</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Add event “%1”</source>
        <translation>Ereignis „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Added at %1 as %2.</source>
        <translation>Hinzugefügt um %1 als %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmark milestone</source>
        <translation>Meilenstein aufheben</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>No longer the suspected trigger</source>
        <translation>Nicht mehr der vermutete Auslöser</translation>
    </message>
    <message>
        <source>Mark as suspected trigger</source>
        <translation>Als vermuteten Auslöser markieren</translation>
    </message>
    <message numerus="yes">
        <source>Promote %n message(s) to events</source>
        <translation>
            <numerusform>%n Nachricht zum Ereignis machen</numerusform>
            <numerusform>%n Nachrichten zu Ereignissen machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added from the transcript.</source>
        <translation>
            <numerusform>%n Ereignis aus dem Transkript hinzugefügt.</numerusform>
            <numerusform>%n Ereignisse aus dem Transkript hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>That event is no longer in the timeline.</source>
        <translation>Dieses Ereignis ist nicht mehr in der Zeitachse.</translation>
    </message>
    <message>
        <source>Those messages already back this event.</source>
        <translation>Diese Nachrichten belegen dieses Ereignis bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n message(s) as evidence</source>
        <translation>
            <numerusform>%n Nachricht als Beleg zuordnen</numerusform>
            <numerusform>%n Nachrichten als Beleg zuordnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/in</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>hs::TranscriptPane</name>
    <message>
        <source>Only the selected event's evidence</source>
        <translation>Nur die Belege des gewählten Ereignisses</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Transkript durchsuchen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>&amp;Promote to event</source>
        <translation>Zum &amp;Ereignis machen</translation>
    </message>
    <message>
        <source>Make the selected messages timeline events (P)</source>
        <translation>Die gewählten Nachrichten zu Ereignissen der Zeitachse machen (P)</translation>
    </message>
    <message>
        <source>Attach as e&amp;vidence</source>
        <translation>Als &amp;Beleg zuordnen</translation>
    </message>
    <message>
        <source>Cite the selected messages as evidence for the selected event (E)</source>
        <translation>Die gewählten Nachrichten als Beleg für das gewählte Ereignis anführen (E)</translation>
    </message>
    <message>
        <source>No transcript yet. Import the incident channel (Slack export, chat log, CSV) or a paging log with Review ▸ Import, and its messages appear here as evidence to build the timeline from.</source>
        <translation>Noch kein Transkript. Importieren Sie den Vorfallkanal (Slack-Export, Chat-Protokoll, CSV) oder ein Paging-Protokoll über Review ▸ Importieren; die Nachrichten erscheinen dann hier als Belege, aus denen Sie die Zeitachse aufbauen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transkript&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 von %n Nachricht</numerusform>
            <numerusform>%1 von %n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::Vocabulary</name>
    <message>
        <source>SEV1 – critical</source>
        <translation>SEV1 – kritisch</translation>
    </message>
    <message>
        <source>SEV2 – major</source>
        <translation>SEV2 – schwerwiegend</translation>
    </message>
    <message>
        <source>SEV3 – minor</source>
        <translation>SEV3 – geringfügig</translation>
    </message>
    <message>
        <source>SEV4 – low</source>
        <translation>SEV4 – niedrig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Follow-up complete</source>
        <translation>Nacharbeit abgeschlossen</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Manuell eingegeben</translation>
    </message>
    <message>
        <source>Chat import</source>
        <translation>Chat-Import</translation>
    </message>
    <message>
        <source>Paging import</source>
        <translation>Paging-Import</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Beitragender Faktor</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Vorbeugen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>P1 – urgent</source>
        <translation>P1 – dringend</translation>
    </message>
    <message>
        <source>P2 – important</source>
        <translation>P2 – wichtig</translation>
    </message>
    <message>
        <source>P3 – when possible</source>
        <translation>P3 – bei Gelegenheit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won't do</source>
        <translation>Wird nicht umgesetzt</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Root cause analysis</source>
        <translation>Ursachenanalyse</translation>
    </message>
    <message>
        <source>Meeting log</source>
        <translation>Meeting-Protokoll</translation>
    </message>
</context>
<context>
    <name>hs::WhyDiagram</name>
    <message>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>ROOT CAUSE</source>
        <translation>GRUNDURSACHE</translation>
    </message>
</context>
<context>
    <name>hs::WhyDiagramView</name>
    <message>
        <source>Causes diagram</source>
        <translation>Ursachendiagramm</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>hs::WhyNodePanel</name>
    <message>
        <source>Link &amp;events…</source>
        <translation>&amp;Ereignisse verknüpfen …</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Create &amp;action from this cause</source>
        <translation>&amp;Maßnahme aus dieser Ursache erstellen</translation>
    </message>
    <message>
        <source>Notes: what the room said, what to check</source>
        <translation>Notizen: was gesagt wurde, was zu prüfen ist</translation>
    </message>
    <message>
        <source>Double-click to see the event in the timeline</source>
        <translation>Doppelklick zeigt das Ereignis in der Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Einordnung</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Evidence from the timeline</source>
        <translation>Belege aus der Zeitachse</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Kategorie festlegen</translation>
    </message>
    <message>
        <source>(a cause not yet written)</source>
        <translation>(eine noch nicht formulierte Ursache)</translation>
    </message>
    <message>
        <source>Choose a cause to see its notes and evidence.</source>
        <translation>Wählen Sie eine Ursache, um ihre Notizen und Belege zu sehen.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message numerus="yes">
        <source>%n linked event(s) were deleted from the timeline; undo the deletion to bring the link back.</source>
        <translation>
            <numerusform>%n verknüpftes Ereignis wurde aus der Zeitachse gelöscht; machen Sie das Löschen rückgängig, um die Verknüpfung zurückzuholen.</numerusform>
            <numerusform>%n verknüpfte Ereignisse wurden aus der Zeitachse gelöscht; machen Sie das Löschen rückgängig, um die Verknüpfungen zurückzuholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link timeline events to “%1”</source>
        <translation>Ereignisse der Zeitachse mit „%1“ verknüpfen</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse suchen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>Link %n event(s) as evidence</source>
        <translation>
            <numerusform>%n Ereignis als Beleg verknüpfen</numerusform>
            <numerusform>%n Ereignisse als Beleg verknüpfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n event(s)</source>
        <translation>
            <numerusform>Verknüpfung zu %n Ereignis lösen</numerusform>
            <numerusform>Verknüpfungen zu %n Ereignissen lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Angehen: %1</translation>
    </message>
    <message>
        <source>Create action from “%1”</source>
        <translation>Maßnahme aus „%1“ erstellen</translation>
    </message>
    <message>
        <source>Action item created and linked to this cause; it is on the Actions tab.</source>
        <translation>Maßnahme erstellt und mit dieser Ursache verknüpft; sie steht im Reiter Maßnahmen.</translation>
    </message>
    <message>
        <source>Edit the list…</source>
        <translation>Liste bearbeiten …</translation>
    </message>
</context>
<context>
    <name>hs::WhyOutline</name>
    <message>
        <source>Causes outline</source>
        <translation>Ursachengliederung</translation>
    </message>
</context>
<context>
    <name>hs::WhyOutlineDelegate</name>
    <message>
        <source>Why did this happen? Enter: next cause · Tab: ask why · Esc: cancel</source>
        <translation>Warum geschah das? Eingabe: nächste Ursache · Tab: warum? · Esc: abbrechen</translation>
    </message>
</context>
<context>
    <name>hs::WhyTreeModel</name>
    <message>
        <source>(say why)</source>
        <translation>(warum?)</translation>
    </message>
    <message>
        <source>Why %1: %2</source>
        <translation>Warum %1: %2</translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message numerus="yes">
        <source>%n linked event(s) were deleted from the timeline</source>
        <translation>
            <numerusform>%n verknüpftes Ereignis wurde aus der Zeitachse gelöscht</numerusform>
            <numerusform>%n verknüpfte Ereignisse wurden aus der Zeitachse gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>Ursache bearbeiten</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Ursache hinzufügen</translation>
    </message>
    <message>
        <source>Ask why</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Move cause</source>
        <translation>Ursache verschieben</translation>
    </message>
    <message>
        <source>Remove empty cause</source>
        <translation>Leere Ursache entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and %n cause(s) below it</source>
        <translation>
            <numerusform>„%1“ und %n Ursache darunter entfernen</numerusform>
            <numerusform>„%1“ und %n Ursachen darunter entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::WordingHintLabel</name>
    <message>
        <source>“%1”: %2 &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>„%1“: %2 &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n weiterer)</numerusform>
            <numerusform>(%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Blameless wording: a hint, not a rule. Describe what happened and what made it likely.</source>
        <translation>Schuldfreie Formulierung: ein Hinweis, keine Regel. Beschreiben Sie, was geschah und was es wahrscheinlich machte.</translation>
    </message>
</context>
<context>
    <name>hs::WriteResult</name>
    <message>
        <source>The library file is busy: another program is writing to it. Your change was not saved yet.</source>
        <translation>Die Bibliotheksdatei ist belegt: Ein anderes Programm schreibt gerade hinein. Ihre Änderung wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; the file itself is unharmed.</source>
        <translation>Der Datenträger ist voll, daher konnte die Änderung nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Datei selbst ist unbeschädigt.</translation>
    </message>
    <message>
        <source>The library file cannot be written (it is read-only).</source>
        <translation>In die Bibliotheksdatei kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>hs::cli</name>
    <message>
        <source>Prints what a Hindsight library holds, without opening a window.</source>
        <translation>Zeigt an, was eine Hindsight-Bibliothek enthält, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>The library file (.hindsight).</source>
        <translation>Die Bibliotheksdatei (.hindsight).</translation>
    </message>
    <message>
        <source>hindsight info: name exactly one library file, e.g. hindsight info team.hindsight</source>
        <translation>hindsight info: Geben Sie genau eine Bibliotheksdatei an, z. B. hindsight info team.hindsight</translation>
    </message>
    <message>
        <source>hindsight info: %1</source>
        <translation>hindsight info: %1</translation>
    </message>
    <message>
        <source>File:         %1</source>
        <translation>Datei:         %1</translation>
    </message>
    <message>
        <source>Format:       Hindsight library, file format %1 (this Hindsight reads up to %2)</source>
        <translation>Format:        Hindsight-Bibliothek, Dateiformat %1 (diese Version liest bis Format %2)</translation>
    </message>
    <message>
        <source>File id:      %1</source>
        <translation>Datei-ID:      %1</translation>
    </message>
    <message>
        <source>Created by:   %1</source>
        <translation>Erstellt von:  %1</translation>
    </message>
    <message>
        <source>Reviews:      %1</source>
        <translation>Reviews:       %1</translation>
    </message>
    <message>
        <source>Access:       read and write</source>
        <translation>Zugriff:       Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Access:       read-only</source>
        <translation>Zugriff:       nur Lesen</translation>
    </message>
    <message>
        <source>hindsight: unknown command “%1”</source>
        <translation>hindsight: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Adds a chat export, paging log or CSV file to a review: messages go to its transcript, structured records (pages, acknowledgements, resolutions) to its timeline. Importing the same file again adds nothing.</source>
        <translation>Fügt einem Review einen Chat-Export, ein Paging-Protokoll oder eine CSV-Datei hinzu: Nachrichten kommen ins Transkript, strukturierte Einträge (Alarme, Bestätigungen, Behebungen) in die Zeitachse. Ein erneuter Import derselben Datei fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>The file, or for Slack the export or channel folder.</source>
        <translation>Die Datei, bei Slack der Export- oder Kanalordner.</translation>
    </message>
    <message>
        <source>The review's id or title; a title that matches no review creates one.</source>
        <translation>ID oder Titel des Reviews; ein Titel, zu dem es kein Review gibt, legt eines an.</translation>
    </message>
    <message>
        <source>csv, slack, pagerduty or chat.</source>
        <translation>csv, slack, pagerduty oder chat.</translation>
    </message>
    <message>
        <source>Slack: the channel, when PATH is the export's top folder.</source>
        <translation>Slack: der Kanal, wenn PFAD der oberste Ordner des Exports ist.</translation>
    </message>
    <message>
        <source>For times without an offset (CSV, chat); default: the review's time zone.</source>
        <translation>Für Zeiten ohne Versatz (CSV, Chat); Vorgabe: die Zeitzone des Reviews.</translation>
    </message>
    <message>
        <source>Chat: the day of lines that have only a time (YYYY-MM-DD).</source>
        <translation>Chat: der Tag für Zeilen, die nur eine Uhrzeit haben (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Show people as their roles instead of their names.</source>
        <translation>Personen mit ihren Rollen statt ihren Namen zeigen.</translation>
    </message>
    <message>
        <source>CSV: the time column (name or 1-based number).</source>
        <translation>CSV: die Zeitspalte (Name oder Nummer ab 1).</translation>
    </message>
    <message>
        <source>CSV: the author column.</source>
        <translation>CSV: die Autorenspalte.</translation>
    </message>
    <message>
        <source>CSV: the text column.</source>
        <translation>CSV: die Textspalte.</translation>
    </message>
    <message>
        <source>CSV: the event kind column.</source>
        <translation>CSV: die Spalte mit der Ereignisart.</translation>
    </message>
    <message>
        <source>CSV: rows become timeline events, not messages.</source>
        <translation>CSV: Zeilen werden Ereignisse der Zeitachse, keine Nachrichten.</translation>
    </message>
    <message>
        <source>hindsight import: %1</source>
        <translation>hindsight import: %1</translation>
    </message>
    <message>
        <source>hindsight import: usage: hindsight import LIBRARY --review ID-or-title --format csv|slack|pagerduty|chat PATH</source>
        <translation>hindsight import: Aufruf: hindsight import BIBLIOTHEK --review ID-oder-Titel --format csv|slack|pagerduty|chat PFAD</translation>
    </message>
    <message>
        <source>hindsight import: “%1” is not a format; use csv, slack, pagerduty or chat.</source>
        <translation>hindsight import: „%1“ ist kein Format; verwenden Sie csv, slack, pagerduty oder chat.</translation>
    </message>
    <message>
        <source>hindsight import: “%1” does not exist.</source>
        <translation>hindsight import: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>hindsight import: “%1” is not a time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>hindsight import: „%1“ ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>hindsight import: “%1” is not a date; use YYYY-MM-DD.</source>
        <translation>hindsight import: „%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>hindsight import: %1: %2</source>
        <translation>hindsight import: %1: %2</translation>
    </message>
    <message>
        <source>hindsight import: the CSV file has no column “%1”; its columns are: %2</source>
        <translation>hindsight import: die CSV-Datei hat keine Spalte „%1“; ihre Spalten sind: %2</translation>
    </message>
    <message>
        <source>hindsight import: nothing was imported.</source>
        <translation>hindsight import: es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Created the review “%1”.</source>
        <translation>Review „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3 into “%4”.</source>
        <translation>%1 und %2 aus %3 in „%4“ importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already there and were left out.</source>
        <translation>
            <numerusform>%n Eintrag war bereits vorhanden und wurde ausgelassen.</numerusform>
            <numerusform>%n Einträge waren bereits vorhanden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the action items of a library, soonest due first.</source>
        <translation>Gibt die Maßnahmen einer Bibliothek aus, die am frühesten fälligen zuerst.</translation>
    </message>
    <message>
        <source>Only open actions past their due date.</source>
        <translation>Nur offene Maßnahmen nach ihrem Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Only actions whose owner matches NAME.</source>
        <translation>Nur Maßnahmen, deren Verantwortliche/r zu NAME passt.</translation>
    </message>
    <message>
        <source>Only actions with this status: open, in_progress, done, wont_do (repeatable).</source>
        <translation>Nur Maßnahmen mit diesem Status: open, in_progress, done, wont_do (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only open and in-progress actions.</source>
        <translation>Nur offene und laufende Maßnahmen.</translation>
    </message>
    <message>
        <source>md (default) or csv.</source>
        <translation>md (Vorgabe) oder csv.</translation>
    </message>
    <message>
        <source>hindsight actions: %1</source>
        <translation>hindsight actions: %1</translation>
    </message>
    <message>
        <source>hindsight actions: usage: hindsight actions LIBRARY [--overdue] [--owner NAME] [--format csv|md]</source>
        <translation>hindsight actions: Aufruf: hindsight actions BIBLIOTHEK [--overdue] [--owner NAME] [--format csv|md]</translation>
    </message>
    <message>
        <source>hindsight actions: “%1” is not a format; use md or csv.</source>
        <translation>hindsight actions: „%1“ ist kein Format; verwenden Sie md oder csv.</translation>
    </message>
    <message>
        <source>hindsight actions: “%1” is not a status; use open, in_progress, done or wont_do.</source>
        <translation>hindsight actions: „%1“ ist kein Status; verwenden Sie open, in_progress, done oder wont_do.</translation>
    </message>
    <message>
        <source>hindsight %1: %2</source>
        <translation>hindsight %1: %2</translation>
    </message>
    <message>
        <source>Writes one review as a PDF, Markdown or HTML report.</source>
        <translation>Schreibt ein Review als PDF-, Markdown- oder HTML-Bericht.</translation>
    </message>
    <message>
        <source>The review: its id (or at least its first 8 characters), or its exact title.</source>
        <translation>Das Review: seine ID (oder mindestens ihre ersten 8 Zeichen) oder sein genauer Titel.</translation>
    </message>
    <message>
        <source>pdf, md or html (default: from the output file's name).</source>
        <translation>pdf, md oder html (Standard: nach dem Namen der Ausgabedatei).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>The public version: leaves out notes marked internal.</source>
        <translation>Die öffentliche Fassung: lässt als intern markierte Notizen weg.</translation>
    </message>
    <message>
        <source>Replace participants' names by their roles.</source>
        <translation>Namen der Teilnehmenden durch ihre Rollen ersetzen.</translation>
    </message>
    <message>
        <source>Add the imported transcript as an appendix.</source>
        <translation>Das importierte Transkript als Anhang anfügen.</translation>
    </message>
    <message>
        <source>a4 (default) or letter (PDF only).</source>
        <translation>a4 (Standard) oder letter (nur PDF).</translation>
    </message>
    <message>
        <source>usage: hindsight export LIBRARY --review ID-or-title --format pdf|md|html [--public] [--roles] [--transcript] -o FILE</source>
        <translation>Aufruf: hindsight export BIBLIOTHEK --review ID-oder-Titel --format pdf|md|html [--public] [--roles] [--transcript] -o DATEI</translation>
    </message>
    <message>
        <source>hindsight export: %1</source>
        <translation>hindsight export: %1</translation>
    </message>
    <message>
        <source>hindsight export: “%1” is not a format; use pdf, md or html.</source>
        <translation>hindsight export: „%1“ ist kein Format; pdf, md oder html verwenden.</translation>
    </message>
    <message>
        <source>hindsight export: say --format pdf, md or html (the output name does not tell).</source>
        <translation>hindsight export: --format pdf, md oder html angeben (der Name der Ausgabe verrät es nicht).</translation>
    </message>
    <message>
        <source>hindsight export: “%1” is not a page size; use a4 or letter.</source>
        <translation>hindsight export: „%1“ ist kein Seitenformat; a4 oder letter verwenden.</translation>
    </message>
    <message>
        <source>hindsight export: cannot write “%1”: %2</source>
        <translation>hindsight export: „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>hindsight export: the review could not be read.</source>
        <translation>hindsight export: Das Review konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Lists the reviews of a library, most recently changed first.</source>
        <translation>Listet die Reviews einer Bibliothek auf, die zuletzt geänderten zuerst.</translation>
    </message>
    <message>
        <source>hindsight list: %1</source>
        <translation>hindsight list: %1</translation>
    </message>
    <message>
        <source>hindsight list: usage: hindsight list LIBRARY</source>
        <translation>hindsight list: Aufruf: hindsight list BIBLIOTHEK</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s).</source>
        <translation>
            <numerusform>%n Review.</numerusform>
            <numerusform>%n Reviews.</numerusform>
        </translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(behalten)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>New review %1 “%2”: %n row(s) to add</source>
        <translation>
            <numerusform>Neues Review %1 „%2“: %n Zeile hinzuzufügen</numerusform>
            <numerusform>Neues Review %1 „%2“: %n Zeilen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Review %1 “%2”:</source>
        <translation>Review %1 „%2“:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n Zeile hinzuzufügen</numerusform>
            <numerusform>%n Zeilen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels to create: %1</source>
        <translation>Anzulegende Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Categories to create: %1</source>
        <translation>Anzulegende Kategorien: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Conflicts (changed here and in the draft):</source>
        <translation>Konflikte (hier und im Entwurf geändert):</translation>
    </message>
    <message>
        <source>deleted here; the draft changed %1</source>
        <translation>hier gelöscht; der Entwurf änderte %1</translation>
    </message>
    <message>
        <source>deleted in the draft; changed here: %1</source>
        <translation>im Entwurf gelöscht; hier geändert: %1</translation>
    </message>
    <message>
        <source>here:  %1</source>
        <translation>hier:     %1</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>Brings the reviews of a draft (another Hindsight library, e.g. a copy worked on offline) into a library: new reviews are copied, changes made only in the draft are taken, changes made only here are kept. Merging the same draft again changes nothing.</source>
        <translation>Übernimmt die Reviews eines Entwurfs (einer anderen Hindsight-Bibliothek, etwa einer offline bearbeiteten Kopie) in eine Bibliothek: Neue Reviews werden kopiert, nur im Entwurf gemachte Änderungen übernommen, nur hier gemachte behalten. Derselbe Entwurf ein zweites Mal ändert nichts.</translation>
    </message>
    <message>
        <source>The library to merge into (.hindsight).</source>
        <translation>Die Bibliothek, in die zusammengeführt wird (.hindsight).</translation>
    </message>
    <message>
        <source>The draft to merge from (.hindsight); it is only read.</source>
        <translation>Der Entwurf, aus dem zusammengeführt wird (.hindsight); er wird nur gelesen.</translation>
    </message>
    <message>
        <source>Only this review of the draft (repeatable).</source>
        <translation>Nur dieses Review des Entwurfs (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Print what would change; write nothing.</source>
        <translation>Ausgeben, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Settle every conflict: theirs (the draft's version) or mine (this library's).</source>
        <translation>Jeden Konflikt entscheiden: theirs (die Fassung des Entwurfs) oder mine (die dieser Bibliothek).</translation>
    </message>
    <message>
        <source>hindsight merge: %1</source>
        <translation>hindsight merge: %1</translation>
    </message>
    <message>
        <source>hindsight merge: usage: hindsight merge LIBRARY DRAFT [--review ID]... [--dry-run] [--take theirs|mine]</source>
        <translation>hindsight merge: Aufruf: hindsight merge BIBLIOTHEK ENTWURF [--review ID]... [--dry-run] [--take theirs|mine]</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to merge: the library already has everything in the draft.</source>
        <translation>Nichts zusammenzuführen: Die Bibliothek enthält bereits alles aus dem Entwurf.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from %1.</source>
        <translation>
            <numerusform>%n Änderung aus %1 übernommen.</numerusform>
            <numerusform>%n Änderungen aus %1 übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hindsight merge: %n conflict(s) to decide; nothing was written. Choose a side for all of them with --take theirs or --take mine.</source>
        <translation>
            <numerusform>hindsight merge: %n Konflikt zu entscheiden; nichts wurde geschrieben. Mit --take theirs oder --take mine für alle eine Seite wählen.</numerusform>
            <numerusform>hindsight merge: %n Konflikte zu entscheiden; nichts wurde geschrieben. Mit --take theirs oder --take mine für alle eine Seite wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands (run without a window):
  info FILE        print the file format, review count and access of a library
  import LIBRARY --review ID-or-title --format csv|slack|pagerduty|chat PATH
                   add a chat export, paging log or CSV to a review's transcript and
                   timeline (a review with a new title is created)
  actions LIBRARY [--overdue] [--owner NAME] [--open] [--format csv|md]
                   print the action items, soonest due first
  list LIBRARY     print the reviews: id, severity, status, start, incident, title
  export LIBRARY --review ID-or-title --format pdf|md|html [--public] [--roles]
                 [--transcript] [--page-size a4|letter] -o FILE
                   write a review as a report
  merge LIBRARY DRAFT [--review ID]... [--dry-run] [--take theirs|mine]
                   bring the reviews of a draft library into LIBRARY; prints the
                   plan and any conflicts
  insights LIBRARY [--quarter 2026Q3 | --from DATE --to DATE | --months N]
                 [--severity SEV1]... [--service NAME] [--tag TAG] [-o FILE.pdf]
                   cross-review figures: a summary, or a PDF report with -o
  search LIBRARY QUERY [--limit N]
                   find words in every review: review, kind, item and the text
                   around the match, the matched words between **

Exit status: 0 success, 1 the file could not be used, 2 bad arguments,
3 (info) the library can only be read, 4 (merge) conflicts to decide,
nothing written, 5 (search) nothing matched.
</source>
        <translation>Befehle (laufen ohne Fenster):
  info DATEI       Dateiformat, Anzahl der Reviews und Zugriff einer Bibliothek ausgeben
  import BIBLIOTHEK --review ID-oder-Titel --format csv|slack|pagerduty|chat PFAD
                   einen Chat-Export, ein Paging-Protokoll oder eine CSV-Datei dem
                   Transkript und der Zeitachse eines Reviews hinzufügen (ein Review
                   mit neuem Titel wird angelegt)
  actions BIBLIOTHEK [--overdue] [--owner NAME] [--open] [--format csv|md]
                   die Maßnahmen ausgeben, die am frühesten fälligen zuerst
  list BIBLIOTHEK  die Reviews ausgeben: ID, Schweregrad, Status, Beginn, Vorfall, Titel
  export BIBLIOTHEK --review ID-oder-Titel --format pdf|md|html [--public] [--roles]
                 [--transcript] [--page-size a4|letter] -o DATEI
                   ein Review als Bericht schreiben
  merge BIBLIOTHEK ENTWURF [--review ID]... [--dry-run] [--take theirs|mine]
                   die Reviews einer Entwurfsbibliothek in BIBLIOTHEK übernehmen; gibt
                   den Plan und etwaige Konflikte aus
  insights BIBLIOTHEK [--quarter 2026Q3 | --from DATUM --to DATUM | --months N]
                 [--severity SEV1]... [--service NAME] [--tag TAG] [-o DATEI.pdf]
                   Kennzahlen über alle Reviews: eine Zusammenfassung oder mit -o
                   ein PDF-Bericht
  search BIBLIOTHEK ANFRAGE [--limit N]
                   Wörter in allen Reviews finden: Review, Art, Eintrag und der Text
                   um den Treffer, die gefundenen Wörter zwischen **

Exit-Status: 0 Erfolg, 1 die Datei konnte nicht verwendet werden, 2 ungültige Argumente,
3 (info) die Bibliothek kann nur gelesen werden, 4 (merge) Konflikte zu entscheiden,
nichts geschrieben, 5 (search) keine Treffer.
</translation>
    </message>
    <message>
        <source>Insights, %1 (%2 to %3), %4</source>
        <translation>Auswertungen, %1 (%2 bis %3), %4</translation>
    </message>
    <message>
        <source>Reviews: %1 (%2 without a start time, not counted)</source>
        <translation>Reviews: %1 (%2 ohne Beginnzeit, nicht gezählt)</translation>
    </message>
    <message>
        <source>Median %1: %2 (%3 unknown)</source>
        <translation>Median %1: %2 (%3 unbekannt)</translation>
    </message>
    <message>
        <source>month	reviews	detect	mitigate	resolve	actions created	done	overdue at end</source>
        <translation>Monat	Reviews	Erkennen	Eindämmen	Beheben	Maßnahmen erstellt	erledigt	überfällig am Ende</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>The cross-review insights of a period: a PDF report with -o, else a summary.</source>
        <translation>Die Auswertungen über alle Reviews eines Zeitraums: mit -o ein PDF-Bericht, sonst eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>A quarter, e.g. 2026Q3.</source>
        <translation>Ein Quartal, z. B. 2026Q3.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Erster Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Letzter Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The last N months (default 12).</source>
        <translation>Die letzten N Monate (Vorgabe 12).</translation>
    </message>
    <message>
        <source>Only this severity, e.g. SEV1 (repeatable).</source>
        <translation>Nur dieser Schweregrad, z. B. SEV1 (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only reviews of this service.</source>
        <translation>Nur Reviews dieses Dienstes.</translation>
    </message>
    <message>
        <source>Only reviews with this tag.</source>
        <translation>Nur Reviews mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE.</source>
        <translation>Den Bericht als PDF in DATEI schreiben.</translation>
    </message>
    <message>
        <source>hindsight insights: %1</source>
        <translation>hindsight insights: %1</translation>
    </message>
    <message>
        <source>hindsight insights: usage: hindsight insights LIBRARY [--quarter 2026Q3 | --from DATE --to DATE | --months N] [-o FILE.pdf]</source>
        <translation>hindsight insights: Aufruf: hindsight insights BIBLIOTHEK [--quarter 2026Q3 | --from DATUM --to DATUM | --months N] [-o DATEI.pdf]</translation>
    </message>
    <message>
        <source>hindsight insights: choose one of --quarter, --from/--to and --months.</source>
        <translation>hindsight insights: Wählen Sie eines von --quarter, --from/--to und --months.</translation>
    </message>
    <message>
        <source>hindsight insights: give both --from and --to as dates like 2026-07-01.</source>
        <translation>hindsight insights: Geben Sie --from und --to beide als Datum wie 2026-07-01 an.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>hindsight insights: --months takes a number of months, 1 or more.</source>
        <translation>hindsight insights: --months erwartet eine Anzahl Monate, 1 oder mehr.</translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>letzter %n Monat</numerusform>
            <numerusform>letzte %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>hindsight insights: “%1” is not a severity; use SEV1 to SEV4.</source>
        <translation>hindsight insights: „%1“ ist kein Schweregrad; verwenden Sie SEV1 bis SEV4.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n review(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Review).</numerusform>
            <numerusform>%1 geschrieben (%n Reviews).</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches the text of every review: titles, incident references, overview sections, timeline events, causes, actions, lessons and notes. Words are matched as typed (the last one also as a prefix); "quoted words" match as a phrase.</source>
        <translation>Durchsucht den Text jedes Reviews: Titel, Vorfallreferenzen, Abschnitte der Übersicht, Ereignisse der Zeitachse, Ursachen, Maßnahmen, Erkenntnisse und Notizen. Wörter werden wie eingegeben gesucht (das letzte auch als Wortanfang); "Wörter in Anführungszeichen" werden als Wortgruppe gesucht.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Die zu suchenden Wörter.</translation>
    </message>
    <message>
        <source>At most N matches (default 50).</source>
        <translation>Höchstens N Treffer (Vorgabe 50).</translation>
    </message>
    <message>
        <source>hindsight search: %1</source>
        <translation>hindsight search: %1</translation>
    </message>
    <message>
        <source>hindsight search: usage: hindsight search LIBRARY QUERY [--limit N]</source>
        <translation>hindsight search: Aufruf: hindsight search BIBLIOTHEK ANFRAGE [--limit N]</translation>
    </message>
    <message>
        <source>hindsight search: “%1” is not a number of matches; give a whole number from 1.</source>
        <translation>hindsight search: „%1“ ist keine Trefferzahl; geben Sie eine ganze Zahl ab 1 an.</translation>
    </message>
    <message>
        <source>hindsight search: “%1” has no words to search for.</source>
        <translation>hindsight search: „%1“ enthält keine Wörter, nach denen gesucht werden kann.</translation>
    </message>
    <message>
        <source>So many items match that only the most recently written ones and the best titles were ranked; add a word to narrow the search.</source>
        <translation>So viele Einträge passen, dass nur die zuletzt geschriebenen und die besten Titel eingestuft wurden; fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n review(s).</source>
        <translation>
            <numerusform>in %n Review.</numerusform>
            <numerusform>in %n Reviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hindsight: blameless post-incident reviews.

%1</source>
        <translation>Hindsight: Reviews nach Vorfällen ohne Schuldzuweisung.

%1</translation>
    </message>
    <message>
        <source>A library to open (.hindsight); without it, the default library.</source>
        <translation>Die zu öffnende Bibliothek (.hindsight); ohne Angabe die Standardbibliothek.</translation>
    </message>
    <message>
        <source>hindsight: open one library at a time.</source>
        <translation>hindsight: Öffnen Sie jeweils nur eine Bibliothek.</translation>
    </message>
</context>
</TS>
