#include "qml/services/visit_wording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include "qml/services/dutch_wording.h"

namespace veldwerk::app::wording {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

QLocale dutch() {
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}
}  // namespace

QString clockText(std::int64_t msSinceEpoch) {
    return dutch().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(),
                            QStringLiteral("HH:mm"));
}

QString durationText(std::int64_t ms) {
    const auto minutes = std::max<std::int64_t>(0, ms / 60000);
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    return tr("%1 uur %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString fixText(const visit::Fix& fix, std::int64_t nowMs) {
    const auto accuracy = tr("± %1 m").arg(qRound(fix.accuracyM));
    const auto ageMs = std::max<std::int64_t>(0, nowMs - fix.atMs);
    if (ageMs < 60 * 1000) {
        return tr("%1, %2 s oud").arg(accuracy).arg(ageMs / 1000);
    }
    if (ageMs < 60 * 60 * 1000) {
        return tr("%1, %2 min oud").arg(accuracy).arg(ageMs / 60000);
    }
    // A replayed recording (the demo) or a stale fix: its moment says more than an age.
    return tr("%1, van %2").arg(accuracy, momentText(fix.atMs, nowMs));
}

QString stampText(const visit::PositionStamp& stamp, std::int64_t nowMs) {
    if (!stamp.fix) {
        return tr("Geen positie: %1").arg(noPositionText(stamp.reason));
    }
    auto f = *stamp.fix;
    if (f.atMs <= 0) {
        f.atMs = stamp.atMs;  // a position typed in (veldwerk-cli) has no fix time of its own
    }
    const QLocale nl = dutch();
    return tr("%1 %2 · %3 %4 (%5)")
        .arg(nl.toString(std::abs(f.latitude), 'f', 5), f.latitude >= 0 ? tr("N") : tr("Z"),
             nl.toString(std::abs(f.longitude), 'f', 5), f.longitude >= 0 ? tr("O") : tr("W"),
             fixText(f, nowMs));
}

QString noPositionText(const std::string& reason) {
    if (reason == "declined") {
        return tr("geweigerd");
    }
    if (reason == "off") {
        return tr("positiebepaling staat uit");
    }
    return tr("geen positie gevonden");
}

}  // namespace veldwerk::app::wording
