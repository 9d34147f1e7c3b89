#pragma once

#include <QStringList>

namespace hs::cli {

// Exit codes of the headless commands.
enum ExitCode {
    Ok = 0,
    Failed = 1,    // the file could not be opened or the command could not do its work
    Usage = 2,     // bad arguments
    ReadOnly = 3,  // `info`: the library opened, but only for reading (the reason is printed)
    Conflicts = 4, // `merge`: conflicts to decide and no --take given; nothing was written
    NoMatches = 5, // `search`: the library was searched and nothing matched
};

// True if args (without the program name) start with a headless command; those run without
// a window and without a display.
bool isCommand(const QStringList& args);
// True for the commands that lay out text (export): they need a QGuiApplication for fonts, which
// runs on the offscreen platform, still without a display.
bool needsFonts(const QStringList& args);
// Runs a headless command; needs a QCoreApplication (a QGuiApplication when needsFonts).
int run(const QStringList& args);
QString usage();

} // namespace hs::cli
