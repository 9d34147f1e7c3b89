// Hindsight: blameless post-incident reviews.
//
// `hindsight [FILE]` opens the window on a library (the default one if no file is named);
// `hindsight COMMAND …` runs a headless command (see Cli.h) without touching the display.

#include "Cli.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
}

// The app's own strings from the resources, and Qt's (dialog buttons) from the system.
void installTranslations(QCoreApplication* app)
{
    const QLocale locale;
    auto* own = new QTranslator(app);
    // A language without a translation falls back to English, whose file holds the plural
    // forms ("1 review", "2 reviews").
    if (own->load(locale, QStringLiteral("hindsight"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("hindsight_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Outside a desktop session (cron, CI, ssh) there is no XDG_RUNTIME_DIR and Qt's GUI layer warns
// on stderr before making one in /tmp; a command's stderr is for its own messages, so make the
// same private folder quietly.
void quietRuntimeDir()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
#endif
}

bool wantsHelpOrVersion(const QStringList& args)
{
    for (const QString& a : args) {
        if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-v")
            || a == QLatin1String("--version") || a == QLatin1String("--help-all"))
            return true;
    }
    return false;
}

void configureParser(QCommandLineParser* parser)
{
    parser->setApplicationDescription(
        QCoreApplication::translate("main", "Hindsight: blameless post-incident reviews.\n\n%1").arg(hs::cli::usage()));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addPositionalArgument(QStringLiteral("file"),
                                  QCoreApplication::translate("main", "A library to open (.hindsight); without it, "
                                                                      "the default library."),
                                  QStringLiteral("[file]"));
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    // Headless paths first: they must work without a display.
    if (hs::cli::needsFonts(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        quietRuntimeDir();
        QGuiApplication app(argc, argv);
        setIdentity();
        installTranslations(&app);
        return hs::cli::run(args);
    }
    if (hs::cli::isCommand(args) || wantsHelpOrVersion(args)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(&app);
        if (hs::cli::isCommand(args))
            return hs::cli::run(args);
        QCommandLineParser parser;
        configureParser(&parser);
        parser.process(app); // prints help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));
    QApplication::setDesktopFileName(QStringLiteral("org.hindsight.Hindsight"));
    installTranslations(&app);

    QCommandLineParser parser;
    configureParser(&parser);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("main", "hindsight: open one library at a time.") << Qt::endl;
        return hs::cli::Usage;
    }

    hs::MainWindow window;
    window.show();
    if (!files.isEmpty()) {
        // A file that cannot be opened is explained in a message; the window stays, empty,
        // so another library can be opened from it.
        window.openLibrary(QFileInfo(files.first()).absoluteFilePath());
    } else {
        window.openDefaultLibrary();
    }
    return app.exec();
}
