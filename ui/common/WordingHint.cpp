#include "common/WordingHint.h"

#include "analysis/BlamelessCheck.h"

#include <QLineEdit>

namespace hs {

WordingHintLabel::WordingHintLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("wordingHint"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    // Quiet: the palette's secondary text, a thin accent line, no alarm colours.
    setStyleSheet(QStringLiteral("QLabel#wordingHint { color: palette(placeholder-text); border-left: 3px solid #e69f00; "
                                 "padding: 2px 6px; }"));
    hide();
}

WordingHintLabel* WordingHintLabel::following(QLineEdit* edit)
{
    auto* hint = new WordingHintLabel(edit->parentWidget());
    hint->setObjectName(edit->objectName() + QStringLiteral("Hint"));
    connect(edit, &QLineEdit::textChanged, hint, &WordingHintLabel::check);
    return hint;
}

void WordingHintLabel::check(const QString& text)
{
    const QList<WordingHint> hints = checkWording(text, m_people);
    m_count = static_cast<int>(hints.size());
    if (hints.isEmpty()) {
        hide();
        return;
    }
    const WordingHint& h = hints.first();
    QString html = tr("“%1”: %2 <i>%3</i>").arg(h.phrase.toHtmlEscaped(), h.reason.toHtmlEscaped(), h.suggestion.toHtmlEscaped());
    if (hints.size() > 1)
        html += QLatin1Char(' ') + tr("(%n more)", nullptr, int(hints.size() - 1));
    setText(html);
    setToolTip(tr("Blameless wording: a hint, not a rule. Describe what happened and what made it likely."));
    show();
}

} // namespace hs
