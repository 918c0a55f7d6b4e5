// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplepayloadpane.h"

#include "console/jsontreemodel.h"
#include "event/eventstore.h"
#include "rules/router.h"

#include <QComboBox>
#include <QFile>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace OtBridge {

namespace {

enum ItemRole { KindRole = Qt::UserRole, KeyRole };
constexpr char builtInKind[] = "builtin";
constexpr char capturedKind[] = "captured";
constexpr int capturedLimit = 50;

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
    m_chooser->setMinimumContentsLength(20);
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
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(JsonTreeModel::TypeColumn, true);
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

void SamplePayloadPane::setStore(EventStore *store)
{
    m_store = store;
    m_refresh->setEnabled(store != nullptr);
    refreshCaptured();
}

void SamplePayloadPane::showEvent(QShowEvent *event)
{
    // Events captured while another page was open are offered on coming back.
    refreshCaptured();
    QWidget::showEvent(event);
}

void SamplePayloadPane::refreshCaptured()
{
    if (!m_store || !m_store->isOpen())
        return;
    const quint64 read = ++m_listReads;
    EventStore *store = m_store;
    auto *watcher = new QFutureWatcher<QList<EventSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, read] {
        watcher->deleteLater();
        if (read != m_listReads)
            return;
        const QList<EventSummary> events = watcher->result();
        const QSignalBlocker blocker(m_chooser);
        const QVariant current = m_chooser->currentData(KeyRole);
        const bool currentCaptured
            = m_chooser->currentData(KindRole).toString() == QLatin1String(capturedKind);
        while (m_chooser->count() > m_builtIns.size())
            m_chooser->removeItem(m_chooser->count() - 1);
        m_captured = 0;
        for (auto it = events.crbegin(); it != events.crend(); ++it) { // newest first
            if (it->rejected || it->id.isNull())
                continue;
            if (m_captured == 0)
                m_chooser->insertSeparator(m_chooser->count());
            const int row = m_chooser->count();
            m_chooser->addItem(
                tr("Captured %1 · %2")
                    .arg(QLocale().toString(it->receivedAt.toLocalTime(), QLocale::ShortFormat),
                         it->source));
            m_chooser->setItemData(row, QString::fromLatin1(capturedKind), KindRole);
            m_chooser->setItemData(row, it->id.toString(QUuid::WithoutBraces), KeyRole);
            m_chooser->setItemData(row, it->source, Qt::UserRole + 2);
            ++m_captured;
        }
        if (currentCaptured) {
            const int row = m_chooser->findData(current, KeyRole);
            if (row >= 0)
                m_chooser->setCurrentIndex(row);
        }
    });
    watcher->setFuture(QtConcurrent::run([store] { return store->recent(capturedLimit); }));
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
    if (kind != QLatin1String(capturedKind) || !m_store)
        return;
    const QUuid id = QUuid::fromString(m_chooser->itemData(row, KeyRole).toString());
    const QString title = m_chooser->itemText(row);
    const quint64 read = ++m_eventReads;
    EventStore *store = m_store;
    auto *watcher = new QFutureWatcher<std::optional<Event>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, read, title] {
        watcher->deleteLater();
        if (read != m_eventReads)
            return;
        const std::optional<Event> event = watcher->result();
        if (!event) {
            m_note->setText(tr("That event is no longer in the store."));
            return;
        }
        Sample sample;
        sample.title = title;
        sample.source = event->source;
        sample.payload = eventBodyJson(*event);
        sample.eventId = event->id;
        sample.receivedAt = event->receivedAt;
        show(sample);
    });
    watcher->setFuture(QtConcurrent::run([store, id] { return store->event(id); }));
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
