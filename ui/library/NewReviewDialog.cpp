#include "library/NewReviewDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

NewReviewDialog::NewReviewDialog(const QList<Template>& templates, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_templates(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newReviewDialog"));
    setWindowTitle(tr("New review"));
    m_title->setObjectName(QStringLiteral("newReviewTitle"));
    m_title->setPlaceholderText(tr("e.g. Checkout errors after certificate rotation"));
    m_templates->setObjectName(QStringLiteral("newReviewTemplate"));
    m_templates->setAccessibleName(tr("Template"));
    m_templates->setWordWrap(true);
    for (const Template& t : templates) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(t.name, t.description), m_templates);
        item->setData(Qt::UserRole, t.key);
        item->setToolTip(t.description);
    }
    m_templates->setCurrentRow(0);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create review"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    layout->addLayout(form);
    auto* label = new QLabel(tr("T&emplate"), this);
    label->setBuddy(m_templates);
    layout->addWidget(label);
    layout->addWidget(m_templates, 1);
    layout->addWidget(m_buttons);
    resize(520, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewReviewDialog::updateOk);
    updateOk();
}

QString NewReviewDialog::title() const
{
    return m_title->text().simplified();
}

QString NewReviewDialog::templateKey() const
{
    const QListWidgetItem* item = m_templates->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NewReviewDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty() && m_templates->currentItem());
}

} // namespace hs
