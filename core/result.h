// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace OtBridge {

// A value, or the error that says why there is none (STYLE.md rule 8): its words (error())
// and, where the failing code knows it, its kind and place as data (errorDetail()). A stand-in
// for std::expected until the project can require C++23.
//
// Reading the value of a failure is a bug: it asserts in debug builds.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    static Result failure(QString error) { return failure(Error::fromText(std::move(error))); }
    static Result failure(Error error)
    {
        Result result;
        result.m_text = error.text();
        result.m_error = std::move(error);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_text));
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_text));
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        Q_ASSERT_X(ok(), "Result::operator->", qPrintable(m_text));
        return &*m_value;
    }
    // The error in words, its place included (Error::text()); empty when ok().
    const QString &error() const { return m_text; }
    const Error &errorDetail() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_text;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    static Result failure(QString error) { return failure(Error::fromText(std::move(error))); }
    static Result failure(Error error)
    {
        Result result;
        result.m_text = error.text();
        result.m_error = std::move(error);
        result.m_ok = false;
        return result;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_text; }
    const Error &errorDetail() const { return m_error; }

private:
    bool m_ok = true;
    QString m_text;
    Error m_error;
};

} // namespace OtBridge
