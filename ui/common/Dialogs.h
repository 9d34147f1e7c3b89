#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace hs::Dialogs {

// Every modal prompt goes through here, so GUI tests can answer it in advance ("next file",
// "next answer") instead of blocking, and can read what would have been shown.
QString openFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir);
QString saveFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                 const QString& suffix);
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
// Under test: the next queued answer (setNextAnswer), else defaultButton.
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

// Test hooks. An empty queue means "show the real dialog".
void setNextFile(const QString& path);
void setNextAnswer(QMessageBox::StandardButton answer);
QStringList takeShownMessages();
bool testMode();
void setTestMode(bool enabled);

} // namespace hs::Dialogs
