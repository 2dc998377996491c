#include "platform/network/connectivity.h"

namespace veldwerk::platform {

Connectivity::Connectivity(QObject* parent) : QObject(parent) {
    // One backend per process: a second Connectivity reuses the loaded instance.
    if (QNetworkInformation::instance() == nullptr) {
        QNetworkInformation::loadDefaultBackend();
    }
    if (QNetworkInformation* info = QNetworkInformation::instance()) {
        m_backend = true;
        m_state = fromReachability(info->reachability());
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                &Connectivity::reachabilityChanged);
    }
}

Connectivity::State Connectivity::fromReachability(QNetworkInformation::Reachability reachability) {
    switch (reachability) {
        case QNetworkInformation::Reachability::Disconnected:
            return State::Offline;
        case QNetworkInformation::Reachability::Local:
        case QNetworkInformation::Reachability::Site:
            return State::Limited;
        case QNetworkInformation::Reachability::Online:
            return State::Online;
        case QNetworkInformation::Reachability::Unknown:
            break;
    }
    return State::Unknown;
}

void Connectivity::reachabilityChanged(QNetworkInformation::Reachability reachability) {
    const State next = fromReachability(reachability);
    if (next == m_state) {
        return;
    }
    const State previous = m_state;
    const bool wasOnline = isOnline();
    m_state = next;
    emit stateChanged(m_state);
    if (wasOnline != isOnline()) {
        emit onlineChanged(isOnline());
    }
    // Reachable again after being cut off, or known reachable after not knowing (a first
    // attempt in the Unknown state may have failed): worth a sync either way.
    if (previous == State::Offline || (previous == State::Unknown && next != State::Offline)) {
        emit cameOnline();
    }
}

}  // namespace veldwerk::platform
