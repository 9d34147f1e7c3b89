#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hs::cli {

// Shared by the headless commands.
QString tr(const char* text);
QTextStream& out();
QTextStream& err();

int importCommand(const QStringList& args);
int actionsCommand(const QStringList& args);

} // namespace hs::cli
