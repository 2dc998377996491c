// Whether the device can reach a network, so the app syncs when the tablet comes back within
// reach (back at the office after a home visit) instead of the worker having to remember.
// Uses QNetworkInformation's default backend. Where there is none (a Linux machine without
// NetworkManager, a container) the state stays Unknown, which counts as "try anyway": the
// sync itself is the real test, and a failed attempt costs one TransportError.
// Only decides and signals; qml/main.cpp wires cameOnline() to the sync service.
#pragma once

#include <QNetworkInformation>
#include <QObject>

namespace veldwerk::platform {

class Connectivity : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool backendAvailable READ backendAvailable CONSTANT)

public:
    enum class State {
        Unknown,  // no backend, or it does not know: try anyway
        Offline,  // no network at all: do not try
        Limited,  // a local or site network without (known) internet; the server may be on it
        Online,
    };
    Q_ENUM(State)

    // Loads the default QNetworkInformation backend once per process (needs a QCoreApplication).
    explicit Connectivity(QObject* parent = nullptr);

    State state() const { return m_state; }
    // Worth attempting a sync: everything but a known Offline.
    bool isOnline() const { return m_state != State::Offline; }
    bool backendAvailable() const { return m_backend; }

    static State fromReachability(QNetworkInformation::Reachability reachability);

public slots:
    // Called by the backend; public so a test (or a platform without a backend) can feed it.
    void reachabilityChanged(QNetworkInformation::Reachability reachability);

signals:
    void stateChanged(veldwerk::platform::Connectivity::State state);
    void onlineChanged(bool online);
    // The moment to start a sync: from Offline to anything else, or from Unknown to Limited or
    // Online. Not between Limited and Online (already reachable).
    void cameOnline();

private:
    bool m_backend = false;
    State m_state = State::Unknown;
};

}  // namespace veldwerk::platform
