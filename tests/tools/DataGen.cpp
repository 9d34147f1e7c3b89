#include "DataGen.h"

#include "domain/Enums.h"
#include "storage/BulkWriter.h"
#include "storage/Library.h"
#include "storage/WriteTransaction.h"
#include "util/SortKey.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace hs {

namespace {

const QStringList kServices = {
    QStringLiteral("checkout-api"), QStringLiteral("payments"), QStringLiteral("search"), QStringLiteral("auth"),
    QStringLiteral("cdn-edge"), QStringLiteral("inventory"), QStringLiteral("notifications"), QStringLiteral("billing"),
    QStringLiteral("postgres-main"), QStringLiteral("kafka"), QStringLiteral("redis-cache"), QStringLiteral("mobile-gateway")};
const QStringList kTags = {QStringLiteral("deploy"), QStringLiteral("config"), QStringLiteral("capacity"),
                           QStringLiteral("dns"), QStringLiteral("tls"), QStringLiteral("third-party"),
                           QStringLiteral("database"), QStringLiteral("alerting"), QStringLiteral("network"),
                           QStringLiteral("feature-flag"), QStringLiteral("storage"), QStringLiteral("cost")};
const QStringList kProblems = {QStringLiteral("elevated 5xx errors"), QStringLiteral("slow responses"),
                               QStringLiteral("failed logins"), QStringLiteral("stale search results"),
                               QStringLiteral("duplicate notifications"), QStringLiteral("delayed payouts"),
                               QStringLiteral("partial outage"), QStringLiteral("data replication lag"),
                               QStringLiteral("queue backlog"), QStringLiteral("certificate errors")};
const QStringList kPeople = {QStringLiteral("Ana Souza"), QStringLiteral("Ben Okafor"), QStringLiteral("Chen Wei"),
                             QStringLiteral("Dana Levi"), QStringLiteral("Erik Lund"), QStringLiteral("Fatima Zahra"),
                             QStringLiteral("Gita Rao"), QStringLiteral("Hugo Martin"), QStringLiteral("Ines Castro"),
                             QStringLiteral("Jonas Weber"), QStringLiteral("Kofi Mensah"), QStringLiteral("Lena Novak")};
const QStringList kRoles = {QStringLiteral("Incident commander"), QStringLiteral("On-call engineer"),
                            QStringLiteral("Communications lead"), QStringLiteral("Subject-matter expert"),
                            QStringLiteral("Scribe"), QStringLiteral("Service owner")};
const QStringList kEventTexts = {
    QStringLiteral("Alert fired: %1 error rate above 5% for 5 minutes"),
    QStringLiteral("Paged the %1 on-call engineer"),
    QStringLiteral("Acknowledged the page and opened the incident channel for %1"),
    QStringLiteral("Dashboards show latency on %1 rising since the last deploy"),
    QStringLiteral("Rolled back the latest %1 release"),
    QStringLiteral("Posted a status page update about %1"),
    QStringLiteral("Decided to fail over %1 to the secondary region"),
    QStringLiteral("Scaled %1 from 6 to 12 instances"),
    QStringLiteral("Error rate on %1 back to baseline"),
    QStringLiteral("Customer support reports tickets mentioning %1"),
    QStringLiteral("Found a config change to %1 merged 20 minutes before the alert"),
    QStringLiteral("Cleared the backlog on %1")};
const QStringList kWhys = {
    QStringLiteral("Requests to %1 timed out"), QStringLiteral("The connection pool of %1 was exhausted"),
    QStringLiteral("A retry storm multiplied traffic to %1"), QStringLiteral("The alert threshold for %1 was too lax"),
    QStringLiteral("The rollout of %1 had no canary stage"), QStringLiteral("The runbook for %1 was out of date"),
    QStringLiteral("Capacity planning for %1 did not cover the seasonal peak"),
    QStringLiteral("The dependency between %1 and the cache was undocumented")};
const QStringList kActions = {
    QStringLiteral("Add a canary stage to the %1 rollout"), QStringLiteral("Alert on saturation of %1, not only errors"),
    QStringLiteral("Update the %1 runbook with the failover steps"), QStringLiteral("Load-test %1 at twice peak traffic"),
    QStringLiteral("Add jitter and a budget to retries against %1"), QStringLiteral("Document who owns %1 dashboards")};
const QStringList kLessons = {QStringLiteral("Rollback was quick because the deploy tooling keeps the last release warm"),
                              QStringLiteral("The status page went out within ten minutes"),
                              QStringLiteral("Nobody knew who owned the failing dependency"),
                              QStringLiteral("The alert fired long after customers noticed"),
                              QStringLiteral("The incident happened outside the peak hour")};
const QStringList kKinds = {QStringLiteral("alert"), QStringLiteral("detection"), QStringLiteral("diagnosis"),
                            QStringLiteral("action"), QStringLiteral("communication"), QStringLiteral("decision"),
                            QStringLiteral("change"), QStringLiteral("mitigation"), QStringLiteral("observation")};
const QStringList kCategories = {QStringLiteral("Technology"), QStringLiteral("Process"), QStringLiteral("Communication"),
                                 QStringLiteral("Monitoring"), QStringLiteral("Dependency"), QStringLiteral("Environment")};
const QStringList kZones = {QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York"), QStringLiteral("UTC"),
                            QStringLiteral("Asia/Tokyo"), QStringLiteral("Europe/London")};

} // namespace

DataGen::DataGen(quint32 seed)
    : m_rng(seed)
{
}

QString DataGen::pick(const QStringList& list)
{
    return list.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(list.size()))));
}

ReviewDocument DataGen::review(int index, int events)
{
    ReviewDocument d;
    Review& r = d.review;
    const QString service = pick(kServices);
    const qint64 threeYears = 3LL * 365 * 24 * 3600 * 1000;
    const qint64 start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
        - static_cast<qint64>(m_rng.bounded(static_cast<quint64>(threeYears)));
    r.id = newIdAt(start);
    r.title = QStringLiteral("%1 on %2").arg(pick(kProblems), service);
    r.title[0] = r.title[0].toUpper();
    r.incidentRef = QStringLiteral("INC-%1").arg(10000 + index);
    r.severity = QStringLiteral("SEV%1").arg(between(1, 4));
    r.status = Vocabulary::codes(Vocab::ReviewStatus).at(between(0, 3));
    r.templateKey = QStringLiteral("incident");
    r.facilitator = pick(kPeople);
    r.timeZone = pick(kZones);
    const qint64 detect = start + between(1, 40) * 60000LL;
    const qint64 ack = detect + between(1, 15) * 60000LL;
    const qint64 mitigate = ack + between(5, 120) * 60000LL;
    const qint64 resolve = mitigate + between(5, 240) * 60000LL;
    r.keyTimes = {start, detect, ack, mitigate, resolve};
    r.services = QStringList{service};
    if (between(0, 2) == 0)
        r.services.append(pick(kServices));
    r.services.removeDuplicates();
    r.tags = QStringList{pick(kTags), pick(kTags)};
    r.tags.removeDuplicates();

    for (int i = 0, n = between(3, 7); i < n; ++i) {
        Participant p;
        p.name = kPeople.at((index + i) % kPeople.size());
        p.role = pick(kRoles);
        p.attended = between(0, 5) != 0;
        d.participants.append(p);
    }
    const char* const sectionKeys[] = {"summary", "impact", "trigger", "detection", "resolution"};
    const QStringList sectionTitles = {QStringLiteral("Summary"), QStringLiteral("Impact"), QStringLiteral("Trigger"),
                                       QStringLiteral("Detection"), QStringLiteral("Resolution")};
    for (int i = 0; i < 5; ++i) {
        Section s;
        s.key = QString::fromLatin1(sectionKeys[i]);
        s.title = sectionTitles.at(i);
        s.body = QStringLiteral("%1 for %2: %3.").arg(sectionTitles.at(i), service, pick(kProblems));
        d.sections.append(s);
    }
    const qint64 span = qMax<qint64>(resolve - start, 60000);
    QList<qint64> times;
    times.reserve(events);
    for (int i = 0; i < events; ++i)
        times.append(start + static_cast<qint64>(m_rng.bounded(static_cast<quint64>(span))));
    std::sort(times.begin(), times.end());
    for (int i = 0; i < events; ++i) {
        TimelineEvent e;
        e.id = newIdAt(times.at(i));
        e.atMs = times.at(i);
        e.kind = pick(kKinds);
        e.actor = pick(kPeople);
        e.text = pick(kEventTexts).arg(service);
        e.source = events > 1000 ? QStringLiteral("chat") : QStringLiteral("typed");
        d.events.append(e);
    }
    // A why-tree: one problem, two or three branches, two to four levels deep.
    WhyNode root;
    root.id = newId();
    root.text = QStringLiteral("Customers saw %1 on %2").arg(pick(kProblems), service);
    root.sortKey = SortKey::first();
    root.category = pick(kCategories);
    d.whys.append(root);
    QString key;
    for (int b = 0, branches = between(2, 3); b < branches; ++b) {
        QString parent = root.id;
        key = SortKey::after(key);
        for (int depth = 0, levels = between(2, 4); depth < levels; ++depth) {
            WhyNode w;
            w.id = newId();
            w.parentId = parent;
            w.sortKey = depth == 0 ? key : SortKey::first();
            w.text = pick(kWhys).arg(service);
            w.category = pick(kCategories);
            w.mark = depth == levels - 1 ? QStringLiteral("root") : (between(0, 2) == 0 ? QStringLiteral("contributing")
                                                                                         : QStringLiteral("cause"));
            if (!d.events.isEmpty())
                w.evidenceEventIds.append(d.events.at(between(0, static_cast<int>(d.events.size()) - 1)).id);
            w.evidenceEventIds.removeDuplicates();
            d.whys.append(w);
            parent = w.id;
        }
    }
    const QDate incidentDay = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()).date();
    for (int i = 0, n = between(2, 7); i < n; ++i) {
        ActionItem a;
        a.title = pick(kActions).arg(service);
        a.type = Vocabulary::codes(Vocab::ActionType).at(between(0, 3));
        a.priority = QStringLiteral("P%1").arg(between(1, 3));
        a.owner = pick(kPeople);
        a.dueDate = incidentDay.addDays(between(7, 90));
        a.status = Vocabulary::codes(Vocab::ActionStatus).at(between(0, 3));
        a.whyId = d.whys.at(between(1, static_cast<int>(d.whys.size()) - 1)).id;
        if (a.status == QLatin1String("done"))
            a.followUpDate = a.dueDate.addDays(30);
        d.actions.append(a);
    }
    for (const QString& kind : Vocabulary::codes(Vocab::LessonKind)) {
        Lesson l;
        l.kind = kind;
        l.text = pick(kLessons);
        d.lessons.append(l);
    }
    return d;
}

namespace {

// One statement over every action, in one transaction with change logging paused as BulkWriter
// does it (nobody watches a library being generated). The spread comes from the row ids, so it
// is the same for the same seed.
bool dateActions(const Library& library, QString* error)
{
    WriteTransaction tx(library.database().connection());
    if (!tx.isActive()) {
        *error = tx.error().text;
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString sql[] = {
        QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('change_log_paused', '1')"),
        QStringLiteral("UPDATE actions SET created_ms = (SELECT coalesce(r.resolved_ms, r.started_ms, actions.created_ms) "
                       "FROM reviews r WHERE r.id = actions.review_id) + (rowid %% 3 + 1) * 86400000"),
        QStringLiteral("UPDATE actions SET updated_ms = min(%1, CASE WHEN status IN ('done', 'wont_do') "
                       "THEN created_ms + ((rowid * 7919) %% 56 + 5) * 86400000 ELSE created_ms END), "
                       "created_ms = min(created_ms, %1)")
            .arg(now),
        QStringLiteral("DELETE FROM meta WHERE key = 'change_log_paused'"),
    };
    for (const QString& statement : sql) {
        QSqlQuery q(library.database().connection());
        if (!q.exec(QString(statement).replace(QStringLiteral("%%"), QStringLiteral("%")))) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.error().text;
        return false;
    }
    return true;
}

} // namespace

bool generateLibrary(const QString& path, const DataGenOptions& options, QString* error)
{
    QFile::remove(path);
    OpenError openError;
    std::unique_ptr<Library> library = Library::create(path, false, &openError);
    if (!library) {
        *error = openError.message();
        return false;
    }
    DataGen gen(options.seed);
    BulkWriter writer(library->database(), QStringLiteral("datagen"));
    constexpr int kBatch = 500;
    for (int i = 0; i < options.reviews; ++i) {
        if (i % kBatch == 0 && !writer.begin(error))
            return false;
        const int events = i < options.largeReviews ? options.largeEvents : options.eventsPerReview;
        if (!writer.insertDocument(gen.review(i, events), error))
            return false;
        if ((i % kBatch == kBatch - 1 || i == options.reviews - 1) && !writer.commit(error))
            return false;
    }
    return !options.datedActions || dateActions(*library, error);
}

namespace {

const QStringList kFirstNames = {QStringLiteral("Priya"), QStringLiteral("Marcus"), QStringLiteral("Sam"),
                                 QStringLiteral("Olga"), QStringLiteral("Jae"), QStringLiteral("Amara"),
                                 QStringLiteral("Tomás"), QStringLiteral("Noor"), QStringLiteral("Elif"),
                                 QStringLiteral("Kenji"), QStringLiteral("Zanele"), QStringLiteral("Lukas"),
                                 QStringLiteral("Maya")};
const QStringList kLastNames = {QStringLiteral("Raman"), QStringLiteral("Chen"), QStringLiteral("Okafor"),
                                QStringLiteral("Petrova"), QStringLiteral("Lee"), QStringLiteral("Nwosu"),
                                QStringLiteral("García"), QStringLiteral("Haddad"), QStringLiteral("Yılmaz"),
                                QStringLiteral("Sato"), QStringLiteral("Dlamini"), QStringLiteral("Becker")};
const QStringList kTitles = {QStringLiteral("Incident commander"), QStringLiteral("SRE, payments"),
                             QStringLiteral("Database engineer"), QStringLiteral("Support lead"),
                             QStringLiteral("Engineering manager"), QStringLiteral("Backend engineer"),
                             QStringLiteral("Network engineer"), QStringLiteral("Communications lead"),
                             QStringLiteral("Product manager"), QString()};
const QStringList kChatTexts = {
    QStringLiteral("looking at the %1 dashboards now"),
    QStringLiteral("error rate on %1 is still climbing"),
    QStringLiteral("I think the last deploy of %1 is the trigger"),
    QStringLiteral("rolling back %1 &amp; watching the p99"),
    QStringLiteral("pool on %1 is at 200/200 &lt;- that is the limit"),
    QStringLiteral("status page updated for %1"),
    QStringLiteral("customers report timeouts on %1"),
    QStringLiteral("scaling %1 out to 12 instances"),
    QStringLiteral("%1 looks healthy again, keeping an eye on it"),
    QStringLiteral("can someone from the %1 team join?")};

} // namespace

bool writeSlackExport(const QString& dir, int messages, quint32 seed, QString* error)
{
    QRandomGenerator rng(seed);
    auto pick = [&](const QStringList& list) {
        return list.at(static_cast<int>(rng.bounded(static_cast<quint32>(list.size()))));
    };
    auto chance = [&](int percent) { return static_cast<int>(rng.bounded(100u)) < percent; };
    auto writeJson = [&](const QString& path, const QJsonArray& array) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(array).toJson()) < 0) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    };

    const QString channel = QStringLiteral("inc-4242-checkout");
    const QDir root(dir);
    if (!root.mkpath(channel)) {
        *error = QStringLiteral("%1: cannot create the channel folder").arg(dir);
        return false;
    }
    QJsonArray users;
    QStringList ids;
    for (int i = 0; i < 25; ++i) {
        const QString id = QStringLiteral("U%1").arg(0x10000000u + static_cast<quint32>(i) * 7919u, 0, 16).toUpper();
        const QString name =
            kFirstNames.at(i % kFirstNames.size()) + QLatin1Char(' ') + kLastNames.at((i * 5) % kLastNames.size());
        QJsonObject profile{{QStringLiteral("title"), kTitles.at(i % kTitles.size())},
                            {QStringLiteral("real_name"), name},
                            {QStringLiteral("display_name"), name.section(QLatin1Char(' '), 0, 0).toLower()}};
        users.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))},
                                 {QStringLiteral("real_name"), name},
                                 {QStringLiteral("is_bot"), false},
                                 {QStringLiteral("profile"), profile}});
        ids.append(id);
    }
    const QJsonArray channels{QJsonObject{{QStringLiteral("id"), QStringLiteral("C0INC4242")},
                                          {QStringLiteral("name"), channel},
                                          {QStringLiteral("created"), 1776110400}}};
    if (!writeJson(root.filePath(QStringLiteral("users.json")), users)
        || !writeJson(root.filePath(QStringLiteral("channels.json")), channels))
        return false;

    // Messages about every 20 seconds on average from 2026-04-13 20:00 UTC, so a 20,000-message
    // export spans about five days.
    qint64 us = 1776110400LL * 1000000;
    QList<QJsonObject> all;
    QList<int> roots; // recent messages that replies can go to
    auto tsOf = [](qint64 micros) {
        return QStringLiteral("%1.%2").arg(micros / 1000000).arg(micros % 1000000, 6, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < messages; ++i) {
        us += static_cast<qint64>(rng.bounded(1000000u, 40000000u)) + rng.bounded(1000u);
        const QString ts = tsOf(us);
        const QString user = i < 25 ? ids.at(i) : pick(ids);
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("ts"), ts}};
        if (i < 25 || chance(1)) {
            m.insert(QStringLiteral("subtype"), QStringLiteral("channel_join"));
            m.insert(QStringLiteral("user"), user);
            m.insert(QStringLiteral("text"), QStringLiteral("<@%1> has joined the channel").arg(user));
        } else if (chance(4)) {
            m.insert(QStringLiteral("subtype"), QStringLiteral("bot_message"));
            m.insert(QStringLiteral("bot_id"), QStringLiteral("B0DATADOG"));
            m.insert(QStringLiteral("username"), QStringLiteral("Datadog"));
            m.insert(QStringLiteral("text"), QString());
            m.insert(QStringLiteral("attachments"),
                     QJsonArray{QJsonObject{{QStringLiteral("fallback"),
                                             QStringLiteral("[Triggered] %1 error rate &gt; 5%").arg(pick(kServices))}}});
        } else {
            QString text = pick(kChatTexts).arg(pick(kServices));
            if (chance(20))
                text = QStringLiteral("<@%1> %2").arg(pick(ids), text);
            if (chance(10))
                text += QStringLiteral(" <https://grafana.example.com/d/%1?from=now-1h&amp;to=now|dashboard>").arg(i);
            m.insert(QStringLiteral("user"), user);
            m.insert(QStringLiteral("text"), text);
            if (chance(3))
                m.insert(QStringLiteral("edited"),
                         QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("ts"), tsOf(us + 5000000)}});
            if (!roots.isEmpty() && chance(30)) {
                QJsonObject& parent = all[roots.at(static_cast<int>(rng.bounded(static_cast<quint32>(roots.size()))))];
                const QString threadTs = parent.value(QStringLiteral("ts")).toString();
                parent.insert(QStringLiteral("thread_ts"), threadTs);
                parent.insert(QStringLiteral("reply_count"), parent.value(QStringLiteral("reply_count")).toInt() + 1);
                m.insert(QStringLiteral("thread_ts"), threadTs);
            } else {
                roots.append(static_cast<int>(all.size()));
                if (roots.size() > 12)
                    roots.removeFirst();
            }
        }
        all.append(m);
        if (m.contains(QStringLiteral("edited")) && chance(30)) {
            // Some edits appear as the change record Slack writes next to the message.
            QJsonObject changed{{QStringLiteral("type"), QStringLiteral("message")},
                                {QStringLiteral("subtype"), QStringLiteral("message_changed")},
                                {QStringLiteral("hidden"), true},
                                {QStringLiteral("ts"), tsOf(us + 5000000)},
                                {QStringLiteral("message"), m}};
            all.append(changed);
        }
    }

    QMap<QString, QJsonArray> days;
    for (const QJsonObject& m : std::as_const(all)) {
        const qint64 seconds = m.value(QStringLiteral("ts")).toString().section(QLatin1Char('.'), 0, 0).toLongLong();
        days[QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date().toString(Qt::ISODate)].append(m);
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (!writeJson(root.filePath(channel + QLatin1Char('/') + it.key() + QStringLiteral(".json")), it.value()))
            return false;
    }
    return true;
}

} // namespace hs
