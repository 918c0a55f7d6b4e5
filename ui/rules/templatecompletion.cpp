// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecompletion.h"

#include "console/jsontreemodel.h"
#include "rules/templatenames.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QWidget>

namespace OtBridge {

TemplateCompletion::TemplateCompletion(QWidget *field)
    : QObject(field)
    , m_field(field)
    , m_completer(new QCompleter(this))
{
    m_completer->setWidget(field);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->popup()->setObjectName(field->objectName() + QStringLiteral("Completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                Q_EMIT nameChosen(name + QStringLiteral("}}"), m_typedLength);
            });
}

TemplateCompletion::~TemplateCompletion() = default;

void TemplateCompletion::setNamesModel(QAbstractItemModel *names)
{
    m_completer->setModel(names);
}

bool TemplateCompletion::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

QString TemplateCompletion::typedName(const QString &textBeforeCursor)
{
    static const QRegularExpression open(QStringLiteral("\\{\\{\\{?[&]?\\s*([^{}\\s]*)$"));
    const QRegularExpressionMatch match = open.match(textBeforeCursor);
    if (!match.hasMatch())
        return {};
    const QString typed = match.captured(1);
    return typed.isNull() ? QStringLiteral("") : typed;
}

QString TemplateCompletion::placeholderFor(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(JsonTreeModel::pointerMimeType)))
        return {};
    const QString pointers
        = QString::fromUtf8(mime->data(QString::fromLatin1(JsonTreeModel::pointerMimeType)));
    return placeholderForPointer(pointers.section(QLatin1Char('\n'), 0, 0));
}

void TemplateCompletion::update(const QString &textBeforeCursor, const QRect &cursorRect)
{
    const QString typed = typedName(textBeforeCursor);
    if (typed.isNull() || !m_completer->model()) {
        m_completer->popup()->hide();
        return;
    }
    m_typedLength = int(typed.size());
    m_completer->setCompletionPrefix(typed);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect;
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace OtBridge
