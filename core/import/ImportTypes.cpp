#include "import/ImportTypes.h"

#include <QCoreApplication>
#include <QDir>

namespace hs {

QString ImportProblem::toString() const
{
    const QString where = QDir::toNativeSeparators(file);
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(where).arg(line).arg(message);
    if (!record.isEmpty())
        return QStringLiteral("%1 (%2): %3").arg(where, record, message);
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

} // namespace hs
