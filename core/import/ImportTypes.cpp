#include "import/ImportTypes.h"

#include <QCoreApplication>

namespace hs {

QString ImportProblem::toString() const
{
    // The "file:line: message" form is what editors and terminals turn into a jump to the line.
    QString where = file;
    if (line > 0 && file.isEmpty())
        where = QCoreApplication::translate("hs::Import", "line %1").arg(line);
    else if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    else if (!record.isEmpty())
        where += where.isEmpty() ? record : QStringLiteral(" (") + record + QLatin1Char(')');
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace hs
