// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/workspace.h"
#include "ruleeditor.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QStringListModel;

namespace OtBridge {

class Engine;
class RuleDocument;
class RuleListModel;
class RulePreviewPane;
class SamplePayloadPane;

// The Rules page: the workspace's rules (search, enable, new, duplicate, delete), the selected
// rule's editor with the sample payload beside it to drag fields from, and a live preview of
// what the rule would send. Every edit can be undone; Save writes the workspace file, and only
// when every rule validates.
class RuleDesignerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDesignerPage)

public:
    explicit RuleDesignerPage(Engine *engine, QWidget *parent = nullptr);
    ~RuleDesignerPage() override;

    // Takes the engine's workspace (the built-in default while it is not running) and its file.
    void reload();
    // Designs the rules of this workspace; saving writes path (empty: decided as in savePath()).
    void load(const Workspace &workspace, const QString &path);
    // Where Save writes.
    QString savePath() const;
    bool save();

    RuleDocument *document() const { return m_document; }
    RuleListModel *listModel() const { return m_listModel; }
    RuleEditor *editor() const { return m_editor; }
    SamplePayloadPane *samplePane() const { return m_samples; }
    RulePreviewPane *previewPane() const { return m_preview; }
    int currentRow() const { return m_current; }
    void selectRule(int row);
    // The validation error of each rule in words, from the rule on (empty: valid), in the
    // document's order; ruleErrorDetails() has each with its place.
    QStringList ruleErrors() const { return m_errors; }
    QList<Error> ruleErrorDetails() const { return m_errorDetails; }

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &error);

private:
    void handleDocumentChanged(int row);
    void handleCurrentChanged();
    void validate();
    void updatePreview();
    void placeProblem(const Error &error, RuleEditor::Problems &problems) const;
    void updateSampleNames();
    void newRule();
    void duplicateRule();
    void deleteRule();
    QString uniqueName(const QString &base) const;
    Error ruleError(const QJsonObject &rule) const;
    QByteArray documentWith(const QJsonArray &rules) const;
    void showResult(bool ok, const QString &text);

    Engine *m_engine;
    RuleDocument *m_document;
    RuleListModel *m_listModel;
    QSortFilterProxyModel *m_filter;
    QStringListModel *m_names;
    QLineEdit *m_search;
    QListView *m_list;
    QStackedWidget *m_editorStack;
    QLabel *m_emptyState;
    RuleEditor *m_editor;
    SamplePayloadPane *m_samples;
    RulePreviewPane *m_preview;
    QLabel *m_result;
    QAction *m_saveAction;
    QAction *m_newAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    Workspace m_workspace; // as loaded: targets, roles, sources for the editor and preview
    QJsonObject m_base; // the workspace file as loaded; saving replaces only its "rules"
    QString m_path;
    int m_current = -1;
    int m_previewRow = -1; // the rule the preview shows, while the rule count stays m_previewRows
    int m_previewRows = -1;
    QStringList m_errors;
    QList<Error> m_errorDetails;
    mutable QHash<QByteArray, Error> m_errorCache; // rule JSON → error, for unchanged rules
    bool m_selecting = false;
};

} // namespace OtBridge
