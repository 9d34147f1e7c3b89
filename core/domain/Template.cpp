#include "domain/Template.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hs {

QString Template::lessonPrompt(const QString& lessonKind) const
{
    if (lessonKind == QLatin1String("went_well"))
        return wentWellPrompt;
    if (lessonKind == QLatin1String("went_wrong"))
        return wentWrongPrompt;
    if (lessonKind == QLatin1String("got_lucky"))
        return gotLuckyPrompt;
    return QString();
}

std::optional<Template> parseTemplate(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("hs::Template", "The template is not valid JSON: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Template t;
    t.key = o.value(QLatin1String("key")).toString();
    t.name = o.value(QLatin1String("name")).toString();
    t.description = o.value(QLatin1String("description")).toString();
    if (t.key.isEmpty() || t.name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("hs::Template", "The template has no key or no name.");
        return std::nullopt;
    }
    const QJsonArray sections = o.value(QLatin1String("sections")).toArray();
    for (const QJsonValue& v : sections) {
        const QJsonObject s = v.toObject();
        TemplateSection section{s.value(QLatin1String("key")).toString(),
                                s.value(QLatin1String("title")).toString(),
                                s.value(QLatin1String("help")).toString()};
        if (section.key.isEmpty() || section.title.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("hs::Template", "A section of template “%1” has no key or title.")
                             .arg(t.name);
            return std::nullopt;
        }
        t.sections.append(section);
    }
    const QJsonObject lessons = o.value(QLatin1String("lessons")).toObject();
    t.wentWellPrompt = lessons.value(QLatin1String("went_well")).toString();
    t.wentWrongPrompt = lessons.value(QLatin1String("went_wrong")).toString();
    t.gotLuckyPrompt = lessons.value(QLatin1String("got_lucky")).toString();
    const QJsonArray agenda = o.value(QLatin1String("agenda")).toArray();
    for (const QJsonValue& v : agenda) {
        const QJsonObject a = v.toObject();
        TemplateAgendaItem item{a.value(QLatin1String("title")).toString(),
                                a.value(QLatin1String("minutes")).toInt(),
                                a.value(QLatin1String("stage")).toString()};
        if (!Vocabulary::contains(Vocab::AgendaStage, item.stage))
            item.stage = QStringLiteral("wrap_up");
        t.agenda.append(item);
    }
    return t;
}

QByteArray templateToJson(const Template& t)
{
    QJsonObject o;
    o.insert(QLatin1String("key"), t.key);
    o.insert(QLatin1String("name"), t.name);
    o.insert(QLatin1String("description"), t.description);
    QJsonArray sections;
    for (const TemplateSection& s : t.sections)
        sections.append(QJsonObject{{QLatin1String("key"), s.key},
                                    {QLatin1String("title"), s.title},
                                    {QLatin1String("help"), s.help}});
    o.insert(QLatin1String("sections"), sections);
    o.insert(QLatin1String("lessons"),
             QJsonObject{{QLatin1String("went_well"), t.wentWellPrompt},
                         {QLatin1String("went_wrong"), t.wentWrongPrompt},
                         {QLatin1String("got_lucky"), t.gotLuckyPrompt}});
    QJsonArray agenda;
    for (const TemplateAgendaItem& a : t.agenda)
        agenda.append(QJsonObject{{QLatin1String("title"), a.title},
                                  {QLatin1String("minutes"), a.minutes},
                                  {QLatin1String("stage"), a.stage}});
    o.insert(QLatin1String("agenda"), agenda);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<Template> builtInTemplates()
{
    QList<Template> out;
    for (const char* name : {"incident", "near-miss", "security", "gameday"}) {
        QFile file(QStringLiteral(":/templates/%1.json").arg(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Built-in template %s is missing from the resources", name);
            continue;
        }
        QString error;
        if (auto t = parseTemplate(file.readAll(), &error))
            out.append(*t);
        else
            qWarning("Built-in template %s is invalid: %s", name, qPrintable(error));
    }
    return out;
}

} // namespace hs
