// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QTreeView;

namespace OtBridge {

class EngineClient;
class JsonTreeModel;

// The sample a rule is designed against: one of the built-in samples (one per use case) or an
// event captured in the store, shown as a tree whose fields can be dragged onto the rule.
class SamplePayloadPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplePayloadPane)

public:
    struct Sample
    {
        QString title;
        QString source;
        QJsonValue payload;
        QUuid eventId; // captured events; null for built-in samples
        QDateTime receivedAt;
    };

    explicit SamplePayloadPane(QWidget *parent = nullptr);
    ~SamplePayloadPane() override;

    // Where captured events come from; null: built-in samples only.
    void setClient(EngineClient *client);
    // Sources of OT Bridge's own traffic (OpenText status pushes, internal events): their
    // captured events are offered after everyone else's.
    void setInternalSources(const QStringList &sources) { m_internalSources = sources; }
    // Reads the newest captured events again (off the GUI thread).
    void refreshCaptured();
    const Sample &sample() const { return m_sample; }
    // Chooses the first built-in sample from one of these sources, unless the current sample
    // already comes from one of them.
    void preferSources(const QStringList &sources);
    // Chooses the entry at this row of the sample list (built-in samples first).
    void choose(int row);
    // Captured events offered: one per source and body, however often it arrived.
    int capturedCount() const { return m_captured; }

    QComboBox *chooser() const { return m_chooser; }
    QTreeView *tree() const { return m_tree; }
    JsonTreeModel *model() const { return m_model; }
    // Every JSON Pointer of the sample, in document order.
    QStringList pointers() const;

Q_SIGNALS:
    void sampleChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadBuiltIns();
    void handleChosen(int row);
    void show(const Sample &sample);
    void fitColumns();

    QComboBox *m_chooser;
    QToolButton *m_refresh;
    QTreeView *m_tree;
    QLabel *m_note;
    JsonTreeModel *m_model;
    EngineClient *m_client = nullptr;
    QStringList m_internalSources;
    QList<Sample> m_builtIns;
    int m_captured = 0;
    quint64 m_listReads = 0; // which list of captured events is still wanted
    quint64 m_eventReads = 0; // which chosen event is still wanted
    Sample m_sample;
};

} // namespace OtBridge
