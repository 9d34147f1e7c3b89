#pragma once

#include "domain/Template.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QDialogButtonBox;

namespace hs {

// Title and template for a new review, in one small dialog: type the title, pick a template
// with the arrow keys, Enter.
class NewReviewDialog : public QDialog
{
    Q_OBJECT

public:
    NewReviewDialog(const QList<Template>& templates, QWidget* parent = nullptr);
    QString title() const;
    QString templateKey() const;

private:
    void updateOk();

    QLineEdit* m_title;
    QListWidget* m_templates;
    QDialogButtonBox* m_buttons;
};

} // namespace hs
