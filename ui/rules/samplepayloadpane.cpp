// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplepayloadpane.h"

#include "console/jsontreemodel.h"
#include "engine/engineclient.h"
#include "rules/router.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace OtBridge {

namespace {

enum ItemRole { KindRole = Qt::UserRole, KeyRole };
constexpr char builtInKind[] = "builtin";
constexpr char capturedKind[] = "captured";
constexpr char groupKind[] = "group";
// How many of the newest events are read to find distinct ones, and how many are offered: a
// status callback repeated 30 times is one sample, not 30.
constexpr int capturedScan = 200;
constexpr int capturedLimit = 40;

void walk(const QJsonValue &value, const QString &prefix, QStringList &pointers)
{
    const auto add = [&](const QString &key, const QJsonValue &child) {
        const QString pointer = prefix + QLatin1Char('/') + JsonTreeModel::escapePointerToken(key);
        pointers.append(pointer);
        walk(child, pointer, pointers);
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), array.at(i));
    }
}

} // namespace

SamplePayloadPane::SamplePayloadPane(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_tree(new QTreeView(this))
    , m_note(new QLabel(this))
    , m_model(new JsonTreeModel(this))
{
    setObjectName(QStringLiteral("samplePayloadPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Sample payload"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_chooser->setObjectName(QStringLiteral("sampleChooser"));
    m_chooser->setAccessibleName(tr("Sample payload to design against"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_refresh->setObjectName(QStringLiteral("refreshCapturedButton"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Read the captured events again"));
    m_refresh->setToolTip(tr("Read the captured events again (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setEnabled(false);
    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(m_refresh);
    layout->addLayout(chooserRow);
    m_tree->setObjectName(QStringLiteral("sampleTree"));
    m_tree->setAccessibleName(
        tr("Fields of the sample payload; drag one onto a field of the rule"));
    m_tree->setModel(m_model);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    // Keys as wide as they are, values in what is left (cut, the whole value in the tooltip):
    // the tree never scrolls sideways in a narrow pane.
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnHidden(JsonTreeModel::TypeColumn, true);
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_tree, 1);
    m_note->setObjectName(QStringLiteral("sampleNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Drag a field onto a message field to insert its placeholder, or onto a "
                       "condition's field to test it."));
    layout->addWidget(m_note);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &SamplePayloadPane::handleChosen);
    connect(m_refresh, &QToolButton::clicked, this, &SamplePayloadPane::refreshCaptured);
    loadBuiltIns();
}

SamplePayloadPane::~SamplePayloadPane() = default;

void SamplePayloadPane::loadBuiltIns()
{
    QFile index(QStringLiteral(":/samples/index.json"));
    if (index.open(QIODevice::ReadOnly)) {
        const QJsonArray samples = QJsonDocument::fromJson(index.readAll())
                                       .object()
                                       .value(QLatin1String("samples"))
                                       .toArray();
        for (const QJsonValue &value : samples) {
            const QJsonObject entry = value.toObject();
            QFile file(QStringLiteral(":/samples/")
                       + entry.value(QLatin1String("file")).toString());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Sample sample;
            sample.title = tr("Use case %1: %2")
                               .arg(entry.value(QLatin1String("use_case")).toInt())
                               .arg(entry.value(QLatin1String("title")).toString());
            sample.source = entry.value(QLatin1String("source")).toString();
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
            sample.payload
                = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            m_builtIns.append(sample);
        }
    }
    const QSignalBlocker blocker(m_chooser);
    for (int i = 0; i < m_builtIns.size(); ++i) {
        m_chooser->addItem(m_builtIns.at(i).title);
        m_chooser->setItemData(i, QString::fromLatin1(builtInKind), KindRole);
        m_chooser->setItemData(i, i, KeyRole);
        m_chooser->setItemData(i, tr("Built-in sample from source %1").arg(m_builtIns.at(i).source),
                               Qt::ToolTipRole);
    }
    if (!m_builtIns.isEmpty()) {
        m_chooser->setCurrentIndex(0);
        show(m_builtIns.first());
    }
}

void SamplePayloadPane::setClient(EngineClient *client)
{
    m_client = client;
    m_refresh->setEnabled(client != nullptr);
    refreshCaptured();
}

void SamplePayloadPane::fitColumns()
{
    // Keys as wide as the longest, up to three fifths of the tree.
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    const int keys = m_tree->columnWidth(JsonTreeModel::KeyColumn);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn,
                           qMax(40, qMin(keys, m_tree->viewport()->width() * 3 / 5)));
}

bool SamplePayloadPane::eventFilter(QObject *watched, QEvent *event)
{
    // The tree's own width, once its layout gave it one (not the pane's, which is resized
    // first, nor while the page is hidden).
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void SamplePayloadPane::showEvent(QShowEvent *event)
{
    // Events captured while another page was open are offered on coming back.
    refreshCaptured();
    QWidget::showEvent(event);
}

void SamplePayloadPane::refreshCaptured()
{
    if (!m_client)
        return;
    const quint64 read = ++m_listReads;
    // It reads every body of the newest events: off the GUI thread.
    m_client->capturedEvents(
        capturedScan, capturedLimit, this, [this, read](Result<QList<CapturedEvent>> captured) {
            if (read != m_listReads || !captured)
                return; // a newer read was asked for, or the store is closed: keep the list
            const QList<CapturedEvent> &events = captured.value();
            // Grouped by source: the source with the newest event first, OT Bridge's own traffic
            // after every other; within a group, newest first (the order events came in).
            QStringList sources;
            for (const CapturedEvent &event : events) {
                if (!sources.contains(event.source))
                    sources.append(event.source);
            }
            std::stable_partition(sources.begin(), sources.end(), [this](const QString &source) {
                return !m_internalSources.contains(source);
            });

            const QSignalBlocker blocker(m_chooser);
            const QVariant current = m_chooser->currentData(KeyRole);
            const bool currentCaptured
                = m_chooser->currentData(KindRole).toString() == QLatin1String(capturedKind);
            while (m_chooser->count() > m_builtIns.size())
                m_chooser->removeItem(m_chooser->count() - 1);
            m_captured = 0;
            auto *model = qobject_cast<QStandardItemModel *>(m_chooser->model());
            for (const QString &source : std::as_const(sources)) {
                m_chooser->insertSeparator(m_chooser->count());
                const int header = m_chooser->count();
                m_chooser->addItem(
                    m_internalSources.contains(source)
                        ? tr("Captured from %1 (OT Bridge's own traffic)").arg(source)
                        : tr("Captured from %1").arg(source));
                m_chooser->setItemData(header, QString::fromLatin1(groupKind), KindRole);
                if (QStandardItem *item = model ? model->item(header) : nullptr) {
                    item->setFlags(Qt::NoItemFlags); // a heading, not a choice
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                for (const CapturedEvent &event : events) {
                    if (event.source != source)
                        continue;
                    const int row = m_chooser->count();
                    m_chooser->addItem(tr("Captured %1 · %2")
                                           .arg(QLocale().toString(event.receivedAt.toLocalTime(),
                                                                   QLocale::ShortFormat),
                                                event.source));
                    m_chooser->setItemData(row, QString::fromLatin1(capturedKind), KindRole);
                    m_chooser->setItemData(row, event.id.toString(QUuid::WithoutBraces), KeyRole);
                    QStringList tip;
                    if (!event.kind.isEmpty())
                        tip.append(event.kind);
                    if (event.copies > 1)
                        tip.append(tr("the newest of %n events with this same body", nullptr,
                                      event.copies));
                    m_chooser->setItemData(row, tip.join(QStringLiteral(" · ")), Qt::ToolTipRole);
                    ++m_captured;
                }
            }
            if (currentCaptured) {
                const int row = m_chooser->findData(current, KeyRole);
                if (row >= 0)
                    m_chooser->setCurrentIndex(row);
            }
        });
}

void SamplePayloadPane::choose(int row)
{
    m_chooser->setCurrentIndex(row);
}

void SamplePayloadPane::handleChosen(int row)
{
    const QString kind = m_chooser->itemData(row, KindRole).toString();
    if (kind == QLatin1String(builtInKind)) {
        ++m_eventReads;
        show(m_builtIns.value(m_chooser->itemData(row, KeyRole).toInt()));
        return;
    }
    if (kind != QLatin1String(capturedKind) || !m_client)
        return;
    const QUuid id = QUuid::fromString(m_chooser->itemData(row, KeyRole).toString());
    const QString title = m_chooser->itemText(row);
    const quint64 read = ++m_eventReads;
    m_client->event(id, this, [this, read, title](Result<Event> event) {
        if (read != m_eventReads)
            return;
        if (!event) {
            m_note->setText(tr("That event is no longer in the store."));
            return;
        }
        Sample sample;
        sample.title = title;
        sample.source = event->source;
        sample.payload = eventBodyJson(event.value());
        sample.eventId = event->id;
        sample.receivedAt = event->receivedAt;
        show(sample);
    });
}

void SamplePayloadPane::show(const Sample &sample)
{
    m_sample = sample;
    if (sample.payload.isObject())
        m_model->setDocument(QJsonDocument(sample.payload.toObject()));
    else if (sample.payload.isArray())
        m_model->setDocument(QJsonDocument(sample.payload.toArray()));
    else
        m_model->setDocument(QJsonDocument());
    m_tree->expandToDepth(1);
    fitColumns();
    m_note->setText(sample.payload.isObject() || sample.payload.isArray()
                        ? tr("Drag a field onto a message field to insert its placeholder, or "
                             "onto a condition's field to test it.")
                        : tr("This event's body is not JSON: rules see no fields in it."));
    Q_EMIT sampleChanged();
}

void SamplePayloadPane::preferSources(const QStringList &sources)
{
    if (sources.isEmpty() || sources.contains(m_sample.source))
        return;
    for (int i = 0; i < m_builtIns.size(); ++i) {
        if (sources.contains(m_builtIns.at(i).source)) {
            m_chooser->setCurrentIndex(i);
            return;
        }
    }
}

QStringList SamplePayloadPane::pointers() const
{
    QStringList pointers;
    walk(m_sample.payload, {}, pointers);
    return pointers;
}

} // namespace OtBridge
