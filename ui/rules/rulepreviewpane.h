// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/rulepreview.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace OtBridge {

// What the rule would do with the sample, exactly as it would be sent: an email card (to,
// subject, text and HTML), an SMS bubble with its length and segments, the HTTP request with
// method, URL, headers and pretty JSON; which conditions matched; each problem in red.
class RulePreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulePreviewPane)

public:
    explicit RulePreviewPane(QWidget *parent = nullptr);
    ~RulePreviewPane() override;

    void setPreview(const RulePreview &preview, const QString &source);
    // No preview: the rule does not validate, or there is no rule.
    void setUnavailable(const QString &why);
    // The rule has a problem now: the last preview stays in view, marked as not current, with
    // the problem above it.
    void setStale(const QString &problem);
    // Whether a preview (current or stale) is shown.
    bool hasPreview() const { return m_hasPreview; }

    // "42 chars · 1 segment · GSM-7"
    static QString smsSizeText(const SmsSize &size);

    // "60 minutes", "1 hour", "2 days"
    static QString durationText(int seconds);

private:
    QWidget *actionCard(const ActionPreview &action);
    QWidget *escalationCard(const EscalationPreview &escalation);
    void clear();

    QLabel *m_stale;
    QLabel *m_summary;
    QLabel *m_conditions;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    bool m_hasPreview = false;
};

} // namespace OtBridge
