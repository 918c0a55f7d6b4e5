// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulepreviewpane.h"

#include "config/opentextchannelinfo.h"

#include "sandbox/offlinetextbrowser.h"

#include <QFontDatabase>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace OtBridge {

namespace {

constexpr char errorStyle[] = "color: #b01c1c;";
constexpr char cardStyle[]
    = "QFrame#%1 { background: palette(base); border: 1px solid palette(mid);"
      " border-radius: 6px; }";
constexpr char bubbleStyle[] = "QTextEdit { background: #dcf8c6; color: #111; border-radius: 12px;"
                               " padding: 8px 10px; }";

QString compactJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QLabel *textLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A message body as plain text that wraps anywhere, even inside a long URL that a label would
// cut off, and is exactly as tall as its text: the preview pane scrolls, this never does.
class WrappedText final : public QTextEdit
{
public:
    WrappedText(const QString &objectName, const QString &accessibleName, const QString &text,
                QWidget *parent)
        : QTextEdit(parent)
    {
        setObjectName(objectName);
        setAccessibleName(accessibleName);
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setLineWrapMode(QTextEdit::WidgetWidth);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        viewport()->setAutoFillBackground(false);
        document()->setDocumentMargin(0);
        setPlainText(text);
        fitHeight();
    }

    QSize minimumSizeHint() const override { return QSize(40, height()); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextEdit::resizeEvent(event);
        fitHeight();
    }

private:
    void fitHeight()
    {
        document()->setTextWidth(viewport()->width());
        const QMargins margins = contentsMargins() + viewportMargins();
        const int height
            = int(std::ceil(document()->size().height())) + margins.top() + margins.bottom();
        if (height != this->height())
            setFixedHeight(height);
    }
};

QString recipients(const QList<OpenTextDestination> &destinations)
{
    QStringList list;
    for (const OpenTextDestination &destination : destinations)
        list.append(
            destination.displayTo.isEmpty()
                ? destination.address
                : QStringLiteral("%1 <%2>").arg(destination.displayTo, destination.address));
    return list.join(QLatin1String(", "));
}

} // namespace

RulePreviewPane::RulePreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_stale(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_conditions(new QLabel(this))
    , m_cards(new QWidget(this))
    , m_cardsLayout(new QVBoxLayout(m_cards))
{
    setObjectName(QStringLiteral("rulePreviewPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Preview"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("previewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    m_stale->setObjectName(QStringLiteral("previewStale"));
    m_stale->setWordWrap(true);
    m_stale->setTextFormat(Qt::PlainText);
    m_stale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stale->setStyleSheet(QString::fromLatin1(errorStyle));
    m_stale->hide();
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_conditions->setObjectName(QStringLiteral("previewConditions"));
    m_conditions->setWordWrap(true);
    m_conditions->setTextFormat(Qt::PlainText);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_stale);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_conditions);
    contentLayout->addWidget(m_cards);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    setUnavailable(tr("Select or create a rule to see what it would send."));
}

RulePreviewPane::~RulePreviewPane() = default;

QString RulePreviewPane::smsSizeText(const SmsSize &size)
{
    const QString chars = tr("%1 chars").arg(size.length);
    const QString segments
        = size.segments == 1 ? tr("1 segment") : tr("%1 segments").arg(size.segments);
    return QStringLiteral("%1 · %2 · %3")
        .arg(chars, segments, size.gsm7 ? tr("GSM-7") : tr("Unicode"));
}

void RulePreviewPane::clear()
{
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr); // out of the tree now, deleted later
            widget->deleteLater();
        }
        delete item;
    }
}

void RulePreviewPane::setUnavailable(const QString &why)
{
    clear();
    m_hasPreview = false;
    m_stale->hide();
    m_summary->setText(why);
    m_summary->setStyleSheet(QString());
    m_conditions->clear();
    m_conditions->hide();
}

void RulePreviewPane::setStale(const QString &problem)
{
    if (!m_hasPreview) {
        setUnavailable(problem);
        return;
    }
    m_stale->setText(problem);
    m_stale->show();
    // Never "this sample matches" for a rule that cannot run as it stands.
    m_summary->setText(tr("Not updated until the rule is fixed; before this change it would "
                          "send:"));
    m_summary->setStyleSheet(QString());
}

void RulePreviewPane::setPreview(const RulePreview &preview, const QString &source)
{
    clear();
    m_hasPreview = true;
    m_stale->hide();
    m_stale->clear();
    if (!preview.triggered)
        m_summary->setText(tr("Events from %1 do not trigger this rule; with one that does, it "
                              "would send:")
                               .arg(source));
    else if (!preview.matched)
        m_summary->setText(tr("The conditions do not match this sample, so nothing would be "
                              "sent. If they did:"));
    else
        m_summary->setText(tr("This sample matches: the rule would send:"));
    m_summary->setStyleSheet(
        preview.triggered && preview.matched ? QStringLiteral("color: #1b7a2f;") : QString());
    QStringList lines;
    for (qsizetype i = 0; i < preview.leaves.size(); ++i) {
        const LeafResult &leaf = preview.leaves.at(i);
        const QJsonValue value = preview.leafValues.value(i, QJsonValue(QJsonValue::Undefined));
        const QString actual = leaf.actual.isUndefined()
            ? tr("nothing there")
            : tr("is %1").arg(compactJson(leaf.actual));
        QString test = leaf.path + QLatin1Char(' ') + leaf.op;
        if (!value.isUndefined())
            test += QLatin1Char(' ') + compactJson(value);
        lines.append(
            tr("%1 %2 (%3)")
                .arg(leaf.matched ? QStringLiteral("✓") : QStringLiteral("✗"), test, actual));
    }
    m_conditions->setText(lines.isEmpty()
                              ? tr("No conditions: every event from the trigger matches.")
                              : lines.join(QLatin1Char('\n')));
    m_conditions->show();
    if (!preview.ackLinkNote.isEmpty())
        m_cardsLayout->addWidget(
            textLabel(QStringLiteral("previewAckLinkNote"), preview.ackLinkNote, m_cards));
    if (preview.actions.isEmpty()) {
        m_cardsLayout->addWidget(textLabel(QStringLiteral("previewNoActions"),
                                           tr("The rule has no actions to send."), m_cards));
    }
    // When the messages would go: a delay or digest step, a recipient's quiet hours.
    if (!preview.timing.isEmpty())
        m_cardsLayout->addWidget(textLabel(QStringLiteral("previewTiming"),
                                           tr("When: %1").arg(preview.timing), m_cards));
    for (const ActionPreview &action : preview.actions) {
        m_cardsLayout->addWidget(actionCard(action));
        if (!action.when.isEmpty())
            m_cardsLayout->addWidget(
                textLabel(QStringLiteral("previewWhen%1").arg(action.index + 1),
                          tr("%1. %2").arg(action.index + 1).arg(action.when), m_cards));
    }
    if (preview.escalation.index >= 0)
        m_cardsLayout->addWidget(escalationCard(preview.escalation));
    // Created after the pane was shown, so hidden until told otherwise.
    for (int i = 0; i < m_cardsLayout->count(); ++i)
        m_cardsLayout->itemAt(i)->widget()->show();
}

QString RulePreviewPane::durationText(int seconds)
{
    if (seconds % 86400 == 0 && seconds >= 86400)
        return seconds == 86400 ? tr("1 day") : tr("%1 days").arg(seconds / 86400);
    if (seconds % 3600 == 0 && seconds >= 3600)
        return seconds == 3600 ? tr("1 hour") : tr("%1 hours").arg(seconds / 3600);
    if (seconds % 60 == 0 && seconds >= 60)
        return seconds == 60 ? tr("1 minute") : tr("%1 minutes").arg(seconds / 60);
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
}

QWidget *RulePreviewPane::escalationCard(const EscalationPreview &escalation)
{
    auto *card = new QFrame(m_cards);
    const QString name = QStringLiteral("previewAction%1").arg(escalation.index + 1);
    card->setObjectName(name);
    card->setStyleSheet(QString::fromLatin1(cardStyle).arg(name));
    auto *layout = new QVBoxLayout(card);
    QLabel *head = textLabel(QStringLiteral("previewHeading"),
                             tr("%1. Escalation").arg(escalation.index + 1), card);
    QFont bold = head->font();
    bold.setBold(true);
    head->setFont(bold);
    layout->addWidget(head);
    QStringList lines;
    lines.append(
        escalation.fromPayload
            ? tr("Unless acknowledged within %1 (the time this sample names):")
                  .arg(durationText(escalation.withinSeconds))
            : tr("Unless acknowledged within %1:").arg(durationText(escalation.withinSeconds)));
    for (qsizetype t = 0; t < escalation.tierActionCounts.size(); ++t) {
        const int actions = escalation.tierActionCounts.at(t);
        const QString what = actions == 1 ? tr("1 action") : tr("%1 actions").arg(actions);
        lines.append(t == 0 ? tr("tier 1 then: %1").arg(what)
                            : tr("tier %1, %2 later: %3")
                                  .arg(t + 1)
                                  .arg(durationText(escalation.tierDelaySeconds.at(t)), what));
    }
    layout->addWidget(
        textLabel(QStringLiteral("previewEscalation"), lines.join(QLatin1Char('\n')), card));
    return card;
}

QWidget *RulePreviewPane::actionCard(const ActionPreview &action)
{
    auto *card = new QFrame(m_cards);
    const QString name = QStringLiteral("previewAction%1").arg(action.index + 1);
    card->setObjectName(name);
    card->setStyleSheet(QString::fromLatin1(cardStyle).arg(name));
    auto *layout = new QVBoxLayout(card);
    const DeliveryRequest &request = action.delivery.request;
    QString heading;
    if (action.kind == RuleAction::Kind::Http)
        heading = tr("%1. HTTP request to %2").arg(action.index + 1).arg(request.target);
    else
        heading = tr("%1. OpenText %2 via %3")
                      .arg(action.index + 1)
                      .arg(channelName(action.channel), request.target);
    QLabel *head = textLabel(QStringLiteral("previewHeading"), heading, card);
    QFont bold = head->font();
    bold.setBold(true);
    head->setFont(bold);
    layout->addWidget(head);

    if (!action.delivery.renderError.isEmpty()) {
        // The card names the action: the words start at the field.
        QString words = action.error.text(Error::From::Field);
        if (!words.isEmpty())
            words[0] = words.at(0).toUpper();
        QLabel *error = textLabel(QStringLiteral("previewActionError"),
                                  tr("Would not be sent: %1").arg(words), card);
        error->setStyleSheet(QString::fromLatin1(errorStyle));
        layout->addWidget(error);
    }
    QStringList missing;
    for (auto it = action.missing.constBegin(); it != action.missing.constEnd(); ++it) {
        for (const QString &placeholder : it.value())
            missing.append(QStringLiteral("{{%1}}").arg(placeholder));
    }
    missing.removeDuplicates();
    if (!missing.isEmpty()) {
        QLabel *note = textLabel(
            QStringLiteral("previewMissing"),
            tr("No value in the sample for %1").arg(missing.join(QLatin1String(", "))), card);
        note->setStyleSheet(QStringLiteral("color: #a05a00;"));
        layout->addWidget(note);
    }
    if (!action.delivery.renderError.isEmpty())
        return card;

    if (action.kind == RuleAction::Kind::Http) {
        auto *text = new QPlainTextEdit(card);
        text->setObjectName(QStringLiteral("previewHttpRequest"));
        text->setAccessibleName(tr("HTTP request as it would be sent"));
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // Wrapped, even inside a long URL: the pane never scrolls sideways.
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        text->setPlainText(action.requestText);
        const int lines = qMin(24, int(action.requestText.count(QLatin1Char('\n'))) + 2);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * lines + 12);
        layout->addWidget(text);
        return card;
    }

    const OpenTextMessage &message = request.message;
    layout->addWidget(textLabel(QStringLiteral("previewTo"),
                                tr("To: %1").arg(recipients(message.destinations)), card));
    switch (channelInfo(action.channel).preview) {
    case OpenTextChannelInfo::Preview::Email: {
        if (!message.fromDisplayName.isEmpty())
            layout->addWidget(textLabel(QStringLiteral("previewFrom"),
                                        tr("From: %1").arg(message.fromDisplayName), card));
        QLabel *subject = textLabel(QStringLiteral("previewSubject"), message.subject, card);
        QFont subjectFont = subject->font();
        subjectFont.setBold(true);
        subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.1);
        subject->setFont(subjectFont);
        layout->addWidget(subject);
        if (!message.text.isEmpty())
            layout->addWidget(new WrappedText(QStringLiteral("previewBody"),
                                              tr("Message text as it would be sent"), message.text,
                                              card));
        if (!message.html.isEmpty()) {
            auto *html = new OfflineTextBrowser(card);
            html->setObjectName(QStringLiteral("previewHtml"));
            html->setAccessibleName(tr("HTML part as it would be sent"));
            html->setHtml(message.html);
            html->setFixedHeight(160);
            layout->addWidget(html);
        }
        break;
    }
    case OpenTextChannelInfo::Preview::Sms: {
        auto *bubble = new WrappedText(QStringLiteral("previewSmsText"),
                                       tr("SMS text as it would be sent"), message.text, card);
        bubble->setStyleSheet(QString::fromLatin1(bubbleStyle));
        layout->addWidget(bubble);
        layout->addWidget(
            textLabel(QStringLiteral("previewSmsCount"), smsSizeText(action.sms), card));
        break;
    }
    case OpenTextChannelInfo::Preview::Document:
    case OpenTextChannelInfo::Preview::Chat: {
        QString body = message.text;
        if (body.isEmpty() && !message.attachments.isEmpty())
            body = QString::fromUtf8(message.attachments.first().data);
        if (body.isEmpty() && !message.templateId.isEmpty())
            body = tr("Template %1").arg(message.templateId);
        layout->addWidget(new WrappedText(QStringLiteral("previewBody"),
                                          tr("Message text as it would be sent"), body, card));
        break;
    }
    }
    return card;
}

} // namespace OtBridge
