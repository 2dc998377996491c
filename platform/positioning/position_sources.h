// Where fixes come from, injected: a factory that opens a QGeoPositionInfoSource when a fix is
// sought (and only then: in `never` mode nothing is opened). The app uses the system's default
// source; tests and the demo replay a recorded NMEA file through QNmeaPositionInfoSource.
#pragma once

#include <QIODevice>
#include <QString>
#include <functional>

class QGeoPositionInfoSource;
class QObject;

namespace veldwerk::platform {

// Opens a source owned by `parent`; nullptr when the device has none.
using PositionSourceFactory = std::function<QGeoPositionInfoSource*(QObject* parent)>;

// The system's default source (may be none, e.g. Linux without GeoClue: no fix, never a block).
PositionSourceFactory systemPositionSource();

// A recorded NMEA file, replayed at its recorded pace (simulation mode): `veldwerk-app --nmea`.
PositionSourceFactory nmeaFilePositionSource(const QString& path);

// NMEA sentences from a device the caller owns (tests: a QBuffer); the first fix comes at once.
PositionSourceFactory nmeaDevicePositionSource(QIODevice* device);

// Accuracy of a NMEA fix: Qt reports 2 x its HDOP x this user equivalent range error, in metres.
constexpr double kNmeaRangeErrorM = 5.0;

}  // namespace veldwerk::platform
