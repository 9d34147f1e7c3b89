#pragma once

#include <QStringList>

namespace hs::cli {

// Exit codes of the headless commands.
enum ExitCode {
    Ok = 0,
    Failed = 1,    // the file could not be opened or the command could not do its work
    Usage = 2,     // bad arguments
    ReadOnly = 3,  // `info`: the library opened, but only for reading (the reason is printed)
};

// True if args (without the program name) start with a headless command; those run without
// a window and without a display.
bool isCommand(const QStringList& args);
// Runs a headless command; needs a QCoreApplication.
int run(const QStringList& args);
QString usage();

} // namespace hs::cli
