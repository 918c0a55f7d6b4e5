// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <deque>
#include <functional>

namespace OtBridge {

// A small time series painted with QPainter: a title, the latest value large, the minimum and
// maximum of what is shown, and the line itself. Colours come from the palette, so a dark
// system theme gives a dark chart. A missing value (no latency without deliveries) leaves a gap
// and reads as "–".
class SparklineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineChart)

public:
    using Formatter = std::function<QString(double)>;

    explicit SparklineChart(const QString &title, QWidget *parent = nullptr);
    ~SparklineChart() override;

    // How a value reads ("12.5/s", "230 ms"); the locale's number by default.
    void setFormatter(Formatter formatter);
    // How many values are kept and drawn (one a second: two minutes by default).
    void setCapacity(int values);
    int capacity() const { return m_capacity; }

    // Appends a value; NaN for "no value at this time".
    void addValue(double value);
    void clear();

    QString title() const { return m_title; }
    int count() const { return int(m_values.size()); }
    // NaN when there is none.
    double latestValue() const;
    double minimum() const; // of the values shown; NaN when none
    double maximum() const;
    // What the chart says in words: "Events per second: 12.5/s (min 0/s, max 20/s)".
    QString summary() const;
    QString format(double value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();

    QString m_title;
    Formatter m_formatter;
    int m_capacity = 120;
    std::deque<double> m_values;
};

} // namespace OtBridge
