#include "platform/positioning/position_sources.h"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

namespace veldwerk::platform {

PositionSourceFactory systemPositionSource() {
    return [](QObject* parent) { return QGeoPositionInfoSource::createDefaultSource(parent); };
}

PositionSourceFactory nmeaFilePositionSource(const QString& path) {
    return [path](QObject* parent) -> QGeoPositionInfoSource* {
        auto* source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
        auto* file = new QFile(path, source);
        if (!file->open(QIODevice::ReadOnly)) {
            delete source;
            return nullptr;
        }
        source->setUserEquivalentRangeError(kNmeaRangeErrorM);
        source->setDevice(file);
        return source;
    };
}

PositionSourceFactory nmeaDevicePositionSource(QIODevice* device) {
    return [device](QObject* parent) -> QGeoPositionInfoSource* {
        // Simulation mode: the first fix is emitted at once, later ones at the recorded pace (in
        // Qt 6.4 real-time mode reads nothing from a QBuffer filled before it was attached: it
        // waits for a readyRead that never comes).
        auto* source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
        source->setUserEquivalentRangeError(kNmeaRangeErrorM);
        source->setDevice(device);
        return source;
    };
}

}  // namespace veldwerk::platform
