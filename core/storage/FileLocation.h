#pragma once

#include <QByteArray>
#include <QString>

namespace hs {

// Where a library file lives, as far as the platform tells. A local disk is fully supported; a
// network share relies on its file locking (often unreliable: one writer at a time); a sync
// folder (Dropbox, OneDrive, Syncthing, …) copies files whole and can bring an old version back
// over a newer one, so the file should be worked on as a copy and imported back.
enum class FileLocation { Local, NetworkShare, SyncFolder };

struct FileLocationInfo {
    FileLocation kind = FileLocation::Local;
    QString detail; // the file system ("cifs", "nfs4") or the sync tool ("Dropbox")
    // A sentence for the user; empty for a local disk.
    QString advice() const;
};

FileLocationInfo locateFile(const QString& path);
// Network file systems by the name the platform gives them (QStorageInfo::fileSystemType()).
bool isNetworkFileSystem(const QByteArray& type);
// A sync tool's folder: a marker file in the folder or one above it (.dropbox, .stfolder, …) or
// a folder named after the tool. Returns the tool, or empty.
QString syncToolFor(const QString& path);

} // namespace hs
