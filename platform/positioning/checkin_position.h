// Seeks one position fix for a check-in or check-out. Never blocks a visit: no fix within the
// timeout (30 s), no source, a denied permission or a source error all end in a stamp without a
// position ("no_fix"; "off" when positioning is off for the app or set to `never`), and the
// worker can decline at any moment ("declined"). The fix carries its accuracy and time, so the
// screen can show how good and how old it is. Positions are never logged.
#pragma once

#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

#include "core/visit/position_stamp.h"
#include "platform/positioning/position_sources.h"
#include "platform/positioning/position_use.h"

class QGeoPositionInfo;

namespace veldwerk::platform {

constexpr std::chrono::milliseconds kFixTimeout{30000};

class CheckinPosition : public QObject {
    Q_OBJECT
public:
    CheckinPosition(PositionSourceFactory sources, PositionUse use,
                    std::chrono::milliseconds timeout = kFixTimeout, QObject* parent = nullptr);
    ~CheckinPosition() override;

    PositionUse use() const { return m_use; }
    void setUse(PositionUse use) { m_use = use; }
    // `ask`: the screen asks the worker before seek().
    bool asksFirst() const { return m_use == PositionUse::Ask; }
    bool seeking() const { return m_source != nullptr; }
    // How many sources were opened (never mode: none).
    int sourcesOpened() const { return m_opened; }

    // Starts seeking a fix; finished() follows exactly once (at once in `never` mode).
    void seek();
    // The worker declines: finished() with "declined" at once.
    void decline();

signals:
    void finished(const veldwerk::visit::PositionStamp& stamp);

private:
    void finish(visit::PositionStamp stamp);
    void onUpdate(const QGeoPositionInfo& info);

    PositionSourceFactory m_sources;
    PositionUse m_use;
    std::chrono::milliseconds m_timeout;
    QPointer<QGeoPositionInfoSource> m_source;
    QTimer m_timer;
    int m_opened = 0;
};

}  // namespace veldwerk::platform
