#include "platform/positioning/checkin_position.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>

namespace veldwerk::platform {

namespace {
visit::PositionStamp without(const char* reason) {
    visit::PositionStamp stamp;
    stamp.reason = reason;
    return stamp;
}
}  // namespace

CheckinPosition::CheckinPosition(PositionSourceFactory sources, PositionUse use,
                                 std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_sources(std::move(sources)), m_use(use), m_timeout(timeout) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(without("no_fix")); });
}

CheckinPosition::~CheckinPosition() = default;

void CheckinPosition::seek() {
    if (m_source) {
        return;  // already seeking: the same finished() answers both
    }
    if (m_use == PositionUse::Never || !m_sources) {
        // Queued, so a caller connected after seek() still hears it.
        QTimer::singleShot(0, this, [this] { emit finished(without("off")); });
        return;
    }
    m_source = m_sources(this);
    if (!m_source) {
        QTimer::singleShot(0, this, [this] { emit finished(without("no_fix")); });
        return;
    }
    ++m_opened;
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &CheckinPosition::onUpdate);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) {
                if (error == QGeoPositionInfoSource::UpdateTimeoutError ||
                    error == QGeoPositionInfoSource::NoError) {
                    return;  // no fix yet: our own timeout decides
                }
                finish(without(error == QGeoPositionInfoSource::AccessError ? "off" : "no_fix"));
            });
    m_timer.start(m_timeout);
    m_source->startUpdates();
}

void CheckinPosition::decline() {
    finish(without("declined"));
}

void CheckinPosition::onUpdate(const QGeoPositionInfo& info) {
    if (!info.isValid() || !info.coordinate().isValid()) {
        return;  // keep waiting until the timeout
    }
    visit::Fix fix;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    fix.accuracyM = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
                        : -1;
    if (fix.accuracyM < 0) {
        return;  // a fix of unknown accuracy says too little; wait for a better one
    }
    fix.atMs = info.timestamp().toMSecsSinceEpoch();
    visit::PositionStamp stamp;
    stamp.fix = fix;
    finish(stamp);
}

void CheckinPosition::finish(visit::PositionStamp stamp) {
    m_timer.stop();
    if (m_source) {
        m_source->stopUpdates();
        m_source->disconnect(this);
        m_source->deleteLater();
        m_source = nullptr;
    } else if (stamp.reason != "declined") {
        return;  // finished already
    }
    emit finished(stamp);
}

}  // namespace veldwerk::platform
