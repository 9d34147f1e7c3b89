#pragma once

#include "import/ImportTypes.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hs::test {

// A temporary folder for one test, removed afterwards.
std::unique_ptr<QTemporaryDir> tempDir();
// Writes bytes to a file, replacing it.
bool writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// Runs sqlite3-level SQL on a file without Hindsight's checks (to build odd files for tests).
bool rawExec(const QString& path, const QString& sql, QString* error = nullptr);
QString rawScalar(const QString& path, const QString& sql);

// A Slack-like import of count messages a second apart from Priya Raman, each with its own
// external id in channel (tests of imports, change logging and merging).
ImportResult generatedChat(int count, const QString& channel = QStringLiteral("C9"));

// A small tmpfs mount, for read-only and disk-full cases (root ignores permission bits).
// Returns an empty string when mounting is not possible here; tests then skip.
class TmpfsMount
{
public:
    explicit TmpfsMount(const QString& sizeSpec = QStringLiteral("256k"));
    ~TmpfsMount();
    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir ? m_dir->path() : QString(); }
    bool remountReadOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_mounted = false;
};

} // namespace hs::test
