#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets under tests/fuzz: the input as Qt types, and checks that
// end the run (libFuzzer then keeps the input as a reproducer).
namespace mdesk::fuzz {

// Starts one QCoreApplication for the whole run: Qt Sql loads its driver plugin through
// it, and translate() looks for translators there.
void ensureApplication();

// The input as a QByteArray (a deep copy: libFuzzer's buffer ends where size says).
QByteArray bytes(const uint8_t *data, size_t size);

// The input cut at the first line holding only `marker` ("---"): parts in order, the
// marker lines dropped. Lets a seed carry several documents (e.g. live and desired).
QList<QByteArray> parts(const QByteArray &input, const QByteArray &marker = "---");

// Serializes a value the way the app writes JSON out (files, events, CLI output), so a
// value that cannot be written fails here.
QByteArray written(const QJsonValue &value);

// Ends the run with a message on stderr when `holds` is false: a broken promise of the
// code under test, kept by libFuzzer as a crash.
void require(bool holds, const char *what);

} // namespace mdesk::fuzz
