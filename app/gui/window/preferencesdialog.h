// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace bw {

// Edit > Preferences: language, how soon unsaved text is kept for recovery, probe timeout and
// concurrency, and curl-style --connect-to rules. Opens with what the settings say; OK refuses
// a rule that does not parse (saying which) and otherwise writes the settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    static const QString languageKey;
    static const QString autosaveKey;
    static const QString connectToKey;
    static constexpr int defaultAutosaveSeconds = 1;

    explicit PreferencesDialog(QWidget* parent = nullptr);

    [[nodiscard]] int autosaveSeconds() const;
    // The rules as typed, one a line, blank lines left out.
    [[nodiscard]] QStringList connectToRules() const;

    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QSpinBox* m_autosave = nullptr;
    QSpinBox* m_probeTimeout = nullptr;
    QSpinBox* m_probeConcurrency = nullptr;
    QPlainTextEdit* m_connectTo = nullptr;
    QLabel* m_connectToError = nullptr;
};

} // namespace bw
