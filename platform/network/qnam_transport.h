// The app's transport for the sync engine (sync/engine/transport.h) over QNetworkAccessManager.
// The engine runs a sync round on a worker thread and calls send() synchronously there, so each
// call runs a local QEventLoop; the QNetworkAccessManager is made lazily in the calling thread
// (a QObject must be used from the thread it lives in) and kept for connection reuse.
// Client data only travels encrypted: https with certificate and host name verification always
// on (optionally trusting one extra PEM file, for a self-signed server or a private CA); plain
// http only to loopback. Redirects are never followed: a 3xx comes back as an answer.
// Every failure without a complete HTTP answer is a sync::TransportError; 4xx/5xx are answers.
// Nothing is logged: errors name the server's origin and the failure, never a request's content.
#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>
#include <mutex>

#include "sync/engine/transport.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace veldwerk::platform {

struct QNetworkTransportOptions {
    // A request is aborted (TransportError) after this long without any progress: connecting,
    // sending or receiving. Progress restarts the clock, so a big pull page on a slow line is
    // not cut off while it is still arriving.
    std::chrono::milliseconds timeout{30'000};
    // PEM file of certificates to trust besides the system's. Empty: the system's only.
    QString extraCaFile;
    // The same as PEM text (what an enrolled vault keeps in its sync state); both may be given.
    QByteArray extraCaPem;
};

class QNetworkTransport final : public sync::Transport {
public:
    // baseUrl is scheme://host[:port] (a trailing '/' is allowed). Throws std::invalid_argument
    // with an English reason: not http(s), a path, query or user name in the URL, plain http to
    // a host that is not loopback, no TLS support in this Qt, or an unreadable CA file or one
    // without certificates.
    explicit QNetworkTransport(const QString& baseUrl, QNetworkTransportOptions options = {});
    ~QNetworkTransport() override;
    QNetworkTransport(const QNetworkTransport&) = delete;
    QNetworkTransport& operator=(const QNetworkTransport&) = delete;

    // Blocks the calling thread (never the GUI thread: it runs a nested event loop) until the
    // answer or a failure. Throws sync::TransportError when no complete answer came, and
    // std::invalid_argument for a method other than GET/POST or a path not starting with '/'.
    sync::HttpResponse send(const sync::HttpRequest& request) override;

    const QUrl& baseUrl() const { return m_base; }

    // From any thread: aborts the request in flight and refuses every later one with a
    // TransportError, so a sync round stops at once (the vault is locking).
    void cancel();

private:
    struct ManagerDeleter {
        void operator()(QNetworkAccessManager* manager) const;
    };
    QNetworkAccessManager& managerForThisThread();
    bool begin(QNetworkReply* reply);
    void end();
    bool cancelled();

    QUrl m_base;
    QString m_origin;  // "https://host:port", for error messages
    QNetworkTransportOptions m_options;
    QSslConfiguration m_tls;
    std::unique_ptr<QNetworkAccessManager, ManagerDeleter> m_manager;
    std::mutex m_cancelMutex;  // guards the two below, shared with cancel()
    QNetworkReply* m_inFlight = nullptr;
    bool m_cancelled = false;
};

}  // namespace veldwerk::platform
