// hindsight-datagen OUT.hindsight --reviews N [--events-per-review M] [--large-reviews K]
//                   [--large-events E] [--seed S] [--dated-actions]

#include "DataGen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a Hindsight library of generated, realistic reviews."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("The library to write (replaced if it exists)."));
    const QCommandLineOption reviews(QStringLiteral("reviews"), QStringLiteral("Number of reviews."), QStringLiteral("N"),
                                     QStringLiteral("100"));
    const QCommandLineOption events(QStringLiteral("events-per-review"), QStringLiteral("Timeline events per review."),
                                    QStringLiteral("M"), QStringLiteral("40"));
    const QCommandLineOption large(QStringLiteral("large-reviews"),
                                   QStringLiteral("How many reviews get --large-events events."), QStringLiteral("K"),
                                   QStringLiteral("0"));
    const QCommandLineOption largeEvents(QStringLiteral("large-events"), QStringLiteral("Events in a large review."),
                                         QStringLiteral("E"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption dated(QStringLiteral("dated-actions"),
                                   QStringLiteral("Date actions over the years after their incidents (for insights)."));
    parser.addOptions({reviews, events, large, largeEvents, seed, dated});
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "hindsight-datagen: name one output file\n";
        return 2;
    }
    hs::DataGenOptions options;
    bool ok[5];
    options.reviews = parser.value(reviews).toInt(&ok[0]);
    options.eventsPerReview = parser.value(events).toInt(&ok[1]);
    options.largeReviews = parser.value(large).toInt(&ok[2]);
    options.largeEvents = parser.value(largeEvents).toInt(&ok[3]);
    options.datedActions = parser.isSet(dated);
    options.seed = parser.value(seed).toUInt(&ok[4]);
    for (bool b : ok) {
        if (!b) {
            err << "hindsight-datagen: numbers expected for --reviews, --events-per-review, --large-reviews, "
                   "--large-events and --seed\n";
            return 2;
        }
    }
    if (options.reviews < 0 || options.eventsPerReview < 0 || options.largeReviews < 0 || options.largeEvents < 0) {
        err << "hindsight-datagen: counts cannot be negative\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!hs::generateLibrary(parser.positionalArguments().first(), options, &error)) {
        err << "hindsight-datagen: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << "wrote " << options.reviews << " reviews to " << parser.positionalArguments().first() << " in "
                        << timer.elapsed() << " ms\n";
    return 0;
}
