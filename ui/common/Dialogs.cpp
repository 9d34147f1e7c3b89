#include "common/Dialogs.h"

#include <QFileDialog>

namespace hs::Dialogs {

namespace {

struct State {
    QStringList nextFiles;
    QList<QMessageBox::StandardButton> nextAnswers;
    QStringList shown;
    bool testMode = false;
};

State& state()
{
    static State s;
    return s;
}

void message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    if (state().testMode) {
        state().shown.append(text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace

QString openFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (!state().nextFiles.isEmpty())
        return state().nextFiles.takeFirst();
    if (state().testMode)
        return QString();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (!state().nextFiles.isEmpty())
        return state().nextFiles.takeFirst();
    if (state().testMode)
        return QString();
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

QString saveFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                 const QString& suffix)
{
    QString path;
    if (!state().nextFiles.isEmpty()) {
        path = state().nextFiles.takeFirst();
    } else if (!state().testMode) {
        QFileDialog dialog(parent, caption, dir, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(suffix);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            path = dialog.selectedFiles().constFirst();
    }
    if (!path.isEmpty() && !suffix.isEmpty() && !path.endsWith(QLatin1Char('.') + suffix))
        path += QLatin1Char('.') + suffix;
    return path;
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    message(parent, QMessageBox::Warning, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    message(parent, QMessageBox::Information, title, text);
}

void setNextFile(const QString& path)
{
    state().nextFiles.append(path);
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (state().testMode) {
        state().shown.append(text);
        return state().nextAnswers.isEmpty() ? defaultButton : state().nextAnswers.takeFirst();
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    state().nextAnswers.append(answer);
}

QStringList takeShownMessages()
{
    return std::exchange(state().shown, QStringList());
}

bool testMode()
{
    return state().testMode;
}

void setTestMode(bool enabled)
{
    state().testMode = enabled;
}

} // namespace hs::Dialogs
