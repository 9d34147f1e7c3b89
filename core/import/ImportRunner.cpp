#include "import/ImportRunner.h"

#include "import/ChatImport.h"
#include "import/PagerDutyImport.h"
#include "import/SlackImport.h"

#include <QCoreApplication>

namespace hs {

namespace {

ImportResult problem(const QString& file, const QString& message)
{
    ImportResult r;
    r.problems.append(ImportProblem{file, 0, QString(), message});
    return r;
}

} // namespace

ImportResult runImport(const ImportRequest& request, const ImportProgress& progress)
{
    if (request.path.isEmpty() && (request.format != ImportFormat::Chat || request.pastedText.isEmpty()))
        return problem(QString(), QCoreApplication::translate("hs::Import", "choose the file or folder to import"));
    ImportResult result;
    switch (request.format) {
    case ImportFormat::Slack:
        result = request.channel.isEmpty() ? importSlackExport(request.path, progress)
                                           : importSlackExport(request.path, request.channel, progress);
        break;
    case ImportFormat::PagerDuty:
        result = importPagerDutyLog(request.path);
        break;
    case ImportFormat::Csv: {
        CsvMapping mapping;
        if (request.csvMapping) {
            mapping = *request.csvMapping;
        } else {
            QString error;
            const CsvTable table = readCsv(request.path, &error);
            if (!error.isEmpty())
                return problem(request.path, error);
            mapping = guessCsvMapping(table);
        }
        if (mapping.timeZone.isEmpty())
            mapping.timeZone = request.timeZone;
        result = importCsv(request.path, mapping, progress);
        break;
    }
    case ImportFormat::Chat:
        result = request.path.isEmpty() ? importChatText(request.pastedText, request.day, request.timeZone)
                                        : importChatFile(request.path, request.day, request.timeZone);
        break;
    }
    if (request.rolesInsteadOfNames && result.ok())
        replaceNamesWithRoles(result, request.knownRoles);
    return result;
}

void replaceNamesWithRoles(ImportResult& result, const QHash<QString, QString>& knownRoles)
{
    QHash<QString, QString> roles = knownRoles;
    for (const ImportResult::Person& p : std::as_const(result.people)) {
        if (!p.role.trimmed().isEmpty() && !roles.contains(p.name))
            roles.insert(p.name, p.role.trimmed());
    }
    auto roleOf = [&](const QString& name) { return roles.value(name, name); };
    // Longer names first, so "Priya Raman" is replaced before a "Priya" inside it.
    QStringList names = roles.keys();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    auto scrub = [&](QString text) {
        for (const QString& name : std::as_const(names)) {
            if (!name.isEmpty() && text.contains(name))
                text.replace(name, roles.value(name));
        }
        return text;
    };
    for (ImportedMessage& m : result.messages) {
        m.author = roleOf(m.author);
        m.text = scrub(m.text);
    }
    for (ImportedEvent& e : result.events) {
        e.actor = roleOf(e.actor);
        e.text = scrub(e.text);
    }
    for (ImportResult::Person& p : result.people)
        p.name = roleOf(p.name);
}

} // namespace hs
