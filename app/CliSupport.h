#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hs::cli {

// Shared by the headless commands.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);
QTextStream& out();
QTextStream& err();

int importCommand(const QStringList& args);
int actionsCommand(const QStringList& args);
int exportCommand(const QStringList& args);
int listCommand(const QStringList& args);
int mergeCommand(const QStringList& args);
int insightsCommand(const QStringList& args);
int searchCommand(const QStringList& args);

} // namespace hs::cli
