#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hs {

// A review template: the overview sections with their help text, the lessons prompts and the
// default agenda. The built-in ones ship as JSON resources; each library keeps editable copies
// in its templates table, stored as the same JSON.
struct TemplateSection {
    QString key;
    QString title;
    QString help;
};

struct TemplateAgendaItem {
    QString title;
    int minutes = 0;
    QString stage;
};

struct Template {
    QString id;
    qint64 rev = 0;
    QString key;
    QString name;
    QString description;
    QList<TemplateSection> sections;
    QString wentWellPrompt;
    QString wentWrongPrompt;
    QString gotLuckyPrompt;
    QList<TemplateAgendaItem> agenda;

    QString lessonPrompt(const QString& lessonKind) const;
};

// Parses a template document; on failure returns nothing and says why in *error.
std::optional<Template> parseTemplate(const QByteArray& json, QString* error);
QByteArray templateToJson(const Template& t);
// The built-in templates in the order they are offered: incident, near miss, security, GameDay.
QList<Template> builtInTemplates();

} // namespace hs
