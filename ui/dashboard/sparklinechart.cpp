// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinechart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace OtBridge {

namespace {

constexpr int margin = 8;

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

SparklineChart::SparklineChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(title);
    setFocusPolicy(Qt::TabFocus); // a screen reader user can land on it and hear the summary
    updateDescription();
}

SparklineChart::~SparklineChart() = default;

void SparklineChart::setFormatter(Formatter formatter)
{
    m_formatter = std::move(formatter);
    updateDescription();
    update();
}

void SparklineChart::setCapacity(int values)
{
    m_capacity = std::max(2, values);
    while (int(m_values.size()) > m_capacity)
        m_values.pop_front();
    update();
}

void SparklineChart::addValue(double value)
{
    m_values.push_back(value);
    while (int(m_values.size()) > m_capacity)
        m_values.pop_front();
    updateDescription();
    update();
}

void SparklineChart::clear()
{
    m_values.clear();
    updateDescription();
    update();
}

double SparklineChart::latestValue() const
{
    return m_values.empty() ? std::numeric_limits<double>::quiet_NaN() : m_values.back();
}

double SparklineChart::minimum() const
{
    double result = std::numeric_limits<double>::quiet_NaN();
    for (double value : m_values) {
        if (!std::isnan(value) && (std::isnan(result) || value < result))
            result = value;
    }
    return result;
}

double SparklineChart::maximum() const
{
    double result = std::numeric_limits<double>::quiet_NaN();
    for (double value : m_values) {
        if (!std::isnan(value) && (std::isnan(result) || value > result))
            result = value;
    }
    return result;
}

QString SparklineChart::format(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (m_formatter)
        return m_formatter(value);
    return QLocale().toString(value, 'f', std::abs(value) < 10 ? 1 : 0);
}

void SparklineChart::setSampleInterval(int ms)
{
    m_sampleIntervalMs = std::max(1, ms);
    update();
}

QStringList SparklineChart::timeAxisLabels() const
{
    // The whole width is capacity values, one every sample interval: the left edge is that
    // long ago, the middle half of it.
    const qint64 spanMs = qint64(m_capacity - 1) * m_sampleIntervalMs;
    const auto ago = [](qint64 ms) {
        const qint64 seconds = (ms + 500) / 1000;
        if (seconds % 60 == 0 && seconds >= 60)
            return tr("−%n min", nullptr, int(seconds / 60));
        return tr("−%n s", nullptr, int(seconds));
    };
    return {ago(spanMs), ago(spanMs / 2), tr("now")};
}

QString SparklineChart::summary() const
{
    return tr("%1: %2 (min %3, max %4)")
        .arg(m_title, format(latestValue()), format(minimum()), format(maximum()));
}

void SparklineChart::updateDescription()
{
    setAccessibleDescription(summary());
    setToolTip(summary());
}

QSize SparklineChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 32, metrics.height() * 9 + 2 * margin};
}

QSize SparklineChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 18, metrics.height() * 6 + 2 * margin};
}

void SparklineChart::changeEvent(QEvent *event)
{
    // Light to dark and back: the next paint picks the new palette up.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void SparklineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = mix(base, text, 0.55);
    const QColor grid = mix(base, text, 0.15);
    const QColor line = pal.color(QPalette::Highlight);

    QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(grid);
    painter.setBrush(base);
    painter.drawRoundedRect(frame, 4, 4);
    if (hasFocus()) {
        painter.setPen(QPen(line, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), 3, 3);
    }

    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    const QFontMetrics small = fontMetrics();

    // Title (the axis's name) top left, the latest value large under it; the maximum top
    // right, the title cut short of it.
    const QString maxText = tr("max %1").arg(format(maximum()));
    painter.setPen(dim);
    painter.drawText(area.left(), area.top() + small.ascent(),
                     small.elidedText(m_title, Qt::ElideRight,
                                      area.width() - small.horizontalAdvance(maxText) - 8));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    const QFontMetrics bigMetrics(big);
    painter.setFont(big);
    painter.setPen(text);
    const int valueBaseline = area.top() + small.height() + bigMetrics.ascent();
    painter.drawText(area.left(), valueBaseline, format(latestValue()));
    painter.setFont(font());

    // Max at the top right. Under the plot the time axis: how long ago, up to now.
    const int plotTop = valueBaseline + bigMetrics.descent() + 4;
    const QRect plot(area.left(), plotTop, area.width(), area.bottom() - plotTop - small.height());
    const double lo = minimum();
    const double hi = maximum();
    painter.setPen(dim);
    painter.drawText(area.right() - small.horizontalAdvance(maxText), area.top() + small.ascent(),
                     maxText);
    const QStringList ticks = timeAxisLabels();
    const int axisBaseline = area.bottom() - small.descent();
    for (int i = 0; i < ticks.size(); ++i) {
        const int width = small.horizontalAdvance(ticks.at(i));
        const int x = ticks.size() == 1
            ? area.right() - width
            : area.left() + (area.width() - width) * i / int(ticks.size() - 1);
        painter.drawText(x, axisBaseline, ticks.at(i));
    }
    // The scale starts at zero (rates and latencies are never negative) and keeps a flat line
    // off the top edge; its top and bottom lines are labelled with their values.
    const double top = std::isnan(hi) || std::max(hi, 0.0) <= 0 ? 1.0 : std::max(hi, 0.0) * 1.1;
    const double bottom = std::isnan(lo) ? 0.0 : std::min(lo, 0.0);
    painter.setPen(QPen(grid, 1, Qt::DotLine));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.topRight());
    if (plot.height() >= small.height() * 2) {
        painter.setPen(dim);
        painter.drawText(plot.left() + 2, plot.top() + small.ascent() + 1, format(top));
        painter.drawText(plot.left() + 2, plot.bottom() - small.descent() - 1, format(bottom));
    }

    if (m_values.empty() || plot.height() < 4 || std::isnan(hi))
        return;
    const double step = double(plot.width()) / double(m_capacity - 1);
    const double xStart = plot.right() - step * double(m_values.size() - 1);
    const auto yOf = [&](double value) {
        return plot.bottom() - (value - bottom) / (top - bottom) * plot.height();
    };
    QPainterPath path;
    QPainterPath fill;
    bool drawing = false;
    double segmentStart = 0;
    double x = xStart;
    const auto closeFill = [&](double endX) {
        fill.lineTo(endX, plot.bottom());
        fill.lineTo(segmentStart, plot.bottom());
        fill.closeSubpath();
    };
    for (double value : m_values) {
        if (std::isnan(value)) {
            if (drawing)
                closeFill(x - step);
            drawing = false;
        } else if (!drawing) {
            path.moveTo(x, yOf(value));
            fill.moveTo(x, yOf(value));
            segmentStart = x;
            drawing = true;
        } else {
            path.lineTo(x, yOf(value));
            fill.lineTo(x, yOf(value));
        }
        x += step;
    }
    if (drawing)
        closeFill(x - step);
    QColor area2 = line;
    area2.setAlphaF(0.18);
    painter.setPen(Qt::NoPen);
    painter.setBrush(area2);
    painter.drawPath(fill);
    painter.setPen(QPen(line, 1.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // The latest point, so a single value is visible too.
    if (!std::isnan(latestValue())) {
        painter.setBrush(line);
        painter.drawEllipse(QPointF(x - step, yOf(latestValue())), 2.5, 2.5);
    }
}

} // namespace OtBridge
