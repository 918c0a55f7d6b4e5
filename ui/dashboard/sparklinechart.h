// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <deque>
#include <functional>

namespace OtBridge {

// A small time series painted with QPainter: a title with the unit, the latest value large, the
// maximum of what is shown, the line over a time axis (how long ago, up to now) with its scale's
// top and zero labelled. Colours come from the palette, so a dark
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

    // How far apart the values are in time (one a second by default): the time axis under the
    // plot counts back from now by it.
    void setSampleInterval(int ms);
    QStringList timeAxisLabels() const;

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
    int m_capacity = 121; // two minutes: 120 intervals of a second
    int m_sampleIntervalMs = 1000;
    std::deque<double> m_values;
};

} // namespace OtBridge
