#include "storage/FileLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace hs {

bool isNetworkFileSystem(const QByteArray& type)
{
    const QByteArray t = type.toLower();
    static const QByteArrayList network = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "smb2", "afs", "9p", "ncpfs",
                                           "davfs", "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "ceph", "glusterfs"};
    return network.contains(t) || t.startsWith("fuse.s3") || t.startsWith("fuse.gvfs");
}

QString syncToolFor(const QString& path)
{
    struct Tool {
        const char* marker; // a file or folder the tool keeps at its root
        const char* folder; // its usual folder name
        const char* name;
    };
    static const Tool tools[] = {
        {".dropbox", "Dropbox", "Dropbox"},
        {".stfolder", "Sync", "Syncthing"},
        {".sync", "Resilio Sync", "Resilio Sync"},
        {".owncloudsync.log", "ownCloud", "ownCloud"},
        {".nextcloudsync.log", "Nextcloud", "Nextcloud"},
        {nullptr, "OneDrive", "OneDrive"},
        {nullptr, "Google Drive", "Google Drive"},
        {nullptr, "iCloud Drive", "iCloud Drive"},
    };
    QDir dir = QFileInfo(path).absoluteDir();
    for (int depth = 0; depth < 32; ++depth) {
        for (const Tool& t : tools) {
            if (t.marker && QFileInfo::exists(dir.filePath(QString::fromLatin1(t.marker))))
                return QString::fromLatin1(t.name);
            // "Sync" alone is too common a folder name to go by without Syncthing's marker.
            if (qstrcmp(t.folder, "Sync") != 0 && dir.dirName().startsWith(QLatin1String(t.folder)))
                return QString::fromLatin1(t.name);
        }
        if (!dir.cdUp())
            break;
    }
    return QString();
}

FileLocationInfo locateFile(const QString& path)
{
    FileLocationInfo info;
    const QString tool = syncToolFor(path);
    if (!tool.isEmpty()) {
        info.kind = FileLocation::SyncFolder;
        info.detail = tool;
        return info;
    }
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && isNetworkFileSystem(storage.fileSystemType())) {
        info.kind = FileLocation::NetworkShare;
        info.detail = QString::fromLatin1(storage.fileSystemType());
    }
    return info;
}

QString FileLocationInfo::advice() const
{
    // The context lupdate files these strings under (a member of FileLocationInfo).
    const auto tr = [](const char* text) { return QCoreApplication::translate("hs::FileLocationInfo", text); };
    switch (kind) {
    case FileLocation::Local: return QString();
    case FileLocation::NetworkShare:
        return tr("This library is on a network share (%1). Hindsight keeps working, but the share's file locking "
                  "decides whether two people can safely edit at once: keep to one writer at a time there.")
            .arg(detail);
    case FileLocation::SyncFolder:
        return tr("This library is in a %1 folder. Sync tools copy whole files and can bring an old version back "
                  "over a newer one when two people edit: work on a copy (File ▸ Save a copy as) and import it back "
                  "(File ▸ Import reviews from a file).")
            .arg(detail);
    }
    return QString();
}

} // namespace hs
